/**
 * Repeated measures in words: a table of the measurements (n, M (SD), 95% CI; mean ranks
 * for Friedman), the Bonferroni pairwise comparisons after the ANOVA, the means with CIs
 * per time as a figure, the normality and sphericity checks and why the test and the
 * correction were chosen.
 */
import type {
  RepeatedAnovaOutput,
  RepeatedMeasuresAnalysis,
  RepeatedMeasuresSpec,
} from '../../analysis/units/repeated-measures.ts';
import type { FriedmanResult } from '../../stats/friedman.ts';
import { isFailure } from '../../stats/types.ts';
import { midSentence as mid } from '../../text.ts';
import { citedTest } from '../test-citations.ts';
import { captionOf, md, textOf, wording, type ReportContext, type ReportUnit } from '../context.ts';
import type { FigureModel, TableCell, TableModel, TableRow } from '../document.ts';
import * as messages from '../locale/repeated-measures.ts';

const plain = (s: string) => s.replace(/\\(.)/g, '$1');
const right = (text: string): TableCell => ({ text, align: 'right' });

function outcomeOf(spec: RepeatedMeasuresSpec, ctx: ReportContext): string {
  const first = spec.variables[0] ?? '';
  return md(textOf(spec.labels?.outcome, ctx, mid(ctx.label(first))));
}

function fStat(r: RepeatedAnovaOutput, ctx: ReportContext): string {
  const x = r.reported;
  return wording(ctx, messages).statF(x.f, x.df1, x.df2, x.p, r.partialEta2);
}

function friedmanStat(r: FriedmanResult, ctx: ReportContext): string {
  return wording(ctx, messages).statFriedman(r.statistic, r.df, r.p, r.kendallW);
}

function statOf(a: RepeatedMeasuresAnalysis, ctx: ReportContext): string | undefined {
  if (a.test === 'repeated-anova') return isFailure(a.result) ? undefined : fStat(a.result, ctx);
  return isFailure(a.result) ? undefined : friedmanStat(a.result, ctx);
}

function testName(a: RepeatedMeasuresAnalysis, ctx: ReportContext): string {
  const W = wording(ctx, messages);
  return a.test === 'repeated-anova' ? W.testNames.anova : W.testNames.friedman;
}

function timesTable(a: RepeatedMeasuresAnalysis, spec: RepeatedMeasuresSpec, ctx: ReportContext): TableModel {
  const W = wording(ctx, messages);
  const f = ctx.L.fmt;
  const ranks = a.test === 'friedman' && !isFailure(a.result) ? a.result.meanRanks : undefined;
  const rows: TableRow[] = a.summary.times.map((t) => {
    const d = t.value;
    const cells: TableCell[] = isFailure(d)
      ? [{ text: ctx.label(t.variable) }, right(f.int(0)), right('—'), right('—')]
      : [
          { text: ctx.label(t.variable) },
          right(f.int(d.n)),
          right(`${f.num(d.mean)} (${f.num(d.sd)})`),
          right(d.ciLower === null || d.ciUpper === null ? '—' : ctx.L.ciCell(d.ciLower, d.ciUpper)),
        ];
    if (ranks) cells.push(right(f.num(ranks.find((x) => x.variable === t.variable)?.meanRank ?? null)));
    return { cells };
  });
  const c = W.columns;
  return {
    key: spec.id,
    caption: captionOf(spec, ctx, ctx.L.cap(W.caption(plain(outcomeOf(spec, ctx))))),
    head: [[{ text: c.time }, right(c.n), right(c.msd), right(c.ci), ...(ranks ? [right(c.meanRank)] : [])]],
    rows,
    notes: [],
  };
}

function pairsTable(r: RepeatedAnovaOutput, spec: RepeatedMeasuresSpec, ctx: ReportContext): TableModel {
  const W = wording(ctx, messages);
  const f = ctx.L.fmt;
  const c = W.columns;
  return {
    key: `${spec.id}-pairs`,
    caption: ctx.L.cap(W.captionPairs(plain(outcomeOf(spec, ctx)))),
    head: [[{ text: c.pair }, right(c.diff), right(c.se), right(c.ci), right(c.p)]],
    rows: r.pairwise.map((p) => ({
      cells: [
        { text: W.versus(ctx.label(p.var1), ctx.label(p.var2)) },
        right(f.num(p.meanDiff)),
        right(f.num(p.se)),
        right(ctx.L.ciCell(p.ciLower, p.ciUpper)),
        right(f.pCell(p.pBonferroni)),
      ],
    })),
    notes: [],
  };
}

