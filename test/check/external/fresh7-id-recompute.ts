/**
 * The independent recomputation behind the hand annotation of the fresh7-id held-out corpus,
 * fresh7-id.yaml: jStat directly (not naskah's src/stats), so that the annotation does not
 * inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh7-id-recompute.ts
 */
import { g, jStat, pChi, pct, pF, pR, pT, pZ, show } from './recompute-helpers.ts';

/** Each count's share of the total, in per cent to three decimals. */
const shares = (total: number, counts: number[]) => counts.map((c) => pct(c, total));
/** Two-tailed p of Pearson's r over the rounding interval of a printed r (half a unit h). */
const pRRange = (r: number, n: number, h: number) => [pR(Math.min(0.999999, r + h), n), pR(Math.max(0, r - h), n)];
/** Critical t at alpha, two-tailed and one-tailed. */
const tCrit = (df: number, alpha = 0.05) => [jStat.studentt.inv(1 - alpha / 2, df), jStat.studentt.inv(1 - alpha, df)];

/** Critical F at alpha. */
const fCrit = (df1: number, df2: number, alpha = 0.05) => jStat.centralF.inv(1 - alpha, df1, df2);

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
/**
 * A mean, minimum, maximum and SD that can all be true: the mean lies within [min, max] and
 * the SD does not exceed the Bhatia–Davis bound √((max − mean)(mean − min)), times √(n/(n−1))
 * for a sample SD when n is known. Prints the bound.
 */
const descriptives = (label: string, min: number, max: number, mean: number, sd: number, n?: number) => {
  const bound = Math.sqrt((max - mean) * (mean - min)) * (n ? Math.sqrt(n / (n - 1)) : 1);
  show(label, [
    `mean within ${min}–${max}: ${mean >= min && mean <= max}`,
    `SD ${sd} ≤ bound ${g(bound)}: ${sd <= bound}`,
  ]);
};
descriptives('ifrs DER', 0.976, 9.814, 3.48, 3.906);
// biome-ignore lint/suspicious/noApproximativeNumericConstant: 0,434 is the printed DR minimum, not log10(e)
descriptives('ifrs DR', 0.434, 0.906, 0.626, 0.196);
show('ifrs ROE mean 0,412 within 0,241–0,874', [String(0.412 >= 0.241 && 0.412 <= 0.874)]);
for (const [v, mn, mx, m, s] of [
  ['DACC', -2, 1, -0.1, 0.319],
  ['Leverage', 0.03, 1.02, 0.511, 0.24387],
  ['Size', 11.2, 16.24, 13.5611, 1.15768],
  ['Kinerja', -0.36, 0.821, 0.0521, 0.1309],
  ['Intensitas Modal', 0.01, 1.42, 0.4331, 0.2916],
  ['Rasio Konsentrasi', 0, 0.12, 0.01, 0.01692],
] as [string, number, number, number, number][])
  descriptives(`konservatisme ${v} (N 148)`, mn, mx, m, s, 148);
for (const [v, mn, mx, m, s] of [
  ['RS', -0.7813, 0.6977, -0.04, 0.2823],
  ['QR', 0.1373, 6.3673, 1.3878, 1.1793],
  ['DAR', 0.0977, 2.0691, 0.473, 0.2866],
  ['ROA', -0.1682, 0.4922, 0.0819, 0.0903],
  ['TATO', 0.0917, 2.6879, 1.123, 0.4391],
  ['PBV', -1.1726, 9.568, 2.3353, 2.0889],
] as [string, number, number, number, number][])
  descriptives(`manufaktur ${v} (N 163)`, mn, mx, m, s, 163);

