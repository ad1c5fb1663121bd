/**
 * The independent recomputation behind the hand annotation of the fresh9-id held-out corpus,
 * fresh9-id.yaml: jStat directly (not naskah's src/stats), so that the annotation does not
 * inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh9-id-recompute.ts
 */
import { chi2x2, jStat, pct, pF, pR, pT, ratioCheck, show, woolf } from './recompute-helpers.ts';

/** Each count's share of the total, in per cent to three decimals. */
const shares = (total: number, counts: number[]) => counts.map((c) => pct(c, total));

/** t = B / SE and its range over the rounding of B and SE (half a unit h in each). */
const tOf = (b: number, se: number, h: number) => [b / se, (Math.abs(b) - h) / (se + h), (Math.abs(b) + h) / (se - h)];
/** p of F over the rounding interval of a printed F (half a unit h). */
const pFRange = (f: number, df1: number, df2: number, h: number) => [
  pF(f + h, df1, df2),
  pF(f, df1, df2),
  pF(f - h, df1, df2),
];
/** Two-tailed p of Pearson's r over the rounding interval of a printed r (half a unit h). */
const pRRange = (r: number, n: number, h: number) => [
  pR(Math.min(0.999999, Math.abs(r) + h), n),
  pR(Math.abs(r), n),
  pR(Math.abs(r) - h, n),
];
/** Bhatia–Davis bound (max − mean)(mean − min) against SD². */
const bhatiaDavis = (mean: number, min: number, max: number, sd: number) => [(max - mean) * (mean - min), sd * sd];

