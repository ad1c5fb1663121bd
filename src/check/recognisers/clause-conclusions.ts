/**
 * English sentences that report several results, each clause deciding its own: "The effect of
 * relevance was not significant (F(2,34) = 1.47, p > .24). RTs for the small target were
 * significantly longer than for the medium target (t(17) = 2.52, p < .001), which did not
 * differ significantly from those for the large target (t(17) = 1.35, p > .096)"; "There was
 * no main effect of Time, F(1,86) = 0.27, p = .60, and a trend of Condition, …".
 *
 * The sentence reader (./english-conclusions.ts) reads a sentence, or a part of it between
 * contrast words, only when it cites one p. Here a part that cites several is cut after each p,
 * and each clause, from the end of the p before to the end of its own, is read by the same
 * rules: one decision, in words before its p, and nothing that makes it a rule, a trend or a
 * contrast. A decision written after the p's ("A (p = .01) and B (p = .30) were significant")
 * or shared by a list ("both", "all", a next clause of nothing but a statistic) is not read,
 * nor is a p already concluded, nor a
 * clause whose decision stands on another line than its p or in quotes (a table's labels).
 */
import type { ConclusionReport, Extraction } from '../types.ts';
import type { Span } from './segments.ts';
import { readPart } from './english-conclusions.ts';
import { partsCitingSeveralPs, SHARED_SUBJECT } from './p-clauses.ts';
const LINKS = new Set(['and', 'the', 'with', 'for', 'respectively']);

/** A clause of nothing but a statistic and its p: the list of results before it goes on. */
function bare(clause: string): boolean {
  return ![...clause.matchAll(/\p{L}{3,}/gu)].some((w) => !LINKS.has(w[0].toLowerCase()));
}

export function readClauseConclusions(text: string, spans: Span[], extraction: Extraction): ConclusionReport[] {
  const out: ConclusionReport[] = [];
  const concluded = new Set(extraction.conclusions.map((c) => c.p.start));
  for (const { span, clauses } of partsCitingSeveralPs(text, spans, extraction)) {
    let afterPositive = false;
    for (let i = 0; i < clauses.length; i++) {
      const clause = clauses[i]!;
      const after = clauses[i + 1];
      // One decision for a list of results ("Both effects were significant, F = …, p = .04, and
      // F = …, p = .02") is not the first result's alone.
      if (
        SHARED_SUBJECT.test(text.slice(clause.start, clause.end)) ||
        (after && bare(text.slice(after.start, after.end)))
      )
        break;
      const { report, positive } = readPart(text, clause, span, extraction, afterPositive);
      afterPositive = positive === true;
      if (!report || concluded.has(report.p.start)) continue;
      // A decision on another line, or in quotes, is a table's label or a wording example,
      // often the label of the result before it ("not significant" / Moderate r(66) = .39).
      if (/[\n"“”]/u.test(text.slice(report.place.start, report.p.start))) continue;
      concluded.add(report.p.start);
      out.push(report);
    }
  }
  return out;
}
