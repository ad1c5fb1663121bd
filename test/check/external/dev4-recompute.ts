/**
 * The independent recomputation behind the hand annotation of the dev4 development corpus,
 * dev4-id.yaml and dev4-en.yaml: jStat directly (not naskah's src/stats), so that the
 * annotation does not inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   node --import tsx test/check/external/dev4-recompute.ts
 */
import { jStat, mean, pChi, pct, pF, pR, pT, pZ, show } from './recompute-helpers.ts';

/** Pearson's r of two samples. */
const pearson = (x: number[], y: number[]) => {
  const mx = mean(x);
  const my = mean(y);
  const sxy = x.reduce((s, v, i) => s + (v - mx) * (y[i]! - my), 0);
  const sxx = x.reduce((s, v) => s + (v - mx) ** 2, 0);
  const syy = y.reduce((s, v) => s + (v - my) ** 2, 0);
  return sxy / Math.sqrt(sxx * syy);
};
/** Every whole count k of n whose share rounds to the printed value at its decimals. */
const countsGiving = (printed: number, decimals: number, n: number) =>
  Array.from({ length: n + 1 }, (_, k) => k).filter(
    (k) => Math.abs((100 * k) / n - printed) <= 0.5 * 10 ** -decimals + 1e-9,
  );

console.log('— dev4-id.yaml —');
show('formalin table 4.6: 18/24 6/24 5/16 11/16 23/40 17/40', [
  pct(18, 24),
  pct(6, 24),
  pct(5, 16),
  pct(11, 16),
  pct(23, 40),
  pct(17, 40),
]);
show('boraks table 4.7: 17/24 7/24 22/40 18/40', [pct(17, 24), pct(7, 24), pct(22, 40), pct(18, 40)]);
show('formalin/boraks: OR from counts; geometric centres of 1,62–26,8 and 1,35–21,14', [
  (18 * 11) / (6 * 5),
  (17 * 11) / (7 * 5),
  Math.sqrt(1.62 * 26.8),
  Math.sqrt(1.35 * 21.14),
]);
show('karies: 11/60 41/88 20/72 32/76 21/86 31/62', [
  pct(11, 60),
  pct(41, 88),
  pct(20, 72),
  pct(32, 76),
  pct(21, 86),
  pct(31, 62),
]);
show('jamban: 26/32 6/32 61/69 8/69 87/101 14/101', [
  pct(26, 32),
  pct(6, 32),
  pct(61, 69),
  pct(8, 69),
  pct(87, 101),
  pct(14, 101),
]);
const motivasi = [20, 22, 27, 30, 35, 35, 28, 21, 35, 28];
const prestasi = [68, 72, 78, 79, 82, 78, 75, 78, 80, 74];
show('korelasi motivasi: p of r = .745, n = 10; r of the printed data', [pR(0.745, 10), pearson(motivasi, prestasi)]);
show('gaya/motivasi belajar: p of r = .321 and .418, n = 182', [pR(0.321, 182), pR(0.418, 182)]);
show('ascaris: Levene F(3, 24) = 1.632; ANOVA F(4, 30) = 26.711; 24.676/0.924', [
  pF(1.632, 3, 24),
  pF(26.711, 4, 30),
  24.676 / 0.924,
]);
show('anova delapan perlakuan: Levene F(7, 16) = .898; ANOVA F(7, 16) = .312', [pF(0.898, 7, 16), pF(0.312, 7, 16)]);
show('germas: 14, 30, 26, 37 of 37; 30 of 36', [pct(14, 37), pct(30, 37), pct(26, 37), pct(37, 37), pct(30, 36)]);
show('suhaid: 42, 20, 13, 7 of 62', [pct(42, 62), pct(20, 62), pct(13, 62), pct(7, 62)]);
show('suhaid: counts of 62 giving 20,9 and 11,2 (none)', [
  countsGiving(20.9, 1, 62).join(' ') || '—',
  countsGiving(11.2, 1, 62).join(' ') || '—',
]);
show('pattingalloang: n phi^2 for phi .569, .454 (n = 79) and their p', [
  79 * 0.569 ** 2,
  pChi(79 * 0.569 ** 2, 1),
  79 * 0.454 ** 2,
  pChi(79 * 0.454 ** 2, 1),
]);
show('harapan baru: 5/29 24/29 15/19 4/19 8/22 14/22', [
  pct(5, 29),
  pct(24, 29),
  pct(15, 19),
  pct(4, 19),
  pct(8, 22),
  pct(14, 22),
]);
show('trauma center: 253, 222, 210 of 685', [pct(253, 685), pct(222, 685), pct(210, 685)]);
show('pekuncen: geometric centres of the four OR intervals', [
  Math.sqrt(4.236 * 305.916),
  Math.sqrt(1.472 * 16.869),
  Math.sqrt(1.207 * 16.286),
  Math.sqrt(1.455 * 37.746),
]);
show('rsgm: 27, 38, 4, 53 of 69', [pct(27, 69), pct(38, 69), pct(4, 69), pct(53, 69)]);
show('soreang: counts of 115 giving 92,2 and 72,2', [
  countsGiving(92.2, 1, 115).join(' '),
  countsGiving(72.2, 1, 115).join(' '),
]);

