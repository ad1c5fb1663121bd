/**
 * Two-group comparison in words: the recorded checks (Shapiro–Wilk per group, Levene),
 * the test chosen and why, a table of the tests (Levene; Student and/or Welch; Mann–Whitney,
 * also as sensitivity), the APA statistic, and the conclusion from the decision. Every
 * number comes from the analysis result or summary.
 */
import type { AnalysisResult, AssumptionCheck } from '../../analysis/unit.ts';
import type {
  GroupComparisonSpec,
  GroupComparisonSummary,
  GroupSummaryEntry,
} from '../../analysis/units/group-comparison.ts';
import type { DescriptivesResult } from '../../stats/descriptives.ts';
import { isFailure } from '../../stats/types.ts';
import type { TableCell, TableModel, TableRow } from '../document.ts';
import { midSentence as mid } from '../../text.ts';
import { captionOf, md, textOf, wording, type ReportContext, type ReportUnit } from '../context.ts';
import * as messages from '../locale/group-comparison.ts';

type R = Record<string, unknown>;

const plain = (s: string) => s.replace(/\\(.)/g, '$1');

function summaryOf(a: AnalysisResult): GroupComparisonSummary {
  return a.summary as unknown as GroupComparisonSummary;
}

function desc(e: GroupSummaryEntry | undefined): DescriptivesResult | undefined {
  return e && !isFailure(e.value) ? e.value : undefined;
}

/** The outcome in sentences (Markdown-escaped): the study's label, else the variable's. */
function outcomeOf(spec: GroupComparisonSpec, ctx: ReportContext): string {
  const W = wording(ctx, messages);
  const base = spec.value ? ctx.label(spec.value) : ctx.label(spec.change!.after);
  const fallback = spec.change ? W.changeOutcome(mid(base)) : mid(base);
  return md(textOf(spec.labels?.outcome, ctx, fallback));
}

function groupNames(a: AnalysisResult, spec: GroupComparisonSpec, ctx: ReportContext): [string, string] {
  const W = wording(ctx, messages);
  const s = summaryOf(a);
  return [
    W.groupName(ctx.levelLabel(spec.group, s.groups[0]!.level)),
    W.groupName(ctx.levelLabel(spec.group, s.groups[1]!.level)),
  ];
}

function groupLabelOf(level: string, spec: GroupComparisonSpec, ctx: ReportContext): string {
  return ctx.levelLabel(spec.group, level);
}

function tStat(r: R, variant: 'student' | 'welch', ctx: ReportContext): string {
  const W = wording(ctx, messages);
  const v = r[variant] as { t: number; df: number; p: number };
  return W.statT(v.t, v.df, variant === 'welch', v.p, r.cohensD as number);
}

function mwStat(r: R, ctx: ReportContext): string {
  return wording(ctx, messages).statMw(r.u as number, r.z as number, r.p as number, r.effectSizeR as number);
}

function statOf(test: string, r: R, ctx: ReportContext): string | undefined {
  if (isFailure(r)) return undefined;
  return test === 'independent-t' ? tStat(r, r.variant as 'student' | 'welch', ctx) : mwStat(r, ctx);
}

function normalityChecks(a: AnalysisResult): AssumptionCheck[] {
  return a.checks.filter((c) => c.check === 'normality');
}

function checksSentence(a: AnalysisResult, spec: GroupComparisonSpec, ctx: ReportContext): string {
  const W = wording(ctx, messages);
  const norm = normalityChecks(a);
  const name = (c: AssumptionCheck) => W.groupName(groupLabelOf(c.target!, spec, ctx));
  const part = (c: AssumptionCheck) => W.statShapiro(c.statistic as number, c.p as number);
  let normality: string;
  if (norm.some((c) => c.p === null || c.p === undefined)) normality = W.checksUntestable;
  else if (norm.every((c) => c.passed))
    normality = W.checksAllPassed(norm.map((c) => W.checkGroup(md(name(c)), part(c))));
  else {
    const failed = norm.filter((c) => !c.passed);
    const passed = norm.filter((c) => c.passed);
    normality = W.checksSomeFailed(
      failed.map((c) => md(name(c))),
      failed.map(part),
      passed.map((c) => md(name(c))),
      passed.map(part),
    );
  }
  const lev = summaryOf(a).levene;
  const levCheck = a.checks.find((c) => c.test === 'levene');
  const levene = lev
    ? W.leveneClause(levCheck?.passed ?? true, W.statLevene(lev.f, lev.df1, lev.df2, lev.p))
    : W.leveneUndefined;
  return W.checksSentence(normality, levene);
}

