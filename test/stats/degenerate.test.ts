/**
 * Degenerate inputs: every statistic answers with `null` + `note` for an undefined
 * quantity, or with an `{ error: { code, message } }` value when no estimate exists —
 * never with NaN or ±Infinity anywhere in the result.
 */
import { describe, expect, it } from 'vitest';
import { anovaOneway } from '../../src/stats/anova-oneway.ts';
import { chiSquare } from '../../src/stats/chi-square.ts';
import { cronbachAlpha } from '../../src/stats/cronbach-alpha.ts';
import { descriptives } from '../../src/stats/descriptives.ts';
import { nonFinitePaths, sanitizeResult } from '../../src/stats/finite.ts';
import { frequencies } from '../../src/stats/frequencies.ts';
import { independentT } from '../../src/stats/independent-t.ts';
import { kruskalWallis } from '../../src/stats/kruskal-wallis.ts';
import { lilliefors } from '../../src/stats/lilliefors.ts';
import { logisticRegression } from '../../src/stats/logistic-regression.ts';
import { mannWhitney } from '../../src/stats/mann-whitney.ts';
import { mcnemar } from '../../src/stats/mcnemar.ts';
import { oddsRatio } from '../../src/stats/odds-ratio.ts';
import { oneSampleT } from '../../src/stats/one-sample-t.ts';
import { pairedT } from '../../src/stats/paired-t.ts';
import { pearson } from '../../src/stats/pearson.ts';
import { shapiroWilk } from '../../src/stats/shapiro-wilk.ts';
import { spearman } from '../../src/stats/spearman.ts';
import { isFailure } from '../../src/stats/types.ts';
import { wilcoxonSignedRank } from '../../src/stats/wilcoxon-signed-rank.ts';

/** No NaN/Infinity anywhere, and the JSON text has none either. */
function expectFinite(result: unknown): void {
  expect(nonFinitePaths(result)).toEqual([]);
  expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
}

function expectError(result: unknown, code: string): void {
  expectFinite(result);
  expect(isFailure(result)).toBe(true);
  const e = (result as { error: { code: string; message: string } }).error;
  expect(e.code).toBe(code);
  expect(e.message.length).toBeGreaterThan(10);
}

const seq = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));

describe('odds ratio', () => {
  it('gives nulls and note "zero cell" when a cell is 0', () => {
    const exposure = [1, 1, 1, 1, 0, 0, 0, 0];
    const outcome = [1, 1, 0, 0, 0, 0, 0, 0];
    const r = oddsRatio(exposure, outcome, { reference: 0 });
    expectFinite(r);
    expect(r).toMatchObject({
      a: 2,
      b: 2,
      c: 0,
      d: 4,
      or: null,
      logOr: null,
      seLogOr: null,
      ciLower: null,
      ciUpper: null,
      z: null,
      p: null,
      note: 'zero cell',
    });
  });
  it('builds the table from a categorical exposure with a declared reference and exposed level', () => {
    const exposure = ['SMA', 'S1', 'S2', 'SMA', 'S1', 'S2', 'SMA', 'S1', null, 'S1'];
    const outcome = ['ya', 'tidak', 'ya', 'ya', 'ya', 'tidak', 'tidak', 'tidak', 'ya', 'tidak'];
    const r = oddsRatio(exposure, outcome, { reference: 'S1', exposed: 'SMA', caseLevel: 'ya' });
    expectFinite(r);
    expect(r).toMatchObject({
      a: 2,
      b: 1,
      c: 1,
      d: 3,
      n: 7,
      missing: 1,
      excluded: 2,
      exposedLevel: 'SMA',
      referenceLevel: 'S1',
    });
    expect((r as { or: number }).or).toBeCloseTo(6, 12);
  });
  it('asks for the exposed level when the exposure has more than two levels', () => {
    expectError(oddsRatio(['a', 'b', 'c', 'a'], [1, 0, 1, 0], { reference: 'a' }), 'group-levels');
  });
});

