/**
 * Two-way ANOVA in words: a table of the cells (n, M (SD)), the Type III ANOVA table with
 * partial η², the simple effects when the interaction is significant, an interaction plot
 * of the cell means, the checks and the three F tests in sentences.
 */
import type { FactorialAnovaAnalysis, FactorialAnovaSpec } from '../../analysis/units/factorial-anova.ts';
import type { AnovaTwowayResult } from '../../stats/anova-twoway.ts';
import type { EffectRow } from '../../stats/factor-design.ts';
import { isFailure } from '../../stats/types.ts';
import { midSentence as mid } from '../../text.ts';
import { captionOf, md, textOf, wording, type ReportContext, type ReportUnit } from '../context.ts';
import type { FigureModel, TableCell, TableModel, TableRow } from '../document.ts';
import * as messages from '../locale/factorial-anova.ts';

const plain = (s: string) => s.replace(/\\(.)/g, '$1');
const right = (text: string): TableCell => ({ text, align: 'right' });

function outcomeOf(spec: FactorialAnovaSpec, ctx: ReportContext): string {
  return md(textOf(spec.labels?.outcome, ctx, mid(ctx.label(spec.value))));
}

function namesOf(spec: FactorialAnovaSpec): [string, string] {
  return [spec.factors[0] ?? '', spec.factors[1] ?? ''];
}

function fOf(e: Omit<EffectRow, 'term'>, dfError: number, ctx: ReportContext): string {
  return wording(ctx, messages).statF(e.f, e.df, dfError, e.p, e.partialEta2);
}

function okResult(a: FactorialAnovaAnalysis): AnovaTwowayResult | undefined {
  return isFailure(a.result) ? undefined : a.result;
}

function significant(p: number, ctx: ReportContext): boolean {
  return p < ctx.results.alpha;
}

function cellsTable(r: AnovaTwowayResult, spec: FactorialAnovaSpec, ctx: ReportContext): TableModel {
  const W = wording(ctx, messages);
  const f = ctx.L.fmt;
  const [a, b] = namesOf(spec);
  const rows: TableRow[] = r.cells.map((c) => ({
    cells: [
      { text: ctx.levelLabel(a, c.a) },
      { text: ctx.levelLabel(b, c.b) },
      right(f.int(c.n)),
      right(`${f.num(c.mean)} (${f.num(c.sd)})`),
    ],
  }));
  const notes = r.levene ? [W.noteLevene(W.statLevene(r.levene.f, r.levene.df1, r.levene.df2, r.levene.p))] : [];
  return {
    key: `${spec.id}-cells`,
    caption: ctx.L.cap(W.captionCells(plain(outcomeOf(spec, ctx)), ctx.label(a), ctx.label(b))),
    head: [[{ text: ctx.label(a) }, { text: ctx.label(b) }, right(W.columns.n), right(W.columns.msd)]],
    rows,
    notes,
  };
}

function anovaTable(r: AnovaTwowayResult, spec: FactorialAnovaSpec, ctx: ReportContext): TableModel {
  const W = wording(ctx, messages);
  const f = ctx.L.fmt;
  const [a, b] = namesOf(spec);
  const names = [ctx.label(a), ctx.label(b), W.interaction(ctx.label(a), ctx.label(b))];
  const rows: TableRow[] = r.effects.map((e, i) => ({
    cells: [
      { text: names[i] ?? e.term },
      right(f.num(e.ss)),
      right(f.int(e.df)),
      right(f.num(e.ms)),
      right(f.num(e.f)),
      right(f.pCell(e.p)),
      right(f.bounded(e.partialEta2)),
    ],
  }));
  rows.push({
    cells: [
      { text: W.error },
      right(f.num(r.residual.ss)),
      right(f.int(r.residual.df)),
      right(f.num(r.residual.ms)),
      right(''),
      right(''),
      right(''),
    ],
  });
  rows.push({
    cells: [
      { text: W.total },
      right(f.num(r.correctedTotal.ss)),
      right(f.int(r.correctedTotal.df)),
      right(''),
      right(''),
      right(''),
      right(''),
    ],
  });
  const c = W.columns;
  return {
    key: spec.id,
    caption: captionOf(spec, ctx, ctx.L.cap(W.captionAnova(plain(outcomeOf(spec, ctx))))),
    head: [[{ text: c.source }, right(c.ss), right(c.df), right(c.ms), right(c.f), right(c.p), right(c.eta)]],
    rows,
    notes: [W.noteTypeThree],
  };
}

