/**
 * One-way comparison of k groups in words: a table of the groups (n, M (SD), Mdn (IQR),
 * mean rank for Kruskal–Wallis) with the tests in its note, the checks and the choice of
 * test, the APA statistic and the conclusion. Every number comes from the result/summary.
 */
import type {
  AnovaAnalysis,
  AnovaOutput,
  AnovaPostHoc,
  AnovaSpec,
  KruskalWallisOutput,
} from '../../analysis/units/anova.ts';
import { isFailure } from '../../stats/types.ts';
import type { FigureModel, TableCell, TableModel, TableRow } from '../document.ts';
import { groupDistributionFigure, groupFigureKind } from '../figures/group-distribution.ts';
import { midSentence as mid } from '../../text.ts';
import { citedTest } from '../test-citations.ts';
import { captionOf, md, textOf, wording, type ReportContext, type ReportUnit } from '../context.ts';
import * as messages from '../locale/anova.ts';

const plain = (s: string) => s.replace(/\\(.)/g, '$1');
const right = (text: string): TableCell => ({ text, align: 'right' });

function outcomeOf(spec: AnovaSpec, ctx: ReportContext): string {
  return md(textOf(spec.labels?.outcome, ctx, mid(ctx.label(spec.value))));
}

function fStat(r: AnovaOutput, ctx: ReportContext): string {
  const W = wording(ctx, messages);
  const x = r.reported;
  return (x.variant === 'welch' ? W.statWelch : W.statF)(x.f, x.df1, x.df2, x.p, r.etaSquared);
}

function hStat(r: KruskalWallisOutput, ctx: ReportContext): string {
  return wording(ctx, messages).statH(r.h, r.df, r.p, r.epsilonSquared ?? null);
}

function statOf(a: AnovaAnalysis, ctx: ReportContext): string | undefined {
  if (a.test === 'anova-oneway') return isFailure(a.result) ? undefined : fStat(a.result, ctx);
  return isFailure(a.result) ? undefined : hStat(a.result, ctx);
}

/** Kruskal–Wallis when it is the test, or when it is the sensitivity analysis of a planned ANOVA. */
function kruskalWallisOf(a: AnovaAnalysis): KruskalWallisOutput | undefined {
  const kw = a.test === 'kruskal-wallis' ? a.result : a.sensitivity?.result;
  return kw && !isFailure(kw) ? kw : undefined;
}

/** The id of the test that ran, for its citation: Welch's F has its own source. */
function testId(a: AnovaAnalysis): string {
  if (a.test === 'kruskal-wallis') return 'kruskal-wallis';
  return !isFailure(a.result) && a.result.reported.variant === 'welch' ? 'anova-welch' : 'anova-oneway';
}

function testName(a: AnovaAnalysis, ctx: ReportContext): string {
  const W = wording(ctx, messages);
  if (a.test === 'kruskal-wallis') return W.testNames.kw;
  return !isFailure(a.result) && a.result.reported.variant === 'welch' ? W.testNames.welch : W.testNames.classic;
}

function figure(a: AnovaAnalysis, spec: AnovaSpec, ctx: ReportContext): FigureModel | undefined {
  const words = wording(ctx, messages).figure;
  return groupDistributionFigure(
    spec.id,
    a.summary.groups,
    spec.group,
    spec.figure,
    plain(outcomeOf(spec, ctx)),
    words,
    ctx,
  );
}

/** The post-hoc pairs in one shape: labels, p as read (Holm-adjusted for Dunn) and the cells. */
interface PairRow {
  a: string;
  b: string;
  p: number;
  cells: TableCell[];
}

