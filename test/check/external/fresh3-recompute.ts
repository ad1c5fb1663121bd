/**
 * The independent recomputation behind the hand annotation of the third held-out corpus,
 * fresh3-id.yaml and fresh3-en.yaml: jStat directly (not naskah's src/stats), so that the
 * annotation does not inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh3-recompute.ts
 */
import { g, jStat, pChi, pct, pF, pR, pT, pZ, ratioCheck, show, woolf } from './recompute-helpers.ts';

const tCrit = (df: number, two = 0.975) => jStat.studentt.inv(two, df);

/** Uncorrected Pearson χ² of a 2×2 table and its p. */
const chi2x2 = (a: number, b: number, c: number, d: number) => {
  const n = a + b + c + d;
  const x = (n * (a * d - b * c) ** 2) / ((a + b) * (c + d) * (a + c) * (b + d));
  return [x, pChi(x, 1)];
};
/** Hypergeometric one-tailed Fisher p (lower and upper tail) for cell a of a 2×2 table. */
const fisherTails = (a: number, b: number, c: number, d: number) => {
  const r1 = a + b;
  const c1 = a + c;
  const n = a + b + c + d;
  const lnC = (k: number, m: number) => jStat.gammaln(k + 1) - jStat.gammaln(m + 1) - jStat.gammaln(k - m + 1);
  const pr = (x: number) => Math.exp(lnC(c1, x) + lnC(n - c1, r1 - x) - lnC(n, r1));
  let lower = 0;
  let upper = 0;
  for (let x = Math.max(0, r1 + c1 - n); x <= Math.min(r1, c1); x++) {
    if (x <= a) lower += pr(x);
    if (x >= a) upper += pr(x);
  }
  return [lower, upper];
};

console.log('— fresh3-id.yaml —');
show('oa-lutut table 5.2: 17, 48 of 65 (kasus); 28, 37 of 65 (kontrol)', [
  pct(17, 65),
  pct(48, 65),
  pct(28, 65),
  pct(37, 65),
]);
show('oa-lutut table 5.3: 2, 54 of 56; 2, 48 of 50', [pct(2, 56), pct(54, 56), pct(2, 50), pct(48, 50)]);
show('oa-lutut jenis kelamin: Woolf OR and CI of 48·28/(17·37); χ² and p', [
  ...woolf(48, 17, 37, 28),
  ...chi2x2(48, 17, 37, 28),
]);
show('oa-lutut 2,14 (1,02–4,48)', ratioCheck(2.14, 1.02, 4.48, 0.005));
show('oa-lutut merokok: Woolf OR and CI of 2·48/(54·2); one-tailed Fisher p (lower, upper)', [
  ...woolf(2, 54, 2, 48),
  ...fisherTails(2, 54, 2, 48),
]);
show('oa-lutut 0,89 (0,12–6,56)', ratioCheck(0.89, 0.12, 6.56, 0.005));
show('oa-obesitas berat: 26, 30 of 56; 14, 44 of 58', [pct(26, 56), pct(30, 56), pct(14, 58), pct(44, 58)]);
show('oa-obesitas berat: Woolf OR, CI of 26·44/(30·14); uncorrected χ², p', [
  ...woolf(26, 30, 14, 44),
  ...chi2x2(26, 30, 14, 44),
]);
show('oa-obesitas berat 2,72 (1,13–6,05)', ratioCheck(2.72, 1.13, 6.05, 0.005));
show('oa-obesitas ringan: 9, 30 of 39; 7, 44 of 51', [pct(9, 39), pct(30, 39), pct(7, 51), pct(44, 51)]);
show('oa-obesitas ringan: Woolf OR, CI of 9·44/(30·7); χ², p', [...woolf(9, 30, 7, 44), ...chi2x2(9, 30, 7, 44)]);
show('oa-obesitas ringan 1,89 (0,63–5,62)', ratioCheck(1.89, 0.63, 5.62, 0.005));
show('oa-histerektomi: 4, 44 of 48; 2, 35 of 37', [pct(4, 48), pct(44, 48), pct(2, 37), pct(35, 37)]);
show('oa-histerektomi: Woolf OR, CI of 4·35/(44·2); one-tailed Fisher p', [
  ...woolf(4, 44, 2, 35),
  ...fisherTails(4, 44, 2, 35),
]);
show('oa-histerektomi 1,59 (0,28–9,2)', ratioCheck(1.59, 0.28, 9.2, 0.005, 0.005));
show('oa-menisektomi 0,32 (0,03–3,19)', ratioCheck(0.32, 0.03, 3.19, 0.005));

