/**
 * Frequencies in words: a table of n and % per category (variables as row groups, or
 * side by side with `layout: columns`, or split into the levels of `by`), and a sentence
 * listing the counts.
 */
import type { FrequenciesResult } from '../../stats/frequencies.ts';
import type { FrequenciesAnalysis, FrequenciesSpec, VariableFrequencies } from '../../analysis/units/frequencies.ts';
import type { FigureModel, TableCell, TableModel, TableRow } from '../document.ts';
import { type CategoryBar, categoryBarsSpec } from '../figures/category-bars.ts';
import { isFailure } from '../../stats/types.ts';
import { captionOf, md, subjectsOf, textOf, wording, type ReportContext, type ReportUnit } from '../context.ts';
import * as messages from '../locale/frequencies.ts';

function resultOf(a: FrequenciesAnalysis): VariableFrequencies[] {
  return a.result.variables;
}

const num = (text: string): TableCell => ({ text, align: 'right' });

// Percentages are of the valid n (SPSS's Valid Percent), so a column's categories add up
// to 100; missing values are counted in their own row, which has no percentage.
function countCells(f: FrequenciesResult, value: string | number, ctx: ReportContext): TableCell[] {
  const c = f.categories.find((k) => String(k.value) === String(value));
  return [num(ctx.L.fmt.int(c?.n ?? 0)), num(ctx.L.fmt.pct(c?.validPercent ?? 0))];
}

function missingCells(f: FrequenciesResult, ctx: ReportContext): TableCell[] {
  return [num(ctx.L.fmt.int(f.missing)), num('')];
}

function totalCells(f: FrequenciesResult, ctx: ReportContext): TableCell[] {
  return [num(ctx.L.fmt.int(f.total)), num(f.missing > 0 ? '' : ctx.L.fmt.pct(100))];
}

/** The counted categories of a sentence, then its missing values as a clause of their own. */
function countParts(f: FrequenciesResult, variable: string, ctx: ReportContext, all = false): string[] {
  const parts = f.categories
    .filter((c) => all || c.n > 0)
    .map((c) => ctx.L.catCount(c.n, c.validPercent ?? 0, md(ctx.levelInText(variable, c.value))));
  return f.missing > 0 ? [...parts, ctx.L.missingCount(f.missing)] : parts;
}

/** The variable's label in this analysis: the study's override under `labels:`, else its own. */
function labelOf(spec: FrequenciesSpec, name: string, ctx: ReportContext): string {
  return textOf(spec.labels?.[name], ctx, ctx.label(name));
}

/** The table's caption, without building the table (the results text and the figure caption name it). */
function tableCaption(spec: FrequenciesSpec, vars: VariableFrequencies[], by: string | null, ctx: ReportContext) {
  const { L } = ctx;
  return captionOf(
    spec,
    ctx,
    by
      ? L.captionCharacteristicsBy(ctx.label(by), subjectsOf(ctx))
      : L.captionFrequencies(vars.map((v) => labelOf(spec, v.variable, ctx))),
  );
}

