/**
 * The independent recomputation behind the hand annotation of the fresh8-id held-out corpus
 * (fresh8-id.yaml): jStat directly (not naskah's src/stats), so that the annotation does not
 * inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh8-id-recompute.ts
 */
import { g, jStat, pChi, pct, pF, pT, pZ, show } from './recompute-helpers.ts';

/** Each count's share of the total, in per cent to three decimals. */
const shares = (total: number, counts: number[]) => counts.map((c) => pct(c, total));
/** Welch-form (separate variances) t of two means from their variances and group sizes. */
const tSeparate = (m1: number, v1: number, n1: number, m2: number, v2: number, n2: number) =>
  (m1 - m2) / Math.sqrt(v1 / n1 + v2 / n2);

console.log('— fresh8-id.yaml —');
show('asi-kartasura pendidikan 8, 19, 34, 11 of 72', shares(72, [8, 19, 34, 11]));
show('asi-kartasura pengetahuan 25, 47; ASI eksklusif 16, 56 of 72', shares(72, [25, 47, 16, 56]));
const tUhi = tSeparate(73.02778, 157.342, 36, 72, 197.742, 36);
show('uhi t (separated variances), p of t(70), t crit 0,975 (70)', [tUhi, pT(tUhi, 70), jStat.studentt.inv(0.975, 70)]);

/** Pearson χ² of an r×c table of counts (rows of cells). */
const chiTable = (rows: number[][]) => {
  const rowSums = rows.map((r) => r.reduce((a, b) => a + b, 0));
  const colSums = rows[0]!.map((_, j) => rows.reduce((a, r) => a + r[j]!, 0));
  const n = rowSums.reduce((a, b) => a + b, 0);
  let x = 0;
  rows.forEach((r, i) =>
    r.forEach((o, j) => {
      const e = (rowSums[i]! * colSums[j]!) / n;
      x += (o - e) ** 2 / e;
    }),
  );
  return x;
};
const tt = [
  [26, 23],
  [17, 14],
  [0, 1],
];
const xTT = chiTable(tt);
show('imunisasi-tt row shares 26, 23 of 49; 17, 14 of 31; 0, 1 of 1', [
  ...shares(49, [26, 23]),
  ...shares(31, [17, 14]),
  ...shares(1, [0, 1]),
]);
show('imunisasi-tt expected 49·43/81, 49·38/81, 31·43/81, 31·38/81, 43/81, 38/81', [
  (49 * 43) / 81,
  (49 * 38) / 81,
  (31 * 43) / 81,
  (31 * 38) / 81,
  43 / 81,
  38 / 81,
]);
show('imunisasi-tt χ² of the 3×2 table, p (df 2); p of printed 1,43 (df 2); χ² crit df 1, df 2', [
  xTT,
  1 - jStat.chisquare.cdf(xTT, 2),
  1 - jStat.chisquare.cdf(1.43, 2),
  jStat.chisquare.inv(0.95, 1),
  jStat.chisquare.inv(0.95, 2),
]);
show('susu-formula 27, 3 of 30', shares(30, [27, 3]));
show('susu-formula Bhatia–Davis bound √((20,37−12)(24−20,37))', [Math.sqrt((20.37 - 12) * (24 - 20.37))]);

const tZikir = (16.71 - 12.0) / Math.sqrt((10.626 ** 2 + 7.88 ** 2) / 24);
show('zikir-skill-lab pooled t (equal n 24), p of t(46); p of printed 1,744; p over t 1,7435–1,7445', [
  tZikir,
  pT(tZikir, 46),
  pT(1.744, 46),
  pT(1.7445, 46),
  pT(1.7435, 46),
]);
show('zikir post-test perlakuan 10, 7, 4, 1, 3 (and 2) of 24', shares(24, [10, 7, 4, 1, 3, 2]));
show('zikir post-test kontrol 2, 5, 8, 5, 4 of 24', shares(24, [2, 5, 8, 5, 4]));
show('zikir pre-test 9, 7, 4, 1 of 24', shares(24, [9, 7, 4, 1]));

