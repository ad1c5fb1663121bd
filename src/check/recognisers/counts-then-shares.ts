/**
 * Univariate tables pasted flat with each variable's cells printed column by column: its
 * categories, then its counts, then its shares ("3 Tingkat Pekerjaan - Bekerja - Tidak Bekerja 20
 * 25 44,4 55,6 4 Tingkat Pendapatan Keluarga - Rendah - Tinggi 17 28 37,8 62,2"). A category with
 * no one may print its share (00,0) and no count.
 *
 * A variable is a run of two or more whole numbers right after a word, then as many shares (one
 * or two decimals, at most 100) as counts, or up to two more when the extra shares are 0, then no
 * further share or run of numbers (the next variable's row number may follow). Its shares must add up to 100 within a point, and the sum of its counts is the
 * total. That total is taken only when another such variable within 1,500 characters has the same
 * total (one sample described variable by variable); each nonzero share, in order, is then held
 * to its count over that total.
 */
import type { CountPct, Num, PercentGroup, TableBlock } from '../types.ts';
import { parseNumberRun } from './numbers.ts';

const RUN =
  /(?<=\p{L}[^\s\d]*\s+)((?:\d{1,5}\s+){2,12})((?:\d{1,3}[.,]\d{1,2}\s+){1,13}\d{1,3}[.,]\d{1,2})(?![\d.,]|\s+\d{1,3}[.,]\d|\s+\d+\s+\d)/gu;
const NEAR = 1500;

interface Run {
  counts: Num[];
  shares: Num[];
  total: number;
  start: number;
  end: number;
}

function padded(n: Num): Num {
  return n.decimals >= 2 && n.raw.endsWith('0') ? { ...n, half: n.half * 10 } : n;
}

function runOf(m: RegExpMatchArray): Run | null {
  const at = m.index!;
  const counts = parseNumberRun(m[1]!, at);
  const shares = parseNumberRun(m[2]!, at + m[1]!.length);
  if (!counts || !shares) return null;
  const nonzero = shares.filter((s) => s.value > 0);
  if (nonzero.length !== counts.length || shares.length > counts.length + 2) return null;
  if (shares.some((s) => s.value > 100) || Math.abs(shares.reduce((s, x) => s + x.value, 0) - 100) > 1) return null;
  const total = counts.reduce((s, c) => s + c.value, 0);
  if (total <= 0 || counts.some((c) => c.value === 0)) return null;
  return { counts, shares: nonzero, total, start: counts[0]!.start, end: shares[shares.length - 1]!.end };
}

export function readCountsThenShares(text: string, tables: TableBlock[], taken: Set<number>): PercentGroup[] {
  const inTable = (at: number) => tables.some((t) => at >= t.start && at < t.end);
  const runs: Run[] = [];
  for (const m of text.matchAll(RUN)) {
    const run = runOf(m);
    if (run && !inTable(run.start) && !run.shares.some((s) => taken.has(s.start))) runs.push(run);
  }
  const groups: PercentGroup[] = [];
  runs.forEach((r, i) => {
    const confirmed = runs.some((o, j) => j !== i && o.total === r.total && Math.abs(o.start - r.start) <= NEAR);
    if (!confirmed) return;
    const pairs: CountPct[] = r.counts.map((c, k) => ({
      count: c.value,
      countStart: c.start,
      pct: padded(r.shares[k]!),
      ownTotal: null,
      apart: true,
    }));
    groups.push({
      pairs,
      statedTotals: [r.total],
      totalSource: 'table',
      place: { start: r.start, end: r.end, quoteStart: r.start, quoteEnd: r.end },
      para: -1,
    });
  });
  return groups;
}
