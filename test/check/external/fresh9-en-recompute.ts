/**
 * The independent recomputation behind the hand annotation of the fresh9-en held-out corpus
 * (fresh9-en.yaml): jStat directly (not naskah's src/stats), so that the annotation does not
 * inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh9-en-recompute.ts
 */
import {
  chi2rc,
  chi2x2,
  jStat,
  pChi,
  pChiRange,
  pF,
  pR,
  pT,
  pct,
  ratioCheck,
  show,
  woolf,
  fisher,
} from './recompute-helpers.ts';

/** Each count's share of the row total (the counts given in the row), per cent. */
const rowShares = (rows: number[][]) =>
  rows.map((r) =>
    r
      .map((c) =>
        pct(
          c,
          r.reduce((a, b) => a + b, 0),
        ),
      )
      .join('/'),
  );
/** Student t of two independent groups from means, SDs and sizes, its df and two-tailed p. */
const studentT = (m1: number, s1: number, n1: number, m2: number, s2: number, n2: number) => {
  const sp = Math.sqrt(((n1 - 1) * s1 ** 2 + (n2 - 1) * s2 ** 2) / (n1 + n2 - 2));
  const t = (m1 - m2) / (sp * Math.sqrt(1 / n1 + 1 / n2));
  return [t, n1 + n2 - 2, pT(t, n1 + n2 - 2)];
};
/** p of t over the rounding interval of a printed value (half a unit h). */
const pTRange = (t: number, df: number, h: number) => [
  pT(Math.abs(t) + h, df),
  pT(t, df),
  pT(Math.max(0, Math.abs(t) - h), df),
];
console.log('— kap-mekelle-knowledge —');
show(
  'row shares good/poor',
  rowShares([
    [94, 81],
    [69, 75],
    [102, 46],
    [61, 110],
    [16, 17],
    [138, 130],
    [9, 9],
    [19, 57],
    [35, 57],
    [40, 15],
    [69, 27],
    [143, 131],
    [12, 22],
    [2, 1],
    [6, 2],
    [115, 89],
    [37, 23],
    [9, 21],
    [2, 23],
    [41, 22],
    [15, 20],
    [36, 45],
    [27, 35],
    [14, 15],
    [13, 2],
  ]),
);
// Crude ORs from the counts against each block's reference row (printed 1).
show('Woolf female vs male', woolf(69, 75, 94, 81));
show('Woolf ≥50 vs <50', woolf(61, 110, 102, 46));
show('Woolf urban, semi-urban vs rural', [...woolf(138, 130, 16, 17), ...woolf(9, 9, 16, 17)]);
show('Woolf primary, secondary, college vs none', [
  ...woolf(35, 57, 19, 57),
  ...woolf(40, 15, 19, 57),
  ...woolf(69, 27, 19, 57),
]);
show('Woolf muslim, protestant, catholic vs orthodox', [
  ...woolf(12, 22, 143, 131),
  ...woolf(2, 1, 143, 131),
  ...woolf(6, 2, 143, 131),
]);
show('Woolf single, divorced, widowed vs married', [
  ...woolf(37, 23, 115, 89),
  ...woolf(9, 21, 115, 89),
  ...woolf(2, 23, 115, 89),
]);
show('Woolf gov, merchant, private, housewife, student vs farmer', [
  ...woolf(41, 22, 14, 15),
  ...woolf(15, 20, 14, 15),
  ...woolf(36, 45, 14, 15),
  ...woolf(27, 35, 14, 15),
  ...woolf(13, 2, 14, 15),
]);
const ratios: [string, number, number, number, number, number?][] = [
  ['sex 0.793', 0.793, 0.51, 1.233, 0.0005],
  ['age COR 0.250', 0.25, 0.157, 0.399, 0.0005],
  ['age AOR 0.415', 0.415, 0.227, 0.759, 0.0005],
  ['urban 1.128', 1.128, 0.547, 2.325, 0.0005],
  ['semi-urban 1.062', 1.062, 0.337, 3.352, 0.0005],
  ['primary COR 1.842', 1.842, 0.944, 3.594, 0.0005],
  ['primary AOR 1.432', 1.432, 0.674, 3.041, 0.0005],
  ['secondary COR 8.000', 8.0, 3.636, 17.6, 0.0005],
  ['secondary AOR 4.691', 4.691, 1.846, 11.918, 0.0005],
  ['college COR 7.667', 7.667, 3.869, 15.19, 0.0005],
  ['college AOR 4.626', 4.626, 1.79, 11.955, 0.0005],
  ['muslim COR 0.500', 0.5, 0.238, 1.05, 0.0005],
  ['muslim AOR 0.452', 0.452, 0.186, 1.095, 0.0005],
  ['protestant COR 1.832', 1.832, 0.164, 20.443, 0.0005],
  ['protestant AOR 0.452', 0.452, 0.037, 5.457, 0.0005],
  ['catholic COR 2.748', 2.748, 0.545, 13.856, 0.0005],
  ['catholic AOR 1.159', 1.159, 0.185, 7.262, 0.0005],
  ['single COR 1.245', 1.245, 0.691, 2.245, 0.0005],
  ['single AOR 0.634', 0.634, 0.294, 1.37, 0.0005],
  ['divorced COR 0.332', 0.332, 0.145, 0.759, 0.0005],
  ['divorced AOR 0.298', 0.298, 0.116, 0.764, 0.0005],
  ['widowed COR .067', 0.067, 0.015, 0.293, 0.0005],
  ['widowed AOR 0.115', 0.115, 0.025, 0.528, 0.0005],
  ['gov COR 1.997', 1.997, 0.817, 4.881, 0.0005],
  ['gov AOR 0.604', 0.604, 0.184, 1.977, 0.0005],
  ['merchant COR 0.804', 0.804, 0.299, 2.161, 0.0005],
  ['merchant AOR 0.582', 0.582, 0.184, 1.846, 0.0005],
  ['private COR 0.857', 0.857, 0.366, 2.005, 0.0005],
  ['private AOR 0.513', 0.513, 0.189, 1.394, 0.0005],
  ['housewife COR 0.827', 0.827, 0.341, 2.002, 0.0005],
  ['housewife AOR 1.067', 1.067, 0.381, 2.985, 0.0005],
  ['student COR 6.964', 6.964, 1.328, 36.529, 0.0005],
  ['student AOR 1.927', 1.927, 0.284, 13.065, 0.0005],
];
for (const [label, e, l, u, h, hb] of ratios) show(label, ratioCheck(e, l, u, h, hb));

