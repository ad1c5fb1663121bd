/**
 * The independent recomputation behind the judgement of every flag naskah raised on the wild3
 * precision corpus (wild3-id.yaml, wild3-en.yaml; judgements in wild3-judged.yaml): jStat
 * directly (not naskah's src/stats), so that a judgement does not inherit naskah's arithmetic.
 * Prints every value the judgements quote.
 *
 *   npx tsx test/check/external/wild3-recompute.ts
 */
import { g, pct, pZ, show } from './recompute-helpers.ts';

const Z = 1.959964;
/** Geometric centre √(lower·upper) of a ratio's interval as printed. */
const centre = (lo: number, hi: number) => Math.sqrt(lo * hi);
/** Two-sided Wald p of a ratio from its 95% interval as printed. */
const waldP = (est: number, lo: number, hi: number) => pZ(Math.log(est) / ((Math.log(hi) - Math.log(lo)) / (2 * Z)));
const ratio = (label: string, est: number, lo: number, hi: number) =>
  show(label, [
    `HR ${est}`,
    `centre ${g(centre(lo, hi))}`,
    `Wald p ${Math.max(waldP(est, lo, hi), 1e-16).toExponential(2)}`,
  ]);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

console.log('— wild3-en.yaml, development part (first run at 5d63f7c) —');
const occupation = [199, 53, 165, 118, 59, 18];
show('plosone-htn-baseline: total column of Occupation sums to', [String(sum(occupation))]);
show(
  'plosone-htn-baseline: 199, 53, 165, 118, 59, 18 of 612 (printed 32.52, 8.66, 26.96, 18.28, 9.64, 2.94)',
  occupation.map((c) => pct(c, 612)),
);
show(
  'bmc-overweight-crosstab: Yes column 72+160+96+97 and 48+216+161 (the same 425 women)',
  [72 + 160 + 96 + 97, 48 + 216 + 161].map(String),
);
show(
  'bmc-overweight-crosstab: No column 1159+830+269+165 and 680+1090+653',
  [1159 + 830 + 269 + 165, 680 + 1090 + 653].map(String),
);
show(
  'bmc-overweight-crosstab: row shares No education 72/1231, Primary 160/990, Higher 97/262 (printed 5.8, 16.2, 37.0)',
  [pct(72, 1231), pct(160, 990), pct(97, 262)],
);
show('bmc-overweight-crosstab: Secondary 96/365 and 269/365 (printed 26.7, 73.3)', [pct(96, 365), pct(269, 365)]);
const women = [1726, 1291, 2087, 2130, 913, 1258, 2034, 1129, 1099, 1740, 1094];
show(
  'omics-hiv-testing-ethiopia: women by region sum to, and by age 6852+5279+4370',
  [sum(women), 6852 + 5279 + 4370].map(String),
);
show(
  'omics-hiv-testing-ethiopia: each region of 16501 (printed 10.5, 7.8, 12.7, 12.9, 5.5, 7.6, 12.3, 6.8, 6.7, 10.5, 6.6)',
  women.map((c) => pct(c, 16501)),
);
for (const [row, est, lo, hi] of [
  ['Overall age-adjusted Q5', 0.9, 0.87, 0.94],
  ['Overall multivariate Q5', 0.83, 0.8, 0.87],
  ['CVD multivariate Q5', 0.81, 0.76, 0.86],
  ['Heart disease multivariate Q5', 0.79, 0.74, 0.85],
] as const)
  ratio(`natcomms-retinol ${row}: the upper limit is no p; the next cell "<0.0001" is the P for trend`, est, lo, hi);
