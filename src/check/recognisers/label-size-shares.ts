/**
 * Table rows that state their own size before their count (share) cells: in the label, "3 LTC N =
 * 43,120 | 1155 (2.67%) | 2.04 (1.89–2.21) |" (1155 deaths among the 43,120 people of that row),
 * or in the cell just before, under "Total n Deceased n (%)": "0.15–0.21 211 160 (76) 1.51
 * (1.23–1.84)". Each such share is of its row's size. A table whose shares are of something else
 * (column shares, a rate per person-years) would miss those sizes by far, so the reading is taken
 * only on the table's own evidence: three rows or more, one under the other (up to three rows of
 * other kinds, a heading or a blank row, may stand between), and either two thirds of the shares
 * within their rounding (a misprint spoils one), or every share within one unit of its last digit
 * of count/size and half of them within their rounding (a table of shares cut rather than rounded,
 * 2.679 printed 2.67). Each share is then held to its row's size, within its rounding only.
 */
import { matches } from '../checks/percentages.ts';
import type { CountPct, PercentGroup } from '../types.ts';
import { isProse, type PairToken, type PublishedRow } from './published-rows.ts';

const MIN_ROWS = 3;
/** Rows of other kinds (a variable's heading, a blank row) that may stand between two such rows. */
const MAX_GAP = 3;
/** The row's size in its label: "N = 43,120", "n=120", "(n = 1 204)". */
const SIZE = /(?<![\p{L}\p{N}])[Nn]\s*=\s*(\d{1,3}(?:[, ]\d{3})+|\d+)(?![\d.,]*\d)/gu;

interface Candidate {
  row: PublishedRow;
  n: number;
  /** The size is stated in the label ("N = 43,120"), or is the row's Total cell. */
  source: 'stated' | 'row';
  pairs: PairToken[];
}

function candidateOf(text: string, row: PublishedRow): Candidate | null {
  if (isProse(row)) return null;
  const first = row.tokens.findIndex((t) => t.kind === 'pair');
  if (first < 0) return null;
  const pairs = row.tokens.filter((t): t is PairToken => t.kind === 'pair');
  const sizes = [...text.slice(row.start, pairs[0]!.start).matchAll(SIZE)];
  const before = row.tokens[first - 1];
  let n: number;
  let source: Candidate['source'] = 'stated';
  if (sizes.length === 1) n = Number(sizes[0]![1]!.replace(/[, ]/g, ''));
  else if (sizes.length === 0 && before?.kind === 'num' && before.op === '=' && before.num.decimals === 0) {
    n = before.num.value;
    source = 'row';
  } else return null;
  if (!(n > 0) || pairs.some((p) => p.count > n)) return null;
  return { row, n, source, pairs };
}

/** Within one unit of the share's last digit of count/N. */
const near = (count: number, n: number, p: PairToken) =>
  Math.abs((100 * count) / n - p.pct.value) <= 2 * p.pct.half + 1e-9;

function groupsOf(run: Candidate[]): PercentGroup[] {
  const all = run.flatMap((c) => c.pairs.map((p) => ({ c, p })));
  const fit = all.filter(({ c, p }) => matches(p.count, c.n, p.pct)).length;
  const cut = all.every(({ c, p }) => near(p.count, c.n, p)) && 2 * fit >= all.length;
  if (!cut && 3 * fit < 2 * all.length) return [];
  return run.map((c) => ({
    pairs: c.pairs.map((p): CountPct => ({ count: p.count, countStart: p.countStart, pct: p.pct, ownTotal: null })),
    statedTotals: [c.n],
    totalSource: c.source,
    place: {
      start: c.pairs[0]!.start,
      end: c.pairs[c.pairs.length - 1]!.end,
      quoteStart: c.row.start,
      quoteEnd: c.row.end,
    },
    para: -1,
  }));
}

export function readLabelSizeShares(text: string, rows: PublishedRow[], taken: Set<number>): PercentGroup[] {
  const out: PercentGroup[] = [];
  let run: Candidate[] = [];
  let gap = 0;
  const close = () => {
    if (run.length >= MIN_ROWS) out.push(...groupsOf(run));
    run = [];
    gap = 0;
  };
  for (const row of rows) {
    const c = candidateOf(text, row);
    if (!c || c.pairs.some((p) => taken.has(p.pct.start))) {
      if (++gap > MAX_GAP) close();
      continue;
    }
    run.push(c);
    gap = 0;
  }
  close();
  return out;
}

/**
 * The groups read so far with these rows' shares taken out of any reading that found no one total
 * for them (a sentence reading of the whole table, its several "N =" all stated totals), and the
 * rows' own groups. A reading with one total keeps its cells.
 */
export function withLabelSizeShares(
  text: string,
  rows: PublishedRow[],
  groups: PercentGroup[],
): { groups: PercentGroup[]; read: PercentGroup[] } {
  const resolved = new Set(
    groups.filter((g) => g.totalSource || g.statedTotals.length === 1).flatMap((g) => g.pairs.map((p) => p.pct.start)),
  );
  const read = readLabelSizeShares(text, rows, resolved);
  if (read.length === 0) return { groups, read };
  const mine = new Set(read.flatMap((g) => g.pairs.map((p) => p.pct.start)));
  return {
    groups: groups
      .map((g) => ({ ...g, pairs: g.pairs.filter((p) => !mine.has(p.pct.start)) }))
      .filter((g) => g.pairs.length > 0),
    read,
  };
}
