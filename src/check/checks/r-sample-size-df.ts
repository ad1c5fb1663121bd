/**
 * "r (152) = ,157, p >.053" in an abstract whose participants are 152: the bracket after r holds
 * the sample size, not the degrees of freedom (n − 2 = 150), as many Indonesian abstracts print
 * it. When the bracket of a correlation is a number of people the same text states ("152
 * mahasiswa", "N = 152", "sampel sebanyak 152 orang") and the reported p agrees with df = n − 2
 * though not with the bracket read as df, the p is right and the bracket is misprinted: a
 * reporting issue, not an inconsistent p. A p that agrees with neither stays inconsistent.
 */
import type { Place, PReport, TestReport } from '../types.ts';
import { makeFinding, type CheckContext, type Located } from './check.ts';
import { allowedRange, pFits, statText } from './p-from-statistic.ts';
import { absInterval } from '../rounding.ts';

const PEOPLE = String.raw`(?:orang|responden|respondents?|people|participants?|partisipan|peserta|subjek|subyek|subjects?|pasien|patients?|siswa|students?|mahasiswa|pegawai|karyawan|employees|perawat|nurses|individuals?|individu|sampel|samples?)`;

/** Whether the text states n as a number of people: "152 mahasiswa", "N = 152", "sample of 152". */
function statesSampleSize(text: string, n: number): boolean {
  const k = String(n);
  return (
    new RegExp(String.raw`(?<![\p{N}.,])${k}\s+(?:orang\s+)?${PEOPLE}\b`, 'iu').test(text) ||
    new RegExp(String.raw`\b[Nn]\s*=\s*${k}(?![\p{N}]|[.,]\d)`, 'u').test(text) ||
    new RegExp(
      String.raw`\b(?:sample|sampel)\s+(?:size\s+)?(?:of|sebanyak|berjumlah|sejumlah)\s+${k}(?![\p{N}]|[.,]\d)`,
      'iu',
    ).test(text)
  );
}

/** The reporting issue of an r whose bracket is the stated sample size, or null when it is not that. */
export function rBracketIsSampleSize(
  ctx: CheckContext,
  t: TestReport,
  p: PReport,
  at: Place,
  reported: string,
): Located | null {
  if (t.kind !== 'r' || t.df?.length !== 1) return null;
  const n = t.df[0]!;
  if (!Number.isInteger(n) || n < 4) return null;
  if (!statesSampleSize(ctx.source.text, n)) return null;
  const df = [n - 2];
  const range = allowedRange(t, df);
  if (!pFits(range, p)) return null;
  const stat = statText(ctx, { ...t, df }, absInterval(t.value));
  return makeFinding(
    ctx,
    'p-value',
    'reporting-issue',
    at,
    reported,
    ctx.m.pRecomputed(range[0], range[1], 'two', stat),
    ctx.m.pRBracketIsSampleSize(n, n - 2, `${t.label} = ${t.value.raw}`),
  );
}
