/**
 * One decision written before a list of results, each with its own p: "there is a significant
 * difference … in the Pre-Test MTS (F(2, 45)=5.010, p=.011), Post-Test MTS (F(2, 45)=5.920,
 * p=.005), … and Post-Test MPS (F(2, 45)=5.919, p=.005)"; "there are no significant differences
 * in STE & BEC curriculums (MD=2.62188, p=.191) and SPA & BEC curriculums (MD=-2.05312,
 * p=.356)". The decision is every listed p's: a list whose p's fall on both sides of the level
 * says something the results do not.
 *
 * The clause reader (./clause-conclusions.ts) leaves such a list alone. Here the first clause
 * must decide before its p by the sentence reader's rules (./english-conclusions.ts), and every
 * clause after it must name a result and nothing else: a few words, no decision, negation,
 * comparison or contrast of its own ("but not for B", "than", "except"), and a p no reader has
 * concluded. A decision on another line than its p is read only inside wrapped prose (every
 * line from the decision to the p at least LONG_LINE characters), never in quotes.
 */
import type { ConclusionReport, Extraction } from '../types.ts';
import type { Span } from './segments.ts';
import { readPart } from './english-conclusions.ts';
import { partsCitingSeveralPs, SHARED_SUBJECT } from './p-clauses.ts';

/** Words by which a listed clause says more than its result's name. */
const OWN_CLAIM =
  /\b(?:signific\w*|nonsignific\w*|differ\w*|effects?|associat\w*|relat\w*|correlat\w*|predict\w*|no|not|none|neither|nor|never|without|except|only|than|compared|versus|vs|if|whether|trend\w*|marginal\w*|approach\w*|although|though|however|unless|reject\w*|accept\w*|higher|lower|greater|more|less|increase\w*|decrease\w*)\b/iu;

/** The most words a listed clause may spend naming its result (outside brackets). */
const MAX_NAME_WORDS = 8;

/** Lines of wrapped prose: shorter ones are a table's labels or a list's items. */
const LONG_LINE = 50;

function nameWords(clause: string): number {
  // The clause ends at its p, inside the parenthesis that holds its statistic: that open
  // parenthesis and what follows it are the result, not its name.
  const closed = clause.replace(/[([][^()[\]]*(?:\([^()]*\)[^()[\]]*)*$/u, ' ');
  const outside = closed.replace(/\([^()]*(?:\([^()]*\)[^()]*)*\)|\[[^\]]*\]/gu, ' ');
  return [...outside.matchAll(/\p{L}[\p{L}\p{N}&'’-]*/gu)].length;
}

function wrappedProse(text: string, from: number, to: number): boolean {
  if (/["“”]/u.test(text.slice(from, to))) return false;
  if (!text.slice(from, to).includes('\n')) return true;
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const lineEnd = text.indexOf('\n', to);
  const lines = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).split('\n');
  return lines.every((l) => l.trim().length >= LONG_LINE);
}

export function readListConclusions(text: string, spans: Span[], extraction: Extraction): ConclusionReport[] {
  const out: ConclusionReport[] = [];
  const concluded = new Set(extraction.conclusions.map((c) => c.p.start));
  for (const { span, part, cited, clauses, afterLast } of partsCitingSeveralPs(text, spans, extraction)) {
    // The first p may be concluded already, by the clause reader, from the same words.
    if (cited.slice(1).some((p) => concluded.has(p.num.start)) || cited.some((p) => p.num.value > 1)) continue;
    // Words after the last p may be a decision written after the list ("… were significant").
    if (/\p{L}{3,}/u.test(text.slice(afterLast, part.end))) continue;
    // A quantified subject ("Both effects were significant, …") is left alone, as the clause
    // reader leaves it: which results "both" or "all" counts is not always the p's listed.
    if (SHARED_SUBJECT.test(text.slice(clauses[0]!.start, clauses[0]!.end))) continue;
    const { report } = readPart(text, clauses[0]!, span, extraction, false);
    if (!report || report.place.start >= report.p.start) continue;
    if (!wrappedProse(text, report.place.start, report.p.start)) continue;
    const listed = clauses.slice(1).map((c) => text.slice(c.start, c.end));
    if (listed.some((c) => OWN_CLAIM.test(c) || nameWords(c) > MAX_NAME_WORDS || /\n\s*\n/u.test(c))) continue;
    const decisionStart = report.place.start;
    const decisionEnd = decisionStart + report.decision.length;
    if (!concluded.has(report.p.start)) out.push(report);
    for (const p of cited.slice(1))
      out.push({
        ...report,
        p: p.num,
        op: p.op,
        place: { ...report.place, start: decisionStart, end: Math.max(decisionEnd, p.end) },
      });
    for (const p of cited) concluded.add(p.num.start);
  }
  return out;
}
