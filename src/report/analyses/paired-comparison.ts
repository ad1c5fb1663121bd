/**
 * Paired comparison in words: which test and why (from the recorded normality check),
 * the APA statistic, a test table, a before–after chart of means with 95% CIs, and the
 * conclusion from the hypothesis decision. Split by group when the analysis was.
 */
import { reportedP } from '../../analysis/reported-p.ts';
import {
  pairedP,
  type PairedComparisonAnalysis,
  type PairedComparisonSpec,
  type PairedOutcome,
  type PairedTOutput,
  type WilcoxonOutput,
} from '../../analysis/units/paired-comparison.ts';
import type { DescriptivesResult } from '../../stats/descriptives.ts';
import { isFailure, type StatFailure } from '../../stats/types.ts';
import type { FigureModel, TableCell, TableModel, TableRow } from '../document.ts';
import { captionOf, md, textOf, wording, type ReportContext, type ReportUnit } from '../context.ts';
import * as messages from '../locale/paired-comparison.ts';
import { citedTest } from '../test-citations.ts';

type Part = PairedOutcome & { level?: string };

/** A test that was run on the pairs: the chosen one or the sensitivity analysis. */
type TestRun =
  | { test: 'paired-t'; result: PairedTOutput | StatFailure }
  | { test: 'wilcoxon-signed-rank'; result: WilcoxonOutput | StatFailure };

function parts(a: PairedComparisonAnalysis): Part[] {
  return 'groups' in a ? a.groups : [a];
}

function words(spec: PairedComparisonSpec, ctx: ReportContext) {
  return {
    before: md(textOf(spec.labels?.before, ctx, ctx.L.words.before)),
    after: md(textOf(spec.labels?.after, ctx, ctx.L.words.after)),
    outcome: md(textOf(spec.labels?.outcome, ctx, ctx.label(spec.before))),
  };
}

function statText(run: TestRun, ctx: ReportContext): string | undefined {
  if (run.test === 'paired-t') {
    const r = run.result;
    return isFailure(r) ? undefined : ctx.L.statPairedT(r.t, r.df, r.p, r.cohensDz);
  }
  const r = run.result;
  return isFailure(r) ? undefined : ctx.L.statWilcoxon(r.z, reportedP(r), r.effectSizeR ?? null);
}

function groupLabel(spec: PairedComparisonSpec, part: Part, ctx: ReportContext, inText = false): string {
  if (part.level === undefined || !spec.by) return '';
  return inText ? ctx.levelInText(spec.by, part.level) : ctx.levelLabel(spec.by, part.level);
}

function resultSentence(part: Part, spec: PairedComparisonSpec, ctx: ReportContext): string {
  const { L } = ctx;
  const w = words(spec, ctx);
  const stat = statText(part, ctx);
  const significant = part.decision?.significant ?? false;
  const decreased = part.decision?.direction === 'decrease';
  if (part.test === 'paired-t') {
    const r = part.result;
    if (isFailure(r) || stat === undefined)
      return L.testFailed(L.tests[part.test] ?? part.test, failureMessage(r, ctx));
    return L.pairedTResult(
      w.outcome,
      w.before,
      w.after,
      r.meanX,
      r.meanY,
      significant,
      decreased,
      stat,
      r.meanDiff,
      r.ciLower,
      r.ciUpper,
    );
  }
  const r = part.result;
  const sb = part.summary.before;
  const sa = part.summary.after;
  // Descriptives fail only without data, where the test has failed too.
  if (isFailure(r) || stat === undefined || isFailure(sb) || isFailure(sa))
    return L.testFailed(L.tests[part.test] ?? part.test, failureMessage(r, ctx));
  return L.wilcoxonResult(
    w.outcome,
    w.before,
    w.after,
    sb.median,
    sa.median,
    significant,
    decreased,
    stat,
    r.nPositive,
    r.nNegative,
    r.zeros,
  );
}

/** The failure's message, for a result that could not be computed. */
function failureMessage(r: object, ctx: ReportContext): string {
  return isFailure(r) ? ctx.L.statError(r.error) : '';
}

function checkSentence(part: Part, spec: PairedComparisonSpec, ctx: ReportContext): string {
  const { L } = ctx;
  const c = part.checks[0];
  if (!c) return '';
  const testName = L.tests[part.test] ?? part.test;
  if (c.p === null || c.p === undefined || c.statistic === null || c.statistic === undefined) {
    const before = part.summary.before;
    const n = isFailure(before) ? (before.n ?? 0) : before.n;
    return spec.test ? '' : L.normalityUntestable(n);
  }
  if (spec.test)
    return c.passed
      ? L.normalityFixedPassed(c.statistic, c.p, testName)
      : L.normalityFixedFailed(c.statistic, c.p, testName);
  return c.passed ? L.normalityPassed(c.statistic, c.p) : L.normalityFailed(c.statistic, c.p);
}

