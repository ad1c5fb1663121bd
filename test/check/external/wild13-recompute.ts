/**
 * The independent recomputation behind the judgement of every flag naskah raised on the wild13
 * precision corpus (wild13-en.yaml, wild13-id.yaml; judgements in wild13-judged.yaml): plain
 * arithmetic and jStat (recompute-helpers.ts), not naskah's src/stats, so that a judgement does
 * not inherit naskah's arithmetic. Prints every value the judgements quote.
 *
 *   npx tsx test/check/external/wild13-recompute.ts
 */
import { pct, ratioCheck, show } from './recompute-helpers.ts';

console.log('— first run at dc13047 (check code of main 9cfee20) —');

// pmc-ethiopia: 3,646 caregivers, Mother 3,407 (93.4) and Other primary caregivers 239 (6.5).
show('pmc-ethiopia: 3407 + 239, 3407/3646, 239/3646', [3407 + 239, pct(3407, 3646), pct(239, 3646)]);

// omics-tena: 180 controls, 180 cases, 360 in all (each block of the first variables adds up so).
show('omics-tena: age controls 33 + 55 + 92, cases 26 + 92 + 62', [33 + 55 + 92, 26 + 92 + 62]);
// Women's education: the Tertiary row prints the controls' zero bare: "0 | 3(1.7) | 3(0.8)".
show('omics-tena: tertiary 3/180 (cases), 3/360 (total)', [pct(3, 180), pct(3, 360)]);
show('omics-tena: women education totals 112 + 204 + 41 + 3', [112 + 204 + 41 + 3]);
// Husband's education (answered by fewer): controls 64 + 86 + 14 + 1, cases 18 + 104 + 39 + 10.
show('omics-tena: husband education controls, cases, total', [
  64 + 86 + 14 + 1,
  18 + 104 + 39 + 10,
  82 + 190 + 53 + 11,
]);
show('omics-tena: controls 64, 86, 14, 1 of 165 (printed 38.6, 52.1, 8.5, 0.6)', [
  pct(64, 165),
  pct(86, 165),
  pct(14, 165),
  pct(1, 165),
]);
show('omics-tena: 64 of 164, 166 (no base gives 38.6 with 86 → 52.1)', [pct(64, 164), pct(64, 166), pct(86, 166)]);
show('omics-tena: total 82, 190, 53, 11 of 336 (printed 24.3, 56.5, 15.8, 3.3)', [
  pct(82, 336),
  pct(190, 336),
  pct(53, 336),
  pct(11, 336),
]);
// Radio possession: No 105 (58.4) 50 (27.8) 155 (43.1), Yes 75 (41.7) 130 (72.2) 205 (56.9).
show('omics-tena: radio 105/180, 75/180 (printed 58.4, 41.7), 105 + 75', [pct(105, 180), pct(75, 180), 105 + 75]);

// virologyj: "Outbreak on property" Yes 20: 11 (54.0) 9 (45.0); No 220: 63 (26.9) 157 (71.3).
show('virologyj: 11 + 9, 63 + 157, 11 + 63, 9 + 157', [11 + 9, 63 + 157, 11 + 63, 9 + 157]);
show('virologyj: 11/20, 9/20, 63/220, 157/220', [pct(11, 20), pct(9, 20), pct(63, 220), pct(157, 220)]);

// pmc-nigeria: the North-east row's grade 3 OR and the North-central row's grade 2-3 OR.
show('pmc-nigeria: 3.16 (.24–4.45)', ratioCheck(3.16, 0.24, 4.45, 0.005));
show('pmc-nigeria: 3.16 (2.24–4.45), as a lost digit would give', ratioCheck(3.16, 2.24, 4.45, 0.005));
show('pmc-nigeria: the row’s other ORs 3.81 (2.94–4.92), 3.14 (2.40–4.1)', [
  ...ratioCheck(3.81, 2.94, 4.92, 0.005),
  ...ratioCheck(3.14, 2.4, 4.1, 0.005, 0.05),
]);
show('pmc-nigeria: 1.04 (0.81–1.03): the estimate above its upper bound', ratioCheck(1.04, 0.81, 1.03, 0.005));

console.log('— second round at 0c570fd (check code of 370ac73) —');

// 123dok-diare-nogosari: shares of the 60 respondents (6/60 = 10, 37/60 = 61.7, 44/60 = 73.3).
show('nogosari: 6 + 10, 37 + 7, 6/60, 10/60 (printed 16,6), 16/60', [
  6 + 10,
  37 + 7,
  pct(6, 60),
  pct(10, 60),
  pct(16, 60),
]);
// 123dok-diare-sumurbatu: "merebus 9 34,5 17 65,4 26 100", row shares of 26.
show('sumurbatu: 9 + 17, 9/26 (printed 34,5), 17/26', [9 + 17, pct(9, 26), pct(17, 26)]);
// scribd-diare-purwaharja: "Tidak 7 41,1 10 58,9 17 100", row shares of 17.
show('purwaharja: 7 + 10, 7/17 (printed 41,1), 10/17 (printed 58,9)', [7 + 10, pct(7, 17), pct(10, 17)]);
show('purwaharja: the other rows 19/103, 84/103, 25/119, 94/119', [
  pct(19, 103),
  pct(84, 103),
  pct(25, 119),
  pct(94, 119),
]);

console.log('— third round at e02d01c (check code of fda7bd0) —');

// ibfj-uganda: No n = 85, Yes n = 150, All n = 235.
show('uganda: antenatal care All 96 + 119 + 20, 96/235 (printed 40.8), 119/235, 20/235', [
  96 + 119 + 20,
  pct(96, 235),
  pct(119, 235),
  pct(20, 235),
]);
show('uganda: infant sex No 53 + 32 + 0, 53/85 (printed 62.3), 32/85', [53 + 32 + 0, pct(53, 85), pct(32, 85)]);
// pmc-wic: each OR with its interval (the p-values .82, .20, … sit in the cell before the OR).
for (const [or, lo, hi] of [
  [1.16, 0.47, 2.85],
  [1.31, 0.89, 1.93],
  [1.38, 0.95, 2.01],
  [1.61, 1.07, 2.44],
  [1.51, 1.03, 2.21],
  [0.64, 0.36, 1.15],
  [0.34, 0.18, 0.64],
] as const)
  show(`pmc-wic: ${or} (${lo}–${hi})`, ratioCheck(or, lo, hi, 0.005));
