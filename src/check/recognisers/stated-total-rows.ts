/**
 * The total row a table that lost its layout prints after its shares: "Kawin 2. Tidak kawin 41 6
 * 87.2 12.8 Total 100 100", "Kecil 1 50,0 Menengah 1 50,0 Besar 0,0 Total 3 100,0". Read after
 * a group of count–share pairs read from such a table (`totalSource` 'table') whose shares add up
 * to 100 within their rounding, so that no row is missing from the group; between them only
 * labels and empty categories ("Tamat SMP 0,0"). The row's count must be the sum of the group's
 * counts.
 */
import type { Num, PercentGroup, Place } from '../types.ts';
import { parseNum } from './numbers.ts';

export interface StatedTotalRow {
  /** The sum of the group's counts. */
  sum: number;
  /** The count the total row prints. */
  stated: Num;
  place: Place;
}

/** How far after the group's last share its total row may start. */
const REACH = 100;
/**
 * Labels and empty categories, then the total row: a word, a number that begins a label ("7
 * anggota keluarga") or a zero share, any number of times, then "Total|Jumlah N 100".
 */
const TOTAL_AFTER =
  /^(?:\s+(?:[^\d\s]+|\d+(?:[-–]\d+)?(?=\s+\p{L})|0+[.,]0+(?![\d.,])))*?\s+(?:Total|Jumlah)\s+(\d{1,6})\s+100(?:[.,]0{1,2})?\s*%?(?![\d]|[.,]\d)/u;

export function readStatedTotalRows(text: string, groups: PercentGroup[]): StatedTotalRow[] {
  const out: StatedTotalRow[] = [];
  for (const g of groups) {
    if (g.totalSource !== 'table' || g.pairs.length < 2) continue;
    const shares = g.pairs.reduce((s, p) => s + p.pct.value, 0);
    const slack = g.pairs.reduce((s, p) => s + p.pct.half, 0);
    if (Math.abs(shares - 100) > slack + 1e-9) continue;
    const after = text.slice(g.place.end, g.place.end + REACH);
    const m = TOTAL_AFTER.exec(after);
    if (!m) continue;
    const rowStart = g.place.end + m[0].search(/(?:Total|Jumlah)\s+\d/u);
    const stated = parseNum(m[1]!, g.place.end + m[0].lastIndexOf(m[1]!, m[0].search(/100(?:[.,]0{1,2})?\s*%?$/u)));
    if (!stated) continue;
    const end = g.place.end + m[0].length;
    out.push({
      sum: g.pairs.reduce((s, p) => s + p.count, 0),
      stated,
      place: { start: rowStart, end, quoteStart: rowStart, quoteEnd: end },
    });
  }
  return out;
}
