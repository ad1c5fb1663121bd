/**
 * Count (percentage) cells printed straight after the cell before them, with no space
 * ("1130 (46)27451 (40)"), may have swallowed a cell in between: there a "% depressed" column's
 * 27 ran into the next group's count 451. The digits cannot be split by reading them. A column
 * block of such cells whose shares do not fit its counts as printed, but do fit them once the
 * leading one or two digits of each glued count are taken for a lost cell (451 and 685: 39.7%
 * and 60.3%, printed 40 and 60), has two readings, and naskah checks neither.
 */
import { matches } from '../checks/percentages.ts';
import type { Num } from '../types.ts';

interface GluedCell {
  count: number;
  countStart: number;
  pct: Num;
}

const isGlued = (text: string, c: GluedCell) => /[)\]]/.test(text[c.countStart - 1] ?? '');

const fits = (counts: number[], pcts: Num[]): boolean => {
  const total = counts.reduce((s, c) => s + c, 0);
  return counts.every((c, i) => matches(c, total, pcts[i]!));
};

/** Whether a column block of glued cells also reads as counts behind lost cells of one or two digits. */
export function gluedBlockIsAmbiguous(text: string, block: GluedCell[]): boolean {
  if (!block.some((c) => isGlued(text, c))) return false;
  const pcts = block.map((c) => c.pct);
  if (
    fits(
      block.map((c) => c.count),
      pcts,
    )
  )
    return false;
  for (const lost of [1, 2]) {
    const counts = block.map((c) => {
      const digits = String(c.count);
      return isGlued(text, c) && digits.length > lost ? Number(digits.slice(lost)) : c.count;
    });
    if (fits(counts, pcts)) return true;
  }
  return false;
}
