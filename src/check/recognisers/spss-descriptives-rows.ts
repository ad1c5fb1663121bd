/**
 * SPSS's one-way ANOVA "Descriptives" table pasted as text a row a group, its two-level header
 * flattened (and its "Minimum Maximum" columns, broken by the page, sometimes printed first):
 * "95 Confidence Interval for Mean Minimu m Maximu m N Mean Std. Deviation Std. Error Lower Bound
 * Upper Bound 1 12 15,0833 2,50303 ,72256 13,4930 16,6737 10,00 18,00 2 14 16,2857 …". SPSS
 * prints the columns in one order: N, Mean, Std. Deviation, Std. Error, Lower Bound, Upper Bound,
 * and Minimum, Maximum when the header names them. A row is a label (words, or the group's number)
 * and those numbers; rows labelled by numbers arrive as one run, cut into as many rows as it holds
 * (a run whose length is no multiple of a row is not read). A row is taken when its N is a whole
 * number of 2 or more, its SD and SE are positive and its bounds ordered (lower below upper,
 * minimum not above maximum). Each row is then a group's mean with n, SD, SE, minimum and maximum
 * (descriptives, standard-error checks) and its interval with SE and n − 1 df (confidence-interval
 * check), as ./spss-statistics-columns.ts gives the same table pasted label by label.
 */
import type { DescriptiveReport, Extraction, Num } from '../types.ts';
import { parseNum } from './numbers.ts';
import { tokensAfter } from './flat-test-rows.ts';

const HEADER =
  /(?<![\p{L}])N\s+Mean\s+Std\.?\s*Deviation\s+Std\.?\s*Error\s+(?:95\s*%?\s*Confidence\s+Interval\s+for\s+Mean\s+)?Lower\s+Bound\s+Upper\s+Bound(?:\s+(Minimum\s+Maximum))?(?![\p{L}])/gu;
/** "Minimum Maximum" printed before the header's N, perhaps broken ("Minimu m Maximu m"). */
const MIN_MAX_BEFORE = /Minimu\s?m\s+Maximu\s?m\s+$/u;
const NUMBER = /^[-−–]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/u;
const MAX_ROWS = 12;

type Token = { raw: string; start: number };

const parse = (t: Token): Num | null => parseNum(t.raw.replace(/^[−–]/u, '-'), t.start);

/** The rows after the header, each its label's tokens and its `width` numbers. */
function rowsOf(tokens: Token[], width: number): { label: Token[]; cells: Token[] }[] {
  const rows: { label: Token[]; cells: Token[] }[] = [];
  let i = 0;
  while (i < tokens.length && rows.length < MAX_ROWS) {
    const labelStart = i;
    while (i < tokens.length && !NUMBER.test(tokens[i]!.raw) && i - labelStart < 6) i++;
    const label = tokens.slice(labelStart, i);
    let end = i;
    while (end < tokens.length && NUMBER.test(tokens[end]!.raw)) end++;
    const run = tokens.slice(i, end);
    if (label.length > 0 && label.some((t) => /\p{L}/u.test(t.raw)) && run.length === width) {
      rows.push({ label, cells: run });
    } else if (run.length > 0 && run.length % (width + 1) === 0 && (label.length === 0 || rows.length === 0)) {
      // Rows labelled by their group's number: "1 12 15,0833 … 2 14 16,2857 …".
      for (let k = 0; k < run.length; k += width + 1) {
        if (!/^\d{1,2}$/u.test(run[k]!.raw)) return rows;
        rows.push({ label: [run[k]!], cells: run.slice(k + 1, k + 1 + width) });
      }
    } else break;
    i = end;
  }
  return rows;
}

export function readSpssDescriptivesRows(text: string, extraction: Extraction): void {
  const meansAt = new Set(extraction.descriptives.map((d) => d.mean.start));
  for (const m of text.matchAll(HEADER)) {
    const minMax = m[1] !== undefined || MIN_MAX_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index!));
    const width = minMax ? 8 : 6;
    const tokens = tokensAfter(text, m.index! + m[0].length, 2000, false);
    for (const row of rowsOf(tokens, width)) {
      const nums = row.cells.map(parse);
      if (nums.some((x) => x === null)) break;
      const [n, mean, sd, se, lower, upper, min, max] = nums as Num[];
      if (n!.decimals > 0 || n!.value < 2 || !(sd!.value > 0) || !(se!.value > 0)) break;
      if (!(lower!.value < upper!.value) || (min && max && min.value > max.value)) break;
      if (meansAt.has(mean!.start)) continue;
      const quoteStart = row.label[0]!.start;
      const last = nums[nums.length - 1]!;
      const place = { start: mean!.start, end: mean!.end, quoteStart, quoteEnd: last.end };
      const report: DescriptiveReport = {
        kind: 'mean',
        label: row.label.map((t) => t.raw).join(' '),
        mean: mean!,
        sd: sd!,
        se: se!,
        n: n!.value,
        min: min ?? null,
        max: max ?? null,
        items: null,
        integerEvidence:
          min && max && min.decimals === 0 && max.decimals === 0 && mean!.decimals > 0
            ? `min ${min.raw}, max ${max.raw}`
            : null,
        itemMeanUnknownCount: false,
        place,
        origin: 'table',
      };
      extraction.descriptives.push(report);
      meansAt.add(mean!.start);
      extraction.estimates.push({
        family: 'mean',
        label: 'Mean',
        value: mean!,
        ci: { level: 95, lower: lower!, upper: upper!, start: lower!.start, end: upper!.end },
        p: null,
        se: se!,
        df: n!.value - 1,
        place,
        origin: 'table',
      });
    }
  }
}
