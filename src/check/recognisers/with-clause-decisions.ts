/**
 * A decision in a "with …" clause added after a result's p (./english-conclusions.ts): "a
 * moderate positive correlation between self-esteem and GPA (r = 0.38, p < 0.01), with no
 * significant gender differences observed". The p closes the report of one finding, the
 * correlation, and the clause after it states another one, with no statistic of its own. When
 * the words before the p name a finding and say nothing of its significance, and the only
 * decision comes after the p, beyond a comma and "with", the decision is not the p's; nor is
 * one beyond a comma and "and", "but", "while" or "whereas" that opens with "no" ("…, p < 0.01),
 * and no significant gender differences were observed").
 */
import type { PReport } from '../types.ts';

/** The p's bracket closed, a comma, then "with" right before the decision. */
const WITH_AFTER_P = /^[\s)\]]*,\s*(?:and\s+)?with\s+$/iu;
/** The p's bracket closed, a comma, then "and", "but", "while" or "whereas" right before a decision opening with "no": a new finding denied. */
const AND_AFTER_P = /^[\s)\]]*[,;]\s*(?:and|but|while|whereas)\s+$/iu;
const NO_FINDING = /^no\s/iu;
/** Words that name a finding a p may be the evidence of. */
const FINDING =
  /\b(?:correlat\w*|relationships?|relations?|associat\w*|differen\w*|differed|effects?|predict\w*|increase[ds]?|decrease[ds]?|improve\w*|reduc\w*)\b/iu;

/** Whether the decision at `decisionStart` lies in a "with" clause after `p` that reports another finding. */
export function decidesOtherFindingAfterP(text: string, partStart: number, p: PReport, decisionStart: number): boolean {
  if (decisionStart <= p.end) return false;
  const between = text.slice(p.end, decisionStart);
  const newFinding =
    WITH_AFTER_P.test(between) || (AND_AFTER_P.test(between) && NO_FINDING.test(text.slice(decisionStart)));
  if (!newFinding) return false;
  return FINDING.test(text.slice(partStart, p.start));
}