show(
  'kalibaru: 14, 10, 6, 26, 4 of 30',
  [14, 10, 6, 26, 4].map((c) => pct(c, 30)),
);

show(
  'sse-ayah lama kursus: 20, 9, 18, 9 of 56',
  [20, 9, 18, 9].map((c) => pct(c, 56)),
);
show(
  'sse-ayah pekerjaan: 2, 44, 7, 3 of 56',
  [2, 44, 7, 3].map((c) => pct(c, 56)),
);
show(
  'sse-ayah penghasilan: 30, 17, 4, 5 of 56',
  [30, 17, 4, 5].map((c) => pct(c, 56)),
);

show('mojokerto: 14 of 43 (and of 21, 17)', [pct(14, 43), pct(14, 21), pct(14, 17)]);

show('spss-paired: SE = SD/√10 for 1.14911, 1.19392, 2.00225', [
  1.14911 / Math.sqrt(10),
  1.19392 / Math.sqrt(10),
  2.00225 / Math.sqrt(10),
]);
show('spss-paired: p of r = −.460, n = 10; t = −2.33/.63317; its p (df 9)', [
  pR(-0.46, 10),
  -2.33 / 0.63317,
  pT(3.68, 9),
]);
show('spss-paired: 95% CI −2.33 ± t(9)·.63317', [-2.33 - tCrit(9) * 0.63317, -2.33 + tCrit(9) * 0.63317]);

show('pola-asuh: p of χ²(26) = 45.187, χ²(26) = 19.899, χ²(1) = 3.398', [
  pChi(45.187, 26),
  pChi(19.899, 26),
  pChi(3.398, 1),
]);

show('minat-belajar: p of t = 0.215 with df 31 (two- and one-tailed), df 62, df 1', [
  pT(0.215, 31),
  pT(0.215, 31) / 2,
  pT(0.215, 62),
  pT(0.215, 1),
]);

show('lamp-13: SE 9.191/√20, 12.083/√20; SE of difference; t = 18.25/3.395', [
  9.191 / Math.sqrt(20),
  12.083 / Math.sqrt(20),
  Math.sqrt(9.191 ** 2 / 20 + 12.083 ** 2 / 20),
  18.25 / 3.395,
]);
show('lamp-13: p of t(38) = 5.376, t(35.473) = 5.376; one-tailed t(38) critical', [
  pT(5.376, 38),
  pT(5.376, 35.473),
  tCrit(38, 0.95),
]);
show('lamp-13: CI 18.25 ± t·3.395 for df 38 and 35.473', [
  18.25 - tCrit(38) * 3.395,
  18.25 + tCrit(38) * 3.395,
  18.25 - tCrit(35.473) * 3.395,
  18.25 + tCrit(35.473) * 3.395,
]);

show(
  'lansia panti: 2, 6, 14, 9, 3, 4 of 38',
  [2, 6, 14, 9, 3, 4].map((c) => pct(c, 38)),
);
show(
  'lansia rumah: 4, 13, 8, 4, 6, 2, 1 of 38',
  [4, 13, 8, 4, 6, 2, 1].map((c) => pct(c, 38)),
);
show(
  'lansia jenis kelamin 36, 2; suku 36, 1, 37 of 38',
  [36, 2, 1, 37].map((c) => pct(c, 38)),
);

show('kader-jiwa: 6, 10, 17 of 33; p of z = −2.077', [pct(6, 33), pct(10, 33), pct(17, 33), pZ(2.077)]);

show('emodul-paired: SE = 11.45931/√20; t = 10.5/2.56238; p of t(19) = 4.098', [
  11.45931 / Math.sqrt(20),
  10.5 / 2.56238,
  pT(4.098, 19),
]);
show('emodul-paired: CI −10.5 ± t(19)·2.56238', [-10.5 - tCrit(19) * 2.56238, -10.5 + tCrit(19) * 2.56238]);