describe('logistic regression', () => {
  it('reports complete separation as an error', () => {
    const x = seq(20, (i) => i);
    const y = x.map((v) => (v >= 10 ? 1 : 0));
    expectError(logisticRegression(y, [{ name: 'x', values: x }]), 'separation');
  });
  it('reports quasi-complete separation as an error', () => {
    const x = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1];
    const y = [0, 1, 0, 1, 0, 1, 1, 1, 1, 1];
    expectError(logisticRegression(y, [{ name: 'x', values: x }]), 'separation');
  });
  it('reports non-convergence when the iteration limit is reached', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const y = [0, 0, 1, 0, 1, 0, 1, 1, 0, 1];
    expectError(logisticRegression(y, [{ name: 'x', values: x }], { maxIterations: 1 }), 'non-convergence');
    expectFinite(logisticRegression(y, [{ name: 'x', values: x }]));
  });
  it('rejects a constant outcome, a constant predictor and collinear predictors', () => {
    expectError(logisticRegression([1, 1, 1, 1, 1], [{ name: 'x', values: [1, 2, 3, 4, 5] }]), 'zero-variance');
    expectError(logisticRegression([0, 1, 0, 1, 1], [{ name: 'x', values: [3, 3, 3, 3, 3] }]), 'collinearity');
    const x = [1, 2, 3, 4, 5, 6, 7, 8];
    expectError(
      logisticRegression(
        [0, 1, 0, 1, 1, 0, 1, 0],
        [
          { name: 'x', values: x },
          { name: 'x2', values: x.map((v) => 2 * v + 1) },
        ],
      ),
      'collinearity',
    );
  });
  it('needs more complete rows than coefficients and a 0/1 outcome', () => {
    expectError(logisticRegression([0, 1, null], [{ name: 'x', values: [1, 2, 3] }]), 'too-few-observations');
    expectError(logisticRegression([0, 1, 2, 1], [{ name: 'x', values: [1, 2, 3, 4] }]), 'invalid-values');
  });
});

describe('too few observations', () => {
  it('descriptives of no values', () => expectError(descriptives([null, null]), 'too-few-observations'));
  it('paired t with one complete pair', () => expectError(pairedT([1, 2, null], [3, null, 4]), 'too-few-observations'));
  it('one-sample t with one value', () => expectError(oneSampleT([5, null], 3), 'too-few-observations'));
  it('Lilliefors with 4 values', () => expectError(lilliefors([1, 2, 3, 4]), 'too-few-observations'));
  it('Pearson and Spearman with 2 pairs', () => {
    expectError(pearson([1, 2], [3, 5]), 'too-few-observations');
    expectError(spearman([1, 2], [3, 5]), 'too-few-observations');
  });
  it('independent t with one value in a group', () =>
    expectError(independentT([1, 2, 3, 4], ['a', 'a', 'a', 'b']), 'too-few-observations'));
  it('Cronbach alpha with one complete row', () => {
    expectError(
      cronbachAlpha([
        { name: 'a', values: [1, null] },
        { name: 'b', values: [2, 3] },
      ]),
      'too-few-observations',
    );
  });
});

describe('zero variance', () => {
  it('one-sample and paired t on constant data', () => {
    expectError(oneSampleT([4, 4, 4, 4], 3), 'zero-variance');
    expectError(pairedT([5, 6, 7], [3, 4, 5]), 'zero-variance');
  });
  it('independent t with both groups constant', () =>
    expectError(independentT([2, 2, 5, 5], [1, 1, 2, 2]), 'zero-variance'));
  it('Shapiro–Wilk on identical values', () => expectError(shapiroWilk([3, 3, 3, 3, 3]), 'zero-variance'));
  it('Lilliefors on identical values', () => expectError(lilliefors([3, 3, 3, 3, 3, 3]), 'zero-variance'));
  it('Pearson and Spearman with a constant variable', () => {
    expectError(pearson([1, 1, 1, 1], [1, 2, 3, 4]), 'zero-variance');
    expectError(spearman([1, 2, 3, 4], [7, 7, 7, 7]), 'zero-variance');
  });
  it('ANOVA with no variation within groups', () =>
    expectError(anovaOneway([1, 1, 2, 2, 3, 3], ['a', 'a', 'b', 'b', 'c', 'c']), 'zero-variance'));
  it('Mann–Whitney and Kruskal–Wallis with all values tied', () => {
    expectError(mannWhitney([4, 4, 4, 4], [1, 1, 2, 2]), 'zero-variance');
    expectError(kruskalWallis([4, 4, 4, 4, 4, 4], [1, 1, 2, 2, 3, 3]), 'zero-variance');
  });
  it('Cronbach alpha with a constant total', () => {
    expectError(
      cronbachAlpha([
        { name: 'a', values: [1, 2, 3] },
        { name: 'b', values: [3, 2, 1] },
      ]),
      'zero-variance',
    );
  });
});

