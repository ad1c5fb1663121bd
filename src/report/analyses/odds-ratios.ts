/**
 * Crude odds ratios in words: one table per group of factors (each factor's categories
 * with n (%) in each outcome group, OR, 95% CI and p; the reference category as
 * "1.00 (reference)"), a forest plot of the ORs on a log scale, and sentences naming the
 * significant comparisons, the factors that could not be estimated and zero cells.
 */
import { ratioDigits } from '../locale/format.ts';
import type {
  OddsRatioLevel,
  OddsRatioPredictor,
  OddsRatiosAnalysis,
  OddsRatiosResult,
  OddsRatiosSpec,
  PredictorGroupSpec,
} from '../../analysis/units/odds-ratios.ts';
import { isFailure } from '../../stats/types.ts';
import type { FigureModel, TableCell, TableModel, TableRow } from '../document.ts';
import { type OddsRatioEstimate, oddsRatioForest } from '../figures/forest.ts';
import { captionOf, md, textOf, wording, type ReportContext, type ReportUnit } from '../context.ts';
import * as messages from '../locale/odds-ratios.ts';
import type { ComparisonText } from '../locale/odds-ratios.ts';

const plain = (s: string) => s.replace(/\\(.)/g, '$1');
const right = (text: string): TableCell => ({ text, align: 'right' });

interface Part {
  key: string;
  group?: PredictorGroupSpec;
  predictors: OddsRatioPredictor[];
}

function resultOf(a: OddsRatiosAnalysis): OddsRatiosResult | undefined {
  return isFailure(a.result) ? undefined : a.result;
}

/** The table parts: one per group, or one for the whole analysis. */
function partsOf(r: OddsRatiosResult, spec: OddsRatiosSpec): Part[] {
  if (!spec.groups?.length) return [{ key: spec.id, predictors: r.predictors }];
  return spec.groups.map((g) => ({
    key: `${spec.id}.${g.key}`,
    group: g,
    predictors: r.predictors.filter((p) => p.group === g.key),
  }));
}

function caseWords(r: OddsRatiosResult, ctx: ReportContext): string {
  return wording(ctx, messages).caseOf(ctx.label(r.outcome), ctx.levelInText(r.outcome, r.caseLevel));
}

function comparison(p: OddsRatioPredictor, l: OddsRatioLevel, ctx: ReportContext): ComparisonText {
  return {
    variable: ctx.label(p.variable),
    level: ctx.levelInText(p.variable, l.level),
    reference: ctx.levelInText(p.variable, p.reference),
    or: l.or!,
    lo: l.ciLower!,
    hi: l.ciUpper!,
    p: l.p!,
  };
}

function significant(predictors: OddsRatioPredictor[], alpha: number): { p: OddsRatioPredictor; l: OddsRatioLevel }[] {
  return predictors.flatMap((p) =>
    p.levels.filter((l) => !l.reference && l.p !== null && l.or !== null && l.p < alpha).map((l) => ({ p, l })),
  );
}

