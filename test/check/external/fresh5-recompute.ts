/**
 * The independent recomputation behind the hand annotation of the fifth held-out corpus,
 * fresh5-id.yaml and fresh5-en.yaml: jStat directly (not naskah's src/stats), so that the
 * annotation does not inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh5-recompute.ts
 */
import { g, jStat, pChi, pct, pT, pZ, show } from './recompute-helpers.ts';

/** Woolf (log) interval of the odds ratio a·d / (b·c) of a 2×2 table. */
const woolf = (a: number, b: number, c: number, d: number) => {
  const or = (a * d) / (b * c);
  const se = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
  return [or, Math.exp(Math.log(or) - 1.959964 * se), Math.exp(Math.log(or) + 1.959964 * se)];
};
/** Pearson χ² of a 2×2 table, uncorrected and with Yates' correction, and their p. */
const chi2x2 = (a: number, b: number, c: number, d: number) => {
  const n = a + b + c + d;
  const den = (a + b) * (c + d) * (a + c) * (b + d);
  const x = (n * (a * d - b * c) ** 2) / den;
  const y = (n * Math.max(0, Math.abs(a * d - b * c) - n / 2) ** 2) / den;
  return [x, pChi(x, 1), y, pChi(y, 1)];
};
/**
 * For a ratio with 95% interval [lo, hi] as printed: the geometric centre and the two-sided
 * p of the ratio, each as the range covered by the rounding intervals of the three printed
 * values (half a unit in the last printed digit: h for the estimate, hb for the bounds).
 */
const ratioCheck = (est: number, lo: number, hi: number, h: number, hb = h) => {
  const centres = [Math.sqrt((lo - hb) * (hi - hb)), Math.sqrt((lo + hb) * (hi + hb))];
  const ps: number[] = [];
  for (const e of [est - h, est + h])
    for (const l of [lo - hb, lo + hb])
      for (const u of [hi - hb, hi + hb]) {
        const se = (Math.log(u) - Math.log(l)) / (2 * 1.959964);
        ps.push(pZ(Math.log(e) / se));
      }
  return [`centre ${g(centres[0]!)}–${g(centres[1]!)}`, `p ${g(Math.min(...ps))}–${g(Math.max(...ps))}`];
};
/** Each count's share of the total, in per cent to three decimals. */
const shares = (total: number, counts: number[]) => counts.map((c) => pct(c, total));
/** p of χ² over the rounding interval of a printed value (half a unit h). */
const pChiRange = (x: number, df: number, h: number) => [pChi(x + h, df), pChi(x, df), pChi(Math.max(0, x - h), df)];
/** p of t over the rounding interval of a printed value (half a unit h). */
const pTRange = (t: number, df: number, h: number) => [pT(t + h, df), pT(t, df), pT(Math.max(0, t - h), df)];

console.log('— fresh5-id.yaml —');
