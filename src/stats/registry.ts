/**
 * The registry of statistical tests that `naskah stat` (and the oracle tests) run on a
 * table of columns: each entry declares its arguments (which also drive `--help` and the
 * argument checks in src/cli/stat-args.ts) and a `run` that calls the statistic. Test
 * names are the oracle's `test` strings.
 */
import { NaskahError } from '../errors.ts';
import { ancova } from './ancova.ts';
import { anovaOneway } from './anova-oneway.ts';
import { anovaTwoway } from './anova-twoway.ts';
import { chiSquare } from './chi-square.ts';
import { correlationMatrix } from './correlation-matrix.ts';
import { cronbachAlpha } from './cronbach-alpha.ts';
import { descriptives } from './descriptives.ts';
import { dunn } from './dunn.ts';
import { frequencies } from './frequencies.ts';
import { friedman } from './friedman.ts';
import { gamesHowell } from './games-howell.ts';
import { independentT } from './independent-t.ts';
import { kruskalWallis } from './kruskal-wallis.ts';
import { lilliefors } from './lilliefors.ts';
import { linearRegression } from './linear-regression.ts';
import { logisticRegression } from './logistic-regression.ts';
import { mannWhitney } from './mann-whitney.ts';
import { mcnemar } from './mcnemar.ts';
import { oddsRatio } from './odds-ratio.ts';
import { oneSampleT } from './one-sample-t.ts';
import { pAdjust } from './p-adjust.ts';
import { pairedT } from './paired-t.ts';
import { pearson } from './pearson.ts';
import { reliableChange } from './reliable-change.ts';
import { repeatedAnova } from './repeated-anova.ts';
import { shapiroWilk } from './shapiro-wilk.ts';
import { spearman } from './spearman.ts';
import { tukeyHsd } from './tukey-hsd.ts';
import type { GroupInput, Level, NumericInput } from './types.ts';
import { wilcoxonSignedRank } from './wilcoxon-signed-rank.ts';

/**
 * column: one column name; columns: a list of names; number: a number;
 * level: one level of a column named by `of`; levels: a list of levels of `of`.
 */
export type ArgKind = 'column' | 'columns' | 'number' | 'level' | 'levels';

export interface ArgSpec {
  name: string;
  kind: ArgKind;
  required: boolean;
  /** For column(s): the column must be numeric. */
  numeric?: boolean;
  /** For level(s): the argument naming the column whose levels these are. */
  of?: string;
  /** Default shown in help (applied by the test's run). */
  defaultText?: string;
  description: string;
}

/** Arguments after checking: columns resolved to their data. */
export interface ResolvedArgs {
  columns: Record<string, GroupInput>;
  columnLists: Record<string, { name: string; values: GroupInput }[]>;
  numbers: Record<string, number>;
  levels: Record<string, Level>;
  levelLists: Record<string, Level[]>;
}

export interface StatTest {
  name: string;
  /** One line for help. */
  summary: string;
  args: ArgSpec[];
  run(a: ResolvedArgs): object;
}

const num = (c: GroupInput) => c as NumericInput;
const optLevels = (a: ResolvedArgs, name: string) => (a.levelLists[name] ? { levels: a.levelLists[name] } : {});

const col = (name: string, description: string, numeric: boolean, required = true): ArgSpec => ({
  name,
  kind: 'column',
  required,
  numeric,
  description,
});
const levelsArg = (name: string, of: string, description: string): ArgSpec => ({
  name,
  kind: 'levels',
  required: false,
  of,
  description,
});
const GROUP_LEVELS = (of = 'group') =>
  levelsArg('levels', of, `level order of --${of} (default: sorted; the first is group 1)`);

/**
 * A single column whose name the statistic reports (a factor named in an ANOVA table):
 * given as a one-element column list, since resolved single columns carry no name.
 */
const namedColumn = (name: string, description: string): ArgSpec => ({
  name,
  kind: 'columns',
  required: true,
  numeric: false,
  description,
});
const oneNamed = (a: ResolvedArgs, arg: string): { name: string; values: GroupInput } => {
  const list = a.columnLists[arg]!;
  if (list.length !== 1)
    throw new NaskahError(
      'stat/invalid-argument',
      `--${arg} must name one column (got ${list.map((c) => c.name).join(', ')})`,
      {
        hint: `Give a single column name, e.g. --${arg} ${list[0]?.name ?? 'kelompok'}`,
      },
    );
  return { name: list[0]!.name, values: list[0]!.values };
};