function groupTable(part: Part, r: OddsRatiosResult, spec: OddsRatiosSpec, ctx: ReportContext): TableModel {
  const W = wording(ctx, messages);
  const { L } = ctx;
  const f = L.fmt;
  const words = caseWords(r, ctx);
  const digits = ratioDigits(
    part.predictors.flatMap((p) => (p.estimable ? p.levels.flatMap((l) => [l.or, l.ciLower, l.ciUpper]) : [])),
  );
  // Cases first: with row percentages their column is the prevalence of the outcome in each category.
  const cols = [r.caseLevel, r.nonCaseLevel];
  const head: TableCell[][] = [
    [
      { text: W.columns.factor, rowspan: 2 },
      { text: W.columns.category, rowspan: 2 },
      { text: W.outcomeHead(ctx.label(r.outcome)), colspan: 2, align: 'center' },
      { ...right(W.columns.or), rowspan: 2 },
      { ...right(W.columns.ci), rowspan: 2 },
      { ...right(W.columns.p), rowspan: 2 },
    ],
    cols.map((c) => right(ctx.levelLabel(r.outcome, c))),
  ];
  const rows: TableRow[] = [];
  const zero: string[] = [];
  const notes: string[] = [r.percent === 'column' ? W.notes.column : W.notes.row, W.notes.or(words)];
  for (const p of part.predictors) {
    const label = ctx.label(p.variable);
    p.levels.forEach((l, i) => {
      const count = (c: string) => {
        const isCase = c === r.caseLevel;
        const n = isCase ? l.cases : l.nonCases;
        const pc =
          r.percent === 'column'
            ? isCase
              ? l.casesColPercent
              : l.nonCasesColPercent
            : isCase
              ? l.casesRowPercent
              : l.nonCasesRowPercent;
        return right(`${f.int(n)} (${f.pct(pc)})`);
      };
      let or: TableCell[];
      if (l.reference) or = [right(W.reference), right(''), right('')];
      else if (!p.estimable || l.or === null) or = [right(W.dash), right(W.dash), right(W.dash)];
      else or = [right(f.num(l.or, digits)), right(L.ciCell(l.ciLower!, l.ciUpper!, digits)), right(f.pCell(l.p))];
      if (l.note === 'zero cell') zero.push(`${label} (${ctx.levelLabel(p.variable, l.level)})`);
      rows.push({
        cells: [
          { text: i === 0 ? label : '' },
          { text: ctx.levelLabel(p.variable, l.level) },
          ...cols.map(count),
          ...or,
        ],
      });
    });
    if (!p.estimable)
      notes.push(
        p.levels.length
          ? W.notes.singleLevel(label, ctx.levelLabel(p.variable, p.levels[0]!.level))
          : W.notes.noObservations(label),
      );
  }
  if (zero.length) notes.push(W.notes.zeroCell(zero));
  const fallback = W.caption(words);
  const caption = part.group?.title ? textOf(part.group.title, ctx, fallback) : captionOf(spec, ctx, fallback);
  return { key: part.key, caption, head, rows, notes };
}

function groupName(g: PredictorGroupSpec, ctx: ReportContext): string {
  return ctx.L.cap(textOf(g.label ?? g.title, ctx, g.key));
}

/**
 * Forest plot: one row per comparison (category vs reference) with an estimable OR, a
 * square at the OR (filled when p < alpha) and its 95% CI on a log axis, a dashed line at
 * OR = 1; with groups, each group's rows under a bold heading row.
 */
function forest(r: OddsRatiosResult, spec: OddsRatiosSpec, ctx: ReportContext): FigureModel | undefined {
  if (spec.figure === false) return undefined;
  const W = wording(ctx, messages);
  const sections = partsOf(r, spec).map((part) => ({
    heading: part.group ? groupName(part.group, ctx) : undefined,
    ratios: part.predictors.flatMap((p) =>
      p.levels.flatMap((l): OddsRatioEstimate[] =>
        l.reference || l.or === null || l.ciLower === null || l.ciUpper === null
          ? []
          : [
              {
                label: `${ctx.label(p.variable)}: ${ctx.levelLabel(p.variable, l.level)}`,
                or: l.or,
                lo: l.ciLower,
                hi: l.ciUpper,
                p: l.p,
              },
            ],
      ),
    ),
  }));
  const words = caseWords(r, ctx);
  return oddsRatioForest(
    spec.id,
    sections,
    {
      axis: W.figureAxis,
      estimates: W.figureEstimates,
      caption: W.figureCaption(words, ctx.L.fmt.bounded(ctx.results.alpha)),
      alt: (n) => W.figureAlt(words, n),
    },
    ctx,
  );
}

function notEstimable(_r: OddsRatiosResult, predictors: OddsRatioPredictor[], ctx: ReportContext): string[] {
  return predictors.filter((p) => !p.estimable).map((p) => md(ctx.label(p.variable)));
}