/** Woolf (log) interval of the odds ratio a·d / (b·c) of a 2×2 table, and its Wald p. */
const woolf = (a: number, b: number, c: number, d: number) => {
  const or = (a * d) / (b * c);
  const se = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
  return [or, Math.exp(Math.log(or) - 1.959964 * se), Math.exp(Math.log(or) + 1.959964 * se), pZ(Math.log(or) / se)];
};
/** Pearson χ² of a 2×2 table, uncorrected and with Yates' correction, with their p. */
const chi2x2 = (a: number, b: number, c: number, d: number) => {
  const n = a + b + c + d;
  const den = (a + b) * (c + d) * (a + c) * (b + d);
  const x = (n * (a * d - b * c) ** 2) / den;
  const y = (n * Math.max(0, Math.abs(a * d - b * c) - n / 2) ** 2) / den;
  return [x, pChi(x, 1), y, pChi(y, 1)];
};
/**
 * For a ratio with 95% interval [lo, hi] as printed, half a unit h of the last digit of the
 * bounds: the range of the interval's geometric centre, and the Wald p of the printed estimate.
 */
const centre = (est: number, lo: number, hi: number, h: number) => {
  const se = (Math.log(hi) - Math.log(lo)) / (2 * 1.959964);
  return [
    `centre ${g(Math.sqrt((lo - h) * (hi - h)))}–${g(Math.sqrt((lo + h) * (hi + h)))}`,
    `Wald p ${g(pZ(Math.log(est) / se))}`,
  ];
};

show('tb-serang umur shares 108, 100 of 208; 12, 20 of 32; 120 of 240', [
  ...shares(208, [108, 100]),
  ...shares(32, [12, 20]),
  pct(120, 240),
]);
show('tb-serang umur Woolf OR, CI, Wald p', woolf(108, 100, 12, 20));
show('tb-serang umur χ², p, Yates, p', chi2x2(108, 100, 12, 20));
show('tb-serang umur printed 1,800 (0,837–3,871)', centre(1.8, 0.837, 3.871, 0.0005));
show('tb-serang jk shares 76, 64 of 140; 44, 56 of 100', [...shares(140, [76, 64]), ...shares(100, [44, 56])]);
show('tb-serang jk Woolf OR, CI, Wald p', woolf(76, 64, 44, 56));
show('tb-serang jk χ², p, Yates, p', chi2x2(76, 64, 44, 56));
show('tb-serang jk printed 1,511 (0,902–2,533)', centre(1.511, 0.902, 2.533, 0.0005));
show('tb-serumah merokok shares 2, 27 of 29; 16, 95 of 111; 18, 122 of 140', [
  ...shares(29, [2, 27]),
  ...shares(111, [16, 95]),
  ...shares(140, [18, 122]),
]);
show('tb-serumah merokok χ², p, Yates, p', chi2x2(2, 16, 27, 95));
show('tb-serumah penyerta shares 1, 16, 12 of 29; 1, 106, 4 of 111; 2, 122, 16 of 140', [
  ...shares(29, [1, 16, 12]),
  ...shares(111, [1, 106, 4]),
  ...shares(140, [2, 122, 16]),
]);
show('tb-serumah penyerta χ² (3×2), p (df 2)', [
  chiTable([
    [1, 1],
    [16, 106],
    [12, 4],
  ]),
  1 -
    jStat.chisquare.cdf(
      chiTable([
        [1, 1],
        [16, 106],
        [12, 4],
      ]),
      2,
    ),
]);
show('tb-merokok Widyasari 0,766 (0,278–2,111)', centre(0.766, 0.278, 2.111, 0.0005));
show('tb-merokok Widyasari 1,495 (0,540–4,136)', centre(1.495, 0.54, 4.136, 0.0005));
show('tb-setu 3,44 (1,37–8,66)', centre(3.44, 1.37, 8.66, 0.005));
show('tb-setu 1,69 (0,742–3,35)', centre(1.69, 0.742, 3.35, 0.005));
show('tb-setu 0,71 (0,28–1,83)', centre(0.71, 0.28, 1.83, 0.005));
show('tb-setu 1,16 (0,38–3,55)', centre(1.16, 0.38, 3.55, 0.005));
show('tb-setu 0,69 (0,30–1,57)', centre(0.69, 0.3, 1.57, 0.005));
show('tb-setu 1,63 (0,72–3,71)', centre(1.63, 0.72, 3.71, 0.005));
show('tb-setu n+ read as 14/20 vs 12/59 and 19/56 vs 12/59 (Woolf)', [
  ...woolf(14, 20, 12, 59),
  ...woolf(19, 56, 12, 59),
]);
show('tb-konversi 1,439 (0,579–3,577)', centre(1.439, 0.579, 3.577, 0.0005));
show('tb-konversi 5,8 (0,706–47,645)', centre(5.8, 0.706, 47.645, 0.0005));
show('tb-konversi 2,591 (1,049–6,402)', centre(2.591, 1.049, 6.402, 0.0005));
show('tb-purwokerto 3,85 (1,32–11,23)', centre(3.85, 1.32, 11.23, 0.005));

