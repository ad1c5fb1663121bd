/**
 * Indonesian findings drawn from a p given only as a bound: "terdapat hubungan yang signifikan
 * antara tingkat pengetahuan dan kelengkapan imunisasi ( p value < 0,05 )", "uji Kruskal Wallis
 * hasil p<0,05 maka terdapat penurunan yang bermakna", "Karena nilai sig < 0,05 maka terdapat
 * korelasi", "nilai p > 0,05 sehingga Ho diterima". Abstracts often give no exact p, and a bound
 * on the wrong side of the level ("p > 0,05 … ada hubungan") is as plain an error as an exact one.
 *
 * Read by the rules of the exact-p reader (./conclusions.ts): clause by clause, one bound and one
 * finding in the clause (or, for H0/Ha, one decision and one bound in the sentence), no rule
 * ("jika", "apabila"), no screening for a multivariable model, and no exact p anywhere in the
 * sentence (that one is the exact reader's). The conclusion check judges a bound as it judges an
 * English one: `p < 0,05` is significant, `p > 0,05` is not, a bound on the far side of the level
 * (`p < 0,10` at 0,05) says nothing.
 */
import type { ConclusionReport, Num, POp } from '../types.ts';
import type { Span } from './segments.ts';
import { parseNum } from './numbers.ts';
import { statesRule } from './decision-rules.ts';
import { aimedBefore, deniedBefore } from './denied-findings.ts';
import {
  CLAUSE_BREAK,
  CONSEQUENCE,
  DECISIONS,
  NOT_SIGNIFICANT_AFTER,
  RELATION,
  SCREENING,
  citedPs,
} from './conclusions.ts';

/**
 * "p < 0,05", "p value > 0,05", "nilai sig < 0,05", "nilai sig yang diperoleh < 0,05", "P<0,05",
 * "(p ≤ 0,01)"; not "p < α".
 */
const BOUND =
  /(?<![\p{L}\p{N}])(?:nilai\s+)?(?:p(?:[-_.\s]?value)?|sig\.?|signifikansi|probabilitas)(?:\s+yang\s+(?:di|ter)\p{L}+)?\s*(<=|>=|<|>|≤|≥)\s*(0?[.,]\d+)(?![\p{N}]|[.,]\d)/giu;

/**
 * A table flattened into one "sentence" (its rows of numbers, its note "*p < 0,05") is not a finding
 * with its p: a clause with more than four other numbers is not read.
 */
export const tableLike = (clause: string): boolean => (clause.match(/\d+(?:[.,]\d+)?/g)?.length ?? 0) > 5;

interface Bound {
  num: Num;
  op: POp;
  index: number;
  end: number;
}

function opOf(raw: string): POp {
  if (raw === '<=' || raw === '≤') return '<=';
  if (raw === '>=' || raw === '≥') return '>=';
  return raw === '<' ? '<' : '>';
}

function boundsIn(text: string, at: number): Bound[] {
  const out: Bound[] = [];
  for (const m of text.matchAll(BOUND)) {
    const raw = m[2]!;
    const num = parseNum(raw, at + m.index! + m[0].lastIndexOf(raw));
    if (!num || num.value <= 0 || num.value > 0.1) continue;
    out.push({ num, op: opOf(m[1]!), index: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

const report = (
  b: Bound,
  significant: boolean,
  decision: string,
  start: number,
  end: number,
  span: Span,
): ConclusionReport => ({
  p: b.num,
  alpha: null,
  op: b.op,
  significant,
  decision,
  place: { start, end, quoteStart: Math.min(span.start, start), quoteEnd: span.end },
});

/** The H0/Ha decision of a sentence with one bound: "nilai p < 0,05 sehingga Ho ditolak". */
function readDecision(sentence: string, span: Span): ConclusionReport | null {
  const decisions = DECISIONS.map(([re, significant]) => ({ m: re.exec(sentence), significant })).filter((d) => d.m);
  if (decisions.length === 0 || new Set(decisions.map((d) => d.significant)).size > 1) return null;
  const bounds = boundsIn(sentence, span.start);
  if (bounds.length !== 1 || tableLike(sentence)) return null;
  const b = bounds[0]!;
  const d = decisions[0]!;
  if (statesRule(sentence.slice(0, Math.max(b.index, d.m!.index!)))) return null;
  const start = span.start + Math.min(b.index, d.m!.index!);
  const end = span.start + Math.max(b.end, d.m!.index! + d.m![0].length);
  return report(b, d.significant, d.m![0], start, end, span);
}

export function readBoundConclusions(text: string, spans: Span[]): ConclusionReport[] {
  const out: ConclusionReport[] = [];
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    if (!/[<>≤≥]/u.test(sentence)) continue;
    // An exact p in the sentence is the one its findings are read with (./conclusions.ts).
    if (citedPs(sentence).length > 0) continue;
    if (SCREENING.test(sentence)) continue;
    if (/\bH[o0₀a1₁]\b/iu.test(sentence)) {
      const r = readDecision(sentence, span);
      if (r) out.push(r);
      continue;
    }
    if (!RELATION.test(sentence)) continue;
    let from = 0;
    const cuts = [...sentence.matchAll(CLAUSE_BREAK)].map((m) => [m.index!, m.index! + m[0].length] as const);
    cuts.push([sentence.length, sentence.length]);
    // A clause of nothing but a bound hands it to the next clause when that one draws its finding
    // from it: "Karena, nilai sig yang diperoleh < 0,05, maka … perubahan yang signifikan".
    let carried: { bound: Bound; base: number } | null = null;
    for (const [cutStart, cutEnd] of cuts) {
      const clause = sentence.slice(from, cutStart);
      const base = from;
      from = cutEnd;
      const rel = RELATION.exec(clause);
      const own = boundsIn(clause, span.start + base);
      const handed = carried;
      carried = !rel && own.length === 1 && !tableLike(clause) ? { bound: own[0]!, base } : null;
      if (!rel) continue;
      let bounds = own;
      let at = base;
      if (own.length === 0 && handed && CONSEQUENCE.test(clause)) {
        bounds = [handed.bound];
        at = handed.base;
      }
      if (bounds.length !== 1 || tableLike(clause)) continue;
      const b =
        at === base
          ? bounds[0]!
          : { ...bounds[0]!, index: bounds[0]!.index + at - base, end: bounds[0]!.end + at - base };
      if (statesRule(sentence.slice(0, base + Math.max(rel.index!, b.index)))) continue;
      const negated = Boolean(rel[1] || rel[2] || rel[3]);
      const deniedAfter = NOT_SIGNIFICANT_AFTER.test(clause.slice(rel.index! + rel[0].length));
      if (aimedBefore(clause.slice(0, rel.index!))) continue;
      const denied = deniedBefore(clause.slice(0, rel.index!));
      // Two denials ("tidak ada hubungan yang tidak bermakna") are not read.
      if ([negated, deniedAfter, denied].filter(Boolean).length > 1) continue;
      const start = span.start + base + Math.min(rel.index!, b.index);
      const end = span.start + base + Math.max(rel.index! + rel[0].length, b.end);
      out.push(report(b, !(negated || deniedAfter || denied), rel[0], start, end, span));
    }
  }
  return out;
}
