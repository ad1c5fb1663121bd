/**
 * Frequency rows numbered without a dot, empty categories printed as dashes — the commonest way a
 * thesis's "No | Kategori | Jumlah | Persentase" table arrives flattened: "1 Tidak Sekolah 5 12,5
 * 2 SD 33 82,5 3 SLTP - - 4 SLTA 2 5,0 5 Lain - - Total 40 100,0". The dashes are skipped, so an
 * empty row is its number and label only.
 *
 * Read back from the total row: each row a number, a label (words) and, unless it is empty, a
 * count and a percentage; the numbers must run down one by one to 1, so every row up to the
 * table's first is accounted for — the proof that a row number was not taken for a count, nor a
 * count for a row number. The caller still takes the rows only when their counts add up to the
 * total row's N. Only rows run together on one line are read so: a table of one row a line is
 * read by the line tables' reader, which also checks its total row.
 */
import type { FlatRow, FlatTok } from './flat-table-tokens.ts';

const startOf = (t: FlatTok | undefined): number => (t === undefined ? 0 : t.kind === 'num' ? t.num.start : t.start);
const isWhole = (t: FlatTok | undefined) => t?.kind === 'num' && t.integer;

/** Rows read backwards from token `i` (the last token before the total row), numbered down to 1. */
export function numberedRowsBefore(text: string, toks: FlatTok[], i: number): FlatRow[] {
  const rows: FlatRow[] = [];
  let j = i;
  let expected: number | null = null;
  // A dash before a digit is a token of its own; an empty row's dashes are no part of it.
  const isDash = (t: FlatTok | undefined) => t?.kind === 'break' && /^[-–]$/u.test(text.slice(t.start, t.end));
  for (;;) {
    while (isDash(toks[j])) j--;
    // The row's values, unless it is empty: count [unit] pct [%].
    let k = j;
    if (toks[k]?.kind === 'pct') k--;
    const pct = toks[k];
    let count = toks[k - 1];
    let unitSkipped = false;
    if (count?.kind === 'unit') {
      count = toks[k - 2];
      unitSkipped = true;
    }
    if (pct?.kind === 'num' && count?.kind === 'num' && count.integer) {
      rows.unshift({ count: count.num, pct: pct.num });
      j = k - (unitSkipped ? 3 : 2);
    }
    // The label: at least one word.
    if (toks[j]?.kind !== 'word') return [];
    while (toks[j]?.kind === 'word') j--;
    // The row's number, one less than the row after it's.
    const number = toks[j];
    if (!isWhole(number) || number?.kind !== 'num') return [];
    if (expected !== null && number.num.value !== expected) return [];
    // A table one row a line is the line tables' reader's (it also checks the total row).
    if (number.num.value === 1) return text.slice(number.num.start, startOf(toks[i])).includes('\n') ? [] : rows;
    expected = number.num.value - 1;
    if (expected < 1) return [];
    j--;
  }
}
