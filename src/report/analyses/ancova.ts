/**
 * ANCOVA in words: the Type III table (covariates, group, error), the adjusted means with
 * 95% CIs as a table and a figure, the slopes check, the covariates and the group effect.
 */
import type { AncovaAnalysis, AncovaSpec } from '../../analysis/units/ancova.ts';
import type { AncovaResult } from '../../stats/ancova.ts';
import type { EffectRow } from '../../stats/factor-design.ts';
import { isFailure } from '../../stats/types.ts';
import { midSentence as mid } from '../../text.ts';
import { captionOf, md, textOf, wording, type ReportContext, type ReportUnit } from '../context.ts';
import type { FigureModel, TableCell, TableModel } from '../document.ts';
import * as messages from '../locale/ancova.ts';

const plain = (s: string) => s.replace(/\\(.)/g, '$1');
const right = (text: string): TableCell => ({ text, align: 'right' });

function outcomeOf(spec: AncovaSpec, ctx: ReportContext): string {
  return md(textOf(spec.labels?.outcome, ctx, mid(ctx.label(spec.value))));
}

function fOf(e: EffectRow, dfError: number, ctx: ReportContext): string {
  return wording(ctx, messages).statF(e.f, e.df, dfError, e.p, e.partialEta2);
}

function ok(a: AncovaAnalysis): AncovaResult | undefined {
  return isFailure(a.result) ? undefined : a.result;
}

function anovaTable(r: AncovaResult, spec: AncovaSpec, ctx: ReportContext): TableModel {
  const W = wording(ctx, messages);
  const f = ctx.L.fmt;
  const c = W.columns;
  const blank = [right(''), right(''), right('')];
  return {
    key: spec.id,
    caption: captionOf(spec, ctx, ctx.L.cap(W.captionAnova(plain(outcomeOf(spec, ctx))))),
    head: [[{ text: c.source }, right(c.ss), right(c.df), right(c.ms), right(c.f), right(c.p), right(c.eta)]],
    rows: [
      ...r.effects.map((e) => ({
        cells: [
          { text: ctx.label(e.term) },
          right(f.num(e.ss)),
          right(f.int(e.df)),
          right(f.num(e.ms)),
          right(f.num(e.f)),
          right(f.pCell(e.p)),
          right(f.bounded(e.partialEta2)),
        ],
      })),
      {
        cells: [
          { text: W.error },
          right(f.num(r.residual.ss)),
          right(f.int(r.residual.df)),
          right(f.num(r.residual.ms)),
          ...blank,
        ],
      },
      {
        cells: [
          { text: W.total },
          right(f.num(r.correctedTotal.ss)),
          right(f.int(r.correctedTotal.df)),
          right(''),
          ...blank,
        ],
      },
    ],
    notes: [W.noteAnova],
  };
}

function meansTable(r: AncovaResult, spec: AncovaSpec, ctx: ReportContext): TableModel {
  const W = wording(ctx, messages);
  const f = ctx.L.fmt;
  const c = W.columns;
  return {
    key: `${spec.id}-means`,
    caption: ctx.L.cap(W.captionMeans(plain(outcomeOf(spec, ctx)), ctx.label(spec.group))),
    head: [[{ text: ctx.label(spec.group) }, right(c.mean), right(c.se), right(c.ci)]],
    rows: r.adjustedMeans.map((m) => ({
      cells: [
        { text: ctx.levelLabel(spec.group, String(m.level)) },
        right(f.num(m.mean)),
        right(f.num(m.se)),
        right(ctx.L.ciCell(m.ciLower, m.ciUpper)),
      ],
    })),
    notes: [W.noteMeans(r.covariateMeans.map((x) => `${mid(ctx.label(x.covariate))} (${f.num(x.mean)})`))],
  };
}

