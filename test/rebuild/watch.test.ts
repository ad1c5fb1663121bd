/**
 * `naskah build --watch`: rebuild on save, serve the HTML with a reload script that exists
 * only in the served page, push `reload` (or `failed` with the errors) to the browser.
 */
import { request } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchStudy, withReload, type WatchBuild, type WatchSession } from '../../src/rebuild/watch.ts';
import { copyStudy, tempDir } from '../helpers/tmp.ts';

const root = tempDir();
const out = join(root, 'out');
let study: string;
let session: WatchSession;
let log = '';
const builds: WatchBuild[] = [];

/** The next build the session reports. */
function nextBuild(): Promise<WatchBuild> {
  const seen = builds.length;
  return new Promise((resolve) => {
    const t = setInterval(() => {
      if (builds.length > seen) {
        clearInterval(t);
        resolve(builds[builds.length - 1]!);
      }
    }, 10);
  });
}

/** Server-sent events as they arrive. */
function events(url: string): { list: { event: string; data: string }[]; close(): void } {
  const list: { event: string; data: string }[] = [];
  let res: IncomingMessage | undefined;
  let buf = '';
  const req = get(url, (r) => {
    res = r;
    r.setEncoding('utf8');
    r.on('data', (d: string) => {
      buf += d;
      let i: number;
      while ((i = buf.indexOf('\n\n')) >= 0) {
        const block = buf.slice(0, i);
        buf = buf.slice(i + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = [...block.matchAll(/^data: (.*)$/gm)].map((m) => m[1]).join('\n');
        if (event) list.push({ event, data });
      }
    });
  });
  req.on('error', () => undefined);
  return { list, close: () => (res?.destroy(), req.destroy()) };
}

beforeAll(async () => {
  study = copyStudy('asn-metro', join(root, 'studies'));
  session = await watchStudy({
    studyDir: study,
    outDir: out,
    formats: ['html', 'json'],
    port: 0,
    handleSignals: false,
    io: { stdout: () => undefined, stderr: (t) => void (log += t), cwd: root, env: process.env },
  });
  session.onBuild((b) => builds.push(b));
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('watch mode', () => {
  it('serves the manuscript with the reload script; the file in out/ has none', async () => {
    expect(session.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await fetch(session.url, { redirect: 'manual' });
    expect(index.status).toBe(302);
    expect(index.headers.get('location')).toBe('/id.html');
    const page = await (await fetch(`${session.url}en.html`)).text();
    const nonce = /<script nonce="([^"]+)">/.exec(page)?.[1];
    expect(nonce).toBeTruthy();
    expect(page).toContain(`script-src 'nonce-${nonce}'; connect-src 'self'`);
    expect(page).toContain("new EventSource('/__naskah/events')");
    const file = readFileSync(join(out, 'asn-metro', 'en.html'), 'utf8');
    expect(file).not.toMatch(/<script/i);
    expect(withReload(file, nonce!)).toBe(page);
    expect((await fetch(`${session.url}../../etc/passwd`)).status).toBe(404);
    // An undecodable path is a bad request (it used to end the server), another Host is refused.
    const port = Number(new URL(session.url).port);
    expect(await rawStatus(port, '/%', '127.0.0.1')).toBe(400);
    expect(await rawStatus(port, '/en.html', 'evil.example')).toBe(403);
    expect(await rawStatus(port, '/en.html', `localhost:${port}`)).toBe(200);
    expect(await rawStatus(port, '/en.html', `[::1]:${port}`)).toBe(200);
    expect((await fetch(`${session.url}en.html`)).status).toBe(200);
    expect(log).toContain('serving http://127.0.0.1:');
  });

  it('rebuilds after a save, says how long the HTML took, and tells the browser to reload', async () => {
    await session.idle();
    const stream = events(`${session.url}__naskah/events`);
    await new Promise((r) => setTimeout(r, 100));
    const before = readFileSync(join(out, 'asn-metro', 'en.html'), 'utf8');
    const next = nextBuild();
    const f = join(study, 'data', 'pss.csv');
    writeFileSync(f, readFileSync(f, 'utf8').replace(/^1,L,39,/m, '1,L,30,'));
    const b = await next;
    expect(b.ok).toBe(true);
    expect(b.latencyMs).toBeGreaterThan(0);
    expect(readFileSync(join(out, 'asn-metro', 'en.html'), 'utf8')).not.toBe(before);
    expect(log).toMatch(/rebuilt asn-metro: HTML ready \d+ ms after the save/);
    expect(log).toContain('karakteristik: usia.group: a count crossed a category threshold (1: 26 → 27, 2: 70 → 69)');
    await new Promise((r) => setTimeout(r, 100));
    // The language on screen (en, opened above) is rendered and announced first; id follows.
    expect(stream.list.filter((e) => e.event === 'reload').map((e) => e.data)).toEqual(['en', 'id']);
    stream.close();
  }, 60_000);

  it('a broken save keeps the last good build and shows the error; the fix reloads', async () => {
    const stream = events(`${session.url}__naskah/events`);
    await new Promise((r) => setTimeout(r, 100));
    const good = readFileSync(join(out, 'asn-metro', 'en.html'), 'utf8');
    const yaml = join(study, 'study.yaml');
    const text = readFileSync(yaml, 'utf8');
    let next = nextBuild();
    writeFileSync(yaml, text.replace('\nkeywords:', '\nkeyword:'));
    const failed = await next;
    expect(failed.ok).toBe(false);
    expect(failed.error).toContain('error[study/unknown-key]');
    expect(readFileSync(join(out, 'asn-metro', 'en.html'), 'utf8')).toBe(good);
    await new Promise((r) => setTimeout(r, 100));
    expect(stream.list.find((e) => e.event === 'failed')?.data).toContain('unknown key "keyword"');
    next = nextBuild();
    writeFileSync(yaml, text);
    expect((await next).ok).toBe(true);
    await new Promise((r) => setTimeout(r, 100));
    expect(stream.list.at(-1)?.event).toBe('reload');
    stream.close();
  }, 60_000);
});

/** The status of a GET with this exact path and Host header (fetch would normalise both). */
function rawStatus(port: number, path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}
