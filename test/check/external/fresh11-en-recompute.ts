/**
 * The independent recomputation behind the hand annotation of the fresh11-en held-out corpus
 * (fresh11-en.yaml): jStat directly (not naskah's src/stats), so that the annotation does not
 * inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh11-en-recompute.ts
 */
import { jStat, pR, pT, pct, ratioCheck, show } from './recompute-helpers.ts';

/** Ratio rows [estimate, lower, upper] at one rounding step h: centre and p ranges. */
const ratios = (label: string, rows: [number, number, number][], h: number) => {
  for (const [e, l, u] of rows) show(`${label} ${e} (${l}–${u})`, ratioCheck(e, l, u, h));
};

console.log('— anemia-multilevel-or —');
ratios(
  'OR',
  [
    [1.54, 1.49, 1.59],
    [1.74, 1.68, 1.81],
    [2.12, 2.03, 2.21],
    [2.81, 2.68, 2.94],
    [1.05, 0.99, 1.11],
    [0.99, 0.94, 1.05],
    [0.95, 0.87, 1.04],
    [0.5, 0.44, 0.56],
    [1.6, 1.48, 1.73],
    [1.07, 0.94, 1.21],
    [1.12, 1.09, 1.16],
    [1.04, 1.01, 1.08],
    [1.02, 1.0, 1.04],
    [0.96, 0.93, 0.98],
    [1.71, 1.63, 1.79],
    [1.72, 1.58, 1.87],
    [0.83, 0.81, 0.85],
    [0.95, 0.93, 0.97],
    [0.92, 0.9, 0.93],
    [1.01, 0.99, 1.03],
    [0.73, 0.72, 0.75],
    [0.83, 0.8, 0.86],
    [0.76, 0.73, 0.79],
    [0.93, 0.9, 0.96],
    [0.89, 0.86, 0.92],
    [1.03, 1.01, 1.06],
    [0.64, 0.61, 0.67],
    [0.78, 0.74, 0.82],
    [1.04, 0.99, 1.09],
    [1.06, 1.01, 1.08],
    [1.04, 1.0, 1.09],
    [1.06, 1.01, 1.12],
    [1.03, 0.96, 1.1],
    [1.07, 0.98, 1.17],
  ],
  0.005,
);

console.log('— anaemia-nepal-or —');
ratios(
  'OR',
  [
    [0.8, 0.64, 1.02],
    [0.97, 0.68, 1.38],
    [0.75, 0.66, 0.85],
    [1.01, 0.83, 1.22],
    [0.91, 0.72, 1.16],
    [1.03, 0.78, 1.36],
    [0.9, 0.79, 1.02],
    [1.07, 0.92, 1.25],
    [1.61, 0.8, 3.33],
    [1.43, 0.68, 2.98],
    [1.19, 0.85, 1.67],
    [1.12, 0.8, 1.61],
    [1.01, 0.42, 2.42],
    [1.15, 0.47, 2.81],
    [0.78, 0.51, 1.19],
    [0.91, 0.59, 1.41],
    [2.11, 0.91, 4.93],
    [1.18, 0.49, 2.82],
    [1.84, 1.22, 2.78],
    [1.25, 0.83, 1.97],
    [0.96, 0.28, 3.34],
    [1.05, 0.3, 3.7],
    [0.64, 0.34, 1.22],
    [0.68, 0.35, 1.34],
    [1.03, 0.81, 1.29],
    [0.98, 0.72, 1.33],
    [1.16, 0.98, 1.37],
    [0.86, 0.73, 1.02],
    [0.94, 0.71, 1.26],
    [0.94, 0.69, 1.29],
    [1.0, 0.82, 1.21],
    [0.79, 0.66, 0.94],
    [0.79, 0.57, 1.09],
    [0.76, 0.54, 1.07],
    [1.24, 1.05, 1.5],
    [0.83, 0.69, 0.99],
    [0.77, 0.61, 0.98],
    [0.86, 0.76, 0.97],
    [0.93, 0.82, 1.07],
    [0.73, 0.53, 1.01],
    [1.07, 0.76, 1.51],
    [0.76, 0.63, 0.91],
    [1.04, 0.85, 1.26],
    [0.66, 0.42, 1.03],
    [0.75, 0.47, 1.17],
    [0.93, 0.74, 1.17],
    [1.05, 0.82, 1.32],
  ],
  0.005,
);
// "0.68 [0.55-.844]": bounds printed to two and three decimals.
show('OR 0.68 (0.55–0.844)', ratioCheck(0.68, 0.55, 0.844, 0.005, 0.0005));
show('OR 0.68 (0.55–0.844), lower bound at 0.005', ratioCheck(0.68, 0.55, 0.844, 0.005, 0.005));

console.log('— anemia-brazil-abstract —');
{
  const n = 312;
  for (const k of [59, 60, 61]) {
    const p = k / n;
    const se = Math.sqrt((p * (1 - p)) / n);
    show(`${k}/${n}`, [
      (100 * p).toFixed(3),
      `Wald ${(100 * (p - 1.96 * se)).toFixed(2)}–${(100 * (p + 1.96 * se)).toFixed(2)}`,
    ]);
  }
  show('PR 3.17 (1.85–5.41)', ratioCheck(3.17, 1.85, 5.41, 0.005));
  show('PR 0.44 (0.19–1.07)', ratioCheck(0.44, 0.19, 1.07, 0.005));
}

console.log('— burnout-satisfaction-abstract —');
show('93/115, 54/115', [pct(93, 115), pct(54, 115)]);
show('r -0.483 n 115', [pR(-0.483, 115)]);

console.log('— burnout-coping-abstract —');
show('rho 0.223, -0.627, 0.368, n 300 (t approximation)', [pR(0.223, 300), pR(-0.627, 300), pR(0.368, 300)]);

console.log('— maths-gender-wassce-abstract —');
show('2160/3764, 1604/3764', [pct(2160, 3764), pct(1604, 3764)]);

console.log('— math-grades-gender-ttest —');
{
  const [m1, v1, n1, m2, v2, n2] = [84.21621622, 130.6186186, 37, 73.41176471, 398.5073529, 17];
  const pooled = ((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2);
  const t = (m1 - m2) / Math.sqrt(pooled * (1 / n1 + 1 / n2));
  show('pooled variance, t, df', [pooled, t, n1 + n2 - 2]);
  show('t 2.526356037 df 52: two-tailed, one-tailed p', [pT(2.526356037, 52), pT(2.526356037, 52) / 2]);
  show('t critical one-tail, two-tail (df 52)', [jStat.studentt.inv(0.95, 52), jStat.studentt.inv(0.975, 52)]);
}

console.log('— kap-covid-pakistan-abstract —');
show('154, 252, 266, 164, 159 of 277', [pct(154, 277), pct(252, 277), pct(266, 277), pct(164, 277), pct(159, 277)]);

console.log('— kap-covid-hcw-india-abstract —');
show('106, 65, 76 of 171', [pct(106, 171), pct(65, 171), pct(76, 171)]);

console.log('— kap-students-beijing-abstract —');
show('OR 3.309 (2.921, 3.748)', ratioCheck(3.309, 2.921, 3.748, 0.0005));
show('OR 1.145 (1.003, 1.308)', ratioCheck(1.145, 1.003, 1.308, 0.0005));
void jStat;