function meansFigure(r: AncovaResult, spec: AncovaSpec, ctx: ReportContext): FigureModel {
  const W = wording(ctx, messages);
  const outcome = plain(outcomeOf(spec, ctx));
  const values = r.adjustedMeans.map((m) => ({
    group: ctx.levelLabel(spec.group, String(m.level)),
    mean: m.mean,
    lo: m.ciLower,
    hi: m.ciUpper,
  }));
  const x = {
    field: 'group',
    type: 'nominal',
    sort: values.map((v) => v.group),
    title: ctx.label(spec.group),
    axis: { labelAngle: 0 },
  };
  return {
    key: `${spec.id}-plot`,
    caption: ctx.L.cap(W.captionFigure(outcome, ctx.label(spec.group))),
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 420,
      height: 280,
      data: { values },
      encoding: { x, color: { value: '#000000' } },
      layer: [
        {
          mark: { type: 'point', filled: true, size: 80, opacity: 1 },
          encoding: { y: { field: 'mean', type: 'quantitative', title: W.axisMean(outcome), scale: { zero: false } } },
        },
        {
          mark: { type: 'rule', strokeWidth: 1.5 },
          encoding: { y: { field: 'lo', type: 'quantitative' }, y2: { field: 'hi' } },
        },
      ],
    },
    alt: W.alt(
      outcome,
      values.map((v) => W.altPart(v.group, ctx.L.fmt.num(v.mean))),
    ),
  };
}

export const ancovaReport: ReportUnit<AncovaAnalysis, AncovaSpec> = {
  type: 'ancova',
  tables(a, spec, ctx) {
    const r = ok(a);
    return r ? [anovaTable(r, spec, ctx), meansTable(r, spec, ctx)] : [];
  },
  figures(a, spec, ctx) {
    const r = ok(a);
    return r && spec.figure !== false ? [meansFigure(r, spec, ctx)] : [];
  },
  stat(a, spec, ctx) {
    const r = ok(a);
    const g = r?.effects.find((e) => e.term === spec.group);
    return r && g ? fOf(g, r.residual.df, ctx) : undefined;
  },
  methods(_a, spec, ctx) {
    return wording(ctx, messages).method(
      outcomeOf(spec, ctx),
      md(ctx.label(spec.group)),
      spec.covariates.map((c) => md(mid(ctx.label(c)))),
    );
  },
  results(a, spec, ctx) {
    const W = wording(ctx, messages);
    const r = ok(a);
    if (!r) return isFailure(a.result) ? ctx.L.testFailed(W.testName, ctx.L.statError(a.result.error)) : '';
    const alpha = ctx.results.alpha;
    const sentences: string[] = [];
    const s = r.slopesHomogeneity;
    if (s) sentences.push(W.slopes(s.p >= alpha, W.statSlopes(s.f, s.df1, s.df2, s.p)));
    for (const e of r.effects)
      if (e.term !== spec.group)
        sentences.push(W.covariate(md(ctx.label(e.term)), e.p < alpha, fOf(e, r.residual.df, ctx)));
    const g = r.effects.find((e) => e.term === spec.group);
    if (g) sentences.push(W.result(outcomeOf(spec, ctx), g.p < alpha, fOf(g, r.residual.df, ctx)));
    const tables = `::table[${spec.id}]\n\n::table[${spec.id}-means]`;
    if (spec.figure === false) {
      sentences.push(W.tablesRef(`:ref[${spec.id}]`, `:ref[${spec.id}-means]`));
      return `${sentences.join(' ')}\n\n${tables}`;
    }
    sentences.push(W.tableRef(`:ref[${spec.id}]`, `:ref[${spec.id}-means]`, `:figref[${spec.id}-plot]`));
    return `${sentences.join(' ')}\n\n${tables}\n\n::figure[${spec.id}-plot]`;
  },
  abstract(a, spec, ctx) {
    const r = ok(a);
    const g = r?.effects.find((e) => e.term === spec.group);
    return r && g
      ? wording(ctx, messages).result(outcomeOf(spec, ctx), g.p < ctx.results.alpha, fOf(g, r.residual.df, ctx))
      : undefined;
  },
  conclusion(a, spec, ctx) {
    if (!a.decision) return undefined;
    return wording(ctx, messages).conclusion(outcomeOf(spec, ctx), md(ctx.label(spec.group)), a.decision.significant);
  },
};
