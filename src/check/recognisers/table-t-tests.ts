/**
 * The t test a table row reports: t with its one df, printed as equal to its value, and its p.
 * Shared by the recognisers of t-test tables (spss-t-test-lines.ts, two-group-t-rows.ts).
 */
import type { Num, Place, PReport, Tails, TestReport } from '../types.ts';

export function tableTTest(t: Num, df: number, p: PReport, tails: Tails, place: Place): TestReport {
  return { kind: 't', label: 't', op: '=', value: t, df: [df], p, tails, place, origin: 'table' };
}