/** Fisher's exact test of a 2×2 table: two-sided (sum of tables no likelier) and one-sided (upper). */
const fisher = (a: number, b: number, c: number, d: number) => {
  const r1 = a + b;
  const c1 = a + c;
  const n = a + b + c + d;
  const lnChoose = (m: number, k: number) => jStat.gammaln(m + 1) - jStat.gammaln(k + 1) - jStat.gammaln(m - k + 1);
  const pdf = (x: number) => Math.exp(lnChoose(c1, x) + lnChoose(n - c1, r1 - x) - lnChoose(n, r1));
  const lo = Math.max(0, r1 + c1 - n);
  const hi = Math.min(r1, c1);
  const p0 = pdf(a);
  let two = 0;
  let upper = 0;
  for (let x = lo; x <= hi; x++) {
    const px = pdf(x);
    if (px <= p0 * (1 + 1e-7)) two += px;
    if (x >= a) upper += px;
  }
  return [two, upper];
};
show('tb-serang umur Fisher two-sided, one-sided', fisher(108, 100, 12, 20));
show('tb-serang jk Fisher two-sided, one-sided', fisher(76, 64, 44, 56));
show('tb-serang umur, jk one-sided χ² (half the uncorrected p)', [pChi(2.308, 1) / 2, pChi(2.469, 1) / 2]);

show('kualitas-tidur 3, 8, 17, 14, 8 of 50', shares(50, [3, 8, 17, 14, 8]));
show('tidur-kognitif 26, 41, 37 of 78', shares(78, [26, 41, 37]));
show('candrajiwa p of F(2, 57) = 19,377; over df2 20 and 60; F from R = 0,636 (2, 57)', [
  pF(19.377, 2, 57),
  pF(19.377, 2, 20),
  pF(19.377, 2, 60),
  0.636 ** 2 / 2 / ((1 - 0.636 ** 2) / 57),
  jStat.centralF.inv(0.95, 2, 57),
]);
show('kepuasan-kerja-uma p of F(1, 67..69) = 11,348; of F(1, 67) = 62,363', [
  pF(11.348, 1, 67),
  pF(11.348, 1, 69),
  pF(11.3475, 1, 69),
  pF(62.363, 1, 67),
]);
/** 95% CI of a mean from its SD and n (t with n − 1 df), with the SE. */
const meanCi = (m: number, sd: number, n: number) => {
  const se = sd / Math.sqrt(n);
  const t = jStat.studentt.inv(0.975, n - 1);
  return [se, m - t * se, m + t * se].map((x) => x.toFixed(4));
};
show('produktivitas SD group 1: SE, CI', meanCi(15.0833, 2.50303, 12));
show('produktivitas SLTP group 2: SE, CI', meanCi(16.2857, 3.22081, 14));
show('produktivitas SLTA group 3: SE, CI', meanCi(16.7333, 2.43389, 15));
show('produktivitas Bhatia–Davis bounds', [
  Math.sqrt((15.0833 - 10) * (18 - 15.0833)),
  Math.sqrt((16.2857 - 10) * (21 - 16.2857)),
  Math.sqrt((16.7333 - 10) * (20 - 16.7333)),
]);
show('kepuasan-tetap-kontrak 36, 24; 6, 20, 4, 30 of 60', shares(60, [36, 24, 6, 20, 4, 30]));
/** Asymptotic Kolmogorov p of a Kolmogorov–Smirnov Z. */
const pKolmogorov = (z: number) => {
  let s = 0;
  for (let k = 1; k <= 100; k++) s += (-1) ** (k - 1) * Math.exp(-2 * k * k * z * z);
  return Math.min(1, 2 * s);
};
show('kepuasan-tetap-kontrak KS Z 1,108 p; Levene F(1, 58) = 5,723 p', [
  pKolmogorov(1.108),
  pKolmogorov(1.1075),
  pKolmogorov(1.1085),
  pF(5.723, 1, 58),
]);
show('lama-bekerja 23, 2, 18, 22, 6, 3, 1 of 75', shares(75, [23, 2, 18, 22, 6, 3, 1]));
show('lama-bekerja MS 1444,304/19, 3211,696/55, F, p of F(19, 55) = 1,302', [
  1444.304 / 19,
  3211.696 / 55,
  1444.304 / 19 / (3211.696 / 55),
  pF(1.302, 19, 55),
]);
show('kepuasan-uji-f MS 9,434/4, 13,276/26, F, p of F(4, 26) = 4,619; F crit', [
  9.434 / 4,
  13.276 / 26,
  9.434 / 4 / (13.276 / 26),
  pF(4.619, 4, 26),
  jStat.centralF.inv(0.95, 4, 26),
]);

