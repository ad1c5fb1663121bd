/**
 * The independent recomputation behind the judgement of every flag naskah raised on the wild7
 * precision corpus (wild7-en.yaml, wild7-id.yaml; judgements in wild7-judged.yaml): jStat and
 * plain arithmetic directly (not naskah's src/stats), so that a judgement does not inherit
 * naskah's arithmetic. Prints every value the judgements quote.
 *
 *   npx tsx test/check/external/wild7-recompute.ts
 */
import { pct, pT, show } from './recompute-helpers.ts';

/** Geometric centre √(lower·upper) of a ratio's interval as printed. */
const centre = (lo: number, hi: number) => Math.sqrt(lo * hi);
/** The centres reachable when each printed limit moves by half a unit of its last digit. */
const centreRange = (lo: number, hi: number, half: number) => [
  centre(lo - half, hi - half),
  centre(lo + half, hi + half),
];

console.log('— development part, first run at 93befb5 (check code of main dffd562) —');
show('wjbc-t2dm: control column (n = 96), age ≥ 60 printed 50 (52.0); the other age rows 16 (16.7), 30 (31.3)', [
  pct(50, 96),
  pct(16, 96),
  pct(30, 96),
]);
show('wjbc-t2dm: the same row, total column 101 of 192 (printed 52.6) and T2DM column 51 of 96 (printed 53.1)', [
  pct(101, 192),
  pct(51, 96),
]);
show('pmc-periodontal: "Other" AOR 1.46 on 0.96–2.28 (model 2): centre, reachable centres', [
  centre(0.96, 2.28),
  ...centreRange(0.96, 2.28, 0.005),
]);
show('pmc-periodontal: the same row, model 1, 1.36 on 0.88–2.09; the row above, 1.29 on 0.87–1.91', [
  centre(0.88, 2.09),
  centre(0.87, 1.91),
]);

console.log('— held-out part, the same single run —');
show('pmc-sociodemographics: 8, 137, 161 of 355 (printed 2.2, 38.5, 45.3)', [
  pct(8, 355),
  pct(137, 355),
  pct(161, 355),
]);
show('pmc-sociodemographics: region counts 4+8+137+161+36+5+4, and 35, 289, 31 of 355 (printed 9.9, 81.4, 8.7)', [
  4 + 8 + 137 + 161 + 36 + 5 + 4,
  pct(35, 355),
  pct(289, 355),
  pct(31, 355),
]);
show(
  'hindawi-salivary: HbA1c row, control SD 0.27 then p <0.001; t of 7.16 ± 0.66 vs 5.5 ± 0.27, 150 each, and its p',
  [
    (7.16 - 5.5) / Math.sqrt(0.66 ** 2 / 150 + 0.27 ** 2 / 150),
    pT((7.16 - 5.5) / Math.sqrt(0.66 ** 2 / 150 + 0.27 ** 2 / 150), 298),
  ],
);
const leveneSig = 0.019;
show('scribd-interpretasi: Levene sig. 0,019 against α 0,05', [leveneSig < 0.05 ? 'smaller' : 'larger']);
