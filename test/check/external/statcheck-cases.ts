/**
 * The test strings of statcheck's public test suite (github.com/MicheleNuijten/statcheck,
 * tests/testthat/*.R at commit b288d94), with what those tests state statcheck extracts
 * and decides. Only the strings and the stated expectations are taken, never its code.
 * Strings its tests build with `qt()` / `pt()` are written as templates (`{t.05+.0001}`)
 * and filled in with 15 significant digits, as R's paste() prints them.
 *
 * `expect` holds only what the test file asserts under statcheck's defaults (alpha .05,
 * p = alpha counts as significant); `options` are the statcheck arguments the test ran
 * with, limited to those naskah has an equivalent for (alpha, one-tailed detection from
 * the text, which naskah always does).
 */
export interface StatcheckCase {
  /** The test file in statcheck's tests/testthat. */
  file: string;
  /** statcheck's string, with templates. */
  text: string;
  expect: {
    /** Number of results the test says statcheck extracts (0: "did not find any results"). */
    n?: number;
    type?: string;
    df1?: number;
    df2?: number;
    error?: boolean;
    decisionError?: boolean;
  };
  options?: { alpha?: number; oneTailedTxt?: boolean };
}

const c = (file: string, text: string, expect: StatcheckCase['expect'] = {}, options?: StatcheckCase['options']) =>
  options ? { file, text, expect, options } : { file, text, expect };

const T = 'test-extract-t-tests.R';
const F = 'test-extract-F-tests.R';
const Q = 'test-extract-Q-tests.R';
const X = 'test-extract-chi2-tests.R';
const R = 'test-extract-correlations.R';
const Z = 'test-extract-z-tests.R';
const E = 'test-error.R';
const D = 'test-decisionerror.R';
const A = 'test-APAfactor.R';
const S = 'test-S3-methods.R';

/** Decision-error grid of test-decisionerror.R: [statistic op, stat template, p op, p, stated DecisionError (defaults) or null]. */
const GRID: [string, string, string, string, boolean | null][] = [
  // t = …, p = …
  ['=', 't.04', '=', '.04', false],
  ['=', 't.05+.0001', '=', '.04', false],
  ['=', 't.05-.0001', '=', '.04', null],
  ['=', 't.06', '=', '.04', true],
  ['=', 't.04', '=', '.05', false],
  ['=', 't.05', '=', '.05', false],
  ['=', 't.06', '=', '.05', true],
  ['=', 't.04', '=', '.06', true],
  ['=', 't.05+.0001', '=', '.06', true],
  ['=', 't.05-.0001', '=', '.06', null],
  ['=', 't.06', '=', '.06', false],
  // t = …, p < …
  ['=', 't.04-.001', '<', '.04', false],
  ['=', 't.05+.0001', '<', '.04', false],
  ['=', 't.05-.0001', '<', '.04', null],
  ['=', 't.06', '<', '.04', true],
  ['=', 't.04', '<', '.05', false],
  ['=', 't.05+.0001', '<', '.0500', false],
  ['=', 't.05-.0001', '<', '.0500', null],
  ['=', 't.06', '<', '.05', true],
  ['=', 't.04', '<', '.06', false],
  ['=', 't.05+.0001', '<', '.06', false],
  ['=', 't.05-.0001', '<', '.06', null],
  ['=', 't.06', '<', '.06', false],
  // t = …, p > …
  ['=', 't.04+.001', '>', '.04', false],
  ['=', 't.05+.0001', '>', '.04', false],
  ['=', 't.05-.0001', '>', '.04', null],
  ['=', 't.06', '>', '.04', false],
  ['=', 't.04', '>', '.05', true],
  ['=', 't.05+.0001', '>', '.05', true],
  ['=', 't.05-.0001', '>', '.05', null],
  ['=', 't.06', '>', '.05', false],
  ['=', 't.04', '>', '.06', true],
  ['=', 't.05+.0001', '>', '.06', true],
  ['=', 't.05-.0001', '>', '.06', null],
  ['=', 't.06', '>', '.06', false],
  // t < …, p = …
  ['<', 't.04-.001', '=', '.0400', false],
  ['<', 't.05-.0001', '=', '.04', true],
  ['<', 't.06', '=', '.04', true],
  ['<', 't.04', '=', '.05', false],
  ['<', 't.05-.001', '=', '.0500', true],
  ['<', 't.06', '=', '.05', true],
  ['<', 't.04', '=', '.06', false],
  ['<', 't.05-.0001', '=', '.0600', false],
  ['<', 't.06-.001', '=', '.0600', false],
  // t < …, p < …
  ['<', 't.04', '<', '.04', false],
  ['<', 't.05-.0001', '<', '.04', true],
  ['<', 't.06', '<', '.04', true],
  ['<', 't.04', '<', '.05', false],
  ['<', 't.05-.0001', '<', '.05', true],
  ['<', 't.06', '<', '.05', true],
  ['<', 't.04', '<', '.06', false],
  ['<', 't.05-.0001', '<', '.06', false],
  ['<', 't.06', '<', '.06', false],
  // t < …, p > …
  ['<', 't.04', '>', '.04', false],
  ['<', 't.05-.0001', '>', '.04', false],
  ['<', 't.06', '>', '.04', false],
  ['<', 't.04', '>', '.05', false],
  ['<', 't.05-.0001', '>', '.05', false],
  ['<', 't.06', '>', '.05', false],
  ['<', 't.04', '>', '.06', false],
  ['<', 't.05-.0001', '>', '.06', false],
  ['<', 't.06', '>', '.06', false],
  // t > …, p = …
  ['>', 't.04+.001', '=', '.0400', false],
  ['>', 't.05+.0001', '=', '.04', false],
  ['>', 't.06', '=', '.04', false],
  ['>', 't.04', '=', '.05', false],
  ['>', 't.05+.001', '=', '.0500', false],
  ['>', 't.06', '=', '.05', false],
  ['>', 't.04', '=', '.06', true],
  ['>', 't.05+.001', '=', '.0600', true],
  ['>', 't.06+.001', '=', '.0600', false],
  // t > …, p < …
  ['>', 't.04+.001', '<', '.0400', false],
  ['>', 't.05+.0001', '<', '.04', false],
  ['>', 't.06', '<', '.04', false],
  ['>', 't.04', '<', '.05', false],
  ['>', 't.05+.001', '<', '.0500', false],
  ['>', 't.06', '<', '.05', false],
  ['>', 't.04', '<', '.06', false],
  ['>', 't.05+.001', '<', '.0600', false],
  ['>', 't.06+.001', '<', '.0600', false],
  // t > …, p > …
  ['>', 't.04+.001', '>', '.0400', false],
  ['>', 't.05+.0001', '>', '.04', false],
  ['>', 't.06', '>', '.04', false],
  ['>', 't.04', '>', '.05', true],
  ['>', 't.05+.001', '>', '.0500', true],
  ['>', 't.06', '>', '.05', false],
  ['>', 't.04', '>', '.06', true],
  ['>', 't.05+.001', '>', '.0600', true],
  ['>', 't.06+.001', '>', '.0600', false],
];