describe('Wilcoxon with all differences zero', () => {
  it('is an error value', () => expectError(wilcoxonSignedRank([1, 2, 3], [1, 2, 3]), 'all-differences-zero'));
});

describe('group levels', () => {
  it('two-group tests need exactly two levels', () => {
    expectError(independentT([1, 2, 3, 4], ['a', 'a', 'a', 'a']), 'group-levels');
    expectError(independentT([1, 2, 3, 4, 5, 6], ['a', 'a', 'b', 'b', 'c', 'c']), 'group-levels');
    expectError(mannWhitney([1, 2, 3, 4, 5, 6], ['a', 'a', 'b', 'b', 'c', 'c']), 'group-levels');
    expectError(independentT([1, 2, 3, 4], ['a', 'a', 'b', 'b'], { levels: ['a', 'b', 'c'] }), 'group-levels');
  });
  it('a value outside the declared levels', () => {
    expectError(independentT([1, 2, 3, 4], ['a', 'a', 'b', 'x'], { levels: ['a', 'b'] }), 'group-levels');
  });
  it('ANOVA, Kruskal–Wallis and χ² with a single level', () => {
    expectError(anovaOneway([1, 2, 3], ['a', 'a', 'a']), 'group-levels');
    expectError(kruskalWallis([1, 2, 3], ['a', 'a', 'a']), 'group-levels');
    expectError(chiSquare(['a', 'b', 'a'], ['x', 'x', 'x']), 'group-levels');
  });
  it('declared order sets group 1 and group 2', () => {
    const value = [1, 2, 3, 10, 11, 12];
    const group = ['b', 'b', 'b', 'a', 'a', 'a'];
    const sorted = independentT(value, group) as { student: { meanDiff: number } };
    const declared = independentT(value, group, { levels: ['b', 'a'] }) as { student: { meanDiff: number } };
    expect(sorted.student.meanDiff).toBeCloseTo(9, 12);
    expect(declared.student.meanDiff).toBeCloseTo(-9, 12);
  });
});

describe('Shapiro–Wilk sample size', () => {
  it('is an error outside 3..5000', () => {
    expectError(shapiroWilk([1, 2]), 'n-out-of-range');
    expectError(shapiroWilk(seq(5001, (i) => Math.sin(i))), 'n-out-of-range');
    expectFinite(shapiroWilk([1, 2, 4]));
  });
});