function sensitivitySentence(part: Part, ctx: ReportContext): string {
  const s = part.test === 'paired-t' ? part.sensitivity : undefined;
  if (!s || isFailure(s.result)) return '';
  const stat = statText(s, ctx) ?? '';
  const p = reportedP(s.result);
  const same = p < ctx.results.alpha === (part.decision?.significant ?? false);
  return ctx.L.sensitivityAgrees(ctx.L.tests[s.test] ?? s.test, stat, same);
}

const plain = (s: string) => s.replace(/\\(.)/g, '$1');

function table(a: PairedComparisonAnalysis, spec: PairedComparisonSpec, ctx: ReportContext): TableModel {
  const { L } = ctx;
  const f = L.fmt;
  const w = words(spec, ctx);
  const ps = parts(a);
  const byCol = spec.by ? [{ text: ctx.label(spec.by) }] : [{ text: L.columns.measure }];
  const tests = new Set(ps.map((p) => p.test));
  const allT = tests.size === 1 && tests.has('paired-t');
  const allW = tests.size === 1 && tests.has('wilcoxon-signed-rank');
  const right = (text: string): TableCell => ({ text, align: 'right' });
  const msd = (r: DescriptivesResult | StatFailure) => (isFailure(r) ? '—' : `${f.num(r.mean)} (${f.num(r.sd)})`);
  const mdn = (r: DescriptivesResult | StatFailure) => (isFailure(r) ? '—' : f.num(r.median));
  let head: TableCell[][];
  const rows: TableRow[] = [];
  const first = (p: Part) => ({ text: spec.by ? groupLabel(spec, p, ctx) : L.cap(plain(w.outcome)) });
  if (allT) {
    head = [
      [
        ...byCol,
        right(`${L.columns.before} ${L.columns.mean} (${L.columns.sd})`),
        right(`${L.columns.after} ${L.columns.mean} (${L.columns.sd})`),
        right(wording(ctx, messages).columnDifference),
        right(L.columns.ci),
        right('t'),
        right(L.columns.df),
        right(L.columns.p),
        right('d'),
      ],
    ];
    for (const p of ps) {
      const r = p.test === 'paired-t' ? p.result : undefined;
      rows.push({
        cells:
          r === undefined || isFailure(r)
            ? [
                first(p),
                right(msd(p.summary.before)),
                right(msd(p.summary.after)),
                ...Array.from({ length: 6 }, () => right('—')),
              ]
            : [
                first(p),
                right(msd(p.summary.before)),
                right(msd(p.summary.after)),
                right(`${f.num(r.meanDiff)} (${f.num(r.sdDiff)})`),
                right(L.ciCell(r.ciLower, r.ciUpper)),
                right(f.num(r.t)),
                right(f.int(r.df)),
                right(f.pCell(r.p)),
                right(f.num(r.cohensDz)),
              ],
      });
    }
  } else if (allW) {
    head = [
      [
        ...byCol,
        right(`${L.columns.before} ${L.columns.median}`),
        right(`${L.columns.after} ${L.columns.median}`),
        right('Z'),
        right(L.columns.p),
        right('r'),
      ],
    ];
    for (const p of ps) {
      const r = p.test === 'wilcoxon-signed-rank' ? p.result : undefined;
      rows.push({
        cells:
          r === undefined || isFailure(r)
            ? [first(p), right(mdn(p.summary.before)), right(mdn(p.summary.after)), right('—'), right('—'), right('—')]
            : [
                first(p),
                right(mdn(p.summary.before)),
                right(mdn(p.summary.after)),
                right(f.num(r.z)),
                right(f.pCell(pairedP(p))),
                right(f.bounded(r.effectSizeR)),
              ],
      });
    }
  } else {
    head = [
      [
        ...byCol,
        right(`${L.columns.before} ${L.columns.mean} (${L.columns.sd})`),
        right(`${L.columns.after} ${L.columns.mean} (${L.columns.sd})`),
        { text: L.columns.test },
        right(L.columns.statistic),
        right(L.columns.p),
      ],
    ];
    for (const p of ps) {
      const stat = isFailure(p.result)
        ? '—'
        : p.test === 'paired-t'
          ? `t(${f.int(p.result.df)}) = ${f.num(p.result.t)}`
          : `Z = ${f.num(p.result.z)}`;
      rows.push({
        cells: [
          first(p),
          right(msd(p.summary.before)),
          right(msd(p.summary.after)),
          { text: L.tests[p.test] ?? p.test },
          right(stat),
          right(f.pCell(pairedP(p))),
        ],
      });
    }
  }
  const notes = [allT ? L.notePairedT : allW ? L.noteWilcoxon : `${L.notePairedT} ${L.noteWilcoxon}`];
  const correlations = ps.flatMap((p) => {
    const r = p.test === 'paired-t' ? p.result : undefined;
    return r !== undefined &&
      !isFailure(r) &&
      typeof r.correlation === 'number' &&
      typeof r.correlationP === 'number' &&
      typeof r.correlationDf === 'number'
      ? [
          wording(ctx, messages).correlationPart(
            spec.by ? groupLabel(spec, p, ctx, true) : '',
            r.correlation,
            r.correlationDf,
            r.correlationP,
          ),
        ]
      : [];
  });
  if (correlations.length) notes.push(wording(ctx, messages).noteCorrelation(correlations));
  return {
    key: spec.id,
    caption: captionOf(spec, ctx, L.captionPaired(plain(w.outcome), plain(w.before), plain(w.after))),
    head,
    rows,
    notes,
  };
}