console.log('— vr-ventilation-effect —');
/** Welch t from the summaries: t, df, p. */
const welchT = (m1: number, s1: number, n1: number, m2: number, s2: number, n2: number) => {
  const a = s1 ** 2 / n1;
  const b = s2 ** 2 / n2;
  const t = (m1 - m2) / Math.sqrt(a + b);
  const df = (a + b) ** 2 / (a ** 2 / (n1 - 1) + b ** 2 / (n2 - 1));
  return [t, df, pT(t, df)];
};
const vr: [string, number, number, number, number][] = [
  ['knowledge pre', 7.67, 1.58, 7.17, 1.81],
  ['knowledge post1', 8.47, 1.36, 8.17, 1.36],
  ['knowledge post2', 8.57, 3.63, 7.97, 1.54],
  ['self-efficacy pre', 3.15, 1.77, 3.54, 1.47],
  ['self-efficacy post1', 7.18, 1.67, 5.98, 1.39],
  ['self-efficacy post2', 7.28, 1.77, 5.41, 1.06],
  ['reasoning pre', 2.38, 0.69, 2.63, 0.6],
  ['reasoning post1', 3.91, 0.51, 3.49, 0.6],
  ['reasoning post2', 3.9, 0.64, 3.31, 0.78],
  ['immersion', 4.18, 0.47, 3.68, 0.73],
  ['satisfaction', 8.8, 1.24, 6.9, 2.05],
];
for (const [label, m1, s1, m2, s2] of vr) {
  show(`${label} Student t, df, p`, studentT(m1, s1, 30, m2, s2, 30));
  show(`${label} Welch t, df, p`, welchT(m1, s1, 30, m2, s2, 30));
}
// Extreme t over the rounding intervals of the printed means (±0.005) and SDs (±0.005).
for (const [label, m1, s1, m2, s2] of vr) {
  const ts: number[] = [];
  for (const dm1 of [-0.005, 0.005])
    for (const dm2 of [-0.005, 0.005])
      for (const ds1 of [-0.005, 0.005])
        for (const ds2 of [-0.005, 0.005]) ts.push(studentT(m1 + dm1, s1 + ds1, 30, m2 + dm2, s2 + ds2, 30)[0]!);
  show(`${label} Student t range`, [Math.min(...ts), Math.max(...ts)]);
}
const vrPrinted: [string, number, number][] = [
  ['−1.12', 1.12, 0.005],
  ['−0.85', 0.85, 0.005],
  ['−0.82', 0.82, 0.005],
  ['0.92', 0.92, 0.005],
  ['−2.99', 2.99, 0.005],
  ['−3.74', 3.74, 0.005],
  ['1.47', 1.47, 0.005],
  ['−2.89', 2.89, 0.005],
  ['−3.11', 3.11, 0.005],
  ['−3.13', 3.13, 0.005],
  ['−4.32', 4.32, 0.005],
];
for (const [label, t, h] of vrPrinted) show(`p of printed t(58) ${label}`, pTRange(t, 58, h));
show('F 0.02 p with df (1, 58), (2, 116)', [pF(0.02, 1, 58), pF(0.02, 2, 116)]);

console.log('— sim-pedagogy-participants —');
show('shares 55, 5 of 60; 50, 3 of 53; 47, 13 of 60; 45, 8 of 53', [
  ...[55, 5, 47, 13].map((c) => pct(c, 60)),
  ...[50, 3, 45, 8].map((c) => pct(c, 53)),
]);
show('shares 21, 37 of 58; 19, 32 of 51; 6, 54 of 60; 5, 47 of 52', [
  ...[21, 37].map((c) => pct(c, 58)),
  ...[19, 32].map((c) => pct(c, 51)),
  ...[6, 54].map((c) => pct(c, 60)),
  ...[5, 47].map((c) => pct(c, 52)),
]);
show('gender χ² from counts', chi2x2(55, 5, 50, 3));
show('work experience χ² from counts', chi2x2(47, 13, 45, 8));
show('critically ill χ² from counts', chi2x2(21, 37, 19, 32));
show('simulation χ² from counts', chi2x2(6, 54, 5, 47));
show('p of printed χ²(1) 0.306, 0.803, 0.13, 0.005', [
  ...pChiRange(0.306, 1, 0.0005),
  ...pChiRange(0.803, 1, 0.0005),
  ...pChiRange(0.13, 1, 0.005),
  ...pChiRange(0.005, 1, 0.0005),
]);

console.log('— buffer-zone-predators —');
const buffer: [string, number, number, number][] = [
  ['3.46(3, 12)', 3.46, 3, 12],
  ['12.32(4, 210)', 12.32, 4, 210],
  ['10.67(4, 12)', 10.67, 4, 12],
  ['1.99(16, 210)', 1.99, 16, 210],
  ['140.23(2, 210)', 140.23, 2, 210],
  ['9.04(8, 210)', 9.04, 8, 210],
  ['3.68(8, 210)', 3.68, 8, 210],
  ['1.64(32, 210)', 1.64, 32, 210],
  ['7.74(3, 12.07)', 7.74, 3, 12.07],
  ['8.73(4, 12)', 8.73, 4, 12],
  ['0.46(4, 12)', 0.46, 4, 12],
  ['10.54(16, 198)', 10.54, 16, 198],
  ['201.67(2, 198)', 201.67, 2, 198],
  ['1.93(8, 198)', 1.93, 8, 198],
  ['3.02(8, 198)', 3.02, 8, 198],
  ['0.55(32, 198)', 0.55, 32, 198],
  ['21.49(3, 13.5)', 21.49, 3, 13.5],
  ['5.58(4, 12)', 5.58, 4, 12],
  ['2.76(4, 12)', 2.76, 4, 12],
  ['0.86(16, 198)', 0.86, 16, 198],
  ['116.85(2, 198)', 116.85, 2, 198],
  ['3.30(8, 198)', 3.3, 8, 198],
  ['2.80(8, 198)', 2.8, 8, 198],
  ['0.99(32, 198)', 0.99, 32, 198],
  ['22.51(3, 13.62)', 22.51, 3, 13.62],
  ['5.32(4, 12)', 5.32, 4, 12],
  ['2.29(4, 12)', 2.29, 4, 12],
  ['1.03(16, 198)', 1.03, 16, 198],
  ['124.91(2, 198)', 124.91, 2, 198],
  ['1.92(8, 198)', 1.92, 8, 198],
  ['3.14(8, 198)', 3.14, 8, 198],
  ['1.07(32, 198)', 1.07, 32, 198],
];
// p at the two ends of the printed F's rounding interval (±0.005).
for (const [label, f, d1, d2] of buffer) show(`F ${label} p`, [pF(f + 0.005, d1, d2), pF(f - 0.005, d1, d2)]);