function simpleTable(r: AnovaTwowayResult, spec: FactorialAnovaSpec, ctx: ReportContext): TableModel {
  const W = wording(ctx, messages);
  const f = ctx.L.fmt;
  const c = W.columns;
  return {
    key: `${spec.id}-simple`,
    caption: ctx.L.cap(W.captionSimple(plain(outcomeOf(spec, ctx)))),
    head: [[{ text: c.effect }, right(c.df), right(c.f), right(c.p), right(c.eta)]],
    rows: r.simpleEffects.map((s) => ({
      cells: [
        { text: W.within(ctx.label(s.factor), ctx.label(s.within), ctx.levelLabel(s.within, String(s.at))) },
        right(`${f.int(s.df)}, ${f.int(r.residual.df)}`),
        right(f.num(s.f)),
        right(f.pCell(s.p)),
        right(f.bounded(s.partialEta2)),
      ],
    })),
    notes: [W.noteSimple],
  };
}

function interactionSignificant(a: FactorialAnovaAnalysis): boolean {
  return a.decision?.significant ?? false;
}

function interactionPlot(r: AnovaTwowayResult, spec: FactorialAnovaSpec, ctx: ReportContext): FigureModel {
  const W = wording(ctx, messages);
  const [a, b] = namesOf(spec);
  const outcome = plain(outcomeOf(spec, ctx));
  const order = (name: string, levels: (string | number)[]) => levels.map((l) => ctx.levelLabel(name, String(l)));
  const aLevels = order(a, r.factorA.levels);
  const bLevels = order(b, r.factorB.levels);
  const values = r.cells.map((c) => ({
    a: ctx.levelLabel(a, String(c.a)),
    b: ctx.levelLabel(b, String(c.b)),
    mean: c.mean,
  }));
  // Black and greys, told apart also by dash and marker, so the lines read in grayscale print.
  const greys = ['#000000', '#555555', '#888888', '#000000', '#555555', '#888888'];
  const dashes = [
    [1, 0],
    [6, 3],
    [2, 2],
    [8, 2, 2, 2],
    [4, 4],
    [1, 3],
  ];
  const shapes = ['circle', 'square', 'triangle-up', 'diamond', 'cross', 'triangle-down'];
  const legend = { orient: 'top', direction: 'horizontal', titleOrient: 'left' };
  const byB = (range: unknown[]) => ({
    field: 'b',
    type: 'nominal',
    sort: bLevels,
    title: ctx.label(b),
    scale: { domain: bLevels, range: range.slice(0, bLevels.length) },
    legend,
  });
  const encoding = {
    x: { field: 'a', type: 'nominal', sort: aLevels, title: ctx.label(a), axis: { labelAngle: 0 } },
    y: { field: 'mean', type: 'quantitative', title: W.axisMean(outcome), scale: { zero: false } },
    color: byB(greys),
  };
  return {
    key: `${spec.id}-plot`,
    caption: ctx.L.cap(W.captionFigure(outcome, ctx.label(a), ctx.label(b))),
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 420,
      height: 280,
      data: { values },
      encoding,
      layer: [
        { mark: { type: 'line', strokeWidth: 2 }, encoding: { strokeDash: byB(dashes) } },
        { mark: { type: 'point', filled: true, size: 70, opacity: 1 }, encoding: { shape: byB(shapes) } },
      ],
    },
    alt: W.alt(
      outcome,
      values.map((v) => W.altPart(v.a, v.b, ctx.L.fmt.num(v.mean))),
    ),
  };
}

