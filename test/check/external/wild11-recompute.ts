/**
 * The independent recomputation behind the judgement of every flag naskah raised on the wild11
 * precision corpus (wild11-en.yaml, wild11-id.yaml; judgements in wild11-judged.yaml): plain
 * arithmetic (recompute-helpers.ts), not naskah's src/stats, so that a judgement does not
 * inherit naskah's arithmetic. Prints every value the judgements quote.
 *
 *   npx tsx test/check/external/wild11-recompute.ts
 */
import { pct, show } from './recompute-helpers.ts';

console.log('— first run at 77d73e0 (check code of main c358544) —');
// adoc-gizi: 73 mothers; occupation 39 / 34 printed 53.5% / 46.6%; income 49, 22, 2 printed
// 67.1, 30.1, 2.7; knowledge 32, 17, 24 printed 43.8, 23.3, 32.9.
show('adoc-gizi: 39 + 34, and 49 + 22 + 2, and 32 + 17 + 24', [39 + 34, 49 + 22 + 2, 32 + 17 + 24]);
show('adoc-gizi: 39/73 and 34/73 (printed 53.5, 46.6)', [pct(39, 73), pct(34, 73)]);
show('adoc-gizi: 49, 22, 2 of 73 (printed 67.1, 30.1, 2.7)', [pct(49, 73), pct(22, 73), pct(2, 73)]);
show('adoc-gizi: 32, 17, 24 of 73 (printed 43.8, 23.3, 32.9)', [pct(32, 73), pct(17, 73), pct(24, 73)]);
// "the p-value is 0.0323 > 0.05. So, there is no significant correlation".
show('adoc-gizi: is 0.0323 > 0.05?', [String(0.0323 > 0.05)]);

console.log('— third round at 5c633f9 (check code of 5bb86f5) —');
// scribd-bab-v: "Sebanyak 39 responden … 9 … (23,1%) dan 30 … (67,9%)"; the table prints 30 76,9%.
show('scribd-bab-v: 9 + 30, 9/39 and 30/39 (printed 23,1 and 67,9; table 76,9)', [9 + 30, pct(9, 39), pct(30, 39)]);
show('scribd-bab-v: 23,1 + 67,9 (a pair of shares of 39 adds up to 100)', [23.1 + 67.9]);

console.log('— fourth round at c2c2612 (check code of 15c5513) —');
// pmc-tohp: TOHP I intervention n = 327 (men 232 printed 71.0; White 255, Black 64, Other 8);
// TOHP II control n = 1191 (White 938, Black 209 printed 17.6, Other 44).
show('pmc-tohp: 255 + 64 + 8, and 938 + 209 + 44', [255 + 64 + 8, 938 + 209 + 44]);
show('pmc-tohp: 232/327 (printed 71.0), 255, 64, 8 of 327', [pct(232, 327), pct(255, 327), pct(64, 327), pct(8, 327)]);
show('pmc-tohp: 209/1191 (printed 17.6), 938 and 44 of 1191', [pct(209, 1191), pct(938, 1191), pct(44, 1191)]);
// bjgp: number of antihypertensive medications 0..6; control 232, 191, 185, 89, 36, 3, 1 (arm n = 737);
// intervention 257, 199, 204, 103, 30, 3, 1 (arm n = 797).
const control = [232, 191, 185, 89, 36, 3, 1];
const intervention = [257, 199, 204, 103, 30, 3, 1];
show('bjgp: control and intervention counts summed', [
  control.reduce((a, b) => a + b, 0),
  intervention.reduce((a, b) => a + b, 0),
]);
show('bjgp: 191/737 (printed 25.9) and 191/736 (the sum naskah used)', [pct(191, 737), pct(191, 736)]);
show('bjgp: 1/797 and 1/737 (printed 0.1), and 61/797', [pct(1, 797), pct(1, 737), pct(61, 797)]);