function figure(a: PairedComparisonAnalysis, spec: PairedComparisonSpec, ctx: ReportContext): FigureModel | undefined {
  if (spec.figure === false) return undefined;
  const { L } = ctx;
  const w = words(spec, ctx);
  const values: { occasion: string | undefined; x: number; group: string; mean: number; lo: number; hi: number }[] = [];
  const occ = [L.cap(plain(w.before)), L.cap(plain(w.after))];
  const groups: string[] = [];
  const ps = parts(a);
  // Groups sit side by side around each occasion so their error bars do not overlap.
  const offset = (gi: number) => (ps.length > 1 ? (gi - (ps.length - 1) / 2) * 0.1 : 0);
  ps.forEach((p, gi) => {
    const group = spec.by ? groupLabel(spec, p, ctx) : '';
    groups.push(group);
    [p.summary.before, p.summary.after].forEach((d, i) => {
      if (isFailure(d)) return;
      values.push({
        occasion: occ[i],
        x: i + offset(gi),
        group,
        mean: d.mean,
        lo: d.ciLower ?? d.mean,
        hi: d.ciUpper ?? d.mean,
      });
    });
  });
  if (!values.length) return undefined;
  const outcome = plain(w.outcome);
  const y = {
    field: 'mean',
    type: 'quantitative',
    title: `${L.cap(outcome)} (${L.columns.mean})`,
    scale: { zero: true },
  };
  // Occasion labels at 0 and 1 of a numeric axis (vega expression string literals via JSON).
  const labelExpr = `datum.value == 0 ? ${JSON.stringify(occ[0])} : datum.value == 1 ? ${JSON.stringify(occ[1])} : ''`;
  const x = {
    field: 'x',
    type: 'quantitative',
    title: null,
    scale: { domain: [-0.4, 1.4], nice: false, zero: false },
    axis: { values: [0, 1], labelExpr, labelAngle: 0, labelLimit: 0, labelFontSize: 12, ticks: false },
  };
  const byGroup = Boolean(spec.by);
  const palette = ['#000000', '#555555', '#888888', '#333333'];
  const color = byGroup
    ? {
        field: 'group',
        type: 'nominal',
        sort: groups,
        title: ctx.label(spec.by!),
        scale: { domain: groups, range: palette.slice(0, groups.length) },
        legend: { orient: 'top', direction: 'horizontal', titleOrient: 'left' },
      }
    : { value: palette[0] };
  // Greys, shapes and dashes: the groups stay apart in grayscale print.
  const byShape = byGroup
    ? {
        shape: {
          field: 'group',
          type: 'nominal',
          sort: groups,
          title: ctx.label(spec.by!),
          scale: { domain: groups, range: ['circle', 'square', 'triangle-up', 'diamond'].slice(0, groups.length) },
        },
      }
    : {};
  const byDash = byGroup
    ? {
        strokeDash: {
          field: 'group',
          type: 'nominal',
          sort: groups,
          title: ctx.label(spec.by!),
          scale: {
            domain: groups,
            range: [
              [1, 0],
              [5, 3],
              [2, 2],
              [8, 3, 2, 3],
            ].slice(0, groups.length),
          },
        },
      }
    : {};
  const spec2 = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 420,
    height: 280,
    data: { values },
    encoding: { x, color },
    layer: [
      { mark: { type: 'line', strokeWidth: 2 }, encoding: { y, ...byDash } },
      { mark: { type: 'point', filled: true, size: 70, opacity: 1 }, encoding: { y, ...byShape } },
      {
        mark: { type: 'rule', strokeWidth: 1.5 },
        encoding: { y: { field: 'lo', type: 'quantitative' }, y2: { field: 'hi' } },
      },
      {
        mark: { type: 'tick', thickness: 1.5, size: 12, orient: 'horizontal' },
        encoding: { y: { field: 'lo', type: 'quantitative' } },
      },
      {
        mark: { type: 'tick', thickness: 1.5, size: 12, orient: 'horizontal' },
        encoding: { y: { field: 'hi', type: 'quantitative' } },
      },
    ],
  };
  const m = values.map((v) => ctx.L.fmt.num(v.mean));
  const W = wording(ctx, messages);
  return {
    key: spec.id,
    caption: byGroup
      ? W.captionFigureBy(outcome, plain(w.before), plain(w.after), ctx.label(spec.by!))
      : L.captionPairedFigure(outcome, plain(w.before), plain(w.after)),
    spec: spec2,
    alt: byGroup
      ? W.altFigureBy(
          outcome,
          groups.map((g, i) => W.altPart(g, m[2 * i] ?? '', m[2 * i + 1] ?? '')),
        )
      : L.altPairedFigure(outcome, m[0] ?? '', m[1] ?? ''),
  };
}

