/**
 * Prose that retells a cross table's column shares next to a row's total: "Tabel 4.13 … Ya
 * Tidak 2 27 6,9 93,1 16 95 14,4 85,6 … dari 18 responden dengan kebiasaan merokok … sebanyak 2
 * orang 6,9 ada terjadi penularan". The 6,9 is 2 of the column's 29 (2 + 27), copied from the
 * table, not 2 of the 18 the sentence names; against 18 it would be flagged though nothing is
 * wrong. Such a share is dropped when the text before it holds a column printed as its counts
 * and then their shares (which add up to 100), with the same count and the same printed share
 * at the same place, and the count over the column's total rounds to that share. A share that
 * fits neither total is still flagged.
 */
// Not recognisers/other-total-shares.ts: this also drops a lone share or one with a % sign, but only when a column printed before it holds it; that one needs no table.
import type { Located } from './check.ts';

/** The printed share a percentages finding ends at, and its count: "2 orang 6,9". */
const COUNT_WORDS_SHARE = /^(\d+)\s+\p{L}[\p{L}\s]*?\s\(?(\d+(?:[.,]\d+)?)\s*%?\s*\)?\s*$/u;
/** How far back the table may be printed. */
const REACH = 3000;
const NUMBER = /(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)?(?![\p{L}\p{N}]|[.,]\d)/gu;

interface Token {
  raw: string;
  start: number;
  end: number;
}

/** Runs of numbers separated by nothing but spaces. */
function numberRuns(text: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const t = { raw: m[0], start: m.index!, end: m.index! + m[0].length };
    const last = run[run.length - 1];
    if (last && !/^\s+$/u.test(text.slice(last.end, t.start))) {
      runs.push(run);
      run = [];
    }
    run.push(t);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

const decimalsOf = (raw: string) => raw.split(/[.,]/)[1]?.length ?? 0;
const shareValue = (raw: string) => Number(raw.replace(',', '.'));

/** Whether some column of the runs prints `count` with `share` at the same place, as count of the column's total. */
function columnShows(runs: Token[][], count: string, share: string): boolean {
  const places = decimalsOf(share);
  if (places === 0) return false;
  const half = 0.5 * 10 ** -places + 1e-9;
  for (const run of runs)
    for (let k = 2; k <= 6; k++)
      for (let i = 0; i + 2 * k <= run.length; i++) {
        const counts = run.slice(i, i + k).map((t) => t.raw);
        const shares = run.slice(i + k, i + 2 * k).map((t) => t.raw);
        if (counts.some((c) => decimalsOf(c) > 0) || shares.some((s) => decimalsOf(s) === 0)) continue;
        const sum = shares.reduce((a, s) => a + shareValue(s), 0);
        if (Math.abs(sum - 100) > 0.1 * k) continue;
        const total = counts.reduce((a, c) => a + Number(c), 0);
        const j = counts.indexOf(count);
        if (j < 0 || shares[j] !== share || total === 0) continue;
        if (Math.abs((100 * Number(count)) / total - shareValue(share)) <= half) return true;
      }
  return false;
}

export function withoutTableRestatedShares(text: string, located: Located[]): Located[] {
  return located.filter(({ finding: f }) => {
    if (f.check !== 'percentages' || f.verdict !== 'inconsistent') return true;
    const told = COUNT_WORDS_SHARE.exec(text.slice(f.start, f.end));
    if (!told) return true;
    const from = Math.max(0, f.start - REACH);
    return !columnShows(numberRuns(text.slice(from, f.start)), told[1]!, told[2]!);
  });
}
