/**
 * Correlations in words: a table of every pair (n, r or ρ, 95% CI for r, p; ρ beside r
 * when Spearman is a sensitivity analysis), the check and the choice, a sentence per pair
 * and, for a single pair, the APA statistic and the conclusion.
 */
import type {
  CorrelationAnalysis,
  CorrelationMethod,
  CorrelationOutput,
  CorrelationPair,
  CorrelationSpec,
} from '../../analysis/units/correlation.ts';
import { isFailure } from '../../stats/types.ts';
import type { FigureModel, TableCell, TableRow } from '../document.ts';
import { type HeatmapCell, heatmapSpec } from '../figures/heatmap.ts';
import { scatterSpec } from '../figures/scatter.ts';
import { midSentence as mid } from '../../text.ts';
import { captionOf, md, wording, type ReportContext, type ReportUnit } from '../context.ts';
import * as messages from '../locale/correlation.ts';

const right = (text: string): TableCell => ({ text, align: 'right' });

function pairsOf(r: CorrelationOutput): CorrelationPair[] {
  return r.pairs;
}

function pairStat(method: string, p: CorrelationPair, ctx: ReportContext, withCi: boolean): string | undefined {
  if (isFailure(p) || p.coefficient === null) return undefined;
  const W = wording(ctx, messages);
  const s = W.stat(method, p.coefficient, p.df, p.p);
  return withCi && 'ciLower' in p && typeof p.ciLower === 'number' && typeof p.ciUpper === 'number'
    ? W.withCi(s, p.ciLower, p.ciUpper)
    : s;
}

function method(a: CorrelationAnalysis): CorrelationMethod {
  return a.result.method;
}

/** The figure a study gets: a scatter plot of two variables, else the heat map of every pair. */
function figureKind(a: CorrelationAnalysis, spec: CorrelationSpec): 'scatter' | 'matrix' | undefined {
  if (spec.figure === false) return undefined;
  return a.scatter && spec.figure !== 'matrix' ? 'scatter' : 'matrix';
}

function figure(a: CorrelationAnalysis, spec: CorrelationSpec, ctx: ReportContext): FigureModel | undefined {
  const kind = figureKind(a, spec);
  if (!kind) return undefined;
  const W = wording(ctx, messages);
  const F = W.figure;
  const m = method(a);
  const pairs = pairsOf(a.result);
  if (kind === 'scatter' && a.scatter && a.scatter.x.length > 0) {
    const sc = a.scatter;
    const [x, y] = spec.variables.map((v) => ctx.label(v));
    const only = pairs[0];
    const coefficient =
      only && !isFailure(only) && only.coefficient !== null
        ? W.stat(m, only.coefficient, only.df, only.p)
        : W.symbol(m);
    return {
      key: spec.id,
      caption: F.scatterCaption(x!, y!, sc.sampled ? { shown: sc.x.length, n: sc.n } : null),
      spec: scatterSpec(sc, { x: x!, y: y! }, ctx),
      alt: F.scatterAlt(x!, y!, sc.n, coefficient, sc.line),
    };
  }
  const alpha = ctx.results.alpha;
  const cells: HeatmapCell[] = pairs.flatMap((p, i) => {
    if (isFailure(p) || p.coefficient === null) return [];
    const pValue = a.adjusted ? (a.adjusted.p[i] ?? null) : p.p;
    return [
      {
        column: ctx.label(p.x),
        row: ctx.label(p.y),
        coefficient: p.coefficient,
        text: `${ctx.L.fmt.bounded(p.coefficient)}${pValue !== null && pValue < alpha ? '*' : ''}`,
      },
    ];
  });
  if (!cells.length) return undefined;
  const labels = spec.variables.map((v) => ctx.label(v));
  return {
    key: spec.id,
    caption: F.matrixCaption(labels, m, ctx.L.fmt.bounded(alpha), a.adjusted?.method ?? null),
    spec: heatmapSpec(cells, { columns: labels.slice(0, -1), rows: labels.slice(1) }, ctx),
    alt: F.matrixAlt(cells.map((c) => F.matrixAltPart(c.column, c.row, c.text))),
  };
}

