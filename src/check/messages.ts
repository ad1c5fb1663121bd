/**
 * Every word `naskah check` shows, in Bahasa Indonesia and English, as named functions
 * so that tests can assert exact text. Numbers are written in the report language's
 * style (decimal comma in Indonesian).
 */
import type { CheckId, Lang, ShareTotalSource, Verdict } from './types.ts';

export interface Messages {
  lang: Lang;
  // --- numbers
  num(x: number, digits?: number): string;
  range(lo: number, hi: number, digits?: number): string;
  pRange(lo: number, hi: number): string;
  // --- report frame
  verdict(v: Verdict): string;
  checkName(c: CheckId): string;
  header(file: string, alpha: number): string;
  where(line: number, page?: number): string;
  reportedLabel: string;
  /** "CI" / "IK": the interval's abbreviation in reported values. */
  ciName: string;
  /** "10 items" / "10 butir". */
  items(n: number): string;
  recomputedLabel: string;
  summary(counts: {
    consistent: number;
    inconsistent: number;
    decisionError: number;
    notCheckable: number;
    reportingIssue: number;
  }): string;
  nothingFound: string;
  // --- HTML report
  htmlTitle(file: string): string;
  htmlFlagged: string;
  htmlTextHeading: string;
  htmlWhy: string;
  htmlConsistentHidden(n: number): string;
  // --- p-value
  /** `tails` null for F and χ², whose p is the upper tail. */
  pRecomputed(lo: number, hi: number, tails: 'two' | 'one' | null, stat: string): string;
  pConsistent(): string;
  pConsistentOneTailedStated(): string;
  /** Inconsistent as two-tailed, would fit as one-tailed, but the text never says one-tailed. */
  pOnlyOneTailedUnstated(): string;
  pInconsistent(): string;
  pDecisionError(alpha: number, side: 'significant' | 'not-significant'): string;
  pZero(): string;
  pZeroAlso(): string;
  pNoDf(stat: string): string;
  /** r's bracket is the stated sample size n, and p agrees with df = n − 2. */
  pRBracketIsSampleSize(n: number, df: number, stat: string): string;
  /** A t printed without df: the p range over every df ≥ 1 (`stat` without df). */
  pRecomputedAnyDf(lo: number, hi: number, tails: 'two' | 'one', stat: string): string;
  /** The upper-tail p of a χ² printed without df, over every df ≥ 1. */
  pRecomputedAnyDfUpperTail(lo: number, hi: number, stat: string): string;
  /** An F(1, ?) whose error df is not printed: its p over every error df ≥ 1. */
  pRecomputedAnyErrorDf(lo: number, hi: number, stat: string): string;
  pInconsistentAnyErrorDf(): string;
  /** A χ² printed without df inside a 2 × 2 block of a table, checked at 1 df. */
  pDfFromTwoByTwo(): string;
  pDecisionErrorAnyErrorDf(alpha: number, side: 'significant' | 'not-significant'): string;
  /** A t printed without df whose p no df (≥ 1) can give. */
  pInconsistentAnyDf(stat: string): string;
  pRWithoutDfBelowSample(stat: string, n: number): string;
  /** An r without df whose p fits the text's sample only as a one-tailed p, which the text does not state. */
  pRWithoutDfOnlyOneTailed(stat: string, n: number): string;
  pDecisionErrorAnyDf(stat: string, alpha: number, side: 'significant' | 'not-significant'): string;
  pAboveOne(): string;
  rOutOfRange(): string;
  /** `p < .000`, `p < 0`. */
  pBelowZero(): string;
  /** `ns` in place of a p-value. */
  pNs(alpha: number): string;
  noneRecomputed: string;
  // --- percentages
  pctRecomputed(count: number, total: number, pct: number): string;
  pctTotalSource(source: ShareTotalSource, total: number): string;
  pctConsistent(decimals: number): string;
  pctInconsistent(decimals: number): string;
  pctNoTotal(): string;
  pctTotalRange(lo: number, hi: number): string;
  pctNoTotalFits(count: number, pct: string): string;
  /** A list whose shares add up to less than 100 and fit a larger total than the sum of its counts. */
  pctPartialList(sum: number, total: number): string;
  /** A row of shares analysed with fewer cases than its groups' sizes, its own totals not printed. */
  pctFewerCases(size: number): string;
  /** Shares the text says are weighted (survey weights, complex samples): not recomputable from counts. */
  pctWeighted(cue: string): string;
  pctRowConsistent(cells: number): string;
  /** A percentage printed without its count, of a sample size stated in the sentence or the paragraph. */
  pctShareRecomputed(fits: [number, number][], n: number, where: 'sentence' | 'paragraph'): string;
  pctShareConsistent(n: number, decimals: number): string;
  pctShareInconsistent(n: number, decimals: number): string;
  pctRowInconsistent(bad: string[]): string;
  /** Most shares read against one total (or, `total` null, against their rows' own totals) disagree: a misread, not checked. */
  pctDoubtfulTotal(bad: number, all: number, total: number | null): string;
  // --- totals
  sumRecomputed(sum: number, digits: number): string;
  totalConsistent(kind: 'count' | 'percent', hundred?: boolean): string;
  totalInconsistent(kind: 'count' | 'percent', sum: string, total: string): string;
  totalNot100(total: string): string;
  rowTotalConsistent(): string;
  rowTotalInconsistent(sum: string, total: string): string;
  /** A variable's counts added up column by column, beside what the table's other variables add up to. */
  variableSumsRecomputed(sums: number[], common: number[]): string;
  variableSumsInconsistent(sums: number[], common: number[], agreeing: number): string;
  /** A variable's categories counting more people in a column than its group size. */
  blockOverSizeRecomputed(sum: number, size: number): string;
  blockOverSizeInconsistent(sum: number, size: number): string;
  cumConsistent(): string;
  cumInconsistent(row: string, expected: string, reported: string): string;
  // --- standard error
  seRecomputed(lo: number, hi: number): string;
  seConsistent(): string;
  seInconsistent(): string;
  tMeanRecomputed(lo: number, hi: number, basis: 'sd' | 'se'): string;
  tMeanConsistent(): string;
  tMeanInconsistent(): string;
  /** Two-sample t from two groups' means and SDs: the range, for the printed sizes or over every split of n. */
  tTwoGroupsRecomputed(lo: number, hi: number, sizes: [number, number] | null, total: number): string;
  tTwoGroupsConsistent(): string;
  tTwoGroupsInconsistent(): string;
  tTwoGroupsNoSizes(): string;
  /** A p beside two groups' means and SDs, no t printed, under notes naming t tests. */
  summaryPRecomputed(lo: number, hi: number, n1: number, n2: number): string;
  summaryPConsistent(): string;
  summaryPInconsistent(): string;
  /** A p per column under group rows of n and mean (SD), the test (t or ANOVA) named on its row. */
  summaryTestRecomputed(test: 't' | 'anova', lo: number, hi: number, sizes: number[]): string;
  summaryTestConsistent(test: 't' | 'anova'): string;
  summaryTestInconsistent(test: 't' | 'anova'): string;
  summaryTestNotCheckable(reason: 'sizes' | 'groups'): string;
  /** A p beside a two-group table's counts (2 × 2), no statistic printed: Pearson's χ², Yates' and Fisher's exact p. */
  countRowPRecomputed(table: [number, number][], pearson: number, yates: number, fisher: number): string;
  countRowPConsistent(): string;
  countRowPNear(): string;
  countRowPInconsistent(): string;
  countRowPDecisionError(alpha: number, side: 'significant' | 'not-significant'): string;
  /** A printed χ² whose block's counts give another χ², with p on the other side of α. */
  countsChiSquareRecomputed(table: number[][], chi: number, df: number, p: number): string;
  countsChiSquareDecisionError(alpha: number, side: 'significant' | 'not-significant'): string;
  /** The p of a paired t from a printed mean difference, SD of the differences and n. */
  pairedDiffPRecomputed(lo: number, hi: number, n: number): string;
  pairedDiffPConsistent(): string;
  pairedDiffPInconsistent(): string;
  pairedDiffCiRecomputed(lower: [number, number], upper: [number, number], n: number): string;
  pairedDiffCiConsistent(): string;
  pairedDiffCiInconsistent(): string;
  waldRecomputed(lo: number, hi: number): string;
  waldConsistent(): string;
  waldInconsistent(): string;
  // --- confidence interval
  ciCentre(family: 'ratio' | 'mean', lo: number, hi: number): string;
  ciInsideOnly(): string;
  ciExactInterval(): string;
  ciNotWaldTable(): string;
  ciZeroCell(): string;
  ciCentredWhenCut(): string;
  ciConsistent(family: 'ratio' | 'mean' | 'other'): string;
  ciOutside(label: string): string;
  ciOtherSideOfZero(label: string): string;
  ciNotSymmetric(family: 'ratio' | 'mean', label: string): string;
  ciWidth(expected: string): string;
  ciExpB(expected: string): string;
  ciPRecomputed(lo: number, hi: number): string;
  ciPSide(excludes: boolean, nullValue: number): string;
  ciPConsistent(): string;
  /** A ratio's p within a factor of two of the Wald p its interval implies. */
  ciPNearWald(): string;
  ciPNearWaldZ(): string;
  /** An adjusted ratio's p off the Wald p of its interval beyond rounding. */
  ciPAdjustedRatio(): string;
  pTableFloor(floor: string): string;
  pAdjusted(): string;
  ciPAdjusted(): string;
  /** The sentence says the p is a χ² or Fisher exact test's, above the interval's Wald p. */
  ciPOtherTest(): string;
  /** A crude odds ratio recomputed from its row's two counts and its reference row's. */
  crudeRatioRecomputed(expected: number): string;
  crudeRatioNotFromCounts(): string;
  ciPInconsistent(): string;
  ciPDecisionError(excludes: boolean, alpha: number, nullValue: number): string;
  // --- GRIM
  grimRecomputed(n: number, granularity: number, lower: number, upper: number, decimals: number): string;
  grimConsistent(n: number, items: number | null, evidence: string): string;
  grimInconsistent(n: number, items: number | null, evidence: string): string;
  grimNotInteger(n: number): string;
  grimItemsUnknown(n: number): string;
  // --- repeated values
  repeatedRecomputed(lines: number[]): string;
  repeatedConsistent(count: number): string;
  repeatedInconsistent(what: string, values: string[]): string;
  truncatedRestatementRecomputed(precise: string, rounded: string): string;
  truncatedRestatement(printed: string, precise: string): string;
  restatedRowShareRecomputed(label: string, count: number, pct: string): string;
  restatedRowShare(printed: string, pct: string): string;
  /** A table cell's count retold in prose with another share, recomputed over the cell's total. */
  restatedCountShareRecomputed(count: number, total: number, pct: number): string;
  restatedCountShare(printed: string, count: number, cellPct: string): string;
  /** A regression coefficient restated after its table with another value. */
  restatedCoefficientRecomputed(predictor: string, b: string): string;
  restatedCoefficient(printed: string, predictor: string, b: string): string;
  /** A group's mean told twice (prose and table) with two values, the other group's mean agreeing. */
  restatedGroupMeanRecomputed(group: string, other: string): string;
  restatedGroupMean(printed: string, group: string, other: string): string;
  // --- conclusions
  conclusionRecomputed(p: string, alpha: string, significant: boolean): string;
  /** The same for a p given as a bound (`> .05`). */
  conclusionRecomputedBound(p: string, alpha: string, significant: boolean): string;
  conclusionConsistent(): string;
  conclusionContradicts(decision: string, significant: boolean): string;
  /** A p compared with a level by a sign that is false of the printed numbers. */
  comparisonRecomputed(p: string, level: string, below: boolean): string;
  comparisonFalse(): string;
  /** A decision from a statistic against its critical value. */
  criticalRecomputed(stat: string, critical: string, significant: boolean): string;
  /** A rank statistic (U), significant at or below its critical value. */
  criticalRecomputedLower(stat: string, critical: string, significant: boolean): string;
  conclusionConsistentCritical(): string;
  /** A decision from an F or χ² against a critical value stated with its level and df. */
  criticalDfRecomputed(test: string, stat: string, p: string, alpha: number, critical: string, stated: string): string;
  criticalDfConsistent(): string;
  criticalDfContradicts(decision: string, significant: boolean, wrongCritical: boolean): string;
  criticalDfStraddles(): string;
  /** A reliability coefficient against the threshold the text names. */
  reliabilityRecomputed(coefficient: string, threshold: string, reliable: boolean): string;
  reliabilityConsistent(): string;
  reliabilityContradicts(decision: string, reliable: boolean): string;
  /** VIF or tolerance against the threshold the text names. */
  collinearityRecomputed(statistic: string, threshold: string, vif: boolean, present: boolean): string;
  collinearityConsistent(): string;
  collinearityContradicts(decision: string, present: boolean): string;
  conclusionContradictsCritical(decision: string, significant: boolean): string;
  criticalDirectionUnknown(): string;
  // --- descriptives
  descRange(lo: string, hi: string): string;
  descMeanOutside(): string;
  descMaxBelowMin(): string;
  descMeanInside(): string;
  listedSumRecomputed(sum: number, digits: number): string;
  /** The shares of one statement's answers (Likert codes), added up. */
  answerSharesSum(sum: number, digits: number): string;
  answerSharesWhole(): string;
  answerSharesNotWhole(sum: number, digits: number): string;
  listedMeanRecomputed(lo: number, hi: number): string;
  listedMeanConsistent(): string;
  listedMeanInconsistent(reported: string): string;
  descSdMax(max: number, n: number | null): string;
  descSdTooLarge(): string;
  descSdPossible(): string;
}

