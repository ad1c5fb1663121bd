/**
 * The independent recomputation behind the hand annotation of the dev6 development corpus,
 * dev6-id.yaml: jStat directly (not naskah's src/stats), so that the annotation does not inherit
 * naskah's arithmetic. Prints every value the notes quote.
 *
 *   node --import tsx test/check/external/dev6-recompute.ts
 */
import { jStat, pChi, pct, pF, pR, pT, pZ, show, fisher } from './recompute-helpers.ts';

const rCrit = (n: number) => {
  const t = jStat.studentt.inv(0.975, n - 2);
  return t / Math.sqrt(n - 2 + t * t);
};

console.log('— dev6-id.yaml —');
show('rawat-inap usia, Ya row 30/49 15/49 4/49', [pct(30, 49), pct(15, 49), pct(4, 49)]);
show('rawat-inap usia, Tidak row 30/51 15/51 6/51', [pct(30, 51), pct(15, 51), pct(6, 51)]);
show('rawat-inap usia: chi2 0,360 df 2 (and bounds 0,3595 0,3605); crit df 2', [
  pChi(0.36, 2),
  pChi(0.3595, 2),
  pChi(0.3605, 2),
  jStat.chisquare.inv(0.95, 2),
]);
show('rawat-inap jenis kelamin: 41/49 8/49 44/51 7/51', [pct(41, 49), pct(8, 49), pct(44, 51), pct(7, 51)]);
show('rawat-inap jenis kelamin: chi2 0,133 df 1 (bounds 0,1325 0,1335)', [
  pChi(0.133, 1),
  pChi(0.1325, 1),
  pChi(0.1335, 1),
]);
show('regresi X1-X3 F(3,5) = 49,121; F crit (3,5); adj R2 from ,967 n=9 k=3', [
  pF(49.121, 3, 5),
  jStat.centralF.inv(0.95, 3, 5),
  1 - ((1 - 0.967) * 8) / 5,
]);
const items96 = [
  0.343, 0.23, 0.365, 0.334, 0.245, 0.342, 0.359, 0.448, 0.493, 0.326, 0.38, 0.293, 0.297, 0.602, 0.614, 0.682, 0.266,
  0.566, 0.441, 0.333, 0.407, 0.601, 0.263, 0.396, 0.443, 0.592, 0.387, 0.291, 0.607, 0.837,
];
show('validitas n = 96: r crit; min r; p of the smallest r', [
  rCrit(96),
  Math.min(...items96),
  pR(Math.min(...items96), 96),
]);
const items30 = [
  0.424, 0.389, 0.369, 0.504, 0.398, 0.524, 0.414, 0.414, 0.499, 0.47, 0.631, 0.536, 0.526, 0.492, 0.429, 0.411, 0.395,
  0.394, 0.447, 0.376, 0.492, 0.473, 0.536, 0.41, 0.501, 0.431, 0.455, 0.579, 0.436,
];
show('validitas n = 30: r crit; count; min r; p of the smallest r', [
  rCrit(30),
  items30.length,
  Math.min(...items30),
  pR(Math.min(...items30), 30),
]);
show('uji t regresi: t 3,211 3,039 2,646 at df 30 (t tabel 2,042 = df 30)', [
  pT(3.211, 30),
  pT(3.039, 30),
  pT(2.646, 30),
  jStat.studentt.inv(0.975, 30),
]);
show('analisis-1: F(3,8) = 11,329; F crit (3,8); adj R2 from ,809 n=12 k=3; MS 85611.84/3', [
  pF(11.329, 3, 8),
  jStat.centralF.inv(0.95, 3, 8),
  1 - ((1 - 0.809) * 11) / 8,
  85611.84 / 3,
]);
show('buku spss: t(7) = 3,794 and 6,490; tinv(0,05;7)', [pT(3.794, 7), pT(6.49, 7), jStat.studentt.inv(0.975, 7)]);
show('bimiki Wilcoxon: Z 0,00 and -0,816', [pZ(0), pZ(0.816), pZ(0.8155), pZ(0.8165)]);
show('hipertensi karakteristik n = 25: 8 17 10 15 7 2 9 11 14 5 20 16 4 1 3', [
  pct(8, 25),
  pct(17, 25),
  pct(10, 25),
  pct(15, 25),
  pct(7, 25),
  pct(2, 25),
  pct(9, 25),
  pct(11, 25),
  pct(14, 25),
  pct(5, 25),
  pct(20, 25),
  pct(16, 25),
  pct(4, 25),
  pct(1, 25),
  pct(3, 25),
]);
show('pendidikan lansia n = 15: 8 7 6 1', [pct(8, 15), pct(7, 15), pct(6, 15), pct(1, 15)]);
show('regresi SPSS 20: no df printed; t 2,140 at df 50 and 100 for scale', [pT(2.14, 50), pT(2.14, 100)]);
show('Mann-Whitney denyut nadi: Z -2,727', [pZ(2.727), pZ(2.7265), pZ(2.7275)]);
show('diit hipertensi: 14/24 10/24 7/13 6/13 3/11 8/11', [
  pct(14, 24),
  pct(10, 24),
  pct(7, 13),
  pct(6, 13),
  pct(3, 11),
  pct(8, 11),
]);
show('diit hipertensi: Fisher two-sided of 7 6 / 3 8', [fisher(7, 6, 3, 8)]);
show('chi2 jenis kelamin × hobi: crit df 3; p of 5,729 at df 3', [jStat.chisquare.inv(0.95, 3), pChi(5.729, 3)]);
show('dukungan keluarga n = 68: 34 33 35', [pct(34, 68), pct(33, 68), pct(35, 68)]);

console.log('— batch 2 —');
const se = (sd: number, n: number) => sd / Math.sqrt(n);
const meanCi = (m: number, sd: number, n: number) => {
  const half = (jStat.studentt.inv(0.975, n - 1) * sd) / Math.sqrt(n);
  return `${(m - half).toFixed(4)}–${(m + half).toFixed(4)}`;
};
show('homogenitas: SE = SD/√N (pre 36, 32, 68; post 36, 32, 68)', [
  se(2.31078, 36),
  se(1.90897, 32),
  se(2.12571, 68),
  se(1.15745, 36),
  se(1.09065, 32),
  se(1.73256, 68),
]);
show('homogenitas: 95% CI of the means', [
  meanCi(23.5556, 2.31078, 36),
  meanCi(23.9688, 1.90897, 32),
  meanCi(23.75, 2.12571, 68),
  meanCi(30.5556, 1.15745, 36),
  meanCi(33.1875, 1.09065, 32),
  meanCi(31.7941, 1.73256, 68),
]);
show('homogenitas: Levene F(1,66) 1.152, .014 (.0135, .0145); ANOVA F(1,66) .637, 92.466', [
  pF(1.152, 1, 66),
  pF(0.0135, 1, 66),
  pF(0.0145, 1, 66),
  pF(0.637, 1, 66),
  pF(92.466, 1, 66),
]);
