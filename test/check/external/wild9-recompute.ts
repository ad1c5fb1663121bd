/**
 * The independent recomputation behind the judgement of every flag naskah raised on the wild9
 * precision corpus (wild9-en.yaml, wild9-id.yaml; judgements in wild9-judged.yaml): plain
 * arithmetic directly (not naskah's src/stats), so that a judgement does not inherit naskah's
 * arithmetic. Prints every value the judgements quote.
 *
 *   npx tsx test/check/external/wild9-recompute.ts
 */
import { pct, show } from './recompute-helpers.ts';

console.log('— first run at f163474 (check code of main daf0c5f) —');
// scribd-library-survey: each item's five counts add up to the 47 respondents.
const items: [string, number[]][] = [
  ['item 1', [0, 3, 6, 11, 27]],
  ['item 2', [0, 3, 8, 16, 20]],
  ['item 4', [0, 7, 9, 19, 12]],
];
for (const [label, counts] of items)
  show(`scribd-library-survey: ${label} counts, their sum, and each share of that sum`, [
    counts.join(' + '),
    counts.reduce((a, b) => a + b, 0),
    ...counts.map((c) => pct(c, 47)),
  ]);
// 123dok-univariat: 72 mothers by age, 9, 24, 22, 11, 6 (printed 12,5; 33,3; 30,5; 15,3; 8,3).
show('123dok-univariat: 9+24+22+11+6, each share of 72, and the printed shares’ sum', [
  9 + 24 + 22 + 11 + 6,
  pct(9, 72),
  pct(24, 72),
  pct(22, 72),
  pct(11, 72),
  pct(6, 72),
  (12.5 + 33.3 + 30.5 + 15.3 + 8.3).toFixed(1),
]);
// scribd-seleksi-multivariat: the stepwise table's columns are OR, p (stage 1), then OR, change
// of OR in %, p for stages 2 to 4; the change of OR is printed with its sign and a % sign.
show('scribd-seleksi-multivariat: Riwayat Premature, change of OR stage 2 vs 1 ((1,654 − 1,719)/1,719, in %)', [
  ((100 * (1.654 - 1.719)) / 1.719).toFixed(2),
]);
show('scribd-seleksi-multivariat: Riwayat Hipertensi, change of OR stage 4 vs 1 ((5,726 − 6,257)/6,257, in %)', [
  ((100 * (5.726 - 6.257)) / 6.257).toFixed(2),
]);

console.log('— third round, read since: the development part —');
// esaunggul: "p-value = 0,022 (p > 0.05)".
const esaunggulP = 0.022;
show('esaunggul: p = 0,022 against 0.05', [esaunggulP > 0.05 ? 'larger' : 'smaller']);

console.log('— Indonesian fourth round, read since: the development part —');
// scribd UJI-VALID: "tingkat signifikan 0,074 … lebih kecil dari taraf 5% yang berarti Ho di tolak".
const motivasiP = 0.074;
show('scribd-uji-t: p = 0,074 against 0,05', [motivasiP > 0.05 ? 'larger' : 'smaller']);
