/**
 * A percentage column of row shares beside a column of counts, closed by a total row that prints
 * the column's margin (`| Exposure | N (%) | Positive (%) | Negative (%) |` over `| Yes | 169
 * (70.4) | 59 (35.0) | 110 (65.0) |` … `| Total | 240 (100.0) | 74 (30.8) | 166 (69.2) |`): each
 * body cell is a share of its row's N (59/169 = 35.0), the total row's 30.8 is 74 of all 240, and
 * the column's cells add up to nothing (35.0 + 21.2 in one variable, 38.5 + 26.2 in the next). A
 * column of column shares adds up to 100 over each variable's rows and prints 100 on its total
 * row; one that does neither is no column whose total row is the sum of the rows above it.
 *
 * checks/totals.ts leaves such a column's total row unchecked: its body shares add up to 100 in
 * no section of the table, and its total row's share is not 100.
 */
import { EPS } from '../rounding.ts';
import type { Column, LaidRow } from './tables.ts';
import { pctIn } from './tables.ts';

const near100 = (sum: number, slack: number) => Math.abs(sum - 100) <= slack + EPS;

/** Is `col` a column of row shares with a margin on its total row, in a table of these sections? */
export function isRowShareMarginColumn(sections: LaidRow[][], col: Column): boolean {
  const totals = sections.flat().filter((r) => r.kind === 'total' && pctIn(r.values[col.index]));
  const last = totals[totals.length - 1];
  if (!last) return false;
  const margin = pctIn(last.values[col.index])!;
  if (near100(margin.value, margin.half)) return false;
  for (const sec of sections) {
    const shares = sec.filter((r) => r.kind === 'body').flatMap((r) => pctIn(r.values[col.index]) ?? []);
    if (shares.length < 2) continue;
    const sum = shares.reduce((s, p) => s + p.value, 0);
    if (
      near100(
        sum,
        shares.reduce((s, p) => s + p.half, 0),
      )
    )
      return false;
  }
  return true;
}
