import type { Num } from '../types.ts';

/**
 * A column of shares printed with two decimals whose second is always 0 (30,50 69,50; 21,90
 * 57,10 21,00) was rounded to one decimal and padded: each value then stands for the interval of
 * one decimal, and a finding says it was checked to one decimal (the value prints as it stood).
 * One value ending in 0 among others that do not (42,30 beside 19,23 and 30,76) is a real second
 * decimal, as printed.
 */
export function paddedColumn(pcts: Num[]): Num[] {
  const two = pcts.filter((p) => p.decimals >= 2);
  if (two.length < 2 || !two.every((p) => p.raw.endsWith('0'))) return pcts;
  return pcts.map((p) => (p.decimals >= 2 ? { ...p, decimals: p.decimals - 1, half: p.half * 10 } : p));
}