function pairRows(ph: AnovaPostHoc, spec: AnovaSpec, ctx: ReportContext): PairRow[] | undefined {
  const f = ctx.L.fmt;
  const lab = (level: string | number) => ctx.levelLabel(spec.group, String(level));
  if (isFailure(ph.result)) return undefined;
  if (ph.method === 'dunn')
    return ph.result.pairs.map((x) => ({
      a: lab(x.group1),
      b: lab(x.group2),
      p: x.pHolm,
      cells: [
        right(f.num(x.meanRankDiff)),
        right(f.num(x.se)),
        right(f.num(x.z)),
        right(f.pCell(x.p)),
        right(f.pCell(x.pHolm)),
      ],
    }));
  return ph.result.pairs.map((x) => ({
    a: lab(x.group1),
    b: lab(x.group2),
    p: x.p,
    cells: [
      right(f.num(x.meanDiff)),
      right(f.num(x.se)),
      right(f.pCell(x.p)),
      right(ctx.L.ciCell(x.ciLower, x.ciUpper)),
    ],
  }));
}

function postHocTable(ph: AnovaPostHoc, spec: AnovaSpec, ctx: ReportContext): TableModel | undefined {
  const W = wording(ctx, messages);
  const C = W.postHocColumns;
  const pairs = pairRows(ph, spec, ctx);
  if (!pairs) return undefined;
  const cols = ph.method === 'dunn' ? [C.rankDiff, C.se, C.z, C.p, C.pHolm] : [C.diff, C.se, C.p, C.ci];
  return {
    key: `${spec.id}.posthoc`,
    caption: ctx.L.cap(W.postHocCaption(plain(outcomeOf(spec, ctx)), W.postHocNames[ph.method])),
    head: [[{ text: C.pair }, ...cols.map(right)]],
    rows: pairs.map((r) => ({ cells: [{ text: W.postHocPairCell(r.a, r.b) }, ...r.cells] })),
    notes: [W.postHocNote(ph.method)],
  };
}

function postHocSentences(ph: AnovaPostHoc, spec: AnovaSpec, ctx: ReportContext): string {
  const W = wording(ctx, messages);
  const name = W.postHocNames[ph.method];
  if (isFailure(ph.result)) return ctx.L.testFailed(name, ctx.L.statError(ph.result.error));
  const pairs = pairRows(ph, spec, ctx) ?? [];
  const sig = pairs.filter((r) => r.p < ctx.results.alpha).map((r) => W.pair(md(r.a), md(r.b), ctx.L.fmt.p(r.p)));
  return `${W.postHocResult(name, sig, pairs.length)} ${W.postHocRef(`:ref[${spec.id}.posthoc]`)}\n\n::table[${spec.id}.posthoc]`;
}

