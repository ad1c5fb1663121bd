/**
 * Contingency table in words: counts with row (or column) percentages and totals, the
 * expected-count check that chose between the χ² test and Fisher's exact test, the APA
 * statistic with Cramér's V, Yates' correction noted for 2 × 2 tables.
 */
import type { ContingencyAnalysis, ContingencyOutput, ContingencySpec } from '../../analysis/units/contingency.ts';
import { isFailure } from '../../stats/types.ts';
import type { FigureModel, TableCell, TableModel, TableRow } from '../document.ts';
import { type CategoryBar, categoryBarsSpec, stackedBarsSpec } from '../figures/category-bars.ts';
import { captionOf, md, wording, type ReportContext, type ReportUnit } from '../context.ts';
import * as messages from '../locale/contingency.ts';
import { citedTest } from '../test-citations.ts';

type Result = ContingencyOutput;

const right = (text: string): TableCell => ({ text, align: 'right' });

function resultOf(a: ContingencyAnalysis): Result | undefined {
  return isFailure(a.result) ? undefined : a.result;
}

function statText(a: ContingencyAnalysis, r: Result, ctx: ReportContext): string {
  const W = wording(ctx, messages);
  if (a.test === 'fisher' && r.fisherP !== null) return W.statFisher(r.fisherP, r.cramersV);
  return W.statChi(r.statistic, r.df, r.n, r.p, r.cramersV);
}

function table(a: ContingencyAnalysis, r: Result, spec: ContingencySpec, ctx: ReportContext): TableModel {
  const W = wording(ctx, messages);
  const f = ctx.L.fmt;
  const rowTotals = r.observed.map((row) => row.reduce((s, x) => s + x, 0));
  const colTotals = r.colLevels.map((_, j) => r.observed.reduce((s, row) => s + row[j]!, 0));
  const pct = (x: number, i: number, j: number) => {
    const d = r.percent === 'column' ? colTotals[j]! : rowTotals[i]!;
    return d > 0 ? f.pct((100 * x) / d) : '—';
  };
  const head: TableCell[][] = [
    [
      { text: ctx.label(spec.row), rowspan: 2 },
      { text: ctx.label(spec.column), colspan: r.colLevels.length, align: 'center' },
      { ...right(W.columns.total), rowspan: 2 },
    ],
    r.colLevels.map((c) => right(`${ctx.levelLabel(spec.column, c)} ${W.columns.nPercent}`)),
  ];
  const rows: TableRow[] = r.rowLevels.map((level, i) => ({
    cells: [
      { text: ctx.levelLabel(spec.row, level) },
      ...r.observed[i]!.map((x, j) => right(`${f.int(x)} (${pct(x, i, j)})`)),
      right(f.int(rowTotals[i])),
    ],
  }));
  rows.push({
    kind: 'total',
    cells: [{ text: W.columns.total }, ...colTotals.map((t) => right(f.int(t))), right(f.int(r.n))],
  });
  const notes = [r.percent === 'column' ? W.notes.column : W.notes.row];
  if (a.test === 'fisher' && r.fisherP !== null) notes.push(W.notes.fisher(statText(a, r, ctx), r.cellsBelow5Percent));
  else notes.push(W.notes.chi(statText(a, r, ctx)));
  if (r.yates) notes.push(W.notes.yates(W.statYates(r.yates.statistic, r.yates.p)));
  return {
    key: spec.id,
    caption: captionOf(spec, ctx, W.caption(ctx.label(spec.row), ctx.label(spec.column))),
    head,
    rows,
    notes,
  };
}

/**
 * Bars of the percentages the table prints: within each row level (default) or each
 * column level. The levels the percentages are taken within are the series (side by side,
 * or one stacked bar each); the other variable's levels are the categories.
 */
