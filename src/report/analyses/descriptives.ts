/** Descriptive statistics in words: a table with the chosen columns and mean (SD) sentences. */
import type { DescriptivesResult } from '../../stats/descriptives.ts';
import { isFailure, type StatFailure } from '../../stats/types.ts';
import type { DescriptiveColumn, DescriptivesAnalysis, DescriptivesSpec } from '../../analysis/units/descriptives.ts';
import type { FigureModel, TableCell, TableRow } from '../document.ts';
import { type GroupDistributionRow, groupDistributionSpec, groupRows } from '../figures/group-distribution.ts';
import { captionOf, md, wording, type ReportContext, type ReportUnit } from '../context.ts';
import * as messages from '../locale/descriptives.ts';

const DEFAULT_COLUMNS: DescriptiveColumn[] = ['n', 'mean', 'sd', 'min', 'max'];

/**
 * Decimals of the minimum and maximum columns: none when every extreme in the table is a
 * whole number, else two for all of them, so a column never mixes "30" and "29.50".
 */
function extremeDigits(results: (DescriptivesResult | StatFailure)[]): number {
  const whole = results.every((r) => isFailure(r) || (Number.isInteger(r.min) && Number.isInteger(r.max)));
  return whole ? 0 : 2;
}

function cells(
  r: DescriptivesResult | StatFailure,
  columns: DescriptiveColumn[],
  ctx: ReportContext,
  extremes: number,
): TableCell[] {
  const f = ctx.L.fmt;
  if (isFailure(r)) return columns.map(() => ({ text: '—', align: 'right' }));
  const value = (c: DescriptiveColumn): string => {
    switch (c) {
      case 'n':
        return f.int(r.n);
      case 'mean':
        return f.num(r.mean);
      case 'sd':
        return f.num(r.sd);
      case 'se':
        return f.num(r.se);
      case 'median':
        return f.num(r.median);
      case 'iqr':
        return f.num(r.iqr);
      case 'min':
        return f.num(r.min, extremes);
      case 'max':
        return f.num(r.max, extremes);
      case 'skewness':
        return f.num(r.skewness, 3);
      case 'kurtosis':
        return f.num(r.kurtosis, 3);
      case 'ci':
        return r.ciLower === null || r.ciUpper === null ? '—' : ctx.L.ciCell(r.ciLower, r.ciUpper);
    }
  };
  return columns.map((c) => ({ text: value(c), align: 'right' }));
}

function header(c: DescriptiveColumn, ctx: ReportContext): string {
  return ctx.L.columns[c];
}

/** Panels per row of the figure: more variables wrap to further rows. */
const PANELS_PER_ROW = 3;

/**
 * A panel per variable with its own axis (variables are on different scales): a box per
 * level of `by` (or one box), the mean and its 95% CI beside it, from the table's numbers.
 */
function figure(a: DescriptivesAnalysis, spec: DescriptivesSpec, ctx: ReportContext): FigureModel | undefined {
  if (spec.figure === false) return undefined;
  const { variables: vars, by } = a.result;
  const panels = vars.flatMap((v) => {
    const label = ctx.label(v.variable);
    const rows: GroupDistributionRow[] =
      by && v.groups
        ? groupRows(
            v.groups.map((g) => ({ level: g.level, value: g.result })),
            (level) => ctx.levelLabel(by, level),
          )
        : groupRows([{ level: '', value: v.overall }], () => label);
    return rows.length ? [{ variable: v.variable, label, rows }] : [];
  });
  if (!panels.length) return undefined;
  const W = wording(ctx, messages).figure;
  const drawn = panels.map((p) => {
    const {
      $schema: _schema,
      config: _config,
      ...panel
    } = groupDistributionSpec(p.rows, 'box', { x: by ? ctx.label(by) : '', y: p.label }, ctx);
    return { ...panel, width: Math.max(70, 64 * p.rows.length) };
  });
  const vl: Record<string, unknown> = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...(drawn.length === 1 ? drawn[0] : { concat: drawn, columns: PANELS_PER_ROW, spacing: 24 }),
  };
  // Without groups each panel is one box, named by its axis title: no labels under it.
  const config: Record<string, unknown> = by ? {} : { axisX: { labels: false } };
  if (ctx.L.chartNumbers) config.locale = { number: ctx.L.chartNumbers };
  if (Object.keys(config).length) vl.config = config;
  return {
    key: spec.id,
    caption: W.caption(
      panels.map((p) => p.label),
      by ? ctx.label(by) : null,
    ),
    spec: vl,
    alt: W.alt(
      panels.map((p) => ({ variable: p.label, parts: p.rows.map((r) => ({ ...r, group: by ? r.group : '' })) })),
    ),
  };
}

