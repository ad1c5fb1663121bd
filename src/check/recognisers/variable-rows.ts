/**
 * Characteristics tables pasted flat with no total rows: variable after variable, each category a
 * label, its count and its share ("Jenis kelamin 1. Laki-laki 51 50,5 2. Perempuan 50 49,5
 * Tingkat Pendidikan 1. Tidak tamat SD 20 19,8 2. Tamat SD 36 35,6 …"), the sample size stated once
 * in a header or the methods if at all.
 *
 * A row is a count and a share (one or two decimals, at most 100) right after a word and before
 * the next label. Consecutive rows (at most 120 characters apart) make one variable once their
 * shares add up to 100 within their rounding; the sum of its counts is its total. That total is
 * taken only when another variable within 1,500 characters has the same total (one sample
 * described variable by variable); each share is then held to its count over it.
 */
import type { CountPct, Num, PercentGroup, TableBlock } from '../types.ts';
import { EPS } from '../rounding.ts';
import { parseNum } from './numbers.ts';

// The next label may follow the next variable's number, with or without its dot ("… 51,5 3 Dukungan Informasi").
const ROW = /(?<=\p{L}[^\s\d]*\s+)(\d{1,5})\s+(\d{1,3}[.,]\d{1,2})(?=\s+(?:\d{1,2}\.?\s+)?[^\d\s.,])/gu;
const ROW_GAP = 120;
const NEAR = 1500;

interface Row {
  count: Num;
  share: Num;
}

interface Variable {
  rows: Row[];
  total: number;
  start: number;
  end: number;
}

function padded(n: Num): Num {
  return n.decimals >= 2 && n.raw.endsWith('0') ? { ...n, half: n.half * 10 } : n;
}

export function readVariableRows(text: string, tables: TableBlock[], taken: Set<number>): PercentGroup[] {
  const inTable = (at: number) => tables.some((t) => at >= t.start && at < t.end);
  const variables: Variable[] = [];
  let open: Row[] = [];
  for (const m of text.matchAll(ROW)) {
    const at = m.index!;
    const count = parseNum(m[1]!, at);
    const share = parseNum(m[2]!, at + m[0].indexOf(m[2]!, m[1]!.length));
    if (!count || !share || share.value > 100 || inTable(at) || taken.has(share.start)) {
      open = [];
      continue;
    }
    const last = open[open.length - 1];
    if (last && at - last.share.end > ROW_GAP) open = [];
    open.push({ count, share: padded(share) });
    const sum = open.reduce((s, r) => s + r.share.value, 0);
    const slack = open.reduce((s, r) => s + r.share.half, 0) + EPS;
    if (sum > 100 + slack) {
      // The run began inside another variable: start again at this row.
      open = [{ count, share: padded(share) }];
      continue;
    }
    if (open.length >= 2 && Math.abs(sum - 100) <= slack) {
      const total = open.reduce((s, r) => s + r.count.value, 0);
      if (total > 0) variables.push({ rows: open, total, start: open[0]!.count.start, end: share.end });
      open = [];
    }
  }
  const groups: PercentGroup[] = [];
  variables.forEach((v, i) => {
    const confirmed = variables.some((o, j) => j !== i && o.total === v.total && Math.abs(o.start - v.start) <= NEAR);
    if (!confirmed) return;
    const pairs: CountPct[] = v.rows.map((r) => ({
      count: r.count.value,
      countStart: r.count.start,
      pct: r.share,
      ownTotal: null,
    }));
    groups.push({
      pairs,
      statedTotals: [v.total],
      totalSource: 'table',
      place: { start: v.start, end: v.end, quoteStart: v.start, quoteEnd: v.end },
      para: -1,
    });
  });
  return groups;
}
