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

console.log('— second round at b2ec2df (check code of 3b040ba) —');
// omics-art: the flagged intervals (COR and AOR columns of one logistic table).
for (const [est, lo, hi, h, hb] of [
  [24, 0.9, 5.9, 0.5, 0.05],
  [0.7, 0.34, 1.8, 0.05, 0.005],
  [0.56, 0.12, 3.2, 0.005, 0.005],
  [1.07, 0.74, 3.01, 0.005, 0.005],
  [0.9, 0.28, 4.3, 0.05, 0.005],
  [0.8, 0.18, 1.9, 0.05, 0.005],
  [1.2, 0.43, 5.6, 0.05, 0.005],
  [0.66, 0.26, 1.06, 0.005, 0.005],
  [2.04, 0.71, 7.4, 0.005, 0.005],
  [3.2, 0.91, 3.05, 0.05, 0.005],
  [0.85, 0.64, 2.06, 0.005, 0.005],
] as const)
  show(`omics-art: ${est} (${lo}, ${hi})`, ratioCheck(est, lo, hi, h, hb));
// omics-EC: crude ORs from the Yes/No counts against the reference row (odds of Yes).
show('omics-EC: (10/110)/(4/51), (11/82)/(4/51)', [(10 / 110 / (4 / 51)).toFixed(4), (11 / 82 / (4 / 51)).toFixed(4)]);
show('omics-EC: 1.97 (0.59, 6.56)', ratioCheck(1.97, 0.59, 6.56, 0.005));
show('omics-EC: Woolf CI of 11, 82 / 4, 51', woolf(11, 82, 4, 51));
show('omics-EC: (10/97)/(13/113), and 0.89 (0.38, 2.14)', [
  (10 / 97 / (13 / 113)).toFixed(4),
  ...ratioCheck(0.89, 0.38, 2.14, 0.005),
]);
// pmc-contraceptive: crude OR of Primary School 103/14 against No School 794/358; the AOR p's.
show('pmc-contraceptive: (103/14)/(794/358)', [(103 / 14 / (794 / 358)).toFixed(4)]);
show('pmc-contraceptive: AOR 6.11 (3.27, 11.42), p printed 0.02', ratioCheck(6.11, 3.27, 11.42, 0.005));
show('pmc-contraceptive: AOR 2.06 (1.17, 3.67), p printed 0.01', ratioCheck(2.06, 1.17, 3.67, 0.005));
show('pmc-contraceptive: AOR 1.58 (1.12, 2.24), p printed 0.01', ratioCheck(1.58, 1.12, 2.24, 0.005));
// scribd-kepatuhan-hipertensi: OR=7,32 (p=0,001, CI 95%= 2,186-18,806).
show('scribd-kepatuhan-hipertensi: 7.32 (2.186, 18.806)', ratioCheck(7.32, 2.186, 18.806, 0.005, 0.0005));

console.log('— third round at 6cfa5fa (check code of 3b040ba) —');
// pmc-alcoholic-men: "P, vs. controls § 0.072 <0.0001 < 0.0001 < 0.0001" is one p per group (four groups
// against the controls), no comparison of a p with a level: nothing to recompute.
// pmc-colorectal: cases 5,086; education 3,325 + 899 + 852 (10 missing per the table's note).
show('pmc-colorectal: 3325 + 899 + 852', [3325 + 899 + 852]);
show('pmc-colorectal: 3325, 899, 852 of 5086 (printed 65.4, 17.7, 16.8)', [
  pct(3325, 5086),
  pct(899, 5086),
  pct(852, 5086),
]);
show('pmc-colorectal: 3325, 899, 852 of 5076', [pct(3325, 5076), pct(899, 5076), pct(852, 5076)]);

console.log('— branch h/fn11-id (on main 9cfee20) —');
// 123dok-jampersal: 210 mothers, 94 users; umur ≤ 25: 11 of 31 users; pendidikan tinggi: 39 of 57.
show('123dok-jampersal: 83/96, 83/179, 179 − 83, 11/31', [pct(83, 96), pct(83, 179), 179 - 83, pct(11, 31)]);
show('123dok-jampersal: 55/98, 55/153, 153 − 55, 39/57', [pct(55, 98), pct(55, 153), 153 - 55, pct(39, 57)]);
