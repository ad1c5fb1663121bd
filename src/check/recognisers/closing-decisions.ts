/**
 * An Indonesian closing decision on the hypothesis that cites nothing of its own: "Dengan demikian
 * maka dapat disimpulkan bahwa Ho diterima, yaitu terdapat pengaruh …" at the end of an abstract
 * whose one test printed its p sentences or a paragraph before ("… nilai sig (2-Tailed) yaitu
 * 0,000 …"). The decision is judged against that p when the sentence opens with a word that closes
 * the argument ("Dengan demikian", "Jadi", "Oleh karena itu", "Kesimpulannya") or says "dapat
 * disimpulkan bahwa" before the decision, prints no decimal number of its own, states no rule and
 * names no assumption test; and when the sentences before it, in its paragraph and the one before,
 * cite exactly one p (one value, however often printed; a level such as "taraf signifikansi 5%"
 * or 0,05 is no p), and that p's sentence names no assumption test (normality, homogeneity: a
 * decision drawn from a t against its critical value may follow a Levene p). Two tests, or one
 * test and its normality check, leave it unread: the closing sentence may sum up either; so does
 * a statistic compared with its critical value on the other side of α, or another hypothesis
 * named, after the p
 * (./closing-decision-declines.ts). A level the closing sentence states is the one it decides at.
 */
import type { ConclusionReport, Num } from '../types.ts';
import type { Span } from './segments.ts';
import { parseNum } from './numbers.ts';
import { statesRule } from './decision-rules.ts';
import { citedPs, rawOf } from './conclusions.ts';
import { ASSUMPTION_TEST, hypothesisDecision } from './hypothesis-decisions.ts';
import { decidedOtherwise } from './closing-decision-declines.ts';
import { statedLevelId } from './stated-levels-id.ts';

const CLOSING =
  /^\s*(?:(?:dengan\s+demikian|jadi|oleh\s+karena\s+itu|kesimpulannya)(?![\p{L}])|.{0,80}?(?<![\p{L}])(?:dapat\s+)?disimpulkan\s+bahwa(?![\p{L}]))/isu;
const DECIMAL = /\d[.,]\d/u;
const LEVELS = [0.01, 0.025, 0.05, 0.1];

/** The one p value the sentences cite (however often printed), or null. */
function onlyP(text: string, spans: Span[]): Num | null {
  let first: Num | null = null;
  for (const span of spans) {
    for (const m of citedPs(text.slice(span.start, span.end))) {
      const raw = rawOf(m);
      const n = parseNum(raw, span.start + m.index! + m[0].lastIndexOf(raw));
      if (!n || n.value >= 1 || LEVELS.some((l) => Math.abs(l - n.value) < 1e-12)) continue;
      if (first && first.raw !== n.raw) return null;
      // The p of a normality or homogeneity test decides nothing about the hypothesis.
      if (ASSUMPTION_TEST.test(text.slice(span.start, span.end))) return null;
      first ??= n;
    }
  }
  return first;
}

export function readClosingDecisions(text: string, spans: Span[]): ConclusionReport[] {
  const out: ConclusionReport[] = [];
  spans.forEach((span, i) => {
    if (i === 0 || span.para === undefined) return;
    const sentence = text.slice(span.start, span.end);
    const closing = CLOSING.exec(sentence);
    if (!closing || DECIMAL.test(sentence) || ASSUMPTION_TEST.test(sentence)) return;
    const first = hypothesisDecision(sentence, closing.index + closing[0].length - 1);
    if (!first) return;
    if (statesRule(sentence.slice(0, first.m.index))) return;
    const before: Span[] = [];
    for (let j = i - 1; j >= 0 && spans[j]!.para !== undefined && spans[j]!.para! >= span.para! - 1; j--)
      before.push(spans[j]!);
    if (before.length === 0) return;
    const p = onlyP(text, before.reverse());
    if (!p) return;
    const alpha = statedLevelId(sentence, span.start);
    const beforeP = text.slice(Math.max(0, p.start - 120), p.start);
    if (decidedOtherwise(text.slice(p.end, span.end), p.value <= (alpha?.value ?? 0.05), beforeP)) return;
    const decisionEnd = span.start + first.m.index + first.m[0].length;
    out.push({
      p,
      // "Jadi Ha diterima pada taraf signifikansi 10%": the level the closing sentence states.
      alpha,
      significant: first.significant,
      decision: first.m[0],
      place: { start: p.start, end: decisionEnd, quoteStart: before[0]!.start, quoteEnd: span.end },
    });
  });
  return out;
}
