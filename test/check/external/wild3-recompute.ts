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

console.log('— held-out part, run once at c191216 —');
// ispa-balita-ciputat, Tabel 5.15 rebuilt from its prose: 5 of 13 rooms not meeting the humidity
// standard with ISPA (38.5%), 35 of 75 meeting it without ISPA (46.7%); 13 + 75 = 88 children and
// 5 + 40 = 45 with ISPA, as Tabel 5.16 prints.
show('ispa: 5/13 and 35/75 (printed 38,5 and 46,7)', [pct(5, 13), pct(35, 75)]);
{
  const [a, b, c, d] = [5, 8, 40, 35];
  const or = (a * d) / (b * c);
  const se = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
  show('ispa: Woolf OR and 95% CI of 5·35/(8·40) (printed 0,5 and 0,3–1,9)', [
    or,
    Math.exp(Math.log(or) - Z * se),
    Math.exp(Math.log(or) + Z * se),
  ]);
  show('ispa: centre of the printed 0,3–1,9', [centre(0.3, 1.9)]);
}
for (const [row, est, lo, hi] of [
  ['bmi-cervix in prose: IHC, P printed 0.030', 4.99, 1.14, 61.4],
  ['bmi-cervix in prose: lymph node status, P printed .0015', 6.76, 2.12, 25.2],
  ['bmi-cervix 3-variable IHC any failure, p printed 0.83', 1.07, 0.57, 2.12],
  ['bmi-cervix 3-variable IHC local failure, p printed 0.58', 0.81, 0.4, 1.7],
  ['bmi-cervix 3-variable IHC distant metastases, p printed 0.075', 2.78, 0.91, 12.1],
  ['bmi-cervix 3-variable lymph nodes any failure, p printed 0.0008', 3.24, 1.66, 6.16],
  ['bmi-cervix 3-variable lymph nodes local failure, p printed 0.049', 2.34, 1.0, 5.03],
  ['bmi-cervix 3-variable lymph nodes distant metastases, p printed 0.0016', 4.74, 1.83, 12.4],
  ['bmi-cervix 3-variable histology any failure, p printed 0.012', 2.56, 1.22, 6.05],
  ['bmi-cervix 3-variable histology local failure, p printed 0.0008', 5.37, 1.87, 22.7],
  ['bmi-cervix 3-variable histology distant metastases, p printed 0.79', 1.13, 0.44, 3.16],
  [
    'bmi-cervix 2-variable IHC any failure, p printed 0.069 (the 3-variable row above prints 1.07 (0.57–2.12))',
    2.82,
    0.57,
    2.12,
  ],
  ['bmi-cervix 2-variable lymph node status any failure, p printed 0.0007', 3.28, 1.69, 6.18],
  ['bmi-cervix 2-variable lymph node status local failure, p printed 0.056', 2.27, 0.98, 4.83],
  ['bmi-cervix 2-variable lymph node status distant metastases, p printed 0.0015', 4.58, 1.83, 11.64],
  ['bmi-cervix 2-variable histology any failure, p printed 0.0108', 2.57, 1.23, 6.08],
  ['bmi-cervix 2-variable histology local failure, p printed 0.0009', 5.27, 1.83, 22.2],
  ['riskscore univariate Grade, p printed 0.422', 1.115, 0.858, 1.454],
  ['riskscore multivariate Grade (not flagged)', 1.107, 0.83, 1.479],
  ['riskscore univariate T stage (not flagged)', 1.76, 1.43, 2.165],
  ['crt WHO classification OS univariate, p printed 0.52', 0.62, 1.4, 2.69],
  ['crt the same with a lower limit of 0.14 (a lost digit)', 0.62, 0.14, 2.69],
  ['npc overall survival age, p printed <0.001', 1.54, 1.25, 1.82],
  ['npc overall survival sex (not flagged)', 0.75, 0.59, 0.94],
  ['npc overall survival serum calcium (not flagged)', 1.28, 1.06, 1.55],
  ['npc relapse-free survival TNM stage, p printed 0.008', 1.53, 0.57, 1.03],
] as const)
  ratio(row, est, lo, hi);
show(
  'riskscore Grade: the centre of the interval with every limit moved by its rounding (0.8575–0.8585, 1.4535–1.4545)',
  [centre(0.8575, 1.4535).toFixed(4), centre(0.8585, 1.4545).toFixed(4)],
);