console.log('— pond-richness —');
show('F(3,23) 11.95, F(2,12) 16.66, F(1,37) 8.03, F(1,13) 14.44: p', [
  pF(11.95, 3, 23),
  pF(16.66, 2, 12),
  pF(8.025, 1, 37),
  pF(8.035, 1, 37),
  pF(14.435, 1, 13),
  pF(14.445, 1, 13),
]);
// R² = df1·F / (df1·F + df2) for an overall regression F (a cross-check of the F, not annotated).
show('R² from F', [
  (3 * 11.95) / (3 * 11.95 + 23),
  (2 * 16.66) / (2 * 16.66 + 12),
  8.03 / (8.03 + 37),
  14.44 / (14.44 + 13),
]);

console.log('— hypertension-care-cascade —');
// A proportion with its 95% CI: the interval's arithmetic centre over the bounds' rounding (±0.05).
const centre = (lo: number, hi: number, h = 0.05) => [(lo + hi) / 2 - h, (lo + hi) / 2 + h];
show('centres of 26.3–28.3, 40.5–44.5, 35.1–38.9, 11.3–13.8', [
  ...centre(26.3, 28.3),
  ...centre(40.5, 44.5),
  ...centre(35.1, 38.9),
  ...centre(11.3, 13.8),
]);

console.log('— hypertension-complex-samples —');
// Unweighted column shares (the table's per cents are design-weighted: these show they differ).
show('gender no 77, 88 of 165; yes 45, 71 of 116', [
  ...[77, 88].map((c) => pct(c, 165)),
  ...[45, 71].map((c) => pct(c, 116)),
]);
show(
  'ages no 60, 39, 34, 32 of 165',
  [60, 39, 34, 32].map((c) => pct(c, 165)),
);
show('p of the printed χ² at the table df: 1.285 (1), 45.159 (3), 6.429 (3), 23.531 (3), 23.458 (2)', [
  pChi(1.285, 1),
  pChi(45.159, 3),
  pChi(6.429, 3),
  pChi(23.531, 3),
  pChi(23.458, 2),
]);

console.log('— stunting-school-age-mecha —');
/** Woolf OR of a row against its block's reference row (stunted, non-stunted counts each). */
const vsRef = (row: [number, number], ref: [number, number]) => woolf(row[0], row[1], ref[0], ref[1]);
// The blocks printed with one row keep the other row implicit: the column totals 303 and 497 minus it.
const rest = (row: [number, number]): [number, number] => [303 - row[0], 497 - row[1]];
const mecha: [string, [number, number], [number, number], number, number, number][] = [
  ['rural', [295, 438], rest([295, 438]), 4.97, 2.34, 10.55],
  ['age 121–180', [149, 193], [154, 304], 1.52, 1.14, 2.03],
  ['not fully immunized', [46, 13], rest([46, 13]), 6.66, 3.54, 12.6],
  ['unprotected water', [194, 280], [109, 217], 1.4, 1.03, 1.85],
  ['not washed', [25, 28], [25, 68], 2.43, 1.2, 4.93],
  ['only water', [190, 309], [25, 68], 1.67, 1.02, 2.74],
  ['sometimes soap', [63, 92], [25, 68], 1.86, 1.07, 3.26],
  ['quintile 1', [56, 104], [32, 128], 2.15, 1.3, 3.57],
  ['quintile 2', [74, 86], [32, 128], 3.44, 2.1, 5.66],
  ['quintile 3', [70, 90], [32, 128], 3.11, 1.89, 5.12],
  ['quintile 4', [71, 89], [32, 128], 3.19, 1.94, 5.25],
  ['family ≥5', [249, 338], rest([249, 338]), 2.17, 1.53, 3.08],
  ['father illiterate', [242, 355], rest([242, 355]), 1.59, 1.13, 2.23],
  ['mother illiterate', [281, 383], rest([281, 383]), 3.8, 2.35, 6.15],
  ['housewife/farmer', [283, 407], [1, 13], 9.04, 1.18, 69.49],
  ['mother merchant', [19, 77], [1, 13], 3.21, 0.39, 26.07],
  ['father farmer', [290, 387], [4, 44], 8.24, 2.93, 23.2],
  ['father merchant', [9, 66], [4, 44], 1.5, 0.44, 5.17],
  ['no modern FP', [104, 142], [8, 36], 3.3, 1.47, 7.39],
  ['short term FP', [191, 319], [8, 36], 2.69, 1.23, 5.92],
];
for (const [label, row, ref, e, l, u] of mecha) {
  // 1.4 is printed to one decimal, its bounds to two.
  const h = label === 'unprotected water' ? 0.05 : 0.005;
  show(`${label} Woolf`, vsRef(row, ref));
  show(`${label} printed`, ratioCheck(e, l, u, h, 0.005));
}
show('6.66 (3.54, 12.6) with the upper bound ±0.05', ratioCheck(6.66, 3.54, 12.6, 0.005, 0.05));
show('column sums stunted, non-stunted of the blocks printed in full', [
  154 + 149,
  304 + 193,
  194 + 109,
  280 + 217,
  25 + 190 + 63 + 25,
  28 + 309 + 92 + 68,
  56 + 74 + 70 + 71 + 32,
  104 + 86 + 90 + 89 + 128,
  283 + 19 + 1,
  407 + 77 + 13,
  290 + 9 + 4,
  387 + 66 + 44,
  104 + 191 + 8,
  142 + 319 + 36,
]);

