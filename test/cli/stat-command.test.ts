/** `naskah stat` through the CLI entry with captured output. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';
import { readFileSync } from 'node:fs';
import { STAT_TEST_NAMES } from '../../src/stats/registry.ts';

const here = dirname(fileURLToPath(import.meta.url));
const data = resolve(here, '../fixtures/oracle/data');

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
    cwd: data,
    env: {},
  };
  return io;
}

describe('naskah stat', () => {
  it('prints the result as JSON with --json', async () => {
    const io = capture();
    const code = await main(
      ['stat', 'paired-t', 'pss_training.csv', '--x', 'pss_pre', '--y', 'pss_post', '--json'],
      io,
    );
    expect(io.err).toBe('');
    expect(code).toBe(0);
    const r = JSON.parse(io.out);
    expect(r.n).toBe(40);
    expect(r.df).toBe(39);
    expect(r.t).toBeCloseTo(4.1126607, 6);
    expect(io.out).toContain('\n  "n": 40,');
  });

  it('passes list and number arguments', async () => {
    const io = capture();
    expect(
      await main(['stat', 'cronbach-alpha', 'short_scale.csv', '--items', 'item_a,item_b,item_c,item_d', '--json'], io),
    ).toBe(0);
    expect(JSON.parse(io.out).nItems).toBe(4);
    const io2 = capture();
    expect(
      await main(['stat', 'one-sample-t', 'pss_training.csv', '--x', 'pss_pre', '--mu', '20', '--json'], io2),
    ).toBe(0);
    expect(JSON.parse(io2.out).mu).toBe(20);
  });

  it('prints a readable table with the decimal comma in Indonesian', async () => {
    const io = capture();
    expect(
      await main(['stat', 'paired-t', 'pss_training.csv', '--x', 'pss_pre', '--y', 'pss_post', '--lang', 'id'], io),
    ).toBe(0);
    expect(io.out).toContain('Uji t sampel berpasangan');
    expect(io.out).toMatch(/^t\s+4,113$/m);
    expect(io.out).toMatch(/^p\s+< 0,001$/m);
    expect(io.out).not.toContain('0,000');
  });

  it('prints English with the decimal point and p without a leading zero', async () => {
    const io = capture();
    expect(await main(['stat', 'paired-t', 'pss_training.csv', '--x', 'pss_pre', '--y', 'pss_post'], io)).toBe(0);
    expect(io.out).toContain('Paired-samples t test');
    expect(io.out).toMatch(/^t\s+4\.113$/m);
    expect(io.out).toMatch(/^p\s+< \.001$/m);
  });

  it('names an unknown column and suggests the closest one', async () => {
    const io = capture();
    const code = await main(['stat', 'paired-t', 'pss_training.csv', '--x', 'pss_pre', '--y', 'pss_pst'], io);
    expect(code).toBe(1);
    expect(io.err).toContain('error[stat/unknown-column]');
    expect(io.err).toContain('there is no column "pss_pst"');
    expect(io.err).toContain('did you mean "pss_post"?');
  });

  it('reports an unknown test, a missing argument and a missing file as user errors', async () => {
    const a = capture();
    expect(await main(['stat', 'paired-tt', 'pss_training.csv'], a)).toBe(1);
    expect(a.err).toContain('error[stat/unknown-test]');
    expect(a.err).toContain('did you mean "paired-t"?');
    const b = capture();
    expect(await main(['stat', 'paired-t', 'pss_training.csv', '--x', 'pss_pre'], b)).toBe(1);
    expect(b.err).toContain('error[stat/missing-argument]');
    expect(b.err).toContain('--y');
    const c = capture();
    expect(await main(['stat', 'descriptives', 'nope.csv', '--x', 'a'], c)).toBe(1);
    expect(c.err).toContain('error[stat/file-not-found]');
    const d = capture();
    expect(await main(['stat', 'descriptives', 'pss_training.csv', '--x', 'unit'], d)).toBe(1);
    expect(d.err).toContain('error[stat/not-numeric]');
    expect(a.err + b.err + c.err + d.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it('prints an error value (exit 3) when the data allow no estimate', async () => {
    const io = capture();
    expect(
      await main(
        ['stat', 'logistic-regression', 'separation.csv', '--outcome', 'stres_tinggi', '--predictors', 'skor'],
        io,
      ),
    ).toBe(3);
    expect(io.out).toContain('[separation]');
    const json = capture();
    expect(
      await main(
        [
          'stat',
          'logistic-regression',
          'separation.csv',
          '--outcome',
          'stres_tinggi',
          '--predictors',
          'skor',
          '--json',
        ],
        json,
      ),
    ).toBe(3);
    expect(JSON.parse(json.out).error.code).toBe('separation');
  });

  it('lists every test and its arguments in --help', async () => {
    const io = capture();
    expect(await main(['stat', '--help'], io)).toBe(0);
    for (const name of STAT_TEST_NAMES) expect(io.out).toContain(`  ${name} `);
    expect(io.out).toContain('--predictors COL,COL,…');
    expect(io.out).toContain('--mu NUMBER');
  });

  it('runs on a file given by an absolute path', async () => {
    const io = capture();
    io.cwd = '/';
    expect(await main(['stat', 'descriptives', join(data, 'case_series.csv'), '--x', 'pss_post', '--json'], io)).toBe(
      0,
    );
    expect(JSON.parse(io.out).n).toBe(6);
  });

  it('prints every test of the richer designs readably in both languages, with labels for its fields', async () => {
    const cases = JSON.parse(readFileSync(join(data, '../cases.json'), 'utf8')) as {
      test: string;
      data: string;
      args: Record<string, string | number | string[]>;
    }[];
    const tests = [
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
    ];
    for (const name of tests) {
      const c = cases.find((x) => x.test === name)!;
      const flags = Object.entries(c.args).flatMap(([k, v]) => [`--${k}`, Array.isArray(v) ? v.join(',') : String(v)]);
      for (const lang of ['en', 'id']) {
        const io = capture();
        expect(await main(['stat', name, c.data.replace('data/', ''), ...flags, '--lang', lang], io), name).toBe(0);
        expect(io.out).not.toMatch(/undefined|NaN|\[object Object\]/);
        // Every field name that is printed as a label has a wording (a raw camelCase key has not).
        expect(io.out, `${name} (${lang})`).not.toMatch(/^\s*[a-z]+[A-Z][A-Za-z0-9]*\s/m);
      }
    }
  });
});
