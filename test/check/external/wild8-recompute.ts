/**
 * The independent recomputation behind the judgement of every flag naskah raised on the wild8
 * precision corpus (wild8-en.yaml, wild8-id.yaml; judgements in wild8-judged.yaml): jStat and
 * plain arithmetic directly (not naskah's src/stats), so that a judgement does not inherit
 * naskah's arithmetic. Prints every value the judgements quote.
 *
 *   npx tsx test/check/external/wild8-recompute.ts
 */
import { jStat, pct, pT, show } from './recompute-helpers.ts';

/** The denominators (whole numbers) whose share of `count` rounds to `printed` at one decimal. */
const denominators = (count: number, printed: number, upTo: number) => {
  const fit: number[] = [];
  for (let n = count; n <= upTo; n++) if (Math.abs((100 * count) / n - printed) <= 0.05 + 1e-9) fit.push(n);
  return fit.length ? `${fit[0]}–${fit[fit.length - 1]}` : 'none';
};

console.log('— development part, first run at 291beaf (check code of main de7d323) —');
// slideserve: 20 relaxation students, mean 75.70 (SD 9.64), 20 others, 70.80 (SD 8.74), t(38) = 1.68.
const se = Math.sqrt(9.64 ** 2 / 20 + 8.74 ** 2 / 20);
const tCrit = jStat.studentt.inv(0.975, 38);
show('slideserve: difference of means, its SE, t, one-tailed p', [
  75.7 - 70.8,
  se,
  (75.7 - 70.8) / se,
  pT((75.7 - 70.8) / se, 38) / 2,
]);
show('slideserve: 95% interval of the difference (t with 38 df), and the printed 3.91–15.69: centre, half-width', [
  75.7 - 70.8 - tCrit * se,
  75.7 - 70.8 + tCrit * se,
  (3.91 + 15.69) / 2,
  (15.69 - 3.91) / 2,
  tCrit * se,
]);
// pmc-safe-unit: N = 154 in each column; the comorbidity rows' shares and the denominators (up to
// 154) they fit.
const rows: [string, number, number][] = [
  ['Asthma SAFE', 39, 27.4],
  ['Asthma usual', 37, 33.2],
  ['Cancer SAFE', 58, 39.5],
  ['Cancer usual', 51, 34.7],
  ['Coronary SAFE', 68, 46.3],
  ['Coronary usual', 67, 42.1],
  ['Diabetes SAFE', 65, 42.1],
  ['Diabetes usual', 61, 44.2],
  ['Hypertension SAFE', 138, 89.5],
  ['Hypertension usual', 140, 88.4],
  ['Mood SAFE', 38, 23.7],
  ['Mood usual', 44, 27.4],
  ['Osteoarthritis SAFE', 123, 80.0],
  ['Osteoarthritis usual', 123, 82.6],
  ['Osteoporosis SAFE', 23, 15.8],
  ['Osteoporosis usual', 20, 21.1],
  ['Renal failure SAFE', 83, 50.5],
  ['Rheumatoid arthritis SAFE', 11, 7.4],
];
for (const [label, count, printed] of rows)
  show(`pmc-safe-unit: ${label} ${count} (${printed}): share of 154, denominators ≤ 154 that fit`, [
    pct(count, 154),
    denominators(count, printed, 154),
  ]);
show('pmc-safe-unit: the suppressed "62–66 (40.3–42.9)" of 154', [pct(62, 154), pct(66, 154)]);

console.log('— second round: development part, run once at edaa9e9 (check code of main de7d323) —');
// scribd-bab4-karakteristik: control group of 30 children; "Sosial Ekonomi Rendah 24 (83.3), Tinggi 6 (16.6)".
show('scribd-bab4-karakteristik: 24 and 6 of 30 (printed 83.3 and 16.6); the counts the shares fit, 25 and 5 of 30', [
  pct(24, 30),
  pct(6, 30),
  pct(25, 30),
  pct(5, 30),
]);
show(
  'scribd-bab4-karakteristik: the same text, 16 girls of the 30 controls (printed 53,3 in the table, 53,7 in the prose)',
  [pct(16, 30)],
);
// scribd-bab4-distribusi: 109 children by age: 3, 22, 29, 33, 22 (printed 2.8, 20.3, 26.6, 30.3, 20.2).
show('scribd-bab4-distribusi: 3+22+29+33+22, and 22/109 (printed 20.3 in row 2 and 20.2 in row 5), 33/109', [
  3 + 22 + 29 + 33 + 22,
  pct(22, 109),
  pct(33, 109),
]);
console.log('— second round: held-out part, the same single run —');
show(
  '123dok-normality-homogeneity: "If the asymp.sig 0.05, the null hypothesis is not rejected" is a rule; the Levene sigs it is then applied to',
  [0.9, 0.918],
);
const leveneSig = 0.017;
show('scribd-tugas-uji-homogenitas: Levene sig 0,017 against 0,05', [leveneSig > 0.05 ? 'larger' : 'smaller']);

console.log('— third round: development part, run once at 7e51b0c (check code of main de7d323 with 99c549b) —');
// bmcnephrol: "Improved patients (N = 6) Non-improved patients (N = 4)", "Mean age (year) 55.33 ± 21.38 60.25 ± 14.10".
show('bmcnephrol: 55.33 × 6 and 332/6 (its own group); 60.25 × 4; 55.33 × 4 and the means 221/4, 222/4', [
  55.33 * 6,
  332 / 6,
  60.25 * 4,
  55.33 * 4,
  221 / 4,
  222 / 4,
]);

console.log('— a missed error read since the first run —');
show('slideserve: critical t(38) one-tailed at .05, and the p of t = 1.68 and of the t from the means (1.684)', [
  jStat.studentt.inv(0.95, 38),
  pT(1.68, 38) / 2,
  pT((75.7 - 70.8) / se, 38) / 2,
]);

console.log('— seventh round: held-out part, run once at fce1033 —');
// akperngawi: 109 pupils; "79 responden (72,4%)", "83 responden (76,2%)", and "79 responden (72,5%)".
show('akperngawi: 79 and 83 of 109 (printed 72,4 and 76,2; the same 79 printed 72,5 later)', [
  pct(79, 109),
  pct(83, 109),
]);
show('akperngawi: the totals 72.35–72.45% of 79 and 76.15–76.25% of 83 need', [
  79 / 0.7245,
  79 / 0.7235,
  83 / 0.7625,
  83 / 0.7615,
]);