export const pairedComparisonReport: ReportUnit<PairedComparisonAnalysis, PairedComparisonSpec> = {
  type: 'paired-comparison',
  tables: (a, spec, ctx) => [table(a, spec, ctx)],
  figures: (a, spec, ctx) => {
    const f = figure(a, spec, ctx);
    return f ? [f] : [];
  },
  stat: (a, _spec, ctx) => ('groups' in a ? undefined : statText(a, ctx)),
  methods(a, spec, ctx) {
    const { L } = ctx;
    const w = words(spec, ctx);
    const sentences: string[] = [];
    if (spec.test) {
      sentences.push(L.methodPairedFixed(citedTest(L.tests[spec.test] ?? spec.test, spec.test), w.before, w.after));
      if (spec.test === 'paired-t' && parts(a).some((p) => p.test === 'paired-t' && p.sensitivity))
        sentences.push(L.methodSensitivity(citedTest(L.tests['wilcoxon-signed-rank']!, 'wilcoxon-signed-rank')));
    } else sentences.push(L.methodPairedComparison(w.before, w.after));
    if (spec.by) sentences.push(wording(ctx, messages).methodWithinGroups(ctx.label(spec.by)));
    const small = (a.warnings ?? []).find((x) => x.code === 'small-n-test');
    if (small && typeof small.n === 'number')
      sentences.push(L.methodSmallN(small.n, L.tests[spec.test ?? a.test] ?? a.test));
    return sentences.join(' ');
  },
  results(a, spec, ctx) {
    const { L } = ctx;
    const paras = parts(a).map((p) => {
      const lead = p.level !== undefined ? `${L.groupLead(md(groupLabel(spec, p, ctx, true)))} ` : '';
      return (
        lead +
        [checkSentence(p, spec, ctx), resultSentence(p, spec, ctx), sensitivitySentence(p, ctx)]
          .filter(Boolean)
          .join(' ')
      );
    });
    if (figure(a, spec, ctx)) {
      paras.push(L.pairedRefs(`:ref[${spec.id}]`, `:figref[${spec.id}]`));
      return `${paras.join('\n\n')}\n\n::table[${spec.id}]\n\n::figure[${spec.id}]`;
    }
    paras.push(wording(ctx, messages).tableRef(`:ref[${spec.id}]`));
    return `${paras.join('\n\n')}\n\n::table[${spec.id}]`;
  },
  abstract: (a, spec, ctx) =>
    parts(a)
      .map((p) =>
        p.level !== undefined
          ? wording(ctx, messages).inGroup(md(groupLabel(spec, p, ctx, true)), resultSentence(p, spec, ctx))
          : resultSentence(p, spec, ctx),
      )
      .join(' '),
  conclusion(a, spec, ctx) {
    const { L } = ctx;
    const w = words(spec, ctx);
    const expected = spec.hypothesis?.direction;
    return parts(a)
      .map((p) => {
        if (!p.decision) return '';
        const small = p.warnings?.find((x) => x.code === 'small-n-test');
        const s =
          small && typeof small.n === 'number'
            ? L.conclusionSmallN(small.n, L.tests[p.test] ?? p.test, w.outcome)
            : L.conclusionPaired(
                w.outcome,
                w.before,
                w.after,
                p.decision.significant,
                p.decision.direction === 'decrease',
                expected,
              );
        return p.level !== undefined ? wording(ctx, messages).inGroup(md(groupLabel(spec, p, ctx, true)), s) : s;
      })
      .filter(Boolean)
      .join(' ');
  },
};
