/**
 * SPSS's "Paired Samples Statistics" and "Group Statistics" pasted as text, a row a group: "Mean
 * N Std. Deviation Std. Error Mean Pair 1 Pretest 149.5000 20 41.22786 9.21883 Posttest 160.0000
 * 20 43.16431 9.65183", "N Mean Std. Deviation Std. Error Mean Nilai Eksperimen 30 80.5000 6.12345
 * 1.11798 …". Each row is a label and the four numbers in the header's order; its SE is then held
 * to SD/√N by the standard-error check. A row whose N is not a whole number of 2 or more, or
 * whose SD or SE is not positive, is not one of these; the first label without its four numbers
 * ends the table.
 */
import type { DescriptiveReport, Extraction, Num } from '../types.ts';
import { parseNum } from './numbers.ts';
import { tokensAfter } from './flat-test-rows.ts';

const HEADER = /(?<![\p{L}])(?:(Mean)\s+N|N\s+Mean)\s+Std\.?\s*Deviation\s+Std\.?\s*Error\s+Mean(?![\p{L}])/gu;
const NUMBER = /^[-−–]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/u;

export function readSpssGroupStatisticsRows(text: string, extraction: Extraction): void {
  const meansAt = new Set(extraction.descriptives.map((d) => d.mean.start));
  for (const m of text.matchAll(HEADER)) {
    const meanFirst = m[1] !== undefined;
    const tokens = tokensAfter(text, m.index! + m[0].length, 2000, true);
    let i = 0;
    while (i < tokens.length) {
      const labelStart = i;
      while (i < tokens.length && !NUMBER.test(tokens[i]!.raw) && i - labelStart < 6) i++;
      // "Pair 1 Pretest": the pair's number belongs to the label.
      if (i < tokens.length && /^pair$/iu.test(tokens[i - 1]?.raw ?? '') && /^\d+$/u.test(tokens[i]!.raw)) {
        i++;
        while (i < tokens.length && !NUMBER.test(tokens[i]!.raw) && i - labelStart < 8) i++;
      }
      const label = tokens.slice(labelStart, i);
      if (label.length === 0 || !label.some((t) => /\p{L}/u.test(t.raw))) break;
      const cells = tokens.slice(i, i + 4);
      if (cells.length < 4 || !cells.every((t) => NUMBER.test(t.raw))) break;
      if (tokens[i + 4] && NUMBER.test(tokens[i + 4]!.raw)) break;
      i += 4;
      const nums = cells.map((t) => parseNum(t.raw.replace(/^[−–]/u, '-'), t.start));
      if (nums.some((x) => x === null)) break;
      const [a, b, sd, se] = nums as Num[];
      const [mean, n] = meanFirst ? [a!, b!] : [b!, a!];
      if (n.decimals > 0 || n.value < 2 || !(sd!.value > 0) || !(se!.value > 0)) break;
      if (meansAt.has(mean.start)) continue;
      const report: DescriptiveReport = {
        kind: 'mean',
        label: label.map((t) => t.raw).join(' '),
        mean,
        sd: sd!,
        se: se!,
        n: n.value,
        items: null,
        integerEvidence: null,
        itemMeanUnknownCount: false,
        place: { start: cells[0]!.start, end: se!.end, quoteStart: label[0]!.start, quoteEnd: se!.end },
        origin: 'table',
      };
      extraction.descriptives.push(report);
      meansAt.add(mean.start);
    }
  }
}
