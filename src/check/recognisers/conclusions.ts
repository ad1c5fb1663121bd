/**
 * Sentences that draw a conclusion about a hypothesis from the p they cite: "p (0,024) <
 * 0,05 maka H0 diterima", "Sig. = 0,000 sehingga Ha diterima", "p = .24, so the null
 * hypothesis was rejected". Only a sentence with one p-value and one decision is read (with
 * two of either, which decision goes with which p is a guess).
 */
import type { ConclusionReport, Num, Place } from '../types.ts';
import type { Span } from './segments.ts';
import { parseNum } from './numbers.ts';

const NUM = String.raw`(\d*[.,]\d+|\d+)`;
/** The cited p: `p (0,024)`, `p = 0,024`, `nilai p sebesar 0,024`, `Sig. 0,000`, `p-value of .24`. */
const P_VALUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:nilai\s+)?(?:p(?:[-\s]?value)?|ρ|sig\.?|signifikansi|probabilitas)(?:\s*\(\s*${NUM}\s*\)|\s*(?:=|:|sebesar|adalah|of|was|is)\s*${NUM}|\s+${NUM})(?![\p{N}])`,
  'giu',
);
/** What the p is compared with, right after it: `< 0,05`, `lebih kecil dari α = 0,05`. */
const ALPHA_AFTER = new RegExp(
  String.raw`^\s*(?:\)\s*)?(?:<|>|≤|≥|<=|>=|lebih\s+(?:kecil|besar)\s+dari(?:pada)?|kurang\s+dari|less\s+than|greater\s+than|smaller\s+than)\s*(?:(?:α|alpha|taraf\s+signifikansi)\s*(?:\(\s*)?=?\s*)?${NUM}`,
  'iu',
);

/** Decisions: [pattern, whether it says the result is significant]. Negations first. */
const DECISIONS: [RegExp, boolean][] = [
  [/\bH[o0₀]\s+(?:gagal\s+ditolak|tidak\s+ditolak|diterima)\b/iu, false],
  [/\bH[a1₁]\s+(?:ditolak|tidak\s+diterima)\b/iu, false],
  [/\bH[o0₀]\s+ditolak\b/iu, true],
  [/\bH[a1₁]\s+diterima\b/iu, true],
  [
    /\b(?:fail(?:ed|s)?\s+to\s+reject|(?:retain(?:ed)?|accept(?:ed)?)\s+the\s+null|null\s+hypothesis\s+(?:was|is)\s+(?:retained|accepted|not\s+rejected))\b/iu,
    false,
  ],
  [/\b(?:reject(?:ed)?\s+the\s+null|null\s+hypothesis\s+(?:was|is)\s+rejected)\b/iu, true],
];

/**
 * (`tidak` may be glued to the word before it, as in "bahwatidak ada hubungan".)
 * A finding stated in words: "(tidak) ada hubungan antara umur dengan stres kerja (p=0,390)",
 * "there was no significant difference". Read per clause (a list of findings in one sentence
 * gives each its own p), and only when the clause names one p.
 */
const RELATION =
  /(?:(tidak)\s+|\b)(?:ada|terdapat)\s+(?:hubungan|pengaruh|perbedaan|korelasi|asosiasi)|\bthere\s+(?:was|is|were)\s+(no\s+)?(?:significant\s+|statistically\s+significant\s+)?(?:relationship|association|difference|correlation|effect)/iu;
const CLAUSE_BREAK = /[;,]\s+|\s+(?:dan|and|sedangkan|whereas|while)\s+(?=(?:tidak\s+)?(?:ada|terdapat|there)\b)/giu;

function readClauses(text: string, span: Span, out: ConclusionReport[]): void {
  const sentence = text.slice(span.start, span.end);
  if (!RELATION.test(sentence)) return;
  let from = 0;
  const cuts = [...sentence.matchAll(CLAUSE_BREAK)].map((m) => [m.index!, m.index! + m[0].length] as const);
  cuts.push([sentence.length, sentence.length]);
  for (const [cutStart, cutEnd] of cuts) {
    const clause = sentence.slice(from, cutStart);
    const base = from;
    from = cutEnd;
    const rel = RELATION.exec(clause);
    if (!rel) continue;
    const ps = [...clause.matchAll(P_VALUE)];
    if (ps.length !== 1) continue;
    const pm = ps[0]!;
    const raw = pm[1] ?? pm[2] ?? pm[3]!;
    const p = parseNum(raw, span.start + base + pm.index! + pm[0].lastIndexOf(raw));
    if (!p || p.value > 1) continue;
    const after = ALPHA_AFTER.exec(clause.slice(pm.index! + pm[0].length));
    const a = after ? parseNum(after[1]!, 0) : null;
    const start = span.start + base + Math.min(rel.index!, pm.index!);
    const end = span.start + base + Math.max(rel.index! + rel[0].length, pm.index! + pm[0].length);
    out.push({
      p,
      alpha: a && a.value > 0 && a.value < 0.2 ? a : null,
      significant: !(rel[1] || rel[2]),
      decision: rel[0],
      place: { start, end, quoteStart: span.start, quoteEnd: span.end },
    });
  }
}

export function readConclusions(text: string, spans: Span[]): ConclusionReport[] {
  const out: ConclusionReport[] = [];
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    if (!/\bH[o0₀a1₁]\b|null\s+hypothesis|\bthe\s+null\b/iu.test(sentence)) {
      readClauses(text, span, out);
      continue;
    }
    const decisions = DECISIONS.map(([re, significant]) => ({ m: re.exec(sentence), significant })).filter((d) => d.m);
    // "H0 ditolak dan Ha diterima" is one decision said twice; opposite ones are not read.
    if (decisions.length === 0 || new Set(decisions.map((d) => d.significant)).size > 1) continue;
    const ps = [...sentence.matchAll(P_VALUE)];
    if (ps.length !== 1) continue;
    const pm = ps[0]!;
    const raw = pm[1] ?? pm[2] ?? pm[3]!;
    const rawAt = span.start + pm.index! + pm[0].lastIndexOf(raw);
    const p = parseNum(raw, rawAt);
    if (!p || p.value > 1) continue;
    const after = ALPHA_AFTER.exec(sentence.slice(pm.index! + pm[0].length));
    let alpha: Num | null = null;
    if (after) {
      const a = parseNum(after[1]!, 0);
      if (a && a.value > 0 && a.value < 0.2) alpha = a;
    }
    const decision = decisions[0]!;
    const place: Place = {
      start: span.start + pm.index!,
      end: span.start + decision.m!.index! + decision.m![0].length,
      quoteStart: span.start,
      quoteEnd: span.end,
    };
    if (place.end < place.start) place.end = span.start + pm.index! + pm[0].length;
    out.push({ p, alpha, significant: decision.significant, decision: decision.m![0], place });
  }
  return out;
}
