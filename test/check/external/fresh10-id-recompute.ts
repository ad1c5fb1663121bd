/**
 * The independent recomputation behind the hand annotation of the fresh10-id held-out corpus,
 * fresh10-id.yaml: jStat directly (not naskah's src/stats), so that the annotation does not
 * inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh10-id-recompute.ts
 */
import { mean, show } from './recompute-helpers.ts';

/** Percentage change from a to b, with its range over the rounding of a and b (half units ha, hb). */
const change = (a: number, b: number, ha: number, hb: number) => [
  (100 * (b - a)) / a,
  (100 * (Math.abs(b - a) - ha - hb)) / (a + ha),
  (100 * (Math.abs(b - a) + ha + hb)) / (a - ha),
];

console.log('— fresh10-id.yaml —');
show('kayu manis change N, D (per cent)', [...change(83.3, 103, 0.05, 0.5), ...change(481.3, 533.3, 0.05, 0.05)]);
show('kayu manis change D+Cc 200, 400 (per cent)', [
  ...change(503.25, 462.1, 0.005, 0.05),
  ...change(506.75, 439.5, 0.005, 0.05),
]);
show('meniran means of the five columns', [
  mean([46, 61, 97, 74, 87]),
  mean([253, 217, 239, 163, 210]),
  mean([188, 101, 83, 85, 177]),
  mean([45, 98, 61, 75, 158]),
  mean([41, 76, 59, 70, 105]),
]);
