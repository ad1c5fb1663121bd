/**
 * Two-group comparison in words: the recorded checks (Shapiro–Wilk per group, Levene),
 * the test chosen and why, a table of the tests (Levene; Student and/or Welch; Mann–Whitney,
 * also as sensitivity), the APA statistic, and the conclusion from the decision. Every
 * number comes from the analysis result or summary.
 */
import type { AssumptionCheck } from '../../analysis/unit.ts';
import type {
  GroupComparisonAnalysis,
  GroupComparisonSpec,
  GroupSummaryEntry,
  MannWhitneyOutput,
  TTestOutput,
} from '../../analysis/units/group-comparison.ts';
import type { DescriptivesResult } from '../../stats/descriptives.ts';
import { isFailure } from '../../stats/types.ts';
import type { FigureModel, TableCell, TableModel, TableRow } from '../document.ts';
import { groupDistributionFigure, groupFigureKind } from '../figures/group-distribution.ts';
import { midSentence as mid } from '../../text.ts';
import { captionOf, md, textOf, wording, type ReportContext, type ReportUnit } from '../context.ts';
import * as messages from '../locale/group-comparison.ts';

const plain = (s: string) => s.replace(/\\(.)/g, '$1');

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

function groupNames(a: GroupComparisonAnalysis, spec: GroupComparisonSpec, ctx: ReportContext): [string, string] {
  const W = wording(ctx, messages);
  const s = a.summary;
  return [
    W.groupName(ctx.levelInText(spec.group, s.groups[0]!.level)),
    W.groupName(ctx.levelInText(spec.group, s.groups[1]!.level)),
  ];
}

function groupLabelOf(level: string, spec: GroupComparisonSpec, ctx: ReportContext): string {
  return ctx.levelLabel(spec.group, level);
}

function tStat(r: TTestOutput, variant: 'student' | 'welch', ctx: ReportContext): string {
  const W = wording(ctx, messages);
  const v = r[variant];
  return W.statT(v.t, v.df, variant === 'welch', v.p, r.cohensD);
}

function mwStat(r: MannWhitneyOutput, ctx: ReportContext): string {
  return wording(ctx, messages).statMw(r.u, r.z, r.p, r.effectSizeR);
}

function statOf(a: GroupComparisonAnalysis, ctx: ReportContext): string | undefined {
  if (a.test === 'independent-t') return isFailure(a.result) ? undefined : tStat(a.result, a.result.variant, ctx);
  return isFailure(a.result) ? undefined : mwStat(a.result, ctx);
}

/** The t-test variant that is read (Levene's test decided it; recorded with the choice of test). */
function variantOf(a: GroupComparisonAnalysis): string {
  return typeof a.reason.variant === 'string' ? a.reason.variant : 'student';
}

/** Whether the analysis carries Mann–Whitney as a sensitivity analysis (for a planned t-test). */
function sensitivityOf(a: GroupComparisonAnalysis) {
  return a.test === 'independent-t' ? a.sensitivity : undefined;
}

function normalityChecks(a: GroupComparisonAnalysis): AssumptionCheck[] {
  return a.checks.filter((c) => c.check === 'normality');
}

function checksSentence(a: GroupComparisonAnalysis, spec: GroupComparisonSpec, ctx: ReportContext): string {
  const W = wording(ctx, messages);
  const norm = normalityChecks(a);
  const name = (c: AssumptionCheck) => W.groupName(ctx.levelInText(spec.group, c.target!));
  // Only called when every check has its statistic (else the checks were untestable).
  const part = (c: AssumptionCheck) =>
    typeof c.statistic === 'number' && typeof c.p === 'number' ? W.statShapiro(c.statistic, c.p) : '';
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
  const lev = a.summary.levene;
  const levCheck = a.checks.find((c) => c.test === 'levene');
  const levene = lev
    ? W.leveneClause(levCheck?.passed ?? true, W.statLevene(lev.f, lev.df1, lev.df2, lev.p))
    : W.leveneUndefined;
  return W.checksSentence(normality, levene);
}