function table(spec: FrequenciesSpec, vars: VariableFrequencies[], by: string | null, ctx: ReportContext): TableModel {
  const { L } = ctx;
  const caption = tableCaption(spec, vars, by, ctx);
  const rows: TableRow[] = [];
  let head: TableCell[][];
  if (spec.layout === 'columns') {
    // Variables with the same levels side by side: one column pair per variable.
    head = [
      [
        { text: L.columns.category, rowspan: 2 },
        ...vars.map((v): TableCell => ({ text: labelOf(spec, v.variable, ctx), colspan: 2, align: 'center' })),
      ],
      vars.flatMap(() => [num(L.columns.n), num(L.columns.percent)]),
    ];
    const first = vars[0]!;
    for (const c of first.overall.categories) {
      rows.push({
        cells: [
          { text: ctx.levelLabel(first.variable, c.value) },
          ...vars.flatMap((v) => countCells(v.overall, c.value, ctx)),
        ],
      });
    }
    if (vars.some((v) => v.overall.missing > 0))
      rows.push({ cells: [{ text: L.columns.missing }, ...vars.flatMap((v) => missingCells(v.overall, ctx))] });
    rows.push({
      kind: 'total',
      cells: [{ text: L.columns.total }, ...vars.flatMap((v) => totalCells(v.overall, ctx))],
    });
  } else if (by) {
    const groups = vars[0]!.groups!;
    // Variables that share one set of categories (e.g. a category before and after) are
    // "categories"; a mix of variables is a table of characteristics.
    const sameLevels = vars.every(
      (v) =>
        v.overall.categories.map((c) => String(c.value)).join('\u0000') ===
        vars[0]!.overall.categories.map((c) => String(c.value)).join('\u0000'),
    );
    head = [
      [
        { text: vars.length > 1 && sameLevels ? L.columns.category : L.columns.characteristic, rowspan: 2 },
        ...groups.map((g): TableCell => ({ text: ctx.levelLabel(by, g.level), colspan: 2, align: 'center' })),
        { text: L.columns.total, colspan: 2, align: 'center' },
      ],
      [...groups.flatMap(() => [num(L.columns.n), num(L.columns.percent)]), num(L.columns.n), num(L.columns.percent)],
    ];
    for (const v of vars) {
      rows.push({
        kind: 'group',
        cells: [{ text: labelOf(spec, v.variable, ctx), colspan: 1 + 2 * (groups.length + 1), strong: true }],
      });
      for (const c of v.overall.categories) {
        rows.push({
          cells: [
            { text: ctx.levelLabel(v.variable, c.value), indent: 1 },
            ...v.groups!.flatMap((g) => countCells(g.result, c.value, ctx)),
            ...countCells(v.overall, c.value, ctx),
          ],
        });
      }
      if (v.overall.missing > 0)
        rows.push({
          cells: [
            { text: L.columns.missing, indent: 1 },
            ...v.groups!.flatMap((g) => missingCells(g.result, ctx)),
            ...missingCells(v.overall, ctx),
          ],
        });
    }
  } else {
    head = [
      [{ text: L.columns.characteristic }, { text: L.columns.category }, num(L.columns.n), num(L.columns.percent)],
    ];
    for (const v of vars) {
      v.overall.categories.forEach((c, i) => {
        rows.push({
          cells: [
            { text: i === 0 ? labelOf(spec, v.variable, ctx) : '' },
            { text: ctx.levelLabel(v.variable, c.value) },
            ...countCells(v.overall, c.value, ctx),
          ],
        });
      });
      if (v.overall.missing > 0)
        rows.push({ cells: [{ text: '' }, { text: L.columns.missing }, ...missingCells(v.overall, ctx)] });
    }
  }
  const notes: string[] = [];
  if (by && spec.layout !== 'columns') notes.push(wording(ctx, messages).notePercentWithin);
  if (vars.some((v) => v.overall.missing > 0)) notes.push(wording(ctx, messages).notePercentValid);
  if (spec.note) notes.push(textOf(spec.note, ctx, ''));
  return { key: spec.id, caption, head, rows, notes };
}

/**
 * One sentence per variable of a table split by group: a constant (every participant in one
 * category), a numeric variable's mean, SD and range per group, or the non-empty categories
 * per group.
 */
function byGroupLine(spec: FrequenciesSpec, v: VariableFrequencies, by: string, ctx: ReportContext): string {
  const W = wording(ctx, messages);
  const label = md(labelOf(spec, v.variable, ctx));
  const present = v.overall.categories.filter((c) => c.n > 0);
  if (present.length === 1 && v.overall.missing === 0)
    return W.allSame(v.overall.total, subjectsOf(ctx), label, md(ctx.levelInText(v.variable, present[0]!.value)));
  const groups = v.groups ?? [];
  if (v.numeric?.groups) {
    const parts = v.numeric.groups.flatMap((g) =>
      isFailure(g.result)
        ? []
        : [W.numericPart(md(ctx.levelInText(by, g.level)), g.result.mean, g.result.sd, g.result.min, g.result.max)],
    );
    return W.byGroupLine(label, parts);
  }
  const parts = groups.map((g) =>
    W.groupCategories(md(ctx.levelInText(by, g.level)), countParts(g.result, v.variable, ctx)),
  );
  return W.byGroupLine(label, parts);
}

