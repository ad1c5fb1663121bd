/**
 * The independent recomputation behind the hand annotation of the fresh12-id held-out corpus,
 * fresh12-id.yaml: jStat directly (not naskah's src/stats), so that the annotation does not
 * inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh12-id-recompute.ts
 */
import { jStat, mean, pct, pF, show } from './recompute-helpers.ts';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** Every whole count whose share of the total lies within a printed share's rounding interval. */
const countsFor = (share: number, total: number, half: number) => {
  const fits: number[] = [];
  for (let k = 0; k <= total; k++) {
    const s = (100 * k) / total;
    if (s >= share - half && s <= share + half) fits.push(k);
  }
  return fits.length ? fits.join('/') : 'none';
};

console.log('— fresh12-id.yaml —');
show('unibba 16, 17, 18 of 32', [pct(16, 32), pct(17, 32), pct(18, 32)]);
show('unibba counts of 32 giving 50,10 and 54,86 (±0.005)', [countsFor(50.1, 32, 0.005), countsFor(54.86, 32, 0.005)]);
show('protein darah totals P1..P5', [
  sum([4.86, 3.8, 4.64, 4.7]),
  sum([4.6, 5.78, 4.49, 4.8]),
  sum([5.65, 6.08, 4.8, 5.06]),
  sum([4.27, 4.6, 5.15, 4.86]),
  sum([4.45, 4.35, 4.29, 4.76]),
]);
show('protein darah means P1..P5', [
  mean([4.86, 3.8, 4.64, 4.7]),
  mean([4.6, 5.78, 4.49, 4.8]),
  mean([5.65, 6.08, 4.8, 5.06]),
  mean([4.27, 4.6, 5.15, 4.86]),
  mean([4.45, 4.35, 4.29, 4.76]),
]);
show('protein darah KT 2,32/4, 3,27/15; F; JK sum; F table .05 and .01 at (4, 15); p of F 2,66', [
  2.32 / 4,
  3.27 / 15,
  2.32 / 4 / (3.27 / 15),
  2.32 + 3.27,
  jStat.centralF.inv(0.95, 4, 15),
  jStat.centralF.inv(0.99, 4, 15),
  pF(2.66, 4, 15),
]);
show('semut KT 3,571/3, 2,067/56; F; JK total; df total; p of F 32,257 at (3, 56)', [
  3.571 / 3,
  2.067 / 56,
  3.571 / 3 / (2.067 / 56),
  3.571 + 2.067,
  3 + 56,
  pF(32.257, 3, 56),
]);
const gabus: Record<string, number[][]> = {
  A: [
    [182.18, 181.99, 183.07, 182.78],
    [50.25, 53.31, 49.5, 49.85],
    [131.93, 128.68, 133.57, 132.93],
  ],
  B: [
    [186.08, 183.15, 185.73, 183.65],
    [20.37, 15.57, 19.02, 18.98],
    [165.71, 167.58, 166.71, 164.67],
  ],
  C: [
    [187.15, 183.26, 185.29, 184.29],
    [23.37, 23.06, 23.08, 23.46],
    [163.78, 160.2, 162.21, 160.83],
  ],
  D: [
    [182.47, 184.26, 182.21, 182.19],
    [27.8, 26.82, 26.5, 26.76],
    [154.67, 157.44, 155.71, 155.43],
  ],
};
for (const [k, cols] of Object.entries(gabus)) {
  show(
    `gabus ${k} means of F1, F2, TKP (4 decimals)`,
    cols.map((c) => mean(c).toFixed(4)),
  );
}
const ngtBefore = [10, 9, 8, 8, 7, 7, 8, 8, 7, 8, 9, 10, 9, 8, 7, 6, 6, 8, 6, 7, 8, 9, 10, 10, 9, 8, 7, 6, 5, 5];
const ngtAfter = [5, 5, 6, 6, 7, 7, 8, 6, 6, 4, 5, 5, 6, 7, 5, 5, 6, 6, 5, 5, 6, 5, 6, 6, 5, 4, 4, 5, 6, 6];
const ngtDiff = ngtBefore.map((b, i) => b - (ngtAfter[i] ?? Number.NaN));
const ngtSd = Math.sqrt(sum(ngtDiff.map((d) => (d - mean(ngtDiff)) ** 2)) / (ngtDiff.length - 1));
const ngtT = mean(ngtDiff) / (ngtSd / Math.sqrt(ngtDiff.length));
show('ngt paired t from the listed data (n = 30): mean difference, t, two-tailed p', [
  mean(ngtDiff),
  ngtT,
  2 * (1 - jStat.studentt.cdf(Math.abs(ngtT), 29)),
]);
const protein = [
  [4.86, 3.8, 4.64, 4.7],
  [4.6, 5.78, 4.49, 4.8],
  [5.65, 6.08, 4.8, 5.06],
  [4.27, 4.6, 5.15, 4.86],
  [4.45, 4.35, 4.29, 4.76],
];
const proteinAll = protein.flat();
const fk = sum(proteinAll) ** 2 / proteinAll.length;
const jkt = sum(proteinAll.map((x) => x * x)) - fk;
const jkp = sum(protein.map((g) => sum(g) ** 2 / g.length)) - fk;
show('protein darah FK, JKT, JKP, JKG from the listed values', [fk, jkt, jkp, jkt - jkp]);
show('penyuluhan t table one-sided 1 % at df 11; one-sided p of t 3,27 at df 11', [
  jStat.studentt.inv(0.99, 11),
  1 - jStat.studentt.cdf(3.27, 11),
]);
show('udang means 482/6, 511/6, 451/6', [482 / 6, 511 / 6, 451 / 6]);
