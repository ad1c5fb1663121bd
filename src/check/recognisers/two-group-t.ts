/**
 * A two-sample t reported in one sentence with both groups' means and SDs (APA prose):
 * "women (M = 1.10, SD = 0.81, n = 60) than men (M = 0.83, SD = 0.54, n = 57), t(115) =
 * 2.10". Read only in English text, when the sentence holds exactly two means with their SDs
 * and one t with its df, after them, and each group's size is printed in its parenthesis
 * (`n = 60`) or the paragraph says the groups are independent ("independent", "between-
 * subjects", "two-sample", "unpaired", "Welch"), so that the df bounds the split of the sample.
 * Never when the paragraph speaks of paired or repeated measures (before and after, pre- and
 * post-test, a dependent t-test): a paired t depends on the SD of the differences, which
 * the two SDs do not give.
 */
import type { Extraction, TwoGroupTReport } from '../types.ts';
import type { Span } from './segments.ts';
import { partitionPoint } from '../sorted.ts';

const PAIRED =
  /\b(?:paired|dependent|repeated|within[-\s]?(?:subjects?|groups?|participants?)|matched|pre[-\s]?tests?|post[-\s]?tests?|pre[-\s]?(?:intervention|treatment)|post[-\s]?(?:intervention|treatment)|before|after|baseline|follow[-\s]?up|time\s?[12]|day\s?\d|week\s?\d|session)\b/iu;
const INDEPENDENT =
  /\b(?:independent[-\s](?:samples?|groups?|t)|between[-\s](?:subjects?|groups?|participants?)|two[-\s]sample|unpaired|welch)\b/iu;
/** A group size in the mean's own parenthesis: `n = 60`, `n=60`. */
const OWN_N = /^[^()]*?\bn\s*=\s*(\d+)\b[^()]*\)/u;

export function readTwoGroupTs(text: string, spans: Span[], extraction: Extraction): TwoGroupTReport[] {
  const out: TwoGroupTReport[] = [];
  const paragraphs = new Map<number | undefined, string>();
  for (const s of spans) paragraphs.set(s.para, `${paragraphs.get(s.para) ?? ''} ${text.slice(s.start, s.end)}`);
  // Each paragraph's words are tested once, not once per sentence: a long text with no blank
  // line is one paragraph, and testing it per sentence made the check quadratic.
  const paired = new Map<number | undefined, boolean>();
  const independent = new Map<number | undefined, boolean>();
  const paragraphIs = (cache: Map<number | undefined, boolean>, re: RegExp, para: number | undefined) => {
    let v = cache.get(para);
    if (v === undefined) cache.set(para, (v = re.test(paragraphs.get(para) ?? '')));
    return v;
  };
  // Candidates sorted by place, each sentence takes its own by binary search (not a filter of all).
  const means = extraction.descriptives
    .filter((d) => d.origin === 'text' && d.kind === 'mean' && d.sd)
    .sort((a, b) => a.place.start - b.place.start);
  const tests = extraction.tests.filter((t) => t.kind === 't').sort((a, b) => a.place.start - b.place.start);
  for (const span of spans) {
    const spanMeans = within(means, span);
    const ts = within(tests, span);
    if (spanMeans.length !== 2 || ts.length !== 1) continue;
    const t = ts[0]!;
    if (t.op !== '=' || t.df?.length !== 1 || !(t.df[0]! > 0)) continue;
    if (spanMeans.some((d) => d.place.start > t.place.start)) continue;
    if (paragraphIs(paired, PAIRED, span.para)) continue;
    const sizes = spanMeans.map((d) => {
      const m = OWN_N.exec(text.slice(d.place.start, Math.min(span.end, d.place.start + 120)));
      return m ? Number(m[1]) : null;
    });
    const bothSized = sizes.every((n) => n !== null && n >= 2);
    if (!bothSized && !(paragraphIs(independent, INDEPENDENT, span.para) && Number.isInteger(t.df[0]))) continue;
    out.push({
      t: t.value,
      df: t.df[0]!,
      groups: spanMeans.map((d, i) => ({ mean: d.mean, sd: d.sd!, n: bothSized ? sizes[i]! : null })),
      place: {
        start: spanMeans[0]!.place.start,
        end: t.place.end,
        quoteStart: span.start,
        quoteEnd: span.end,
      },
    });
  }
  return out;
}

/** The items (sorted by place) that start within the span. */
function within<T extends { place: { start: number } }>(sorted: T[], span: Span): T[] {
  const out: T[] = [];
  for (
    let i = partitionPoint(sorted, (x) => x.place.start < span.start);
    i < sorted.length && sorted[i]!.place.start < span.end;
    i++
  )
    out.push(sorted[i]!);
  return out;
}
