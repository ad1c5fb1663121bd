/**
 * `naskah stat --missing`: codes that mean "missing" in every column, as study.yaml's
 * `data: { missing: [...] }`. Each oracle case of the tests added with the regression and
 * post-hoc work (and every other case whose file has empty cells) is run on a copy of its CSV
 * whose empty cells hold the code -999 instead, with `--missing -999`: the result must be the
 * oracle's, at the case's tolerance, so the code is read as missing in numeric and text
 * columns alike. Without the option the same copy gives other numbers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStatOnFile } from '../../src/cli/commands/stat.ts';
import type { CliIO } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';
import { compareExpected, expectsError, type Tolerance } from '../stats/oracle-compare.ts';
import { REPO, tempDir } from '../helpers/tmp.ts';

const oracleDir = resolve(REPO, 'test/fixtures/oracle');

interface OracleCase {
  id: string;
  test: string;
  data: string;
  args: Record<string, string | number | string[]>;
  expected: Record<string, unknown>;
  tolerance?: Tolerance;
}

const cases = JSON.parse(readFileSync(join(oracleDir, 'cases.json'), 'utf8')) as OracleCase[];

/** The tests added with issue 11 (post-hoc, p adjustment, correlation matrix, regression, designs). */
const RECENT = new Set([
  'tukey-hsd',
  'games-howell',
  'dunn',
  'p-adjust',
  'correlation-matrix',
  'linear-regression',
  'anova-twoway',
  'ancova',
  'repeated-anova',
  'friedman',
]);

const CODE = '-999';
const dir = tempDir('naskah-stat-missing-');

/** The case's CSV with every empty cell replaced by the code (the oracle's files have no quoted cells). */
function withCode(data: string): { path: string; replaced: number } {
  const text = readFileSync(join(oracleDir, data), 'utf8');
  expect(text).not.toContain('"');
  expect(text.split(/[\n,]/)).not.toContain(CODE);
  let replaced = 0;
  const lines = text.split('\n').map((line, i) =>
    i === 0 || line === ''
      ? line
      : line
          .split(',')
          .map((cell) => {
            if (cell.trim() !== '') return cell;
            replaced++;
            return CODE;
          })
          .join(','),
  );
  const path = join(dir, data.replace(/[/\\]/g, '_'));
  writeFileSync(path, lines.join('\n'));
  return { path, replaced };
}

const chosen = cases.filter((c) => {
  if (RECENT.has(c.test)) return true;
  return readFileSync(join(oracleDir, c.data), 'utf8')
    .split('\n')
    .slice(1)
    .some((l) => /(^|,)\s*(,|$)/.test(l) && l !== '');
});

describe('naskah stat --missing: oracle cases with the missing cells coded', () => {
  it('covers every recently added test', () => {
    expect(new Set(chosen.map((c) => c.test).filter((t) => RECENT.has(t)))).toEqual(RECENT);
  });

  it.each(chosen.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const { path } = withCode(c.data);
    const result = runStatOnFile(path, c.test, c.args, { missing: [CODE] });
    if (expectsError(c.expected)) {
      expect(result).toHaveProperty('error');
      return;
    }
    expect(result).not.toHaveProperty('error');
    expect(compareExpected(c.expected, result, c.tolerance ?? { rel: 1e-6 })).toEqual([]);
  });
});

function capture(): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout(t: string) {
      io.out += t;
    },
    stderr(t: string) {
      io.err += t;
    },
    isTTY: false,
    cwd: dir,
    env: {},
  };
  return io;
}

describe('naskah stat linear-regression --missing on the command line (linear_regression_01)', () => {
  const c = cases.find((x) => x.id === 'linear_regression_01')!;
  const args = ['--outcome', 'kepuasan', '--predictors', 'beban_kerja,dukungan_atasan,usia', '--json'];

  it('reads -999 as missing: n = 151 with 9 missing, B(beban_kerja) = −0.6123901 (R lm), rel 1e-6', async () => {
    const { path, replaced } = withCode(c.data);
    expect(replaced).toBe(9);
    const io = capture();
    expect(await main(['stat', 'linear-regression', path, ...args, '--missing', CODE], io)).toBe(0);
    expect(io.err).toBe('');
    const r = JSON.parse(io.out);
    expect(r.n).toBe(151);
    expect(r.missing).toBe(9);
    expect(r.coefficients[1].term).toBe('beban_kerja');
    expect(Math.abs(r.coefficients[1].b - -0.6123901056446934)).toBeLessThan(0.6123901056446934 * 1e-6);
    expect(Math.abs(r.durbinWatson - 1.9377386742842833)).toBeLessThan(1.94e-6);
  });

  it('without --missing the code is a number and the model is another one', async () => {
    const { path } = withCode(c.data);
    const io = capture();
    expect(await main(['stat', 'linear-regression', path, ...args], io)).toBe(0);
    const r = JSON.parse(io.out);
    expect(r.n).toBe(160);
    expect(Math.abs(r.coefficients[1].b - -0.6123901056446934)).toBeGreaterThan(1e-3);
  });

  it('refuses --missing without codes', async () => {
    const { path } = withCode(c.data);
    const io = capture();
    expect(await main(['stat', 'linear-regression', path, ...args, '--missing', ','], io)).toBe(1);
    expect(io.err).toContain('--missing lists no codes');
  });
});
