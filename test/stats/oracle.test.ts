/**
 * Every case of the R reference oracle, run through `runStatOnFile` (the same path as
 * `naskah stat --json`) and compared field by field with the oracle's tolerance rules.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runStatOnFile } from '../../src/cli/commands/stat.ts';
import { nonFinitePaths } from '../../src/stats/finite.ts';
import { STAT_ERROR_CODES } from '../../src/stats/types.ts';
import { compareExpected, expectsError, type Tolerance } from './oracle-compare.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const oracleDir = join(repoRoot, 'test/fixtures/oracle');

interface OracleCase {
  id: string;
  test: string;
  data: string;
  args: Record<string, string | number | string[]>;
  expected: Record<string, unknown>;
  tolerance?: Tolerance;
  note?: string;
}

const cases = JSON.parse(readFileSync(join(oracleDir, 'cases.json'), 'utf8')) as OracleCase[];

describe('oracle cases (R 4.2.2)', () => {
  it('has cases for every test the oracle README defines', () => {
    expect(cases.length).toBe(112);
    expect(new Set(cases.map((c) => c.test)).size).toBe(28);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const result = runStatOnFile(join(oracleDir, c.data), c.test, c.args);
    expect(nonFinitePaths(result)).toEqual([]);
    if (expectsError(c.expected)) {
      expect(result).toHaveProperty('error');
      // The README asks for an error value of any kind; where the oracle's code (in words,
      // "empty cell") names one of the engine's codes (kebab case), it must be that one.
      const code = String(c.expected.error).replace(/ /g, '-');
      if ((STAT_ERROR_CODES as readonly string[]).includes(code))
        expect((result as { error: { code: string } }).error.code).toBe(code);
      return;
    }
    expect(result).not.toHaveProperty('error');
    expect(compareExpected(c.expected, result, c.tolerance ?? { rel: 1e-6 })).toEqual([]);
  });
});

describe('oracle comparison rules', () => {
  it('rejects a relative difference above 1e-6 and accepts one below', () => {
    expect(compareExpected({ t: 2 }, { t: 2 * (1 + 2e-6) }, { rel: 1e-6 })).toHaveLength(1);
    expect(compareExpected({ t: 2 }, { t: 2 * (1 + 5e-7) }, { rel: 1e-6 })).toEqual([]);
  });
  it('applies per-field overrides by path, including array indices', () => {
    const tol = { rel: 1e-6, fields: { 'coefficients[1].p': { rel: 1e-3 }, p: { abs: 1e-4 } } };
    expect(
      compareExpected(
        { coefficients: [{ p: 1e-13 }, { p: 1e-13 }] },
        { coefficients: [{ p: 1e-13 }, { p: 1.0005e-13 }] },
        tol,
      ),
    ).toEqual([]);
    expect(
      compareExpected({ coefficients: [{ p: 1e-13 }] }, { coefficients: [{ p: 1.0005e-13 }] }, { rel: 1e-6 }),
    ).toEqual([]);
    expect(compareExpected({ coefficients: [{ p: 0.5 }] }, { coefficients: [{ p: 0.5001 }] }, tol)).toHaveLength(1);
    expect(compareExpected({ p: 0.5 }, { p: 0.50009 }, tol)).toEqual([]);
    expect(compareExpected({ p: 0.5 }, { p: 0.5002 }, tol)).toHaveLength(1);
  });
  it('requires null for null, exact counts, and compares strings case-insensitively', () => {
    expect(compareExpected({ pExact: null }, { pExact: 0.1 }, {})).toHaveLength(1);
    expect(compareExpected({ n: 200 }, { n: 200.0001 }, { rel: 1e-6 })).toHaveLength(1);
    expect(compareExpected({ welch: { df: 57.89 } }, { welch: { df: 57.89000001 } }, { rel: 1e-6 })).toEqual([]);
    expect(compareExpected({ term: '(Intercept)' }, { term: '(intercept)' }, {})).toEqual([]);
    expect(compareExpected({ levels: ['a'] }, { levels: ['b'] }, {})).toHaveLength(1);
  });
});

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

describe('oracle fixture copy', () => {
  const shared = resolve(repoRoot, '../shared/oracle');
  const present = existsSync(shared);
  it.skipIf(!present)(
    `test/fixtures/oracle equals ../shared/oracle byte for byte${present ? '' : ' (skipped: ../shared/oracle not found next to the repository)'}`,
    () => {
      const mine = listFiles(oracleDir);
      expect(mine).toEqual(listFiles(shared));
      for (const f of mine)
        expect(readFileSync(join(oracleDir, f)).equals(readFileSync(join(shared, f))), f).toBe(true);
    },
  );
});
