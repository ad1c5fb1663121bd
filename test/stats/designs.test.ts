/**
 * The statistics of the richer designs beyond the oracle cases: published table values
 * and closed forms for the studentized range, the Monte Carlo Fisher p, identities of the
 * factorial ANOVA, and the error values (naming the variable) for degenerate designs.
 */
import { describe, expect, it } from 'vitest';
import { ancova } from '../../src/stats/ancova.ts';
import { anovaTwoway } from '../../src/stats/anova-twoway.ts';
import { correlationMatrix } from '../../src/stats/correlation-matrix.ts';
import { normalCdf, tTwoSided } from '../../src/stats/distributions.ts';
import { dunn } from '../../src/stats/dunn.ts';
import { fisherMonteCarlo, fisherTest } from '../../src/stats/fisher-monte-carlo.ts';
import { chiSquareFromTable } from '../../src/stats/chi-square.ts';
import { nonFinitePaths } from '../../src/stats/finite.ts';
import { friedman } from '../../src/stats/friedman.ts';
import { gamesHowell } from '../../src/stats/games-howell.ts';
import { linearRegression } from '../../src/stats/linear-regression.ts';
import { adjustPValues, pAdjust } from '../../src/stats/p-adjust.ts';
import { repeatedAnova } from '../../src/stats/repeated-anova.ts';
import {
  fastNormalCdf,
  studentizedRangeQuantile,
  studentizedRangeUpperTail,
} from '../../src/stats/studentized-range.ts';
import { tukeyHsd } from '../../src/stats/tukey-hsd.ts';
import { isFailure } from '../../src/stats/types.ts';
import { runStatTest } from '../../src/cli/stat-args.ts';
import { NaskahError } from '../../src/errors.ts';

function expectError(result: unknown, code: string, mentions: string[] = []): void {
  expect(nonFinitePaths(result)).toEqual([]);
  expect(isFailure(result)).toBe(true);
  const e = (result as { error: { code: string; message: string } }).error;
  expect(e.code).toBe(code);
  for (const m of mentions) expect(e.message).toContain(m);
}

describe('studentized range distribution', () => {
  it('reproduces published 5% critical values (Harter 1960 tables, 3 decimals)', () => {
    // q₀.₀₅(k, ν) from the standard tables (e.g. Kirk, Experimental Design, Table E.7).
    const table: [number, number, number][] = [
      [2, 10, 3.151],
      [3, 10, 3.877],
      [5, 20, 4.232],
      [4, 60, 3.737],
      [10, 60, 4.646],
      [3, 1, 26.976],
      [10, 2, 13.988],
    ];
    for (const [k, df, q] of table) expect(studentizedRangeQuantile(0.05, k, df)).toBeCloseTo(q, 2);
  });

  it('equals the two-sided t tail for k = 2: P(Q > q) = P(|T| > q/√2), also far in the tail', () => {
    for (const df of [1, 2, 5, 17.5, 30, 200])
      for (const q of [0.5, 2, 4, 9, 20]) {
        const expected = tTwoSided(q / Math.SQRT2, df);
        expect(Math.abs(studentizedRangeUpperTail(q, 2, df) - expected)).toBeLessThanOrEqual(2e-9 * expected);
      }
  });

  it("Cody's normal CDF agrees with the incomplete-gamma one to 1e-12 relative", () => {
    for (let x = -30; x <= 8; x += 0.01) {
      const a = fastNormalCdf(x);
      const b = normalCdf(x);
      expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * b);
    }
  });
});

describe('Fisher r × c fallback', () => {
  // chi_square_07 of the oracle (4 × 3, n = 176): exact p 0.16512381172778728.
  const table = [
    [21, 25, 6],
    [15, 17, 6],
    [9, 24, 14],
    [14, 17, 8],
  ];
  it('gives a reproducible Monte Carlo p within 4 SE of the exact p', () => {
    const a = fisherMonteCarlo(table, { replicates: 20000 });
    const b = fisherMonteCarlo(table, { replicates: 20000 });
    expect(a).toEqual(b);
    expect(a.method).toBe('monte-carlo');
    expect(Math.abs(a.p - 0.16512381172778728)).toBeLessThan(4 * a.se!);
    expect(fisherMonteCarlo(table, { replicates: 20000, seed: 7 }).p).not.toBe(a.p);
  });
  it('falls back to Monte Carlo only when the exact budget runs out', () => {
    expect(fisherTest(table).method).toBe('exact');
    const mc = fisherTest(table, { maxWork: 10, replicates: 5000 });
    expect(mc.method).toBe('monte-carlo');
    expect(mc.replicates).toBe(5000);
  });
  it('flags a Monte Carlo p in the chi-square result and its note', () => {
    const r = chiSquareFromTable(table, { fisher: { maxWork: 10, replicates: 4000 } }) as {
      fisherP: number;
      fisherMonteCarlo: { replicates: number; seed: number; se: number };
      note: string;
    };
    expect(r.fisherMonteCarlo.replicates).toBe(4000);
    expect(Math.abs(r.fisherP - 0.16512381172778728)).toBeLessThan(4 * r.fisherMonteCarlo.se);
    expect(r.note).toContain('Monte Carlo');
  });
  it('flags an exact chi-square Fisher p as exact', () => {
    const r = chiSquareFromTable(table) as { fisherP: number; fisherMonteCarlo: unknown };
    expect(r.fisherP).toBeCloseTo(0.16512381172778728, 9);
    expect(r.fisherMonteCarlo).toBeNull();
  });
});

