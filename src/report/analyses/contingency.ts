/**
 * Contingency table in words: counts with row (or column) percentages and totals, the
 * expected-count check that chose between the χ² test and Fisher's exact test, the APA
 * statistic with Cramér's V, Yates' correction noted for 2 × 2 tables.
 */
import type { ContingencyAnalysis, ContingencyOutput, ContingencySpec } from '../../analysis/units/contingency.ts';
import { isFailure } from '../../stats/types.ts';
import type { TableCell, TableModel, TableRow } from '../document.ts';
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

export const contingencyReport: ReportUnit<ContingencyAnalysis, ContingencySpec> = {
  type: 'contingency',
  tables(a, spec, ctx) {
    const r = resultOf(a);
    return r ? [table(a, r, spec, ctx)] : [];
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
    return `${check} ${res}\n\n::table[${spec.id}]`;
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
