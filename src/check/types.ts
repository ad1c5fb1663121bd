/**
 * Types of `naskah check`: the public report (plain JSON data, stable for tools) and the
 * internal model the recognisers build from a manuscript's text for the checks to use.
 */

export type Lang = 'id' | 'en';

export type CheckId =
  | 'p-value'
  | 'percentages'
  | 'totals'
  | 'standard-error'
  | 'confidence-interval'
  | 'grim'
  | 'repeated-values'
  | 'conclusion'
  | 'descriptives';

export type Verdict = 'consistent' | 'inconsistent' | 'decision-error' | 'not-checkable' | 'reporting-issue';

export const VERDICTS: readonly Verdict[] = [
  'consistent',
  'inconsistent',
  'decision-error',
  'not-checkable',
  'reporting-issue',
];

/** One checked reported result. `reported` and `recomputed` are readable text in the report's language. */
export interface Finding {
  check: CheckId;
  verdict: Verdict;
  /** 1-based line in the source file (for PDF: the line on its page). */
  line: number;
  /** 1-based page, for paged formats (PDF). */
  page?: number;
  /** The statement or table row as it appears in the text. */
  quote: string;
  /** Offsets of the reported values in the checked text (as extracted from the file), to show them in place. */
  start: number;
  end: number;
  reported: string;
  recomputed: string;
  explanation: string;
}

export interface Summary {
  consistent: number;
  inconsistent: number;
  decisionError: number;
  notCheckable: number;
  reportingIssue: number;
}

export interface CheckReport {
  file: string;
  lang: Lang;
  alpha: number;
  findings: Finding[];
  summary: Summary;
}

export interface CheckTextOptions {
  /** Language of the manuscript; `auto` (default) detects it from the text. */
  lang?: Lang | 'auto';
  /** Significance level for decision errors; default 0.05. */
  alpha?: number;
  /** Page of each line of `text` (index 0 = line 1), for paged formats. */
  pages?: number[];
  /** Line number to report for each line of `text` (index 0 = line 1), when the text was
   *  extracted from a file whose lines differ (HTML, PDF: line on the page). */
  lines?: number[];
  /** Name shown in the report. */
  file?: string;
}

// ---------------------------------------------------------------------------------------
// Internal model: what the recognisers find in the text.

/** A printed number: its value and the half-width of the interval its rounding stands for. */
export interface Num {
  value: number;
  /** Digits after the decimal separator as printed. */
  decimals: number;
  /** 0.5·10^-decimals: the printed value stands for [value − half, value + half]. */
  half: number;
  raw: string;
  /** Offsets in the source text. */
  start: number;
  end: number;
}

export type POp = '=' | '<' | '>' | '<=' | '>=';

export interface PReport {
  op: POp;
  num: Num;
  /** The label said one-tailed (e.g. `Sig. (1-tailed)`). */
  oneTailedLabel: boolean;
  /** Written `ns` (not significant) in place of a p-value: read as p > alpha. */
  ns?: boolean;
  start: number;
  end: number;
}

export type StatKind = 't' | 'F' | 'chi2' | 'r' | 'z';

export type Tails = 'one' | 'two' | 'unstated';

/** Where a reported result sits: its span in the text and the quote to show. */
export interface Place {
  start: number;
  end: number;
  /** The sentence or table row to quote. */
  quoteStart: number;
  quoteEnd: number;
}

export interface TestReport {
  kind: StatKind;
  /** The statistic's symbol as printed (`t`, `χ²`, `chi-square`, `Wald`). */
  label: string;
  /** `t(28) < 2.20`: the statistic is given as a bound. */
  op: '=' | '<' | '>';
  value: Num;
  /** Degrees of freedom (two for F), when reported. */
  df: number[] | null;
  /** The df were not printed but follow from the table around the test (a χ² of a 2 × 2 block: 1). */
  dfFromTwoByTwo?: boolean;
  p: PReport | null;
  tails: Tails;
  place: Place;
  origin: 'text' | 'table';
}

export interface CiReport {
  level: number;
  lower: Num;
  upper: Num;
  start: number;
  end: number;
}

/** An estimate with its confidence interval (odds ratio, mean, mean difference, effect size…). */
export interface EstimateReport {
  /** `ratio`: log-symmetric; `mean`: symmetric (mean, mean difference, coefficient); `other`: containment only. */
  family: 'ratio' | 'mean' | 'other';
  label: string;
  value: Num;
  ci: CiReport | null;
  p: PReport | null;
  /** For a mean difference from a t-based table row: SE and df, to check the CI's width. */
  se?: Num;
  df?: number;
  /** For a logistic regression row: the coefficient B whose exp() the ratio should be. */
  coefficient?: Num;
  place: Place;
  origin: 'text' | 'table';
}

