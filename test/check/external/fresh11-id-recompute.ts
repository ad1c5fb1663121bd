/**
 * The independent recomputation behind the hand annotation of the fresh11-id held-out corpus,
 * fresh11-id.yaml: jStat directly (not naskah's src/stats), so that the annotation does not
 * inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh11-id-recompute.ts
 */
import { chi2rc, chi2x2, jStat, mean, pChi, pct, pF, pR, pT, show, woolf } from './recompute-helpers.ts';

/** Each count's share of the total, in per cent to three decimals. */
const shares = (total: number, counts: number[]) => counts.map((c) => pct(c, total));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

console.log('— fresh11-id.yaml —');
show('sapi potong umur 48, 12 of 60', shares(60, [48, 12]));
show('sapi potong pendidikan 37, 16, 16, 1 of 60; 27 of 60', shares(60, [37, 16, 16, 1, 27]));
show('sapi potong pendidikan count sum; printed share sum', [sum([37, 16, 16, 1]), 45 + 26.7 + 26.7 + 1.7]);
show('sapi potong lama beternak 26, 19, 10, 5 of 60; sum', [...shares(60, [26, 19, 10, 5]), sum([26, 19, 10, 5])]);
show('ayam potong umur 3, 16, 22, 37, 16, 4, 2 of 100; sum', [
  ...shares(100, [3, 16, 22, 37, 16, 4, 2]),
  sum([3, 16, 22, 37, 16, 4, 2]),
]);
show('sidoluhur umur 4, 13, 5, 3 of 25', shares(25, [4, 13, 5, 3]));
show('gunungpati asuransi 22, 12 of 34; 23, 27 of 50', [...shares(34, [22, 12]), ...shares(50, [23, 27])]);
show('gunungpati asuransi chi-square uncorrected, Yates', chi2x2(22, 12, 23, 27));
show('ponorogo 109, 75, 121, 63 of 184; 22 of 63', [...shares(184, [109, 75, 121, 63]), pct(22, 63)]);
show('ponorogo neighbours 108, 110, 74, 76 of 184', shares(184, [108, 110, 74, 76]));
show('booklet menarke 9, 2, 4, 5, 1 of 15', shares(15, [9, 2, 4, 5, 1]));
show('bank papua p of t .559, 2.607, .029, .553, 3.907 at df 19', [
  pT(0.559, 19),
  pT(2.607, 19),
  pT(0.029, 19),
  pT(0.553, 19),
  pT(3.907, 19),
]);
/** t = B / SE with the range its rounding allows (half units hb, hs). */
const tOf = (b: number, se: number, hb: number, hs: number) => [b / se, (b - hb) / (se + hs), (b + hb) / (se - hs)];
show('ptpn t of constant, kesejahteraan, desain', [
  ...tOf(0.126, 1.368, 0.0005, 0.0005),
  ...tOf(0.457, 0.041, 0.0005, 0.0005),
  ...tOf(0.158, 0.117, 0.0005, 0.0005),
]);
show('ptpn p of t 11.137 at df 4, 3; smallest two-tailed p of .092 and 1.356 (normal)', [
  pT(11.137, 4),
  pT(11.137, 3),
  2 * (1 - jStat.normal.cdf(0.092, 0, 1)),
  2 * (1 - jStat.normal.cdf(1.356, 0, 1)),
]);
show('kesejahteraan t of constant, ekonomis, fasilitas, pelayanan', [
  ...tOf(1.837, 1.305, 0.0005, 0.0005),
  ...tOf(0.634, 0.204, 0.0005, 0.0005),
  ...tOf(0.192, 0.248, 0.0005, 0.0005),
  ...tOf(0.321, 0.207, 0.0005, 0.0005),
]);
/** The largest SD a mean allows between its minimum and maximum (Bhatia–Davis bound). */
const sdMax = (m: number, lo: number, hi: number) => Math.sqrt((hi - m) * (m - lo));
show('pmt kek Bhatia-Davis bound LILA 21.87 in 20-23; BB 4.48 in -0.5-12', [
  sdMax(21.87, 20, 23),
  sdMax(4.48, -0.5, 12),
]);
show('kalianda 820 of 836; 25, 28 of 42', [pct(820, 836), pct(25, 42), pct(28, 42)]);
show('hariantary 22, 24, 38, 32 of 43 (a total the quote does not state)', shares(43, [22, 24, 38, 32]));
show('wonogiri difference of the mean scores', [106.14 - 66.62]);
show('majene 42 of 77', [pct(42, 77)]);
show('ipa lingkungan F table (1, 39); p of Levene F 0.272, 1.215 at (1, 39); mean difference', [
  jStat.centralF.inv(0.95, 1, 39),
  pF(0.272, 1, 39),
  pF(1.215, 1, 39),
  87.38 - 73.27,
]);
show('ipa post-test p of t 3.915 at df 54; t table two-tailed df 54', [pT(3.915, 54), jStat.studentt.inv(0.975, 54)]);
show('cibeureum 31 of 205; 15 % of 205', [pct(31, 205), 0.15 * 205]);
show('tangerang 57, 96 of 153; 7, 128 of 135; 64, 224, 228 of 288', [
  ...shares(153, [57, 96]),
  ...shares(135, [7, 128]),
  ...shares(288, [64, 224, 228]),
]);
show('tangerang odds ratio and Woolf 95% interval', woolf(57, 96, 7, 128));
show('tangerang chi-square uncorrected, Yates', chi2x2(57, 96, 7, 128));
show('medan sma 52 of 77; 13, 64 of 77', shares(77, [52, 13, 64]));
show('medan sma 40, 37, 58, 19, 46, 31, 25, 77 of 77', shares(77, [40, 37, 58, 19, 46, 31, 25, 77]));
show('medan periodontal 111, 218 of 329; 12, 67 of 79', [...shares(329, [111, 218]), ...shares(79, [12, 67])]);
show('medan periodontal 329, 79, 123, 285, 257, 151 of 408', shares(408, [329, 79, 123, 285, 257, 151]));
show('medan periodontal chi-square uncorrected, Yates; p of 10.408', [...chi2x2(111, 218, 12, 67), pChi(10.408, 1)]);
show('medan periodontal prevalence ratio', [111 / 329 / (12 / 79)]);
show('berlian t table df 56, 57', [jStat.studentt.inv(0.975, 56), jStat.studentt.inv(0.975, 57)]);
show('ucok durian t table df 96; p of t 2.442, 1.711, 0.819 at df 96; smallest two-tailed p of 0.819 (normal)', [
  jStat.studentt.inv(0.975, 96),
  pT(2.442, 96),
  pT(1.711, 96),
  pT(0.819, 96),
  2 * (1 - jStat.normal.cdf(0.819, 0, 1)),
]);
show('palembang shift 23, 21, 8, 36 of 44', shares(44, [23, 21, 8, 36]));
const shiftTable = chi2rc([
  [11, 23],
  [9, 25],
  [27, 7],
]);
show('dr oen shift chi-square of the 3 x 2 table (statistic, df, p); 11, 9 of 34', [
  ...shiftTable,
  pct(11, 34),
  pct(9, 34),
]);
show('banjarmasin 43, 184, 178 of 188; 174, 35 of 184; 36 of 188', [
  ...shares(188, [43, 184, 178]),
  ...shares(184, [174, 35]),
  pct(36, 188),
]);
show('pirngadi 78 of 86; p of r -0.280, -0.2805, -0.2795 at N 86', [
  pct(78, 86),
  pR(-0.28, 86),
  pR(-0.2805, 86),
  pR(-0.2795, 86),
]);
/**
 * Kiambang Tabel I: each row block lists the three replicates as three triplets (ulangan 1,
 * 2, 3, each over the levels 0.00, 0.15, 0.30), then the three level means; the mean of a
 * level is the mean of its entry in each triplet, with the range the 0.005 rounding allows.
 */
