/**
 * The independent recomputation behind the hand annotation of the fresh11-id held-out corpus,
 * fresh11-id.yaml: jStat directly (not naskah's src/stats), so that the annotation does not
 * inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh11-id-recompute.ts
 */
import { chi2x2, pct, show } from './recompute-helpers.ts';

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