/** A mean with what was reported with it: SD, SE, n, range and integer evidence. */
export interface DescriptiveReport {
  /** `difference`: a mean of paired differences (SE is checked, GRIM is not). */
  kind: 'mean' | 'difference';
  label: string;
  mean: Num;
  sd: Num | null;
  se: Num | null;
  n: number | null;
  /** Minimum and maximum reported with the mean. */
  min?: Num | null;
  max?: Num | null;
  /** Number of items, when the text says the score is a mean over k items. */
  items: number | null;
  /** Why the data are thought to be integers (a score, a count, integer min and max), or null. */
  integerEvidence: string | null;
  /** The text suggests an item-mean (Likert, items) without saying how many items. */
  itemMeanUnknownCount: boolean;
  place: Place;
  origin: 'text' | 'table';
}

/** A t statistic reported with the mean (difference) it tests and its SD/SE and n. */
export interface TFromMeanReport {
  t: Num;
  mean: Num;
  sd: Num | null;
  se: Num | null;
  /** Number of pairs; 0 when the SE is reported instead (independent samples). */
  n: number;
  place: Place;
}

/** A two-sample t with each group's mean, SD and (when printed) size: "(M = 4.91, SD = 1.49, n = 49) … t(97) = 0.72". */
export interface TwoGroupTReport {
  t: Num;
  df: number;
  groups: { mean: Num; sd: Num; n: number | null }[];
  place: Place;
}

/**
 * A p printed beside two groups' means and SDs with no t, in a table whose notes say its
 * continuous variables were compared by t tests (recognisers/summary-p-rows.ts).
 */
export interface SummaryPReport {
  p: PReport;
  groups: [{ mean: Num; sd: Num; n: number }, { mean: Num; sd: Num; n: number }];
  /** The table says some data are missing: the groups may be smaller than their header sizes. */
  missingData: boolean;
  place: Place;
}

/** One column's p under rows of group n and mean (SD), the test named on the p's row. */
export interface SummaryTestColumnReport {
  test: 't' | 'anova';
  p: PReport;
  groups: { mean: Num; sd: Num; n: number }[];
  /** Why the groups are uncertain: sizes that do not add up, or a t test under other than two groups. */
  notCheckable?: 'sizes' | 'groups';
  place: Place;
}

/** A Wald statistic reported with B and its SE (logistic regression). */
export interface WaldReport {
  wald: Num;
  b: Num;
  se: Num;
  place: Place;
}

/** A count with its percentage, as in `26 (27,1%)`. */
export interface CountPct {
  count: number;
  countStart: number;
  pct: Num;
  /** A total printed with this pair (`26/96`, `26 dari 96`). */
  ownTotal: number | null;
  /** Count and percentage printed apart (a table printed column after column): shown as `count (pct%)`. */
  apart?: boolean;
}

/**
 * Where the total a share is recomputed against came from: stated in the sentence, printed with
 * the pair (`own`), inferred, or a table's total row, row, row sum, column or category.
 */
export type ShareTotalSource =
  | 'stated'
  | 'own'
  | 'inferred'
  | 'table'
  | 'row'
  | 'rowSum'
  | 'rowImplied'
  | 'rowSumInTable'
  | 'column'
  | 'blockColumn'
  | 'category'
  | 'rowCounts'
  | 'sibling';

/** The count–percentage pairs of one sentence, with any total the sentence states. */
export interface PercentGroup {
  pairs: CountPct[];
  /** Totals the sentence states (`N = 96`, `dari 96 responden`). */
  statedTotals: number[];
  place: Place;
  /** Paragraph number: a list of categories may run over several sentences of one paragraph. */
  para: number;
  /** The one sample size the paragraph (or the one before it) states, for a sentence of nothing but pairs. */
  paragraphSample?: number;
  /** The stated total is a table's total row (a table that lost its layout, or prose repeating it),
   *  or a cross table row's own total (`row`). */
  totalSource?: Exclude<ShareTotalSource, 'own'>;
  /** The group size a row of these shares was analysed short of (missing answers): not checkable. */
  fewerCasesThan?: number;
}

/**
 * A percentage printed without its count ("48,40% responden") whose n the text states
 * unambiguously: the one group size named in its sentence, or the one sample size of its paragraph.
 */
export interface ShareReport {
  pct: Num;
  n: number;
  where: 'sentence' | 'paragraph';
  place: Place;
}

export type ColumnRole =
  | 'count'
  | 'percent'
  | 'validPercent'
  | 'cumPercent'
  | 'countPct'
  | 'mean'
  | 'sd'
  | 'se'
  | 'n'
  | 'min'
  | 'max'
  | 't'
  | 'df'
  | 'p'
  | 'F'
  | 'chi2'
  | 'z'
  | 'r'
  | 'ratio'
  | 'ratioCi'
  | 'lower'
  | 'upper'
  | 'ci'
  | 'b'
  | 'wald'
  | 'meanSquare';

export interface Cell {
  text: string;
  start: number;
  end: number;
}

export interface TableRow {
  cells: Cell[];
  /** Row label: the non-numeric cells joined. */
  label: string;
  line: number;
  start: number;
  end: number;
}

export interface TableBlock {
  /** Text lines above the table that name it (title, caption). */
  title: string;
  header: TableRow[];
  body: TableRow[];
  start: number;
  end: number;
}

