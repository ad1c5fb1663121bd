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
  for (const span of spans) {
    const inSpan = (at: number) => at >= span.start && at < span.end;
    const means = extraction.descriptives.filter(
      (d) => d.origin === 'text' && d.kind === 'mean' && d.sd && inSpan(d.place.start),
    );
    const ts = extraction.tests.filter((t) => t.kind === 't' && inSpan(t.place.start));
    if (means.length !== 2 || ts.length !== 1) continue;
    const t = ts[0]!;
    if (t.op !== '=' || t.df?.length !== 1 || !(t.df[0]! > 0)) continue;
    if (means.some((d) => d.place.start > t.place.start)) continue;
    const paragraph = paragraphs.get(span.para) ?? '';
    if (PAIRED.test(paragraph)) continue;
    const sizes = means.map((d) => {
      const m = OWN_N.exec(text.slice(d.place.start, Math.min(span.end, d.place.start + 120)));
      return m ? Number(m[1]) : null;
    });
    const bothSized = sizes.every((n) => n !== null && n >= 2);
    if (!bothSized && !(INDEPENDENT.test(paragraph) && Number.isInteger(t.df[0]))) continue;
    out.push({
      t: t.value,
      df: t.df[0]!,
      groups: means.map((d, i) => ({ mean: d.mean, sd: d.sd!, n: bothSized ? sizes[i]! : null })),
      place: {
        start: means[0]!.place.start,
        end: t.place.end,
        quoteStart: span.start,
        quoteEnd: span.end,
      },
    });
  }
  return out;
}
