/**
 * Age (and other range) frequency tables whose labels are ranges with their unit or open bounds,
 * the way theses print them: "Kurang dari 25 tahun 32 32 / 26 – 30 tahun 33 33 / … / Lebih dari
 * 45 tahun 2 2 / Jumlah 100 100", or numbered, an empty class included: "No Umur Frekuensi
 * Persentase 1 17-25 2 26-34 10 11,6 3 35-43 34 39,5 4 44-52 30 34,9 5 52 keatas 12 14 Jumlah 86
 * 100". A label is a range ("26 – 30", with a unit such as "tahun"), or a bound ("Kurang dari 25",
 * "< 20", "52 keatas", "45 tahun ke atas", or a bound whose sign the page lost, "50 tahun", its
 * unit printed); the share may be whole, and a qualification may follow
 * it in words ("69-75 8 25 Tuntas").
 *
 * Read back from the total row ("Jumlah/Total N 100"), row by row while rows have that shape,
 * either all numbered — the numbers running down one by one to 1, an empty row (number and label
 * only) allowed — or none, with no number left right before the first row (so no row was cut).
 * Taken only when the counts add up to N and the shares to 100 within their rounding, as for
 * ./range-label-rows.ts, which reads the plain ranges first.
 */
import type { PercentGroup, TableBlock } from '../types.ts';
import { parseNum } from './numbers.ts';
import { type FrequencyRow, readRowsAboveTotals } from './rows-above-totals.ts';

const UNIT_WORD = String.raw`\s*(?:tahun|thn|th|bulan|bln|minggu|hari|jam|kg|cm|orang|jiwa)\b`;
const UNIT = String.raw`(?:${UNIT_WORD})?`;
const LABEL = String.raw`(?:(?:Kurang\s+dari|Lebih\s+dari|Di\s?bawah|Di\s?atas|Sampai|[<>≤≥]\s*=?)\s*\d{1,3}${UNIT}|\d{1,3}\s*[-–]\s*\d{1,3}${UNIT}|\d{1,3}${UNIT}\s*(?:ke\s?atas|keatas|ke\s?bawah|kebawah|atau\s+lebih|lebih)(?![\p{L}])|\d{1,3}${UNIT_WORD})`;
const VALUES = String.raw`\s+(\d{1,5})\s+(\d{1,3}(?:[.,]\d{1,2})?)\s*%?`;
/** A class's qualification printed after its share ("25 Tuntas", "22 Tidak Tuntas"): words only. */
const QUALIFIER = String.raw`(?:\s+\p{L}{3,}){0,3}`;
/** One row at the end of the text before it: label, count, share; or, numbered, its number first. */
const PLAIN_ROW = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(${LABEL})${VALUES}${QUALIFIER}\s*$`, 'iu');
const NUMBERED_ROW = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(\d{1,2})\s+(${LABEL})(?:${VALUES})?\s*$`, 'iu');
const REACH = 600;

/** The rows before `before` (which ends where the total row starts), or null when they do not read so. */
function rowsBack(before: string, from: number, numbered: boolean): FrequencyRow[] | null {
  const rows: FrequencyRow[] = [];
  let rest = before.replace(/\s+$/u, '');
  let expected: number | null = null;
  for (;;) {
    const m = (numbered ? NUMBERED_ROW : PLAIN_ROW).exec(rest);
    if (!m) break;
    const at = from + m.index!;
    const [countRaw, pctRaw] = numbered ? [m[3], m[4]] : [m[2], m[3]];
    if (numbered) {
      const n = Number(m[1]);
      if (expected !== null && n !== expected) return null;
      expected = n - 1;
    }
    if (countRaw !== undefined && pctRaw !== undefined) {
      const countAt = at + m[0].lastIndexOf(countRaw, m[0].lastIndexOf(pctRaw) - 1);
      const count = parseNum(countRaw, countAt);
      const pct = parseNum(pctRaw, at + m[0].lastIndexOf(pctRaw));
      if (!count || !pct) return null;
      rows.unshift({ count, pct, start: at });
    }
    rest = rest.slice(0, m.index!).replace(/\s+$/u, '');
    if (numbered && expected === 0) return rows;
  }
  // Numbered rows must reach 1; plain ones must not stop at a number (a row cut off).
  if (numbered || /\d$/u.test(rest)) return null;
  return rows;
}

export function readBoundedRangeRows(text: string, tables: TableBlock[], taken: Set<number>): PercentGroup[] {
  return readRowsAboveTotals(
    text,
    tables,
    taken,
    REACH,
    (before, from) => rowsBack(before, from, true) ?? rowsBack(before, from, false),
  );
}
