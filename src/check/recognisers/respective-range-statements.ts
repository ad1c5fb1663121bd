/**
 * A mean described in prose with its maximum and minimum given "respectively", the way
 * Indonesian theses narrate a descriptive-statistics table: "Nilai rata-rata DER sebesar 3,48
 * menunjukkan … sedangkan masing-masing nilai maksimum dan minimum adalah sebesar 9,814 dan
 * 0,976." The order of the two numbers is the order the sentence names them in; the mean is the
 * first "rata-rata … sebesar/adalah M" of the sentence, before them, and an SD stated in the same
 * sentence ("dengan standar deviasi 3,906") goes with it. A sentence with more than one such
 * mean is not read.
 */
import type { DescriptiveReport, Extraction, Num } from '../types.ts';
import type { Span } from './segments.ts';
import { parseNum } from './numbers.ts';

const NUM = String.raw`(-?\d+(?:[.,]\d+)?)`;
const BOUND = String.raw`(maksimum|maksimal|tertinggi|minimum|minimal|terendah)`;
const RESPECTIVE = new RegExp(
  String.raw`masing[-\s]masing\s+(?:\p{L}+\s+){0,2}?${BOUND}\s+dan\s+(?:nilai\s+)?${BOUND}\s+(?:adalah\s+|yaitu\s+)?(?:sebesar\s+)?${NUM}\s+dan\s+${NUM}(?![\d.,]*\d)`,
  'iu',
);
const MEAN = new RegExp(
  String.raw`(?<![\p{L}])rata[-\s]?rata(?:nya)?\s+(?:[\p{L}\p{N}()]+\s+){0,5}?(?:adalah\s+|sebesar\s+|yaitu\s+)${NUM}`,
  'giu',
);
const SD = new RegExp(
  String.raw`(?:standar(?:d)?\s+deviasi|simpangan\s+baku|std\.?\s*deviasi)\s+(?:adalah\s+|sebesar\s+)?${NUM}`,
  'iu',
);

const isMax = (word: string) => /^(?:maks|tertinggi)/iu.test(word);

export function readRespectiveRangeStatements(text: string, spans: Span[], extraction: Extraction): void {
  const meansAt = new Set(extraction.descriptives.map((d) => d.mean.start));
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    const r = RESPECTIVE.exec(sentence);
    if (!r || isMax(r[1]!) === isMax(r[2]!)) continue;
    const means = [...sentence.slice(0, r.index).matchAll(MEAN)];
    if (means.length === 0) continue;
    // The mean and whatever restates it ("… adalah sebesar 41,2") — only the first is the mean.
    const m = means[0]!;
    const meanRaw = m[1]!;
    const mean = parseNum(meanRaw, span.start + m.index! + m[0].lastIndexOf(meanRaw));
    // The bound words hold no digit: the first number of the phrase is the first value, the second ends it.
    const a = parseNum(r[3]!, span.start + r.index! + r[0].search(/-?\d/u));
    const b = parseNum(r[4]!, span.start + r.index! + r[0].length - r[4]!.length);
    if (!mean || !a || !b || meansAt.has(mean.start)) continue;
    const [max, min] = isMax(r[1]!) ? [a, b] : [b, a];
    const s = SD.exec(sentence);
    const sd: Num | null = s ? parseNum(s[1]!, span.start + s.index! + s[0].lastIndexOf(s[1]!)) : null;
    const report: DescriptiveReport = {
      kind: 'mean',
      label: 'rata-rata',
      mean,
      sd,
      se: null,
      n: null,
      min,
      max,
      items: null,
      integerEvidence: null,
      itemMeanUnknownCount: false,
      place: { start: mean.start, end: b.end, quoteStart: span.start, quoteEnd: span.end },
      origin: 'text',
    };
    extraction.descriptives.push(report);
    meansAt.add(mean.start);
  }
}
