/**
 * The jStat functions the corpora's independent recomputations share (fresh2-, dev4-, dev5-,
 * dev6- and fresh3-recompute.ts): p-values straight from jStat's distributions, never from
 * naskah's src/stats, so that an annotation does not inherit naskah's arithmetic.
 */
import jstatPkg from 'jstat';

export const { jStat } = jstatPkg;

/** Two-tailed p of t with df degrees of freedom. */
export const pT = (t: number, df: number) => 2 * (1 - jStat.studentt.cdf(Math.abs(t), df));
export const pF = (f: number, df1: number, df2: number) => 1 - jStat.centralF.cdf(f, df1, df2);
export const pChi = (x: number, df: number) => 1 - jStat.chisquare.cdf(x, df);
/** Two-tailed p of a standard normal z. */
export const pZ = (z: number) => 2 * (1 - jStat.normal.cdf(Math.abs(z), 0, 1));
/** Two-tailed p of Pearson's r for n cases. */
export const pR = (r: number, n: number) => pT(r * Math.sqrt((n - 2) / (1 - r * r)), n - 2);
/** count/total in per cent, to three decimals. */
export const pct = (count: number, total: number) => ((100 * count) / total).toFixed(3);
export const g = (x: number) => x.toPrecision(4);
export const mean = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;
/** One line of recomputed values: numbers to four significant digits. */
export const show = (label: string, values: (string | number)[]) =>
  console.log(`${label}: ${values.map((v) => (typeof v === 'number' ? g(v) : v)).join(', ')}`);