const sum = (x: number[]) => x.reduce((a, b) => a + b, 0);
const anava = [
  [5, 7, 6, 3, 9, 7, 4, 2],
  [9, 11, 8, 7, 7],
  [8, 6, 9, 5, 7, 4, 4],
];
show(
  'anava groups 1–3: n, total, mean, Σx²',
  anava.flatMap((x) => [x.length, sum(x), sum(x) / x.length, sum(x.map((v) => v * v))]),
);
show('anava MS 82,22/3, 85,93/22, F; F tabel F(3,22) at .05 and .01; p of F(3,22) 7,017', [
  82.22 / 3,
  85.93 / 22,
  82.22 / 3 / (85.93 / 22),
  fCrit(3, 22),
  fCrit(3, 22, 0.01),
  pF(7.017, 3, 22),
]);
const prestasi = [
  [6, 8, 5, 7, 7, 6, 6, 8, 7, 6, 7],
  [5, 6, 6, 7, 5, 5, 5, 6, 5, 6, 8, 7],
  [6, 9, 8, 7, 8, 9, 6, 6, 9, 8, 6, 8],
];
{
  const all = prestasi.flat();
  const ssBetween = sum(prestasi.map((x) => sum(x) ** 2 / x.length)) - sum(all) ** 2 / all.length;
  const ssWithin = sum(all.map((v) => v * v)) - sum(prestasi.map((x) => sum(x) ** 2 / x.length));
  show('prestasi n, totals, Σx²; SS between, SS within; exact F(2,32)', [
    ...prestasi.flatMap((x) => [x.length, sum(x), sum(x.map((v) => v * v))]),
    ssBetween,
    ssWithin,
    ssBetween / 2 / (ssWithin / 32),
  ]);
  show('prestasi p of F(2,32) 6,47 (6,465–6,475) and of the exact F; F tabel F(2,32) .05', [
    pF(6.475, 2, 32),
    pF(6.465, 2, 32),
    pF(ssBetween / 2 / (ssWithin / 32), 2, 32),
    fCrit(2, 32),
  ]);
}
show('mann-whitney gain: U = 25·27 + 25·26/2 − 824; no-ties Z; p of Z −3,061 (−3,0605…−3,0615)', [
  25 * 27 + (25 * 26) / 2 - 824,
  (176 - (25 * 27) / 2) / Math.sqrt((25 * 27 * 53) / 12),
  pZ(3.0605),
  pZ(3.0615),
]);
for (const [v, t, p] of [
  ['C', 2.686476, 0.0082],
  ['D(INFLASI)', 2.024047, 0.0452],
  ['INFLASI(-1)', -3.327831, 0.0012],
  ['D(LJUB)', 0.634915, 0.5267],
  ['LJUB(-1)', -3.292738, 0.0013],
  ['D(LKURS)', 0.249299, 0.8036],
  ['LKURS(-1)', -4.099648, 0.0001],
  ['D(SBI)', -1.382368, 0.1694],
  ['SBI(-1)', -3.488306, 0.0007],
] as [string, number, number][])
  show(`moneter ${v} t(123) ${t}: p (printed ${p})`, [pT(t, 123).toFixed(5)]);