function figure(a: ContingencyAnalysis, spec: ContingencySpec, ctx: ReportContext): FigureModel | undefined {
  const r = resultOf(a);
  if (!r || spec.figure === false || r.n === 0) return undefined;
  const W = wording(ctx, messages).figure;
  const byColumn = r.percent === 'column';
  const within = byColumn ? spec.column : spec.row;
  const other = byColumn ? spec.row : spec.column;
  const seriesLevels = byColumn ? r.colLevels : r.rowLevels;
  const categoryLevels = byColumn ? r.rowLevels : r.colLevels;
  const count = (s: number, c: number) => (byColumn ? r.observed[c]![s]! : r.observed[s]![c]!);
  const bars: CategoryBar[] = seriesLevels.flatMap((sl, s) => {
    const total = categoryLevels.reduce<number>((k, _, c) => k + count(s, c), 0);
    if (total === 0) return [];
    return categoryLevels.map((cl, c) => ({
      panel: '',
      category: ctx.levelLabel(other, cl),
      series: ctx.levelLabel(within, sl),
      percent: (100 * count(s, c)) / total,
      n: count(s, c),
    }));
  });
  const withinLabel = ctx.label(within);
  const otherLabel = ctx.label(other);
  const axis = W.axis(withinLabel);
  const groups = [...new Set(bars.map((b) => b.series))].map((group) => ({
    group,
    parts: bars.filter((b) => b.series === group).map((b) => W.altPart(b.category, b.n, b.percent)),
  }));
  return {
    key: spec.id,
    caption: W.caption(table(a, r, spec, ctx).caption, withinLabel),
    spec:
      spec.figure === 'stacked'
        ? stackedBarsSpec(bars, { x: axis, series: withinLabel, category: otherLabel }, ctx)
        : categoryBarsSpec(bars, { x: axis, series: withinLabel, category: otherLabel }, ctx),
    alt: W.alt(otherLabel, withinLabel, groups),
  };
}

export const contingencyReport: ReportUnit<ContingencyAnalysis, ContingencySpec> = {
  type: 'contingency',
  tables(a, spec, ctx) {
    const r = resultOf(a);
    return r ? [table(a, r, spec, ctx)] : [];
  },
  figures(a, spec, ctx) {
    const f = figure(a, spec, ctx);
    return f ? [f] : [];
  },
  stat(a, _spec, ctx) {
    const r = resultOf(a);
    return r ? statText(a, r, ctx) : undefined;
  },
  methods(_a, spec, ctx) {
    const W = wording(ctx, messages);
    const row = md(ctx.label(spec.row));
    const col = md(ctx.label(spec.column));
    return spec.test
      ? W.methodsFixed(row, col, citedTest(ctx.L.tests[spec.test] ?? spec.test, spec.test))
      : W.methods(row, col);
  },
  results(a, spec, ctx) {
    const W = wording(ctx, messages);
    if (isFailure(a.result)) return W.failed(md(ctx.L.statError(a.result.error)));
    const r = a.result;
    const c = a.checks[0]!;
    const check = spec.test
      ? W.checkFixed(r.cellsBelow5, r.cellsBelow5Percent)
      : W.check(r.cellsBelow5, r.cellsBelow5Percent, c.passed);
    const res = W.result(
      md(ctx.label(spec.row)),
      md(ctx.label(spec.column)),
      a.decision?.significant ?? false,
      statText(a, r, ctx),
      `:ref[${spec.id}]`,
    );
    const fig = figure(a, spec, ctx) ? ` ${W.figure.ref(`:figref[${spec.id}]`)}` : '';
    return `${check} ${res}${fig}\n\n::table[${spec.id}]${fig ? `\n\n::figure[${spec.id}]` : ''}`;
  },
  conclusion(a, spec, ctx) {
    if (!resultOf(a) || !a.decision) return undefined;
    return wording(ctx, messages).conclusion(
      md(ctx.label(spec.row)),
      md(ctx.label(spec.column)),
      a.decision.significant,
    );
  },
};
