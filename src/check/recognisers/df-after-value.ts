/**
 * Degrees of freedom printed after the statistic's value in brackets: "F=7.34 [df](2, 102),
 * p<0.001", "F = 5.40, df (2, 98)", "t = 2.10, df (40)". The statement reader takes a df written
 * apart only as "df = 98"; a df in a parenthesis right after the value (within the same clause,
 * before the p) is the test's own. F needs both df, t, r and χ² one.
 */
import type { Extraction } from '../types.ts';

const DF_AFTER = /^\s*,?\s*(?:\[\s*df\s*\]|\(\s*df\s*\)|df)\s*[([]\s*(\d+)\s*(?:[,;]\s*(\d+)\s*)?[)\]]/iu;

export function readDfAfterValue(text: string, extraction: Extraction): void {
  for (const t of extraction.tests) {
    if (t.df !== null || t.origin !== 'text') continue;
    const m = DF_AFTER.exec(text.slice(t.value.end, t.value.end + 40));
    if (!m) continue;
    const df = [Number(m[1]), ...(m[2] === undefined ? [] : [Number(m[2])])];
    if (df.some((d) => !(d >= 1))) continue;
    if (t.kind === 'F' ? df.length === 2 : df.length === 1 && t.kind !== 'z') t.df = df;
  }
}