export const descriptivesReport: ReportUnit<DescriptivesAnalysis, DescriptivesSpec> = {
  type: 'descriptives',
  tables(a, spec, ctx) {
    const { variables: vars, by } = a.result;
    const columns = spec.columns ?? DEFAULT_COLUMNS;
    const rows: TableRow[] = [];
    // Split by group: each variable is a heading row with its groups beneath, which keeps
    // the table narrow enough for many columns.
    const head: TableCell[][] = [
      [
        { text: by ? `${ctx.L.columns.variable} / ${ctx.label(by)}` : ctx.L.columns.variable },
        ...columns.map((c): TableCell => ({ text: header(c, ctx), align: 'right' })),
      ],
    ];
    const extremes = extremeDigits(vars.flatMap((v) => (by && v.groups ? v.groups.map((g) => g.result) : [v.overall])));
    for (const v of vars) {
      if (by && v.groups) {
        rows.push({
          kind: 'group',
          cells: [{ text: ctx.label(v.variable), colspan: 1 + columns.length, strong: true }],
        });
        for (const g of v.groups)
          rows.push({
            cells: [{ text: ctx.levelLabel(by, g.level), indent: 1 }, ...cells(g.result, columns, ctx, extremes)],
          });
      } else rows.push({ cells: [{ text: ctx.label(v.variable) }, ...cells(v.overall, columns, ctx, extremes)] });
    }
    const notes = columns.includes('skewness') || columns.includes('kurtosis') ? [ctx.L.noteSkewKurt] : [];
    return [
      {
        key: spec.id,
        caption: captionOf(spec, ctx, ctx.L.captionDescriptives(vars.map((v) => ctx.label(v.variable)))),
        head,
        rows,
        notes,
      },
    ];
  },
  figures(a, spec, ctx) {
    const f = figure(a, spec, ctx);
    return f ? [f] : [];
  },
  results(a, spec, ctx) {
    const fig = figure(a, spec, ctx);
    const figRef = fig ? ` ${wording(ctx, messages).figure.ref(`:figref[${spec.id}]`)}` : '';
    const figBlock = fig ? `\n\n::figure[${spec.id}]` : '';
    const { variables: vars, by } = a.result;
    if (by && vars.every((v) => v.groups)) {
      // Within each group, the mean (SD) of every variable.
      const W = wording(ctx, messages);
      const clauses = vars[0]!.groups!.map((g, gi) => {
        const parts = vars.flatMap((v) => {
          const r = v.groups![gi]!.result;
          return isFailure(r) || r.sd === null ? [] : [ctx.L.descPart(md(ctx.label(v.variable)), r.mean, r.sd)];
        });
        return W.groupClause(md(ctx.levelInText(by, g.level)), parts);
      });
      return `${W.byGroup(clauses, `:ref[${spec.id}]`)}${figRef}\n\n::table[${spec.id}]${figBlock}`;
    }
    const parts: string[] = [];
    for (const v of vars) {
      const entries =
        by && v.groups
          ? v.groups.map((g) => ({ label: `${ctx.label(v.variable)} (${ctx.levelLabel(by, g.level)})`, r: g.result }))
          : [{ label: ctx.label(v.variable), r: v.overall }];
      for (const e of entries)
        if (!isFailure(e.r) && e.r.sd !== null) parts.push(ctx.L.descPart(md(e.label), e.r.mean, e.r.sd));
    }
    return `${ctx.L.resultsDescriptives(parts, `:ref[${spec.id}]`)}${figRef}\n\n::table[${spec.id}]${figBlock}`;
  },
};
