/**
 * Tests of normality in words: SPSS's table (Kolmogorov–Smirnov with the Lilliefors
 * correction and Shapiro–Wilk: statistic, df, p) per variable and group, with the computed
 * Lilliefors p and a note on SPSS's ".200" lower bound, and sentences naming the
 * distributions whose normality was rejected.
 */
import type {
  NormalityAnalysis,
  NormalityCell,
  NormalitySpec,
  VariableNormality,
} from '../../analysis/units/normality.ts';
import { isFailure } from '../../stats/types.ts';
import type { FigureModel, TableCell, TableRow } from '../document.ts';
import { type QqPanel, qqSpec } from '../figures/qq.ts';
import { captionOf, md, wording, type ReportContext, type ReportUnit } from '../context.ts';
import * as messages from '../locale/normality.ts';

const right = (text: string): TableCell => ({ text, align: 'right' });

function variablesOf(a: NormalityAnalysis): VariableNormality[] {
  return a.result.variables;
}

/** Every tested sample with its variable and group (in table order). */
function cellsOf(vars: VariableNormality[]): { variable: string; level?: string; cell: NormalityCell }[] {
  return vars.flatMap((v) =>
    v.groups
      ? v.groups.map((g) => ({ variable: v.variable, level: g.level, cell: g }))
      : [{ variable: v.variable, cell: v.overall! }],
  );
}

function statCells(c: NormalityCell, ctx: ReportContext): TableCell[] {
  const f = ctx.L.fmt;
  const l = c.lilliefors;
  const s = c.shapiroWilk;
  const ks = isFailure(l)
    ? [right('—'), right(f.int(c.n)), right('—')]
    : [right(f.num(l.d, 3)), right(f.int(l.n)), right(f.pCell(l.p))];
  const sw = isFailure(s)
    ? [right('—'), right(f.int(c.n)), right('—')]
    : [right(f.num(s.w, 3)), right(f.int(s.n)), right(f.pCell(s.p))];
  return [...ks, ...sw];
}

/** Panels per row when the samples are not split by group. */
const PANELS_PER_ROW = 3;

function figure(a: NormalityAnalysis, spec: NormalitySpec, ctx: ReportContext): FigureModel | undefined {
  if (spec.figure === false) return undefined;
  const W = wording(ctx, messages);
  const by = a.result.by;
  const samples = cellsOf(variablesOf(a)).flatMap((c) => {
    const qq = c.cell.qq;
    if (!qq || !qq.z.length) return [];
    const group = c.level !== undefined && by ? ctx.levelLabel(by, c.level) : undefined;
    return [{ ...c, qq, group }];
  });
  if (!samples.length) return undefined;
  const panels: QqPanel[] = samples.map((s) => ({
    title: s.group ?? '',
    y: ctx.label(s.variable),
    z: s.qq.z,
    value: s.qq.value,
    mean: s.qq.mean,
    sd: s.qq.sd,
  }));
  const groups = by ? new Set(samples.map((s) => s.level)).size : 0;
  const columns = by && groups <= 4 ? groups : PANELS_PER_ROW;
  const labels = variablesOf(a).map((v) => ctx.label(v.variable));
  const swOf = (c: NormalityCell) => (isFailure(c.shapiroWilk) ? null : W.statSw(c.shapiroWilk.w, c.shapiroWilk.p));
  return {
    key: spec.id,
    caption: W.figure.caption(
      labels,
      by ? ctx.label(by) : null,
      samples.some((s) => s.qq.sampled),
      panels.length,
    ),
    spec: qqSpec(panels, { x: W.figure.axisX }, columns, ctx),
    alt: W.figure.alt(
      samples.map((s) => W.figure.altPart(W.target(ctx.label(s.variable), s.group), s.qq.n, swOf(s.cell))),
    ),
  };
}

export const normalityReport: ReportUnit<NormalityAnalysis, NormalitySpec> = {
  type: 'normality',
  tables(a, spec, ctx) {
    const W = wording(ctx, messages);
    const C = W.columns;
    const vars = variablesOf(a);
    const by = a.result.by;
    const lead: TableCell[] = [
      { text: ctx.L.columns.variable, rowspan: 2 },
      ...(by ? [{ text: ctx.label(by), rowspan: 2 }] : []),
    ];
    const head: TableCell[][] = [
      [...lead, { text: C.ks, colspan: 3, align: 'center' }, { text: C.sw, colspan: 3, align: 'center' }],
      [right(C.statistic), right(C.df), right(C.p), right(C.statistic), right(C.df), right(C.p)],
    ];
    const rows: TableRow[] = [];
    for (const v of vars) {
      if (v.groups)
        v.groups.forEach((g, i) =>
          rows.push({
            cells: [
              { text: i === 0 ? ctx.label(v.variable) : '' },
              { text: ctx.levelLabel(by!, g.level) },
              ...statCells(g, ctx),
            ],
          }),
        );
      else rows.push({ cells: [{ text: ctx.label(v.variable) }, ...statCells(v.overall!, ctx)] });
    }
    const notes = [W.noteLilliefors(a.result.lillieforsBound)];
    if (cellsOf(vars).some((c) => isFailure(c.cell.lilliefors) || isFailure(c.cell.shapiroWilk)))
      notes.push(W.noteUntestable);
    return [
      {
        key: spec.id,
        caption: captionOf(spec, ctx, W.caption(vars.map((v) => ctx.label(v.variable)))),
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
  methods(a, spec, ctx) {
    const W = wording(ctx, messages);
    return W.methods(
      variablesOf(a).map((v) => md(ctx.label(v.variable))),
      Boolean(spec.by),
    );
  },
  results(a, spec, ctx) {
    const W = wording(ctx, messages);
    const alpha = ctx.results.alpha;
    const by = a.result.by;
    const sentences = [W.tableShows(`:ref[${spec.id}]`)];
    let rejected = 0;
    for (const { variable, level, cell } of cellsOf(variablesOf(a))) {
      const target = md(
        W.target(ctx.label(variable), level !== undefined && by ? ctx.levelInText(by, level) : undefined),
      );
      const l = cell.lilliefors;
      const s = cell.shapiroWilk;
      if (isFailure(l) || isFailure(s)) {
        sentences.push(W.untestable(target));
        continue;
      }
      const swRejects = s.p < alpha;
      const ksRejects = l.p < alpha;
      if (!swRejects && !ksRejects) continue;
      rejected++;
      const sw = W.statSw(s.w, s.p);
      const ks = W.statKs(l.d, l.p);
      sentences.push(
        swRejects && ksRejects
          ? W.bothRejected(target, sw, ks)
          : swRejects
            ? W.swOnly(target, sw, ks)
            : W.ksOnly(target, sw, ks),
      );
    }
    sentences.push(rejected ? W.noneOther(alpha) : W.noneAll(alpha));
    const fig = figure(a, spec, ctx);
    if (fig)
      sentences.push(W.figure.ref(`:figref[${spec.id}]`, cellsOf(variablesOf(a)).filter((c) => c.cell.qq).length));
    return `${sentences.join(' ')}\n\n::table[${spec.id}]${fig ? `\n\n::figure[${spec.id}]` : ''}`;
  },
};