show(
  'bilokka umur 11, 39, 20; pekerjaan 1, 2, 67; pengetahuan 63, 7 of 70',
  [11, 39, 20, 1, 2, 67, 63, 7].map((c) => pct(c, 70)),
);

show(
  'persepsi 4.16: 18, 45, 13, 38, 22, 54 of 76',
  [18, 45, 13, 38, 22, 54].map((c) => pct(c, 76)),
);
show(
  'persepsi 4.17: 48, 28, 63, 13, 52, 24, 45, 31 of 76',
  [48, 28, 63, 13, 52, 24, 45, 31].map((c) => pct(c, 76)),
);
show('persepsi prose 78,9 89,5 75,0 would be 60, 68, 57 of 76', [pct(60, 76), pct(68, 76), pct(57, 76)]);

show(
  'bandar-khalifah: shares of 100 (22, 16, 40, 18, 3, 1, 65, 35)',
  [22, 16, 40, 18, 3, 1, 65, 35].map((c) => pct(c, 100)),
);

show('metadon 4.13: 2/3 1/3 7/16 9/16 6/27 21/27 15/46 31/46', [
  pct(2, 3),
  pct(1, 3),
  pct(7, 16),
  pct(9, 16),
  pct(6, 27),
  pct(21, 27),
  pct(15, 46),
  pct(31, 46),
]);
show('metadon 4.14: 13/25 12/25 2/21 19/21; χ² and p of [13 12; 2 19]', [
  pct(13, 25),
  pct(12, 25),
  pct(2, 21),
  pct(19, 21),
  ...chi2x2(13, 12, 2, 19),
]);

show(
  'posbindu 5.1: 11, 29, 25, 15 of 40',
  [11, 29, 25, 15].map((c) => pct(c, 40)),
);
show(
  'posbindu 5.2: 15, 13, 5, 3 of 36',
  [15, 13, 5, 3].map((c) => pct(c, 36)),
);

show(
  'dampit usia 16, 33, 2; pendidikan 18, 20, 13 of 51',
  [16, 33, 2, 18, 20, 13].map((c) => pct(c, 51)),
);
show(
  'dampit dukungan 35, 16; kepatuhan 23, 21, 7 of 51',
  [35, 16, 23, 21, 7].map((c) => pct(c, 51)),
);

show(
  'pasar-bantul: 11, 40, 27, 14, 3 of 95; cumulative 51, 78, 92 of 95',
  [11, 40, 27, 14, 3, 51, 78, 92].map((c) => pct(c, 95)),
);

console.log('— fresh3-en.yaml —');
show('note4results: p of χ²(1) = 0.09; t(62) = 8.05', [pChi(0.09, 1), pT(8.05, 62)]);
show('note4results: Bhatia–Davis SD bound (n unknown, factor 2) for 26–79 M 48.6 and 1.0–6.0 M 2.7', [
  Math.sqrt(2 * (79 - 48.6) * (48.6 - 26)),
  Math.sqrt(2 * (6 - 2.7) * (2.7 - 1)),
]);

const tb: [string, number, number, number][] = [
  ['% 3.4', 3.4, 1.8, 5.1],
  ['% 8.2', 8.2, 6.5, 9.9],
  ['% 5.5', 5.5, 4.5, 6.5],
  ['% 4.4', 4.4, 3.6, 5.1],
  ['% 6.5', 6.5, 0.0, 15.2],
  ['% 4.8 (female)', 4.8, 4.2, 5.4],
  ['% 6.0', 6.0, 5.1, 6.8],
  ['% 6.7', 6.7, 5.6, 7.8],
  ['% 4.8 (2013)', 4.8, 4.1, 5.6],
  ['% 4.8 (2014)', 4.8, 4.0, 5.6],
];
for (const [label, est, lo, hi] of tb)
  show(`tb-dale ${label}: arithmetic centre range; half-widths below and above`, [
    `${g((lo - 0.05 + hi - 0.05) / 2)}–${g((lo + 0.05 + hi + 0.05) / 2)}`,
    est - lo,
    hi - est,
  ]);
