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
/** Asymptotic Kolmogorov p of a Kolmogorov–Smirnov Z (Smirnov's series). */
const pKS = (z: number) => {
  let s = 0;
  for (let k = 1; k <= 100; k++) s += (-1) ** (k - 1) * Math.exp(-2 * k * k * z * z);
  return Math.min(1, 2 * s);
};
/** Critical Pearson r at alpha (two-tailed) for n cases. */
const rCrit = (n: number, alpha = 0.05) => {
  const t = jStat.studentt.inv(1 - alpha / 2, n - 2);
  return t / Math.sqrt(n - 2 + t * t);
};
show('validitas critical r for n 30 (df 28), and for df 30 (n 32)', [rCrit(30), rCrit(32)]);
show('KS pretest √22·D (D 0,1705–0,1715), Z 0,804 → p; posttest √22·0,222, Z 1,041 → p', [
  Math.sqrt(22) * 0.1705,
  Math.sqrt(22) * 0.1715,
  pKS(0.804),
  Math.sqrt(22) * 0.222,
  pKS(1.041),
]);
show('KS p over the rounding of Z 0,804 and 1,041', [pKS(0.8045), pKS(0.8035), pKS(1.0415), pKS(1.0405)]);
show('berlian t tabel 2,003: two-tailed critical t(56), t(57)', [tCrit(56)[0]!, tCrit(57)[0]!]);
show('acer t tabel 1,661: one-tailed critical t(94), t(96), t(98)', [tCrit(94)[1]!, tCrit(96)[1]!, tCrit(98)[1]!]);
show('acer p of t 3,121 at df 30, 96, 1000; of t 7,022 at df 96', [
  pT(3.121, 30),
  pT(3.121, 96),
  pT(3.121, 1000),
  pT(7.022, 96),
]);
show('e-modul SE = SD/√20 of 41.22786 and 43.16431; p of r .964 (N 20)', [
  (41.22786 / Math.sqrt(20)).toFixed(5),
  (43.16431 / Math.sqrt(20)).toFixed(5),
  pR(0.964, 20),
]);
/** Tabel 4.1 of the sawi thesis: three replicates per treatment and week, as printed. */
const sawi: [string, number, number, number][] = [
  ['6 F0', 5, 5, 5.5],
  ['6 F1', 14, 12, 19],
  ['6 F2', 13.5, 20.5, 9],
  ['6 F3', 17, 17, 13],
  ['6 F4', 9.5, 20, 11],
  ['6 F5', 19, 16.5, 19.5],
  ['7 F0', 5.5, 5.5, 6],
  ['7 F1', 17, 15, 22],
  ['7 F2', 15, 22, 10.5],
  ['7 F3', 21, 21, 17],
  ['7 F4', 11, 21.5, 12.5],
  ['7 F5', 24, 21.5, 24.5],
  ['8 F0', 6, 6, 6.5],
  ['8 F1', 20.5, 18, 25],
  ['8 F2', 17, 23.5, 13],
  ['8 F3', 25, 25.5, 21],
  ['8 F4', 12.5, 23, 14],
  ['8 F5', 29, 26.5, 30],
  ['9 F0', 6.5, 6.5, 7.5],
  ['9 F1', 24, 21, 28],
  ['9 F2', 19, 25, 15],
  ['9 F3', 28.5, 30, 25],
  ['9 F4', 14, 24.5, 15.5],
];
for (const [label, a, b, c] of sawi)
  show(`sawi week ${label}: total, mean`, [(a + b + c).toFixed(2), ((a + b + c) / 3).toFixed(3)]);
