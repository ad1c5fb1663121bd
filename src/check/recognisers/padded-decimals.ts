import type { Num } from '../types.ts';
import { paddedWholeShares } from './padded-whole-shares.ts';

/**
 * A column of shares printed with two decimals whose second is always 0 (30,50 69,50; 21,90
 * 57,10 21,00) was rounded to one decimal and padded: each value then stands for the interval of
 * one decimal, and a finding says it was checked to one decimal (the value prints as it stood).
 * One value ending in 0 among others that do not (42,30 beside 19,23 and 30,76) is a real second
 * decimal, as printed. Two values are taken as padded too, although two shares adding up to 100
 * end in 0 together: Indonesian theses print Excel's one-decimal shares at two decimals so often
 * (fresh6-id, fresh9-id) that reading "67,60" at two decimals raised false alarms there.
 * Three or more shares all printed with one decimal 0 are whole per cents (./padded-whole-shares.ts).
 */
export function paddedColumn(pcts: Num[]): Num[] {
  const two = pcts.filter((p) => p.decimals >= 2);
  if (two.length < 2 || !two.every((p) => p.raw.endsWith('0'))) return paddedWholeShares(pcts);
  return pcts.map((p) => (p.decimals >= 2 ? { ...p, decimals: p.decimals - 1, half: p.half * 10 } : p));
}

/**
 * A list of shares adding up to 100 whose every value ends in a 0 at its last decimal (96.0,
 * 3.0 and 1.0; 60,00, 30,00 and 10,00) may be whole or one-decimal per cents padded, as a share
 * of a stated n may be (53,60 for 53,6): each value then stands for the interval of one decimal
 * fewer. One value with a last decimal other than 0 makes every 0 in the list a real decimal.
 * Two shares are no evidence: when they add up to 100, one ends in 0 exactly when the other
 * does, so "96.0 and 4.0" is read at the decimal printed (613/639 = 95.93 is not 96.0).
 */
export function paddedList(pcts: Num[]): Num[] {
  if (pcts.length < 3 || !pcts.every((p) => p.decimals >= 1 && p.raw.endsWith('0'))) return pcts;
  return pcts.map((p) => ({ ...p, decimals: p.decimals - 1, half: p.half * 10 }));
}