function fmt(x: number, digits: number, decimal: '.' | ','): string {
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  const s = Math.abs(x).toFixed(digits);
  const out = decimal === ',' ? s.replace('.', ',') : s;
  return x < 0 && Number(s) !== 0 ? `−${out}` : out;
}

/** A p-value readably: four decimals, or two significant digits in powers of ten when smaller. */
function fmtP(x: number, decimal: '.' | ','): string {
  if (x >= 0.0001 || x === 0) return fmt(x, 4, decimal);
  const exp = Math.floor(Math.log10(x));
  const mant = x / 10 ** exp;
  return `${fmt(mant, 1, decimal)} × 10^${exp}`;
}

function digitsFor(x: number): number {
  const a = Math.abs(x);
  if (a === 0) return 2;
  if (a >= 100) return 2;
  if (a >= 1) return 3;
  return Math.min(6, 2 - Math.floor(Math.log10(a)) + 1);
}

const en: Messages = {
  lang: 'en',
  num: (x, digits) => fmt(x, digits ?? digitsFor(x), '.'),
  range(lo, hi, digits) {
    const d = digits ?? Math.max(digitsFor(lo), digitsFor(hi));
    return `[${fmt(lo, d, '.')}, ${fmt(hi, d, '.')}]`;
  },
  pRange(lo, hi) {
    const a = fmtP(lo, '.');
    const b = fmtP(hi, '.');
    return a === b ? a : `${a} to ${b}`;
  },
  verdict: (v) =>
    ({
      consistent: 'consistent',
      inconsistent: 'INCONSISTENT',
      'decision-error': 'DECISION ERROR',
      'not-checkable': 'not checkable',
      'reporting-issue': 'reporting issue',
    })[v],
  checkName: (c) =>
    ({
      'p-value': 'p-value',
      percentages: 'percentage',
      totals: 'total',
      'standard-error': 'standard error',
      conclusion: 'conclusion',
      descriptives: 'descriptives',
      'confidence-interval': 'confidence interval',
      grim: 'GRIM',
      'repeated-values': 'repeated value',
    })[c],
  header: (file, alpha) => `naskah check: ${file} (English, α = ${fmt(alpha, alpha < 0.01 ? 3 : 2, '.')})`,
  where: (line, page) => (page !== undefined ? `page ${page}, line ${line}` : `line ${line}`),
  reportedLabel: 'reported',
  ciName: 'CI',
  items: (n) => `${n} item${n === 1 ? '' : 's'}`,
  recomputedLabel: 'recomputed',
  summary: (c) =>
    `Summary: ${c.consistent} consistent, ${c.inconsistent} inconsistent, ${c.decisionError} decision error${c.decisionError === 1 ? '' : 's'}, ${c.notCheckable} not checkable, ${c.reportingIssue} reporting issue${c.reportingIssue === 1 ? '' : 's'}.`,
  nothingFound: 'No reported statistics were found to check.',
  htmlTitle: (file) => `naskah check: ${file}`,
  htmlFlagged: 'Findings to look at',
  htmlTextHeading: 'The text, with every finding marked in place',
  htmlWhy: 'why',
  htmlConsistentHidden: (n) => `${n} consistent result${n === 1 ? '' : 's'} marked in green in the text.`,
  pRecomputed: (lo, hi, tails, stat) =>
    `p = ${en.pRange(lo, hi)}${tails ? ` (${tails === 'two' ? 'two-tailed' : 'one-tailed'})` : ''} for ${stat}`,
  pConsistent: () => 'The reported p matches the test statistic and its degrees of freedom.',
  pConsistentOneTailedStated: () => 'The reported p matches the test statistic as a one-tailed p, as the text states.',
  pOnlyOneTailedUnstated: () =>
    'The reported p does not match as a two-tailed p; it would match only as a one-tailed p (half the two-tailed p), but the text does not say the test was one-tailed or directional.',
  pInconsistent: () => 'The reported p does not match the test statistic and its degrees of freedom.',
  pDecisionError: (alpha, side) =>
    `The reported p does not match the test statistic, and the recomputed p is ${side === 'significant' ? 'below' : 'above'} α = ${fmt(alpha, 2, '.')}: the conclusion about significance changes.`,
  pZero: () => 'p is printed as .000, but a p-value is never zero: report p < .001.',
  pZeroAlso: () => 'Also, p is printed as .000: report p < .001.',
  pNoDf: (stat) => `The degrees of freedom of ${stat} are not reported, so p cannot be recomputed.`,
  pRBracketIsSampleSize: (n, df, stat) =>
    `The number in brackets after r is the sample size the text states (${n}), not the degrees of freedom: with df = n − 2 = ${df}, ${stat} gives the reported p. Report r(${df}).`,
  pRecomputedAnyDf: (lo, hi, tails, stat) =>
    `p = ${en.pRange(lo, hi)} (${tails === 'two' ? 'two-tailed' : 'one-tailed'}) for ${stat} at any df from 1 to infinity`,
  pRecomputedAnyDfUpperTail: (lo, hi, stat) => `p = ${en.pRange(lo, hi)} for ${stat} at any df from 1 to infinity`,
  pRecomputedAnyErrorDf: (lo, hi, stat) => `p = ${en.pRange(lo, hi)} for ${stat} at any error df from 1 to infinity`,
  pDfFromTwoByTwo: () => 'Its df are not printed: a χ² of a 2 × 2 table has 1 df.',
  pInconsistentAnyErrorDf: () =>
    'The error degrees of freedom of F are not reported, but no error df (1 or more) makes the reported p fit the statistic.',
  pDecisionErrorAnyErrorDf: (alpha, side) =>
    `The error degrees of freedom of F are not reported, but no error df (1 or more) makes the reported p fit the statistic, and at every error df the recomputed p is ${side === 'significant' ? 'below' : 'above'} α = ${fmt(alpha, 2, '.')}: the conclusion about significance changes.`,
  pInconsistentAnyDf: (stat) =>
    `The degrees of freedom of ${stat} are not reported, but no df (1 or more) makes the reported p fit the statistic.`,
  pRWithoutDfBelowSample: (stat, n) =>
    `The sample size of ${stat} is not reported, but no sample up to the largest the text states (${n}) gives the reported p, two-tailed or one-tailed: it would need more people than the study had.`,
  pRWithoutDfOnlyOneTailed: (stat, n) =>
    `The sample size of ${stat} is not reported, but no sample up to the largest the text states (${n}) gives the reported p as a two-tailed p; it would fit only as a one-tailed p (half the two-tailed p), and the text does not say the test was one-tailed or directional.`,
  pDecisionErrorAnyDf: (stat, alpha, side) =>
    `The degrees of freedom of ${stat} are not reported, but no df (1 or more) makes the reported p fit the statistic, and at every df the recomputed p is ${side === 'significant' ? 'below' : 'above'} α = ${fmt(alpha, 2, '.')}: the conclusion about significance changes.`,
  pAboveOne: () => 'A p-value cannot be greater than 1.',
  rOutOfRange: () => 'A correlation must lie between −1 and 1: the reported value is impossible.',
  pBelowZero: () => 'A p-value cannot be below 0: p < .000 is impossible (report p < .001).',
  pNs: (alpha) => `ns (p > ${fmt(alpha, 2, '.')})`,
  noneRecomputed: '—',
  pctRecomputed: (count, total, pct) => `${count}/${total} = ${fmt(pct, 2, '.')}%`,
  pctTotalSource: (source, total) =>
    ({
      stated: `of the stated total ${total}`,
      own: `of the total ${total} printed with it`,
      inferred: `of ${total}, the sum of the counts (the percentages add up to 100%)`,
      table: `of the table's total ${total}`,
      row: `of the row total ${total}`,
      rowSum: `of ${total}, the sum of the row (its percentages add up to 100%)`,
      rowImplied: `of ${total}, the total the row's other shares give (its percentages add up to 100%; its counts do not)`,
      rowSumInTable: `of ${total}, the sum of the row (a row of a table of row percentages, whose other rows add up to 100%)`,
      column: `of its column's group size n = ${total} in the table header`,
      blockColumn: `of ${total}, the group size the counts of every block of its column add up to`,
      category: `of ${total}, the count of its row's category printed before it`,
      rowCounts: `of ${total}, the sum of the row's counts (which the table's χ² confirms)`,
      sibling: `of ${total}, the sum of this list's counts and of another list's in its paragraph (whose percentages add up to 100%)`,
    })[source],
  pctConsistent: (d) =>
    `The percentage matches the count and the total (rounded to ${d} decimal${d === 1 ? '' : 's'}).`,
  pctInconsistent: (d) =>
    `The percentage does not match the count and the total, even allowing for rounding to ${d} decimal${d === 1 ? '' : 's'}.`,
  pctNoTotal: () =>
    'The total these percentages refer to is not stated, and it cannot be inferred (they do not add up to 100%).',
  pctTotalRange: (lo, hi) => `the total would have to lie between ${fmt(lo, 2, '.')} and ${fmt(hi, 2, '.')}`,
  pctNoTotalFits: (count, pct) => `No whole-number total gives ${pct}% for a count of ${count}, whatever the total is.`,
  pctWeighted: (cue) =>
    `The text says its shares are weighted ("${cue}"): a weighted percentage is not the count over the total, so it cannot be recomputed from the printed counts.`,
  pctFewerCases: (size) =>
    `The row was analysed with fewer cases than its group's ${size} (one of its shares needs a smaller total), and the totals it was analysed with are not printed.`,
  pctPartialList: (sum, total) =>
    `The percentages add up to less than 100% and all fit a total of ${total}, larger than the sum of their counts (${sum}): the list may leave a category out, so its total is not known.`,
  pctShareRecomputed: (fits, n, where) =>
    `${fits.map(([k, p]) => `${k}/${n} = ${fmt(p, 2, '.')}%`).join(', ')} (${where === 'sentence' ? `of the ${n} named in the sentence` : `of the sample size ${n} stated in the text`})`,
  pctShareConsistent: (n, d) =>
    `The percentage is a whole number out of ${n} (rounded to ${d} decimal${d === 1 ? '' : 's'}), although its count is not printed.`,
  pctShareInconsistent: (n, d) =>
    `No whole number out of ${n} gives this percentage, even allowing for rounding to ${d} decimal${d === 1 ? '' : 's'}; the nearest are shown.`,
  pctRowConsistent: (cells) =>
    `The ${cells === 1 ? 'percentage matches its count' : `${cells} percentages match their counts`} and the total.`,
  pctRowInconsistent: (bad) =>
    `These percentages do not match their counts and the total, even allowing for rounding: ${bad.join('; ')}.`,
  pctDoubtfulTotal: (bad, all, total) =>
    total === null
      ? `${bad} of the ${all} rows of this table disagree with their own totals: the counts and percentages were probably not read from the right columns, so the table's shares are not checked.`
      : `${bad} of the ${all} percentages read against the total ${total} disagree with it: that total (or the table's layout) was probably misread, so these percentages are not checked.`,
  sumRecomputed: (sum, digits) => `sum of the rows = ${fmt(sum, digits, '.')}`,
  totalConsistent: (kind, hundred) =>
    kind === 'count'
      ? 'The rows add up to the total row.'
      : `The percentages add up to the total row (allowing for rounding)${hundred ? ', which is 100%' : ''}.`,
  totalInconsistent: (kind, sum, total) =>
    kind === 'count'
      ? `The rows add up to ${sum}, but the total row says ${total}.`
      : `The percentages add up to ${sum}, but the total row says ${total} (more than rounding can explain).`,
  totalNot100: (total) => `The percentages of the whole table should total 100%, but the total row says ${total}.`,
  rowTotalConsistent: () => 'The cells of the row add up to its total.',
  rowTotalInconsistent: (sum, total) => `The cells of the row add up to ${sum}, but its total column says ${total}.`,
  variableSumsRecomputed: (sums, common) =>
    `column sums of this variable = ${sums.join(', ')}; of the table's other variables = ${common.join(', ')}`,
  variableSumsInconsistent: (sums, common, agreeing) => {
    const n = common.reduce((a, b) => a + b, 0);
    return `Each variable counts every person once, so its categories add up to the same number in each column. This variable's counts add up to ${sums.join(', ')} (${n} in all), those of ${agreeing} other variables to ${common.join(', ')} (also ${n}): the same ${n} people cannot be split between the columns in two ways, so some of these counts are wrong.`;
  },
  blockOverSizeRecomputed: (sum, size) =>
    `sum of this variable's counts in the column = ${sum}; group size N = ${size}`,
  blockOverSizeInconsistent: (sum, size) =>
    `The categories of this variable (their percentages add up to 100% in this column, so each person is in one) count ${sum} people, more than the column's group size N = ${size}: some of these counts are wrong.`,
  cumConsistent: () => 'The cumulative percentages match the running sum of the percentages.',
  cumInconsistent: (row, expected, reported) =>
    `The cumulative percentage in row "${row}" should be ${expected}, not ${reported}.`,
  seRecomputed: (lo, hi) => `SD/√n = ${en.range(lo, hi, 4)}`,
  seConsistent: () => 'The standard error matches SD/√n.',
  seInconsistent: () => 'The standard error does not match SD/√n, even allowing for rounding.',
  tMeanRecomputed: (lo, hi, basis) => `t = ${basis === 'sd' ? 'mean/(SD/√n)' : 'mean/SE'} = ${en.range(lo, hi, 3)}`,
  tMeanConsistent: () => 'The t statistic matches the mean difference, its SD (or SE) and n.',
  tMeanInconsistent: () =>
    'The t statistic does not match the mean difference, its SD (or SE) and n, even allowing for rounding.',
  tTwoGroupsRecomputed: (lo, hi, sizes, total) =>
    `|M₁ − M₂| / SE (Student's pooled or Welch's) = ${en.range(lo, hi, 3)} ${sizes ? `for n = ${sizes[0]} and ${sizes[1]}` : `over every split of ${fmt(total, 0, '.')} into two groups`}`,
  tTwoGroupsConsistent: () =>
    "The t statistic matches the two groups' means, SDs and sizes (Student's pooled or Welch's t), allowing for rounding.",
  tTwoGroupsInconsistent: () =>
    "The t statistic does not match the two groups' means, SDs and sizes, by Student's pooled t or by Welch's t, even allowing for rounding.",
  tTwoGroupsNoSizes: () =>
    'The group sizes are not printed, and the t lies within what the splits of the sample into two groups give, so it cannot be checked.',
  summaryPRecomputed: (lo, hi, n1, n2) =>
    `p of Student's or Welch's t from the means and SDs = ${en.range(lo, hi, 4)} (two-tailed) for n = ${n1} and ${n2}`,
  summaryPConsistent: () =>
    "The p matches a t test of the two groups' means, SDs and sizes (Student's pooled or Welch's t), allowing for rounding.",
  summaryPInconsistent: () =>
    "The p does not match a t test of the two groups' means, SDs and sizes, by Student's pooled t or by Welch's t, even allowing for rounding.",
  summaryTestRecomputed: (test, lo, hi, sizes) =>
    `p of ${test === 't' ? "Student's or Welch's t" : 'one-way ANOVA F'} from the means and SDs = ${en.pRange(lo, hi)} for n = ${sizes.join(', ')}`,
  summaryTestConsistent: (test) =>
    `The p matches ${test === 't' ? "a t test (Student's pooled or Welch's)" : 'a one-way ANOVA'} of the groups' means, SDs and sizes in its column, allowing for rounding.`,
  summaryTestInconsistent: (test) =>
    `The p does not match ${test === 't' ? "a t test (Student's pooled or Welch's)" : 'a one-way ANOVA'} of the groups' means, SDs and sizes in its column, even allowing for rounding.`,
  summaryTestNotCheckable: (reason) =>
    reason === 'sizes'
      ? "The rows' sizes do not add up to a set of groups (a total of another size, or a row the size of the others together), so which groups were compared is not known."
      : 'A t test compares two groups, but the rows above its p are more than two, so which groups were compared is not known.',
  countRowPRecomputed: (table, pearson, yates, fisher) =>
    `counts ${table.map((r) => r.join(' : ')).join(' / ')}: p of Pearson's χ²(1) = ${fmtP(pearson, '.')}, with Yates' correction = ${fmtP(yates, '.')}, Fisher's exact = ${fmtP(fisher, '.')}`,
  countRowPConsistent: () =>
    "The p matches a test of the two groups' printed counts (Pearson's χ², Yates' corrected χ² or Fisher's exact test).",
  countRowPNear: () =>
    "The p matches no test of the two groups' printed counts, but lies within a factor of two of one; the table does not name its test, so it is not judged.",
  countRowPInconsistent: () =>
    "The p matches no test of the two groups' printed counts (Pearson's χ², Yates' corrected χ², Fisher's exact test), not even within a factor of two.",
  countRowPDecisionError: (alpha, side) =>
    `The p matches no test of the two groups' printed counts (Pearson's χ², Yates' corrected χ², Fisher's exact test), and all three put p ${side === 'significant' ? 'below' : 'above'} α = ${fmt(alpha, 2, '.')}: the conclusion about significance changes.`,
  countsChiSquareRecomputed: (table, chi, df, p) =>
    `counts ${table.map((r) => r.join(' : ')).join(' / ')}: Pearson's χ²(${df}) = ${fmt(chi, 3, '.')}, p = ${fmtP(p, '.')}`,
  countsChiSquareDecisionError: (alpha, side) =>
    `The printed χ² and p agree with each other, but not with the block's printed counts, whose χ² puts p ${side === 'significant' ? 'below' : 'above'} α = ${fmt(alpha, 2, '.')}: either the counts or the test is misprinted, and the conclusion about significance depends on which.`,
  pairedDiffPRecomputed: (lo, hi, n) =>
    `p = ${en.pRange(lo, hi)} (two-tailed) for the paired t = difference/(SD/√n), n = ${n} (df ${n - 1})`,
  pairedDiffPConsistent: () =>
    'The p matches a paired t test of the mean difference and the SD of the differences, allowing for rounding.',
  pairedDiffPInconsistent: () =>
    'The p does not match a paired t test of the mean difference and the SD of the differences, even allowing for rounding.',
  pairedDiffCiRecomputed: (lower, upper, n) =>
    `difference ± t(.975, ${n - 1})·SD/√n: lower bound ${en.range(lower[0], lower[1], 2)}, upper bound ${en.range(upper[0], upper[1], 2)} (n = ${n})`,
  pairedDiffCiConsistent: () =>
    'The interval matches the mean difference ± t·SD/√n of the differences, allowing for rounding.',
  pairedDiffCiInconsistent: () =>
    'The interval does not match the mean difference ± t·SD/√n of the differences, even allowing for rounding.',
  waldRecomputed: (lo, hi) => `Wald = (B/SE)² = ${en.range(lo, hi, 3)}`,
  waldConsistent: () => 'The Wald statistic matches (B/SE)².',
  waldInconsistent: () => 'The Wald statistic does not match (B/SE)², even allowing for rounding.',
  ciCentre: (family, lo, hi) =>
    family === 'ratio'
      ? `centre on the log scale √(lower·upper) = ${en.range(lo, hi)}`
      : `centre (lower + upper)/2 = ${en.range(lo, hi)}`,
  ciInsideOnly: () => 'estimate inside its interval',
  ciNotWaldTable: () =>
    'The ratio lies inside its interval; most intervals of this table are not centred on their ratio on the log scale, so the table prints no Wald intervals (profile likelihood, exact or bootstrap): their symmetry and a Wald p are not checked.',
  ciZeroCell: () =>
    'The interval is not centred on its ratio on the log scale, but the variable has a category with a count of 0: no Wald interval is finite then, so the interval comes from another method (exact, penalised or corrected) and its symmetry and a Wald p cannot be checked.',
  ciCentredWhenCut: () =>
    'The ratio lies inside its interval, at its centre on the log scale once the printed numbers are read as cut after their last digit rather than rounded (1.699 printed 1.69).',
  ciExactInterval: () =>
    'The ratio lies inside its interval; an exact or paired interval (McNemar, matched pairs) need not be symmetric on the log scale, and implies no Wald p.',
  ciConsistent: (family) =>
    family === 'ratio'
      ? 'The ratio lies inside its confidence interval, at its centre on the log scale.'
      : family === 'mean'
        ? 'The estimate lies at the centre of its confidence interval.'
        : 'The estimate lies inside its confidence interval.',
  ciOutside: (label) => `${label} lies outside its own confidence interval.`,
  ciOtherSideOfZero: (label) =>
    `The interval lies wholly on the other side of zero from ${label}: it is the interval of a difference printed beside ${label}, not ${label}'s own, and is not checked against it.`,
  ciNotSymmetric: (family, label) =>
    family === 'ratio'
      ? `The interval is not symmetric around ${label} on the log scale, as a Wald interval of a ratio is.`
      : `The interval is not centred on ${label}, as a t- or z-based interval is.`,
  ciWidth: (expected) => `The interval's half-width should be t(crit)·SE = ${expected}.`,
  ciExpB: (expected) => `Exp(B) should be e^B = ${expected}.`,
  ciPRecomputed: (lo, hi) => `p from the interval (Wald) = ${en.pRange(lo, hi)}`,
  ciPSide: (excludes, nullValue) => `the interval ${excludes ? 'excludes' : 'includes'} ${nullValue}`,
  ciPConsistent: () => 'The reported p agrees with the confidence interval.',
  ciPNearWald: () =>
    'The reported p is within a factor of two of the p the interval implies (Wald); a p from another test of the same data (χ², likelihood ratio, exact) can differ that much.',
  ciPNearWaldZ: () =>
    'The reported p is within 15% of the z the interval implies (Wald); a p from another test of the same data (χ², likelihood ratio) can differ that much when it is small.',
  ciPInconsistent: () => 'The reported p does not agree with the confidence interval, even allowing for rounding.',
  ciPAdjustedRatio: () =>
    "The reported p does not agree with the Wald p the interval implies, even allowing for rounding; an adjusted ratio's p and interval come from the same regression model's Wald test, so no other test of the data explains the difference.",
  pTableFloor: (floor) =>
    `The table prints p as ${floor}, the smallest value its precision shows, and the statistic or interval beside it implies a smaller p: most likely "< ${floor}" whose sign was lost, so p cannot be checked.`,
  pAdjusted: () =>
    'The text names an adjustment for multiple comparisons, and the reported p is above the p of the statistic: an adjusted p cannot be recomputed from the statistic alone.',
  ciPAdjusted: () =>
    'The text names an adjustment for multiple comparisons, and the reported p is above the p of its interval: an adjusted p cannot be recomputed from an unadjusted interval.',
  ciPOtherTest: () =>
    "The sentence says the p comes from a chi-square or Fisher's exact test of the table, which may lie above the p of the ratio's Wald interval: it cannot be recomputed from the interval.",
  crudeRatioRecomputed: (expected) =>
    `crude odds ratio from the row's counts against its reference row's = ${en.num(expected, 3)}`,
  crudeRatioNotFromCounts: () =>
    "The crude ratio does not follow from the row's counts: its odds over the reference row's odds, taken the way the table's other rows take them, give another value.",
  ciPDecisionError: (excludes, alpha, nullValue) =>
    `The interval ${excludes ? 'excludes' : 'includes'} ${nullValue}, so p should be ${excludes ? 'below' : 'above'} α = ${fmt(alpha, 2, '.')}; the reported p says otherwise.`,
  grimRecomputed: (n, g, lower, upper, decimals) =>
    `possible means with n·items = ${n}: multiples of 1/${n} (${fmt(g, 4, '.')}); nearest ${fmt(lower, decimals + 2, '.')} and ${fmt(upper, decimals + 2, '.')}`,
  grimConsistent: (n, items, evidence) =>
    `The mean is possible for integer data (${evidence}) with n = ${n}${items ? ` and ${items} items` : ''}.`,
  grimInconsistent: (n, items, evidence) =>
    `The mean is impossible for integer data (${evidence}) with n = ${n}${items ? ` and ${items} items` : ''}: no whole-number total gives it.`,
  grimNotInteger: (n) =>
    `This mean would be impossible for integer data with n = ${n}, but the text does not say the data are whole numbers (scores, counts).`,
  grimItemsUnknown: (n) =>
    `This mean would be impossible for one whole number per person with n = ${n}, but it may be a mean over several items whose number is not stated.`,
  repeatedRecomputed: (lines) => `also reported at line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}`,
  repeatedConsistent: (count) => `The same result is reported ${count} times with compatible values.`,
  repeatedInconsistent: (what, values) =>
    `The same result is reported with different values of ${what}: ${values.join(' vs ')}.`,
  truncatedRestatementRecomputed: (precise, rounded) => `${precise} rounds to ${rounded}`,
  truncatedRestatement: (printed, precise) =>
    `The result computed as ${precise} is restated as ${printed}: its digits were cut, not rounded.`,
  restatedRowShareRecomputed: (label, count, pct) => `the table gives "${label}": ${count} (${pct}%)`,
  restatedRowShare: (printed, pct) =>
    `The text retells the table's row with ${printed}%, but the table gives ${pct}%, and ${printed} is no share of the table.`,
  restatedCountShareRecomputed: (count, total, pct) =>
    `${count}/${total} = ${fmt(pct, 2, '.')}% of ${total}, the total of the table's cell with this count`,
  restatedCountShare: (printed, count, cellPct) =>
    `The text retells the table's cell ${count} (${cellPct}%) with ${printed}%, which does not match the count and that cell's total.`,
  restatedCoefficientRecomputed: (predictor, b) => `the coefficients table gives ${predictor}: B = ${b}`,
  restatedGroupMeanRecomputed: (group, other) => `also reported: mean of the ${group} group = ${other}`,
  restatedGroupMean: (printed, group, other) =>
    `The mean of the ${group} group is reported as ${printed} here and as ${other} elsewhere, while the other group's mean is the same in both places: one mean, two values.`,
  restatedCoefficient: (printed, predictor, b) =>
    `The coefficient of ${predictor} is restated as ${printed}, but the coefficients table before it gives ${b}, and ${printed} is no other number of that row.`,
  conclusionRecomputed: (p, alpha, significant) =>
    `p = ${p} is ${significant ? 'at or below' : 'above'} α = ${alpha}: ${significant ? 'significant' : 'not significant'}`,
  conclusionRecomputedBound: (p, alpha, significant) =>
    `p ${p} is ${significant ? 'at or below' : 'above'} α = ${alpha}: ${significant ? 'significant' : 'not significant'}`,
  conclusionConsistent: () => 'The conclusion agrees with the p-value it cites.',
  conclusionContradicts: (decision, significant) =>
    `The conclusion "${decision}" contradicts the p-value it cites: the result is ${significant ? 'significant, so H0 is rejected' : 'not significant, so H0 is not rejected'}.`,
  comparisonRecomputed: (p, level, below) => `${p} ${below ? '<' : '>'} ${level}`,
  comparisonFalse: () =>
    'The sign comparing this p with the level is false of the printed numbers, so whatever is concluded from it is in doubt.',
  criticalRecomputed: (stat, critical, significant) =>
    `${stat} ${significant ? '>' : '≤'} ${critical} (critical value): ${significant ? 'significant' : 'not significant'}`,
  criticalRecomputedLower: (stat, critical, significant) =>
    `${stat} ${significant ? '≤' : '>'} ${critical} (critical value; U is significant at or below it): ${significant ? 'significant' : 'not significant'}`,
  conclusionConsistentCritical: () => 'The conclusion agrees with the statistic and the critical value it cites.',
  criticalDfRecomputed: (test, stat, p, alpha, critical, stated) =>
    `${test} = ${stat} gives p = ${p}; the critical value of ${test} at α = ${fmt(alpha, 2, '.')} is ${critical} (stated: ${stated})`,
  criticalDfConsistent: () => 'The decision agrees with the p of the statistic at the df and level the text states.',
  criticalDfContradicts: (decision, significant, wrongCritical) =>
    `The decision "${decision}" contradicts the statistic at the df and level the text states: the result is ${significant ? 'significant, so H0 is rejected' : 'not significant, so H0 is not rejected'}${wrongCritical ? ' (the critical value it was compared with is not that of these df)' : ''}.`,
  criticalDfStraddles: () =>
    "The statistic's p at the stated df lies on both sides of the level within the rounding of the printed statistic, so the decision cannot be judged.",
  reliabilityRecomputed: (coefficient, threshold, reliable) =>
    `${coefficient} ${reliable ? '>' : '≤'} ${threshold} (the threshold the text names): ${reliable ? 'reliable' : 'not reliable'}`,
  reliabilityConsistent: () => 'The conclusion agrees with the reliability coefficient and the threshold it cites.',
  collinearityRecomputed: (statistic, threshold, vif, present) =>
    `${vif ? 'VIF' : 'tolerance'} ${statistic} ${(vif ? present : !present) ? '>' : '≤'} ${threshold}: ${present ? 'multicollinearity' : 'no multicollinearity'}`,
  collinearityConsistent: () => 'The conclusion agrees with the collinearity statistic and the threshold it cites.',
  collinearityContradicts: (decision, present) =>
    `The conclusion "${decision}" contradicts the collinearity statistic and the threshold it cites: by them there is ${present ? '' : 'no '}multicollinearity.`,
  reliabilityContradicts: (decision, reliable) =>
    `The conclusion "${decision}" contradicts the reliability coefficient and the threshold it cites: by them the instrument is ${reliable ? 'reliable' : 'not reliable'}.`,
  conclusionContradictsCritical: (decision, significant) =>
    `The conclusion "${decision}" contradicts the statistic and the critical value it cites: the result is ${significant ? 'significant, so H0 is rejected' : 'not significant, so H0 is not rejected'}.`,
  criticalDirectionUnknown: () =>
    'A negative statistic beyond a positive critical value: if the critical value is one-tailed (a test of the positive direction), the result is not significant, as concluded. The text does not say the test is two-tailed, so the decision cannot be checked.',
  descRange: (lo, hi) => `minimum–maximum ${lo}–${hi}`,
  descMeanOutside: () => 'The mean lies outside the minimum and maximum reported with it: no data can have it.',
  descMaxBelowMin: () => 'The maximum is below the minimum printed just before it: no data can have them.',
  descMeanInside: () => 'The mean lies within the reported minimum and maximum.',
  listedSumRecomputed: (sum, digits) => `sum of the listed values = ${fmt(sum, digits, '.')}`,
  answerSharesSum: (sum, digits) => `sum of the shares = ${fmt(sum, digits, '.')}%`,
  answerSharesWhole: () => 'The shares of the answers to one statement add up to 100% within their rounding.',
  answerSharesNotWhole: (sum, digits) =>
    `Each respondent gives one answer to a statement, so its answers' shares add up to 100%, but these add up to ${fmt(sum, digits, '.')}%, beyond their rounding.`,
  listedMeanRecomputed: (lo, hi) => `mean of the listed values = ${fmt(lo, 4, '.')}–${fmt(hi, 4, '.')}`,
  listedMeanConsistent: () => 'The mean is the sum of the listed values divided by their number.',
  listedMeanInconsistent: (reported) =>
    `The mean of the listed values (their sum divided by their number) is not ${reported}, even with rounding.`,
  descSdMax: (max, n) =>
    `largest SD possible with this mean and range${n === null ? '' : ` and n = ${n}`}: ${fmt(max, 3, '.')}`,
  descSdTooLarge: () =>
    'The SD is larger than any data with this mean, minimum and maximum can have (the Bhatia–Davis bound).',
  descSdPossible: () => 'The SD is possible for data with this mean, minimum and maximum.',
};