console.log('— stunting-south-ari —');
show(
  'row shares stunted/not',
  rowShares([
    [101, 117],
    [329, 170],
    [222, 163],
    [208, 124],
    [149, 90],
    [158, 103],
    [123, 94],
    [384, 267],
    [46, 20],
    [333, 238],
    [97, 49],
    [69, 35],
    [361, 252],
    [126, 59],
    [304, 228],
    [87, 41],
    [343, 246],
    [131, 69],
    [299, 218],
  ]),
);
const ari: [string, [number, number] | null, [number, number] | null, number, number, number][] = [
  ['age COR', [329, 170], [101, 117], 2.24, 1.62, 3.1],
  ['age AOR', null, null, 2.24, 1.58, 3.16],
  ['male COR', [222, 163], [208, 124], 0.81, 0.6, 1.1],
  ['male AOR', null, null, 0.79, 0.57, 1.09],
  ['poor COR', [149, 90], [123, 94], 1.27, 0.87, 1.84],
  ['poor AOR', null, null, 0.74, 0.48, 1.13],
  ['medium COR', [158, 103], [123, 94], 1.17, 0.81, 1.69],
  ['medium AOR', null, null, 0.94, 0.63, 1.4],
  ['no handwash latrine COR', [46, 20], [384, 267], 1.6, 0.93, 2.77],
  ['no handwash latrine AOR', null, null, 0.82, 0.46, 1.47],
  ['no handwash food COR', [97, 49], [333, 238], 1.42, 0.97, 2.07],
  ['no handwash food AOR', null, null, 0.81, 0.53, 1.23],
  ['insufficient knowledge COR', [69, 35], [361, 252], 1.38, 0.9, 2.13],
  ['insufficient knowledge AOR', null, null, 1.23, 0.76, 1.99],
  ['low DDS COR', [126, 59], [304, 228], 1.6, 1.13, 2.28],
  ['low DDS AOR', null, null, 1.03, 0.67, 1.58],
  ['diarrhoea COR', [87, 41], [343, 246], 1.52, 1.01, 2.28],
  ['diarrhoea AOR', null, null, 1.26, 0.81, 1.96],
  ['non-exclusive bf COR', [131, 69], [299, 218], 1.38, 0.99, 1.94],
  ['non-exclusive bf AOR', null, null, 1.81, 1.24, 2.65],
];
for (const [label, row, ref, e, l, u] of ari) {
  if (row && ref) show(`${label} Woolf`, vsRef(row, ref));
  show(`${label} printed`, ratioCheck(e, l, u, 0.005));
}

console.log('— self-efficacy-gender —');
// t = (M1 − M2) / SE of the difference, over the rounding of the means (±0.005) and the SE (±0.005).
const tFromSe = (m1: number, m2: number, se: number) => {
  const d = Math.abs(m1 - m2);
  return [(d - 0.01) / (se + 0.005), d / se, (d + 0.01) / (se - 0.005)];
};
const selfEff: [string, number, number, number, number][] = [
  ['math SE', 117.29, 118.98, 2.8, 0.603],
  ['science SE', 180.7, 180.25, 2.15, 0.208],
  ['language SE', 210.41, 214.73, 2.86, 1.508],
  ['math achievement', 72.95, 73.94, 1.12, 0.875],
  ['science achievement', 75.75, 77.17, 0.92, 1.533],
  ['language achievement', 76.31, 78.97, 0.84, 3.153],
];
for (const [label, m1, m2, se, t] of selfEff) {
  show(`${label} t from means and SE`, tFromSe(m1, m2, se));
  show(`${label} p of t(373) ${t}`, pTRange(t, 373, 0.0005));
}

console.log('— household-rent-regression —');
show('t = coef / SE', [0.0384581 / 0.0026954, 167.3393 / 13.43667]);
show('CI centres and half-widths in SEs', [
  (0.0331689 + 0.0437474) / 2,
  (0.0437474 - 0.0331689) / 2 / 0.0026954,
  (140.9728 + 193.7058) / 2,
  (193.7058 - 140.9728) / 2 / 13.43667,
  jStat.studentt.inv(0.975, 1026),
]);
show('F = MS model / MS residual, its p', [32312938.7 / 158730.895, pF(203.57, 1, 1026)]);

console.log('— gse-number-fluency —');
show('p of F(3,147) 5.78, F(1,147) 0.42, F(2,148) 8.49', [pF(5.78, 3, 147), pF(0.42, 1, 147), pF(8.49, 2, 148)]);
show('F from the ANOVA table (MS model / MS residual)', [
  1168.72 / 2 / (10183.7 / 148),
  1197.46 / 3 / (10154.96 / 147),
]);

console.log('— breast-screening-taif —');
show(
  '183, 86, 160 of 218',
  [183, 86, 160].map((c) => pct(c, 218)),
);
show('183 of 218 to five decimals', [((100 * 183) / 218).toFixed(5)]);
// Which whole totals give 86 as 40.25–40.35 per cent? (86/0.4035 to 86/0.4025)
show('totals for 86 at 40.3%', [86 / 0.4035, 86 / 0.4025]);
show(
  '88, 21, 17 of 148 (a total the quote does not state)',
  [88, 21, 17].map((c) => pct(c, 148)),
);

console.log('— breast-screening-rural-iran —');
show('3044 of 3600; 10.6 + 69.6 + 19.7 + 0.1', [pct(3044, 3600), 10.6 + 69.6 + 19.7 + 0.1]);

console.log('— breast-self-exam-phc —');
show('369 as 90.5–91.5 per cent of a total between', [369 / 0.915, 369 / 0.905]);

console.log('— hpv16-head-neck-controls-cases —');
show(
  'controls 27, 109, 157, 42, 269, 66, 239, 96, 240, 95, 42, 293 of 335',
  [27, 109, 157, 42, 269, 66, 239, 96, 240, 95, 42, 293].map((c) => pct(c, 335)),
);
show(
  'cases 32, 142, 159, 47, 285, 95, 278, 102, 84, 296, 103, 277, 187, 193 of 380',
  [32, 142, 159, 47, 285, 95, 278, 102, 84, 296, 103, 277, 187, 193].map((c) => pct(c, 380)),
);
show(
  'age χ², df, p',
  chi2rc([
    [27, 32],
    [109, 142],
    [157, 159],
    [42, 47],
  ]),
);
show('sex χ² (p), Yates (p)', chi2x2(269, 285, 66, 95));
show('smoking χ² (p), Yates (p)', chi2x2(239, 278, 96, 102));
show('alcohol χ² (p), Yates (p)', chi2x2(240, 84, 95, 296));
show('HPV16 χ² (p), Yates (p)', chi2x2(42, 103, 293, 277));