console.log('— fresh9-id.yaml —');
show('berwudhu Bhatia–Davis pre (bound, SD²)', bhatiaDavis(48.69, 38, 64, 7.787));
show('berwudhu Bhatia–Davis post (bound, SD²)', bhatiaDavis(34.74, 23, 50, 6.955));
show('padi batang t const', tOf(7.618, 1.776, 0.0005));
show('padi batang t Ln X1', tOf(0.512, 0.132, 0.0005));
show('padi batang t Ln X2', tOf(0.499, 0.123, 0.0005));
show('padi batang t Ln X3', tOf(0.364, 0.172, 0.0005));
show('padi batang t Dummy', tOf(0.022, 0.063, 0.0005));
show('padi batang p of t 2.117, .345 at df 30, 100', [pT(2.117, 30), pT(2.117, 100), pT(0.345, 30), pT(0.345, 100)]);
show('sijonam MS 59.379/4, /5; 80.142/47; F', [59.379 / 4, 59.379 / 5, 80.142 / 47, 14.845 / 1.705]);
show('sijonam p of F 8.706 on (4, 47), (5, 47)', [pF(8.706, 4, 47), pF(8.706, 5, 47)]);
show('padi anova F = 830.490/267.395; p of F(3, 2) 3.106', [830.49 / 267.395, ...pFRange(3.106, 3, 2, 0.0005)]);
show('asuh makan 0–6 bln miskin 40, 15 of 55; tidak miskin 35, 5 of 40', [
  ...shares(55, [40, 15]),
  ...shares(40, [35, 5]),
]);
show('asuh makan 7–8 bln miskin 10, 8, 10, 3 of 31', shares(31, [10, 8, 10, 3]));
show('asuh makan 7–8 bln tidak miskin 10, 19, 10, 10 of 49', shares(49, [10, 19, 10, 10]));
show('asuh makan 9–12 bln miskin 9, 3, 2 of 14; tidak miskin 1, 9, 1 of 11', [
  ...shares(14, [9, 3, 2]),
  ...shares(11, [1, 9, 1]),
]);
show('pola asuh abstrak 46, 53 of 65', shares(65, [46, 53]));
show('gizi buruk OR 3,45 (1,016–11,72)', ratioCheck(3.45, 1.016, 11.72, 0.005, 0.0005));
show('gizi buruk 14, 15, 13 of 28; 29, 27 of 56', [...shares(28, [14, 15, 13]), ...shares(56, [29, 27])]);
show('gizi buruk χ² (uncorrected, p, Yates, p) of kecil 14, 15; besar 14, 13', chi2x2(14, 15, 14, 13));
show('posttest Bhatia–Davis not applicable (no SD); means inside ranges', [78.87, 50, 100, 70.52, 53, 93]);
show('hipertensi IMT OR 2.147 (1.882–1.270)', ratioCheck(2.147, 1.882, 1.27, 0.0005));
show('hipertensi umur OR 2.084 (1.859–2.337)', ratioCheck(2.084, 1.859, 2.337, 0.0005));
show('hipertensi pendapatan OR 1.149 (1.039–1.270)', ratioCheck(1.149, 1.039, 1.27, 0.0005));
show('hipertensi rokok interval 1.056–1.310 with 1.176', ratioCheck(1.176, 1.056, 1.31, 0.0005));
show('parsoburan 63, 42, 34, 71 of 105', shares(105, [63, 42, 34, 71]));
show('pesisir 22, 31 of 53; 42, 33 of 75; 64 of 128', [
  ...shares(53, [22, 31]),
  ...shares(75, [42, 33]),
  ...shares(128, [64]),
]);
show('pesisir χ² (uncorrected, p, Yates, p) of ya 22, 31; tidak 42, 33', chi2x2(22, 31, 42, 33));
show('pesisir usia OR 0,359 (0,130–0,993)', ratioCheck(0.359, 0.13, 0.993, 0.0005));
show('pesisir obesitas OR 0,594 (0,178–0,878)', ratioCheck(0.594, 0.178, 0.878, 0.0005));
show('pesisir merokok OR 2,201 (0,980–4,480)', ratioCheck(2.201, 0.98, 4.48, 0.0005));
show('pesisir riwayat keluarga OR 4,018 (1,813–8,906)', ratioCheck(4.018, 1.813, 8.906, 0.0005));
show('turnover F = 4922.857/268.275; p of F(2, 18) 18.350', [4922.857 / 268.275, pF(18.35, 2, 18)]);
show('turnover t constant', tOf(106.272, 27.684, 0.0005));
show('turnover t kepuasan', tOf(-1.123, 0.233, 0.0005));
show('turnover t stres', tOf(0.59, 0.329, 0.0005));
show('turnover p of t(18) 3.839, 4.826, 1.795', [pT(3.839, 18), pT(4.826, 18), pT(1.795, 18)]);
show('jab F from R² 0,916 (5, 35) and over its rounding; p of F(5, 35) 76,704', [
  0.916 / 5 / (0.084 / 35),
  0.9155 / 5 / (0.0845 / 35),
  0.9165 / 5 / (0.0835 / 35),
  pF(76.704, 5, 35),
]);
show('bmt lasem critical t two-tailed at df 86, 87; p of t(86) 2.726, 2.729', [
  jStat.studentt.inv(0.975, 86),
  jStat.studentt.inv(0.975, 87),
  pT(2.726, 86),
  pT(2.729, 86),
]);
show('asi bulurejo OR 18.3 (4.1–80.9)', ratioCheck(18.3, 4.1, 80.9, 0.05));
show('asi sungai pinang 27, 22, 26, 35, 30 of 49', shares(49, [27, 22, 26, 35, 30]));
show('teman sebaya p of r 0,388, N 60 (two-tailed); one-tailed', [...pRRange(0.388, 60, 0.0005), pR(0.388, 60) / 2]);
show('kelekatan p of r 0,215, N 82', pRRange(0.215, 82, 0.0005));
show('kelekatan p of r -0,309, N 82', pRRange(-0.309, 82, 0.0005));
show('kelekatan p of r -0,595, N 82', pRRange(-0.595, 82, 0.0005));
show('kelekatan p of r -0,217, N 82', pRRange(-0.217, 82, 0.0005));
show(
  'panel Z t = B/SE (six decimals)',
  [-7.25171 / 4.743209, 1.415869 / 0.944602, 1.566347 / 1.009822].map((t) => t.toFixed(6)),
);
show(
  'panel Z p of t(82) (six decimals)',
  [pT(1.528862, 82), pT(1.498905, 82), pT(1.551112, 82)].map((p) => p.toFixed(6)),
);
show(
  'panel Z F from R²; p of F(2, 82) 2.909253 (six decimals)',
  [0.066256 / 2 / ((1 - 0.066256) / 82), pF(2.909253, 2, 82)].map((x) => x.toFixed(6)),
);
show(
  'panel Y t = B/SE (six decimals)',
  [-36.71473 / 15.12265, 5.780215 / 3.010031, 2.017157 / 3.220898, -0.410954 / 0.347173].map((t) => t.toFixed(6)),
);
show('panel Y p of t(81)', [pT(2.427797, 81), pT(1.920318, 81), pT(0.626272, 81), pT(1.183716, 81)]);
show('return saham t constant', tOf(-0.134, 0.393, 0.0005));
show('return saham t inflasi', tOf(0.265, 5.331, 0.0005));
show('return saham t suku bunga', tOf(38.062, 15.918, 0.0005));
show('return deskriptif Bhatia–Davis (bound, SD²) return', bhatiaDavis(0.29741, -1.181, 2.912, 0.821071));
show('return deskriptif Bhatia–Davis suku bunga', bhatiaDavis(-0.02002, -0.124, 0.104, 0.045909));
show('return deskriptif Bhatia–Davis inflasi', bhatiaDavis(-0.4575, -12, 9, 3.051214));
show('return deskriptif Bhatia–Davis nilai tukar', bhatiaDavis(-0.00493, -0.074, 0.055, 0.024361));
for (const [label, b, se] of [
  ['constant', 0.181, 0.87],
  ['X1', 0.152, 0.065],
  ['X2', 0.068, 0.032],
  ['X3', 0.076, 0.074],
  ['X4', 0.113, 0.055],
  ['X5', 0.173, 0.067],
] as const)
  show(`servqual t ${label}`, tOf(b, se, 0.0005));