describe('p-value adjustment', () => {
  it('matches p.adjust on a textbook family (Benjamini & Hochberg 1995, 15 p-values)', () => {
    const p = [
      0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1,
    ];
    // BH rejects the first 4 at q = 0.05 (their paper's example).
    const bh = adjustPValues(p, 'bh');
    expect(bh.filter((x) => x <= 0.05)).toHaveLength(4);
    expect(bh[3]).toBeCloseTo((15 * 0.0095) / 4, 12);
    expect(adjustPValues(p, 'holm')[0]).toBeCloseTo(0.0015, 12);
    expect(adjustPValues(p, 'bonferroni')[2]).toBeCloseTo(0.0285, 12);
  });
  it('rejects a value outside [0, 1]', () => {
    expectError(pAdjust([0.2, 1.3]), 'invalid-values', ['row 2']);
  });
});

describe('factorial ANOVA', () => {
  // Balanced 2 × 3 design, 3 per cell.
  const a = ['x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'y', 'y', 'y', 'y', 'y', 'y', 'y', 'y', 'y'];
  const b = [1, 1, 1, 2, 2, 2, 3, 3, 3, 1, 1, 1, 2, 2, 2, 3, 3, 3];
  const v = [4, 5, 6, 6, 7, 9, 8, 9, 11, 5, 6, 4, 9, 10, 8, 14, 15, 13];
  it('splits SS_A + SS_AB into the simple effects of A in a balanced design', () => {
    const r = anovaTwoway(v, { name: 'a', values: a }, { name: 'b', values: b });
    if (isFailure(r)) throw new Error(r.error.message);
    const [ssA, , ssAB] = r.effects.map((e) => e.ss);
    const simpleA = r.simpleEffects.filter((s) => s.factor === 'a').reduce((s, e) => s + e.ss, 0);
    expect(simpleA).toBeCloseTo(ssA! + ssAB!, 9);
    // Balanced: Type III SS equal the classical ones, and they add up to the model SS.
    expect(r.effects.reduce((s, e) => s + e.ss, 0)).toBeCloseTo(r.correctedModel.ss, 9);
    // Means 65/9 and 84/9 around 149/18: SS_A = 18·(19/18)² = 361/18.
    expect(r.effects[0]!.ss).toBeCloseTo(361 / 18, 9);
  });
  it('names a factor with one level and an empty cell', () => {
    expectError(anovaTwoway(v, { name: 'a', values: a.map(() => 'x') }, { name: 'b', values: b }), 'group-levels', [
      '"a"',
    ]);
    const b2 = b.map((x, i) => (a[i] === 'y' && x === 3 ? 2 : x));
    expectError(anovaTwoway(v, { name: 'a', values: a }, { name: 'b', values: b2 }), 'empty-cell', ['a = y', 'b = 3']);
  });
});

describe('ANCOVA degenerate designs', () => {
  const g = ['p', 'p', 'p', 'p', 'q', 'q', 'q', 'q', 'r', 'r', 'r', 'r'];
  const y = [10, 12, 11, 14, 15, 17, 16, 18, 9, 8, 10, 11];
  const x = [3, 5, 4, 6, 5, 7, 6, 8, 2, 1, 3, 4];
  it('names a categorical covariate, a constant one and a collinear one', () => {
    expectError(ancova(y, { name: 'g', values: g }, [{ name: 'jk', values: g }]), 'invalid-values', ['"jk"']);
    expectError(ancova(y, { name: 'g', values: g }, [{ name: 'c', values: x.map(() => 1) }]), 'collinearity', ['"c"']);
    expectError(
      ancova(y, { name: 'g', values: g }, [
        { name: 'x', values: x },
        { name: 'x2', values: x.map((v) => 2 * v + 1) },
      ]),
      'collinearity',
      ['"x2"'],
    );
    expectError(ancova(y, { name: 'g', values: g.map(() => 'p') }, [{ name: 'x', values: x }]), 'group-levels', [
      '"g"',
    ]);
  });
});

describe('linear regression degenerate designs', () => {
  const y = [3, 5, 4, 7, 8, 6, 9, 11, 10, 12];
  const x1 = [1, 2, 2, 3, 4, 3, 5, 6, 5, 7];
  const x2 = [2, 1, 3, 2, 5, 4, 3, 6, 7, 5];
  it('names a perfectly collinear predictor, and a constant one', () => {
    const x3 = x1.map((v, i) => v + x2[i]!);
    expectError(
      linearRegression(y, [
        { name: 'x1', values: x1 },
        { name: 'x2', values: x2 },
        { name: 'x3', values: x3 },
      ]),
      'collinearity',
      ['"x3"'],
    );
    expectError(linearRegression(y, [{ name: 'k', values: y.map(() => 4) }]), 'collinearity', ['"k"', 'same value']);
  });
  it('refuses more predictors than cases and a one-level categorical predictor', () => {
    const few = linearRegression(y.slice(0, 3), [
      { name: 'x1', values: x1.slice(0, 3) },
      { name: 'x2', values: x2.slice(0, 3) },
    ]);
    expectError(few, 'too-few-observations', ['more cases than predictors']);
    expectError(linearRegression(y, [{ name: 'jk', values: y.map(() => 'L') }]), 'group-levels', ['"jk"']);
  });
  it('returns residuals and fitted values that add up to the outcome when asked', () => {
    const r = linearRegression(y, [{ name: 'x1', values: x1 }], { residuals: true });
    if (isFailure(r)) throw new Error(r.error.message);
    r.fitted!.forEach((f, i) => expect(f + r.residuals![i]!).toBeCloseTo(y[i]!, 12));
    expect(r.residuals!.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 10);
    expect(r.residualNormality?.test).toBe('shapiro-wilk');
  });
});

describe('repeated measures and post-hoc degenerate inputs', () => {
  it('names the single measurement when fewer than two are given', () => {
    expectError(repeatedAnova([{ name: 'pss0', values: [1, 2, 3] }]), 'invalid-argument', ['"pss0"']);
    expectError(friedman([{ name: 'pss0', values: [1, 2, 3] }]), 'invalid-argument', ['"pss0"']);
  });
  it('refuses an error term of 0 and rows that are all ties', () => {
    const a = [1, 2, 3, 4];
    expectError(
      repeatedAnova([
        { name: 'a', values: a },
        { name: 'b', values: a.map((v) => v + 1) },
        { name: 'c', values: a.map((v) => v + 3) },
      ]),
      'zero-variance',
    );
    expectError(
      friedman([
        { name: 'a', values: a },
        { name: 'b', values: a },
      ]),
      'zero-variance',
    );
  });
  it('names the group with fewer than two cases (Tukey, Games–Howell) and refuses all-tied ranks (Dunn)', () => {
    const value = [1, 2, 3, 4, 5, 6, 7];
    const group = ['a', 'a', 'a', 'b', 'b', 'b', 'c'];
    expectError(tukeyHsd(value, group), 'too-few-observations', ['"c"']);
    expectError(gamesHowell(value, group), 'too-few-observations', ['"c"']);
    expectError(
      tukeyHsd(
        value,
        value.map(() => 'a'),
      ),
      'group-levels',
      ['only one level'],
    );
    expectError(dunn([5, 5, 5, 5], ['a', 'a', 'b', 'b']), 'zero-variance');
  });
  it('leaves a pair with a constant variable undefined in a correlation matrix, with a note', () => {
    const r = correlationMatrix([
      { name: 'u', values: [1, 2, 3, 4, 5] },
      { name: 'k', values: [2, 2, 2, 2, 2] },
      { name: 'w', values: [2, 1, 4, 3, 5] },
    ]);
    if (isFailure(r)) throw new Error(r.error.message);
    expect(nonFinitePaths(r)).toEqual([]);
    expect(r.pairs[0]).toMatchObject({ var1: 'u', var2: 'k', r: null, p: null, pHolm: null });
    expect(r.pairs[1]!.pHolm).toBe(r.pairs[1]!.p);
    expect(r.note).toContain('u–k');
  });
});

describe('registry entries of the new tests', () => {
  const table = {
    skor: [10, 12, 14, 20, 22, 24, 30, 31, 18, 16],
    metode: ['a', 'a', 'a', 'b', 'b', 'b', 'c', 'c', 'c', 'a'],
    sesi: [1, 2, 1, 2, 1, 2, 1, 2, 1, 2],
    pre: [11, 12, 15, 19, 20, 25, 28, 30, 17, 15],
  };
  it('runs through runStatTest with names taken from the arguments', () => {
    const r = runStatTest('anova-twoway', table, { value: 'skor', factorA: 'metode', factorB: 'sesi' }) as {
      effects: { term: string }[];
    };
    expect(r.effects.map((e) => e.term)).toEqual(['metode', 'sesi', 'metode:sesi']);
    const c = runStatTest('ancova', table, { value: 'skor', group: 'metode', covariates: 'pre' }) as {
      effects: { term: string }[];
    };
    expect(c.effects.map((e) => e.term)).toEqual(['pre', 'metode']);
  });
  it('rejects an unknown correlation method and two columns where one factor is expected', () => {
    expect(() => runStatTest('correlation-matrix', table, { variables: 'skor,pre', method: 'kendall' })).toThrow(
      NaskahError,
    );
    expect(() =>
      runStatTest('anova-twoway', table, { value: 'skor', factorA: 'metode,sesi', factorB: 'sesi' }),
    ).toThrow(/one column/);
  });
});