console.log('— diabetes-case-control-algeria —');
show(
  'total 96, 143, 164, 148, 341, 210, 34, 517, 7, 85, 91, 368 of 551',
  [96, 143, 164, 148, 341, 210, 34, 517, 7, 85, 91, 368].map((c) => pct(c, 551)),
);
show(
  'cases 39, 60, 101, 80, 176, 104, 24, 256, 0, 11, 30, 239 of 280',
  [39, 60, 101, 80, 176, 104, 24, 256, 0, 11, 30, 239].map((c) => pct(c, 280)),
);
show(
  'controls 57, 83, 63, 68, 165, 106, 10, 261, 7, 74, 61, 129 of 271',
  [57, 83, 63, 68, 165, 106, 10, 261, 7, 74, 61, 129].map((c) => pct(c, 271)),
);
show('Woolf 40-55, 55-70, >70 vs <40', [...woolf(60, 83, 39, 57), ...woolf(101, 63, 39, 57), ...woolf(80, 68, 39, 57)]);
show('Woolf male vs female; married vs single', [...woolf(104, 106, 176, 165), ...woolf(256, 261, 24, 10)]);
show('printed 0.94 (0.56-1.60)', ratioCheck(0.94, 0.56, 1.6, 0.005));
show('printed 0.45 (0.27-0.76)', ratioCheck(0.45, 0.27, 0.76, 0.005));
show('printed 0.54 (0.32-0.90)', ratioCheck(0.54, 0.32, 0.9, 0.005));
show('printed 1.08 (0.77-1.53)', ratioCheck(1.08, 0.77, 1.53, 0.005));
show('printed 2.44 (1.14 – 5.21)', ratioCheck(2.44, 1.14, 5.21, 0.005));
show('printed 0.43 (0.019-9.81)', ratioCheck(0.43, 0.019, 9.81, 0.005, 0.0005));
show('printed 0.13 (0.006-0.95)', ratioCheck(0.13, 0.006, 0.95, 0.005, 0.0005));
show('printed 0.03 (0.002-0.77)', ratioCheck(0.03, 0.002, 0.77, 0.005, 0.0005));
// With a zero cell (0 university cases) a Woolf OR is 0 or needs a continuity correction: Haldane (+0.5).
show('Haldane secondary, primary, illiterate vs university', [
  ...woolf(11.5, 74.5, 0.5, 7.5),
  ...woolf(30.5, 61.5, 0.5, 7.5),
  ...woolf(239.5, 129.5, 0.5, 7.5),
]);

console.log('— oral-cancer-study-group —');
show(
  'controls 332, 459, 510, 281, 333, 199, 178, 81 of 791',
  [332, 459, 510, 281, 333, 199, 178, 81].map((c) => pct(c, 791)),
);
show(
  'cases 226, 413, 383, 256, 162, 190, 195, 92, 613, 26 of 639',
  [226, 413, 383, 256, 162, 190, 195, 92, 613, 26].map((c) => pct(c, 639)),
);
show(
  'education controls of 758',
  [203, 326, 141, 67, 21].map((c) => pct(c, 758)),
);
show(
  'education cases of 611',
  [271, 227, 86, 23, 4].map((c) => pct(c, 611)),
);
show(
  'tobacco controls of 789',
  [308, 150, 250, 81].map((c) => pct(c, 789)),
);
show(
  'tobacco cases of 634',
  [73, 118, 326, 117].map((c) => pct(c, 634)),
);
show('alcohol controls of 791, cases of 633', [
  ...[608, 183].map((c) => pct(c, 791)),
  ...[468, 165].map((c) => pct(c, 633)),
]);
show('printed 5.23 (3.39– 8.07)', ratioCheck(5.23, 3.39, 8.07, 0.005));
show('printed 8.30 (5.78– 11.93)', ratioCheck(8.3, 5.78, 11.93, 0.005));
show('printed 12.40 (7.80– 19.70)', ratioCheck(12.4, 7.8, 19.7, 0.005));
show('printed 1.67 (1.25– 2.22)', ratioCheck(1.67, 1.25, 2.22, 0.005));
// The attributable fraction p(ec)·(OR − 1)/OR (not annotated: no check claims it).
show('AF smoking, chewing, both, alcohol', [
  (118 / 634) * (4.23 / 5.23),
  (326 / 634) * (7.3 / 8.3),
  (117 / 634) * (11.4 / 12.4),
  (165 / 633) * (0.67 / 1.67),
]);

console.log('— bovine-leukemia-prevalence —');
show('prevalences', [
  ...[
    [20, 159],
    [9, 30],
    [15, 77],
    [44, 199],
    [0, 67],
    [0, 34],
    [44, 232],
    [5, 49],
    [13, 75],
    [13, 74],
    [13, 67],
    [0, 1],
    [44, 266],
    [15, 61],
    [8, 19],
    [23, 53],
    [0, 24],
    [0, 3],
    [23, 80],
  ].map(([a, b]) => pct(a!, b!)),
]);
show('a) Hanoi vs Bacninh χ², p, Yates, p; Fisher', [...chi2x2(20, 139, 9, 21), fisher(20, 139, 9, 21)]);
show('b) dairy vs beef', [...chi2x2(44, 155, 0, 67), fisher(44, 155, 0, 67)]);
show('c) male vs female', [...chi2x2(0, 34, 44, 188), fisher(0, 34, 44, 188)]);
show('d) dairy vs beef farm', [...chi2x2(23, 30, 0, 24), fisher(23, 30, 0, 24)]);
show('p of χ² 90.08 (df 1), 87.05 (df 2)', [pChi(90.08, 1), pChi(87.05, 2)]);

console.log('— poultry-positives —');
show(
  'positives',
  [
    [19, 315],
    [4, 95],
    [0, 110],
    [2, 7],
    [21, 513],
    [10, 189],
    [13, 331],
    [5, 188],
    [18, 332],
    [8, 203],
    [15, 317],
  ].map(([a, b]) => pct(a!, b!)),
);
show('free-range vs intensive Woolf; Fisher', [
  ...woolf(2, 5, 21, 492),
  fisher(2, 5, 21, 492),
  ...chi2x2(2, 5, 21, 492),
]);
show('printed 9.4 (1.7–51.0)', ratioCheck(9.4, 1.7, 51.0, 0.05));

console.log('— fmd-cattle-seroprevalence —');
show(
  'of 300: 58, 51, 191, 197, 94, 206',
  [58, 51, 191, 197, 94, 206].map((c) => pct(c, 300)),
);
show('positives 23/58, 17/51, 157/191, 47/94, 150/206', [
  pct(23, 58),
  pct(17, 51),
  pct(157, 191),
  pct(47, 94),
  pct(150, 206),
]);
show(
  'breed χ², df, p',
  chi2rc([
    [23, 35],
    [17, 34],
    [157, 34],
  ]),
);
show('sex χ², p, Yates, p', chi2x2(47, 47, 150, 56));
show('Woolf male vs female', woolf(47, 47, 150, 56));
show('Woolf Sokoto Gudali, White Fulani vs Red Bororo', [...woolf(17, 34, 23, 35), ...woolf(157, 34, 23, 35)]);
show('printed 0.544 (0.241–1.225)', ratioCheck(0.544, 0.241, 1.225, 0.0005));
show('printed 5.019 (2.550–9.878)', ratioCheck(5.019, 2.55, 9.878, 0.0005));
show('printed 0.373 (0.225–0.620)', ratioCheck(0.373, 0.225, 0.62, 0.0005));