function meansFigure(
  a: RepeatedMeasuresAnalysis,
  spec: RepeatedMeasuresSpec,
  ctx: ReportContext,
): FigureModel | undefined {
  if (spec.figure === false) return undefined;
  const W = wording(ctx, messages);
  const values = a.summary.times.flatMap((t) =>
    isFailure(t.value) || t.value.ciLower === null || t.value.ciUpper === null
      ? []
      : [{ time: ctx.label(t.variable), mean: t.value.mean, lo: t.value.ciLower, hi: t.value.ciUpper }],
  );
  if (values.length < 2) return undefined;
  const outcome = plain(outcomeOf(spec, ctx));
  const order = values.map((v) => v.time);
  const x = { field: 'time', type: 'ordinal', sort: order, title: null, axis: { labelAngle: 0, labelLimit: 0 } };
  return {
    key: `${spec.id}-plot`,
    caption: ctx.L.cap(W.captionFigure(outcome)),
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 420,
      height: 280,
      data: { values },
      encoding: { x, color: { value: '#000000' } },
      layer: [
        {
          mark: { type: 'line', strokeWidth: 2 },
          encoding: { y: { field: 'mean', type: 'quantitative', title: W.axisMean(outcome), scale: { zero: false } } },
        },
        {
          mark: { type: 'point', filled: true, size: 70, opacity: 1 },
          encoding: { y: { field: 'mean', type: 'quantitative' } },
        },
        {
          mark: { type: 'rule', strokeWidth: 1.5 },
          encoding: { y: { field: 'lo', type: 'quantitative' }, y2: { field: 'hi' } },
        },
      ],
    },
    alt: W.alt(
      outcome,
      values.map((v) => W.altPart(v.time, ctx.L.fmt.num(v.mean))),
    ),
  };
}

function sphericitySentence(r: RepeatedAnovaOutput, ctx: ReportContext): string {
  const W = wording(ctx, messages);
  if (r.mauchlyP === null || r.mauchlyChi2 === null) return W.sphericityTwo;
  const stat = W.statMauchly(r.mauchlyW, r.mauchlyChi2, r.mauchlyDf, r.mauchlyP);
  if (r.reported.correction === 'none') return W.sphericityOk(stat);
  if (r.reported.correction === 'huynh-feldt') return W.sphericityHf(stat, r.ggEpsilon, r.hfEpsilon);
  return W.sphericityGg(stat, r.ggEpsilon);
}

export const repeatedMeasuresReport: ReportUnit<RepeatedMeasuresAnalysis, RepeatedMeasuresSpec> = {
  type: 'repeated-measures',
  tables(a, spec, ctx) {
    const out = [timesTable(a, spec, ctx)];
    if (a.test === 'repeated-anova' && !isFailure(a.result)) out.push(pairsTable(a.result, spec, ctx));
    return out;
  },
  figures(a, spec, ctx) {
    const f = meansFigure(a, spec, ctx);
    return f ? [f] : [];
  },
  stat: (a, _spec, ctx) => statOf(a, ctx),
  methods(a, spec, ctx) {
    const W = wording(ctx, messages);
    return spec.test
      ? W.methodFixed(
          outcomeOf(spec, ctx),
          citedTest(testName(a, ctx), a.test === 'repeated-anova' ? 'anova-oneway' : 'friedman'),
        )
      : W.methodAuto(outcomeOf(spec, ctx));
  },
  results(a, spec, ctx) {
    const W = wording(ctx, messages);
    const norm = a.checks.filter((c) => c.check === 'normality');
    const sentences = [
      W.checks(
        norm.every((c) => c.passed),
        norm.flatMap((c) => (c.passed ? [] : [md(mid(ctx.label(c.target ?? '')))])),
      ),
      W.choice(testName(a, ctx), Boolean(spec.test)),
    ];
    const blocks = [`::table[${spec.id}]`];
    if (a.test === 'repeated-anova' && !isFailure(a.result)) sentences.push(sphericitySentence(a.result, ctx));
    const stat = statOf(a, ctx);
    if (stat) sentences.push(W.result(outcomeOf(spec, ctx), a.decision?.significant ?? false, stat));
    else if (isFailure(a.result)) sentences.push(ctx.L.testFailed(testName(a, ctx), ctx.L.statError(a.result.error)));
    if (a.test === 'repeated-anova' && !isFailure(a.result)) {
      const alpha = ctx.results.alpha;
      sentences.push(
        W.pairs(
          a.result.pairwise
            .filter((p) => p.pBonferroni < alpha)
            .map((p) => md(W.versus(mid(ctx.label(p.var1)), mid(ctx.label(p.var2))))),
        ),
      );
      blocks.push(`::table[${spec.id}-pairs]`);
    }
    const fig = meansFigure(a, spec, ctx);
    if (fig) {
      sentences.push(W.tableRef(`:ref[${spec.id}]`, `:figref[${fig.key}]`));
      blocks.push(`::figure[${fig.key}]`);
    } else sentences.push(W.tableOnlyRef(`:ref[${spec.id}]`));
    return `${sentences.join(' ')}\n\n${blocks.join('\n\n')}`;
  },
  abstract(a, spec, ctx) {
    const stat = statOf(a, ctx);
    return stat
      ? wording(ctx, messages).result(outcomeOf(spec, ctx), a.decision?.significant ?? false, stat)
      : undefined;
  },
  conclusion(a, spec, ctx) {
    if (!a.decision) return undefined;
    return wording(ctx, messages).conclusion(outcomeOf(spec, ctx), a.decision.significant);
  },
};
