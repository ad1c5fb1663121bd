/**
 * Reliable change in words: the RCI formula with the norms and their source in the
 * methods (and why no group significance test is reported), a table with one row per
 * participant (scores, change, categories, RCI, reliable yes/no), a chart with one line
 * per participant, one sentence per participant in the results, and a conclusion that
 * separates the direction of change from its reliability.
 */
import {
  instrumentOfScore,
  type ReliableChangeAnalysis,
  type ReliableChangeOutput,
  type ReliableChangeSpec,
} from '../../analysis/units/reliable-change.ts';
import type { Instrument } from '../../instruments/types.ts';
import type { FigureModel, TableCell, TableModel } from '../document.ts';
import { captionOf, md, textOf, wording, type ReportContext, type ReportUnit } from '../context.ts';
import { instrumentWords } from '../locale/instruments.ts';
import * as messages from '../locale/reliable-change.ts';
import type { ChangeRow } from '../locale/reliable-change.ts';

type Result = ReliableChangeOutput;

const plain = (s: string) => s.replace(/\\(.)/g, '$1');

function words(spec: ReliableChangeSpec, ctx: ReportContext) {
  const W = wording(ctx, messages);
  const lib = instrumentOfScore(ctx.study, spec.before);
  // A variable's label starts a sentence ("Baseline score"); mid-sentence it is lower case unless it starts with an acronym.
  const label = ctx.label(spec.before);
  const fallback = lib
    ? W.scoreOf(lib.instrument.abbreviation)
    : /^[A-Z][a-z]/.test(label)
      ? label.charAt(0).toLowerCase() + label.slice(1)
      : label;
  return {
    before: md(textOf(spec.labels?.before, ctx, ctx.L.words.before)),
    after: md(textOf(spec.labels?.after, ctx, ctx.L.words.after)),
    outcome: md(textOf(spec.labels?.outcome, ctx, fallback)),
  };
}

function rows(r: Result, spec: ReliableChangeSpec, ctx: ReportContext, asMarkdown: boolean): ChangeRow[] {
  const catLabel = (name: string, code: string | null | undefined) =>
    code === null || code === undefined ? undefined : ctx.levelLabel(`${name}.category`, code);
  return r.participants.map((p) => ({
    label: asMarkdown ? md(p.label) : p.label,
    pre: p.pre,
    post: p.post,
    change: p.change,
    rci: p.rci,
    reliable: p.reliable,
    direction: p.direction,
    catPre: catLabel(spec.before, p.categoryBefore),
    catPost: catLabel(spec.after, p.categoryAfter),
  }));
}

/** The computed result, or undefined when there is none (no norms, or the statistic failed). */
const ok = (a: ReliableChangeAnalysis): Result | undefined => ('error' in a.result ? undefined : a.result);

function table(a: ReliableChangeAnalysis, spec: ReliableChangeSpec, ctx: ReportContext): TableModel | undefined {
  const r = ok(a);
  if (!r) return undefined;
  const W = wording(ctx, messages);
  const f = ctx.L.fmt;
  const w = words(spec, ctx);
  const right = (text: string, extra: Partial<TableCell> = {}): TableCell => ({ text, align: 'right', ...extra });
  const center = (text: string, extra: Partial<TableCell> = {}): TableCell => ({ text, align: 'center', ...extra });
  const ps = rows(r, spec, ctx, false);
  const hasCat = ps.some((p) => p.catPre !== undefined || p.catPost !== undefined);
  const head: TableCell[][] = [
    [
      { text: W.columns.participant, rowspan: 2 },
      center(W.columns.score, { colspan: 3 }),
      ...(hasCat ? [center(W.columns.category, { colspan: 2 })] : []),
      right(W.columns.rci, { rowspan: 2 }),
      center(W.columns.reliable, { rowspan: 2 }),
    ],
    [
      right(W.columns.before),
      right(W.columns.after),
      right(W.columns.change),
      ...(hasCat ? [{ text: W.columns.before }, { text: W.columns.after }] : []),
    ],
  ];
  const body = ps.map((p) => ({
    cells: [
      { text: p.label },
      right(f.num(p.pre, 0)),
      right(f.num(p.post, 0)),
      right(W.signed(p.change, 0)),
      ...(hasCat ? [{ text: p.catPre ?? '—' }, { text: p.catPost ?? '—' }] : []),
      right(W.signed(p.rci)),
      center(W.yesNo(p.reliable)),
    ],
  }));
  const lib = instrumentOfScore(ctx.study, spec.before);
  const cats = lib?.scale.categories;
  const bands =
    hasCat && cats && lib
      ? cats.map((c) => W.band(categoryWord(lib.instrument, c.code, ctx), c.from, c.to)).join(', ')
      : '';
  return {
    key: spec.id,
    caption: captionOf(spec, ctx, W.caption(plain(w.outcome), plain(w.before), plain(w.after))),
    head,
    rows: body,
    notes: [W.note(r.sDiff, r.criterion, r.threshold, bands)],
  };
}

