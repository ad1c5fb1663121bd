/**
 * The independent recomputation behind the hand annotation of the fresh10-id held-out corpus,
 * fresh10-id.yaml: jStat directly (not naskah's src/stats), so that the annotation does not
 * inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh10-id-recompute.ts
 */
import { chi2x2, jStat, mean, pct, pF, pR, pT, pZ, show, woolf, fisher } from './recompute-helpers.ts';

/** Percentage change from a to b, with its range over the rounding of a and b (half units ha, hb). */
const change = (a: number, b: number, ha: number, hb: number) => [
  (100 * (b - a)) / a,
  (100 * (Math.abs(b - a) - ha - hb)) / (a + ha),
  (100 * (Math.abs(b - a) + ha + hb)) / (a - ha),
];

/** Each count's share of the total, in per cent to three decimals. */
const shares = (total: number, counts: number[]) => counts.map((c) => pct(c, total));

console.log('— fresh10-id.yaml —');
show('kayu manis change N, D (per cent)', [...change(83.3, 103, 0.05, 0.5), ...change(481.3, 533.3, 0.05, 0.05)]);
show('kayu manis change D+Cc 200, 400 (per cent)', [
  ...change(503.25, 462.1, 0.005, 0.05),
  ...change(506.75, 439.5, 0.005, 0.05),
]);
show('meniran means of the five columns', [
  mean([46, 61, 97, 74, 87]),
  mean([253, 217, 239, 163, 210]),
  mean([188, 101, 83, 85, 177]),
  mean([45, 98, 61, 75, 158]),
  mean([41, 76, 59, 70, 105]),
]);
show('grab t table one-tailed df 97; p of t 2.016, 2.012 at df 97', [
  jStat.studentt.inv(0.95, 97),
  pT(2.016, 97),
  pT(2.012, 97),
]);
show('grab F table (2, 97); p of F 8.415', [jStat.centralF.inv(0.95, 2, 97), pF(8.415, 2, 97)]);
show('homogenitas Fisher F pre, post; F table (29, 29); Lilliefors 0.886/√30', [
  75.49 / 61.89,
  91.6 / 81.17,
  jStat.centralF.inv(0.95, 29, 29),
  0.886 / Math.sqrt(30),
]);
show('tombatu 162 + 171', [162 + 171]);
show('cuci tangan MI 23, 26, 22, 25, 9, 18 of 39', shares(39, [23, 26, 22, 25, 9, 18]));
show('cuci tangan SDN 85, 87, 74, 89, 53, 50 of 125; 39 + 125', [...shares(125, [85, 87, 74, 89, 53, 50]), 39 + 125]);
show('persahabatan p of r 0.415, 0.4145 at N 250; r²', [pR(0.415, 250), pR(0.4145, 250), 0.415 ** 2]);
show('bercerai p of r 0.041, 0.208 at N 451', [pR(0.041, 451), pR(0.208, 451)]);
const fOfR = (r: number, k: number, n: number) => (r * r) / k / ((1 - r * r) / (n - k - 1));
show('sebaya 40 + 38; F of R 0.874 (2, 75); p', [40 + 38, fOfR(0.874, 2, 78), pF(fOfR(0.874, 2, 78), 2, 75)]);
show('darusalam jenis kelamin 45, 62; pendidikan 48, 24, 25, 10 of 107', shares(107, [45, 62, 48, 24, 25, 10]));
show('darusalam pekerjaan 49, 24, 34; status 35, 10, 62 of 107', shares(107, [49, 24, 34, 35, 10, 62]));
show('darusalam printed status shares sum', [32.4 + 9.3 + 57.9]);
show('gantungan umur 27, 16, 11 of 54', shares(54, [27, 16, 11]));
const jagungBlock1 = [26.57, 27.57, 25.83, 30.5, 25.0, 22.43, 28.0, 25.14, 30.86];
const jagungBlock2 = [27.43, 33.14, 33.86, 26.14, 30.14, 31.29, 20.57, 33.43, 32.43];
show(
  'jagung row sums',
  jagungBlock1.map((x, i) => x + (jagungBlock2[i] ?? 0)),
);
show(
  'jagung row means',
  jagungBlock1.map((x, i) => (x + (jagungBlock2[i] ?? 0)) / 2),
);
const jagungSum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
show('jagung block totals, grand total, grand mean', [
  jagungSum(jagungBlock1),
  jagungSum(jagungBlock2),
  jagungSum(jagungBlock1) + jagungSum(jagungBlock2),
  (jagungSum(jagungBlock1) + jagungSum(jagungBlock2)) / 18,
]);
show('jagung F = MS model / MS error; p of F(11, 6) at 0.63, 0.635, 0.625, unrounded', [
  12.302604 / 19.5101111,
  pF(0.63, 11, 6),
  pF(0.635, 11, 6),
  pF(0.625, 11, 6),
  pF(12.302604 / 19.5101111, 11, 6),
]);
show('ttd borobudur 24 of 33; darul huda 26 of 51, 26 of 45', [pct(24, 33), pct(26, 51), pct(26, 45)]);
show('ttd sinaboi 33, 42 of 74', shares(74, [33, 42]));
/** Mean inside [min, max]; SD² against the Bhatia–Davis bound n/(n − 1)·(max − mean)(mean − min). */
const bankRows: [string, number, number, number, number, number][] = [
  ['1 CAR', 96, 9.57, 47.0, 18.7352, 5.88185],
  ['1 NPL', 96, 0.09, 6.82, 1.8248, 1.32499],
  ['1 BOPO', 96, 55.29, 89.84, 72.5369, 6.92781],
  ['1 NIM', 96, 5.06, 18.04, 9.0166, 2.37185],
  ['1 LDR', 96, 36.5, 122.79, 83.8099, 16.02263],
  ['1 ROA', 96, 1.27, 6.62, 3.5398, 1.07196],
  ['2 ROA', 80, 0.68, 4.98, 2.0687, 0.96014],
  ['2 CAR', 80, 0.87, 34.0, 15.89, 5.08096],
  ['2 NPL', 80, 0.6, 8.18, 3.0571, 1.50137],
  ['2 LDR', 80, 40.54, 112.6, 73.8661, 17.0388],
  ['2 BOPO', 80, 13.0, 100.9, 80.8856, 13.81255],
  ['2 NIM', 80, 2.38, 17.4, 7.3731, 3.10457],
  ['3 NPL', 48, 0.35, 4.87, 2.2433, 1.11622],
  ['3 LDR', 48, 45.54, 102.22, 79.4256, 12.31209],
  ['3 CAR', 48, 11.2, 23.69, 15.9806, 3.25989],
  ['3 BOPO', 48, 45.97, 93.82, 76.8642, 13.83163],
  ['3 NIM', 48, 3.6, 11.3, 6.3056, 2.38898],
  ['3 ROA', 48, 0.25, 4.93, 2.0135, 0.94877],
];
for (const [label, n, lo, hi, m, sd] of bankRows) {
  show(`bank deskriptif ${label} (inside, bound, SD²)`, [
    Number(m >= lo && m <= hi),
    ((hi - m) * (m - lo) * n) / (n - 1),
    sd * sd,
  ]);
}
show('senam ergonomik p of Z 3.976, 4.072', [pZ(3.976), pZ(4.072)]);
const tOfR = (r: number, n: number) => (r * Math.sqrt(n - 2)) / Math.sqrt(1 - r * r);
show('krpl t of rs −0.136 (−0.1355, −0.1365) at n 15; t table df 13', [
  tOfR(-0.136, 15),
  tOfR(-0.1355, 15),
  tOfR(-0.1365, 15),
  jStat.studentt.inv(0.975, 13),
]);
const bdBound = (n: number, lo: number, hi: number, m: number) => ((hi - m) * (m - lo) * n) / (n - 1);
show('lubuk basung bounds and SD² (age, GDP, HbA1c)', [
  bdBound(120, 24, 96, 59.61),
  12.53 ** 2,
  bdBound(120, 76, 504, 191.5),
  92.218 ** 2,
  bdBound(120, 4, 15, 8.904),
  3.178 ** 2,
]);
show('lubuk basung 36, 84, 5, 115 of 120; p of r 0.8678 at N 120', [...shares(120, [36, 84, 5, 115]), pR(0.8678, 120)]);
show('adam malik 17, 26, 18, 7, 12, 56, 25, 20, 17, 6 of 68', shares(68, [17, 26, 18, 7, 12, 56, 25, 20, 17, 6]));
show('lubuk basung t of r 0.8678 at N 120', [tOfR(0.8678, 120)]);
/** Whole counts k of n whose share rounds to a printed share (half a unit h). */
const countsFor = (share: number, n: number, h: number) =>
  Array.from({ length: n + 1 }, (_, k) => k).filter((k) => Math.abs((100 * k) / n - share) <= h + 1e-9);
