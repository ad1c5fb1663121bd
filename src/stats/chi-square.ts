/**
 * Pearson's χ² test of independence for an r × c table (R: chisq.test(tab, correct =
 * FALSE)): χ² = Σ(O − E)²/E with E = rowTotal·colTotal/n, df = (r − 1)(c − 1).
 * Yates' continuity correction for 2 × 2 (chisq.test(tab)): Σ(|O − E| − min(½, |O − E|))²/E.
 * Likelihood ratio G² = 2ΣO·ln(O/E) over cells with O > 0. Fisher's exact p
 * (fisher.test) for every 2 × 2 table and for larger tables when the network algorithm
 * finishes within its budget; otherwise (n ≤ 5000) a seeded Monte Carlo p (fisher.test(simulate.p.value
 * = TRUE)), flagged in `fisherMonteCarlo` and the note.
 * Rows or columns with a zero total (possible only with declared levels) take no part
 * in the statistics; they stay in `observed` with expected counts of 0.
 */
import { crosstab } from './crosstab.ts';
import { chiSquareUpperTail } from './distributions.ts';
import { fisherExactP } from './fisher-exact.ts';
import { fisherTest, type FisherTestOptions } from './fisher-monte-carlo.ts';
import { failure, joinNotes, type GroupInput, type Level, type StatFailure } from './types.ts';

export interface ChiSquareResult {
  n: number;
  missing: number;
  rowLevels: Level[];
  colLevels: Level[];
  observed: number[][];
  statistic: number;
  df: number;
  p: number;
  expected: number[][];
  minExpected: number;
  cellsBelow5: number;
  cellsBelow5Percent: number;
  yates: { statistic: number; p: number } | null;
  likelihoodRatio: { statistic: number; df: number; p: number };
  fisherP: number | null;
  /** Set when fisherP is a Monte Carlo estimate rather than exact. */
  fisherMonteCarlo: { replicates: number; seed: number; se: number } | null;
  note?: string;
}

export interface ChiSquareOptions {
  rowLevels?: readonly Level[];
  colLevels?: readonly Level[];
  /**
   * Largest n for which an r × c (not 2 × 2) Fisher p is computed at all; default 5000.
   * Beyond it the χ² approximation is excellent and the exact bounds' tables grow with n².
   */
  fisherMaxN?: number;
}

export function chiSquare(
  row: GroupInput,
  col: GroupInput,
  options: ChiSquareOptions = {},
): ChiSquareResult | StatFailure {
  const tab = crosstab(row, col, options.rowLevels, options.colLevels);
  if ('error' in tab) return tab;
  return chiSquareFromTable(tab.counts, {
    rowLevels: tab.rowLevels,
    colLevels: tab.colLevels,
    missing: tab.missing,
    fisherMaxN: options.fisherMaxN,
  });
}

/** The same test on a ready table of counts (rows × columns). */
export function chiSquareFromTable(
  observed: number[][],
  meta: {
    rowLevels?: Level[];
    colLevels?: Level[];
    missing?: number;
    fisherMaxN?: number;
    /** Budget, replicates and seed of the r × c Fisher test. */
    fisher?: FisherTestOptions;
  } = {},
): ChiSquareResult | StatFailure {
  const r = observed.length;
  const c = observed[0]?.length ?? 0;
  const rowLevels = meta.rowLevels ?? observed.map((_, i) => i + 1);
  const colLevels = meta.colLevels ?? (observed[0] ?? []).map((_, j) => j + 1);
  const missing = meta.missing ?? 0;
  const rowTotals = observed.map((row) => row.reduce((a, b) => a + b, 0));
  const colTotals = Array.from({ length: c }, (_, j) => observed.reduce((a, row) => a + row[j]!, 0));
  const n = rowTotals.reduce((a, b) => a + b, 0);
  if (n === 0) return failure('too-few-observations', 'the table has no complete rows', { n, missing });
  const usedRows = rowTotals.filter((t) => t > 0).length;
  const usedCols = colTotals.filter((t) => t > 0).length;
  if (usedRows < 2 || usedCols < 2) {
    const which =
      usedRows < 2 ? `the row variable has only ${usedRows} level` : `the column variable has only ${usedCols} level`;
    return failure('group-levels', `${which} with data; a χ² test needs at least 2 of each`, { n, missing });
  }
  const notes: string[] = [];
  if (usedRows < r || usedCols < c) notes.push('levels without any observation take no part in the test');
  const expected = observed.map((_, i) => colTotals.map((ct) => (rowTotals[i]! * ct) / n));
  let statistic = 0;
  let g2 = 0;
  let minExpected = Infinity;
  let below5 = 0;
  let cells = 0;
  for (let i = 0; i < r; i++) {
    if (rowTotals[i] === 0) continue;
    for (let j = 0; j < c; j++) {
      if (colTotals[j] === 0) continue;
      const e = expected[i]![j]!;
      const o = observed[i]![j]!;
      statistic += ((o - e) * (o - e)) / e;
      if (o > 0) g2 += o * Math.log(o / e);
      if (e < minExpected) minExpected = e;
      if (e < 5) below5++;
      cells++;
    }
  }
  g2 *= 2;
  const df = (usedRows - 1) * (usedCols - 1);
  let yates: ChiSquareResult['yates'] = null;
  if (usedRows === 2 && usedCols === 2) {
    let s = 0;
    for (let i = 0; i < r; i++) {
      if (rowTotals[i] === 0) continue;
      for (let j = 0; j < c; j++) {
        if (colTotals[j] === 0) continue;
        const diff = Math.abs(observed[i]![j]! - expected[i]![j]!);
        const corrected = diff - Math.min(0.5, diff);
        s += (corrected * corrected) / expected[i]![j]!;
      }
    }
    yates = { statistic: s, p: chiSquareUpperTail(s, 1) };
  }
  const fisherMaxN = meta.fisherMaxN ?? 5000;
  let fisherP: number | null = null;
  let fisherMonteCarlo: ChiSquareResult['fisherMonteCarlo'] = null;
  if (usedRows === 2 && usedCols === 2) fisherP = fisherExactP(observed, { maxWork: Infinity });
  else if (n <= fisherMaxN) {
    const f = fisherTest(observed, meta.fisher);
    fisherP = f.p;
    if (f.method === 'monte-carlo') {
      fisherMonteCarlo = { replicates: f.replicates!, seed: f.seed!, se: f.se! };
      notes.push(
        `Fisher’s p is a Monte Carlo estimate (${f.replicates} tables, seed ${f.seed}, SE ${f.se!.toPrecision(2)}): the table has too many arrangements for the exact sum`,
      );
    }
  } else notes.push(`Fisher’s exact p is computed for r × c tables only when n ≤ ${fisherMaxN}`);
  const out: ChiSquareResult = {
    n,
    missing,
    rowLevels,
    colLevels,
    observed: observed.map((row) => row.slice()),
    statistic,
    df,
    p: chiSquareUpperTail(statistic, df),
    expected,
    minExpected,
    cellsBelow5: below5,
    cellsBelow5Percent: (100 * below5) / cells,
    yates,
    likelihoodRatio: { statistic: g2, df, p: chiSquareUpperTail(g2, df) },
    fisherP,
    fisherMonteCarlo,
  };
  const note = joinNotes(notes);
  if (note) out.note = note;
  return out;
}
