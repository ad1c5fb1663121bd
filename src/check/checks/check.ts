/**
 * A check is a registered unit (one file per check, listed in ./index.ts): it reads
 * what the recognisers found and returns findings. Checks never read the file system
 * and never format the report; they take their wording from the messages.
 */
import type { CheckId, Extraction, Finding, Lang, Place, ShareTotalSource, Verdict } from '../types.ts';
import type { Source } from '../source.ts';
import type { Messages } from '../messages.ts';
import type { Layout } from '../recognisers/tables.ts';

export interface CheckContext {
  source: Source;
  lang: Lang;
  alpha: number;
  m: Messages;
  extraction: Extraction;
  layouts: Layout[];
}

/** How the total of a share was found (the percentages check's `TotalSource`). */
export interface ShareBasis {
  total: number;
  source: ShareTotalSource;
  /** The list the share was read in, when it is one column under a header's group size. */
  column?: object;
  /**
   * A decimal share that misses its total by less than one step of its last digit (cut instead
   * of rounded, or forced to add up to 100): the total is confirmed, not doubtful.
   */
  nearMiss?: boolean;
}

/** A finding with the text offset it is ordered by. */
export interface Located {
  at: number;
  finding: Finding;
  /** A share's total and where it came from, for judging a total most of its shares contradict. */
  share?: ShareBasis;
}

export interface CheckUnit {
  id: CheckId;
  run(ctx: CheckContext): Located[];
}

export function makeFinding(
  ctx: CheckContext,
  check: CheckId,
  verdict: Verdict,
  place: Place,
  reported: string,
  recomputed: string,
  explanation: string,
): Located {
  const { line, page } = ctx.source.locate(place.start);
  const finding: Finding = {
    check,
    verdict,
    line,
    ...(page !== undefined ? { page } : {}),
    quote: ctx.source.quote(place.quoteStart, place.quoteEnd),
    start: place.start,
    end: Math.max(place.start, place.end),
    reported,
    recomputed,
    explanation,
  };
  return { at: place.start, finding };
}