export const STAT_TESTS: StatTest[] = [
  {
    name: 'descriptives',
    summary: 'n, mean, SD, SE, median, quartiles (SPSS type 6), skewness, kurtosis, 95% CI of the mean',
    args: [col('x', 'numeric column', true)],
    run: (a) => descriptives(num(a.columns.x!)),
  },
  {
    name: 'frequencies',
    summary: 'frequency table with percent, valid percent and cumulative percent',
    args: [col('x', 'column', false), levelsArg('levels', 'x', 'category order (default: sorted)')],
    run: (a) => frequencies(a.columns.x!, optLevels(a, 'levels')),
  },
  {
    name: 'shapiro-wilk',
    summary: 'Shapiro–Wilk normality test (Royston AS R94; 3 ≤ n ≤ 5000)',
    args: [col('x', 'numeric column', true)],
    run: (a) => shapiroWilk(num(a.columns.x!)),
  },
  {
    name: 'lilliefors',
    summary: 'Lilliefors (Kolmogorov–Smirnov) normality test (n ≥ 5)',
    args: [col('x', 'numeric column', true)],
    run: (a) => lilliefors(num(a.columns.x!)),
  },
  {
    name: 'paired-t',
    summary: 'paired-samples t test of x − y, with Cohen’s dz and the x–y correlation',
    args: [col('x', 'first measurement (e.g. pretest)', true), col('y', 'second measurement (e.g. posttest)', true)],
    run: (a) => pairedT(num(a.columns.x!), num(a.columns.y!)),
  },
  {
    name: 'one-sample-t',
    summary: 'one-sample t test of the mean against mu',
    args: [
      col('x', 'numeric column', true),
      { name: 'mu', kind: 'number', required: false, defaultText: '0', description: 'test value' },
    ],
    run: (a) => oneSampleT(num(a.columns.x!), a.numbers.mu ?? 0),
  },
  {
    name: 'independent-t',
    summary: 'independent-samples t test (Student and Welch), Levene, Cohen’s d, Hedges’ g',
    args: [col('value', 'numeric outcome', true), col('group', 'two-level group column', false), GROUP_LEVELS()],
    run: (a) => independentT(num(a.columns.value!), a.columns.group!, optLevels(a, 'levels')),
  },
  {
    name: 'wilcoxon-signed-rank',
    summary: 'Wilcoxon signed-rank test of x − y (tie-corrected z; exact p when possible)',
    args: [col('x', 'first measurement', true), col('y', 'second measurement', true)],
    run: (a) => wilcoxonSignedRank(num(a.columns.x!), num(a.columns.y!)),
  },
  {
    name: 'mann-whitney',
    summary: 'Mann–Whitney U test (tie-corrected z; exact p when possible)',
    args: [col('value', 'numeric outcome', true), col('group', 'two-level group column', false), GROUP_LEVELS()],
    run: (a) => mannWhitney(num(a.columns.value!), a.columns.group!, optLevels(a, 'levels')),
  },
  {
    name: 'chi-square',
    summary: 'χ² test of independence with Yates, likelihood ratio and Fisher’s exact p',
    args: [
      col('row', 'row variable', false),
      col('col', 'column variable', false),
      levelsArg('row-levels', 'row', 'row level order (default: sorted)'),
      levelsArg('col-levels', 'col', 'column level order (default: sorted)'),
    ],
    run: (a) => {
      const opts: { rowLevels?: Level[]; colLevels?: Level[] } = {};
      if (a.levelLists['row-levels']) opts.rowLevels = a.levelLists['row-levels'];
      if (a.levelLists['col-levels']) opts.colLevels = a.levelLists['col-levels'];
      return chiSquare(a.columns.row!, a.columns.col!, opts);
    },
  },
  {
    name: 'odds-ratio',
    summary: 'odds ratio with Woolf (Wald) 95% CI and Wald p',
    args: [
      col('exposure', 'exposure column', false),
      col('outcome', 'outcome column', false),
      {
        name: 'reference',
        kind: 'level',
        of: 'exposure',
        required: false,
        defaultText: '0',
        description: 'unexposed (reference) level of the exposure',
      },
      {
        name: 'exposed',
        kind: 'level',
        of: 'exposure',
        required: false,
        defaultText: 'the other level',
        description: 'exposed level',
      },
      {
        name: 'case',
        kind: 'level',
        of: 'outcome',
        required: false,
        defaultText: '1',
        description: 'outcome level that marks a case',
      },
    ],
    run: (a) => {
      const opts: { reference?: Level; exposed?: Level; caseLevel?: Level } = {};
      if (a.levels.reference !== undefined) opts.reference = a.levels.reference;
      if (a.levels.exposed !== undefined) opts.exposed = a.levels.exposed;
      if (a.levels.case !== undefined) opts.caseLevel = a.levels.case;
      return oddsRatio(a.columns.exposure!, a.columns.outcome!, opts);
    },
  },
  {
    name: 'logistic-regression',
    summary: 'binary logistic regression (IRLS) with Wald z, odds ratios, LR test and pseudo-R²',
    args: [
      col('outcome', '0/1 outcome (or with --case)', false),
      {
        name: 'predictors',
        kind: 'columns',
        required: true,
        numeric: true,
        description: 'numeric or 0/1 predictors, comma-separated',
      },
      {
        name: 'case',
        kind: 'level',
        of: 'outcome',
        required: false,
        defaultText: '1',
        description: 'outcome level coded 1',
      },
    ],
    run: (a) =>
      logisticRegression(
        a.columns.outcome!,
        a.columnLists.predictors!.map((p) => ({ name: p.name, values: num(p.values) })),
        a.levels.case !== undefined ? { caseLevel: a.levels.case } : {},
      ),
  },
  {
    name: 'anova-oneway',
    summary: 'one-way ANOVA with η², Welch’s ANOVA and Levene’s test',
    args: [col('value', 'numeric outcome', true), col('group', 'group column', false), GROUP_LEVELS()],
    run: (a) => anovaOneway(num(a.columns.value!), a.columns.group!, optLevels(a, 'levels')),
  },
  {
    name: 'pearson',
    summary: 'Pearson correlation with t test and Fisher-z 95% CI',
    args: [col('x', 'numeric column', true), col('y', 'numeric column', true)],
    run: (a) => pearson(num(a.columns.x!), num(a.columns.y!)),
  },
  {
    name: 'spearman',
    summary: 'Spearman rank correlation with t approximation',
    args: [col('x', 'numeric column', true), col('y', 'numeric column', true)],
    run: (a) => spearman(num(a.columns.x!), num(a.columns.y!)),
  },
  {
    name: 'kruskal-wallis',
    summary: 'Kruskal–Wallis H test (tie-corrected)',
    args: [col('value', 'numeric outcome', true), col('group', 'group column', false), GROUP_LEVELS()],
    run: (a) => kruskalWallis(num(a.columns.value!), a.columns.group!, optLevels(a, 'levels')),
  },
  {
    name: 'mcnemar',
    summary: 'McNemar test for paired binary data, with exact binomial p',
    args: [
      col('x', 'binary column (first time)', false),
      col('y', 'binary column (second time)', false),
      levelsArg('levels', 'x', 'the two levels, negative first (default: 0,1)'),
    ],
    run: (a) => {
      const lv = a.levelLists.levels;
      if (lv && lv.length !== 2)
        throw new NaskahError(
          'stat/invalid-argument',
          `--levels for mcnemar needs exactly 2 levels (got ${lv.length})`,
          { hint: 'Give the negative level first, e.g. --levels tidak,ya' },
        );
      return mcnemar(a.columns.x!, a.columns.y!, lv ? { levels: [lv[0]!, lv[1]!] } : {});
    },
  },
  {
    name: 'cronbach-alpha',
    summary: 'Cronbach’s alpha with item-total statistics',
    args: [
      { name: 'items', kind: 'columns', required: true, numeric: true, description: 'item columns, comma-separated' },
    ],
    run: (a) => cronbachAlpha(a.columnLists.items!.map((i) => ({ name: i.name, values: num(i.values) }))),
  },
  {
    name: 'reliable-change',
    summary: 'Jacobson–Truax reliable change index per participant',
    args: [
      col('pre', 'pretest score', true),
      col('post', 'posttest score', true),
      { name: 'sd', kind: 'number', required: true, description: 'standard deviation (pretest or norm)' },
      { name: 'reliability', kind: 'number', required: true, description: 'reliability of the scale (e.g. alpha)' },
    ],
    run: (a) =>
      reliableChange(num(a.columns.pre!), num(a.columns.post!), {
        sd: a.numbers.sd!,
        reliability: a.numbers.reliability!,
      }),
  },
  {
    name: 'tukey-hsd',
    summary: 'Tukey’s HSD post-hoc comparisons (Tukey–Kramer for unequal n) with 95% CIs',
    args: [col('value', 'numeric outcome', true), col('group', 'group column', false), GROUP_LEVELS()],
    run: (a) => tukeyHsd(num(a.columns.value!), a.columns.group!, optLevels(a, 'levels')),
  },
  {
    name: 'games-howell',
    summary: 'Games–Howell post-hoc comparisons (unequal variances) with 95% CIs',
    args: [col('value', 'numeric outcome', true), col('group', 'group column', false), GROUP_LEVELS()],
    run: (a) => gamesHowell(num(a.columns.value!), a.columns.group!, optLevels(a, 'levels')),
  },
  {
    name: 'dunn',
    summary: 'Dunn’s pairwise rank comparisons after Kruskal–Wallis, Holm- and Bonferroni-adjusted',
    args: [col('value', 'numeric outcome', true), col('group', 'group column', false), GROUP_LEVELS()],
    run: (a) => dunn(num(a.columns.value!), a.columns.group!, optLevels(a, 'levels')),
  },
  {
    name: 'p-adjust',
    summary: 'Holm, Bonferroni, Hochberg and Benjamini–Hochberg adjustment of a column of p-values',
    args: [col('p', 'column of p-values (0 to 1)', true)],
    run: (a) => pAdjust(num(a.columns.p!)),
  },
  {
    name: 'correlation-matrix',
    summary: 'Pearson or Spearman correlation matrix (pairwise complete) with 95% CIs and Holm-adjusted p',
    args: [
      {
        name: 'variables',
        kind: 'columns',
        required: true,
        numeric: true,
        description: 'numeric columns, comma-separated',
      },
      {
        name: 'method',
        kind: 'level',
        required: false,
        defaultText: 'pearson',
        description: 'pearson or spearman',
      },
    ],
    run: (a) => {
      const method = String(a.levels.method ?? 'pearson').toLowerCase();
      if (method !== 'pearson' && method !== 'spearman')
        throw new NaskahError('stat/invalid-argument', `--method must be pearson or spearman (got "${method}")`, {
          hint: 'Use --method spearman for ranks (ordinal data), pearson otherwise.',
        });
      return correlationMatrix(
        a.columnLists.variables!.map((v) => ({ name: v.name, values: num(v.values) })),
        method,
      );
    },
  },
  {
    name: 'linear-regression',
    summary: 'multiple linear regression: B, SE, β, t, p, CI, tolerance, VIF, R², F, Durbin–Watson',
    args: [
      col('outcome', 'numeric outcome', true),
      {
        name: 'predictors',
        kind: 'columns',
        required: true,
        numeric: false,
        description: 'predictors, comma-separated (text columns become dummies against their first level)',
      },
    ],
    run: (a) =>
      linearRegression(
        num(a.columns.outcome!),
        a.columnLists.predictors!.map((p) => ({ name: p.name, values: p.values })),
      ),
  },
  {
    name: 'anova-twoway',
    summary: 'two-way factorial ANOVA (Type III SS, partial η²), cell means, Levene, simple effects',
    args: [
      col('value', 'numeric outcome', true),
      namedColumn('factorA', 'first factor (one column)'),
      namedColumn('factorB', 'second factor (one column)'),
    ],
    run: (a) => anovaTwoway(num(a.columns.value!), oneNamed(a, 'factorA'), oneNamed(a, 'factorB')),
  },
  {
    name: 'ancova',
    summary: 'one-way ANCOVA (Type III SS), adjusted means with 95% CIs, homogeneity of slopes',
    args: [
      col('value', 'numeric outcome', true),
      namedColumn('group', 'group column (one column)'),
      {
        name: 'covariates',
        kind: 'columns',
        required: true,
        numeric: false,
        description: 'numeric covariates, comma-separated',
      },
    ],
    run: (a) =>
      ancova(
        num(a.columns.value!),
        oneNamed(a, 'group'),
        a.columnLists.covariates!.map((c) => ({ name: c.name, values: c.values })),
      ),
  },
  {
    name: 'repeated-anova',
    summary: 'one-way repeated-measures ANOVA: Mauchly, Greenhouse–Geisser, Huynh–Feldt, Bonferroni pairs',
    args: [
      {
        name: 'variables',
        kind: 'columns',
        required: true,
        numeric: true,
        description: 'the measurements in order (wide columns, one row per subject), comma-separated',
      },
    ],
    run: (a) => repeatedAnova(a.columnLists.variables!.map((v) => ({ name: v.name, values: num(v.values) }))),
  },
  {
    name: 'friedman',
    summary: 'Friedman test for related measurements with Kendall’s W',
    args: [
      {
        name: 'variables',
        kind: 'columns',
        required: true,
        numeric: true,
        description: 'the measurements (wide columns, one row per subject), comma-separated',
      },
    ],
    run: (a) => friedman(a.columnLists.variables!.map((v) => ({ name: v.name, values: num(v.values) }))),
  },
];

export const STAT_TEST_NAMES = STAT_TESTS.map((t) => t.name);
