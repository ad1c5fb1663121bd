/**
 * Every case of the catalogue (test/hostile/cases.ts) runs against a copy of asn-metro:
 * the command must end with the expected exit code and message, never an internal error
 * or a stack trace, within its time limit, and the earlier build in out/ must stay byte
 * for byte the same. Cases run in-process and fail fast (most at the study loader).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/io.ts';
import { copyStudy, tempDir } from '../helpers/tmp.ts';
import { CASES, type Ctx, ISSUE_CASES } from './cases.ts';

const env = { ...process.env, TZ: 'UTC', SOURCE_DATE_EPOCH: '0' };
const root = tempDir('naskah-hostile-');
const out = join(root, 'out');
let pristine: string;
let before: Record<string, string>;

/** SHA-256 of every file under the output folder. */
function snapshot(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const e of readdirSync(out, { withFileTypes: true, recursive: true }))
    if (e.isFile()) {
      const p = join(e.parentPath, e.name);
      files[p.slice(out.length)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  return files;
}

beforeAll(async () => {
  pristine = copyStudy('asn-metro', join(root, 'pristine'));
  const r = await run(['build', pristine, '--out', out, '--format', 'html,json'], { cwd: root, env });
  expect(r.code).toBe(0);
  before = snapshot();
}, 120_000);

describe('the catalogue', () => {
  it('holds at least 150 cases with distinct names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it('holds every case issue 16 names', () => {
    const names = new Set(CASES.map((c) => c.name));
    const missing = Object.entries(ISSUE_CASES).flatMap(([item, cases]) =>
      cases.filter((c) => !names.has(c)).map((c) => `${item}: ${c}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('bad and hostile inputs', () => {
  CASES.forEach((c, i) => {
    it(
      c.name,
      async () => {
        const scratch = join(root, 'cases', String(i));
        mkdirSync(scratch, { recursive: true });
        const dir = join(scratch, 'study', 'asn-metro');
        cpSync(pristine, dir, { recursive: true });
        const ctx: Ctx = { dir, out, scratch, pristine, env };
        c.change?.(ctx);
        const into = c.builds ? join(scratch, 'out') : out;
        let r: { code: number; text: string };
        if (c.act) r = await c.act(ctx);
        else {
          const argv = c.argv?.(ctx) ?? ['build', dir, '--out', into, '--format', 'html,json'];
          const done = await run(argv, { cwd: scratch, env });
          r = { code: done.code, text: done.stderr + done.stdout };
        }
        const text = r.text;
        expect(text).toMatch(c.message);
        if (c.not) expect(text).not.toMatch(c.not);
        expect(text).not.toMatch(/internal error|bug in naskah|at .*\.ts:\d+/);
        expect(r.code, text).toBe(c.code ?? 1);
        expect(existsSync(join(out, 'asn-metro', 'manifest.json'))).toBe(true);
        expect(snapshot()).toEqual(before);
        c.builds?.(ctx);
      },
      c.timeoutMs ?? 30_000,
    );
  });
});