show(
  'servqual p of t(150) .208, 2.345, 2.113, 1.027, 2.066, 2.577',
  [0.208, 2.345, 2.113, 1.027, 2.066, 2.577].map((t) => pT(t, 150)),
);
show('servqual p of t(150) .208 over its rounding', [pT(0.2075, 150), pT(0.2085, 150)]);
show('servqual F from R²; p of F(5, 150) 46,690; critical F(5, 150)', [
  0.609 / 5 / (0.391 / 150),
  pF(46.69, 5, 150),
  jStat.centralF.inv(0.95, 5, 150),
]);
show('bpr jepara critical t(112) one-tailed', [jStat.studentt.inv(0.95, 112)]);
show('diameter luka Levene p of F(4, 25) 5.870', pFRange(5.87, 4, 25, 0.0005));
show('diameter luka mean ranks · 6 against 30 · 31/2', [6 * (24.75 + 16.92 + 12.33 + 12 + 11.5), (30 * 31) / 2]);
show('luka bakar Levene p of F(5, 36) 3.541', pFRange(3.541, 5, 36, 0.0005));
show('luka bakar MS 495.075/5, 321.235/36; F; p of F(5, 36) 11.096', [
  495.075 / 5,
  321.235 / 36,
  99.015 / 8.923,
  pF(11.096, 5, 36),
]);
show('diare cuci tangan 106, 38, 115, 29 of 144; 221, 67 of 288', [
  ...shares(144, [106, 38, 115, 29]),
  ...shares(288, [221, 67]),
]);
show('diare memasak air 139, 5, 142, 2 of 144; 281, 7 of 288', [
  ...shares(144, [139, 5, 142, 2]),
  ...shares(288, [281, 7]),
]);
show('diare makan bermain 123, 21, 129, 15 of 144; 252, 36 of 288', [
  ...shares(144, [123, 21, 129, 15]),
  ...shares(288, [252, 36]),
]);
show('diare umur balita 96, 48, 73, 71 of 144', shares(144, [96, 48, 73, 71]));
show('diare umur balita Woolf OR of 96·71/(48·73)', woolf(96, 48, 73, 71));
show('diare umur balita χ² (uncorrected, p, Yates, p)', chi2x2(96, 73, 48, 71));
show('diare umur balita OR 1,95 (1,21–3,13)', ratioCheck(1.95, 1.21, 3.13, 0.005));
show('stres jambi 23, 21, 22, 5, 84, 8 of 92', shares(92, [23, 21, 22, 5, 84, 8]));
show('stres jambi p of Spearman r 0,227, N 92 (t approximation)', pRRange(0.227, 92, 0.0005));
show('stres olahraga 25, 65, 1 of 91', shares(91, [25, 65, 1]));
show('stres olahraga Bhatia–Davis (bound, SD²)', bhatiaDavis(41.21, 26, 62, 7.92));
show('stres unibba 16, 17, 18 of 32', shares(32, [16, 17, 18]));
show('tes awal eksperimen Bhatia–Davis (bound, SD²); √variance', [
  ...bhatiaDavis(68.36, 50, 85, 8.17),
  Math.sqrt(66.81),
]);
show('tes awal kontrol Bhatia–Davis (bound, SD²); √variance', [...bhatiaDavis(66.64, 50, 83, 8.69), Math.sqrt(75.65)]);
show('android critical t one-tailed at df 34, 35; p of t(34) 24,791', [
  jStat.studentt.inv(0.95, 34),
  jStat.studentt.inv(0.95, 35),
  pT(24.791, 34),
]);
show('buku interaktif p of t(23) 9.649; critical t(23) one-tailed', [pT(9.649, 23), jStat.studentt.inv(0.95, 23)]);
