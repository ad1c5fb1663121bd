/**
 * The independent recomputation behind the hand annotation of the second held-out corpus,
 * fresh2-id.yaml and fresh2-en.yaml: jStat directly (not naskah's src/stats), so that the
 * annotation does not inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   node --import tsx test/check/external/fresh2-recompute.ts
 */
import { jStat, mean, pChi, pct, pF, pR, pT, show } from './recompute-helpers.ts';

const sampleSd = (x: number[]) => Math.sqrt(x.reduce((a, v) => a + (v - mean(x)) ** 2, 0) / (x.length - 1));
/** Pooled-SD two-sample t. */
const pooledT = (m1: number, s1: number, n1: number, m2: number, s2: number, n2: number) =>
  Math.abs(m1 - m2) / Math.sqrt((((n1 - 1) * s1 * s1 + (n2 - 1) * s2 * s2) / (n1 + n2 - 2)) * (1 / n1 + 1 / n2));

console.log('— fresh2-id.yaml —');
show(
  'uji-korelasi table 4.1: 3,12,8,2,25,4,4,1,1,10,7,16,9,3 of 35',
  [3, 12, 8, 2, 25, 4, 4, 1, 1, 10, 7, 16, 9, 3].map((c) => pct(c, 35)),
);
show(
  'uji-korelasi table 4.2: 15,10,25,8,2,10,23,12 of 35',
  [15, 10, 25, 8, 2, 10, 23, 12].map((c) => pct(c, 35)),
);
show(
  'cbia: 7,15,16,17,6,11,13 of 30',
  [7, 15, 16, 17, 6, 11, 13].map((c) => pct(c, 30)),
);
// biome-ignore lint/suspicious/noApproximativeNumericConstant: 1.414 is the SD the page reports, not √2
show('paired-t: SE = SD/√12 for 1.923, 1.414', [1.923 / Math.sqrt(12), 1.414 / Math.sqrt(12)]);
show('paired-t: p of r = .301, n = 12', [pR(0.301, 12)]);
show(
  'mamajang: uncorrected chi2 = n phi^2 (n = 78) and its p for phi .382 .240 .080 .249 .279',
  [0.382, 0.24, 0.08, 0.249, 0.279].flatMap((f) => [78 * f * f, pChi(78 * f * f, 1)]),
);
show('kecemasan table 5: 1, 29, 40 of 70', [pct(1, 70), pct(29, 70), pct(40, 70)]);
show('kecemasan table 6: 11, 1, 3, 34, 21 of 35', [pct(11, 35), pct(1, 35), pct(3, 35), pct(34, 35), pct(21, 35)]);
show('jarak: 38/46 8/46 27/31 4/31 2/6 4/6 63/71 8/71', [
  pct(38, 46),
  pct(8, 46),
  pct(27, 31),
  pct(4, 31),
  pct(2, 6),
  pct(4, 6),
  pct(63, 71),
  pct(8, 71),
]);

show(
  'panularan usia: 4, 6, 16, 3, 1 of 30',
  [4, 6, 16, 3, 1].map((c) => pct(c, 30)),
);
show(
  'panularan pendidikan: 15, 14, 1 of 30; pekerjaan 15, 8, 1, 4 of 30',
  [15, 14, 1, 15, 8, 1, 4].map((c) => pct(c, 30)),
);
show(
  'pln tarif: 4, 28, 74, 98, 4, 20, 23, 1, 3 of 255',
  [4, 28, 74, 98, 4, 20, 23, 1, 3].map((c) => pct(c, 255)),
);
show(
  'pln kelamin 139, 116; usia 3, 51, 85, 56, 31, 29; SD 9 of 255',
  [139, 116, 3, 51, 85, 56, 31, 29, 9].map((c) => pct(c, 255)),
);
show(
  'kentungan pendidikan 3, 9, 25, 10; pekerjaan 10, 2, 4, 31; golongan 20, 27 of 47',
  [3, 9, 25, 10, 10, 2, 4, 31, 20, 27].map((c) => pct(c, 47)),
);
show('spearman-kategori: 9 and 6 of 12', [pct(9, 12), pct(6, 12)]);

console.log('— fresh2-en.yaml —');
show('coggle: p of t(122) = 10.59, t(115.58) = 2.21', [pT(10.59, 122), pT(2.21, 115.58)]);
show('coggle: mean differences 1.65-0.98, 1.10-0.83; CI centres', [
  1.65 - 0.98,
  1.1 - 0.83,
  (0.55 + 0.8) / 2,
  (-0.51 - 0.28) / 2,
]);
show('statanalytica: p of t(7) = 3.47; CI centre of [3.02, 15.98]', [pT(3.47, 7), (3.02 + 15.98) / 2, 147.25 - 137.75]);
show('statanalytica: p of t(44) = 6.94, t(43) = 1.98, t(44) = 4.89', [pT(6.94, 44), pT(1.98, 43), pT(4.89, 44)]);
show('statanalytica: pre − post differences and CI centres (anxiety, efficacy, persistence)', [
  2.89 - 3.95,
  (-1.38 - 0.76) / 2,
  5.24 - 5.31,
  (-0.16 + 0.02) / 2,
  6.13 - 5.56,
  (0.55 + 0.83) / 2,
]);
show('hyperstat: p of t(18) = 2.4', [pT(2.4, 18)]);
show('caffeine: p of t(97) = 2.14', [pT(2.14, 97)]);
for (const n1 of [8, 9, 10, 20, 49])
  show(`caffeine: pooled t for n1 = ${n1}, n2 = ${99 - n1}`, [pooledT(7.64, 2.41, n1, 9.81, 3.16, 99 - n1)]);
show('essay: p of t(11) = 2.333, t(40) = 2.810, t(24) = .926, t(5) = 2.111', [
  pT(2.333, 11),
  pT(2.81, 40),
  pT(0.926, 24),
  pT(2.111, 5),
]);
show('rpubs: p of t(1501) = 11.23097, t(1492) = 2.047690', [pT(11.23097, 1501), pT(2.04769, 1492)]);
const before = [9, 8, 7, 8, 8, 9, 8];
const week1 = [7, 6, 6, 7, 8, 7, 6];
const week2 = [4, 3, 2, 3, 4, 3, 2];
show(
  'anova: means and SDs of the printed data',
  [before, week1, week2].flatMap((x) => [mean(x), sampleSd(x)]),
);
const grand = mean([...before, ...week1, ...week2]);
const ssCond = 7 * [before, week1, week2].reduce((s, x) => s + (mean(x) - grand) ** 2, 0);
const subj = before.map((_, i) => (before[i]! + week1[i]! + week2[i]!) / 3);
const ssSubj = 3 * subj.reduce((s, m) => s + (m - grand) ** 2, 0);
const ssTot = [...before, ...week1, ...week2].reduce((s, v) => s + (v - grand) ** 2, 0);
const ssErr = ssTot - ssCond - ssSubj;
show('anova: SS condition, SS error, F(2, 12), its p; F(1.6, 9.6) p; critical F(2, 12) at .05', [
  ssCond,
  ssErr,
  ssCond / 2 / (ssErr / 12),
  pF(ssCond / 2 / (ssErr / 12), 2, 12),
  pF(222, 1.6, 9.6),
  jStat.centralF.inv(0.95, 2, 12),
]);