/** A sentence that decides about a hypothesis from the one p it cites. */
export interface ConclusionReport {
  p: Num;
  /** The level the sentence compares p with, when it names one. */
  alpha: Num | null;
  /** The p's sign when it is a bound (`p > .05`); absent or `=` for a printed value. */
  op?: POp;
  /** The decision says the result is significant (H0 rejected, Ha accepted). */
  significant: boolean;
  /** The decision as written (`H0 diterima`). */
  decision: string;
  place: Place;
}

/** A result named by the comparison it tests (`hubungan pengetahuan dengan kepatuhan`), with its p. */
export interface NamedResult {
  /** The relation word and the sorted content words of the comparison's name. */
  key: string;
  p: PReport;
  /** The statistic between the name and the p, if any. */
  test: TestReport | null;
  place: Place;
}

/** A decision drawn from a statistic against its critical value: "t hitung 5,376 > t tabel 1,686 maka H1 diterima". */
export interface CriticalDecision {
  /** `U`: a rank statistic (Mann–Whitney U), significant at or below its critical value. */
  /** `reliability`: a reliability coefficient (Cronbach's α) against its threshold; "significant" is "reliable". */
  /** `vif`, `tolerance`: a collinearity statistic against its threshold; "significant" is "multicollinearity present". */
  kind: 't' | 'F' | 'r' | 'chi2' | 'U' | 'reliability' | 'vif' | 'tolerance';
  stat: Num;
  critical: Num;
  /** The decision says the result is significant (H0 rejected, H1 accepted, an effect found). */
  significant: boolean;
  decision: string;
  place: Place;
}

/** A p compared with a level by a printed sign: "0.007 > 0.05". */
export interface ComparisonReport {
  p: Num;
  op: '<' | '>' | '≤' | '≥';
  level: Num;
  place: Place;
}

export interface Extraction {
  tests: TestReport[];
  /** Every p-value, with or without a statistic (for `p = .000`). */
  pValues: { p: PReport; place: Place; attached: boolean }[];
  estimates: EstimateReport[];
  descriptives: DescriptiveReport[];
  tFromMeans: TFromMeanReport[];
  walds: WaldReport[];
  percentGroups: PercentGroup[];
  conclusions: ConclusionReport[];
  /** Percentages printed without a count, of a sample size the text states. */
  shares: ShareReport[];
  /** Results named by their comparison, to find one test reported twice with different values. */
  namedResults?: NamedResult[];
  /** A two-sample t reported with both groups' means and SDs. */
  twoGroupTs?: TwoGroupTReport[];
  /** p's beside two groups' means and SDs, no t printed, under a note naming t tests. */
  summaryPs?: SummaryPReport[];
  /** p's per column under group rows of n and mean (SD), on a row naming a t test or ANOVA. */
  summaryTestColumns?: SummaryTestColumnReport[];
  /** p-values compared with a level by a printed sign. */
  comparisons: ComparisonReport[];
  /** Decisions drawn from a statistic against its critical value. */
  criticalDecisions: CriticalDecision[];
  /** Values listed with their printed sum and/or mean: a table row "F0 5.00 5.00 5.50 15.50 5.17". */
  listedSums?: ListedSumReport[];
  /** A flat cross table's total row, group by group (recognisers/group-counts-then-shares.ts). */
  groupTotalRows?: GroupTotalRow[];
  /** p's of a two-group table's categorical rows printed beside their counts, no statistic. */
  countRowPs?: CountRowPReport[];
  /** Decisions from an F or χ² against a critical value stated with its level and df. */
  dfCriticalDecisions?: DfCriticalDecision[];
  /** A table's χ² tests with the counts of the block each tests (recognisers/stat-df-p-rows.ts). */
  countsChiSquares?: CountsChiSquareReport[];
}

/** A printed χ² test and its block's counts: rows are the categories, columns the groups. */
export interface CountsChiSquareReport {
  test: TestReport;
  table: number[][];
}

/** "The critical value at a 5% level … with degrees of freedom (3, 6) is 5.99. Since the calculated F-value of 5.16 is less …, we fail to reject …". */
export interface DfCriticalDecision {
  kind: 'F' | 'chi2';
  stat: Num;
  df: number[];
  /** The level the critical value is stated at. */
  alpha: number;
  /** The critical value as stated. */
  critical: Num;
  significant: boolean;
  decision: string;
  place: Place;
}

/** The count a cross table's total row prints under one column group, and the sum of that group's counts. */
export interface GroupTotalRow {
  sum: number;
  stated: Num;
  place: Place;
}

/** A p beside a 2 × 2 table of counts a two-group table prints (recognisers/count-row-p.ts). */
export interface CountRowPReport {
  p: PReport;
  /** Counts: rows are the categories, columns the two groups. */
  table: [number, number][];
  place: Place;
}

/** Values listed with the sum and/or mean printed after them (a replicate table's Total and Rata-rata). */
export interface ListedSumReport {
  values: Num[];
  total: Num | null;
  mean: Num | null;
  place: Place;
  /** Where the mean is stated, when apart from the values (prose restating a table's sum and mean). */
  meanPlace?: Place;
}