show(
  'daring indikator 1 counts of 48 for 14,6 62,5 20,8 4,2',
  [14.6, 62.5, 20.8, 4.2].map((s) => countsFor(s, 48, 0.05)[0] ?? -1),
);
show(
  'daring indikator 2 counts of 48 for 4,2 60,4 35,4 0',
  [4.2, 60.4, 35.4, 0].map((s) => countsFor(s, 48, 0.05)[0] ?? -1),
);
show('daring indikator 1 counts sum, printed shares sum', [7 + 30 + 10 + 2, 14.6 + 62.5 + 20.8 + 4.2]);
show('kuesioner pernyataan 1 products and sum; 120/150', [
  5 * 11,
  4 * 8,
  3 * 11,
  5 * 11 + 4 * 8 + 3 * 11,
  (120 / 150) * 100,
]);
show('kuesioner pernyataan 2 products, printed sum, true sum; 126/150', [
  5 * 13,
  45 + 40 + 21,
  5 * 13 + 4 * 10 + 3 * 7,
  (126 / 150) * 100,
]);
show('kuesioner pernyataan 3 products and sum', [5 * 9, 4 * 14, 3 * 7, 45 + 56 + 21]);
show('gundaling 31, 1, 23, 8, 26, 5, 25, 6 of 31; 30 of 31', [
  ...shares(31, [31, 1, 23, 8, 26, 5, 25, 6]),
  pct(30, 31),
]);
show('marubun 7, 20, 18, 9, 25, 2, 21, 6 of 27', shares(27, [7, 20, 18, 9, 25, 2, 21, 6]));
show('marubun Fisher p BBL, imunisasi, ASI', [fisher(25, 27, 2, 0), fisher(21, 20, 6, 7), fisher(6, 18, 21, 9)]);
show('marubun χ² imunisasi (uncorrected, p, Yates, p)', chi2x2(21, 20, 6, 7));
show('marubun χ² ASI (uncorrected, p, Yates, p)', chi2x2(6, 18, 21, 9));
const marubunRrSe = Math.sqrt(1 / 21 - 1 / 30 + 1 / 6 - 1 / 24);
const marubunOrSe = Math.sqrt(1 / 21 + 1 / 9 + 1 / 6 + 1 / 18);
show('marubun ASI risk ratio (21/30)/(6/24) with Katz CI; odds ratio with Woolf CI', [
  21 / 30 / (6 / 24),
  2.8 * Math.exp(-1.96 * marubunRrSe),
  2.8 * Math.exp(1.96 * marubunRrSe),
  (21 * 18) / (9 * 6),
  7 * Math.exp(-1.96 * marubunOrSe),
  7 * Math.exp(1.96 * marubunOrSe),
]);
show('sipilihen 20, 33, 9, 31, 30, 10 of 40', shares(40, [20, 33, 9, 31, 30, 10]));
show('sipilihen row shares 4, 6 of 10; 26, 4 of 30; 3, 5 of 8; 27, 5 of 32; 2, 5 of 7; 28, 5 of 33', [
  ...shares(10, [4, 6]),
  ...shares(30, [26, 4]),
  ...shares(8, [3, 5]),
  ...shares(32, [27, 5]),
  ...shares(7, [2, 5]),
  ...shares(33, [28, 5]),
]);
show('sipilihen Fisher p ventilasi, pencahayaan, kepadatan', [
  fisher(4, 6, 26, 4),
  fisher(3, 5, 27, 5),
  fisher(2, 5, 28, 5),
]);
show('kraton 40, 38 of 81; t and p of r 0.276 (0.2755, 0.2765) at N 81', [
  ...shares(81, [40, 38]),
  tOfR(0.276, 81),
  pR(0.276, 81),
  pR(0.2765, 81),
  pR(0.2755, 81),
]);
/** Sample standard deviation (n − 1). */
const sampleSd = (xs: number[]) => Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (xs.length - 1));
const broilerReplicates = [
  [1505.33, 1343.67, 1448.67, 1394.0],
  [1546.67, 1331.0, 1578.67, 1507.33],
  [1327.33, 1454.33, 1458.0, 1355.67],
  [1351.67, 1335.0, 1483.33, 1504.33],
];
for (const [i, xs] of broilerReplicates.entries()) {
  show(`broiler P${i} sum, mean, sample SD`, [jagungSum(xs).toFixed(2), mean(xs).toFixed(3), sampleSd(xs).toFixed(3)]);
}
show('mahasiswa 48, 66, 25, 138, 1, 137 of 139', shares(139, [48, 66, 25, 138, 1, 137]));
show('pontianak 72 of 481', [pct(72, 481)]);
/** The literasi-keuangan tabulation: each row's four groups of four item scores and the printed TOTAL. */
const literasiRows = [
  '5 4 4 4 17 5 4 4 4 17 1 2 4 4 11 5 3 4 5 17',
  '3 1 5 4 13 5 3 1 3 12 4 4 1 3 12 2 2 5 5 14',
  '4 4 3 2 13 2 5 3 1 11 5 5 5 5 20 5 5 4 4 18',
  '3 4 3 3 13 3 5 3 4 15 5 5 3 4 17 4 4 4 4 16',
  '4 4 3 3 14 3 4 3 2 12 4 5 5 3 17 5 5 4 4 18',
  '5 5 5 5 20 2 4 4 1 11 4 4 3 4 15 4 4 4 4 16',
  '5 4 4 4 17 3 3 2 2 10 4 5 3 4 16 4 4 5 3 16',
  '4 4 4 4 16 4 4 4 4 16 5 5 4 4 18 4 5 4 4 17',
  '4 3 3 3 13 2 4 1 2 9 4 4 3 3 14 4 4 3 4 15',
  '5 5 4 4 18 4 4 4 3 15 4 4 4 5 17 5 4 4 5 18',
  '5 5 5 5 20 5 5 5 5 20 5 5 5 5 20 5 5 5 5 20',
  '5 3 4 3 15 2 2 2 2 8 5 5 5 5 20 5 5 4 5 19',
  '3 2 4 1 10 1 5 2 1 9 4 5 2 3 14 4 3 3 4 14',
  '3 5 5 4 17 5 4 5 5 19 5 4 3 3 15 3 3 5 5 16',
  '4 3 4 2 13 3 3 3 1 10 2 5 2 4 13 3 3 4 5 15',
  '5 4 4 3 16 2 4 3 2 11 5 4 3 4 16 4 4 3 3 14',
  '4 4 4 4 16 4 4 4 4 16 4 4 4 4 16 4 4 4 4 16',
  '5 4 3 4 16 4 4 4 4 16 4 3 4 3 14 4 4 4 4 16',
  '4 4 2 3 13 1 4 3 1 9 3 2 1 3 9 3 2 3 4 12',
  '3 5 1 5 14 3 3 5 3 14 4 2 3 1 10 1 5 3 3 12',
  '4 4 5 4 17 4 3 4 4 15 4 5 5 5 19 4 4 4 4 16',
  '3 5 1 2 11 5 2 3 1 11 4 5 1 3 13 3 5 1 2 11',
  '5 5 4 4 18 3 4 4 5 16 4 5 3 4 16 5 3 5 4 17',
  '5 5 4 5 19 5 3 4 5 17 5 5 3 5 18 5 4 4 3 16',
  '5 5 5 4 19 3 5 4 5 17 4 4 4 3 15 5 2 4 4 15',
  '5 4 4 4 17 3 3 3 4 13 5 5 5 5 20 4 4 4 4 16',
].map((row) => row.split(' ').map(Number));
const literasiMismatches = literasiRows.flatMap((xs) =>
  [0, 1, 2, 3].filter((g) => jagungSum(xs.slice(5 * g, 5 * g + 4)) !== xs[5 * g + 4]),
);
show('literasi tabulation: TOTAL cells checked, mismatches', [4 * literasiRows.length, literasiMismatches.length]);
show('circ t table df 57; p of t 2.46091 at df 57', [jStat.studentt.inv(0.975, 57), pT(2.46091, 57)]);
show('medan baru 36, 62, 39, 59, 80, 18, 20, 78, 92, 6 of 98', shares(98, [36, 62, 39, 59, 80, 18, 20, 78, 92, 6]));
show('medan baru Woolf OR ringan, sedang, berat', [
  ...woolf(36, 62, 39, 59),
  ...woolf(80, 18, 20, 78),
  ...woolf(92, 6, 36, 62),
]);
show('medan baru χ² ringan (uncorrected, p, Yates, p)', chi2x2(36, 62, 39, 59));
show('medan baru χ² sedang, berat (uncorrected)', [chi2x2(80, 18, 20, 78)[0] ?? 0, chi2x2(92, 6, 36, 62)[0] ?? 0]);
show(
  'blitar counts of 30 for 67, 17, 16 per cent',
  [67, 17, 16].map((s) => countsFor(s, 30, 0.5).join('/') || 'none'),
);
show('blitar t and p of rs −0.612 at N 30', [tOfR(0.612, 30), pR(0.612, 30)]);
show('tuban t and p of rs −0.459 (0.4585, 0.4595) at N 150', [
  tOfR(0.459, 150),
  pR(0.459, 150),
  pR(0.4585, 150),
  pR(0.4595, 150),
]);
/** Means against their printed ranges (1 = inside): gantungan, krpl, pisang barangan, nelayan kapal motor. */
const inside = (lo: number, hi: number, m: number) => Number(m >= lo && m <= hi);
show('means inside their ranges', [
  inside(56, 86, 64.27),
  inside(6, 18, 9.6),
  inside(4, 12, 7.86),
  inside(27, 65, 41.5),
  inside(13, 33, 23.37),
  inside(0, 17, 9.5),
  inside(4080000, 35240000, 19676900),
  inside(2028000, 24000000, 15026900),
]);
/** Sample sizes n up to a limit with whole counts that give every printed share and add up to n. */
const sizesFitting = (sharesPrinted: number[], h: number, limit: number) =>
  Array.from({ length: limit }, (_, i) => i + 1).filter((n) => {
    const options = sharesPrinted.map((s) => countsFor(s, n, h));
    const sums = options.reduce((acc, ks) => acc.flatMap((a) => ks.map((k) => a + k)), [0]);
    return sums.includes(n);
  });
show('blitar smallest sample sizes fitting 67, 17, 16 per cent', sizesFitting([67, 17, 16], 0.5, 100).slice(0, 3));
show('daring how many sample sizes up to 60 fit indicator 1 (14,6 62,5 20,8 4,2)', [
  sizesFitting([14.6, 62.5, 20.8, 4.2], 0.05, 60).length,
]);
