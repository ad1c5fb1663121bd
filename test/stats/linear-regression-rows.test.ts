/**
 * Typed columns (what `naskah stat` reads) enter the regression as they are, with the
 * indices of the complete rows, instead of a copy per column: the result must be the one
 * the copied columns give, to the last bit, with missing values in the outcome and in
 * predictors.
 */
import { describe, expect, it } from 'vitest';
import { linearRegression } from '../../src/stats/linear-regression.ts';
import { seededRandom } from '../helpers/prng.ts';

describe('linear regression on typed columns', () => {
  it('gives exactly the result of the copied columns, residuals and fitted values included', () => {
    const rand = seededRandom(16);
    const n = 5000;
    const x = Array.from({ length: 3 }, () => Float64Array.from({ length: n }, () => Math.round(100 * rand()) / 10));
    const y = Float64Array.from({ length: n }, (_, i) => 2 + x[0]![i]! - 0.5 * x[1]![i]! + 3 * rand());
    for (let i = 0; i < n; i += 97) y[i] = NaN;
    for (let i = 5; i < n; i += 131) x[2]![i] = NaN;
    const asArray = (a: Float64Array) => Array.from(a, (v) => (Number.isNaN(v) ? null : v));
    const typed = linearRegression(
      y,
      x.map((values, j) => ({ name: `x${j + 1}`, values })),
      { residuals: true },
    );
    const copied = linearRegression(
      asArray(y),
      x.map((values, j) => ({ name: `x${j + 1}`, values: asArray(values) })),
      { residuals: true },
    );
    expect(typed).toEqual(copied);
    // 52 outcomes (every 97th row from 0) and 39 values of x3 (every 131st from 5) are missing.
    expect((typed as { n: number }).n).toBe(n - 52 - 39);
  });
});
