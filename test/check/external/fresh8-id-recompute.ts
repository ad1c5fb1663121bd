/**
 * The independent recomputation behind the hand annotation of the fresh8-id held-out corpus
 * (fresh8-id.yaml): jStat directly (not naskah's src/stats), so that the annotation does not
 * inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh8-id-recompute.ts
 */
import { jStat, pct, pT, show } from './recompute-helpers.ts';

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
