/**
 * No network, proven: a PDF build runs under `strace -f` and may not resolve a name (no
 * packet to port 53, no connect to a resolver) nor connect or send to any address but the
 * loopback (Chromium's internal socketpairs are fine; naskah talks to it over a pipe).
 * Needs strace and Chromium (scripts/setup.mjs installs both on Debian); without them the
 * test is skipped, saying which is missing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/render/browser.mjs';
import { run } from '../helpers/io.ts';
import { REPO, tempDir } from '../helpers/tmp.ts';

const haveStrace = spawnSync('strace', ['-V']).status === 0;
const haveBrowser = Boolean(findBrowser(process.env));

/**
 * The calls of a trace (`strace -f -yy`: every fd annotated with its socket) that reach
 * the network: anything to port 53; a TCP connect to a non-loopback address; a datagram
 * sent to a non-loopback address or on any UDP socket not bound to the loopback. A UDP
 * connect alone sends no packet (it is a route lookup: Chromium's IPv6 reachability probe
 * to 2001:4860:4860::8888 is one) and is allowed; a send on that socket is not.
 */
function networkAccess(trace: string): string[] {
  const bad: string[] = [];
  const loopback = (ip: string) => /^127\./.test(ip) || ip === '::1' || ip === '::ffff:127.0.0.1';
  for (const line of trace.split('\n')) {
    const call = /\b(connect|sendto|sendmsg|sendmmsg|send|write|writev)\((\d+)(?:<([^>]*)>)?/.exec(line);
    if (!call) continue;
    const [, name, , socket = ''] = call;
    const addr = /sin6?_port=htons\((\d+)\).*?(?:inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6, "([^"]+)")/.exec(line);
    const port = addr?.[1];
    const ip = addr?.[2] ?? addr?.[3];
    const udp = /^UDP/.test(socket);
    if (port === '53' || /\]:53\]/.test(socket)) bad.push(line);
    else if (name === 'connect') {
      if (ip && !loopback(ip) && !udp) bad.push(line);
    } else if (ip && !loopback(ip)) bad.push(line);
    else if (udp && !/\[(127\.[\d.]+|\[::1\]):\d+/.test(socket)) bad.push(line);
  }
  return bad;
}

describe('networkAccess reads a trace', () => {
  it('flags DNS, remote connects and sends, and a send on a connected remote datagram socket', () => {
    const trace = [
      '1 connect(5<UDP:[367000]>, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.0.0.1")}, 16) = 0',
      '1 connect(7<TCP:[367001]>, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("142.250.1.1")}, 16) = -1 EINPROGRESS',
      '1 connect(8<TCP:[367002]>, {sa_family=AF_INET, sin_port=htons(36675), sin_addr=inet_addr("127.0.0.1")}, 16) = 0',
      '1 connect(26<UDPv6:[367003]>, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2001:4860:4860::8888", &sin6_addr), sin6_scope_id=0}, 28) = 0',
      '1 sendmsg(27<UDPv6:[[::]:49030]>, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="x", iov_len=1}]}, 0) = 1',
      '1 sendmsg(10<UNIX-STREAM:[3670]>, {msg_name=NULL, msg_namelen=0}, MSG_NOSIGNAL) = 8',
      '1 write(28<TCP:[127.0.0.1:5000->127.0.0.1:36675]>, "x", 1) = 1',
      '1 write(4</tmp/out/results.json>, "x", 1) = 1',
    ].join('\n');
    const bad = networkAccess(trace);
    expect(bad).toHaveLength(3);
    expect(bad[0]).toMatch(/htons\(53\)/);
    expect(bad[1]).toMatch(/142\.250\.1\.1/);
    expect(bad[2]).toMatch(/sendmsg\(27/);
  });
});

describe.skipIf(!haveStrace || !haveBrowser)(
  `a PDF build under strace${haveStrace ? '' : ' (skipped: strace is not installed)'}${haveBrowser ? '' : ' (skipped: no Chromium)'}`,
  () => {
    it('makes no DNS query and no connection beyond the loopback', async () => {
      const root = tempDir('naskah-net-');
      const study = join(root, 'nar');
      expect((await run(['new', study, '--design', 'narrative'], { cwd: root })).code).toBe(0);
      // External references a manuscript might carry: none may be fetched.
      const en = join(study, 'manuscript', 'en.md');
      writeFileSync(
        en,
        `${readFileSync(en, 'utf8')}\n\n![remote](http://example.com/a.png) <https://fonts.googleapis.com/css>\n`,
      );
      const tsx = pathToFileURL(join(REPO, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
      const entry = `import(${JSON.stringify(join(REPO, 'src', 'cli', 'main.ts'))}).then(async (m) => { process.exitCode = await m.main(process.argv.slice(1)); });`;
      const traceFile = join(root, 'trace.txt');
      const argv = ['build', study, '--out', join(root, 'out'), '--format', 'pdf,json'];
      const code = await new Promise<number>((resolve, reject) => {
        const child = spawn(
          'strace',
          [
            '-f',
            '-yy',
            '-s',
            '64',
            '-e',
            'trace=network,write,writev,execve',
            '-o',
            traceFile,
            process.execPath,
            '--import',
            tsx,
            '--input-type=module',
            '-e',
            entry,
            '--',
            ...argv,
          ],
          { cwd: root, env: { ...process.env, TZ: 'UTC' }, stdio: 'ignore' },
        );
        child.on('error', reject);
        child.on('close', (c) => resolve(c ?? -1));
      });
      expect(code).toBe(0);
      const trace = readFileSync(traceFile, 'utf8');
      // The trace followed the browser: it was started under strace, and the print
      // command went to it down its DevTools pipe (fd 3, a local socket pair Node made; no
      // TCP socket at all, not even on the loopback).
      expect(trace).toMatch(/execve\("[^"]+", \[[^\]]*"--remote-debugging-pipe"/);
      expect(trace).toMatch(/write\(\d+<UNIX-STREAM:[^\n]*\{\\"id\\":\d+,\\"method\\":\\"Page\.printToPDF\\"/);
      expect(networkAccess(trace)).toEqual([]);
    }, 300_000);
  },
);