export const factorialAnovaReport: ReportUnit<FactorialAnovaAnalysis, FactorialAnovaSpec> = {
  type: 'factorial-anova',
  tables(a, spec, ctx) {
    const r = okResult(a);
    if (!r) return [];
    const out = [cellsTable(r, spec, ctx), anovaTable(r, spec, ctx)];
    if (interactionSignificant(a)) out.push(simpleTable(r, spec, ctx));
    return out;
  },
  figures(a, spec, ctx) {
    const r = okResult(a);
    return r && spec.figure !== false ? [interactionPlot(r, spec, ctx)] : [];
  },
  stat(a, _spec, ctx) {
    const r = okResult(a);
    const ab = r?.effects[2];
    return r && ab ? fOf(ab, r.residual.df, ctx) : undefined;
  },
  methods(_a, spec, ctx) {
    const [x, y] = namesOf(spec);
    return wording(ctx, messages).method(outcomeOf(spec, ctx), md(ctx.label(x)), md(ctx.label(y)));
  },
  results(a, spec, ctx) {
    const W = wording(ctx, messages);
    const [x, y] = namesOf(spec);
    const norm = a.checks.filter((c) => c.check === 'normality');
    const lev = a.checks.find((c) => c.test === 'levene');
    const r = okResult(a);
    const levStat = r?.levene ? W.statLevene(r.levene.f, r.levene.df1, r.levene.df2, r.levene.p) : null;
    const normal = norm.every((c) => c.passed);
    const equal = lev?.passed ?? true;
    const failed = norm.flatMap((c) => (c.passed ? [] : [md(c.target ?? '')]));
    const sentences = [W.checks(normal, failed, levStat, equal), W.caution(normal, equal)];
    if (!r) {
      if (isFailure(a.result)) sentences.push(ctx.L.testFailed(W.testName, ctx.L.statError(a.result.error)));
      return sentences.join(' ');
    }
    const [ea, eb, eab] = r.effects;
    const dfE = r.residual.df;
    const parts: string[] = [];
    if (ea) parts.push(W.mainEffect(md(ctx.label(x)), significant(ea.p, ctx), fOf(ea, dfE, ctx)));
    if (eb) parts.push(W.mainEffect(md(ctx.label(y)), significant(eb.p, ctx), fOf(eb, dfE, ctx)));
    if (eab)
      parts.push(W.interactionEffect(md(ctx.label(x)), md(ctx.label(y)), significant(eab.p, ctx), fOf(eab, dfE, ctx)));
    sentences.push(W.effects(parts));
    const blocks = [`::table[${spec.id}-cells]`, `::table[${spec.id}]`];
    if (interactionSignificant(a)) {
      sentences.push(
        W.simple(
          r.simpleEffects.map((s) =>
            W.simplePart(
              md(ctx.label(s.factor)),
              md(ctx.label(s.within)),
              md(ctx.levelInText(s.within, String(s.at))),
              significant(s.p, ctx),
              fOf(s, dfE, ctx),
            ),
          ),
        ),
      );
      blocks.push(`::table[${spec.id}-simple]`);
    }
    sentences.push(W.tableRef(`:ref[${spec.id}-cells]`, `:ref[${spec.id}]`));
    if (spec.figure !== false) {
      sentences.push(W.figureRef(`:figref[${spec.id}-plot]`));
      blocks.push(`::figure[${spec.id}-plot]`);
    }
    return `${sentences.join(' ')}\n\n${blocks.join('\n\n')}`;
  },
  abstract(a, spec, ctx) {
    const r = okResult(a);
    if (!r) return undefined;
    const W = wording(ctx, messages);
    const [x, y] = namesOf(spec);
    const [ea, eb, eab] = r.effects;
    if (!ea || !eb || !eab) return undefined;
    const dfE = r.residual.df;
    return W.effects([
      W.mainEffect(md(ctx.label(x)), significant(ea.p, ctx), fOf(ea, dfE, ctx)),
      W.mainEffect(md(ctx.label(y)), significant(eb.p, ctx), fOf(eb, dfE, ctx)),
      W.interactionEffect(md(ctx.label(x)), md(ctx.label(y)), significant(eab.p, ctx), fOf(eab, dfE, ctx)),
    ]);
  },
  conclusion(a, spec, ctx) {
    const r = okResult(a);
    const [ea, eb, eab] = r?.effects ?? [];
    if (!ea || !eb || !eab) return undefined;
    const [x, y] = namesOf(spec);
    return wording(ctx, messages).conclusion(
      outcomeOf(spec, ctx),
      md(ctx.label(x)),
      md(ctx.label(y)),
      significant(ea.p, ctx),
      significant(eb.p, ctx),
      significant(eab.p, ctx),
    );
  },
};
