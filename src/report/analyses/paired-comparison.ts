/**
 * Paired comparison in words: which test and why (from the recorded normality check),
 * the APA statistic, a test table, a before–after chart of means with 95% CIs, and the
 * conclusion from the hypothesis decision. Split by group when the analysis was.
 */
import type { AnalysisResult } from '../../analysis/unit.ts';
import type { PairedComparisonSpec } from '../../analysis/units/paired-comparison.ts';
import type { DescriptivesResult } from '../../stats/descriptives.ts';
import { isFailure } from '../../stats/types.ts';
import type { FigureModel, TableCell, TableModel, TableRow } from '../document.ts';
import { captionOf, md, textOf, type ReportContext, type ReportUnit } from '../context.ts';

type Part = Omit<AnalysisResult, 'type' | 'groups'> & { level?: string };

function parts(a: AnalysisResult): Part[] {
  return a.groups ?? [a];
}

function words(spec: PairedComparisonSpec, ctx: ReportContext) {
  return {
    before: md(textOf(spec.labels?.before, ctx, ctx.L.words.before)),
    after: md(textOf(spec.labels?.after, ctx, ctx.L.words.after)),
    outcome: md(textOf(spec.labels?.outcome, ctx, ctx.label(spec.before))),
  };
}

function pOf(part: Part): number | null {
  const r = part.result;
  if (part.test === 'paired-t') return r.p as number;
  return ((r.pExact as number | null) ?? (r.pAsymptotic as number | null)) ?? null;
}

function statText(test: string, r: Record<string, unknown>, ctx: ReportContext): string | undefined {
  if (isFailure(r)) return undefined;
  if (test === 'paired-t') return ctx.L.statPairedT(r.t as number, r.df as number, r.p as number, r.cohensDz as number);
  const p = ((r.pExact as number | null) ?? (r.pAsymptotic as number)) as number;
  return ctx.L.statWilcoxon(r.z as number, p, (r.effectSizeR as number | null) ?? null);
}

function groupLabel(spec: PairedComparisonSpec, part: Part, ctx: ReportContext): string {
  return part.level !== undefined && spec.by ? ctx.levelLabel(spec.by, part.level) : '';
}

function resultSentence(part: Part, spec: PairedComparisonSpec, ctx: ReportContext): string {
  const { L } = ctx;
  const w = words(spec, ctx);
  const r = part.result;
  if (isFailure(r)) return L.testFailed(L.tests[part.test] ?? part.test, r.error.message);
  const stat = statText(part.test, r, ctx)!;
  const significant = part.decision?.significant ?? false;
  const decreased = part.decision?.direction === 'decrease';
  if (part.test === 'paired-t') {
    return L.pairedTResult(w.outcome, w.before, w.after, r.meanX as number, r.meanY as number, significant, decreased, stat, r.meanDiff as number, r.ciLower as number, r.ciUpper as number);
  }
  const sb = part.summary?.before as DescriptivesResult;
  const sa = part.summary?.after as DescriptivesResult;
  return L.wilcoxonResult(w.outcome, w.before, w.after, sb.median, sa.median, significant, decreased, stat, r.nPositive as number, r.nNegative as number, r.zeros as number);
}

function checkSentence(part: Part, spec: PairedComparisonSpec, ctx: ReportContext): string {
  const { L } = ctx;
  const c = part.checks[0];
  if (!c) return '';
  const testName = L.tests[part.test] ?? part.test;
  if (c.p === null || c.p === undefined || c.statistic === null || c.statistic === undefined) {
    const n = ((part.summary?.before as DescriptivesResult | undefined)?.n ?? 0) as number;
    return spec.test ? '' : L.normalityUntestable(n);
  }
  if (spec.test) return c.passed ? L.normalityFixedPassed(c.statistic, c.p, testName) : L.normalityFixedFailed(c.statistic, c.p, testName);
  return c.passed ? L.normalityPassed(c.statistic, c.p) : L.normalityFailed(c.statistic, c.p);
}

function sensitivitySentence(part: Part, ctx: ReportContext): string {
  const s = part.sensitivity;
  if (!s || isFailure(s.result)) return '';
  const stat = statText(s.test, s.result, ctx)!;
  const p = ((s.result.pExact as number | null) ?? (s.result.pAsymptotic as number)) as number;
  const same = (p < ctx.results.alpha) === (part.decision?.significant ?? false);
  return ctx.L.sensitivityAgrees(ctx.L.tests[s.test] ?? s.test, stat, same);
}

const plain = (s: string) => s.replace(/\\(.)/g, '$1');