console.log('— covid-survivors-intubation —');
const cs: [string, number, number, number][] = [
  ['female', 25, 9, 16],
  ['male', 58, 25, 33],
  ['hypertension', 42, 12, 30],
  ['cardiovascular', 13, 4, 9],
  ['pulmonary', 7, 1, 6],
  ['neurological', 3, 1, 2],
  ['liver', 5, 1, 4],
  ['kidney', 4, 2, 2],
  ['diabetes', 30, 10, 20],
  ['P/F >150', 10, 7, 3],
  ['P/F 100–150', 55, 26, 29],
  ['P/F <100', 18, 1, 17],
];
for (const [label, t, s, d] of cs) {
  show(`${label} shares of 83, 34, 49`, [pct(t, 83), pct(s, 34), pct(d, 49)]);
  show(`${label} χ², p, Yates, p; Fisher`, [...chi2x2(s, 34 - s, d, 49 - d), fisher(s, 34 - s, d, 49 - d)]);
}
show('age Student t, df, p; Welch', [...studentT(61, 10.6, 34, 66, 10.9, 49), ...welchT(61, 10.6, 34, 66, 10.9, 49)]);
show(
  'P/F categories χ², df, p',
  chi2rc([
    [7, 26, 1],
    [3, 29, 17],
  ]),
);

console.log('— covid-died-survived —');
// Within-row shares (died, survived of the row total) and each row's share of its block's total.
const died: [string, number, number][][] = [
  [
    ['18–39', 1, 125],
    ['40–49', 4, 161],
    ['50–64', 24, 373],
    ['65–74', 55, 382],
    ['≥74', 101, 400],
  ],
  [
    ['male', 95, 712],
    ['female', 90, 729],
  ],
  [
    ['BMI <18.5', 8, 39],
    ['18.5–25', 44, 236],
    ['25–30', 51, 371],
    ['30–35', 23, 290],
    ['≥35', 46, 449],
  ],
  [
    ['married', 70, 724],
    ['single', 31, 284],
    ['divorced/widowed', 79, 412],
  ],
  [
    ['ARF yes', 143, 530],
    ['ARF no', 42, 911],
  ],
  [
    ['CKD yes', 124, 452],
    ['CKD no', 61, 989],
  ],
  [
    ['cirrhosis yes', 7, 17],
    ['cirrhosis no', 178, 1424],
  ],
  [
    ['hepatitis yes', 2, 9],
    ['hepatitis no', 35, 180],
  ],
  [
    ['dementia yes', 39, 134],
    ['dementia no', 146, 1307],
  ],
  [
    ['CHF yes', 85, 210],
    ['CHF no', 100, 1231],
  ],
  [
    ['cancer yes', 14, 54],
    ['cancer no', 171, 1387],
  ],
  [
    ['hypertension yes', 143, 889],
    ['hypertension no', 42, 552],
  ],
  [
    ['TIA yes', 25, 129],
    ['TIA no', 160, 1312],
  ],
  [
    ['COPD yes', 63, 350],
    ['COPD no', 122, 1091],
  ],
  [
    ['stroke yes', 8, 31],
    ['stroke no', 177, 1410],
  ],
  [
    ['PE yes', 7, 24],
    ['PE no', 178, 1417],
  ],
];
for (const block of died) {
  const total = block.reduce((a, [, d, s]) => a + d + s, 0);
  for (const [label, d, s] of block)
    show(`${label} died, survived of ${d + s}; row of ${total}`, [pct(d, d + s), pct(s, d + s), pct(d + s, total)]);
  const rows = block.map(([, d, s]) => [d, s]);
  show(`${block[0]![0]} block χ², df, p`, chi2rc(rows));
  if (rows.length === 2)
    show(`${block[0]![0]} Yates p, Fisher p`, [
      chi2x2(rows[0]![0]!, rows[0]![1]!, rows[1]![0]!, rows[1]![1]!)[3]!,
      fisher(rows[0]![0]!, rows[0]![1]!, rows[1]![0]!, rows[1]![1]!),
    ]);
}

console.log('— covid-mortality-model-cohort —');
show(
  'of 375: 224, 151, 142, 2, 24, 7, 2, 198, 187, 52, 14, 8, 7, 2, 201, 174',
  [224, 151, 142, 2, 24, 7, 2, 198, 187, 52, 14, 8, 7, 2, 201, 174].map((c) => pct(c, 375)),
);

console.log('— paired-t-result-spss —');
const t975 = (df: number) => jStat.studentt.inv(0.975, df);
show('SE = SD/√30 of 9.373, 5.532, 10.343; t = 41.7 / 1.888; CI 41.7 ± t.975(29)·SE', [
  9.373 / Math.sqrt(30),
  5.532 / Math.sqrt(30),
  10.343 / Math.sqrt(30),
  41.7 / (10.343 / Math.sqrt(30)),
  41.7 - t975(29) * (10.343 / Math.sqrt(30)),
  41.7 + t975(29) * (10.343 / Math.sqrt(30)),
  t975(29),
]);
show('p of r = .111, n = 30; p of t(29) = 22.083', [pR(0.111, 30), pT(22.083, 29)]);
show('control SE 1.496 of SD 8.725 implies n', [(8.725 / 1.496) ** 2]);

console.log('— paired-t-part3 —');
show('t = 5.00 / 0.768 (each ±0.005 / ±0.0005); p of t(19) 6.512; p of r .966, n 20', [
  4.995 / 0.7685,
  5 / 0.768,
  5.005 / 0.7675,
  pT(6.512, 19),
  pR(0.966, 20),
]);

console.log('— paired-t-hypothesis-testing —');
show('SE = SD/√30 of 12.77520, 13.43101, 6.11612; t; CI', [
  12.7752 / Math.sqrt(30),
  13.43101 / Math.sqrt(30),
  6.11612 / Math.sqrt(30),
  -10.8 / (6.11612 / Math.sqrt(30)),
  -10.8 - t975(29) * 1.11665,
  -10.8 + t975(29) * 1.11665,
]);
show('p of r .892, n 30; p of t(29) 9.672', [pR(0.892, 30), pT(9.672, 29)]);