show('moneter t tabel: two-tailed critical t(123) and z', [tCrit(123)[0]!, jStat.normal.inv(0.975, 0, 1)]);
show('sbi-kredit df implied by R² 0,975830 and F 215,3299 with k 3: n − 4', [(215.3299 * (1 - 0.97583) * 3) / 0.97583]);
show('sbi-kredit p at df 16 of t −3,669857 and 2,503162 (not printed df)', [pT(3.669857, 16), pT(2.503162, 16)]);
/** t = B / SE over the rounding of the printed B and SE (half units hb, hs). */
const tRange = (b: number, se: number, hb: number, hs: number) => {
  const ts = [(b - hb) / (se + hs), (b + hb) / (se - hs), (b - hb) / (se - hs), (b + hb) / (se + hs)];
  return [Math.min(...ts), Math.max(...ts)];
};
show('inflasi X1 t = −1.27E-05/6.17E-06 range', tRange(1.27e-5, 6.17e-6, 0.005e-5, 0.005e-6));
show('inflasi X2, X3, X4, C t = B/SE', [
  -0.000104 / 9.73e-5,
  0.709524 / 0.127225,
  0.227519 / 0.052646,
  -1032.409 / 287.6585,
]);
show('inflasi X2 t range (B ±0.0000005, SE ±0.005E-05)', tRange(0.000104, 9.73e-5, 0.0000005, 0.005e-5));
show('inflasi p of t(59): X1, X2, X3, X4, C', [
  pT(2.051499, 59),
  pT(1.068984, 59),
  pT(5.576932, 59),
  pT(4.321715, 59),
  pT(3.589008, 59),
]);
show('inflasi F(4,59) 24.80485 p; F from R² 0.6271 (k 4, df 59)', [
  pF(24.80485, 4, 59),
  0.6271 / 4 / ((1 - 0.6271) / 59),
]);
show('kecerdasan emosi r 0,809 n 120: p; r² over the rounding of r', [pR(0.809, 120), 0.8085 ** 2, 0.8095 ** 2]);
show('galang suka 86 of 86; 10, 34, 30, 12 of 86', shares(86, [86, 10, 34, 30, 12]));
show('dramaga 62, 56, 0, 1, 10, 15 of 72', shares(72, [62, 56, 0, 1, 10, 15]));
{
  // Welch-form t of two groups of 27 from printed means and SDs, over their rounding.
  const ts: number[] = [];
  for (const d of [7.595, 7.605])
    for (const s1 of [12.245, 12.255])
      for (const s2 of [9.45, 9.55]) ts.push(-d / Math.sqrt((s1 * s1) / 27 + (s2 * s2) / 27));
  show('ppr t = (72,44 − 80,04)/√(12,25²/27 + 9,5²/27): exact, range; p of t(52) −2,54', [
    -7.6 / Math.sqrt((12.25 * 12.25) / 27 + (9.5 * 9.5) / 27),
    Math.min(...ts),
    Math.max(...ts),
    pT(2.54, 52),
    Math.sqrt(8.9),
  ]);
}
show('modeling the way p of t(58) −0,457 (0,4565–0,4575); t tabel t(58)', [
  pT(0.4575, 58),
  pT(0.4565, 58),
  tCrit(58)[0]!,
]);
show('yoghurt critical r for n 30 at α 0,10 and 0,05', [rCrit(30, 0.1), rCrit(30)]);
show('konsumen 34, 66 of 100; 32, 33, 14, 9, 10, 2 of 100 (sum)', [
  ...shares(100, [34, 66, 32, 33, 14, 9, 10, 2]),
  32 + 33 + 14 + 9 + 10 + 2,
]);
show('bakso bakar 23, 30 of 53; 2, 11, 21, 17, 2 of 53', shares(53, [23, 30, 2, 11, 21, 17, 2]));
show('bakso bakar 17/53 to 4 decimals', [((100 * 17) / 53).toFixed(4)]);
{
  // Tabel V.7: SMP ke bawah 52 (SR+R+C) and 0 (T+ST), SMA ke atas 10 and 173.
  const [a, b, c, d] = [52, 0, 10, 173];
  const n = a + b + c + d;
  const rows = [a + b, c + d];
  const cols = [a + c, b + d];
  const obs = [a, b, c, d];
  const exp = [
    (rows[0]! * cols[0]!) / n,
    (rows[0]! * cols[1]!) / n,
    (rows[1]! * cols[0]!) / n,
    (rows[1]! * cols[1]!) / n,
  ];
  const chi = sum(obs.map((o, i) => (o - exp[i]!) ** 2 / exp[i]!));
  show('minat studi V.7 row totals, column totals, expected, χ², p, χ² tabel', [
    ...rows,
    ...cols,
    ...exp,
    chi,
    pChi(chi, 1),
    jStat.chisquare.inv(0.95, 1),
  ]);
}
show('minat belajar r 0,570 N 59: t = r√57/√(1−r²) (r 0,5695–0,5705), p; critical r df 57; t tabel one-tailed t(57)', [
  (0.5695 * Math.sqrt(57)) / Math.sqrt(1 - 0.5695 ** 2),
  (0.5705 * Math.sqrt(57)) / Math.sqrt(1 - 0.5705 ** 2),
  pR(0.57, 59),
  rCrit(59),
  tCrit(57)[1]!,
]);
show('aktivitas siklus I Tabel 11 pertemuan 1 and 2 sums; max 48·40, min 12·40', [
  sum([77, 72, 70, 60, 62, 70, 77, 73, 77, 73, 74, 75]),
  sum([82, 81, 82, 75, 76, 79, 88, 82, 80, 85, 84, 91]),
  48 * 40,
  12 * 40,
  sum([77, 70, 62, 77, 77, 74, 82, 82, 76, 88, 80, 84]),
  sum([72, 60, 70, 73, 73, 75, 81, 75, 79, 82, 85, 91]),
]);
{
  const keaktifan: [string, number, number, number, number][] = [
    ['PD', 9, 3, 4, 16],
    ['RA', 6, 5, 6, 17],
    ['RP', 8, 2, 7, 17],
    ['AT', 7, 5, 4, 16],
    ['AP', 9, 5, 4, 18],
    ['BE', 7, 3, 6, 16],
    ['DK', 7, 3, 5, 15],
    ['GN', 9, 4, 4, 17],
    ['GP', 7, 4, 6, 17],
    ['HT', 8, 5, 6, 19],
    ['KM', 8, 3, 5, 16],
    ['NW', 8, 5, 6, 19],
    ['NS', 6, 5, 5, 16],
    ['OF', 8, 3, 6, 17],
    ['OD', 8, 4, 6, 18],
    ['PN', 9, 4, 6, 19],
    ['RD', 6, 4, 5, 15],
    ['DS', 9, 4, 4, 17],
    ['RA', 8, 3, 4, 15],
  ];
  show(
    'keaktifan rows whose I1+I2+I3 differs from Skor',
    keaktifan.filter(([, a, b, c, s]) => a + b + c !== s).map(([who]) => who),
  );
  show('keaktifan column sums I1, I2, I3, Skor (printed 147, 74, 99, 320)', [
    sum(keaktifan.map((r) => r[1])),
    sum(keaktifan.map((r) => r[2])),
    sum(keaktifan.map((r) => r[3])),
    sum(keaktifan.map((r) => r[4])),
  ]);
}
show('two stay two stray: sum of 11 indicator scores; mean over 11 and over 8; 21/44 in per cent', [
  sum([4, 2, 2, 2, 1, 1, 2, 2, 2, 1, 2]),
  21 / 11,
  21 / 8,
  pct(21, 44),
]);
show('kampung bambu tembak 1, 1 of 2 (Tabel 19, 20; Tabel 20 prints Total 3); bagang 7, 8, 2 of 17', [
  ...shares(2, [1, 1]),
  ...shares(3, [1]),
  ...shares(17, [7, 8, 2]),
]);
show('kampung bambu sero 2, 1 of 3; sample share 3 of 65 (sample not in the quote)', [
  ...shares(3, [2, 1]),
  pct(3, 65),
]);
show('muara angke 2 and 5 of 12 (12 not in the quote)', shares(12, [2, 5]));
show('efektivitas penjualan F(3,24) 23.152: p; SS 8.998 + 3.109; MS 8.998/3, 3.109/24', [
  pF(23.152, 3, 24),
  8.998 + 3.109,
  8.998 / 3,
  3.109 / 24,
]);
{
  // Wilcoxon signed ranks: 6 negative (sum 41.5), 33 positive (738.5), 1 tie: n = 39.
  const n = 39;
  const mu = (n * (n + 1)) / 4;
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24);
  show('tryout wilcoxon: mean ranks 41.5/6, 738.5/33; T sum vs n(n+1)/2; no-ties Z; p of Z −4,866', [
    41.5 / 6,
    738.5 / 33,
    41.5 + 738.5,
    (n * (n + 1)) / 2,
    (41.5 - mu) / sigma,
    pZ(4.866),
  ]);
}
show('logit fit: χ² tabel (59, 49 df); p of omnibus χ²(10) 25,862; 82,911 − 57,049', [
  jStat.chisquare.inv(0.95, 59),
  jStat.chisquare.inv(0.95, 49),
  pChi(25.8625, 10),
  pChi(25.8615, 10),
  82.911 - 57.049,
]);
show('serdang bedagai Wald χ²(1) p: 6.461, 6.584, 4.054, 26.285, 78.807, 0.259', [
  pChi(6.461, 1),
  pChi(6.584, 1),
  pChi(4.054, 1),
  pChi(26.285, 1),
  pChi(78.807, 1),
  pChi(0.259, 1),
]);
show('lahan logit odds ratios exp(−0,073), exp(−0,001)', [Math.exp(-0.073), Math.exp(-0.001)]);
show('happy puppy r 0,832 N 44: p', [pR(0.832, 44)]);
show('insentif rs 0,370 N 33: t = rs√31/√(1−rs²); t tabel one- and two-tailed t(31); p of t(31) 2,217', [
  (0.37 * Math.sqrt(31)) / Math.sqrt(1 - 0.37 ** 2),
  tCrit(31)[1]!,
  tCrit(31)[0]!,
  pT(2.217, 31),
]);
{
  const [n, sx, sy, sxx, syy, sxy] = [29, 1303, 1428, 59153, 70336, 64228];
  const num = n * sxy - sx * sy;
  const den = Math.sqrt((n * sxx - sx ** 2) * (n * syy - sy ** 2));
  show('pengawasan r from the printed sums: numerator, the two brackets, √ of their product, r (7 decimals)', [
    num,
    n * sxx - sx ** 2,
    n * syy - sy ** 2,
    den,
    (num / den).toFixed(7),
  ]);
}
