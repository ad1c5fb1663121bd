/**
 * The independent recomputation behind the judgement of every flag naskah raised on the wild12
 * precision corpus (wild12-en.yaml, wild12-id.yaml; judgements in wild12-judged.yaml): plain
 * arithmetic and jStat (recompute-helpers.ts), not naskah's src/stats, so that a judgement does
 * not inherit naskah's arithmetic. Prints every value the judgements quote.
 *
 *   npx tsx test/check/external/wild12-recompute.ts
 */
import { pct, ratioCheck, show, woolf } from './recompute-helpers.ts';

console.log('— first run at 55ad151 (check code of main df40258) —');

// quintessence: three prevalence ratios with 95% CI; the first two are centred on the log scale.
show('quintessence: 2.58 (1.25, 5.32)', ratioCheck(2.58, 1.25, 5.32, 0.005));
show('quintessence: 3.26 (1.32, 8.06)', ratioCheck(3.26, 1.32, 8.06, 0.005));
show('quintessence: 2.91 (1.14, 7.62)', ratioCheck(2.91, 1.14, 7.62, 0.005));

// pmc-dental: the first body row "26(100.0) | 120(100.0) | 146(100.0)" is the column totals;
// every later row's Yes + No = Total, and Yes down the column adds up to 26.
show('pmc-dental: 26 + 120, 26/26, 120/120, 26/146 (what naskah compared)', [
  26 + 120,
  pct(26, 26),
  pct(120, 120),
  pct(26, 146),
]);
show('pmc-dental: Yes by age 9 + 15 + 2, No by age 38 + 46 + 36', [9 + 15 + 2, 38 + 46 + 36]);

// pmc-btb: univariable and multivariable ORs with 95% CI printed to one decimal.
show('pmc-btb: 3.52 (2.3–5.6)', ratioCheck(3.52, 2.3, 5.6, 0.005, 0.05));
show('pmc-btb: 11.16 (7.2–17.9)', ratioCheck(11.16, 7.2, 17.9, 0.005, 0.05));
show('pmc-btb: 4.85 (2.6–9.7)', ratioCheck(4.85, 2.6, 9.7, 0.005, 0.05));
show('pmc-btb: 9.45 (4.8–19.8)', ratioCheck(9.45, 4.8, 19.8, 0.005, 0.05));
// Deviation of ln OR from the log-centre of the printed bounds, as a share of the half-width.
const dev = (est: number, lo: number, hi: number) =>
  ((Math.log(est) - (Math.log(lo) + Math.log(hi)) / 2) / ((Math.log(hi) - Math.log(lo)) / 2)).toFixed(3);
show('pmc-btb: relative offsets of 3.52, 11.16, 4.85, 9.45', [
  dev(3.52, 2.3, 5.6),
  dev(11.16, 7.2, 17.9),
  dev(4.85, 2.6, 9.7),
  dev(9.45, 4.8, 19.8),
]);
// Crude ORs from the counts (controls 424/742/277, cases 24/148/175), Woolf-free: (a·d)/(b·c).
show('pmc-btb: crude OR medium vs small, large vs small', [
  ((148 * 424) / (742 * 24)).toFixed(3),
  ((175 * 424) / (277 * 24)).toFixed(3),
]);
// The Woolf (Wald) interval of the crude OR medium vs small: symmetric on the log scale by construction.
show('pmc-btb: Woolf 95% CI of 148·424 / (742·24)', woolf(148, 742, 24, 424));

// benthamopen: 743 nurses; age 112 + 231 + 278 + 78 + 44, marital 208 + 83 + 452.
show('benthamopen: 112 + 231 + 278 + 78 + 44, 208 + 83 + 452', [112 + 231 + 278 + 78 + 44, 208 + 83 + 452]);
show('benthamopen: 112, 231, 278, 78, 44 of 743', [
  pct(112, 743),
  pct(231, 743),
  pct(278, 743),
  pct(78, 743),
  pct(44, 743),
]);
show('benthamopen: 208, 83, 452 of 743 (printed 28.00, 11.17, 60.83)', [pct(208, 743), pct(83, 743), pct(452, 743)]);

// studylibid: 320 respondents, 48.7% / 42.8% / 8.5%.
show('studylibid: 48.7 + 42.8 + 8.5', [(48.7 + 42.8 + 8.5).toFixed(1)]);
show('studylibid: 156, 137, 27, 28 of 320', [pct(156, 320), pct(137, 320), pct(27, 320), pct(28, 320), 156 + 137 + 27]);

// scribd-kepatuhan: second table's rows 151 + 96, 33 + 7, 184 + 103; first table's total 153/37/190.
show('scribd-kepatuhan: 151 + 96, 33 + 7, 184 + 103', [151 + 96, 33 + 7, 184 + 103]);
show('scribd-kepatuhan: 247/287, 40/287 (printed 80.5, 19.5)', [pct(247, 287), pct(40, 287)]);
show('scribd-kepatuhan: first table 153/190, 37/190', [pct(153, 190), pct(37, 190)]);