function table(a: AnalysisResult, spec: PairedComparisonSpec, ctx: ReportContext): TableModel {
  const { L } = ctx;
  const f = L.fmt;
  const w = words(spec, ctx);
  const ps = parts(a);
  const byCol = spec.by ? [{ text: ctx.label(spec.by) }] : [{ text: L.columns.measure }];
  const tests = new Set(ps.map((p) => p.test));
  const allT = tests.size === 1 && tests.has('paired-t');
  const allW = tests.size === 1 && tests.has('wilcoxon-signed-rank');
  const right = (text: string): TableCell => ({ text, align: 'right' });
  const msd = (d: unknown) => {
    const r = d as DescriptivesResult;
    return r && !isFailure(r) ? `${f.num(r.mean)} (${f.num(r.sd)})` : '—';
  };
  const mdn = (d: unknown) => {
    const r = d as DescriptivesResult;
    return r && !isFailure(r) ? f.num(r.median) : '—';
  };
  let head: TableCell[][];
  const rows: TableRow[] = [];
  const first = (p: Part) => ({ text: spec.by ? groupLabel(spec, p, ctx) : L.cap(plain(w.outcome)) });
  if (allT) {
    head = [[...byCol, right(`${L.columns.before} ${L.columns.mean} (${L.columns.sd})`), right(`${L.columns.after} ${L.columns.mean} (${L.columns.sd})`), right(L.columns.difference), right(L.columns.ci), right('t'), right(L.columns.df), right(L.columns.p), right('d')]];
    for (const p of ps) {
      const r = p.result;
      rows.push({
        cells: isFailure(r)
          ? [first(p), right(msd(p.summary?.before)), right(msd(p.summary?.after)), ...Array.from({ length: 6 }, () => right('—'))]
          : [first(p), right(msd(p.summary?.before)), right(msd(p.summary?.after)), right(f.num(r.meanDiff as number)), right(L.ciCell(r.ciLower as number, r.ciUpper as number)), right(f.num(r.t as number)), right(f.int(r.df as number)), right(f.pCell(r.p as number)), right(f.num(r.cohensDz as number))],
      });
    }
  } else if (allW) {
    head = [[...byCol, right(`${L.columns.before} ${L.columns.median}`), right(`${L.columns.after} ${L.columns.median}`), right('Z'), right(L.columns.p), right('r')]];
    for (const p of ps) {
      const r = p.result;
      rows.push({
        cells: isFailure(r)
          ? [first(p), right(mdn(p.summary?.before)), right(mdn(p.summary?.after)), right('—'), right('—'), right('—')]
          : [first(p), right(mdn(p.summary?.before)), right(mdn(p.summary?.after)), right(f.num(r.z as number)), right(f.pCell(pOf(p))), right(f.bounded(r.effectSizeR as number | null))],
      });
    }
  } else {
    head = [[...byCol, right(`${L.columns.before} ${L.columns.mean} (${L.columns.sd})`), right(`${L.columns.after} ${L.columns.mean} (${L.columns.sd})`), { text: L.columns.test }, right(L.columns.statistic), right(L.columns.p)]];
    for (const p of ps) {
      const r = p.result;
      const stat = isFailure(r) ? '—' : p.test === 'paired-t' ? `t(${f.int(r.df as number)}) = ${f.num(r.t as number)}` : `Z = ${f.num(r.z as number)}`;
      rows.push({ cells: [first(p), right(msd(p.summary?.before)), right(msd(p.summary?.after)), { text: L.tests[p.test] ?? p.test }, right(stat), right(f.pCell(pOf(p)))] });
    }
  }
  const notes = [allT ? L.notePairedT : allW ? L.noteWilcoxon : `${L.notePairedT} ${L.noteWilcoxon}`];
  return { key: spec.id, caption: captionOf(spec, ctx, L.captionPaired(plain(w.outcome), plain(w.before), plain(w.after))), head, rows, notes };
}