show('anemia-pijorkoling 23, 41 of 64; 21, 34 of 55; 2, 7 of 9; 34 of 50; 7 of 14', [
  ...shares(64, [23, 41]),
  ...shares(55, [21, 34]),
  ...shares(9, [2, 7]),
  pct(34, 50),
  pct(7, 14),
]);
show('anemia-pijorkoling umur χ², p, Yates, p; Fisher', [...chi2x2(21, 34, 2, 7), ...fisher(21, 34, 2, 7)]);
show('anemia-pijorkoling paritas (16, 34; 7, 7) χ², p, Yates, p', chi2x2(16, 34, 7, 7));

show('melon usia 3, 6, 12, 8, 1, productive 29 of 30', shares(30, [3, 6, 12, 8, 1, 29]));
show('melon pendidikan 2, 7, 9, 12; keluarga 3, 3, 24 of 30', shares(30, [2, 7, 9, 12, 3, 3, 24]));
show('hambaro mata pencaharian of 2829', shares(2829, [152, 369, 35, 196, 730, 10, 1337]));
show('hambaro pendidikan of 4457', shares(4457, [3711, 531, 199, 9, 7]));
show('hambaro jenis kelamin 31, 29 of 60', shares(60, [31, 29]));
show('kacang panjang 38, 2; 13, 12, 12, 3 of 40', shares(40, [38, 2, 13, 12, 12, 3]));
show('jagung umur kompos 4, 17, 15, 7, 2 of 45', shares(45, [4, 17, 15, 7, 2]));
show('jagung umur kimia 14, 15, 11, 2, 3 of 45', shares(45, [14, 15, 11, 2, 3]));
show('jagung pendidikan kompos 1, 10, 30, 4; kimia 1, 1, 12, 30, 1 of 45', shares(45, [1, 10, 30, 4, 1, 1, 12, 30, 1]));
show('ciri seks 16, 8, 2 of 26; p of z 4,346; largest |z| of a Wilcoxon test with n = 26', [
  ...shares(26, [16, 8, 2]),
  pZ(4.346),
  (26 * 27) / 4 / Math.sqrt((26 * 27 * 53) / 24),
]);

