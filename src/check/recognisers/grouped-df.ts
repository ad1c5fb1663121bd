/**
 * Degrees of freedom printed with thousands grouped ("t = 2.45, df = 1,198, p = .014"). English
 * text groups thousands with a comma, and a df of 1.198 is no df any test prints (a Welch df is
 * written with a point, "df = 45.21"), so in English a df whose digits are grouped by commas in
 * threes is the whole number: read as 1.198, the t had a p of .21 and was flagged as a decision
 * error. Indonesian groups with a point, which English-locale SPSS output in Indonesian text also
 * uses for decimals ("df = 37.845"), so there a df keeps its reading.
 */
import type { Lang, Num } from '../types.ts';

/** The value of a df as printed: `1,198` in English is 1198. */
export function dfValue(num: Num, lang: Lang): number {
  if (lang === 'en' && /^\d{1,3}(?:,\d{3})+$/.test(num.raw)) return Number(num.raw.replace(/,/g, ''));
  return num.value;
}