console.log('— plyometric-fitness-anova —');
const ply: [string, number, number, number][] = [
  ['1.1 (2,16)', 1.1, 2, 16],
  ['33.9 (1,16)', 33.9, 1, 16],
  ['4.3 (2,16)', 4.3, 2, 16],
  ['0.3 (2,16)', 0.3, 2, 16],
  ['75.0 (1,16)', 75, 1, 16],
  ['6.3 (2,16)', 6.3, 2, 16],
  ['0.7 (2,16)', 0.7, 2, 16],
  ['121.9 (1,16)', 121.9, 1, 16],
  ['4.6 (2,16)', 4.6, 2, 16],
  ['28.6 (1,16)', 28.6, 1, 16],
  ['4.0 (2,16)', 4.0, 2, 16],
  ['134.8 (1,16)', 134.8, 1, 16],
  ['8.2 (2,16)', 8.2, 2, 16],
];
// One decimal printed: p over F ± 0.05.
for (const [label, f, d1, d2] of ply) show(`F ${label} p`, [pF(f + 0.05, d1, d2), pF(Math.max(0, f - 0.05), d1, d2)]);

console.log('— landing-kick-comparisons —');
// t / d for the ROL vs RAL pairs: a paired design gives t/d = √n (not annotated; the quote has no n).
show('t/d of ROL vs RAL', [
  -2.22 / -0.7,
  -6.13 / -1.94,
  -8.0 / -2.53,
  7.39 / 2.34,
  4.1 / 1.3,
  2.38 / 1.17,
  pT(2.38, 9),
]);

console.log('— rice-nitrogen-yield —');
const rice = [
  [2.1, 2.8, 2.7, 2.9],
  [3.2, 3.4, 4.1, 4.2],
  [4.9, 4.6, 4.6, 5.0],
  [5.3, 5.2, 5.1, 6.1],
  [3.4, 4.6, 4.6, 3.8],
];
show(
  'row totals',
  rice.map((r) => r.reduce((a, b) => a + b, 0).toFixed(2)),
);
show(
  'row means',
  rice.map((r) => (r.reduce((a, b) => a + b, 0) / 4).toFixed(4)),
);
show('p of F(4, 15) = 23.24; tSS/4', [pF(23.24, 4, 15), 23.24 / 4, 3.79 / 15, 1123.98 / 4]);

console.log('— corn-variety-fertilizer-anova —');
const corn = [
  [86, 88, 77, 84],
  [92, 91, 81, 93],
  [75, 80, 83, 79],
];
const grand = corn.flat().reduce((a, b) => a + b, 0) / 12;
const ssVariety = 3 * [0, 1, 2, 3].reduce((a, j) => a + (corn.reduce((s, r) => s + r[j]!, 0) / 3 - grand) ** 2, 0);
const ssFert = 4 * corn.reduce((a, r) => a + (r.reduce((s, x) => s + x, 0) / 4 - grand) ** 2, 0);
const ssTotal = corn.flat().reduce((a, x) => a + (x - grand) ** 2, 0);
show('SS variety, fertilizer, total, error from the data', [ssVariety, ssFert, ssTotal, ssTotal - ssVariety - ssFert]);
show('printed SS sum; F as MS/MSE; p of printed F(3,6) 5.16 and F(2,6) 31.93', [
  168.33 + 692.33 + 78.0,
  56.11 / 13,
  346.17 / 13,
  pF(5.16, 3, 6),
  pF(31.93, 2, 6),
  jStat.centralF.inv(0.95, 3, 6),
]);

console.log('— maternal-child-nutrition-nfhs —');
// Weighted counts are rounded: each share over the block's own sum (the wealth rows sum to 28815).
show(
  'residence of 28817',
  [14183, 14634].map((c) => pct(c, 28817)),
);
show(
  'wealth of 28815',
  [1822, 3417, 5673, 8171, 9732].map((c) => pct(c, 28815)),
);
show(
  'water and sanitation of 27081',
  [891, 26190, 9753, 17328].map((c) => pct(c, 27081)),
);
show('sanitation at the ends of the weighted counts’ rounding', [(100 * 9753.5) / 27080.5, (100 * 17327.5) / 27081.5]);

