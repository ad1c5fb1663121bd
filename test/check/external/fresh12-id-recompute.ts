/**
 * The independent recomputation behind the hand annotation of the fresh12-id held-out corpus,
 * fresh12-id.yaml: jStat directly (not naskah's src/stats), so that the annotation does not
 * inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh12-id-recompute.ts
 */
import { chi2rc, fisher, jStat, mean, pct, pF, pT, show, woolf } from './recompute-helpers.ts';

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
show('medan sikap 18, 9 of 27; 15, 33 of 48; 4, 19 of 23; pengetahuan 17, 26 of 43', [
  pct(18, 27),
  pct(9, 27),
  pct(15, 48),
  pct(33, 48),
  pct(4, 23),
  pct(19, 23),
  pct(17, 43),
  pct(26, 43),
]);
show(
  'medan sikap × pola makan chi-square (3 × 2)',
  chi2rc([
    [18, 9],
    [15, 33],
    [4, 19],
  ]),
);
show('pdam ketersediaan 5, 28, 33, 28, 6 of 100; nilai sum; TS+STS; SS+S', [
  ...[5, 28, 33, 28, 6].map((c) => pct(c, 100)),
  sum([25, 112, 99, 56, 6]),
  28 + 6,
  5 + 28,
]);
/** The smallest df (from 1) at which a statistic's p falls below a bound, or 'none' up to 1000. */
const firstDf = (p: (df: number) => number, bound: number) => {
  for (let df = 1; df <= 1000; df++) if (p(df) < bound) return df;
  return 'none';
};
show(
  'koperasi p of t 0,012 at df 10, 30, 50, 94, 1000',
  [10, 30, 50, 94, 1000].map((df) => pT(0.012, df).toFixed(5)),
);
show('koperasi smallest df with p < .0005 for t 3,959 and for F 16,538 (5, df)', [
  firstDf((df) => pT(3.959, df), 0.0005),
  firstDf((df) => pF(16.538, 5, df), 0.0005),
]);
show('koperasi smallest df at which p of t 0,012 drops below 0,9905', [firstDf((df) => pT(0.012, df), 0.9905)]);
show('koperasi n implied by F 16,538 with R² 0,468 and k = 5: n − 6 = F·5·(1 − R²)/R²', [
  (16.538 * 5 * (1 - 0.468)) / 0.468 + 6,
]);
show('koperasi p of t 2,406, 1,545, 2,019, 2,416 at df 94; p of t 0,0115 at df 94', [
  pT(2.406, 94),
  pT(1.545, 94),
  pT(2.019, 94),
  pT(2.416, 94),
  pT(0.0115, 94).toFixed(5),
]);
show('demak 13, 6, 22 of 30', [pct(13, 30), pct(6, 30), pct(22, 30)]);
show('ciburuy 14, 1, 9, 6, 10 of 15; tabel 14: 2, 9, 4 | 2, 3, 8, 2 of 15', [
  ...[14, 1, 9, 6, 10].map((c) => pct(c, 15)),
  ...[2, 9, 4, 2, 3, 8, 2].map((c) => pct(c, 15)),
]);
show(
  'jatimulya 17, 11, 2 | 15, 13, 2 of 30',
  [17, 11, 2, 15, 13, 2].map((c) => pct(c, 30)),
);
show('hand geometry 17, 15, 1 of 33', [pct(17, 33), pct(15, 33), pct(1, 33)]);
show('bpr sibolangit 6, 23, 1 of 30', [pct(6, 30), pct(23, 30), pct(1, 30)]);
/** Pearson r from the sums a page lists: N, Σx, Σy, Σx², Σy², Σxy. */
const rFromSums = (n: number, sx: number, sy: number, sxx: number, syy: number, sxy: number) =>
  (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
show('bpr sibolangit r with the listed Σxy 83456, and with the 82556 the computation uses', [
  rFromSums(30, 1276, 1935, 54604, 125477, 83456),
  rFromSums(30, 1276, 1935, 54604, 125477, 82556),
]);
show('bpr sibolangit terms 30·82556, 30·83456, 1276·1935', [30 * 82556, 30 * 83456, 1276 * 1935]);
show('pancur batu 6, 7, 11, 7, 2 of 33; printed shares sum', [
  ...[6, 7, 11, 7, 2].map((c) => pct(c, 33)),
  18.19 + 21.21 + 33.33 + 21.21 + 6.06,
]);
show(
  'curug nangka 47, 33, 46, 17, 13, 4 of 80',
  [47, 33, 46, 17, 13, 4].map((c) => pct(c, 80)),
);
show('situ bagendit tempat tinggal 5, 5, 13, 15, 7, 52 of 97; sum', [
  ...[5, 5, 13, 15, 7, 52].map((c) => pct(c, 97)),
  sum([5, 5, 13, 15, 7, 52]),
]);
show('situ bagendit pendidikan 9, 20, 55, 10, 3 of 97; sum', [
  ...[9, 20, 55, 10, 3].map((c) => pct(c, 97)),
  sum([9, 20, 55, 10, 3]),
]);
show('tcec nusantara 16, 18 of 34; mancanegara 20, 10 of 30', [pct(16, 34), pct(18, 34), pct(20, 30), pct(10, 30)]);
show('tcec counts of 34 giving 23 % (±0.5); shares of 7 and 8 of 34', [countsFor(23, 34, 0.5), pct(7, 34), pct(8, 34)]);
show(
  'gagal konversi jenis rokok 6, 5, 20, 12, 26, 17 of 43',
  [6, 5, 20, 12, 26, 17].map((c) => pct(c, 43)),
);
show('gagal konversi jenis rokok odds ratio and Woolf 95% interval', woolf(6, 5, 20, 12));
show('gagal konversi jenis rokok Fisher exact two-sided p', [fisher(6, 5, 20, 12)]);
show('alasan tidak patuh 2, 5, 3, 1 of 17; count sum', [
  ...[2, 5, 3, 1].map((c) => pct(c, 17)),
  sum([2, 5, 3, 2, 2, 2, 1]),
]);
show('pptI jarak 67, 61 of 128; biaya 40, 88 of 128', [pct(67, 128), pct(61, 128), pct(40, 128), pct(88, 128)]);
show('alfamart jember 38, 14, 5, 3, 24, 36 of 60; printed shares with 63,34 summed', [
  ...[38, 14, 5, 3, 24, 36].map((c) => pct(c, 60)),
  63.34 + 23.33 + 8.33 + 5.0,
]);

// Second annotation (blind): every flagged share again, as the whole counts of its total whose
// share falls in the printed value's rounding interval ("none": no count gives it), and the
// readings a reader might try instead.
show('second: pancur batu counts of 33 giving 18,19; curug nangka counts of 80 giving 42,25 (±0.005)', [
  countsFor(18.19, 33, 0.005),
  countsFor(42.25, 80, 0.005),
]);
show('second: situ bagendit counts of 97 giving Garut 55, SD 7, Pasca 5 (±0.5); of 100', [
  countsFor(55, 97, 0.5),
  countsFor(7, 97, 0.5),
  countsFor(5, 97, 0.5),
  countsFor(55, 100, 0.5),
]);
show('second: tcec counts of 34, 64 (both groups), 30 giving 23 % (±0.5)', [
  countsFor(23, 34, 0.5),
  countsFor(23, 64, 0.5),
  countsFor(23, 30, 0.5),
]);
show('second: alfamart counts of 60 giving 63,34 (±0.005); unibba counts of 32 giving 50,10 read as 50,1 (±0.05)', [
  countsFor(63.34, 60, 0.005),
  countsFor(50.1, 32, 0.05),
]);
show('second: protein darah JKG step 5,60 − 2,32 and its interval (5,595 − 2,325, 5,605 − 2,315)', [
  5.6 - 2.32,
  5.595 - 2.325,
  5.605 - 2.315,
]);