/** Variables with more categories than this are left to the table: their bars would not be read. */
const MAX_BARS = 12;

/** The bars of the figure; none when the study turned the figure off or no variable has bars to show. */
function figureBars(a: FrequenciesAnalysis, spec: FrequenciesSpec, ctx: ReportContext): CategoryBar[] {
  if (spec.figure === false) return [];
  const vars = resultOf(a).filter((v) => v.overall.categories.length > 0 && v.overall.categories.length <= MAX_BARS);
  const by = a.result.by;
  const columns = spec.layout === 'columns';
  const several = vars.length > 1 && !columns;
  return vars.flatMap((v) => {
    const panel = several ? labelOf(spec, v.variable, ctx) : '';
    const runs: { series: string; f: FrequenciesResult }[] = columns
      ? [{ series: labelOf(spec, v.variable, ctx), f: v.overall }]
      : by && v.groups
        ? v.groups.map((g) => ({ series: ctx.levelLabel(by, g.level), f: g.result }))
        : [{ series: '', f: v.overall }];
    return runs.flatMap(({ series, f }) =>
      f.categories.map((c) => ({
        panel,
        category: ctx.levelLabel(v.variable, c.value),
        series,
        percent: c.validPercent ?? 0,
        n: c.n,
      })),
    );
  });
}

function figure(a: FrequenciesAnalysis, spec: FrequenciesSpec, ctx: ReportContext): FigureModel | undefined {
  const bars = figureBars(a, spec, ctx);
  if (!bars.length) return undefined;
  const W = wording(ctx, messages);
  const by = a.result.by;
  const columns = spec.layout === 'columns';
  const caption = tableCaption(spec, resultOf(a), by, ctx);
  return {
    key: spec.id,
    caption: W.figureCaption(caption),
    spec: categoryBarsSpec(bars, { x: W.figureAxis, series: !columns && by ? ctx.label(by) : '' }, ctx),
    alt: W.figureAlt(
      bars.map((b) => W.figureAltPart([b.panel, b.series].filter(Boolean).join(', '), b.category, b.n, b.percent)),
    ),
  };
}

export const frequenciesReport: ReportUnit<FrequenciesAnalysis, FrequenciesSpec> = {
  type: 'frequencies',
  tables: (a, spec, ctx) => [table(spec, resultOf(a), a.result.by, ctx)],
  figures: (a, spec, ctx) => {
    const f = figure(a, spec, ctx);
    return f ? [f] : [];
  },
  results(a, spec, ctx) {
    const { L } = ctx;
    const vars = resultOf(a);
    const by = a.result.by;
    const caption = tableCaption(spec, vars, by, ctx);
    const lines =
      by && spec.layout !== 'columns'
        ? vars.map((v) => byGroupLine(spec, v, by, ctx))
        : vars.map((v) =>
            L.resultsFrequencyList(md(labelOf(spec, v.variable, ctx)), countParts(v.overall, v.variable, ctx, true)),
          );
    const fig = figureBars(a, spec, ctx).length ? ` ${wording(ctx, messages).figureRef(`:figref[${spec.id}]`)}` : '';
    const blocks = `::table[${spec.id}]${fig ? `\n\n::figure[${spec.id}]` : ''}`;
    return `${L.tableShows(`:ref[${spec.id}]`, md(caption))} ${lines.join(' ')}${fig}\n\n${blocks}`;
  },
};