console.log('— dev4-id.yaml, batch 2 —');
show(
  'wangurer: 17, 15, 22, 10, 26, 4, 2, 15, 14, 3 of 32',
  [17, 15, 22, 10, 26, 4, 2, 15, 14, 3].map((c) => pct(c, 32)),
);
show(
  'kemiling: 60, 66, 37, 64 of 97',
  [60, 66, 37, 64].map((c) => pct(c, 97)),
);
show('hipertensi primer: 30/72, 7/17, 30/120', [pct(30, 72), pct(7, 17), pct(30, 120)]);
const t30 = jStat.studentt.inv(0.975, 30);
for (const [m, sd, se] of [
  [19.516, 9.862, 1.771],
  [10.323, 5.764, 1.035],
] as const)
  show(`paired t (n = 31): SD/√31, mean/SE, CI for mean ${m}`, [
    sd / Math.sqrt(31),
    m / se,
    (m - 0.0005) / (se + 0.0005),
    (m + 0.0005) / (se - 0.0005),
    m - t30 * (sd / Math.sqrt(31)),
    m + t30 * (sd / Math.sqrt(31)),
    m - 0.0005 - t30 * (se + 0.0005),
  ]);
show('paired t: p of t(30) = 11.018 and 9.971', [pT(11.018, 30), pT(9.971, 30)]);
show('waingapu: 17, 13 of 30', [pct(17, 30), pct(13, 30)]);
show('mann-whitney: p of z = 1.159 (1.1585, 1.1595); U; mean ranks', [
  pZ(1.159),
  pZ(1.1585),
  pZ(1.1595),
  130 * 59 + (130 * 131) / 2 - 12753,
  12753 / 130,
  5202 / 59,
]);

console.log('— dev4-en.yaml —');
show('laerd: p of F(2, 27) = 1.397 (and at 1.3965, 1.3975)', [pF(1.397, 2, 27), pF(1.3965, 2, 27), pF(1.3975, 2, 27)]);
show('smartsolve: p of r = .62 and .623, n = 50', [pR(0.62, 50), pR(0.623, 50)]);
show('socscistatistics: p of chi2(1) 8.9 [8.85, 8.95], 1.7, 6.7 [6.65, 6.75]; chi2(2) 2.1', [
  pChi(8.9, 1),
  pChi(8.85, 1),
  pChi(8.95, 1),
  pChi(1.7, 1),
  pChi(6.7, 1),
  pChi(6.65, 1),
  pChi(6.75, 1),
  pChi(2.1, 2),
]);
show('minitab: SE of 3.478, 3.200, 3.352 (n = 15); t; p of t(14) = 2.70; CI centre and half-width', [
  3.478 / Math.sqrt(15),
  3.2 / Math.sqrt(15),
  3.352 / Math.sqrt(15),
  2.333 / (3.352 / Math.sqrt(15)),
  pT(2.7, 14),
  (0.477 + 4.19) / 2,
  jStat.studentt.inv(0.975, 14) * (3.352 / Math.sqrt(15)),
]);
show('lincoln: p of t(19) = 2.60; 73.30 − 69.00; centre of [0.83, 7.77]', [
  pT(2.6, 19),
  73.3 - 69.0,
  (0.83 + 7.77) / 2,
]);
show('statswiki: p of F(1, 145) = 5.43, F(2, 145) = 3.24', [pF(5.43, 1, 145), pF(3.24, 2, 145)]);
show('kesiman: 18, 37, 13, 3 of 71', [pct(18, 71), pct(37, 71), pct(13, 71), pct(3, 71)]);
show('statistics-help: p of r = .985, n = 5', [pR(0.985, 5)]);
console.log('— dev4-en.yaml, batches 2 and 3 —');
show('covid protocol: p of r = .568, n = 122', [pR(0.568, 122)]);