/** A score category's label from the locale's instrument wording. */
function categoryWord(instrument: Instrument, code: string, ctx: ReportContext): string {
  return instrumentWords(ctx.L.instruments, instrument.id).categories[code] ?? code;
}

/** Label positions for line ends: the values, pushed apart to at least `gap` (a layout aid; no statistic). */
function dodge(values: number[], gap: number): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v || a.i - b.i);
  const pos = order.map((o) => o.v);
  for (let k = 1; k < pos.length; k++) if (pos[k]! - pos[k - 1]! < gap) pos[k] = pos[k - 1]! + gap;
  // Centre each pushed cluster on its values so labels stay next to their lines.
  const shift = (pos.reduce((s, p) => s + p, 0) - order.reduce((s, o) => s + o.v, 0)) / Math.max(pos.length, 1);
  const out = new Array<number>(values.length);
  order.forEach((o, k) => (out[o.i] = pos[k]! - shift));
  return out;
}

/** Whether another analysis of the study runs a significance test (then "no test is reported" would be false). */
function testedElsewhere(ctx: ReportContext): boolean {
  return Object.values(ctx.results.analyses).some(
    (a) => a.decision || ('groups' in a && a.groups.some((g) => g.decision)),
  );
}

// Greys only: each line is named at its end, so no colour is needed to tell participants apart.
const PALETTE = ['#000000', '#4d4d4d', '#808080', '#262626', '#666666', '#999999', '#1a1a1a', '#737373'];

function figure(a: ReliableChangeAnalysis, spec: ReliableChangeSpec, ctx: ReportContext): FigureModel | undefined {
  const r = ok(a);
  if (!r || !r.participants.length || spec.figure === false) return undefined;
  const W = wording(ctx, messages);
  const w = words(spec, ctx);
  const occ = [W.figureOccasion('before'), W.figureOccasion('after')];
  const ps = rows(r, spec, ctx, false);
  const lib = instrumentOfScore(ctx.study, spec.before);
  const domain = lib?.scale.range;
  const labelY = dodge(
    ps.map((p) => p.post),
    domain ? (domain[1] - domain[0]) * 0.055 : 1,
  );
  const values = ps.flatMap((p, i) => [
    { participant: p.label, occasion: occ[0], score: p.pre, end: '', labelY: p.pre },
    { participant: p.label, occasion: occ[1], score: p.post, end: p.label, labelY: labelY[i] },
  ]);
  const cats = lib?.scale.categories ?? [];
  const outcome = plain(w.outcome);
  const y = {
    field: 'score',
    type: 'quantitative',
    title: ctx.L.cap(outcome),
    scale: domain ? { domain, nice: false } : { zero: false },
  };
  const x = {
    field: 'occasion',
    type: 'ordinal',
    sort: occ,
    title: null,
    axis: { labelAngle: 0 },
    scale: { padding: 0.35 },
  };
  const color = {
    field: 'participant',
    type: 'nominal',
    title: W.figureParticipant,
    sort: ps.map((p) => p.label),
    scale: { range: PALETTE },
    legend: null,
  };
  // Category boundaries (e.g. 13.5 and 26.5 on PSS-10) as faint dashed rules with the band names.
  const bounds = cats.slice(1).map((c) => ({ y: c.from - 0.5 }));
  const bandLabels = domain
    ? cats.map((c) => ({
        y: (Math.max(c.from, domain[0]) + Math.min(c.to, domain[1])) / 2,
        text: categoryWord(lib!.instrument, c.code, ctx),
      }))
    : [];
  const layers: Record<string, unknown>[] = [];
  if (bounds.length) {
    layers.push({
      data: { values: bounds },
      mark: { type: 'rule', strokeDash: [4, 3], color: '#9a9a9a', strokeWidth: 1 },
      encoding: { y: { field: 'y', type: 'quantitative' } },
    });
    layers.push({
      data: { values: bandLabels },
      mark: {
        type: 'text',
        align: 'left',
        baseline: 'middle',
        dx: 4,
        fontSize: 10,
        fontStyle: 'italic',
        color: '#6b6b6b',
      },
      encoding: { y: { field: 'y', type: 'quantitative' }, x: { value: 0 }, text: { field: 'text' } },
    });
  }
  layers.push(
    { mark: { type: 'line', strokeWidth: 2 }, encoding: { x, y, color, detail: { field: 'participant' } } },
    { mark: { type: 'point', filled: true, size: 60 }, encoding: { x, y, color } },
    {
      mark: { type: 'text', align: 'left', baseline: 'middle', dx: 8, fontSize: 11, fontWeight: 'bold' },
      encoding: { x, y: { ...y, field: 'labelY' }, color, text: { field: 'end' } },
    },
  );
  const spec2 = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 300,
    height: 240,
    data: { values },
    layer: layers,
  };
  return {
    key: spec.id,
    caption: W.captionFigure(outcome, plain(w.before), plain(w.after)),
    spec: spec2,
    alt: W.alt(
      outcome,
      ps.map((p) => W.altPart(p.label, p.pre, p.post)),
    ),
  };
}