export const anovaReport: ReportUnit<AnovaAnalysis, AnovaSpec> = {
  type: 'anova',
  tables(a, spec, ctx) {
    const W = wording(ctx, messages);
    const f = ctx.L.fmt;
    const kw = kruskalWallisOf(a);
    const ranks = kw?.groups;
    const head: TableCell[][] = [
      [
        { text: ctx.label(spec.group) },
        right(W.columns.n),
        right(W.columns.msd),
        right(W.columns.mdn),
        ...(ranks ? [right(W.columns.meanRank)] : []),
      ],
    ];
    const rows: TableRow[] = a.summary.groups.map((g) => {
      const d = g.value;
      const rank = ranks?.find((x) => String(x.level) === g.level)?.meanRank ?? null;
      const cells: TableCell[] = isFailure(d)
        ? [{ text: ctx.levelLabel(spec.group, g.level) }, right(f.int(0)), right('—'), right('—')]
        : [
            { text: ctx.levelLabel(spec.group, g.level) },
            right(f.int(d.n)),
            right(`${f.num(d.mean)} (${f.num(d.sd)})`),
            right(`${f.num(d.median)} (${f.num(d.iqr)})`),
          ];
      if (ranks) cells.push(right(f.num(rank)));
      return { cells };
    });
    const lines: string[] = [];
    const lev = a.summary.levene;
    if (lev) lines.push(W.noteLevene(W.statLevene(lev.f, lev.df1, lev.df2, lev.p)));
    const anova = a.test === 'anova-oneway' && !isFailure(a.result);
    if (a.test === 'anova-oneway' && !isFailure(a.result)) lines.push(W.noteAnova(fStat(a.result, ctx)));
    if (kw) lines.push(W.noteKw(hStat(kw, ctx), a.test !== 'kruskal-wallis'));
    const effects = W.noteEffects(anova, Boolean(kw));
    const notes = lines.length ? [W.noteTests(lines), ...(effects ? [effects] : [])] : [];
    const groups: TableModel = {
      key: spec.id,
      caption: captionOf(spec, ctx, ctx.L.cap(W.caption(plain(outcomeOf(spec, ctx)), ctx.label(spec.group)))),
      head,
      rows,
      notes,
    };
    const ph = a.posthoc && postHocTable(a.posthoc, spec, ctx);
    return ph ? [groups, ph] : [groups];
  },
  figures: (a, spec, ctx) => {
    const f = figure(a, spec, ctx);
    return f ? [f] : [];
  },
  stat: (a, _spec, ctx) => statOf(a, ctx),
  methods(a, spec, ctx) {
    const W = wording(ctx, messages);
    const ph = a.posthoc;
    const rule = spec.posthoc === 'auto' && !spec.test ? 'auto' : ph?.method;
    const posthoc = rule ? ` ${W.methodPostHoc(rule)}` : '';
    if (!spec.test) return `${W.methodAuto(outcomeOf(spec, ctx), Boolean(rule))}${posthoc}`;
    const sensitivity = Boolean(a.test === 'anova-oneway' && a.sensitivity);
    return `${W.methodFixed(outcomeOf(spec, ctx), citedTest(testName(a, ctx), testId(a)), sensitivity, Boolean(rule))}${posthoc}`;
  },
  results(a, spec, ctx) {
    const W = wording(ctx, messages);
    const norm = a.checks.filter((c) => c.check === 'normality');
    const lev = a.summary.levene;
    const levCheck = a.checks.find((c) => c.test === 'levene');
    const sentences = [
      W.checks(
        norm.every((c) => c.passed),
        norm.flatMap((c) => (c.passed ? [] : [md(ctx.levelInText(spec.group, c.target ?? ''))])),
        lev ? W.statLevene(lev.f, lev.df1, lev.df2, lev.p) : null,
        levCheck?.passed ?? true,
      ),
      W.choice(testName(a, ctx), Boolean(spec.test)),
    ];
    const stat = statOf(a, ctx);
    if (stat) sentences.push(W.result(outcomeOf(spec, ctx), a.decision?.significant ?? false, stat));
    else if (isFailure(a.result)) sentences.push(ctx.L.testFailed(testName(a, ctx), ctx.L.statError(a.result.error)));
    const s = a.test === 'anova-oneway' ? a.sensitivity : undefined;
    if (s && !isFailure(s.result))
      sentences.push(
        W.sensitivity(s.result.p < ctx.results.alpha === (a.decision?.significant ?? false), hStat(s.result, ctx)),
      );
    sentences.push(W.tableRef(`:ref[${spec.id}]`));
    const kind = figure(a, spec, ctx) ? groupFigureKind(spec.figure) : undefined;
    if (kind) sentences.push(W.figure.ref(`:figref[${spec.id}]`, kind === 'box'));
    const ph = a.posthoc ? `\n\n${postHocSentences(a.posthoc, spec, ctx)}` : '';
    return `${sentences.join(' ')}\n\n::table[${spec.id}]${ph}${kind ? `\n\n::figure[${spec.id}]` : ''}`;
  },
  abstract(a, spec, ctx) {
    const stat = statOf(a, ctx);
    return stat
      ? wording(ctx, messages).result(outcomeOf(spec, ctx), a.decision?.significant ?? false, stat)
      : undefined;
  },
  conclusion(a, spec, ctx) {
    if (!a.decision) return undefined;
    return wording(ctx, messages).conclusion(outcomeOf(spec, ctx), md(ctx.label(spec.group)), a.decision.significant);
  },
};
