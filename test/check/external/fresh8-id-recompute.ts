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