describe('undefined quantities are null with a note', () => {
  it('descriptives of one value', () => {
    const r = descriptives([7]);
    expectFinite(r);
    expect(r).toMatchObject({
      n: 1,
      mean: 7,
      sd: null,
      variance: null,
      se: null,
      ciLower: null,
      ciUpper: null,
      skewness: null,
      kurtosis: null,
      skewnessSe: null,
    });
    expect((r as { note: string }).note).toMatch(/at least 2/);
  });
  it('descriptives of three values: no kurtosis; constant values: no skewness', () => {
    const r3 = descriptives([1, 2, 4]) as { kurtosis: unknown; kurtosisSe: unknown; skewness: number };
    expect(r3.kurtosis).toBeNull();
    expect(r3.kurtosisSe).toBeNull();
    expect(typeof r3.skewness).toBe('number');
    const c = descriptives([5, 5, 5, 5, 5]) as { skewness: unknown; kurtosis: unknown; sd: number; note: string };
    expectFinite(c);
    expect(c.sd).toBe(0);
    expect(c.skewness).toBeNull();
    expect(c.kurtosis).toBeNull();
    expect(c.note).toMatch(/all values are equal/);
  });
  it('frequencies of an all-missing column', () => {
    const r = frequencies([null, null, null]);
    expectFinite(r);
    expect(r).toMatchObject({ total: 3, valid: 0, missing: 3, missingPercent: 100, categories: [] });
  });
  it('frequencies with a declared level that never occurs', () => {
    const r = frequencies(['L', 'L', null], { levels: ['L', 'P'] }) as {
      categories: { value: string; n: number; validPercent: number }[];
    };
    expect(r.categories.map((c) => [c.value, c.n, c.validPercent])).toEqual([
      ['L', 2, 100],
      ['P', 0, 0],
    ]);
  });
  it('perfect correlation: t is null, p is 0', () => {
    const r = pearson([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]) as { r: number; t: unknown; p: number; note: string };
    expectFinite(r);
    expect(r.r).toBe(1);
    expect(r.t).toBeNull();
    expect(r.p).toBe(0);
    expect(r.note).toMatch(/perfect/);
  });
  it('Pearson CI needs n > 3', () => {
    const r = pearson([1, 2, 4], [2, 1, 5]) as { ciLower: unknown; ciUpper: unknown };
    expectFinite(r);
    expect(r.ciLower).toBeNull();
    expect(r.ciUpper).toBeNull();
  });
  it('McNemar without discordant pairs', () => {
    const r = mcnemar([0, 1, 1, 0], [0, 1, 1, 0]);
    expectFinite(r);
    expect(r).toMatchObject({ b: 0, c: 0, statistic: null, p: null, exactP: null });
  });
  it('McNemar with b = c > 0 has statistic 0 and p 1', () => {
    const r = mcnemar([0, 1, 1, 0], [1, 0, 1, 0]) as { statistic: number; p: number; exactP: number };
    expect(r.statistic).toBe(0);
    expect(r.p).toBe(1);
    expect(r.exactP).toBe(1);
  });
  it('McNemar rejects values that are not 0/1', () => expectError(mcnemar([0, 2], [1, 0]), 'invalid-values'));
  it('Cronbach alpha of two items has no alpha-if-deleted', () => {
    const r = cronbachAlpha([
      { name: 'a', values: [1, 2, 3, 4] },
      { name: 'b', values: [2, 2, 4, 5] },
    ]) as { items: { alphaIfDeleted: unknown }[] };
    expectFinite(r);
    expect(r.items.map((i) => i.alphaIfDeleted)).toEqual([null, null]);
  });
  it('χ² with a declared level without data keeps its row and leaves it out of the test', () => {
    const r = chiSquare(['a', 'a', 'b', 'b', 'a', 'b'], ['x', 'y', 'x', 'y', 'x', 'y'], {
      rowLevels: ['a', 'b', 'c'],
    }) as {
      df: number;
      observed: number[][];
      expected: number[][];
      note: string;
    };
    expectFinite(r);
    expect(r.df).toBe(1);
    expect(r.observed[2]).toEqual([0, 0]);
    expect(r.expected[2]).toEqual([0, 0]);
    expect(r.note).toMatch(/without any observation/);
  });
  it('Welch ANOVA is null when a group has zero variance', () => {
    const r = anovaOneway([1, 1, 1, 2, 3, 4, 5, 7, 6], ['a', 'a', 'a', 'b', 'b', 'b', 'c', 'c', 'c']) as {
      welch: unknown;
      note: string;
      f: number;
    };
    expectFinite(r);
    expect(r.welch).toBeNull();
    expect(r.note).toMatch(/Welch/);
    expect(r.f).toBeGreaterThan(0);
  });
});

describe('missing and non-finite input values', () => {
  it('NaN, Infinity and undefined count as missing', () => {
    const r = descriptives([1, 2, NaN, Infinity, undefined, null, 3]) as { n: number; missing: number; mean: number };
    expect(r.n).toBe(3);
    expect(r.missing).toBe(4);
    expect(r.mean).toBe(2);
  });
});

describe('sanitizeResult', () => {
  it('turns every non-finite number into null and records where', () => {
    const out = sanitizeResult({ t: NaN, nested: { p: Infinity, ok: 1 }, list: [1, -Infinity], note: 'kept' });
    expect(out).toEqual({
      t: null,
      nested: { p: null, ok: 1 },
      list: [1, null],
      note: 'kept; non-finite values replaced by null: t, nested.p, list[1]',
    });
    expectFinite(out);
  });
  it('leaves a finite result untouched', () => {
    const r = { a: 1, b: [2, { c: 3 }] };
    expect(sanitizeResult(structuredClone(r))).toEqual(r);
  });
});
