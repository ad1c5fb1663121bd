/**
 * Batch builds: studies share one browser, a failing study does not stop the others, the
 * end lists the failures with their errors (exit code 1); a progress bar with the current
 * study and the time left on a terminal, plain lines otherwise.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';
import { Progress } from '../../src/rebuild/progress.ts';
import { REPO, tempDir } from '../helpers/tmp.ts';

const root = tempDir();

function copy(id: string, change?: (dir: string) => void): string {
  const dir = join(root, 'copies', id);
  cpSync(join(REPO, 'studies', 'asn-metro'), dir, { recursive: true });
  const f = join(dir, 'study.yaml');
  writeFileSync(f, readFileSync(f, 'utf8').replace(/^id: .*$/m, `id: ${id}`));
  change?.(dir);
  return dir;
}

async function runCli(argv: string[], isTTY: boolean): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const io: CliIO = {
    stdout: () => undefined,
    stderr: (t) => void (stderr += t),
    isTTY,
    cwd: root,
    env: { ...process.env, COLUMNS: '100' },
  };
  const code = await main(argv, io);
  return { code, stderr };
}

describe('a batch with a failing study', () => {
  let dirs: string[];
  let result: { code: number; stderr: string };
  beforeAll(async () => {
    const broken = copy('b2', (d) => {
      const f = join(d, 'data', 'pss.csv');
      const lines = readFileSync(f, 'utf8').split('\n');
      const header = lines[0]!.split(',');
      const cells = lines[11]!.split(',');
      cells[header.indexOf('pss_pre_3')] = '5';
      lines[11] = cells.join(',');
      writeFileSync(f, lines.join('\n'));
    });
    dirs = [copy('b1'), broken, copy('b3'), copy('b4')];
    // Two threads build (the main one and a worker that prints through the main thread's browser).
    result = await runCli(
      ['build', ...dirs, '--out', join(root, 'out'), '--lang', 'en', '--pages', '3', '--jobs', '2'],
      false,
    );
  }, 180_000);

  it('builds the others and lists the failure with its error at the end (exit code 1)', () => {
    expect(result.code).toBe(1);
    for (const id of ['b1', 'b3', 'b4']) expect(result.stderr).toContain(`built ${id} → `);
    const tail = result.stderr.slice(result.stderr.lastIndexOf('3 of 4 studies built'));
    expect(tail).toMatch(
      /^3 of 4 studies built in \d+\.\d s\n1 study failed:\n {2}.*b2: error\[data\/out-of-range\] .*row 12, column "pss_pre_3".*\n$/,
    );
  });

  it('prints plain lines when not on a terminal', () => {
    expect(result.stderr).not.toMatch(/[\r\x1b]/);
  });

  it('prints the same PDF and HTML for the same manuscript, whichever thread built it and whichever page printed it', () => {
    for (const f of ['en.pdf', 'en.html']) {
      const file = (id: string) => readFileSync(join(root, 'out', id, f));
      expect(file('b1').equals(file('b3')), f).toBe(true);
      expect(file('b1').equals(file('b4')), f).toBe(true);
    }
  });

  it('skips the built ones next time and says how many were up to date', async () => {
    const again = await runCli(['build', dirs[0]!, dirs[2]!, '--out', join(root, 'out'), '--lang', 'en'], false);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('0 of 2 studies built, 2 up to date in');
  });
});

describe('progress on a terminal', () => {
  it('draws a bar with the study being built and the time left, and clears it at the end', async () => {
    const dirs = [copy('t1'), copy('t2'), copy('t3')];
    const r = await runCli(['build', ...dirs, '--out', join(root, 'out-tty'), '--format', 'html,json'], true);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\r\x1b\[2K\[·{20}\] 0\/3 {2}t1/);
    expect(r.stderr).toMatch(/\r\x1b\[2K\[█{7}·{13}\] 1\/3 {2}t2 {2}\d+ s left/);
    // Messages print on a cleared line, above the bar; the summary comes after the bar is gone.
    expect(r.stderr).toMatch(/\r\x1b\[2Kbuilt t1 → /);
    expect(r.stderr).toMatch(/\r\x1b\[2K3 of 3 studies built in \d+\.\d s\n$/);
  }, 120_000);

  it('estimates the time left from the mean time per study', () => {
    let now = 0;
    let out = '';
    const p = new Progress({ stderr: (t) => void (out += t), isTTY: true, columns: 60 }, 4, () => now);
    expect(p.eta()).toBeUndefined();
    p.start('s1');
    now = 2000;
    p.finish('s1');
    expect(p.eta()).toBe(6);
    p.start('a-study-with-a-very-long-name-that-does-not-fit-on-the-line-at-all');
    expect([...p.line()].length).toBeLessThanOrEqual(59);
    expect(p.line()).toMatch(/…$/);
    p.end();
    expect(out.endsWith('\r\x1b[2K')).toBe(true);
  });
});
