/**
 * The independent recomputation behind the hand annotation of the fresh7-id held-out corpus,
 * fresh7-id.yaml: jStat directly (not naskah's src/stats), so that the annotation does not
 * inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh7-id-recompute.ts
 */
import { jStat, pct, pR, pT, show } from './recompute-helpers.ts';

/** Each count's share of the total, in per cent to three decimals. */
const shares = (total: number, counts: number[]) => counts.map((c) => pct(c, total));
/** Two-tailed p of Pearson's r over the rounding interval of a printed r (half a unit h). */
const pRRange = (r: number, n: number, h: number) => [pR(Math.min(0.999999, r + h), n), pR(Math.max(0, r - h), n)];
/** Critical t at alpha, two-tailed and one-tailed. */
const tCrit = (df: number, alpha = 0.05) => [jStat.studentt.inv(1 - alpha / 2, df), jStat.studentt.inv(1 - alpha, df)];

console.log('— fresh7-id.yaml —');
show('edamame pendidikan 5, 33, 2 of 40', shares(40, [5, 33, 2]));
show('edamame pendapatan 38, 1, 1 of 40; 39 of 40 (count not printed)', shares(40, [38, 1, 1, 39]));
show('petani umur 3, 6, 7, 9, 5, 5, 3, 1, 1 of 40 (sum)', [
  ...shares(40, [3, 6, 7, 9, 5, 5, 3, 1, 1]),
  3 + 6 + 7 + 9 + 5 + 5 + 3 + 1 + 1,
]);
show('kemampuan t tabel t(48) two-/one-tailed', tCrit(48));
show('kemampuan p of t(48) 6.842, 6.034', [pT(6.842, 48), pT(6.034, 48)]);
show('komunikasi t tabel t(98) two-/one-tailed; p of t(98) 9,674', [...tCrit(98), pT(9.674, 98)]);
show('kista r 0,00 (|r| < 0,005), n 31: p range', pRRange(0, 31, 0.005));
show('kista r giving p = 0,649 with n 31 (t, r)', [
  jStat.studentt.inv(1 - 0.649 / 2, 29),
  ((t) => t / Math.sqrt(29 + t * t))(jStat.studentt.inv(1 - 0.649 / 2, 29)),
]);
show('role playing 2, 8 of 10', shares(10, [2, 8]));
show('picture 8, 4, 7, 8, 3, 2 of 32; tuntas 12 of 32', shares(32, [8, 4, 7, 8, 3, 2, 12]));