console.log('— delivery-odds-ratios-ghsp —');
show('0.85 (0.63–1.14)', ratioCheck(0.85, 0.63, 1.14, 0.005));
show('0.82 (0.60–1.12)', ratioCheck(0.82, 0.6, 1.12, 0.005));
show('1.01 (0.80–1.42)', ratioCheck(1.01, 0.8, 1.42, 0.005));
show('0.97 (0.72–1.31)', ratioCheck(0.97, 0.72, 1.31, 0.005));
show('1.47 (1.11–1.94)', ratioCheck(1.47, 1.11, 1.94, 0.005));
show('1.05 (0.78–1.41)', ratioCheck(1.05, 0.78, 1.41, 0.005));
show('0.90 (0.82–0.99)', ratioCheck(0.9, 0.82, 0.99, 0.005));
show('0.96 (0.86–1.07)', ratioCheck(0.96, 0.86, 1.07, 0.005));
show('0.87 (0.80–0.94)', ratioCheck(0.87, 0.8, 0.94, 0.005));
show('0.91 (0.83–0.99)', ratioCheck(0.91, 0.83, 0.99, 0.005));
show('1.02 (0. 90–1.16)', ratioCheck(1.02, 0.9, 1.16, 0.005));
show('1.03 (0.99–1.18)', ratioCheck(1.03, 0.99, 1.18, 0.005));
show('1.41 (1.08–1.85)', ratioCheck(1.41, 1.08, 1.85, 0.005));
show('1.33 (1.00–1.78)', ratioCheck(1.33, 1.0, 1.78, 0.005));
show('1.01 (0.80–1.29)', ratioCheck(1.01, 0.8, 1.29, 0.005));
show('0.96 (0.73–1.25)', ratioCheck(0.96, 0.73, 1.25, 0.005));
show('1.11 (0.87–1.42)', ratioCheck(1.11, 0.87, 1.42, 0.005));
show('0.79 (0.60–1.06)', ratioCheck(0.79, 0.6, 1.06, 0.005));
show('1.14 (0.82–1.59)', ratioCheck(1.14, 0.82, 1.59, 0.005));
show('1.21 (0.84–1.73)', ratioCheck(1.21, 0.84, 1.73, 0.005));
show('1.02 (0.74–1.39)', ratioCheck(1.02, 0.74, 1.39, 0.005));
show('1.16 (0.81–1.65)', ratioCheck(1.16, 0.81, 1.65, 0.005));
show('1.22 (0.89–1.68)', ratioCheck(1.22, 0.89, 1.68, 0.005));
show('1.17 (0.81–1.68)', ratioCheck(1.17, 0.81, 1.68, 0.005));
show('1.58 (1.43–1.75)', ratioCheck(1.58, 1.43, 1.75, 0.005));
show('1.34 (1.19–1.51)', ratioCheck(1.34, 1.19, 1.51, 0.005));
show('1.17 (1.08–1.26)', ratioCheck(1.17, 1.08, 1.26, 0.005));
show('1.04 (0.95–1.14)', ratioCheck(1.04, 0.95, 1.14, 0.005));
show('0.94 (0.84–1.05)', ratioCheck(0.94, 0.84, 1.05, 0.005));
show('0.94 (0.84–1.06)', ratioCheck(0.94, 0.84, 1.06, 0.005));
show('1.20 (1.07–1.34)', ratioCheck(1.2, 1.07, 1.34, 0.005));
show('1.27 (1.13–1.43)', ratioCheck(1.27, 1.13, 1.43, 0.005));
show('1.30 (1.16–1.45)', ratioCheck(1.3, 1.16, 1.45, 0.005));
show('1.32 (1.16–1.51)', ratioCheck(1.32, 1.16, 1.51, 0.005));
show('1.47 (1.30–1.65)', ratioCheck(1.47, 1.3, 1.65, 0.005));
show('1.39 (1.20–1.62)', ratioCheck(1.39, 1.2, 1.62, 0.005));
show('0.86 (0.79–0.93)', ratioCheck(0.86, 0.79, 0.93, 0.005));
show('0.81 (0.75–0.88)', ratioCheck(0.81, 0.75, 0.88, 0.005));
show('1.04 (0.90–1.18)', ratioCheck(1.04, 0.9, 1.18, 0.005));
show('0.82 (0.70–0.95)', ratioCheck(0.82, 0.7, 0.95, 0.005));
show('1.10 (0.98–1.22)', ratioCheck(1.1, 0.98, 1.22, 0.005));
show('1.14 (1.02–1.28)', ratioCheck(1.14, 1.02, 1.28, 0.005));
show('1.72 (1.52–1.94)', ratioCheck(1.72, 1.52, 1.94, 0.005));
show('1.75 (1.52–2.01)', ratioCheck(1.75, 1.52, 2.01, 0.005));
show('4.69 (3.93–5.61)', ratioCheck(4.69, 3.93, 5.61, 0.005));
show('4.58 (3.77–5.55)', ratioCheck(4.58, 3.77, 5.55, 0.005));
show('1.55 (1.43–1.68)', ratioCheck(1.55, 1.43, 1.68, 0.005));
show('1.53 (1.40–1.66)', ratioCheck(1.53, 1.4, 1.66, 0.005));
show('5.47 (4.38–6.82)', ratioCheck(5.47, 4.38, 6.82, 0.005));
show('5.60 (4.20–7.09)', ratioCheck(5.6, 4.2, 7.09, 0.005));

console.log('— breastfeeding-odds-ratios-lebanon —');
show('0.97 (0.83, 1.13)', ratioCheck(0.97, 0.83, 1.13, 0.005));
show('0.91 (0.63, 1.32)', ratioCheck(0.91, 0.63, 1.32, 0.005));
show('0.60 (0.39, 0.92)', ratioCheck(0.6, 0.39, 0.92, 0.005));
show('0.76 (0.40, 1.46)', ratioCheck(0.76, 0.4, 1.46, 0.005));
show('0.75 (0.57, 0.99)', ratioCheck(0.75, 0.57, 0.99, 0.005));
show('1.17 (1.00, 1.37)', ratioCheck(1.17, 1.0, 1.37, 0.005));
show('1.20 (1.04, 1.40)', ratioCheck(1.2, 1.04, 1.4, 0.005));
show('1.03 (0.88, 1.22)', ratioCheck(1.03, 0.88, 1.22, 0.005));
show('1.26 (1.03, 1.54)', ratioCheck(1.26, 1.03, 1.54, 0.005));
show('1.52 (1.21, 1.91)', ratioCheck(1.52, 1.21, 1.91, 0.005));
show('1.16 (0.91, 1.47)', ratioCheck(1.16, 0.91, 1.47, 0.005));
show('1.04 (0.72, 1.49)', ratioCheck(1.04, 0.72, 1.49, 0.005));
show('0.86 (0.54, 1.37)', ratioCheck(0.86, 0.54, 1.37, 0.005));
show('0.70 (0.44, 1.12)', ratioCheck(0.7, 0.44, 1.12, 0.005));
show('0.61 (0.35, 1.06)', ratioCheck(0.61, 0.35, 1.06, 0.005));
show('1.05 (0.64, 1.70)', ratioCheck(1.05, 0.64, 1.7, 0.005));
show('1.30 (0.93, 1.83)', ratioCheck(1.3, 0.93, 1.83, 0.005));
show('1.20 (1.01, 1.43)', ratioCheck(1.2, 1.01, 1.43, 0.005));
show('0.59 (0.47, 0.75)', ratioCheck(0.59, 0.47, 0.75, 0.005));
show('1.01 (0.75, 1.38)', ratioCheck(1.01, 0.75, 1.38, 0.005));
show('0.87 (0.61, 1.24)', ratioCheck(0.87, 0.61, 1.24, 0.005));
show('0.97 (0.78, 1.20)', ratioCheck(0.97, 0.78, 1.2, 0.005));
show('1.03 (0.82, 1.30)', ratioCheck(1.03, 0.82, 1.3, 0.005));
show('0.89 (0.70, 1.13)', ratioCheck(0.89, 0.7, 1.13, 0.005));
show('1.03 (0.82, 1.30)', ratioCheck(1.03, 0.82, 1.3, 0.005));
show('1.07 (0.84, 1.37)', ratioCheck(1.07, 0.84, 1.37, 0.005));
// The odds ratio a printed row share implies against its reference (not annotated): secondary 58.5% vs higher.
show('reference share implied by 1.20 at 58.5%', [(0.585 / 0.415 / 1.2 / (1 + 0.585 / 0.415 / 1.2)) * 100]);

console.log('— dental-students-iraq —');
// Which whole counts of 198 give each printed share (±0.05)? None gives 18.8 (not annotated: no count printed).
for (const share of [91.4, 18.8, 26.3, 75.3, 72.2, 60.1, 14.1]) {
  const counts = Array.from({ length: 199 }, (_, k) => k).filter((k) => Math.abs((100 * k) / 198 - share) <= 0.05);
  show(`${share}% of 198`, counts.length ? counts.map((k) => `${k} (${pct(k, 198)})`) : ['none']);
}
