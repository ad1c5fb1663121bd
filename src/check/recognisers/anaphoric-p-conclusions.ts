/**
 * An Indonesian decision drawn in the next sentence from a p it names only as "that value": "…
 * nilai t hitung = 2,404 dengan tingkat signifikan 0,074. Dengan menggunakan batas signifikansi
 * 0,05 nilai signifikansi tersebut lebih kecil dari taraf 5% yang berarti Ho di tolak". The
 * sentence before gives the p, labelled as a p ("nilai p", "sig.", ./conclusions.ts's labels) or as
 * "tingkat/nilai signifikan(si)" with a value that is not a conventional level (0,01, 0,025, 0,05,
 * 0,1, 0,001: those name α); the decision's own sentence prints no p of its own and refers back
 * with "tersebut", and draws the decision with a word of consequence ("yang berarti", "maka",
 * "sehingga"). A rule ("jika") is not read, nor an assumption test's decision
 * (./assumption-conclusions.ts). "Ho di tolak" (the prefix written apart) is the same decision
 * as "Ho ditolak".
 */
import type { ConclusionReport, Num } from '../types.ts';
import type { Span } from './segments.ts';
import { parseNum } from './numbers.ts';
import { statesRule } from './decision-rules.ts';
import { citedPs, rawOf } from './conclusions.ts';
import { ASSUMPTION_TEST, hypothesisDecision } from './hypothesis-decisions.ts';

/** "nilai signifikansi tersebut", "nilai sig tersebut", "p-value tersebut" (typos of "signifikansi" too). */
const REFERS_BACK = /(?<![\p{L}])(?:nilai\s+)?(?:si[gn]\p{L}*\.?|p[-\s]?value|probabilitas)\s+tersebut(?![\p{L}])/iu;
/** A p labelled as the level usually is, in the sentence before: "tingkat signifikan 0,074". */
const SIGNIFICANCE_VALUE =
  /(?<![\p{L}])(?:tingkat|nilai)\s+si[gn]\p{L}*\s*(?:sebesar|=|:)?\s*(0?[.,]\d+)(?![\p{N}]|[.,]\d)/giu;
const CONVENTIONAL_LEVELS = [0.001, 0.01, 0.025, 0.05, 0.1];
const DRAWN = /(?<![\p{L}])(?:yang\s+berarti|berarti|maka|sehingga|artinya|dengan\s+demikian)(?![\p{L}])/iu;
/** A probability printed in the decision's own sentence other than the level ("taraf 5%", "0,05"). */
const OWN_P = /(?<![\p{L}\p{N}.,])0?[.,](?!0?5(?![\p{N}])|0?1(?![\p{N}]))\d+/u;

/** The one p the sentence before prints, or null. */
function previousP(text: string, span: Span): Num | null {
  const sentence = text.slice(span.start, span.end);
  const found: Num[] = [];
  for (const m of citedPs(sentence)) {
    const raw = rawOf(m);
    const n = parseNum(raw, span.start + m.index! + m[0].lastIndexOf(raw));
    if (n) found.push(n);
  }
  for (const m of sentence.matchAll(SIGNIFICANCE_VALUE)) {
    const n = parseNum(m[1]!, span.start + m.index! + m[0].lastIndexOf(m[1]!));
    if (!n || CONVENTIONAL_LEVELS.some((l) => Math.abs(l - n.value) < 1e-12)) continue;
    if (!found.some((f) => f.start === n.start)) found.push(n);
  }
  return found.length === 1 ? found[0]! : null;
}

export function readAnaphoricConclusions(text: string, spans: Span[]): ConclusionReport[] {
  const out: ConclusionReport[] = [];
  spans.forEach((span, i) => {
    if (i === 0) return;
    const sentence = text.slice(span.start, span.end);
    const back = REFERS_BACK.exec(sentence);
    if (!back) return;
    if (citedPs(sentence).length > 0 || ASSUMPTION_TEST.test(sentence)) return;
    const rest = sentence.slice(back.index + back[0].length);
    if (OWN_P.test(rest)) return;
    const first = hypothesisDecision(rest);
    if (!first) return;
    if (!DRAWN.test(rest.slice(0, first.m.index))) return;
    if (statesRule(sentence.slice(0, back.index + back[0].length + first.m.index))) return;
    const prev = spans[i - 1]!;
    const p = previousP(text, prev);
    if (!p || p.value <= 0 || p.value >= 1) return;
    const decisionEnd = span.start + back.index + back[0].length + first.m.index + first.m[0].length;
    out.push({
      p,
      alpha: null,
      significant: first.significant,
      decision: first.m[0],
      place: { start: p.start, end: decisionEnd, quoteStart: prev.start, quoteEnd: span.end },
    });
  });
  return out;
}
