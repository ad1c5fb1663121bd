/**
 * The independent recomputation behind the judgement of every flag naskah raised on the wild2
 * precision corpus (wild2-id.yaml, wild2-en.yaml; judgements in wild2-judged.yaml): jStat
 * directly (not naskah's src/stats), so that a judgement does not inherit naskah's arithmetic.
 * Prints every value the judgements quote.
 *
 *   npx tsx test/check/external/wild2-recompute.ts
 */
import { g, pct, pZ, show } from './recompute-helpers.ts';

const Z = 1.959964;
/** Geometric centre √(lower·upper) of a ratio's interval as printed. */
const centre = (lo: number, hi: number) => Math.sqrt(lo * hi);
/** Two-sided Wald p of a ratio from its 95% interval as printed. */
const waldP = (est: number, lo: number, hi: number) => pZ(Math.log(est) / ((Math.log(hi) - Math.log(lo)) / (2 * Z)));
/** Woolf odds ratio and 95% interval of a 2×2 table a·d/(b·c). */
const woolf = (a: number, b: number, c: number, d: number) => {
  const or = (a * d) / (b * c);
  const se = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
  return [or, Math.exp(Math.log(or) - Z * se), Math.exp(Math.log(or) + Z * se)];
};
const ratio = (label: string, est: number, lo: number, hi: number) =>
  show(label, [`OR ${est}`, `centre ${g(centre(lo, hi))}`, `Wald p ${waldP(est, lo, hi).toExponential(2)}`]);

console.log('— wild2-id.yaml, development part —');
show('anemia-padang-tiji: 102 of 518 (the total named before it), 102 of 530 (the next clause’s total)', [
  pct(102, 518),
  pct(102, 530),
]);
show('anemia-padang-tiji: 120 of 530', [pct(120, 530)]);

console.log('— wild2-en.yaml, development part —');
ratio('hawassa: OR (95% CI): 0.56 (0.22-0.89)', 0.56, 0.22, 0.89);
ratio('hawassa: OR (95% CI): 1.45 (0.87-3.99)', 1.45, 0.87, 3.99);
ratio('hawassa: OR (95% CI): 2.4 (1.6-7.8)', 2.4, 1.6, 7.8);
show('hawassa: the slide’s own worked example, Woolf OR and CI of 165·550/(547·91)', woolf(165, 547, 91, 550));
for (const [row, est, lo, hi] of [
  ['Asian', 0.849, 0.81, 0.89],
  ['Black', 0.52, 0.486, 0.557],
  ['Mixed', 0.731, 0.648, 0.825],
  ['Missing', 0.697, 0.615, 0.791],
  ['Other', 0.933, 0.915, 0.952],
  ['alcohol Not recorded', 0.866, 0.834, 0.9],
  ['BMI Not recorded', 0.803, 0.769, 0.839],
  ['Uncontrolled SBP', 0.712, 0.7, 0.725],
] as const)
  ratio(`bmj-open ${row}: the upper limit is not a p; the row's p is "<0.001"`, est, lo, hi);
ratio('iron-tablets questionnaire: p = 0.000; OR = 0.050 (0.010-0.263)', 0.05, 0.01, 0.263);
ratio('iron-tablets pill count: p = 0.003; OR = 0.126 (0.030-0.538)', 0.126, 0.03, 0.538);
show('iron-tablets: 24, 23, 6, 10 of 39 (61.5%, 59.0%, 15.4%, 25.6%)', [
  pct(24, 39),
  pct(23, 39),
  pct(6, 39),
  pct(10, 39),
]);
show('shanghai: 41 of 70 (printed 58.5%), 29 of 70 (printed 41.4%)', [pct(41, 70), pct(29, 70)]);
show(
  'ijerph intervention column, of n = 186: 75, 47, 80, 59, 163, 31, 42, 28, 6, 8, 34, 150, 107, 113',
  [75, 47, 80, 59, 163, 31, 42, 28, 6, 8, 34, 150, 107, 113].map((c) => pct(c, 186)),
);
show(
  'ijerph control column, of n = 276: 94, 95, 136, 45, 235, 38, 107, 37, 7, 7, 59, 206, 159, 187',
  [94, 95, 136, 45, 235, 38, 107, 37, 7, 7, 59, 206, 159, 187].map((c) => pct(c, 276)),
);

console.log('— held-out part, run once at 2e8100f —');
show('asi-eksklusif-pendidikan-fisher Tabel 4.17: 1 of 54 (printed 98,1), 53 of 54 (printed 1,9)', [
  pct(1, 54),
  pct(53, 54),
]);
ratio('nhhr all-cause Model 1 Q3: 0.66 (0.57,0.75), p printed 0.001', 0.66, 0.57, 0.75);
ratio('nhhr all-cause Model 1 Q4: 0.70 (0.62,0.79), p printed 0.001', 0.7, 0.62, 0.79);
ratio('nhhr CVD Model 1 Q4: 0.63 (0.48,0.82), p printed 0.001', 0.63, 0.48, 0.82);
ratio('nhhr all-cause Model 1 Q2: 0.83 (0.72,0.95), p printed 0.007', 0.83, 0.72, 0.95);
ratio('age-class total mortality 18–49 y: 0.76 (0.55–1.06), the "95" is the level', 0.76, 0.55, 1.06);
ratio('age-class all cardiovascular 18–49 y: 0.67 (0.47–0.96)', 0.67, 0.47, 0.96);
ratio('age-class cardiovascular mortality 18–49 y: 0.33 (0.11–0.75)', 0.33, 0.11, 0.75);
ratio('body-size at 15, level 1: crude HR 1.18 (0.98,1.05), outside its interval', 1.18, 0.98, 1.05);