export const correlationReport: ReportUnit<CorrelationAnalysis, CorrelationSpec> = {
  type: 'correlation',
  tables(a, spec, ctx) {
    const W = wording(ctx, messages);
    const C = W.columns;
    const f = ctx.L.fmt;
    const m = method(a);
    const sens = a.sensitivity ? pairsOf(a.sensitivity.result) : undefined;
    const head: TableCell[][] = [
      [
        { text: C.x },
        { text: C.y },
        right(C.n),
        right(W.symbol(m)),
        ...(m === 'pearson' ? [right(C.ci)] : []),
        right(C.p),
        ...(a.adjusted ? [right(W.pAdjusted(a.adjusted.method))] : []),
        ...(sens ? [right(C.rho), right(C.rhoP)] : []),
      ],
    ];
    const rows: TableRow[] = pairsOf(a.result).map((p, i) => {
      const ok = !isFailure(p) && p.coefficient !== null;
      const cells: TableCell[] = [
        { text: ctx.label(p.x) },
        { text: ctx.label(p.y) },
        right(f.int(p.n)),
        right(ok ? f.bounded(p.coefficient) : '—'),
      ];
      if (m === 'pearson')
        cells.push(
          right(
            ok && 'ciLower' in p && p.ciLower !== null && p.ciUpper !== null
              ? ctx.L.ciCellBounded(p.ciLower, p.ciUpper)
              : '—',
          ),
        );
      cells.push(right(!isFailure(p) && ok ? f.pCell(p.p) : '—'));
      if (a.adjusted) cells.push(right(f.pCell(a.adjusted.p[i] ?? null)));
      if (sens) {
        const q = sens[i]!;
        cells.push(
          right(!isFailure(q) && q.coefficient !== null ? f.bounded(q.coefficient) : '—'),
          right(!isFailure(q) && q.coefficient !== null ? f.pCell(q.p) : '—'),
        );
      }
      return { cells };
    });
    const notes = [W.noteMethod(m), ...(sens ? [W.noteSensitivity] : [])];
    return [
      {
        key: spec.id,
        caption: captionOf(spec, ctx, W.caption(spec.variables.map((v) => ctx.label(v)))),
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
  stat(a, _spec, ctx) {
    const pairs = pairsOf(a.result);
    return pairs.length === 1 ? pairStat(method(a), pairs[0]!, ctx, false) : undefined;
  },
  methods(a, spec, ctx) {
    const W = wording(ctx, messages);
    const base = spec.method ? W.methodFixed(spec.method, Boolean(a.sensitivity)) : W.methodAuto;
    return a.adjusted ? `${base} ${W.methodAdjust(a.adjusted.method)}` : base;
  },
  results(a, spec, ctx) {
    const W = wording(ctx, messages);
    const m = method(a);
    const sentences = [
      W.checks(
        a.checks.every((c) => c.passed),
        a.checks.filter((c) => !c.passed).map((c) => md(mid(ctx.label(c.target!)))),
      ),
    ];
    for (const p of pairsOf(a.result)) {
      const stat = pairStat(m, p, ctx, true);
      if (!stat || isFailure(p) || p.coefficient === null)
        sentences.push(ctx.L.testFailed(ctx.L.tests[m] ?? m, isFailure(p) ? ctx.L.statError(p.error) : ''));
      else
        sentences.push(
          W.pair(md(ctx.label(p.x)), md(ctx.label(p.y)), p.p < ctx.results.alpha, p.coefficient > 0, stat),
        );
    }
    const sens = a.sensitivity ? pairsOf(a.sensitivity.result) : [];
    const sensStats = sens.map((q) => pairStat('spearman', q, ctx, false)).filter((s): s is string => Boolean(s));
    if (sensStats.length) sentences.push(W.sensitivity(sensStats.join('; ')));
    sentences.push(W.tableRef(`:ref[${spec.id}]`));
    const fig = figure(a, spec, ctx);
    if (fig) sentences.push(W.figure.ref(`:figref[${spec.id}]`, figureKind(a, spec) === 'scatter'));
    return `${sentences.join(' ')}\n\n::table[${spec.id}]${fig ? `\n\n::figure[${spec.id}]` : ''}`;
  },
  abstract(a, _spec, ctx) {
    const pairs = pairsOf(a.result);
    if (pairs.length !== 1) return undefined;
    const p = pairs[0]!;
    const stat = pairStat(method(a), p, ctx, false);
    return stat && !isFailure(p) && p.coefficient !== null
      ? wording(ctx, messages).pair(
          md(ctx.label(p.x)),
          md(ctx.label(p.y)),
          p.p < ctx.results.alpha,
          p.coefficient > 0,
          stat,
        )
      : undefined;
  },
  conclusion(a, _spec, ctx) {
    const pairs = pairsOf(a.result);
    if (pairs.length !== 1 || !a.decision) return undefined;
    const p = pairs[0]!;
    return wording(ctx, messages).conclusion(
      md(ctx.label(p.x)),
      md(ctx.label(p.y)),
      a.decision.significant,
      a.decision.direction === 'positive',
    );
  },
};
