/**
 * A sentence broken over a paragraph break, as pages that keep every printed line as a paragraph
 * store it ("…was approaching significance<br />", blank line, "[F(1,89) = 3.75, p = .06] and
 * there was significantly worse general recognition<br />", blank line, "for backgrounds …
 * (F(1,89) = 15.16, p < .001)."). A reader that takes the sentence's only p with its decision
 * would pair the .06 with the next clause's "significantly worse": a span that stops without
 * ending its sentence, where the text after the break goes on in lower case, is no whole
 * sentence, and how many p it cites is unknown.
 */
import type { Span } from './segments.ts';

/** What may end a sentence or a line that is complete in itself: punctuation, a closing bracket or quote. */
const ENDED = /[.!?:;)\]"'”’…]\s*$/u;
/** Line-break markup a page may leave at the end of its lines. */
const TRAILING_MARKUP = /(?:\s*<br\s*\/?>)+\s*$/iu;

/** Does the sentence of this span run on past its end into the next paragraph? */
export function runsPastBreak(text: string, span: Span): boolean {
  const own = text.slice(span.start, span.end).replace(TRAILING_MARKUP, '');
  if (ENDED.test(own)) return false;
  const next = /\S/u.exec(text.slice(span.end, span.end + 400));
  if (!next) return false;
  const first = text[span.end + next.index]!;
  return /\p{Ll}/u.test(first);
}