function figure(a: AnalysisResult, spec: PairedComparisonSpec, ctx: ReportContext): FigureModel | undefined {
  const { L } = ctx;
  const w = words(spec, ctx);
  const values: Record<string, unknown>[] = [];
  const occ = [L.cap(plain(w.before)), L.cap(plain(w.after))];
  for (const p of parts(a)) {
    const group = spec.by ? groupLabel(spec, p, ctx) : '';
    (['before', 'after'] as const).forEach((k, i) => {
      const d = p.summary?.[k] as DescriptivesResult | undefined;
      if (!d || isFailure(d)) return;
      values.push({ occasion: occ[i], group, mean: d.mean, lo: d.ciLower ?? d.mean, hi: d.ciUpper ?? d.mean });
    });
  }
  if (!values.length) return undefined;
  const outcome = plain(w.outcome);
  const y = { field: 'mean', type: 'quantitative', title: `${L.cap(outcome)} (${L.columns.mean})`, scale: { zero: true } };
  const x = { field: 'occasion', type: 'ordinal', sort: occ, title: null, axis: { labelAngle: 0 } };
  const color = spec.by ? { field: 'group', type: 'nominal', title: ctx.label(spec.by), scale: { range: ['#1f3b73', '#b5472b', '#2f7d4a', '#7a5195'] } } : { value: '#1f3b73' };
  const spec2 = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 320,
    height: 220,
    data: { values },
    encoding: { x, color },
    layer: [
      { mark: { type: 'line', strokeWidth: 2 }, encoding: { y, detail: spec.by ? { field: 'group' } : undefined } },
      { mark: { type: 'point', filled: true, size: 60 }, encoding: { y } },
      { mark: { type: 'rule', strokeWidth: 1.5 }, encoding: { y: { field: 'lo', type: 'quantitative' }, y2: { field: 'hi' } } },
      { mark: { type: 'tick', thickness: 1.5, size: 10, orient: 'horizontal' }, encoding: { y: { field: 'lo', type: 'quantitative' } } },
      { mark: { type: 'tick', thickness: 1.5, size: 10, orient: 'horizontal' }, encoding: { y: { field: 'hi', type: 'quantitative' } } },
    ],
  };
  const m = values.map((v) => ctx.L.fmt.num(v.mean as number));
  return {
    key: spec.id,
    caption: L.captionPairedFigure(outcome, plain(w.before), plain(w.after)),
    spec: spec2,
    alt: L.altPairedFigure(outcome, m[0] ?? '', m[1] ?? ''),
  };
}

export const pairedComparisonReport: ReportUnit<PairedComparisonSpec> = {
  type: 'paired-comparison',
  tables: (a, spec, ctx) => [table(a, spec, ctx)],
  figures: (a, spec, ctx) => {
    const f = figure(a, spec, ctx);
    return f ? [f] : [];
  },
  stat: (a, _spec, ctx) => (a.groups ? undefined : statText(a.test, a.result, ctx)),
  methods(a, spec, ctx) {
    const { L } = ctx;
    const w = words(spec, ctx);
    const sentences: string[] = [];
    if (spec.test) {
      sentences.push(L.methodPairedFixed(L.tests[spec.test] ?? spec.test, w.before, w.after));
      if (spec.test === 'paired-t' && parts(a).some((p) => p.sensitivity)) sentences.push(L.methodSensitivity(L.tests['wilcoxon-signed-rank']!));
    } else sentences.push(L.methodPairedComparison(w.before, w.after));
    const small = (a.warnings ?? []).find((x) => x.code === 'small-n-test');
    if (small) sentences.push(L.methodSmallN(small.n as number, L.tests[spec.test ?? a.test] ?? a.test));
    return sentences.join(' ');
  },
  results(a, spec, ctx) {
    const { L } = ctx;
    const paras = parts(a).map((p) => {
      const lead = p.level !== undefined ? `${L.groupLead(md(groupLabel(spec, p, ctx)))} ` : '';
      return lead + [checkSentence(p, spec, ctx), resultSentence(p, spec, ctx), sensitivitySentence(p, ctx)].filter(Boolean).join(' ');
    });
    paras.push(L.pairedRefs(`:ref[${spec.id}]`, `:figref[${spec.id}]`));
    return `${paras.join('\n\n')}\n\n::table[${spec.id}]\n\n::figure[${spec.id}]`;
  },
  abstract: (a, spec, ctx) => parts(a).map((p) => (p.level !== undefined ? `${ctx.L.groupLead(md(groupLabel(spec, p, ctx)))} ` : '') + resultSentence(p, spec, ctx)).join(' '),
  conclusion(a, spec, ctx) {
    const { L } = ctx;
    const w = words(spec, ctx);
    const expected = spec.hypothesis?.direction;
    return parts(a)
      .map((p) => {
        if (!p.decision) return '';
        const lead = p.level !== undefined ? `${L.groupLead(md(groupLabel(spec, p, ctx)))} ` : '';
        const small = p.warnings?.find((x) => x.code === 'small-n-test');
        if (small) return lead + L.conclusionSmallN(small.n as number, L.tests[p.test] ?? p.test, w.outcome);
        const s = L.conclusionPaired(w.outcome, w.before, w.after, p.decision.significant, p.decision.direction === 'decrease', expected);
        return lead + s;
      })
      .filter(Boolean)
      .join(' ');
  },
};
