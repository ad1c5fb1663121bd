/**
 * The output folder is guarded (src/build/output.ts): naskah replaces only folders it
 * wrote, never the study or its inputs; a build killed at any step of the swap leaves a
 * complete build that the next build restores; builds of one study take turns by a lock.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recoverOutput } from '../../src/build/output.ts';
import { run } from '../helpers/io.ts';
import { tempDir } from '../helpers/tmp.ts';
import { runProcess } from './cli-process.ts';

/** True when every output the folder's manifest lists is there with its SHA-256. */
function complete(dir: string): boolean {
  if (!existsSync(join(dir, 'manifest.json'))) return false;
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    outputs: { path: string; sha256: string }[];
  };
  return m.outputs.every(
    (o) =>
      existsSync(join(dir, o.path)) &&
      createHash('sha256')
        .update(readFileSync(join(dir, o.path)))
        .digest('hex') === o.sha256,
  );
}

/** Every file under a folder with its bytes, to prove nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) {
      const p = join(e.parentPath, e.name);
      out[p.slice(dir.length)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  return out;
}

const env = { ...process.env, TZ: 'UTC', SOURCE_DATE_EPOCH: '0' };
let root: string;
let study: string;

beforeAll(async () => {
  root = tempDir('naskah-out-');
  study = join(root, 'nar');
  const r = await run(['new', study, '--design', 'narrative'], { cwd: root });
  expect(r.code).toBe(0);
});

describe('an output folder that is not naskah’s own is refused', () => {
  const build = (out: string) => run(['build', study, '--out', out, '--format', 'html,json'], { cwd: root, env });

  it.each([
    ['the study folder itself (--out its parent)', () => root, /build\/out-overlaps-study/],
    ['the filesystem root', () => '/', /build\/out-is-root/],
  ])('%s', async (_name, out, message) => {
    const before = snapshot(study);
    const r = await build(out());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(snapshot(study)).toEqual(before);
  });

  it('a folder above the study (id: above, study in above/inner, --out the parent of above)', async () => {
    const yaml = readFileSync(join(study, 'study.yaml'), 'utf8');
    const inner = join(root, 'above', 'inner');
    mkdirSync(inner, { recursive: true });
    writeFileSync(join(inner, 'study.yaml'), yaml.replace(/^id: .*$/m, 'id: above'));
    const before = snapshot(join(root, 'above'));
    const r = await run(['build', inner, '--out', root, '--format', 'html'], { cwd: root, env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/build\/out-overlaps-study/);
    expect(snapshot(join(root, 'above'))).toEqual(before);
  });

  it('a folder whose name is the study id inside the study (id: manuscript, --out <study>)', async () => {
    const yaml = readFileSync(join(study, 'study.yaml'), 'utf8');
    const other = join(root, 'clash');
    mkdirSync(join(other, 'manuscript'), { recursive: true });
    writeFileSync(join(other, 'study.yaml'), yaml.replace(/^id: .*$/m, 'id: manuscript'));
    writeFileSync(join(other, 'manuscript', 'en.md'), '# Mine\n\nText.\n');
    const before = snapshot(other);
    const r = await run(['build', other, '--out', other, '--format', 'html'], { cwd: root, env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/overlaps the study's input "manuscript/);
    expect(snapshot(other)).toEqual(before);
  });

  it('a folder of the user’s own files at out/<id>/', async () => {
    const out = join(root, 'mine');
    mkdirSync(join(out, 'nar'), { recursive: true });
    writeFileSync(join(out, 'nar', 'thesis.docx'), 'my only copy');
    const r = await build(out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/refusing to replace "mine\/nar": it holds files but no manifest\.json/);
    expect(readFileSync(join(out, 'nar', 'thesis.docx'), 'utf8')).toBe('my only copy');
  });

  it('--out naming a file', async () => {
    writeFileSync(join(root, 'a-file'), 'x');
    const r = await build(join(root, 'a-file'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the output folder ".*a-file" is a file/);
    expect(readFileSync(join(root, 'a-file'), 'utf8')).toBe('x');
  });

  it('an empty folder and an earlier build are replaced', async () => {
    const out = join(root, 'fresh');
    mkdirSync(join(out, 'nar'), { recursive: true });
    expect((await build(out)).code).toBe(0);
    const r = await run(['build', study, '--out', out, '--format', 'html,json', '--force'], { cwd: root, env });
    expect(r.code).toBe(0);
    expect(complete(join(out, 'nar'))).toBe(true);
  });
});

describe('a build killed at each step of the swap leaves a complete build', () => {
  it.each(['written', 'old-moved', 'new-moved', 'old-removed'])('killed at "%s"', async (step) => {
    const out = join(root, `killed-${step}`);
    expect((await run(['build', study, '--out', out, '--format', 'html,json'], { cwd: root, env })).code).toBe(0);
    const killed = await runProcess(['build', study, '--out', out, '--format', 'html,json', '--force'], {
      cwd: root,
      env: { ...env, NASKAH_TEST_SWAP_KILL: step },
    });
    expect(killed.code).not.toBe(0); // SIGKILL: no exit code of its own
    // Right after the kill: out/nar/ is complete, or a complete build lies beside it.
    const beside = readdirSync(out).filter((n) => n.startsWith('.nar.'));
    const there = complete(join(out, 'nar')) || beside.some((n) => complete(join(out, n)));
    expect(there).toBe(true);
    // The next build restores it and clears the leftovers.
    const again = await run(['build', study, '--out', out, '--format', 'html,json'], { cwd: root, env });
    expect(again.code).toBe(0);
    expect(complete(join(out, 'nar'))).toBe(true);
    expect(readdirSync(out).filter((n) => n.startsWith('.nar.'))).toEqual([]);
    if (step === 'old-moved') expect(beside.some((n) => n.startsWith('.nar.tmp-'))).toBe(true);
  }, 60_000);

  it('recoverOutput prefers the finished new build, then the old one', () => {
    const out = join(root, 'recover');
    for (const [name, text] of [
      ['.nar.old-1', 'old'],
      ['.nar.tmp-2', 'new'],
    ]) {
      mkdirSync(join(out, name!), { recursive: true });
      writeFileSync(join(out, name!, 'en.html'), text!);
      writeFileSync(
        join(out, name!, 'manifest.json'),
        JSON.stringify({ naskah: '0', study: 'nar', outputs: [{ path: 'en.html' }] }),
      );
    }
    mkdirSync(join(out, '.nar.tmp-3')); // killed while writing: no manifest
    expect(recoverOutput(out, 'nar')).toBe('.nar.tmp-2');
    expect(readFileSync(join(out, 'nar', 'en.html'), 'utf8')).toBe('new');
    expect(readdirSync(out)).toEqual(['nar']);
  });
});

describe('builds of one study take turns', () => {
  it('a second build waits for a live lock, says so, then builds', async () => {
    const out = join(root, 'locked');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, '.nar.lock'), `${process.pid}\n`);
    let said = false;
    const child = runProcess(['build', study, '--out', out, '--format', 'html,json'], {
      cwd: root,
      env,
      onStderr: (text) => void (said ||= /waiting for another build/.test(text)),
    });
    // The lock names this test process, which is alive: the build must wait until it goes.
    while (!said) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 500));
    expect(existsSync(join(out, 'nar'))).toBe(false);
    rmSync(join(out, '.nar.lock'));
    const r = await child;
    expect(r.stderr).toMatch(/waiting for another build of nar \(process \d+\) to finish/);
    expect(r.code).toBe(0);
    expect(complete(join(out, 'nar'))).toBe(true);
    expect(existsSync(join(out, '.nar.lock'))).toBe(false);
  }, 60_000);

  it('a stale lock of a dead process is taken over', async () => {
    const dead = await new Promise<number>((resolve) => {
      const c = spawn(process.execPath, ['-e', '']);
      c.on('exit', () => resolve(c.pid!));
    });
    const out = join(root, 'stale');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, '.nar.lock'), `${dead}\n`);
    const r = await run(['build', study, '--out', out, '--format', 'html,json'], { cwd: root, env });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/waiting/);
    expect(complete(join(out, 'nar'))).toBe(true);
  }, 60_000);

  it('two builds at once in one process both succeed, one after the other', async () => {
    const out = join(root, 'twice');
    const args = ['build', study, '--out', out, '--format', 'html,json', '--force'];
    const [a, b] = await Promise.all([run(args, { cwd: root, env }), run(args, { cwd: root, env })]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(complete(join(out, 'nar'))).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['nar']);
  }, 60_000);
});