const ors: [string, number, number, number][] = [
  ['crude 2.51', 2.51, 1.45, 4.34],
  ['crude 1.63', 1.63, 0.95, 2.79],
  ['crude 1.28', 1.28, 0.76, 2.18],
  ['crude 1.94', 1.94, 0.43, 8.84],
  ['crude 1.26', 1.26, 1.03, 1.54],
  ['crude 0.71', 0.71, 0.55, 0.9],
  ['crude 0.70', 0.7, 0.54, 0.9],
  ['adj 2.50 (p .95)', 2.5, 1.45, 4.33],
  ['adj 1.74 (p .34)', 1.74, 1.01, 2.97],
  ['adj 1.33 (p .23)', 1.33, 0.78, 2.26],
  ['adj 2.21 (p .91)', 2.21, 0.46, 9.7],
  ['adj 1.24 (p .08)', 1.24, 0.99, 1.55],
  ['adj 0.59 (p .02)', 0.59, 0.45, 0.77],
  ['adj 0.66 (p .03)', 0.66, 0.5, 0.87],
];
for (const [label, est, lo, hi] of ors) show(`tb-dale ${label}`, ratioCheck(est, lo, hi, 0.005));

show('popular kids: 49, 24, 19 of 92; 50, 36, 22 of 108; 69, 38, 28 of 135', [
  pct(49, 92),
  pct(24, 92),
  pct(19, 92),
  pct(50, 108),
  pct(36, 108),
  pct(22, 108),
  pct(69, 135),
  pct(38, 135),
  pct(28, 135),
]);
show('neurodynamic: p of F(1, 26) = 159.187; SD bound for n = 28, 19–22, M 20.7', [
  pF(159.187, 1, 26),
  Math.sqrt((28 / 27) * (22 - 20.7) * (20.7 - 19)),
]);
show('valdosta: p of F(1, 37) = 1.20', [pF(1.2, 1, 37)]);
show('stats-help: p of t(8) = 2.89; pooled t for n = 5 and 5', [
  pT(2.89, 8),
  (4.2 - 2.2) / Math.sqrt(((4 * 1.3 ** 2 + 4 * 0.84 ** 2) / 8) * (2 / 5)),
]);
show('knowt: p of χ²(2) = 28.42; critical χ²(2) at .05', [pChi(28.42, 2), jStat.chisquare.inv(0.95, 2)]);
show('uijen p73: F(2,63) < 0.57, F(8,122) < 1.18 (lower bounds on p); F(8,122) = 2.31; F(2,63) > 5.36 (upper bound)', [
  pF(0.57, 2, 63),
  pF(1.18, 8, 122),
  pF(2.31, 8, 122),
  pF(5.36, 2, 63),
]);
show('uijen p73: F(2,63) = 2.31 and over its rounding 2.305, 2.315', [
  pF(2.31, 2, 63),
  pF(2.305, 2, 63),
  pF(2.315, 2, 63),
]);
show('uijen p73: t(42) > 2.59, > 2.75, < 0.66', [pT(2.59, 42), pT(2.75, 42), pT(0.66, 42)]);
show('uijen p106: F(1,86) = 0.27, F(2,86) = 3.10, F(2,86) = 5.62', [pF(0.27, 1, 86), pF(3.1, 2, 86), pF(5.62, 2, 86)]);
show('uijen p106: t(29) = 2.40, t(28) = 1.97, t(29) = 0.56, t(49.11) = 3.08, t(58) = 2.27, t(57) = 0.89', [
  pT(2.4, 29),
  pT(1.97, 28),
  pT(0.56, 29),
  pT(3.08, 49.11),
  pT(2.27, 58),
  pT(0.89, 57),
]);
show('uijen p174: F(2,73) = 1.14, F(2,73) = 2.27, F(1,73) = 64.32, F(2,73) = 5.95, t(24) = 5.96', [
  pF(1.14, 2, 73),
  pF(2.27, 2, 73),
  pF(64.32, 1, 73),
  pF(5.95, 2, 73),
  pT(5.96, 24),
]);
show('uijen p174: t(24) = 1.74 and over its rounding 1.735, 1.745', [pT(1.74, 24), pT(1.735, 24), pT(1.745, 24)]);
