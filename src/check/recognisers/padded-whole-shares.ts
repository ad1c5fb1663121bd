import type { Num } from '../types.ts';

/**
 * The shares of one table all printed with one decimal that is always 0 ("40 72,0 … 19 40,0 … 2
 * 15,0") are whole per cents padded with ",0", as a word processor's one-decimal number format
 * prints them: each then stands for the interval of a whole per cent (19 of 49 = 38,78 is not
 * "40,0" either way; 10 of 49 = 20,41 is "20,0" padded). Shares printed at one decimal fit their
 * counts to ±0,05, so a table of many shares none of which needs a decimal is padding, unless
 * every count divides its total evenly (n of 20, 50 or 100), where both readings agree. Fewer than
 * three shares are no evidence: two shares adding up to 100 end in ",0" together. One share with
 * another decimal ("20,4") makes every ",0" of the table a real decimal.
 */
export function paddedWholeShares(pcts: readonly Num[]): Num[] {
  if (pcts.length < 3 || !pcts.every((p) => p.decimals === 1 && p.raw.endsWith('0'))) return [...pcts];
  return pcts.map((p) => ({ ...p, decimals: 0, half: 0.5 }));
}
