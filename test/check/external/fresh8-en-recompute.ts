/**
 * The independent recomputation behind the hand annotation of the fresh8-en held-out corpus
 * (fresh8-en.yaml): jStat directly (not naskah's src/stats), so that the annotation does not
 * inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh8-en-recompute.ts
 */
import { g, pChi, pct, pF, pT, show } from './recompute-helpers.ts';

/** Each count's share of the total, in per cent to three decimals. */
const shares = (total: number, counts: number[]) => counts.map((c) => pct(c, total));
/** p of F over the rounding interval of a printed value (half a unit h): [at F + h, at F, at F − h]. */
const pFRange = (f: number, d1: number, d2: number, h: number) => [
  pF(f + h, d1, d2),
  pF(f, d1, d2),
  pF(Math.max(0, f - h), d1, d2),
];
/** p of t over the rounding interval of a printed value (half a unit h). */
const pTRange = (t: number, df: number, h: number) => [pT(t + h, df), pT(t, df), pT(Math.max(0, t - h), df)];
/** p of χ² over the rounding interval of a printed value (half a unit h). */
const pChiRange = (x: number, df: number, h: number) => [pChi(x + h, df), pChi(x, df), pChi(Math.max(0, x - h), df)];

console.log('— jov-masked-priming-errors —');
for (const f of [122.41, 69.56, 4.42, 10.46, 1.55]) show(`F(1, 13) = ${f}`, pFRange(f, 1, 13, 0.005));
show('t(13) = 6.87', pTRange(6.87, 13, 0.005));
show('t(13) = 0.07', pTRange(0.07, 13, 0.005));
show('F(3, 39) = 59.32; with ε = 0.67, F(2.01, 26.13)', [pF(59.32, 3, 39), pF(59.32, 3 * 0.67, 39 * 0.67)]);

console.log('— jov-saccade-faces —');
show('F(4, 71) = 17.54', pFRange(17.54, 4, 71, 0.005));
show('F(4, 71) = 5.00', pFRange(5.0, 4, 71, 0.005));
for (const t of [2.86, 2.2, 3.95, 4.44, 2.19, 2.16]) show(`t(71) = ${t}`, pTRange(t, 71, 0.005));
for (const [t, df] of [
  [11.37, 73],
  [6.14, 73],
  [6.28, 73],
  [4.47, 74],
  [7.05, 72],
] as const)
  show(`t(${df}) = ${t}`, pTRange(t, df, 0.005));
show('if df 71: t = 4.8, 1.7, 1.8', [pT(4.8, 71), pT(1.7, 71), pT(1.8, 71)]);

console.log('— pmc-tb-elderly-baseline —');
show('of 61: 34, 48, 15, 9, 28, 16, 8, 38, 7, 17, 26', shares(61, [34, 48, 15, 9, 28, 16, 8, 38, 7, 17, 26]));
show(
  'of 122: 75, 106, 36, 17, 46, 39, 20, 15, 74, 14, 19, 37, 55',
  shares(122, [75, 106, 36, 17, 46, 39, 20, 15, 74, 14, 19, 37, 55]),
);
show('education sums 61, 122; occupation sums', [
  9 + 28 + 16 + 8,
  17 + 46 + 39 + 20,
  8 + 38 + 7 + 8,
  15 + 74 + 14 + 19,
]);

console.log('— bmc-sms-diabetes-populations —');
show(
  'of 171: 52, 119, 97, 74, 133, 38, 161, 10, 90, 81, 44, 127, 58, 113',
  shares(171, [52, 119, 97, 74, 133, 38, 161, 10, 90, 81, 44, 127, 58, 113]),
);
show(
  'of 72: 22, 50, 44, 28, 60, 12, 32, 40, 67, 5, 46, 26, 19, 53, 30, 42, 26, 46',
  shares(72, [22, 50, 44, 28, 60, 12, 32, 40, 67, 5, 46, 26, 19, 53, 30, 42, 26, 46]),
);
show('BMI 4, 44, 119 of 167; 3, 19, 60 of 82', [...shares(167, [4, 44, 119]), ...shares(82, [3, 19, 60])]);
show('education 68, 102 of 170; hypertension 65, 99 of 164', [...shares(170, [68, 102]), ...shares(164, [65, 99])]);
for (const [x, h] of [
  [0.001, 0.0005],
  [0.4, 0.0005],
  [0.957, 0.0005],
  [0.412, 0.0005],
  [2.605, 0.0005],
  [0.011, 0.0005],
  [1.317, 0.0005],
  [0.262, 0.0005],
] as const)
  show(`χ²(1) = ${x}`, pChiRange(x, 1, h));
console.log(`(four significant digits: ${g(1 / 3)})`);
