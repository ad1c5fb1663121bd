/**
 * SPSS "Descriptive Statistics" output pasted as text, one row after another with single spaces:
 * "N Minimum Maximum Mean Std. Deviation / Rate 50 .0575 .0750 .064500 .0060609 / NPL 50 .00
 * .05 .0247 .01041 / … / Valid N (listwise) 50". The header may also name Range, Sum and Variance
 * (SPSS's optional columns, in its order). Each row is a label and exactly as many numbers as
 * the header has columns; each gives a mean with its n, minimum, maximum and SD, for the
 * descriptives check (the mean within its range, an SD possible for it). Rows end at "Valid N"
 * or at the first label without its numbers; a row whose n is not a whole number, or whose SD is
 * negative, is not one of these.
 */
import type { DescriptiveReport, Extraction } from '../types.ts';
import { parseNum } from './numbers.ts';
import { tokensAfter, type Token } from './flat-test-rows.ts';

type Column = 'n' | 'range' | 'min' | 'max' | 'sum' | 'mean' | 'sd' | 'variance';

// The column names also as Indonesian theses retype them ("N Minimal Maksimal Rata-Rata Std.
// Deviasi"), in SPSS's order.
const HEADER =
  /(?<![\p{L}])N\s+(Range\s+|Rentang\s+)?(?:Minimum|Minimal)\s+(?:Maximum|Maksimum|Maksimal)\s+(Sum\s+|Jumlah\s+)?(?:Mean|Rata[\s-]*rata|Rerata)\s+(?:Std\.?\s*Deviation|Std\.?\s*Deviasi|Standar\s+Deviasi)(\s+Variance|\s+Varians)?(?![\p{L}])(?:\s+(?:Statistic\s+){4,8})?/giu;
const NUMBER = /^[-−–]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/u;

function columns(m: RegExpMatchArray): Column[] {
  const out: Column[] = ['n'];
  if (m[1]) out.push('range');
  out.push('min', 'max');
  if (m[2]) out.push('sum');
  out.push('mean', 'sd');
  if (m[3]) out.push('variance');
  return out;
}

interface Row {
  label: Token[];
  cells: Token[];
}

function rows(tokens: Token[], width: number): Row[] {
  const out: Row[] = [];
  let i = 0;
  while (i < tokens.length) {
    const labelStart = i;
    while (i < tokens.length && !NUMBER.test(tokens[i]!.raw) && i - labelStart < 7) i++;
    const label = tokens.slice(labelStart, i);
    if (label.length === 0 || label.length > 6 || !label.some((t) => /\p{L}/u.test(t.raw))) break;
    if (/^valid$/i.test(label[0]!.raw)) break;
    const cellStart = i;
    while (i < tokens.length && NUMBER.test(tokens[i]!.raw)) i++;
    const cells = tokens.slice(cellStart, i);
    if (cells.length !== width) break;
    out.push({ label, cells });
  }
  return out;
}

export function readFlatDescriptives(text: string, extraction: Extraction): void {
  // The places of the means read so far (a search of all of them for each row was quadratic).
  const meansAt = new Set(extraction.descriptives.map((d) => d.mean.start));
  for (const m of text.matchAll(HEADER)) {
    const cols = columns(m);
    for (const row of rows(tokensAfter(text, m.index! + m[0].length, 3000, true), cols.length)) {
      const cell = (c: Column) => {
        const t = row.cells[cols.indexOf(c)]!;
        return parseNum(t.raw.replace(/^[−–]/, '-'), t.start);
      };
      const [n, min, max, mean, sd] = (['n', 'min', 'max', 'mean', 'sd'] as const).map(cell);
      if (!n || !min || !max || !mean || !sd || n.decimals > 0 || n.value < 1 || sd.value < 0) continue;
      if (meansAt.has(mean.start)) continue;
      const first = row.label[0]!;
      const last = row.cells[row.cells.length - 1]!;
      const report: DescriptiveReport = {
        kind: 'mean',
        label: row.label.map((t) => t.raw).join(' '),
        mean,
        sd,
        se: null,
        n: n.value,
        min,
        max,
        items: null,
        // Whole-number minimum and maximum with a decimal mean suggest integer data, as in tables.
        integerEvidence:
          min.decimals === 0 && max.decimals === 0 && mean.decimals > 0 ? `min ${min.raw}, max ${max.raw}` : null,
        itemMeanUnknownCount: false,
        place: { start: min.start, end: sd.end, quoteStart: first.start, quoteEnd: last.start + last.raw.length },
        origin: 'table',
      };
      extraction.descriptives.push(report);
      meansAt.add(mean.start);
    }
  }
}