function choiceSentence(a: AnalysisResult, spec: GroupComparisonSpec, ctx: ReportContext): string {
  const W = wording(ctx, messages);
  const variant = (a.reason.variant as string | undefined) ?? 'student';
  if (spec.test === 'independent-t') return W.choiceFixedT(variant, Boolean(a.sensitivity));
  if (spec.test === 'mann-whitney') return W.choiceFixedMw;
  return a.test === 'independent-t' ? W.choiceAutoT(variant) : W.choiceAutoMw;
}

function resultSentence(a: AnalysisResult, spec: GroupComparisonSpec, ctx: ReportContext): string {
  const W = wording(ctx, messages);
  const r = a.result;
  const [g1, g2] = groupNames(a, spec, ctx).map(md) as [string, string];
  const outcome = outcomeOf(spec, ctx);
  if (isFailure(r)) return ctx.L.testFailed(ctx.L.tests[a.test] ?? a.test, ctx.L.statError(r.error));
  const significant = a.decision?.significant ?? false;
  const lower = a.decision?.direction === 'higher-second';
  const stat = statOf(a.test, r, ctx)!;
  const s = summaryOf(a);
  if (a.test === 'independent-t') {
    const d1 = desc(s.groups[0])!;
    const d2 = desc(s.groups[1])!;
    const variant = r.variant as 'student' | 'welch';
    const v = r[variant] as { ciLower: number; ciUpper: number };
    let text = W.tResult(
      outcome,
      g1,
      g2,
      d1.mean,
      d1.sd,
      d2.mean,
      d2.sd,
      significant,
      lower,
      stat,
      r.meanDiff as number,
      v.ciLower,
      v.ciUpper,
    );
    if (spec.test === 'independent-t') {
      const other = variant === 'student' ? 'welch' : 'student';
      const o = r[other] as { t: number; df: number; p: number };
      text += ` ${W.otherVariant(other, o.t, o.df, o.p)}`;
    }
    return text;
  }
  const d1 = desc(s.groups[0])!;
  const d2 = desc(s.groups[1])!;
  return W.mwResult(outcome, g1, g2, d1.median, d2.median, significant, lower, stat);
}

function sensitivitySentence(a: AnalysisResult, ctx: ReportContext): string {
  const s = a.sensitivity;
  if (!s || isFailure(s.result)) return '';
  const W = wording(ctx, messages);
  const same = (s.result.p as number) < ctx.results.alpha === (a.decision?.significant ?? false);
  return W.sensitivity(same, mwStat(s.result, ctx));
}

const right = (text: string): TableCell => ({ text, align: 'right' });

function table(a: AnalysisResult, spec: GroupComparisonSpec, ctx: ReportContext): TableModel {
  const W = wording(ctx, messages);
  const f = ctx.L.fmt;
  const C = W.columns;
  const head: TableCell[][] = [
    [{ text: C.test }, right(C.statistic), right(C.df), right(C.p), right(C.difference), right(C.effect)],
  ];
  const rows: TableRow[] = [];
  const s = summaryOf(a);
  const r = a.result;
  const dash = right('—');
  if (a.test === 'independent-t' && s.levene) {
    const lev = s.levene;
    rows.push({
      cells: [
        { text: W.rows.levene },
        right(W.cellF(lev.f)),
        right(W.dfPair(lev.df1, lev.df2)),
        right(f.pCell(lev.p)),
        dash,
        dash,
      ],
    });
  }
  if (a.test === 'independent-t' && !isFailure(r)) {
    const read = r.variant as 'student' | 'welch';
    const variants: ('student' | 'welch')[] = spec.test === 'independent-t' ? ['student', 'welch'] : [read];
    for (const v of variants) {
      const x = r[v] as { t: number; df: number; p: number; ciLower: number; ciUpper: number };
      rows.push({
        cells: [
          { text: v === 'student' ? W.rows.student : W.rows.welch },
          right(W.cellT(x.t)),
          right(v === 'student' ? f.int(x.df) : W.dfWelch(x.df)),
          right(f.pCell(x.p)),
          right(W.cellDiff(r.meanDiff as number, x.ciLower, x.ciUpper)),
          v === read ? right(W.cellD(r.cohensD as number, r.hedgesG as number)) : dash,
        ],
      });
    }
  }
  const mwRow = (m: R): TableRow => ({
    cells: [
      { text: W.rows.mannWhitney },
      right(W.cellU(m.u as number, m.z as number)),
      dash,
      right(f.pCell(m.p as number)),
      dash,
      right(W.cellR(m.effectSizeR as number)),
    ],
  });
  if (a.test === 'mann-whitney' && !isFailure(r)) rows.push(mwRow(r));
  if (a.sensitivity && !isFailure(a.sensitivity.result)) rows.push(mwRow(a.sensitivity.result));

  const notes: string[] = [];
  const withMedians = a.test === 'mann-whitney' || Boolean(a.sensitivity);
  const groupNote = s.groups.flatMap((g) => {
    const d = desc(g);
    return d
      ? [
          W.noteGroup(
            groupLabelOf(g.level, spec, ctx),
            d.n,
            d.mean,
            d.sd,
            withMedians ? { mdn: d.median, iqr: d.iqr } : undefined,
          ),
        ]
      : [];
  });
  if (groupNote.length) notes.push(W.noteGroups(groupNote));
  if (s.outcome === 'change') notes.push(W.noteChange);
  if (a.test === 'independent-t') {
    const [l1, l2] = s.groups.map((g) => mid(groupLabelOf(g.level, spec, ctx)));
    notes.push(W.noteDifference(l1!, l2!));
    if (spec.test === 'independent-t') notes.push(W.noteRead(r.variant as string));
    notes.push(W.noteEffects);
  }
  if (withMedians) notes.push(W.noteMannWhitney);
  if (a.sensitivity)
    notes.push(
      W.noteSensitivity(
        ((a.sensitivity.reason.groups as string[]) ?? []).map((g) => W.groupName(groupLabelOf(g, spec, ctx))),
      ),
    );
  return {
    key: spec.id,
    caption: captionOf(spec, ctx, ctx.L.cap(W.caption(plain(outcomeOf(spec, ctx))))),
    head,
    rows,
    notes,
  };
}