export const oddsRatiosReport: ReportUnit<OddsRatiosAnalysis, OddsRatiosSpec> = {
  type: 'odds-ratios',
  tables(a, spec, ctx) {
    const r = resultOf(a);
    return r ? partsOf(r, spec).map((part) => groupTable(part, r, spec, ctx)) : [];
  },
  figures(a, spec, ctx) {
    const r = resultOf(a);
    const f = r ? forest(r, spec, ctx) : undefined;
    return f ? [f] : [];
  },
  stat(a, _spec, ctx) {
    const r = resultOf(a);
    if (!r) return undefined;
    const comps = r.predictors.flatMap((p) => p.levels.filter((l) => !l.reference && l.or !== null));
    if (comps.length !== 1) return undefined;
    const l = comps[0]!;
    return wording(ctx, messages).stat(l.or!, l.ciLower, l.ciUpper, l.p);
  },
  methods(a, _spec, ctx) {
    const r = resultOf(a);
    return r ? wording(ctx, messages).methods(md(caseWords(r, ctx))) : undefined;
  },
  results(a, spec, ctx) {
    const W = wording(ctx, messages);
    if (isFailure(a.result)) {
      const err = a.result.error;
      return W.failed(W.errors[err.code] ?? md(ctx.L.statError(err)));
    }
    const r = a.result;
    const words = md(caseWords(r, ctx));
    const alpha = ctx.results.alpha;
    const out: string[] = [];
    for (const part of partsOf(r, spec)) {
      const table = groupTable(part, r, spec, ctx);
      const group = part.group?.label ? md(textOf(part.group.label, ctx, '')) : '';
      const sig = significant(part.predictors, alpha).map(({ p, l }) => comparison(p, l, ctx));
      const mdComp = (c: ComparisonText): ComparisonText => ({
        ...c,
        variable: md(c.variable),
        level: md(c.level),
        reference: md(c.reference),
      });
      const sentences = [W.groupShows(`:ref[${part.key}]`, md(plain(table.caption)))];
      if (sig.length) {
        sentences.push(
          W.significant(words, sig.filter((c) => c.or > 1).map(mdComp), sig.filter((c) => c.or < 1).map(mdComp), group),
        );
        const testable = part.predictors.filter((p) => p.estimable).length;
        if (testable > new Set(significant(part.predictors, alpha).map((s) => s.p.variable)).size)
          sentences.push(W.othersNot(group));
      } else if (part.predictors.some((p) => p.estimable)) sentences.push(W.noneSignificant(words, group));
      const ne = notEstimable(r, part.predictors, ctx);
      if (ne.length) sentences.push(W.notEstimable(ne));
      const zero = part.predictors.flatMap((p) =>
        p.levels
          .filter((l) => l.note === 'zero cell')
          .map((l) => `${md(ctx.label(p.variable))} (${md(ctx.levelLabel(p.variable, l.level))})`),
      );
      if (zero.length) sentences.push(W.zeroCells(zero));
      out.push(sentences.join(' '), `::table[${part.key}]`);
    }
    if (forest(r, spec, ctx)) out.push(W.figureShows(`:figref[${spec.id}]`), `::figure[${spec.id}]`);
    return out.join('\n\n');
  },
  abstract(a, _spec, ctx) {
    const r = resultOf(a);
    if (!r) return undefined;
    const W = wording(ctx, messages);
    const comps = significant(r.predictors, ctx.results.alpha).map(({ p, l }) => {
      const c = comparison(p, l, ctx);
      return { ...c, variable: md(c.variable), level: md(c.level), reference: md(c.reference) };
    });
    return W.abstract(md(caseWords(r, ctx)), comps);
  },
  conclusion(a, _spec, ctx) {
    const r = resultOf(a);
    if (!r) return undefined;
    const vars = [...new Set(significant(r.predictors, ctx.results.alpha).map(({ p }) => p.variable))].map((v) =>
      md(ctx.label(v)),
    );
    return wording(ctx, messages).conclusion(md(caseWords(r, ctx)), vars);
  },
};