function choiceSentence(a: GroupComparisonAnalysis, spec: GroupComparisonSpec, ctx: ReportContext): string {
  const W = wording(ctx, messages);
  const variant = variantOf(a);
  if (spec.test === 'independent-t') return W.choiceFixedT(variant, Boolean(sensitivityOf(a)));
  if (spec.test === 'mann-whitney') return W.choiceFixedMw;
  return a.test === 'independent-t' ? W.choiceAutoT(variant) : W.choiceAutoMw;
}

function resultSentence(a: GroupComparisonAnalysis, spec: GroupComparisonSpec, ctx: ReportContext): string {
  const W = wording(ctx, messages);
  const [n1, n2] = groupNames(a, spec, ctx);
  const g1 = md(n1);
  const g2 = md(n2);
  const outcome = outcomeOf(spec, ctx);
  if (isFailure(a.result)) return ctx.L.testFailed(ctx.L.tests[a.test] ?? a.test, ctx.L.statError(a.result.error));
  const significant = a.decision?.significant ?? false;
  const lower = a.decision?.direction === 'higher-second';
  const stat = statOf(a, ctx) ?? '';
  const s = a.summary;
  if (a.test === 'independent-t' && !isFailure(a.result)) {
    const r = a.result;
    const d1 = desc(s.groups[0])!;
    const d2 = desc(s.groups[1])!;
    const variant = r.variant;
    const v = r[variant];
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
      r.meanDiff,
      v.ciLower,
      v.ciUpper,
    );
    if (spec.test === 'independent-t') {
      const other = variant === 'student' ? 'welch' : 'student';
      const o = r[other];
      text += ` ${W.otherVariant(other, o.t, o.df, o.p)}`;
    }
    return text;
  }
  const d1 = desc(s.groups[0])!;
  const d2 = desc(s.groups[1])!;
  return W.mwResult(outcome, g1, g2, d1.median, d2.median, significant, lower, stat);
}

function sensitivitySentence(a: GroupComparisonAnalysis, ctx: ReportContext): string {
  const s = sensitivityOf(a);
  if (!s || isFailure(s.result)) return '';
  const W = wording(ctx, messages);
  const same = s.result.p < ctx.results.alpha === (a.decision?.significant ?? false);
  return W.sensitivity(same, mwStat(s.result, ctx));
}

const right = (text: string): TableCell => ({ text, align: 'right' });

function table(a: GroupComparisonAnalysis, spec: GroupComparisonSpec, ctx: ReportContext): TableModel {
  const W = wording(ctx, messages);
  const f = ctx.L.fmt;
  const C = W.columns;
  const head: TableCell[][] = [
    [{ text: C.test }, right(C.statistic), right(C.df), right(C.p), right(C.difference), right(C.effect)],
  ];
  const rows: TableRow[] = [];
  const s = a.summary;
  const sensitivity = sensitivityOf(a);
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
  if (a.test === 'independent-t' && !isFailure(a.result)) {
    const r = a.result;
    const read = r.variant;
    const variants: ('student' | 'welch')[] = spec.test === 'independent-t' ? ['student', 'welch'] : [read];
    for (const v of variants) {
      const x = r[v];
      rows.push({
        cells: [
          { text: v === 'student' ? W.rows.student : W.rows.welch },
          right(W.cellT(x.t)),
          right(v === 'student' ? f.int(x.df) : W.dfWelch(x.df)),
          right(f.pCell(x.p)),
          right(W.cellDiff(r.meanDiff, x.ciLower, x.ciUpper)),
          v === read ? right(W.cellD(r.cohensD, r.hedgesG)) : dash,
        ],
      });
    }
  }
  const mwRow = (m: MannWhitneyOutput): TableRow => ({
    cells: [
      { text: W.rows.mannWhitney },
      right(W.cellU(m.u, m.z)),
      dash,
      right(f.pCell(m.p)),
      dash,
      right(W.cellR(m.effectSizeR)),
    ],
  });
  if (a.test === 'mann-whitney' && !isFailure(a.result)) rows.push(mwRow(a.result));
  if (sensitivity && !isFailure(sensitivity.result)) rows.push(mwRow(sensitivity.result));

  const notes: string[] = [];
  const withMedians = a.test === 'mann-whitney' || Boolean(sensitivity);
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
    const [l1, l2] = s.groups.map((g) => ctx.levelInText(spec.group, g.level));
    notes.push(W.noteDifference(l1!, l2!));
    if (spec.test === 'independent-t') notes.push(W.noteRead(variantOf(a)));
    notes.push(W.noteEffects);
  }
  if (withMedians) notes.push(W.noteMannWhitney);
  if (sensitivity) {
    const groups = sensitivity.reason.groups;
    const failed = Array.isArray(groups) ? groups.filter((g): g is string => typeof g === 'string') : [];
    notes.push(W.noteSensitivity(failed.map((g) => W.groupName(ctx.levelInText(spec.group, g)))));
  }
  return {
    key: spec.id,
    caption: captionOf(spec, ctx, ctx.L.cap(W.caption(plain(outcomeOf(spec, ctx))))),
    head,
    rows,
    notes,
  };
}

