/**
 * The t test a table row reports: t with its one df, printed as equal to its value, and its p.
 * Shared by the recognisers of t-test and coefficient tables (spss-t-test-lines.ts,
 * two-group-t-rows.ts, eviews-output.ts …); its df is `null` where the table does not give it.
 */
import type { Num, Place, PReport, Tails, TestReport } from '../types.ts';

/** A p a table prints as a bare value, read as equal to it. */
export function equalP(p: Num): PReport {
  return { op: '=', num: p, oneTailedLabel: false, start: p.start, end: p.end };
}

export function tableTTest(t: Num, df: number | null, p: PReport, tails: Tails, place: Place): TestReport {
  return { kind: 't', label: 't', op: '=', value: t, df: df === null ? null : [df], p, tails, place, origin: 'table' };
}
