/**
 * An English sentence that gives the confidence interval of "the difference between the (two
 * group) means" with the two means printed in the sentences before it in its paragraph ("… the
 * relaxation students was 75.70 (SD=9.64) compared to … 70.80 (SD=8.74). … The 95% confidence
 * interval around the difference between the two group means is 3.91 to 15.69"). A t- or z-based
 * interval of M₁ − M₂ is centred on it, so the confidence-interval check reads it as the mean
 * difference's (either way round), as ./mean-difference-ci.ts does within one sentence.
 *
 * Read only when the paragraph, up to the interval, prints exactly two means (`M = 4.2`, `75.70
 * (SD = 9.64)`), no difference of its own, and nothing that makes the interval other than
 * symmetric around the raw difference (adjusted, bootstrap, median, ratio, log, a rank test).
 */
import type { Extraction } from '../types.ts';
import { difference } from './mean-difference-ci.ts';
import { parseNum } from './numbers.ts';
import type { Span } from './segments.ts';

const N = String.raw`[-−–]?\d+(?:\.\d+)?`;
const INTERVAL = new RegExp(
  String.raw`\b(\d{2}(?:\.\d+)?)\s*%\s*(?:confidence\s+interval|CI)\s+(?:around|of|for|on)\s+(?:the\s+)?(?:mean\s+)?difference\s+(?:between|of)\s+(?:the\s+|these\s+)?(?:two\s+)?(?:group\s+)?means\s*(?:is|was|were|ranged\s+from|:)?\s*(?:from\s+)?[[(]?\s*(${N})\s*(?:to|–|,)\s*(${N})`,
  'diu',
);
const MEAN = /(?:\bM\s*=\s*(-?\d+(?:\.\d+)?)|(-?\d+(?:\.\d+)?)\s*\(\s*SD\s*=\s*\d+(?:\.\d+)?\s*\))/giu;
const HAS_DIFFERENCE = /\b(?:mean\s+difference|MD|M\s*diff)\s*(?:=|of\s+-?\d)/iu;
const NOT_RAW_DIFFERENCE =
  /bootstrap|adjusted|estimated\s+marginal|\bmedian|\bratio|\blog(?:-?transformed)?\b|Mann|Whitney|Wilcoxon|Hodges|\brank/iu;

const num = (raw: string, at: number) => parseNum(raw.replace(/^[−–]/u, '-'), at);

export function readDifferenceIntervalSentences(text: string, sentences: Span[], extraction: Extraction): void {
  if (!/difference\s+(?:between|of)\s+(?:the\s+|these\s+)?(?:two\s+)?(?:group\s+)?means/iu.test(text)) return;
  sentences.forEach((span, i) => {
    const sentence = text.slice(span.start, span.end);
    const m = INTERVAL.exec(sentence);
    if (!m) return;
    // The paragraph up to the interval.
    let first = i;
    while (first > 0 && sentences[first - 1]!.para === span.para && span.para !== undefined) first--;
    const from = sentences[first]!.start;
    const upTo = span.start + m.index;
    const before = text.slice(from, upTo);
    if (HAS_DIFFERENCE.test(before) || NOT_RAW_DIFFERENCE.test(text.slice(from, span.end))) return;
    const means = [...before.matchAll(MEAN)];
    if (means.length !== 2) return;
    const meanNum = (x: RegExpMatchArray) => {
      const raw = (x[1] ?? x[2])!;
      return num(raw, from + x.index! + x[0].indexOf(raw));
    };
    const m1 = meanNum(means[0]!);
    const m2 = meanNum(means[1]!);
    const lower = num(m[2]!, span.start + m.indices![2]![0]);
    const upper = num(m[3]!, span.start + m.indices![3]![0]);
    if (!m1 || !m2 || !lower || !upper || !(lower.value < upper.value)) return;
    const ci = { level: Number(m[1]), lower, upper, start: lower.start, end: upper.end };
    if (extraction.estimates.some((e) => e.ci && e.ci.start < ci.end && e.ci.end > ci.start)) return;
    extraction.estimates.push({
      family: 'mean',
      label: 'M₁ − M₂',
      value: difference(m1, m2, ci),
      ci,
      p: null,
      place: { start: ci.start, end: ci.end, quoteStart: span.start, quoteEnd: span.end },
      origin: 'text',
    });
  });
}