const id: Messages = {
  lang: 'id',
  num: (x, digits) => fmt(x, digits ?? digitsFor(x), ','),
  range(lo, hi, digits) {
    const d = digits ?? Math.max(digitsFor(lo), digitsFor(hi));
    return `[${fmt(lo, d, ',')}; ${fmt(hi, d, ',')}]`;
  },
  pRange(lo, hi) {
    const a = fmtP(lo, ',');
    const b = fmtP(hi, ',');
    return a === b ? a : `${a} sampai ${b}`;
  },
  verdict: (v) =>
    ({
      consistent: 'konsisten',
      inconsistent: 'TIDAK KONSISTEN',
      'decision-error': 'KESALAHAN KEPUTUSAN',
      'not-checkable': 'tidak dapat diperiksa',
      'reporting-issue': 'masalah pelaporan',
    })[v],
  checkName: (c) =>
    ({
      'p-value': 'nilai p',
      percentages: 'persentase',
      totals: 'jumlah',
      'standard-error': 'galat baku',
      conclusion: 'kesimpulan',
      descriptives: 'statistik deskriptif',
      'confidence-interval': 'interval kepercayaan',
      grim: 'GRIM',
      'repeated-values': 'nilai berulang',
    })[c],
  header: (file, alpha) => `naskah check: ${file} (Bahasa Indonesia, α = ${fmt(alpha, alpha < 0.01 ? 3 : 2, ',')})`,
  where: (line, page) => (page !== undefined ? `hlm. ${page}, baris ${line}` : `baris ${line}`),
  reportedLabel: 'dilaporkan',
  ciName: 'IK',
  items: (n) => `${n} butir`,
  recomputedLabel: 'dihitung ulang',
  summary: (c) =>
    `Ringkasan: ${c.consistent} konsisten, ${c.inconsistent} tidak konsisten, ${c.decisionError} kesalahan keputusan, ${c.notCheckable} tidak dapat diperiksa, ${c.reportingIssue} masalah pelaporan.`,
  nothingFound: 'Tidak ditemukan statistik yang dilaporkan untuk diperiksa.',
  htmlTitle: (file) => `naskah check: ${file}`,
  htmlFlagged: 'Temuan yang perlu diperiksa',
  htmlTextHeading: 'Teks naskah, dengan setiap temuan ditandai di tempatnya',
  htmlWhy: 'alasan',
  htmlConsistentHidden: (n) => `${n} hasil yang konsisten ditandai hijau di dalam teks.`,
  pRecomputed: (lo, hi, tails, stat) =>
    `p = ${id.pRange(lo, hi)}${tails ? ` (${tails === 'two' ? 'dua sisi' : 'satu sisi'})` : ''} untuk ${stat}`,
  pConsistent: () => 'Nilai p yang dilaporkan sesuai dengan statistik uji dan derajat bebasnya.',
  pConsistentOneTailedStated: () =>
    'Nilai p yang dilaporkan sesuai dengan statistik uji sebagai p satu sisi, seperti yang dinyatakan dalam teks.',
  pOnlyOneTailedUnstated: () =>
    'Nilai p yang dilaporkan tidak sesuai sebagai p dua sisi; nilai itu hanya sesuai sebagai p satu sisi (separuh p dua sisi), tetapi teks tidak menyatakan bahwa ujinya satu sisi atau berarah.',
  pInconsistent: () => 'Nilai p yang dilaporkan tidak sesuai dengan statistik uji dan derajat bebasnya.',
  pDecisionError: (alpha, side) =>
    `Nilai p yang dilaporkan tidak sesuai dengan statistik uji, dan p hasil hitung ulang berada ${side === 'significant' ? 'di bawah' : 'di atas'} α = ${fmt(alpha, 2, ',')}: kesimpulan tentang signifikansi berubah.`,
  pZero: () => 'p ditulis 0,000, padahal nilai p tidak pernah nol: laporkan p < 0,001.',
  pZeroAlso: () => 'Selain itu, p ditulis 0,000: laporkan p < 0,001.',
  pNoDf: (stat) => `Derajat bebas ${stat} tidak dilaporkan, sehingga p tidak dapat dihitung ulang.`,
  pRBracketIsSampleSize: (n, df, stat) =>
    `Angka dalam kurung setelah r adalah besar sampel yang disebut dalam teks (${n}), bukan derajat bebas: dengan db = n − 2 = ${df}, ${stat} menghasilkan p yang dilaporkan. Laporkan r(${df}).`,
  pRecomputedAnyDf: (lo, hi, tails, stat) =>
    `p = ${id.pRange(lo, hi)} (${tails === 'two' ? 'dua sisi' : 'satu sisi'}) untuk ${stat} pada derajat bebas berapa pun dari 1 sampai tak hingga`,
  pRecomputedAnyDfUpperTail: (lo, hi, stat) =>
    `p = ${id.pRange(lo, hi)} untuk ${stat} pada derajat bebas berapa pun dari 1 sampai tak hingga`,
  pRecomputedAnyErrorDf: (lo, hi, stat) =>
    `p = ${id.pRange(lo, hi)} untuk ${stat} pada derajat bebas galat berapa pun dari 1 sampai tak hingga`,
  pDfFromTwoByTwo: () => 'Derajat bebasnya tidak dicetak: χ² dari tabel 2 × 2 berderajat bebas 1.',
  pInconsistentAnyErrorDf: () =>
    'Derajat bebas galat F tidak dilaporkan, tetapi tidak ada derajat bebas galat (1 atau lebih) yang membuat p yang dilaporkan sesuai dengan statistik uji.',
  pDecisionErrorAnyErrorDf: (alpha, side) =>
    `Derajat bebas galat F tidak dilaporkan, tetapi tidak ada derajat bebas galat (1 atau lebih) yang membuat p yang dilaporkan sesuai dengan statistik uji, dan pada derajat bebas galat berapa pun p hasil hitung ulang berada ${side === 'significant' ? 'di bawah' : 'di atas'} α = ${fmt(alpha, 2, ',')}: kesimpulan tentang signifikansi berubah.`,
  pInconsistentAnyDf: (stat) =>
    `Derajat bebas ${stat} tidak dilaporkan, tetapi tidak ada derajat bebas (1 atau lebih) yang membuat p yang dilaporkan sesuai dengan statistik uji.`,
  pRWithoutDfBelowSample: (stat, n) =>
    `Besar sampel ${stat} tidak dilaporkan, tetapi tidak ada besar sampel hingga yang terbesar disebut dalam teks (${n}) yang menghasilkan p yang dilaporkan, baik dua sisi maupun satu sisi: p itu memerlukan lebih banyak orang daripada yang diteliti.`,
  pRWithoutDfOnlyOneTailed: (stat, n) =>
    `Besar sampel ${stat} tidak dilaporkan, tetapi tidak ada besar sampel hingga yang terbesar disebut dalam teks (${n}) yang menghasilkan p yang dilaporkan sebagai p dua sisi; p itu hanya sesuai sebagai p satu sisi (separuh p dua sisi), padahal teks tidak menyebut bahwa ujinya satu sisi atau berarah.`,
  pDecisionErrorAnyDf: (stat, alpha, side) =>
    `Derajat bebas ${stat} tidak dilaporkan, tetapi tidak ada derajat bebas (1 atau lebih) yang membuat p yang dilaporkan sesuai dengan statistik uji, dan pada derajat bebas berapa pun p hasil hitung ulang berada ${side === 'significant' ? 'di bawah' : 'di atas'} α = ${fmt(alpha, 2, ',')}: kesimpulan tentang signifikansi berubah.`,
  pAboveOne: () => 'Nilai p tidak mungkin lebih dari 1.',
  rOutOfRange: () => 'Koefisien korelasi harus di antara −1 dan 1: nilai yang dilaporkan tidak mungkin.',
  pBelowZero: () => 'Nilai p tidak mungkin di bawah 0: p < 0,000 tidak mungkin (laporkan p < 0,001).',
  pNs: (alpha) => `ns (p > ${fmt(alpha, 2, ',')})`,
  noneRecomputed: '—',
  pctRecomputed: (count, total, pct) => `${count}/${total} = ${fmt(pct, 2, ',')}%`,
  pctTotalSource: (source, total) =>
    ({
      stated: `dari total ${total} yang disebutkan`,
      own: `dari total ${total} yang ditulis bersamanya`,
      inferred: `dari ${total}, jumlah semua frekuensi (persentasenya berjumlah 100%)`,
      table: `dari total tabel ${total}`,
      row: `dari total baris ${total}`,
      rowSum: `dari ${total}, jumlah baris tersebut (persentasenya berjumlah 100%)`,
      rowImplied: `dari ${total}, total yang diberikan persentase lain di baris itu (persentasenya berjumlah 100%, frekuensinya tidak)`,
      rowSumInTable: `dari ${total}, jumlah baris tersebut (baris tabel persentase baris, yang baris-baris lainnya berjumlah 100%)`,
      column: `dari besar kelompok kolomnya n = ${total} di kepala tabel`,
      blockColumn: `dari ${total}, besar kelompok yang menjadi jumlah frekuensi setiap blok di kolomnya`,
      category: `dari ${total}, frekuensi kategori barisnya yang tercetak sebelumnya`,
      rowCounts: `dari ${total}, jumlah frekuensi barisnya (yang dikonfirmasi oleh χ² tabel)`,
      sibling: `dari ${total}, jumlah frekuensi daftar ini dan daftar lain di paragrafnya (yang persentasenya berjumlah 100%)`,
    })[source],
  pctConsistent: (d) => `Persentase sesuai dengan frekuensi dan totalnya (dibulatkan ke ${d} desimal).`,
  pctInconsistent: (d) =>
    `Persentase tidak sesuai dengan frekuensi dan totalnya, meskipun pembulatan ke ${d} desimal diperhitungkan.`,
  pctNoTotal: () =>
    'Total yang menjadi dasar persentase ini tidak disebutkan dan tidak dapat disimpulkan (persentasenya tidak berjumlah 100%).',
  pctTotalRange: (lo, hi) => `totalnya harus di antara ${fmt(lo, 2, ',')} dan ${fmt(hi, 2, ',')}`,
  pctNoTotalFits: (count, pct) =>
    `Tidak ada total bilangan bulat yang menghasilkan ${pct}% untuk frekuensi ${count}, berapa pun totalnya.`,
  pctWeighted: (cue) =>
    `Teks menyatakan bahwa persentasenya tertimbang ("${cue}"): persentase tertimbang bukan frekuensi dibagi total, sehingga tidak dapat dihitung ulang dari frekuensi yang dicantumkan.`,
  pctFewerCases: (size) =>
    `Baris ini dianalisis dengan kasus lebih sedikit daripada ${size} pada kelompoknya (salah satu persentasenya memerlukan total yang lebih kecil), dan total yang dipakai tidak dicantumkan.`,
  pctPartialList: (sum, total) =>
    `Persentasenya berjumlah kurang dari 100% dan semuanya sesuai dengan total ${total}, lebih besar dari jumlah frekuensinya (${sum}): mungkin ada kategori yang tidak disebutkan, sehingga totalnya tidak diketahui.`,
  pctShareRecomputed: (fits, n, where) =>
    `${fits.map(([k, p]) => `${k}/${n} = ${fmt(p, 2, ',')}%`).join(', ')} (${where === 'sentence' ? `dari ${n} yang disebut dalam kalimat` : `dari ukuran sampel ${n} yang disebutkan dalam teks`})`,
  pctShareConsistent: (n, d) =>
    `Persentase sesuai dengan suatu jumlah bulat dari ${n} (dibulatkan ke ${d} desimal), walaupun frekuensinya tidak ditulis.`,
  pctShareInconsistent: (n, d) =>
    `Tidak ada jumlah bulat dari ${n} yang menghasilkan persentase ini, meskipun pembulatan ke ${d} desimal diperhitungkan; yang terdekat ditampilkan.`,
  pctRowConsistent: (cells) =>
    `${cells === 1 ? 'Persentase sesuai' : `${cells} persentase sesuai`} dengan frekuensi dan totalnya.`,
  pctRowInconsistent: (bad) =>
    `Persentase berikut tidak sesuai dengan frekuensi dan totalnya, meskipun pembulatan diperhitungkan: ${bad.join('; ')}.`,
  pctDoubtfulTotal: (bad, all, total) =>
    total === null
      ? `${bad} dari ${all} baris tabel ini tidak sesuai dengan totalnya sendiri: frekuensi dan persentasenya kemungkinan tidak terbaca dari kolom yang benar, sehingga persentase tabel ini tidak diperiksa.`
      : `${bad} dari ${all} persentase yang dihitung terhadap total ${total} tidak sesuai dengannya: total itu (atau tata letak tabelnya) kemungkinan salah terbaca, sehingga persentase ini tidak diperiksa.`,
  sumRecomputed: (sum, digits) => `jumlah baris = ${fmt(sum, digits, ',')}`,
  totalConsistent: (kind, hundred) =>
    kind === 'count'
      ? 'Jumlah baris sama dengan baris total.'
      : `Jumlah persentase sama dengan baris total (dengan pembulatan)${hundred ? ', yaitu 100%' : ''}.`,
  totalInconsistent: (kind, sum, total) =>
    kind === 'count'
      ? `Jumlah baris adalah ${sum}, tetapi baris total menyebut ${total}.`
      : `Jumlah persentase adalah ${sum}, tetapi baris total menyebut ${total} (selisihnya lebih besar daripada pembulatan).`,
  totalNot100: (total) => `Persentase seluruh tabel seharusnya berjumlah 100%, tetapi baris total menyebut ${total}.`,
  rowTotalConsistent: () => 'Sel-sel baris berjumlah sama dengan totalnya.',
  rowTotalInconsistent: (sum, total) => `Sel-sel baris berjumlah ${sum}, tetapi kolom totalnya menyebut ${total}.`,
  variableSumsRecomputed: (sums, common) =>
    `jumlah per kolom variabel ini = ${sums.join('; ')}; variabel lain dalam tabel = ${common.join('; ')}`,
  variableSumsInconsistent: (sums, common, agreeing) => {
    const n = common.reduce((a, b) => a + b, 0);
    return `Setiap variabel menghitung setiap orang satu kali, sehingga kategori-kategorinya berjumlah sama pada setiap kolom. Frekuensi variabel ini berjumlah ${sums.join('; ')} (seluruhnya ${n}), sedangkan ${agreeing} variabel lain berjumlah ${common.join('; ')} (juga ${n}): ${n} orang yang sama tidak mungkin terbagi ke kolom-kolom dengan dua cara, sehingga sebagian frekuensi ini keliru.`;
  },
  blockOverSizeRecomputed: (sum, size) =>
    `jumlah frekuensi variabel ini pada kolom = ${sum}; ukuran kelompok N = ${size}`,
  blockOverSizeInconsistent: (sum, size) =>
    `Kategori-kategori variabel ini (persentasenya berjumlah 100% pada kolom ini, sehingga setiap orang berada di satu kategori) menghitung ${sum} orang, lebih banyak daripada ukuran kelompok kolom itu N = ${size}: sebagian frekuensi ini keliru.`,
  cumConsistent: () => 'Persentase kumulatif sesuai dengan jumlah berjalan persentasenya.',
  cumInconsistent: (row, expected, reported) =>
    `Persentase kumulatif pada baris "${row}" seharusnya ${expected}, bukan ${reported}.`,
  seRecomputed: (lo, hi) => `SB/√n = ${id.range(lo, hi, 4)}`,
  seConsistent: () => 'Galat baku sesuai dengan SB/√n.',
  seInconsistent: () => 'Galat baku tidak sesuai dengan SB/√n, meskipun pembulatan diperhitungkan.',
  tMeanRecomputed: (lo, hi, basis) =>
    `t = ${basis === 'sd' ? 'rata-rata/(SB/√n)' : 'rata-rata/SE'} = ${id.range(lo, hi, 3)}`,
  tMeanConsistent: () => 'Statistik t sesuai dengan selisih rata-rata, SB (atau galat baku) dan n.',
  tMeanInconsistent: () =>
    'Statistik t tidak sesuai dengan selisih rata-rata, SB (atau galat baku) dan n, meskipun pembulatan diperhitungkan.',
  tTwoGroupsRecomputed: (lo, hi, sizes, total) =>
    `|M₁ − M₂| / SE (Student gabungan atau Welch) = ${id.range(lo, hi, 3)} ${sizes ? `untuk n = ${sizes[0]} dan ${sizes[1]}` : `untuk setiap pembagian ${fmt(total, 0, ',')} ke dalam dua kelompok`}`,
  tTwoGroupsConsistent: () =>
    'Statistik t sesuai dengan rata-rata, SB dan ukuran kedua kelompok (t Student gabungan atau t Welch), dengan pembulatan diperhitungkan.',
  tTwoGroupsInconsistent: () =>
    'Statistik t tidak sesuai dengan rata-rata, SB dan ukuran kedua kelompok, baik dengan t Student gabungan maupun t Welch, meskipun pembulatan diperhitungkan.',
  tTwoGroupsNoSizes: () =>
    'Ukuran kelompok tidak ditulis, dan t berada dalam rentang yang diberikan oleh pembagian sampel ke dalam dua kelompok, sehingga tidak dapat diperiksa.',
  summaryPRecomputed: (lo, hi, n1, n2) =>
    `p dari t Student atau Welch berdasarkan rata-rata dan SB = ${id.range(lo, hi, 4)} (dua sisi) untuk n = ${n1} dan ${n2}`,
  summaryPConsistent: () =>
    'Nilai p sesuai dengan uji t dari rata-rata, SB dan ukuran kedua kelompok (t Student gabungan atau t Welch), dengan pembulatan diperhitungkan.',
  summaryPInconsistent: () =>
    'Nilai p tidak sesuai dengan uji t dari rata-rata, SB dan ukuran kedua kelompok, baik dengan t Student gabungan maupun t Welch, meskipun pembulatan diperhitungkan.',
  summaryTestRecomputed: (test, lo, hi, sizes) =>
    `p dari ${test === 't' ? 't Student atau Welch' : 'F ANOVA satu arah'} berdasarkan rata-rata dan SB = ${id.pRange(lo, hi)} untuk n = ${sizes.join(', ')}`,
  summaryTestConsistent: (test) =>
    `Nilai p sesuai dengan ${test === 't' ? 'uji t (t Student gabungan atau t Welch)' : 'ANOVA satu arah'} dari rata-rata, SB dan ukuran kelompok pada kolomnya, dengan pembulatan diperhitungkan.`,
  summaryTestInconsistent: (test) =>
    `Nilai p tidak sesuai dengan ${test === 't' ? 'uji t (t Student gabungan atau t Welch)' : 'ANOVA satu arah'} dari rata-rata, SB dan ukuran kelompok pada kolomnya, meskipun pembulatan diperhitungkan.`,
  summaryTestNotCheckable: (reason) =>
    reason === 'sizes'
      ? 'Ukuran baris tidak membentuk satu set kelompok (total dengan ukuran lain, atau baris seukuran gabungan baris lainnya), sehingga kelompok yang dibandingkan tidak diketahui.'
      : 'Uji t membandingkan dua kelompok, tetapi baris di atas nilai p-nya lebih dari dua, sehingga kelompok yang dibandingkan tidak diketahui.',
  countRowPRecomputed: (table, pearson, yates, fisher) =>
    `jumlah ${table.map((r) => r.join(' : ')).join(' / ')}: p chi-square Pearson (db 1) = ${fmtP(pearson, ',')}, dengan koreksi Yates = ${fmtP(yates, ',')}, uji eksak Fisher = ${fmtP(fisher, ',')}`,
  countRowPConsistent: () =>
    'Nilai p sesuai dengan uji atas jumlah kedua kelompok yang tertulis (chi-square Pearson, chi-square dengan koreksi Yates atau uji eksak Fisher).',
  countRowPNear: () =>
    'Nilai p tidak sesuai dengan uji mana pun atas jumlah kedua kelompok yang tertulis, tetapi berada dalam faktor dua dari salah satunya; tabel tidak menyebut ujinya, sehingga tidak dinilai.',
  countRowPInconsistent: () =>
    'Nilai p tidak sesuai dengan uji mana pun atas jumlah kedua kelompok yang tertulis (chi-square Pearson, chi-square dengan koreksi Yates, uji eksak Fisher), bahkan dalam faktor dua.',
  countRowPDecisionError: (alpha, side) =>
    `Nilai p tidak sesuai dengan uji mana pun atas jumlah kedua kelompok yang tertulis (chi-square Pearson, chi-square dengan koreksi Yates, uji eksak Fisher), dan ketiganya menempatkan p ${side === 'significant' ? 'di bawah' : 'di atas'} α = ${fmt(alpha, 2, ',')}: kesimpulan tentang signifikansi berubah.`,
  countsChiSquareRecomputed: (table, chi, df, p) =>
    `jumlah ${table.map((r) => r.join(' : ')).join(' / ')}: chi-square Pearson (db ${df}) = ${fmt(chi, 3, ',')}, p = ${fmtP(p, ',')}`,
  countsChiSquareDecisionError: (alpha, side) =>
    `Nilai chi-square dan p yang tertulis saling sesuai, tetapi tidak sesuai dengan jumlah yang tertulis pada bloknya, yang chi-square-nya menempatkan p ${side === 'significant' ? 'di bawah' : 'di atas'} α = ${fmt(alpha, 2, ',')}: jumlah atau ujinya salah cetak, dan kesimpulan tentang signifikansi bergantung pada yang mana.`,
  pairedDiffPRecomputed: (lo, hi, n) =>
    `p = ${id.pRange(lo, hi)} (dua sisi) untuk t berpasangan = selisih/(SB/√n), n = ${n} (db ${n - 1})`,
  pairedDiffPConsistent: () =>
    'Nilai p sesuai dengan uji t berpasangan dari rata-rata selisih dan SB selisih, dengan pembulatan diperhitungkan.',
  pairedDiffPInconsistent: () =>
    'Nilai p tidak sesuai dengan uji t berpasangan dari rata-rata selisih dan SB selisih, meskipun pembulatan diperhitungkan.',
  pairedDiffCiRecomputed: (lower, upper, n) =>
    `selisih ± t(0,975; ${n - 1})·SB/√n: batas bawah ${id.range(lower[0], lower[1], 2)}, batas atas ${id.range(upper[0], upper[1], 2)} (n = ${n})`,
  pairedDiffCiConsistent: () =>
    'Interval sesuai dengan rata-rata selisih ± t·SB/√n selisih, dengan pembulatan diperhitungkan.',
  pairedDiffCiInconsistent: () =>
    'Interval tidak sesuai dengan rata-rata selisih ± t·SB/√n selisih, meskipun pembulatan diperhitungkan.',
  waldRecomputed: (lo, hi) => `Wald = (B/SE)² = ${id.range(lo, hi, 3)}`,
  waldConsistent: () => 'Statistik Wald sesuai dengan (B/SE)².',
  waldInconsistent: () => 'Statistik Wald tidak sesuai dengan (B/SE)², meskipun pembulatan diperhitungkan.',
  ciCentre: (family, lo, hi) =>
    family === 'ratio'
      ? `titik tengah pada skala log √(bawah·atas) = ${id.range(lo, hi)}`
      : `titik tengah (bawah + atas)/2 = ${id.range(lo, hi)}`,
  ciInsideOnly: () => 'estimasi di dalam intervalnya',
  ciNotWaldTable: () =>
    'Rasio berada di dalam intervalnya; sebagian besar interval di tabel ini tidak berpusat pada rasionya pada skala log, jadi tabel ini tidak memuat interval Wald (profile likelihood, eksak atau bootstrap): kesimetrisannya dan p Wald tidak diperiksa.',
  ciZeroCell: () =>
    'Interval tidak berpusat pada rasionya pada skala log, tetapi variabelnya memiliki kategori dengan jumlah 0: interval Wald tidak berhingga dalam keadaan itu, jadi interval ini berasal dari metode lain (eksak, penalized atau dengan koreksi) dan kesimetrisannya serta p Wald tidak dapat diperiksa.',
  ciCentredWhenCut: () =>
    'Rasio berada di dalam intervalnya, di titik tengahnya pada skala log bila angka yang dicetak dibaca sebagai dipotong setelah digit terakhirnya, bukan dibulatkan (1,699 dicetak 1,69).',
  ciExactInterval: () =>
    'Rasio berada di dalam intervalnya; interval eksak atau berpasangan (McNemar, pasangan serasi) tidak harus simetris pada skala log dan tidak menyiratkan p Wald.',
  ciConsistent: (family) =>
    family === 'ratio'
      ? 'Rasio berada di dalam interval kepercayaannya, di titik tengahnya pada skala log.'
      : family === 'mean'
        ? 'Estimasi berada di titik tengah interval kepercayaannya.'
        : 'Estimasi berada di dalam interval kepercayaannya.',
  ciOutside: (label) => `${label} berada di luar interval kepercayaannya sendiri.`,
  ciOtherSideOfZero: (label) =>
    `Interval seluruhnya berada di sisi nol yang berlawanan dengan ${label}: itu interval sebuah selisih yang dicetak di samping ${label}, bukan interval ${label} sendiri, dan tidak diperiksa terhadapnya.`,
  ciNotSymmetric: (family, label) =>
    family === 'ratio'
      ? `Interval tidak simetris terhadap ${label} pada skala log, padahal interval Wald untuk rasio simetris.`
      : `Interval tidak berpusat pada ${label}, padahal interval berbasis t atau z berpusat pada estimasinya.`,
  ciWidth: (expected) => `Setengah lebar interval seharusnya t(kritis)·SE = ${expected}.`,
  ciExpB: (expected) => `Exp(B) seharusnya e^B = ${expected}.`,
  ciPRecomputed: (lo, hi) => `p dari interval (Wald) = ${id.pRange(lo, hi)}`,
  ciPSide: (excludes, nullValue) => `interval ${excludes ? 'tidak memuat' : 'memuat'} ${nullValue}`,
  ciPConsistent: () => 'Nilai p yang dilaporkan sesuai dengan interval kepercayaannya.',
  ciPNearWald: () =>
    'Nilai p yang dilaporkan berada dalam faktor dua dari p yang tersirat oleh intervalnya (Wald); p dari uji lain atas data yang sama (χ², rasio kemungkinan, eksak) dapat berbeda sebesar itu.',
  ciPNearWaldZ: () =>
    'Nilai p yang dilaporkan berada dalam 15% dari nilai z yang tersirat oleh intervalnya (Wald); p dari uji lain atas data yang sama (χ², rasio kemungkinan) dapat berbeda sebesar itu bila p kecil.',
  ciPInconsistent: () =>
    'Nilai p yang dilaporkan tidak sesuai dengan interval kepercayaannya, meskipun pembulatan diperhitungkan.',
  ciPAdjustedRatio: () =>
    'Nilai p yang dilaporkan tidak sesuai dengan p Wald yang tersirat oleh intervalnya, meskipun pembulatan diperhitungkan; p dan interval rasio yang disesuaikan berasal dari uji Wald model regresi yang sama, sehingga perbedaannya tidak dapat dijelaskan oleh uji lain atas data itu.',
  pTableFloor: (floor) =>
    `Tabel mencetak p sebagai ${floor}, nilai terkecil yang dapat ditunjukkan presisinya, dan statistik atau interval di sampingnya menyiratkan p yang lebih kecil: kemungkinan besar "< ${floor}" yang tandanya hilang, sehingga p tidak dapat diperiksa.`,
  pAdjusted: () =>
    'Teks menyebut penyesuaian untuk perbandingan berganda, dan p yang dilaporkan di atas p dari statistiknya: p yang disesuaikan tidak dapat dihitung ulang dari statistiknya saja.',
  ciPAdjusted: () =>
    'Teks menyebut penyesuaian untuk perbandingan berganda, dan p yang dilaporkan di atas p dari intervalnya: p yang disesuaikan tidak dapat dihitung ulang dari interval yang tidak disesuaikan.',
  ciPOtherTest: () =>
    'Kalimatnya menyebut p berasal dari uji chi-square atau uji eksak Fisher atas tabelnya, yang dapat lebih besar daripada p interval Wald rasionya: p itu tidak dapat dihitung ulang dari intervalnya.',
  crudeRatioRecomputed: (expected) =>
    `rasio odds kasar dari frekuensi baris terhadap baris rujukannya = ${id.num(expected, 3)}`,
  crudeRatioNotFromCounts: () =>
    'Rasio kasar tidak sesuai dengan frekuensi barisnya: odds baris dibagi odds baris rujukan, dihitung seperti baris-baris lain tabel ini, memberi nilai lain.',
  ciPDecisionError: (excludes, alpha, nullValue) =>
    `Interval ${excludes ? 'tidak memuat' : 'memuat'} ${nullValue}, sehingga p seharusnya ${excludes ? 'di bawah' : 'di atas'} α = ${fmt(alpha, 2, ',')}; p yang dilaporkan menyatakan sebaliknya.`,
  grimRecomputed: (n, g, lower, upper, decimals) =>
    `rata-rata yang mungkin dengan n·butir = ${n}: kelipatan 1/${n} (${fmt(g, 4, ',')}); terdekat ${fmt(lower, decimals + 2, ',')} dan ${fmt(upper, decimals + 2, ',')}`,
  grimConsistent: (n, items, evidence) =>
    `Rata-rata ini mungkin untuk data bilangan bulat (${evidence}) dengan n = ${n}${items ? ` dan ${items} butir` : ''}.`,
  grimInconsistent: (n, items, evidence) =>
    `Rata-rata ini tidak mungkin untuk data bilangan bulat (${evidence}) dengan n = ${n}${items ? ` dan ${items} butir` : ''}: tidak ada jumlah bulat yang menghasilkannya.`,
  grimNotInteger: (n) =>
    `Rata-rata ini tidak mungkin untuk data bilangan bulat dengan n = ${n}, tetapi teks tidak menyatakan bahwa datanya bilangan bulat (skor, frekuensi).`,
  grimItemsUnknown: (n) =>
    `Rata-rata ini tidak mungkin untuk satu bilangan bulat per orang dengan n = ${n}, tetapi mungkin merupakan rata-rata beberapa butir yang jumlahnya tidak disebutkan.`,
  repeatedRecomputed: (lines) => `juga dilaporkan pada baris ${lines.join(', ')}`,
  repeatedConsistent: (count) => `Hasil yang sama dilaporkan ${count} kali dengan nilai yang sesuai.`,
  repeatedInconsistent: (what, values) =>
    `Hasil yang sama dilaporkan dengan nilai ${what} yang berbeda: ${values.join(' vs ')}.`,
  truncatedRestatementRecomputed: (precise, rounded) => `${precise} dibulatkan menjadi ${rounded}`,
  truncatedRestatement: (printed, precise) =>
    `Hasil hitungan ${precise} ditulis ulang sebagai ${printed}: angkanya dipotong, bukan dibulatkan.`,
  restatedRowShareRecomputed: (label, count, pct) => `tabel memberi "${label}": ${count} (${pct}%)`,
  restatedRowShare: (printed, pct) =>
    `Teks menceritakan ulang baris tabel dengan ${printed}%, padahal tabel memberi ${pct}%, dan ${printed} bukan persentase mana pun dalam tabel.`,
  restatedCountShareRecomputed: (count, total, pct) =>
    `${count}/${total} = ${fmt(pct, 2, ',')}% dari ${total}, total sel tabel dengan frekuensi ini`,
  restatedCountShare: (printed, count, cellPct) =>
    `Teks menceritakan ulang sel tabel ${count} (${cellPct}%) dengan ${printed}%, yang tidak sesuai dengan frekuensi dan total sel itu.`,
  restatedCoefficientRecomputed: (predictor, b) => `tabel koefisien memberi ${predictor}: B = ${b}`,
  restatedGroupMeanRecomputed: (group, other) => `juga dilaporkan: rata-rata kelompok ${group} = ${other}`,
  restatedGroupMean: (printed, group, other) =>
    `Rata-rata kelompok ${group} dilaporkan ${printed} di sini dan ${other} di tempat lain, sedangkan rata-rata kelompok yang lain sama di kedua tempat: satu rata-rata, dua nilai.`,
  restatedCoefficient: (printed, predictor, b) =>
    `Koefisien ${predictor} ditulis ulang sebagai ${printed}, padahal tabel koefisien sebelumnya memberi ${b}, dan ${printed} bukan angka lain dari baris itu.`,
  conclusionRecomputed: (p, alpha, significant) =>
    `p = ${p} ${significant ? '≤' : '>'} α = ${alpha}: ${significant ? 'signifikan' : 'tidak signifikan'}`,
  conclusionRecomputedBound: (p, alpha, significant) =>
    `p ${p} ${significant ? '≤' : '>'} α = ${alpha}: ${significant ? 'signifikan' : 'tidak signifikan'}`,
  conclusionConsistent: () => 'Kesimpulan sesuai dengan nilai p yang dikutip.',
  conclusionContradicts: (decision, significant) =>
    `Kesimpulan "${decision}" bertentangan dengan nilai p yang dikutip: hasilnya ${significant ? 'signifikan, sehingga H0 ditolak' : 'tidak signifikan, sehingga H0 gagal ditolak'}.`,
  comparisonRecomputed: (p, level, below) => `${p} ${below ? '<' : '>'} ${level}`,
  comparisonFalse: () =>
    'Tanda yang membandingkan p ini dengan taraf signifikansi salah untuk angka yang tertulis, sehingga kesimpulan yang ditarik darinya diragukan.',
  criticalRecomputed: (stat, critical, significant) =>
    `${stat} ${significant ? '>' : '≤'} ${critical} (nilai kritis): ${significant ? 'signifikan' : 'tidak signifikan'}`,
  criticalRecomputedLower: (stat, critical, significant) =>
    `${stat} ${significant ? '≤' : '>'} ${critical} (nilai kritis; U signifikan bila sama dengan atau di bawahnya): ${significant ? 'signifikan' : 'tidak signifikan'}`,
  conclusionConsistentCritical: () => 'Kesimpulan sesuai dengan statistik uji dan nilai kritis yang dikutip.',
  criticalDfRecomputed: (test, stat, p, alpha, critical, stated) =>
    `${test} = ${stat} memberi p = ${p}; nilai kritis ${test} pada α = ${fmt(alpha, 2, ',')} adalah ${critical} (tertulis: ${stated})`,
  criticalDfConsistent: () =>
    'Keputusan sesuai dengan nilai p statistik uji pada derajat bebas dan taraf yang ditulis.',
  criticalDfContradicts: (decision, significant, wrongCritical) =>
    `Keputusan "${decision}" bertentangan dengan statistik uji pada derajat bebas dan taraf yang ditulis: hasilnya ${significant ? 'signifikan, sehingga H0 ditolak' : 'tidak signifikan, sehingga H0 tidak ditolak'}${wrongCritical ? ' (nilai kritis yang dibandingkan bukan nilai kritis derajat bebas ini)' : ''}.`,
  criticalDfStraddles: () =>
    'Nilai p statistik uji pada derajat bebas yang ditulis berada di kedua sisi taraf dalam rentang pembulatan statistik yang tertulis, sehingga keputusan tidak dapat dinilai.',
  reliabilityRecomputed: (coefficient, threshold, reliable) =>
    `${coefficient} ${reliable ? '>' : '≤'} ${threshold} (batas yang disebut dalam teks): ${reliable ? 'reliabel' : 'tidak reliabel'}`,
  reliabilityConsistent: () => 'Kesimpulan sesuai dengan koefisien reliabilitas dan batas yang dikutip.',
  collinearityRecomputed: (statistic, threshold, vif, present) =>
    `${vif ? 'VIF' : 'tolerance'} ${statistic} ${(vif ? present : !present) ? '>' : '≤'} ${threshold}: ${present ? 'terjadi multikolinearitas' : 'tidak terjadi multikolinearitas'}`,
  collinearityConsistent: () => 'Kesimpulan sesuai dengan statistik kolinearitas dan batas yang dikutip.',
  collinearityContradicts: (decision, present) =>
    `Kesimpulan "${decision}" bertentangan dengan statistik kolinearitas dan batas yang dikutip: menurut keduanya ${present ? 'terjadi' : 'tidak terjadi'} multikolinearitas.`,
  reliabilityContradicts: (decision, reliable) =>
    `Kesimpulan "${decision}" bertentangan dengan koefisien reliabilitas dan batas yang dikutip: menurut keduanya instrumen ${reliable ? 'reliabel' : 'tidak reliabel'}.`,
  conclusionContradictsCritical: (decision, significant) =>
    `Kesimpulan "${decision}" bertentangan dengan statistik uji dan nilai kritis yang dikutip: hasilnya ${significant ? 'signifikan, sehingga H0 ditolak' : 'tidak signifikan, sehingga H0 gagal ditolak'}.`,
  criticalDirectionUnknown: () =>
    'Statistik negatif melampaui nilai kritis positif: bila nilai kritisnya satu pihak (uji arah positif), hasilnya tidak signifikan, sesuai kesimpulannya. Teks tidak menyebut uji dua pihak, sehingga keputusannya tidak dapat diperiksa.',
  descRange: (lo, hi) => `minimum–maksimum ${lo}–${hi}`,
  descMeanOutside: () =>
    'Rata-rata berada di luar nilai minimum dan maksimum yang dilaporkan bersamanya: tidak ada data yang dapat menghasilkannya.',
  descMaxBelowMin: () =>
    'Nilai maksimum lebih kecil daripada nilai minimum yang tertulis tepat sebelumnya: tidak ada data yang dapat menghasilkannya.',
  descMeanInside: () => 'Rata-rata berada di antara nilai minimum dan maksimum yang dilaporkan.',
  listedSumRecomputed: (sum, digits) => `jumlah nilai yang dicantumkan = ${fmt(sum, digits, ',')}`,
  answerSharesSum: (sum, digits) => `jumlah persentase = ${fmt(sum, digits, ',')}%`,
  answerSharesWhole: () => 'Persentase jawaban satu pernyataan berjumlah 100% dalam batas pembulatannya.',
  answerSharesNotWhole: (sum, digits) =>
    `Setiap responden memberi satu jawaban untuk satu pernyataan, sehingga persentase jawabannya berjumlah 100%, tetapi di sini berjumlah ${fmt(sum, digits, ',')}%, di luar batas pembulatannya.`,
  listedMeanRecomputed: (lo, hi) => `rata-rata nilai yang dicantumkan = ${fmt(lo, 4, ',')}–${fmt(hi, 4, ',')}`,
  listedMeanConsistent: () => 'Rata-rata sama dengan jumlah nilai yang dicantumkan dibagi banyaknya.',
  listedMeanInconsistent: (reported) =>
    `Rata-rata nilai yang dicantumkan (jumlahnya dibagi banyaknya) bukan ${reported}, juga dengan pembulatan.`,
  descSdMax: (max, n) =>
    `SB terbesar yang mungkin dengan rata-rata dan rentang ini${n === null ? '' : ` dan n = ${n}`}: ${fmt(max, 3, ',')}`,
  descSdTooLarge: () =>
    'Simpangan baku lebih besar daripada yang mungkin untuk data dengan rata-rata, minimum, dan maksimum ini (batas Bhatia–Davis).',
  descSdPossible: () => 'Simpangan baku mungkin untuk data dengan rata-rata, minimum, dan maksimum ini.',
};

export function messagesFor(lang: Lang): Messages {
  return lang === 'id' ? id : en;
}
