/**
 * A count of zero printed bare, without its share, in a row of count (percentage) cells
 * (`Tertiary | 0 | 3 (1.7) | 3 (0.8)`, one cell a line as `Tertiary`, `0`, `3(1.7)`, `3(0.8)`):
 * the zero holds a column, so the row's pairs stand one column to the right of where their order
 * among the row's pairs puts them. Read by that order, the cases' 3 (1.7) falls in the controls'
 * column and the total's 3 (0.8) in the cases', where a column's group size (180 cases) makes the
 * total's share look misprinted (3/180 = 1.7, not 0.8).
 *
 * row-shares.ts reads such a row with a stand-in pair `0 (0.0)` in the zero's column, as a table
 * that prints every cell would have it: the pairs after it keep their columns, and the zero counts
 * in its column's block as it should. The stand-ins are no reported statistic: they are dropped
 * from what the reader returns.
 *
 * Only a zero after a worded label is taken for a cell: a row whose first cell is 0 with no words
 * before it is a numeric category (`0 | 12 (10.0) | 15 (12.5)`, none of a count), and it keeps its
 * place. And only in a row with fewer pairs than the table's widest row, which the zeros fill.
 */
import type { PercentGroup } from '../types.ts';
import type { PairToken, PublishedRow, RowToken } from './published-rows.ts';

const WORDED = /\p{L}/u;

const standIns = new WeakSet<PairToken['pct']>();

const isBareZero = (t: RowToken): t is Extract<RowToken, { kind: 'num' }> =>
  t.kind === 'num' && t.op === '=' && t.num.decimals === 0 && t.num.value === 0;

/**
 * A table cell that is a count of zero printed bare (`| 0 |` in a column of `n (%)` cells): it
 * leaves the column one of counts with percentages (./tables.ts), rather than a column of no
 * known kind, which would make the next column the table's first and the table look grouped
 * (each row a section of its own, every total row then held to the last row alone).
 */
export function isBareZeroCell(text: string): boolean {
  return /^\s*0\s*$/.test(text);
}

/** The rows of one table whose pairs a bare zero cell before or between them shifts, each with its pairs and stand-ins in column order. */
export function zeroCountCells(
  table: PublishedRow[],
  pairsOf: Map<PublishedRow, PairToken[]>,
): { row: PublishedRow; pairs: PairToken[] }[] {
  const width = Math.max(0, ...table.map((r) => pairsOf.get(r)?.length ?? 0));
  const out: { row: PublishedRow; pairs: PairToken[] }[] = [];
  for (const row of table) {
    const pairs = pairsOf.get(row);
    if (!pairs || pairs.length >= width || !WORDED.test(row.label)) continue;
    const last = row.tokens.indexOf(pairs[pairs.length - 1]!);
    const cells: PairToken[] = [];
    let zeros = 0;
    for (const t of row.tokens.slice(0, last + 1)) {
      if (t.kind === 'pair' && pairs.includes(t)) cells.push(t);
      else if (isBareZero(t) && cells.length + 1 <= width) {
        zeros++;
        const pct = { value: 0, decimals: 1, half: 0.05, raw: '0.0', start: t.start, end: t.end };
        standIns.add(pct);
        cells.push({ kind: 'pair', count: 0, countStart: t.start, pct, hasSign: false, start: t.start, end: t.end });
      }
    }
    if (zeros > 0 && pairs.length + zeros <= width) out.push({ row, pairs: cells });
  }
  return out;
}

/** The groups without the stand-ins of zero cells (none is a printed share). */
export function withoutZeroStandIns(groups: PercentGroup[]): PercentGroup[] {
  return groups
    .map((g) =>
      g.pairs.some((p) => standIns.has(p.pct)) ? { ...g, pairs: g.pairs.filter((p) => !standIns.has(p.pct)) } : g,
    )
    .filter((g) => g.pairs.length > 0);
}
