/**
 * English decisions from a statistic named before its letter, against a critical value: "Reject
 * H0 since calculated t = 1.68 is > 1.697", "the computed F of 2.10 is less than the critical
 * value 3.49, so we fail to reject the null hypothesis". critical-values.ts reads the statistic
 * and its critical value when each is named after the letter ("t hitung", "t_(table)"); here the
 * statistic is "calculated", "computed", "obtained" or "observed" before the letter, and the
 * critical value is the number it is compared with (by a sign or in words), named or not. The
 * decision is on H0 or the null hypothesis in the same sentence, and only one decision is read;
 * a rule ("if", "when") is not a decision. For t, z, F and χ² a number below 1 compared with the
 * statistic is a level or a p, not a critical value, and is not read.
 */
import type { CriticalDecision } from '../types.ts';
import type { Span } from './segments.ts';
import { parseNum } from './numbers.ts';
import { DECISIONS } from './critical-values.ts';

const STATISTIC =
  /(?<![\p{L}])(?:calculated|computed|obtained|observed)\s+(t|F|z|r|χ2|χ²|chi[-\s]?square)(?:[-\s](?:value|statistic|ratio))?\s*(?:=|:|of|is|was)?\s*\(?\s*(-?\d+(?:\.\d+)?)\s*\)?/giu;
/** The comparison right after the statistic, and the number it is compared with. */
const AGAINST =
  /^\s*,?\s*(?:which\s+)?(?:is\s+|was\s+)?(?:>|<|≥|≤|(?:greater|larger|more|less|smaller|lower|higher)\s+than|exceeds?|exceeded|does\s+not\s+exceed|did\s+not\s+exceed)\s*(?:the\s+)?(?:(?:critical|tabled?|table)\s+)?(?:(?:t|F|z|r|χ2|χ²)\s+)?(?:(?:critical\s+)?value\s+)?(?:of\s+|=\s*)?\(?\s*\+?(\d+(?:\.\d+)?)(?!\d|\.\d)/iu;
/** English decisions on H0 in the active voice: reject it, or fail to. */
const ACTIVE: [RegExp, boolean][] = [
  [/\b(?:fail(?:s|ed)?\s+to\s+reject|(?:accept|retain)(?:s|ed)?\s+(?:the\s+)?(?:H[_\s]?[o0₀]\b|null\b))/iu, false],
  [/\breject(?:s|ed)?\s+(?:the\s+)?(?:H[_\s]?[o0₀]\b|null\b)/iu, true],
];
const RULE = /(?<![\p{L}])(?:if|when|whenever|unless|criteri(?:a|on))(?![\p{L}])/iu;

const kindOf = (raw: string): CriticalDecision['kind'] | null => {
  const s = raw.toLowerCase();
  if (s === 't' || s === 'z') return 't';
  if (s === 'f') return 'F';
  if (s === 'r') return 'r';
  return 'chi2';
};

export function readCalculatedStatistics(text: string, spans: Span[]): CriticalDecision[] {
  const out: CriticalDecision[] = [];
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    if (!/calculated|computed|obtained|observed/iu.test(sentence)) continue;
    const stats = [...sentence.matchAll(STATISTIC)];
    if (stats.length !== 1) continue;
    const s = stats[0]!;
    const against = AGAINST.exec(sentence.slice(s.index! + s[0].length));
    if (!against) continue;
    const kind = kindOf(s[1]!);
    if (!kind) continue;
    const statAt = span.start + s.index! + s[0].lastIndexOf(s[2]!);
    const criticalAt = span.start + s.index! + s[0].length + against[0].lastIndexOf(against[1]!);
    const stat = parseNum(s[2]!, statAt);
    const critical = parseNum(against[1]!, criticalAt);
    if (!stat || !critical || critical.value <= 0) continue;
    if (kind !== 'r' && critical.value < 1) continue;
    if (kind === 'r' && critical.value >= 1) continue;
    if (RULE.test(sentence.slice(0, s.index!))) continue;
    // The negation first: "fail to reject H0" also contains "reject H0".
    const active = ACTIVE.map(([re, significant]) => ({ m: re.exec(sentence), significant })).filter((d) => d.m);
    const passive = DECISIONS.map(([re, significant]) => ({ m: re.exec(sentence), significant })).filter((d) => d.m);
    const decisions = active.length > 0 ? [active[0]!, ...passive] : passive;
    if (decisions.length === 0 || new Set(decisions.map((d) => d.significant)).size > 1) continue;
    const d = decisions[0]!;
    const ends = [span.start + d.m!.index! + d.m![0].length, critical.end];
    out.push({
      kind,
      stat,
      critical,
      significant: d.significant,
      decision: d.m![0],
      place: {
        start: Math.min(span.start + d.m!.index!, span.start + s.index!),
        end: Math.max(...ends),
        quoteStart: span.start,
        quoteEnd: span.end,
      },
    });
  }
  return out;
}