export const groupComparisonReport: ReportUnit<GroupComparisonSpec> = {
  type: 'group-comparison',
  tables: (a, spec, ctx) => [table(a, spec, ctx)],
  stat: (a, _spec, ctx) => statOf(a.test, a.result, ctx),
  methods(a, spec, ctx) {
    const W = wording(ctx, messages);
    const outcome = outcomeOf(spec, ctx);
    const sentences: string[] = [];
    // Effect sizes are named once: by the rule for automatic choice when an earlier analysis states it.
    const autoFirst = ctx.study.analyses.find((s) => s.type === 'group-comparison' && !s.test);
    const effectsSaid =
      autoFirst !== undefined &&
      ctx.study.analyses.indexOf(autoFirst) < ctx.study.analyses.findIndex((s) => s.id === spec.id);
    if (spec.test === 'independent-t') sentences.push(W.methodFixedT(outcome, Boolean(a.sensitivity), !effectsSaid));
    else if (spec.test === 'mann-whitney') sentences.push(W.methodFixedMw(outcome));
    // The general rule for automatic choice is said once, at the first analysis that uses it.
    else if (ctx.study.analyses.find((s) => s.type === 'group-comparison' && !s.test)?.id === spec.id)
      sentences.push(W.methodAuto);
    if (spec.change) sentences.push(W.methodChange(outcome));
    return sentences.join(' ') || undefined;
  },
  results(a, spec, ctx) {
    const W = wording(ctx, messages);
    const text = [
      checksSentence(a, spec, ctx),
      choiceSentence(a, spec, ctx),
      resultSentence(a, spec, ctx),
      sensitivitySentence(a, ctx),
      W.tableRef(`:ref[${spec.id}]`),
    ]
      .filter(Boolean)
      .join(' ');
    return `${text}\n\n::table[${spec.id}]`;
  },
  abstract(a, spec, ctx) {
    const stat = statOf(a.test, a.result, ctx);
    if (!stat) return undefined;
    const [g1, g2] = groupNames(a, spec, ctx).map(md) as [string, string];
    return wording(ctx, messages).abstractT(
      outcomeOf(spec, ctx),
      g1,
      g2,
      a.decision?.significant ?? false,
      a.decision?.direction === 'higher-second',
      stat,
    );
  },
  conclusion(a, spec, ctx) {
    if (!a.decision || spec.baseline) return undefined;
    const [g1, g2] = groupNames(a, spec, ctx).map(md) as [string, string];
    return wording(ctx, messages).conclusion(
      outcomeOf(spec, ctx),
      g1,
      g2,
      a.decision.significant,
      a.decision.direction === 'higher-second',
      spec.hypothesis?.direction,
      a.decision.asExpected,
    );
  },
};