export const reliableChangeReport: ReportUnit<ReliableChangeAnalysis, ReliableChangeSpec> = {
  type: 'reliable-change',
  tables: (a, spec, ctx) => {
    const t = table(a, spec, ctx);
    return t ? [t] : [];
  },
  figures: (a, spec, ctx) => {
    const f = figure(a, spec, ctx);
    return f ? [f] : [];
  },
  stat: (a, _spec, ctx) => {
    const r = ok(a);
    return r ? wording(ctx, messages).stat(r.sDiff, r.criterion) : undefined;
  },
  methods(a, spec, ctx) {
    const r = ok(a);
    if (!r) return undefined;
    const W = wording(ctx, messages);
    const lib = instrumentOfScore(ctx.study, spec.before);
    const fromLibrary = !spec.norms && lib?.instrument.norms;
    const source = r.source;
    return [
      W.methods({
        instrument: fromLibrary ? md(instrumentWords(ctx.L.instruments, lib.instrument.id).name) : '',
        sd: r.sd,
        reliability: r.reliability,
        sDiff: r.sDiff,
        criterion: r.criterion,
        threshold: r.threshold,
        cite: source ? `[@${source}]` : '',
        note: fromLibrary ? md(instrumentWords(ctx.L.instruments, lib.instrument.id).normsNote ?? '') : '',
      }),
      testedElsewhere(ctx) ? W.methodsWhyIndividual(r.n) : W.methodsNoTest(r.n),
    ].join(' ');
  },
  results(a, spec, ctx) {
    const W = wording(ctx, messages);
    if ('error' in a.result) return W.failed(md(ctx.L.statError(a.result.error)));
    const r = a.result;
    const w = words(spec, ctx);
    const ps = rows(r, spec, ctx, true);
    const drawn = figure(a, spec, ctx) !== undefined;
    const intro = drawn
      ? W.resultsIntro(r.n, `:ref[${spec.id}]`, `:figref[${spec.id}]`)
      : W.resultsIntroTable(r.n, `:ref[${spec.id}]`);
    const each = ps.map((p, i) => W.participant(p, w.outcome, w.before, w.after, r.criterion, i === 0)).join(' ');
    const nRel = r.reliableDecrease + r.reliableIncrease;
    const sum = W.summary(r.nDecrease, r.nIncrease, r.nNoChange, nRel, r.n, r.criterion);
    return `${intro}\n\n${each} ${sum}\n\n::table[${spec.id}]${drawn ? `\n\n::figure[${spec.id}]` : ''}`;
  },
  abstract(a, spec, ctx) {
    const r = ok(a);
    if (!r) return undefined;
    const W = wording(ctx, messages);
    const ps = rows(r, spec, ctx, true);
    const part = (d: ChangeRow['direction']) => ps.filter((p) => p.direction === d).map(W.abstractPart);
    return W.abstract(
      words(spec, ctx).outcome,
      { dec: part('decrease'), inc: part('increase'), none: part('none') },
      r.reliableDecrease + r.reliableIncrease,
      r.n,
      r.criterion,
    );
  },
  conclusion(a, spec, ctx) {
    const r = ok(a);
    if (!r) return undefined;
    const W = wording(ctx, messages);
    const ps = rows(r, spec, ctx, true);
    const rel = (d: ChangeRow['direction']) => ps.filter((p) => p.reliable && p.direction === d).map((p) => p.label);
    return W.conclusion(words(spec, ctx).outcome, r.nDecrease, r.nIncrease, r.n, rel('decrease'), rel('increase'));
  },
};