export const STATCHECK_CASES: StatcheckCase[] = [
  // t-tests
  c(T, 't(28) = 2.20, p = .03', { n: 1, type: 't', df2: 28 }),
  c(T, 't(28) = 2.20, p = .03, t(28) = 1.23, p = .04', { n: 2 }),
  c(T, ' t ( 28 ) = 2.20 , p = .03', { n: 1 }),
  c(T, 't(28)=2.20,p=.03', { n: 1 }),
  c(T, 't(28) = -2.20, p = .03', { n: 1 }),
  c(T, 't(28) = 2,000.20, p = .03', { n: 1 }),
  c(T, 't(28) < 2.20, p = .03', { n: 1 }),
  c(T, 't(28) > 2.20, p = .03', { n: 1 }),
  c(T, 't(28) = %^&2.20, p = .03', { n: 1 }),
  c(T, 't(28) = 2.20, p = 0.03', { n: 1 }),
  c(T, 't(28) = 2.20, p < .03', { n: 1 }),
  c(T, 't(28) = 2.20, p > .03', { n: 1 }),
  c(T, 't(28) = 2.20, ns', { n: 1 }),
  c(T, 't(28) = 2.20, p = .5e-3', { n: 1 }),
  c(T, 't(28.1) = 2.20, p = .03', { n: 1, df2: 28.1 }),
  c(T, 't(28) = 2.20; p = .03', { n: 0 }),
  c(T, 't[28] = 2.20, p = .03', { n: 0 }),
  c(T, 't(28) = .2.20, p = .03'),
  c(T, 'T(28) = 2.20, p = .03', { n: 0 }),
  c(T, 't(28) = 2.20, p = 1.03', { n: 0 }),
  c(T, 't(2,28) = 2.20, p = .03', { n: 0 }),
  c(T, ' t(553) = \u2212 4.46, p < .0001', { n: 0 }),
  c(T, 't(38) >= 2.25, p = .03', { n: 0 }),
  c(T, 't(38) = 2.25, p >= .03', { n: 0 }),
  // F-tests
  c(F, 'F(2, 28) = 2.20, p = .03', { n: 1, type: 'F', df1: 2, df2: 28 }),
  c(F, 'F(2, 28) = 2.20, p = .03, F(2, 28) = 1.23, p = .04', { n: 2 }),
  c(F, ' F ( 2 , 28 ) = 2.20 , p = .03', { n: 1 }),
  c(F, 'F(2,28)=2.20,p=.03', { n: 1 }),
  c(F, 'F(2.1, 28.1) = 2.20, p = .03', { n: 1, df1: 2.1, df2: 28.1 }),
  c(F, 'F(l, 76) = 23.95, p <.001', { n: 1, df1: 1, df2: 76 }),
  // Q-tests
  c(Q, 'Q(2) = 2.20, p = .03', { n: 1, type: 'Q', df1: 2 }),
  c(Q, 'Q(2) = 2.20, p = .03, Q(2) = 1.23, p = .04', { n: 2 }),
  c(Q, ' Q ( 2 ) = 2.20 , p = .03', { n: 1 }),
  c(Q, 'Q(2)=2.20,p=.03', { n: 1 }),
  c(Q, 'Qw(2) = 2.20, p = .03', { n: 1, type: 'Qw' }),
  c(Q, 'Qwithin(2) = 2.20, p = .03', { n: 1, type: 'Qw' }),
  c(Q, 'Q-within(2) = 2.20, p = .03', { n: 1, type: 'Qw' }),
  c(Q, 'Qb(2) = 2.20, p = .03', { n: 1, type: 'Qb' }),
  c(Q, 'Qbetween(2) = 2.20, p = .03', { n: 1, type: 'Qb' }),
  c(Q, 'Q-between(2) = 2.20, p = .03', { n: 1, type: 'Qb' }),
  c(Q, 'Qs(2) = 2.2, p = .03', { n: 0 }),
  c(Q, 'Qb(2, N = 187) = 2.20, p = .03', { n: 0 }),
  // chi-square tests
  c(X, 'chi2(28) = 2.20, p = .03', { n: 1, type: 'Chi2', df1: 28 }),
  c(X, 'chi2(28) = 2.20, p = .03, chi2(28) = 1.23, p = .04', { n: 2 }),
  c(X, 'X2(28) = 2.20, p = .03', { n: 1 }),
  c(X, 'x2(28) = 2.20, p = .03', { n: 1 }),
  c(X, 'chi_2(28) = 2.20, p = .03', { n: 1 }),
  c(X, 'chi2(28, N = 129) = 2.2, p = .03', { n: 1 }),
  c(X, 'chi2(1, N = 11,455) = 16.78, p <.001', { n: 1 }),
  c(X, 'chi2(1, n = 81) = 3.25, p = 0.07', { n: 1 }),
  c(X, ' chi2 ( 28 ) = 2.20 , p = .03', { n: 1 }),
  c(X, 'chi2(28)=2.20,p=.03', { n: 1 }),
  // correlations
  c(R, 'r(28) = .20, p = .03', { n: 1, type: 'r', df2: 28 }),
  c(R, 'r(28) = .20, p = .03, r(28) = .23, p = .04', { n: 2 }),
  c(R, ' r ( 28 ) = .20 , p = .03', { n: 1 }),
  c(R, 'r(28)=.20,p=.03', { n: 1 }),
  c(R, 'r(16) = 26.05, p = .10', { n: 0 }),
  c(R, 'r(28) = \u221259, p = .0008', { n: 0 }),
  // z-tests
  c(Z, ' z = 2.20, p = .03', { n: 1, type: 'Z' }),
  c(Z, 'z = 2.20, p = .03, z = 1.23, p = .04', { n: 2 }),
  c(Z, ' z = 2.20 , p = .03', { n: 1 }),
  c(Z, ' z=2.20,p=.03', { n: 1 }),
  c(Z, ' Z = 2.20 , p = .03', { n: 1 }),
  c(Z, ' z(28) = 2.20, p = .03', { n: 0 }),
  c(Z, ' Z(28) = 2.20, p = .03', { n: 0 }),
  // errors
  c(E, 't(28) = 2.20, p = .03', { error: true }),
  c(E, 'F(2, 28) = 2.20, p = .15', { error: true }),
  c(E, 'r(28) = .22, p = .26', { error: true }),
  c(E, 'chi2(28) = 22.20, p = .79', { error: true }),
  c(E, ' z = 2.20, p = .04', { error: true }),
  c(E, 'Q(28) = 22.20, p = .79', { error: true }),
  c(E, ' Z = -2.42, p = 0.016', { error: false }),
  c(E, 't(28) = 2.20, ns', { error: true }),
  c(E, 't(28) = 2.20, p > .05', { error: true }),
  c(E, 't(28) = 2.0, p < .05', { error: false }),
  c(E, 't(28) = 1.20, p = .03', { error: true }),
  c(E, 't(28) = 2.20, p = .30', { error: true }),
  c(E, 't(28) = 2, p = .02', { error: false }),
  c(E, 't(28) = 2, p = .14', { error: false }),
  c(E, 't(28) = 2.2, p = .03', { error: false }),
  c(E, 't(28) = 2.2, p = .04', { error: false }),
  c(E, 't(28) = 2.20, p = .036', { error: false }),
  c(E, 't(28) = 2.20, p = .037', { error: false }),
  c(E, 't(28) = 2.20, p = .018', { error: true }),
  c(E, 't(28) = 2.20, p = .01, one-tailed', { error: true }, { oneTailedTxt: true }),
  c(E, 't(28) = 2.20, p = .018, one-tailed', { error: false }, { oneTailedTxt: true }),
  c(E, 't(28) = 2.20, p = .018, one-sided', { error: false }, { oneTailedTxt: true }),
  c(E, 't(28) = 2.20, p = .018, directional', { error: false }, { oneTailedTxt: true }),
  c(E, 't(28) = 22.20, p = .000', { error: false }),
  c(E, 't(28) = 22.20, p < .000', { error: true }),
  c(E, 't(28) = 2.2, p = .036', { error: false }),
  c(E, 't(28) = 2.2, p < .08', { error: false }),
  c(E, 't(28) = 2.2, p > .02', { error: false }),
  c(E, 't(28) = 2.2, p > {upp}', { error: true }),
  c(E, 't(28) = 2.2, p < {lowp}', { error: true }),
  c(E, 't(28) = 2.2, p = .08', { error: true }),
  c(E, 't(28) = 2.2, p = .02', { error: true }),
  c(E, 't(28) = 2.2, p > .08', { error: true }),
  c(E, 't(28) = 2.2, p < .02', { error: true }),
  c(E, 't(28) < 2.20, p > {upp}', { error: false }),
  c(E, 't(28) < 2.2, p = .08', { error: false }),
  c(E, 't(28) < 2.2, p > .08', { error: false }),
  c(E, 't(28) < 2.2, p < .08', { error: false }),
  c(E, 't(28) < 2.2, p > .02', { error: false }),
  c(E, 't(28) < 2.2, p = {lowp}', { error: true }),
  c(E, 't(28) < 2.2, p < {lowp}', { error: true }),
  c(E, 't(28) < 2.2, p < .02', { error: true }),
  c(E, 't(28) < 2.2, p = .02', { error: true }),
  c(E, 't(28) > 2.20, p < {upp}', { error: false }),
  c(E, 't(28) > 2.2, p = .02', { error: false }),
  c(E, 't(28) > 2.2, p > .02', { error: false }),
  c(E, 't(28) > 2.2, p < .02', { error: false }),
  c(E, 't(28) > 2.2, p < .08', { error: false }),
  c(E, 't(28) > 2.2, p = {upp}', { error: true }),
  c(E, 't(28) > 2.2, p > {upp}', { error: true }),
  c(E, 't(28) > 2.2, p > .08', { error: true }),
  c(E, 't(28) > 2.2, p = .08', { error: true }),
  // decision errors
  c(D, 't(28) = 2.20, p = .06', { decisionError: true }),
  c(D, 'F(2, 28) = 22.20, p = .06', { decisionError: true }),
  c(D, 'F(2, 28) = 2.20, p = .03', { decisionError: true }),
  c(D, 'r(28) = .22, p = .03', { decisionError: true }),
  c(D, 'r(28) = .52, p = .06', { decisionError: true }),
  c(D, 'chi2(28) = 2.20, p = .03', { decisionError: true }),
  c(D, 'chi2(28) = 52.20, p = .06', { decisionError: true }),
  c(D, ' z = 1.20, p = .03', { decisionError: true }),
  c(D, ' z = 2.20, p = .06', { decisionError: true }),
  c(D, 'Q(28) = 2.20, p = .03', { decisionError: true }),
  c(D, 'Q(28) = 52.20, p = .06', { decisionError: true }),
  c(D, 't(28) = 2.20, p = .11', { decisionError: true }, { alpha: 0.1 }),
  c(D, 't(28) = 1.20, p = .09', { decisionError: true }, { alpha: 0.1 }),
  c(D, 't(28) = 5.20, p = .02', { decisionError: true }, { alpha: 0.01 }),
  c(D, 't(28) = 1.20, p = .005', { decisionError: true }, { alpha: 0.01 }),
  c(D, 't(28) = 2.20, p = .05', { decisionError: false }),
  c(D, 't(28) = 2.20, p = .10', { decisionError: false }, { alpha: 0.1 }),
  ...GRID.map(([sop, stat, pop, p, dec]) =>
    c(D, `t(28) ${sop} {${stat}}, p ${pop} ${p}`, dec === null ? {} : { decisionError: dec }),
  ),
  // APA factor and S3 methods: strings statcheck reads in running text
  c(A, 't(28) = 2.20, p < .05, some other p = .035', { n: 1 }),
  c(S, 'Q(28) = 22.20, p = .03', {}),
  c(S, 'chi2(28) = 22.20, p = .77', {}),
];
