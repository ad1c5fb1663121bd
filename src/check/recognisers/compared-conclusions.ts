/**
 * Indonesian decisions drawn from a p printed only as its comparison with the level: "Nilai p
 * tersebut lebih dari nilai α yaitu 0,164>0,05 hal ini berarti H1 ditolak dan H0 diterima",
 * "Karena 0,000 < 0,05 maka terdapat pengaruh …". No p label stands before the number (that is
 * ./conclusions.ts's), so the probability compared with a level of 0,1 or below is the p, and the
 * level the one the author tests at.
 *
 * Read only when the sentence has one such comparison, no labelled p and no bound ("p < 0,05"),
 * one decision after the comparison (H0/Ha, else a finding in words, ./conclusions.ts's rules),
 * drawn from it with a word of consequence between them ("maka", "sehingga", "berarti", "hal ini
 * menunjukkan") or after a "karena" before it; not a rule ("jika"), not an assumption test's
 * (normality, homogeneity: ./assumption-conclusions.ts), not a table flattened into a sentence.
 */
import type { ConclusionReport, Num } from '../types.ts';
import type { Span } from './segments.ts';
import { parseNum } from './numbers.ts';
import { statesRule } from './decision-rules.ts';
import { aimedBefore, deniedBefore } from './denied-findings.ts';
import { DECISIONS, NOT_SIGNIFICANT_AFTER, RELATION, SCREENING, citedPs } from './conclusions.ts';
import { tableLike } from './bound-conclusions.ts';
import { ASSUMPTION_TEST } from './hypothesis-decisions.ts';

/** A probability compared with a level as printed: "0,164>0,05", "0,000 < 0,05", "(0,024 < 0,05)". */
const COMPARED =
  /(?<![\p{L}\p{N}.,\-–/±])(0?[.,]\d+|1[.,]0+)\s*\)?\s*(<|>|≤|≥|<=|>=)\s*(0?[.,]0\d*|0?[.,]10?)(?![\p{N}]|[.,]\d)/gu;
/** A p given as a bound: left to ./bound-conclusions.ts. */
const BOUND = /(?<![\p{L}])(?:p(?:[-_\s]?value)?|sig\.?|signifikansi)\s*(?:<|>|≤|≥)/iu;
const DRAWN =
  /(?<![\p{L}])(?:maka|sehingga|berarti|artinya|jadi|dengan\s+demikian|oleh\s+karena\s+itu|menunjukkan|disimpulkan|kesimpulannya)(?![\p{L}])/iu;
const BECAUSE = /(?<![\p{L}])karena(?![\p{L}])\s*\S*\s*$/iu;

interface Decision {
  index: number;
  end: number;
  significant: boolean;
  text: string;
}

export function decisionIn(sentence: string, from: number): Decision | null {
  const rest = sentence.slice(from);
  if (/\bH[o0₀a1₁]\b/iu.test(rest)) {
    const found = DECISIONS.map(([re, significant]) => ({ m: re.exec(rest), significant })).filter((d) => d.m);
    if (found.length === 0 || new Set(found.map((d) => d.significant)).size > 1) return null;
    const first = found.reduce((a, b) => (a.m!.index <= b.m!.index ? a : b));
    return {
      index: from + first.m!.index,
      end: from + first.m!.index + first.m![0].length,
      significant: first.significant,
      text: first.m![0],
    };
  }
  const rel = RELATION.exec(rest);
  if (!rel) return null;
  // One finding only: a second relation after it may be another result's.
  if (RELATION.test(rest.slice(rel.index + rel[0].length))) return null;
  const negated = Boolean(rel[1] || rel[2] || rel[3]);
  const deniedAfter = NOT_SIGNIFICANT_AFTER.test(rest.slice(rel.index + rel[0].length));
  if (aimedBefore(rest.slice(0, rel.index))) return null;
  const denied = deniedBefore(rest.slice(0, rel.index));
  if ([negated, deniedAfter, denied].filter(Boolean).length > 1) return null;
  return {
    index: from + rel.index,
    end: from + rel.index + rel[0].length,
    significant: !(negated || deniedAfter || denied),
    text: rel[0],
  };
}

export function readComparedConclusions(text: string, spans: Span[]): ConclusionReport[] {
  const out: ConclusionReport[] = [];
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    if (!/[<>≤≥]/u.test(sentence)) continue;
    if (citedPs(sentence).length > 0 || BOUND.test(sentence)) continue;
    if (ASSUMPTION_TEST.test(sentence) || SCREENING.test(sentence)) continue;
    const compared = [...sentence.matchAll(COMPARED)];
    if (compared.length !== 1 || tableLike(sentence)) continue;
    const c = compared[0]!;
    const p: Num | null = parseNum(c[1]!, span.start + c.index!);
    const level = parseNum(c[3]!, span.start + c.index! + c[0].lastIndexOf(c[3]!));
    if (!p || !level || level.value <= 0 || level.value > 0.1) continue;
    const after = c.index! + c[0].length;
    const d = decisionIn(sentence, after);
    if (!d) continue;
    // A finding before the comparison is not the one drawn from it ("ada hubungan … karena 0,000 < 0,05"
    // is, but the reader cannot tell it from a list of results; it is left).
    if (RELATION.test(sentence.slice(0, c.index!)) || DECISIONS.some(([re]) => re.test(sentence.slice(0, c.index!))))
      continue;
    const between = sentence.slice(after, d.index);
    if (!DRAWN.test(between) && !BECAUSE.test(sentence.slice(0, c.index!))) continue;
    if (statesRule(sentence.slice(0, d.index))) continue;
    out.push({
      p,
      alpha: level,
      significant: d.significant,
      decision: d.text,
      place: { start: p.start, end: span.start + d.end, quoteStart: span.start, quoteEnd: span.end },
    });
  }
  return out;
}