const kiambangBlocks: [string, number[], number[]][] = [
  ['jantan 4', [45.84, 46.81, 46.12, 53.48, 46.52, 45.06, 46.48, 48.85, 43.51], [48.6, 47.4, 44.9]],
  ['jantan 6', [68.35, 61.56, 63.76, 69.37, 68.75, 59.31, 66.4, 69.05, 70.91], [68.04, 66.45, 64.66]],
  ['jantan 8', [88.01, 79.51, 85.56, 82.38, 85.51, 74.7, 82.81, 80.72, 79.11], [84.4, 81.91, 79.8]],
  ['betina 4', [47.33, 45.11, 42.86, 46.11, 43.27, 43.84, 48.28, 43.36, 40.83], [47.24, 43.91, 42.51]],
  ['betina 6', [66.41, 64.27, 59.21, 72.41, 68.15, 59.82, 61.7, 63.82, 66.01], [66.84, 65.41, 61.68]],
  ['betina 8', [85.1, 81.81, 79.82, 76.01, 79.48, 77.42, 85.81, 79.65, 73.63], [82.31, 80.31, 76.95]],
];
for (const [label, v, printed] of kiambangBlocks) {
  const means = [0, 1, 2].map((k) => mean([v[k]!, v[k + 3]!, v[k + 6]!]));
  show(
    `kiambang ${label} level means (printed ${printed.join(', ')}); each ± 0.005`,
    means.map((m) => m.toFixed(4)),
  );
}
show('uang saku prodi 50, 35, 15 and angkatan 26, 26, 17, 31 of 100', shares(100, [50, 35, 15, 26, 26, 17, 31]));
show('salatiga 21, 22, 33, 10, 40, 3 of 43', shares(43, [21, 22, 33, 10, 40, 3]));
show('sampali 37, 6 of 43; 4 + 25 + 9 + 3 + 2', [...shares(43, [37, 6]), 4 + 25 + 9 + 3 + 2]);
show('batiombo 9, 14 of 23', shares(23, [9, 14]));
