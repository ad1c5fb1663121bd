/**
 * The parts of English sentences that cite several p's, each cut into clauses: the clause
 * reader (./clause-conclusions.ts) reads each clause's own decision, the list reader
 * (./list-conclusions.ts) one decision shared by the list. Both need the same cut, so the
 * p's a part cites and the clauses it falls into are found here once.
 */
import type { Extraction, PReport } from '../types.ts';
import type { Span } from './segments.ts';
import { runsPastBreak } from './broken-sentences.ts';
import { contrastParts, type Part } from './english-conclusions.ts';

/** What closes a p's parenthesis or list before the next clause's words. */
const CLAUSE_LEAD = /^[\s)\],;.]*/u;

/** A subject that names several results: a decision of the whole list, not of one clause. */
export const SHARED_SUBJECT = /\b(?:both|all|each|every|neither|either|respectively)\b/iu;

/** A part between contrast words that cites two p's or more, and its clauses, one per p. */
export interface PCitingPart {
  span: Span;
  part: Part;
  /** The p's inside the part, in text order. */
  cited: PReport[];
  /** From the end of the p before (past its closing brackets and commas) to the end of its own p. */
  clauses: Part[];
  /** Where the last clause ends: what follows in the part is after every p. */
  afterLast: number;
}

export function partsCitingSeveralPs(text: string, spans: Span[], extraction: Extraction): PCitingPart[] {
  const out: PCitingPart[] = [];
  const ps = extraction.pValues.map(({ p }) => p).sort((a, b) => a.start - b.start);
  if (ps.length < 2) return out;
  let next = 0;
  for (const span of spans) {
    while (next < ps.length && ps[next]!.start < span.start) next++;
    const inSpan = [];
    for (let i = next; i < ps.length && ps[i]!.start < span.end; i++) if (ps[i]!.end <= span.end) inSpan.push(ps[i]!);
    if (inSpan.length < 2 || runsPastBreak(text, span)) continue;
    for (const part of contrastParts(text, span)) {
      const cited = inSpan.filter((p) => p.start >= part.start && p.end <= part.end);
      if (cited.length < 2) continue;
      const clauses: Part[] = [];
      let from = part.start;
      for (const p of cited) {
        const lead = CLAUSE_LEAD.exec(text.slice(from, p.start))![0].length;
        clauses.push({ start: from + lead, end: p.end });
        from = p.end;
      }
      out.push({ span, part, cited, clauses, afterLast: from });
    }
  }
  return out;
}
