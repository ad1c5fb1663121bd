/**
 * English decisions from an F or χ² against a critical value the sentence before states with its
 * level and df: "The critical value at a 5% level of significance with degrees of freedom (3, 6)
 * is 5.99. Since the calculated F-value of 5.16 is less than the critical value, we fail to reject
 * the null hypothesis. This suggests that there is no significant difference …". With the df and
 * the level printed, the decision can be judged from the statistic itself (its p at those df),
 * not from a critical value that may have been looked up wrong (checks/critical-value-df.ts).
 *
 * Read only as that run of sentences: the critical value's sentence names the level (`5%
 * level`, `α = 0.05`), the df after "degrees of freedom" (two for an F, one for a χ²; or "2 degrees of freedom") and the
 * value after "is" or "="; the next sentence names a calculated (computed, obtained, observed)
 * F or χ² with its value, compares it with "the critical value", prints no p, and decides on H0
 * one way only; a following sentence that begins "This suggests / indicates / means …" or with
 * a word of consequence and states a finding of the same side is taken in with it. The
 * statistic's kind must match its df (F with two, χ² with one).
 */
import type { DfCriticalDecision } from '../types.ts';
import type { Span } from './segments.ts';
import { parseNum } from './numbers.ts';

const LEVEL = /(\d+(?:\.\d+)?)\s*%\s*(?:level|significance)|(?:α|alpha)\s*=\s*(0?\.\d+)/iu;
const DF =
  /degrees?\s+of\s+freedom\s*(?:of\s+|=\s*)?\(?\s*(\d+)\s*(?:(?:,|and)\s*(\d+)\s*)?\)?|(?<![\d.])(\d+)\s+degrees?\s+of\s+freedom/iu;
const STATED = /^[^.\d]*?\b(?:is|=|was|equals)\s*(\d+(?:\.\d+)?)/iu;
const CRITICAL = /critical\s+value/iu;
const STATISTIC =
  /(?<![\p{L}])(?:calculated|computed|obtained|observed)\s+(F|χ2|χ²|chi[-\s]?square)(?:[-\s](?:value|statistic|ratio))?\s*(?:=|:|of|is|was)?\s*\(?\s*(\d+(?:\.\d+)?)/iu;
const AGAINST_CRITICAL =
  /(?:less|smaller|lower|greater|larger|higher|more)\s+than\s+(?:the\s+)?critical\s+value|exceeds?\s+(?:the\s+)?critical\s+value|does\s+not\s+exceed\s+(?:the\s+)?critical\s+value/iu;
const P_PRINTED = /(?<![\p{L}])p\s*(?:[=<>≤≥]|-?value)/iu;
const DECISIONS: [RegExp, boolean][] = [
  [/\bfail(?:s|ed)?\s+to\s+reject\b|\b(?:accept|retain)(?:s|ed)?\s+(?:the\s+)?(?:H[_\s]?[o0₀]\b|null\b)/iu, false],
  [/\breject(?:s|ed)?\s+(?:the\s+)?(?:H[_\s]?[o0₀]\b|null\b)/iu, true],
];
const DRAWN = /^\s*(?:(?:this|these|it)\s+(?:suggests?|indicates?|means?|shows?|implies)|thus|therefore|hence|so)\b/iu;
const FINDING =
  /\bthere\s+(?:is|was|are|were)\s+(no\s+|not\s+an?\s+)?(?:an?\s+)?(?:statistically\s+)?significant\s+(?:difference|effect|relationship|association|influence)[^.;]*/iu;

export function readCriticalValueDfDecisions(text: string, spans: Span[]): DfCriticalDecision[] {
  const out: DfCriticalDecision[] = [];
  if (!/degrees?\s+of\s+freedom/iu.test(text)) return out;
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i]!;
    const first = text.slice(a.start, a.end);
    if (!CRITICAL.test(first)) continue;
    const level = LEVEL.exec(first);
    const df = DF.exec(first);
    if (!level || !df) continue;
    const alpha = level[1] ? Number(level[1]) / 100 : Number(level[2]);
    if (!(alpha > 0 && alpha < 0.5)) continue;
    const afterDf = first.slice(df.index! + df[0].length);
    const stated = STATED.exec(afterDf);
    if (!stated) continue;
    const criticalAt = a.start + df.index! + df[0].length + stated.index! + stated[0].lastIndexOf(stated[1]!);
    const critical = parseNum(stated[1]!, criticalAt);
    const b = spans[i + 1]!;
    const second = text.slice(b.start, b.end);
    const s = STATISTIC.exec(second);
    if (!critical || !s || !AGAINST_CRITICAL.test(second) || P_PRINTED.test(second)) continue;
    const kind = /^f$/iu.test(s[1]!) ? 'F' : 'chi2';
    const dfs = df[3] ? [Number(df[3])] : df[2] ? [Number(df[1]), Number(df[2])] : [Number(df[1])];
    if ((kind === 'F') !== (dfs.length === 2) || dfs.some((d) => d < 1)) continue;
    const stat = parseNum(s[2]!, b.start + s.index! + s[0].lastIndexOf(s[2]!));
    if (!stat) continue;
    const found = DECISIONS.map(([re, significant]) => ({ m: re.exec(second), significant })).filter((d) => d.m);
    // "fail to reject" also holds "reject": the negation, when present, is the decision.
    const decision = found[0];
    const inside = (x: RegExpExecArray, y: RegExpExecArray) => x.index >= y.index && x.index < y.index + y[0].length;
    if (
      !decision ||
      (found.length > 1 && !(found.length === 2 && !decision.significant && inside(found[1]!.m!, decision.m!)))
    )
      continue;
    let end = b.start + decision.m!.index! + decision.m![0].length;
    let decisionText = decision.m![0];
    const c = spans[i + 2];
    if (c && c.para === b.para) {
      const third = text.slice(c.start, c.end);
      const f = FINDING.exec(third);
      if (DRAWN.test(third) && f && !f[1] === decision.significant) {
        end = c.start + f.index! + f[0].length;
        decisionText = f[0];
      }
    }
    out.push({
      kind,
      stat,
      df: dfs,
      alpha,
      critical,
      significant: decision.significant,
      decision: decisionText,
      place: { start: stat.start, end, quoteStart: b.start, quoteEnd: Math.max(b.end, end) },
    });
    i++;
  }
  return out;
}