function figure(a: GroupComparisonAnalysis, spec: GroupComparisonSpec, ctx: ReportContext): FigureModel | undefined {
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

export const groupComparisonReport: ReportUnit<GroupComparisonAnalysis, GroupComparisonSpec> = {
  type: 'group-comparison',
  tables: (a, spec, ctx) => [table(a, spec, ctx)],
  figures: (a, spec, ctx) => {
    const f = figure(a, spec, ctx);
    return f ? [f] : [];
  },
  stat: (a, _spec, ctx) => statOf(a, ctx),
  methods(a, spec, ctx) {
    const W = wording(ctx, messages);
    const outcome = outcomeOf(spec, ctx);
    const sentences: string[] = [];
    // Effect sizes are named once: by the rule for automatic choice when an earlier analysis states it.
    const autoFirst = ctx.study.analyses.find((s) => s.type === 'group-comparison' && !s.test);
    const effectsSaid =
      autoFirst !== undefined &&
      ctx.study.analyses.indexOf(autoFirst) < ctx.study.analyses.findIndex((s) => s.id === spec.id);
    if (spec.test === 'independent-t') sentences.push(W.methodFixedT(outcome, Boolean(sensitivityOf(a)), !effectsSaid));
    else if (spec.test === 'mann-whitney') sentences.push(W.methodFixedMw(outcome));
    // The general rule for automatic choice is said once, at the first analysis that uses it.
    else if (ctx.study.analyses.find((s) => s.type === 'group-comparison' && !s.test)?.id === spec.id)
      sentences.push(W.methodAuto);
    if (spec.change) sentences.push(W.methodChange(outcome));
    return sentences.join(' ') || undefined;
  },
  results(a, spec, ctx) {
    const W = wording(ctx, messages);
    const kind = figure(a, spec, ctx) ? groupFigureKind(spec.figure) : undefined;
    const text = [
      checksSentence(a, spec, ctx),
      choiceSentence(a, spec, ctx),
      resultSentence(a, spec, ctx),
      sensitivitySentence(a, ctx),
      W.tableRef(`:ref[${spec.id}]`),
      kind ? W.figure.ref(`:figref[${spec.id}]`, kind === 'box') : '',
    ]
      .filter(Boolean)
      .join(' ');
    return `${text}\n\n::table[${spec.id}]${kind ? `\n\n::figure[${spec.id}]` : ''}`;
  },
  abstract(a, spec, ctx) {
    const stat = statOf(a, ctx);
    if (!stat) return undefined;
    const [g1, g2] = groupNames(a, spec, ctx);
    return wording(ctx, messages).abstractT(
      outcomeOf(spec, ctx),
      md(g1),
      md(g2),
      a.decision?.significant ?? false,
      a.decision?.direction === 'higher-second',
      stat,
    );
  },
  conclusion(a, spec, ctx) {
    if (!a.decision || spec.baseline) return undefined;
    const [g1, g2] = groupNames(a, spec, ctx);
    return wording(ctx, messages).conclusion(
      outcomeOf(spec, ctx),
      md(g1),
      md(g2),
      a.decision.significant,
      a.decision.direction === 'higher-second',
      a.decision.expected,
      a.decision.asExpected,
    );
  },
};