/** A regression row: t = B/SE over the rounding of B and SE (half units hb, hs), and p of the printed t. */
const coefRow = (b: number, se: number, hb: number, hs: number, tPrinted: number, df: number) => {
  const ts = [(b - hb) / (se + hs), (b + hb) / (se - hs), (b - hb) / (se - hs), (b + hb) / (se + hs)].map(Math.abs);
  return [
    `t ${g(Math.min(...ts))}–${g(Math.max(...ts))}`,
    `p ${g(pT(tPrinted, df))}`,
    `one-sided ${g(pT(tPrinted, df) / 2)}`,
  ];
};
const crit = (df: number) => jStat.studentt.inv(0.975, df);
show('jasa-marga constant 12,987/4,367 (df 54), CI ± t·SE', [
  ...coefRow(12.987, 4.367, 0.0005, 0.0005, 2.974, 54),
  12.987 - crit(54) * 4.367,
  12.987 + crit(54) * 4.367,
  crit(54),
]);
show('jasa-marga VAR ,472/,060 (df 54), CI', [
  ...coefRow(0.472, 0.06, 0.0005, 0.0005, 7.891, 54),
  0.472 - crit(54) * 0.06,
  0.472 + crit(54) * 0.06,
]);
show('bank-sumut constant −5,544/11,003 (df 41)', coefRow(5.544, 11.003, 0.0005, 0.0005, 0.504, 41));
show('bank-sumut pengawasan ,253/,142 (df 41)', coefRow(0.253, 0.142, 0.0005, 0.0005, 1.78, 41));
show('bank-sumut disiplin ,829/,126 (df 41)', coefRow(0.829, 0.126, 0.0005, 0.0005, 6.585, 41));
show('bank-sumut one-sided t crit 0,95 (41)', [jStat.studentt.inv(0.95, 41)]);
show('disiplin constant 3,869/1,628 (df 39)', coefRow(3.869, 1.628, 0.0005, 0.0005, 2.377, 39));
show('disiplin kompensasi −,120/,236 (df 39)', coefRow(0.12, 0.236, 0.0005, 0.0005, 0.508, 39));
show('disiplin teladan ,246/,176 (df 39)', coefRow(0.246, 0.176, 0.0005, 0.0005, 1.399, 39));
show('disiplin sanksi ,309/,106 (df 39)', coefRow(0.309, 0.106, 0.0005, 0.0005, 2.905, 39));
show('disiplin t crit (39), (40)', [crit(39), crit(40)]);

show('semangat-kerja MS 610,334/2, 242,397/112, F, p of F(2, 112) = 141,003, F crit', [
  610.334 / 2,
  242.397 / 112,
  610.334 / 2 / (242.397 / 112),
  pF(141.003, 2, 112),
  jStat.centralF.inv(0.95, 2, 112),
]);
show('semangat-kerja constant 2,440/,801 (df 112)', coefRow(2.44, 0.801, 0.0005, 0.0005, 3.048, 112));
show('semangat-kerja disiplin ,310/,065 (df 112)', coefRow(0.31, 0.065, 0.0005, 0.0005, 4.752, 112));
show('semangat-kerja semangat ,391/,067 (df 112)', coefRow(0.391, 0.067, 0.0005, 0.0005, 5.843, 112));
show('dispenda F 4,106 p over df (3, 40..60); F crit (3, 46)', [
  pF(4.106, 3, 40),
  pF(4.106, 3, 46),
  pF(4.106, 3, 60),
  jStat.centralF.inv(0.95, 3, 46),
]);
show('bkpsdm t(80) = 11,547 p; t from r = ,791 with n = 82; r²', [
  pT(11.547, 80),
  (0.791 * Math.sqrt(80)) / Math.sqrt(1 - 0.791 ** 2),
  0.791 ** 2,
  crit(80),
]);

show(
  'gizi-prestasi-usu gizi × umur of 67: 1, 5, 16, 7, 26; 1, 2, 1; 1, 6, 22, 10, 28; 4, 2, 2',
  shares(67, [1, 5, 16, 7, 26, 1, 2, 1, 1, 6, 22, 10, 28, 4, 2, 2]),
);
show(
  'gizi-prestasi-usu prestasi of 67: 16, 20, 3; 9, 17, 2; 25, 37, 5; 4, 4, 19, 31, 5, 2, 2',
  shares(67, [16, 20, 3, 9, 17, 2, 25, 37, 5, 4, 4, 19, 31, 5, 2, 2]),
);
show('gizi-sibolga 56 of 63', shares(63, [56]));
show('gizi-hasil-belajar 17, 35, 39, 10, 29, 13, 7, 6 of 52; 1 of 4 cells', [
  ...shares(52, [17, 35, 39, 10, 29, 13, 7, 6]),
  pct(1, 4),
]);
show('gizi-purwoprajan 25, 48 of 73', shares(73, [25, 48]));
