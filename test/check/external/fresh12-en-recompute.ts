/**
 * The independent recomputation behind the hand annotation of the fresh12-en held-out corpus
 * (fresh12-en.yaml): jStat directly (not naskah's src/stats), so that the annotation does not
 * inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh12-en-recompute.ts
 */
import { chi2rc, jStat, pChi, pct, pF, pR, pT, ratioCheck, show, woolf } from './recompute-helpers.ts';

/** Decimals of a printed number ("22" → 0, "9.93" → 2). */
const decimals = (printed: string) => (printed.includes('.') ? printed.split('.')[1]!.length : 0);
/**
 * Shares of one total: each [count, printed share] recomputed, and whether the printed share's
 * rounding interval (half a unit in its last digit) holds count / total.
 */
const shares = (label: string, total: number, rows: [number, string][]) => {
  const out = rows.map(([count, printed]) => {
    const exact = (100 * count) / total;
    const fits = Math.abs(exact - Number(printed)) <= 0.5 * 10 ** -decimals(printed) + 1e-9;
    return `${count}/${total} = ${exact.toFixed(3)} (${printed}${fits ? '' : ' OFF'})`;
  });
  console.log(`${label}: ${out.join(', ')}`);
};
/** Wilson 95% interval of count / n, in percent. */
const wilson = (count: number, n: number) => {
  const z = jStat.normal.inv(0.975, 0, 1);
  const p = count / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return [100 * (centre - half), 100 * (centre + half)];
};

/** Welch and pooled t of two groups from their means, SDs and sizes, with the pooled p. */
const tFromSummary = (m1: number, s1: number, n1: number, m2: number, s2: number, n2: number) => {
  const sp = Math.sqrt(((n1 - 1) * s1 * s1 + (n2 - 1) * s2 * s2) / (n1 + n2 - 2));
  const pooled = (m1 - m2) / (sp * Math.sqrt(1 / n1 + 1 / n2));
  const welch = (m1 - m2) / Math.sqrt((s1 * s1) / n1 + (s2 * s2) / n2);
  return [
    `pooled t ${pooled.toFixed(3)}`,
    `welch t ${welch.toFixed(3)}`,
    `p ${pT(pooled, n1 + n2 - 2).toPrecision(3)}`,
  ];
};
/**
 * Range of the pooled and the Welch t over the rounding intervals of the printed means (half a
 * unit hm) and SDs (hs): what a printed t may be if it was computed from these summaries.
 */
const tRange = (m1: number, s1: number, n1: number, m2: number, s2: number, n2: number, hm: number, hs: number) => {
  const pooled: number[] = [];
  const welch: number[] = [];
  for (const a of [m1 - hm, m1 + hm])
    for (const b of [m2 - hm, m2 + hm])
      for (const x of [s1 - hs, s1 + hs])
        for (const y of [s2 - hs, s2 + hs]) {
          const sp = Math.sqrt(((n1 - 1) * x * x + (n2 - 1) * y * y) / (n1 + n2 - 2));
          pooled.push(Math.abs(a - b) / (sp * Math.sqrt(1 / n1 + 1 / n2)));
          welch.push(Math.abs(a - b) / Math.sqrt((x * x) / n1 + (y * y) / n2));
        }
  const r = (v: number[]) => `${Math.min(...v).toFixed(3)}–${Math.max(...v).toFixed(3)}`;
  return [`|pooled t| ${r(pooled)}`, `|welch t| ${r(welch)}`];
};
/** p of a printed statistic over its rounding interval (half a unit h), for a p function of one value. */
const pRange = (p: (x: number) => number, x: number, h: number) => [p(x + h), p(x), p(Math.max(0, x - h))];

console.log('— hbv-knowledge-bivariate —');
show(
  'age F(4,478)=4.285',
  pRange((x) => pF(x, 4, 478), 4.285, 0.0005),
);
show(
  'gender t(481)=-1.14',
  pRange((x) => pT(x, 481), 1.14, 0.005),
);
show('gender t from summary', tFromSummary(12.37, 4.46, 275, 12.83, 4.29, 208));
show('gender t range', tRange(12.37, 4.46, 275, 12.83, 4.29, 208, 0.005, 0.005));
show(
  'ethnicity F(3,479)=2.30',
  pRange((x) => pF(x, 3, 479), 2.3, 0.005),
);
show(
  'education F(2,480)=42.38',
  pRange((x) => pF(x, 2, 480), 42.38, 0.005),
);
show(
  'occupation F(4,478)=7.26',
  pRange((x) => pF(x, 4, 478), 7.26, 0.005),
);
show(
  'duration F(2,475)=11.24',
  pRange((x) => pF(x, 2, 475), 11.24, 0.005),
);
show(
  'therapy t(192)=1.86',
  pRange((x) => pT(x, 192), 1.86, 0.005),
);
show('therapy t from summary', tFromSummary(13.01, 4.21, 110, 11.82, 4.64, 84));
show('therapy t range', tRange(13.01, 4.21, 110, 11.82, 4.64, 84, 0.005, 0.005));
show(
  'cirrhosis t(481)=2.67',
  pRange((x) => pT(x, 481), 2.67, 0.005),
);
show('cirrhosis t from summary', tFromSummary(11.16, 4.97, 74, 12.82, 4.23, 409));
show('cirrhosis t range', tRange(11.16, 4.97, 74, 12.82, 4.23, 409, 0.005, 0.005));
show('group sizes', [
  78 + 84 + 96 + 134 + 91,
  275 + 208,
  109 + 353 + 12 + 9,
  62 + 235 + 186,
  83 + 41 + 177 + 119 + 63,
  208 + 161 + 109,
  110 + 84,
  74 + 409,
]);

console.log('— adherence-cohort-characteristics —');
shares('n=279', 279, [
  [166, '59.5'],
  [153, '54.8'],
  [279, '100.0'],
  [185, '66.3'],
  [94, '33.7'],
  [85, '30.5'],
  [194, '69.5'],
  [100, '35.8'],
  [55, '19.7'],
  [96, '34.4'],
  [128, '45.9'],
  [193, '69.2'],
  [60, '21.5'],
  [26, '9.3'],
  [143, '51.3'],
  [68, '24.4'],
  [11, '3.9'],
  [35, '12.5'],
  [22, '7.9'],
  [98, '35.1'],
  [18, '6.5'],
  [163, '58.4'],
  [92, '33.0'],
  [187, '67.0'],
  [88, '31.5'],
  [85, '30.5'],
  [106, '38.0'],
]);
show('sums', [
  185 + 94,
  85 + 194,
  55 + 96 + 128,
  193 + 60 + 26,
  143 + 68 + 11 + 35 + 22,
  98 + 18 + 163,
  92 + 187,
  88 + 85 + 106,
]);

console.log('— lockdown-participants —');
show('group sums', [
  252 + 335,
  150 + 180 + 157 + 86,
  341 + 238,
  312 + 245 + 30,
  425 + 41 + 117,
  220 + 133 + 92 + 86 + 56,
  261 + 225 + 64 + 37,
  136 + 115 + 82 + 105 + 149,
  581 + 6,
  586 + 1,
]);
shares('sex', 587, [
  [252, '42.9'],
  [335, '57.1'],
]);
shares('age of 573', 573, [
  [150, '26.2'],
  [180, '31.4'],
  [157, '27.4'],
  [86, '15.0'],
]);
shares('age of 587 (prose)', 587, [[180, '30.7']]);
shares('marital', 579, [
  [341, '58.9'],
  [238, '41.1'],
]);
shares('religion', 587, [
  [312, '53.2'],
  [245, '41.7'],
  [30, '5.1'],
]);
shares('tribe', 583, [
  [425, '72.9'],
  [41, '7.0'],
  [117, '20.1'],
]);
shares('districts', 587, [
  [220, '37.5'],
  [133, '22.7'],
  [92, '15.7'],
  [86, '14.7'],
  [56, '9.5'],
]);
shares('education', 587, [
  [261, '44.5'],
  [225, '38.3'],
  [64, '10.9'],
  [37, '6.3'],
]);
shares('occupation', 587, [
  [136, '23.2'],
  [115, '19.6'],
  [82, '14.0'],
  [105, '17.9'],
  [149, '25.4'],
]);
shares('nationality', 587, [
  [581, '99.0'],
  [6, '1.0'],
]);
shares('race', 587, [
  [586, '99.8'],
  [1, '0.2'],
]);
shares('single rows over 587 (for the note)', 587, [
  [401, '69.0'],
  [545, '94.1'],
  [571, '97.3'],
  [578, '98.5'],
  [559, '95.2'],
  [572, '97.4'],
  [577, '98.3'],
  [542, '92.3'],
  [507, '86.4'],
  [157, '26.8'],
  [127, '21.6'],
  [283, '48.2'],
  [227, '38.7'],
  [408, '69.5'],
]);
show('implied denominators', [
  401 / 0.69,
  545 / 0.941,
  571 / 0.973,
  578 / 0.985,
  559 / 0.952,
  572 / 0.974,
  577 / 0.983,
  542 / 0.923,
]);

console.log('— stopdia-channels —');
const channels: [number, string, number, string, string, string][] = [
  [1641, '20.31', 163, '9.93', '8.58', '11.48'],
  [1819, '22.51', 399, '22', '20.09', '23.89'],
  [1595, '19.74', 363, '22.76', '20.77', '24.88'],
  [1353, '16.74', 465, '34.37', '31.88', '36.94'],
  [1069, '13.23', 260, '24.32', '21.84', '26.98'],
  [544, '6.73', 147, '27', '23.5', '31.0'],
  [487, '6.03', 128, '26.3', '22.6', '30.4'],
  [287, '3.55', 61, '21.7', '17.3', '26.9'],
  [222, '2.74', 56, '25.2', '20.0', '31.3'],
  [149, '1.84', 27, '18.1', '12.8', '25.1'],
  [121, '1.49', 23, '19', '13.0', '26.9'],
  [1084, '13.41', 248, '22.89', '20.51', '25.50'],
  [8079, '100.00', 1815, '22.47', '21.58', '23.40'],
];
for (const [n, share, men, menShare, lo, hi] of channels) {
  shares(`channel n=${n} of 8079`, 8079, [[n, share]]);
  shares(`  men of ${n}`, n, [[men, menShare]]);
  const [l, u] = wilson(men, n);
  console.log(`  wilson ${l!.toFixed(4)}–${u!.toFixed(4)} (printed ${lo}–${hi})`);
}
const education: [number, string][] = [
  [384, '23.82'],
  [704, '39.55'],
  [578, '36.84'],
  [602, '44.89'],
  [485, '45.84'],
  [205, '38.7'],
  [221, '45.8'],
  [105, '36.7'],
  [89, '40.3'],
  [49, '33.3'],
  [29, '27.6'],
  [400, '37.31'],
  [3003, '37.85'],
];
// Second annotator: subsets of the row totals (respondents without sex, as for Pharmacy) that
// keep the printed share and reproduce the printed Wilson bounds.
for (const [men, from, to] of [
  [147, 535, 554],
  [1815, 8070, 8079],
  [248, 1076, 1090],
] as const) {
  for (let n = from; n <= to; n++) {
    const [l, u] = wilson(men, n);
    console.log(`  subset ${men}/${n} = ${((100 * men) / n).toFixed(3)}, wilson ${l!.toFixed(3)}–${u!.toFixed(3)}`);
  }
}
show(
  'education implied denominators',
  education.map(([c, s]) => (100 * c) / Number(s)),
);

console.log('— hypertension-sex-stratified —');
/** Row shares of [no, yes] pairs, each over its row total. */
const pairs = (label: string, rows: [number, string, number, string][]) => {
  for (const [no, noShare, yes, yesShare] of rows)
    shares(`${label} ${no}+${yes}`, no + yes, [
      [no, noShare],
      [yes, yesShare],
    ]);
};
pairs('male', [
  [156, '90.7', 16, '9.3'],
  [149, '76.8', 45, '23.2'],
  [140, '77.8', 40, '22.2'],
  [162, '89.5', 19, '10.5'],
  [3, '60.0', 2, '40.0'],
  [36, '85.8', 6, '14.3'],
  [28, '82.3', 6, '17.7'],
  [168, '83.6', 33, '16.4'],
  [73, '82.0', 16, '18.0'],
  [138, '86.8', 21, '13.2'],
  [167, '80.7', 40, '19.3'],
  [99, '78.0', 28, '22.0'],
  [75, '82.4', 16, '17.6'],
  [131, '88.5', 17, '11.5'],
  [65, '84.4', 12, '15.6'],
  [41, '82.0', 9, '18.0'],
]);
pairs('female', [
  [221, '90.6', 23, '9.4'],
  [230, '73.2', 84, '26.8'],
  [336, '77.8', 96, '22.2'],
  [107, '91.4', 10, '8.6'],
  [8, '88.9', 1, '11.1'],
  [55, '69.6', 24, '30.4'],
  [57, '78.1', 16, '21.9'],
  [264, '84.9', 47, '15.1'],
  [75, '79.0', 20, '21.0'],
  [254, '83.0', 52, '17.0'],
  [197, '78.2', 55, '21.8'],
  [107, '70.4', 45, '29.6'],
  [158, '80.6', 38, '19.4'],
  [186, '88.6', 24, '11.4'],
  [203, '78.4', 56, '21.6'],
]);
/** Odds ratio of hypertension (yes/no) against the reference row, Woolf interval, and the printed interval's centre. */
const orRows = (label: string, rows: [[number, number], [number, number], number, number, number][]) => {
  for (const [[refNo, refYes], [no, yes], est, lo, hi] of rows)
    show(`${label} ${est} (${lo}–${hi})`, [...woolf(yes, no, refYes, refNo), ...ratioCheck(est, lo, hi, 0.005)]);
};
orRows('male OR', [
  [[156, 16], [149, 45], 2.94, 1.59, 5.44],
  [[140, 40], [162, 19], 0.41, 0.22, 0.74],
  [[140, 40], [3, 2], 2.33, 0.38, 14.45],
  [[36, 6], [28, 6], 1.29, 0.37, 4.42],
  [[36, 6], [168, 33], 1.18, 0.46, 3.02],
  [[36, 6], [73, 16], 1.32, 0.47, 3.65],
  [[138, 21], [167, 40], 1.57, 0.89, 2.8],
  [[99, 28], [75, 16], 0.75, 0.38, 1.49],
  [[99, 28], [131, 17], 0.45, 0.23, 0.88],
]);
orRows('female OR', [
  [[221, 23], [230, 84], 3.51, 2.14, 5.77],
  [[336, 96], [107, 10], 0.33, 0.16, 0.65],
  [[336, 96], [8, 1], 0.44, 0.05, 3.54],
  [[55, 24], [57, 16], 0.64, 0.31, 1.34],
  [[55, 24], [264, 47], 0.41, 0.23, 0.72],
  [[55, 24], [75, 20], 0.61, 0.31, 1.22],
  [[254, 52], [197, 55], 1.36, 0.89, 2.08],
  [[107, 45], [158, 38], 0.57, 0.35, 0.94],
  [[107, 45], [186, 24], 0.31, 0.18, 0.53],
]);

/** Ratios [estimate, lower, upper] judged on their own intervals: centre and p over the rounding intervals. */
const ratios = (label: string, rows: [number, number, number][], h: number, hb = h) => {
  for (const [e, l, u] of rows) show(`${label} ${e} (${l}–${u})`, ratioCheck(e, l, u, h, hb));
};
/** Wald 95% interval of count / n, in percent. */
const wald = (count: number, n: number) => {
  const p = count / n;
  const half = 1.959964 * Math.sqrt((p * (1 - p)) / n);
  return [100 * (p - half), 100 * (p + half)];
};

console.log('— hbi-men-hypertension-abstract —');
shares('prevalence', 6528, [
  [1527, '23.3'],
  [297, '4.5'],
]);
shares('prevalence of the 6,538', 6538, [[1527, '23.3']]);
shares('aware', 1527, [[109, '7.1']]);
show('Wald 1527/6538', wald(1527, 6538));
show('Wilson 1527/6538', wilson(1527, 6538));
show('Wald 1527/6528', wald(1527, 6528));
ratios('OR', [[1.02, 1.01, 1.03]], 0.005);
ratios(
  'aOR',
  [
    [1.5, 1.3, 1.8],
    [2.6, 2.0, 3.3],
    [1.6, 1.2, 2.1],
    [1.2, 1.1, 1.4],
    [1.8, 1.0, 3.3],
    [2.2, 1.1, 4.3],
  ],
  0.05,
);
// The bounds of 0.2 (0.03–0.7) carry different decimals: 0.03 ± 0.005 and 0.7 ± 0.05.
show('aOR 0.2 (0.03–0.7) centre', [Math.sqrt(0.025 * 0.65), Math.sqrt(0.035 * 0.75)]);

console.log('— delta-rural-hypertension-abstract —');
show('48 + 86', [48 + 86]);

console.log('— gajida-undiagnosed-abstract —');
shares('of 364', 364, [
  [185, '50.8'],
  [179, '49.2'],
  [153, '41.9'],
  [138, '37.9'],
]);
show('185 + 179', [185 + 179]);

console.log('— nigeria-six-regions-abstract —');
ratios(
  'OR',
  [
    [1.88, 1.41, 2.5],
    [1.57, 1.05, 2.36],
    [1.44, 1.12, 1.85],
    [1.37, 1.04, 1.81],
    [2.02, 1.57, 2.6],
    [1.23, 1.05, 1.42],
    [1.18, 1.02, 1.37],
    [1.42, 1.07, 1.88],
  ],
  0.005,
);

console.log('— study-habits-achievement-abstract —');
show('r = 0.808, n = 180: p', [pR(0.808, 180)]);
show('critical r at df 178, two-sided .01', [
  (() => {
    const t = jStat.studentt.inv(0.995, 178);
    return t / Math.sqrt(t * t + 178);
  })(),
]);

console.log('— study-time-gpa-worked —');
const studyX = [14, 25, 15, 5, 10, 12, 5, 21];
const studyY = [2.8, 3.6, 3.4, 3, 3.1, 3.3, 2.7, 3.8];
const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
show('sums x, y', [sum(studyX), sum(studyY)]);
show('printed column sums', [
  sum([0.3906, 135.1406, 2.6406, 70.1406, 11.3906, 1.8906, 70.1406, 58.1406]),
  sum([0.1702, 0.1502, 0.0352, 0.0452, 0.0127, 0.0077, 0.2627, 0.3452]),
  sum([-0.2578, 4.5047, 0.3047, 1.7797, 0.3797, -0.1203, 4.2922, 4.4797]),
]);
{
  const mx = sum(studyX) / 8;
  const my = sum(studyY) / 8;
  const sxx = sum(studyX.map((x) => (x - mx) ** 2));
  const syy = sum(studyY.map((y) => (y - my) ** 2));
  const sxy = sum(studyX.map((x, i) => (x - mx) * (studyY[i]! - my)));
  const r = sxy / Math.sqrt(sxx * syy);
  show('exact Sxx, Syy, Sxy, r', [sxx, syy, sxy, r]);
  show('t(6) from r, its p; p of printed t 3.380', [r * Math.sqrt(6 / (1 - r * r)), pR(r, 8), pT(3.38, 6)]);
}

/**
 * Stars of a coefficient printed with its SE (normal z = b/SE): the two-sided p over the
 * rounding intervals of both printed values and the star counts that range allows, given the
 * thresholds (largest first) that one, two, three… stars claim. "n-c" when the SE may be zero.
 */
const stars = (b: string, se: string, printedStars: number, thresholds: number[]) => {
  const hb = 0.5 * 10 ** -decimals(b);
  const hs = 0.5 * 10 ** -decimals(se);
  const bb = Math.abs(Number(b));
  const ss = Number(se);
  if (ss - hs <= 0) return `${b} (${se}) ${'*'.repeat(printedStars)}: n-c (SE may be zero)`;
  const zMax = (bb + hb) / (ss - hs);
  const zMin = Math.max(0, bb - hb) / (ss + hs);
  const pOf = (z: number) => 2 * (1 - jStat.normal.cdf(z, 0, 1));
  const level = (p: number) => thresholds.filter((t) => p < t).length;
  const [pLo, pHi] = [pOf(zMax), pOf(zMin)];
  const allowed = [level(pHi), level(pLo)];
  const ok = printedStars >= allowed[0]! && printedStars <= allowed[1]!;
  return `${b} (${se}) ${'*'.repeat(printedStars)}: z ${(bb / ss).toFixed(3)}, p ${pLo.toPrecision(3)}–${pHi.toPrecision(3)}, stars ${allowed[0]}–${allowed[1]}${ok ? '' : ' OFF'}`;
};

console.log('— rice-intensification-logit —');
show('z as b/SE', [
  1.017 / 0.679,
  -0.138 / 0.043,
  -3.737 / 1.144,
  -0.378 / 0.661,
  1.895 / 0.322,
  2.499 / 0.498,
  3.953 / 0.847,
  0.409 / 0.121,
  7.809 / 1.659,
  8.714 / 1.664,
  1.354 / 0.303,
  -8.316 / 3.449,
]);
show('LR χ²(11) = 340.60: p', [pChi(340.6, 11)]);

console.log('— extension-subscription-appendix —');
shares('non-subscribers of 83', 83, [
  [31, '37.4'],
  [52, '62.7'],
  [56, '67.5'],
  [27, '32.5'],
]);
shares('subscribers of 227', 227, [
  [40, '17.6'],
  [187, '82.4'],
  [52, '22.9'],
  [175, '77.1'],
]);
// The legend gives two levels: ** p < .05 (level 1 here) and *** p < .01 (level 2).
for (const [b, se, n] of [
  ['0.1426', '0.0551', 2],
  ['0.1426', '0.0546', 2],
  ['0.1411', '0.0568', 1],
  ['0.1447', '0.0553', 2],
  ['0.1510', '0.0556', 2],
  ['0.1508', '0.0555', 2],
  ['0.3602', '0.0537', 2],
  ['0.3602', '0.0546', 2],
  ['0.3605', '0.0541', 2],
  ['0.3715', '0.0542', 2],
  ['0.3630', '0.0550', 2],
  ['0.3639', '0.0534', 2],
  ['0.0469', '0.0643', 0],
  ['0.0804', '0.0866', 0],
  ['0.0760', '0.0827', 0],
  ['-0.0015', '0.0016', 0],
  ['-0.0012', '0.0017', 0],
  ['-0.0011', '0.0017', 0],
  ['0.0529', '0.0602', 0],
  ['0.0336', '0.1954', 0],
  ['0.0976', '0.1296', 0],
  ['0.0466', '0.2315', 0],
  ['0.1015', '0.3655', 0],
  ['0.1140', '0.2446', 0],
  ['0.0498', '0.0541', 0],
  ['-0.0510', '0.0913', 0],
] as [string, string, number][])
  console.log(stars(b, se, n, [0.05, 0.01]));

console.log('— soil-conservation-gologit —');
const gologit: [string, string, number][][] = [
  [
    ['-0.41', '0.09', 3],
    ['-0.41', '0.09', 3],
    ['-0.41', '0.09', 3],
  ],
  [
    ['1.23', '0.30', 3],
    ['0.54', '0.16', 3],
    ['0.14', '0.15', 0],
  ],
  [
    ['-0.00', '0.00', 0],
    ['-0.00', '0.00', 0],
    ['-0.00', '0.00', 0],
  ],
  [
    ['0.22', '0.25', 0],
    ['0.48', '0.20', 2],
    ['-0.24', '0.23', 0],
  ],
  [
    ['0.57', '0.29', 1],
    ['0.57', '0.29', 1],
    ['0.57', '0.29', 1],
  ],
  [
    ['0.61', '0.34', 1],
    ['0.61', '0.34', 1],
    ['0.61', '0.34', 0],
  ],
  [
    ['0.36', '0.27', 0],
    ['0.36', '0.27', 0],
    ['0.36', '0.27', 0],
  ],
  [
    ['0.41', '0.34', 0],
    ['0.41', '0.34', 0],
    ['0.41', '0.34', 0],
  ],
  [
    ['0.01', '0.02', 0],
    ['0.01', '0.02', 0],
    ['0.01', '0.02', 0],
  ],
  [
    ['-0.52', '0.19', 3],
    ['-0.522', '0.18', 3],
    ['-0.52', '0.18', 3],
  ],
  [
    ['-0.01', '0.01', 0],
    ['-0.005', '0.01', 0],
    ['-0.01', '0.01', 0],
  ],
  [
    ['0.18', '0.18', 0],
    ['0.18', '0.18', 0],
    ['0.18', '0.18', 0],
  ],
  [
    ['-0.00', '0.04', 0],
    ['-0.00', '0.04', 0],
    ['-0.00', '0.04', 0],
  ],
  [
    ['0.05', '0.18', 0],
    ['0.05', '0.18', 0],
    ['0.05', '0.18', 0],
  ],
  [
    ['-0.20', '0.16', 0],
    ['-0.20', '0.16', 0],
    ['-0.20', '0.16', 0],
  ],
  [
    ['-0.66', '0.19', 3],
    ['-0.66', '0.19', 3],
    ['-0.66', '0.19', 3],
  ],
  [
    ['-0.03', '0.19', 0],
    ['-0.03', '0.19', 0],
    ['-0.03', '0.19', 0],
  ],
  [
    ['0.72', '0.27', 3],
    ['0.37', '0.20', 1],
    ['-0.06', '0.21', 0],
  ],
  [
    ['-0.00', '0.00', 0],
    ['-0.00', '0.00', 0],
    ['-0.00', '0.00', 0],
  ],
  // The constants carry no stars at all (1.85 with SE 0.58 would earn three): printed for reference.
  [
    ['1.85', '0.58', 0],
    ['0.88', '0.55', 0],
    ['-0.04', '0.56', 0],
  ],
];
for (const row of gologit) console.log(row.map(([b, se, n]) => stars(b, se, n, [0.1, 0.05, 0.01])).join(' | '));

console.log('— nursing-students-covid-ranks —');
shares('of 613', 613, [
  [195, '31.8'],
  [418, '68.2'],
  [220, '35.9'],
  [393, '64.1'],
  [284, '46.3'],
  [329, '53.7'],
  [281, '45.9'],
  [332, '54.1'],
  [161, '26.3'],
  [175, '28.5'],
  [124, '20.2'],
  [153, '25.0'],
  [502, '81.9'],
  [90, '14.7'],
  [21, '3.4'],
]);
show('group sums', [195 + 418, 220 + 393, 284 + 329, 281 + 332, 161 + 175 + 124 + 153, 502 + 90 + 21]);
const pZ2 = (z: number) => 2 * (1 - jStat.normal.cdf(Math.abs(z), 0, 1));
for (const z of [1.62, 4.5, 4.31, 3.11, 0.01, 4.27, 0.57, 0.58, 6.71, 1.89, 3.7, 2.43, 4.48, 8.48, 7.89, 21.66])
  show(`Mann-Whitney Z ${z}`, pRange(pZ2, z, 0.005));
for (const h of [53.4, 5.104, 12.68, 9.88])
  show(
    `Kruskal-Wallis H(3) ${h}`,
    pRange((x) => pChi(x, 3), h, h === 5.104 ? 0.0005 : 0.005),
  );
for (const h of [2.32, 12.303, 17.01, 30.47])
  show(
    `Kruskal-Wallis H(2) ${h}`,
    pRange((x) => pChi(x, 2), h, h === 12.303 ? 0.0005 : 0.005),
  );

console.log('— caries-davangere-abstract —');
/** Every whole count of a total whose share rounds to the printed one (two decimals). */
const countsFor = (printed: number, total: number) =>
  Array.from({ length: total + 1 }, (_, k) => k).filter((k) => Math.abs((100 * k) / total - printed) <= 0.005 + 1e-9);
show('counts giving 26.75 of 400, 25.25 of 400', [countsFor(26.75, 400).join('/'), countsFor(25.25, 400).join('/')]);
show('counts giving 50.51 and 12.75 of 196', [
  countsFor(50.51, 196).join('/') || 'none',
  countsFor(12.75, 196).join('/') || 'none',
]);
show('counts giving 3.92 and 37.25 of 204', [
  countsFor(3.92, 204).join('/') || 'none',
  countsFor(37.25, 204).join('/') || 'none',
]);

console.log('— qassim-depression-abstract —');
shares('PHQ-9 of 1245', 1245, [
  [325, '26.0'],
  [423, '34'],
  [306, '24.6'],
  [129, '10.4'],
  [62, '5.0'],
]);
shares('GAD-7 of 1245', 1245, [
  [455, '36.5'],
  [425, '34.1'],
  [243, '19.5'],
  [122, '9.8'],
]);
show('sums', [325 + 423 + 306 + 129 + 62, 455 + 425 + 243 + 122]);

console.log('— graduating-students-anxiety-abstract —');
{
  const se = Math.sqrt(12.86 ** 2 / 681 + 10.42 ** 2 / 620);
  const t = (47.66 - 43.97) / se;
  show('SAS Welch t, its p (df ≈ 1280)', [t, pT(t, 1280)]);
}
show('shares 39.06 of 681, 9.19 of 620', [
  countsFor(39.06, 681).join('/') || 'none',
  countsFor(9.19, 620).join('/') || 'none',
]);
ratios(
  'OR',
  [
    [1.62, 1.1, 2.37],
    [0.05, 0.02, 0.11],
    [0.09, 0.05, 0.16],
    [2.24, 1.17, 4.3],
  ],
  0.005,
);

console.log('— student-phq9-by-year —');
show('year totals', [12853 + 12796 + 12629 + 12265 + 12355]);
const years: [number, [number, string][]][] = [
  [
    12853,
    [
      [5148, '40.1'],
      [7705, '59.9'],
      [8502, '66.1'],
      [4014, '31.2'],
      [337, '2.6'],
      [595, '4.6'],
    ],
  ],
  [
    12796,
    [
      [5076, '39.7'],
      [7720, '60.3'],
      [8489, '66.3'],
      [4015, '31.4'],
      [292, '2.3'],
      [623, '4.9'],
    ],
  ],
  [
    12629,
    [
      [5101, '40.4'],
      [7528, '59.6'],
      [8317, '65.9'],
      [4006, '31.7'],
      [306, '2.4'],
      [627, '5.0'],
    ],
  ],
  [
    12265,
    [
      [4871, '39.7'],
      [7394, '60.3'],
      [8072, '65.8'],
      [3927, '32.0'],
      [266, '2.2'],
      [649, '5.3'],
    ],
  ],
  [
    12355,
    [
      [5081, '41.1'],
      [7274, '58.9'],
      [7823, '63.3'],
      [4336, '35.1'],
      [196, '1.6'],
      [1190, '9.6'],
    ],
  ],
  [
    62898,
    [
      [25277, '40.2'],
      [37621, '59.8'],
      [41203, '65.5'],
      [20298, '32.3'],
      [1397, '2.2'],
    ],
  ],
];
for (const [n, rows] of years) shares(`of ${n}`, n, rows);
show('row sums', [
  5148 + 5076 + 5101 + 4871 + 5081,
  7705 + 7720 + 7528 + 7394 + 7274,
  8502 + 8489 + 8317 + 8072 + 7823,
  4014 + 4015 + 4006 + 3927 + 4336,
  337 + 292 + 306 + 266 + 196,
]);
show('per-year sums', [
  5148 + 7705,
  5076 + 7720,
  5101 + 7528,
  4871 + 7394,
  5081 + 7274,
  8502 + 4014 + 337,
  8489 + 4015 + 292,
  8317 + 4006 + 306,
  8072 + 3927 + 266,
  7823 + 4336 + 196,
]);

console.log('— football-agility-training —');
// Partial η² of a 2-group mixed ANOVA with N = 32 gives F(1, 30) = η²/(1 − η²)·30; printed for the note.
for (const eta of [0.157, 0.013, 0.087, 0.371, 0.043, 0.002, 0.55, 0.311, 0.007, 0.583, 0.309, 0.029])
  show(`η² ${eta}: F(1,30), p`, [(eta / (1 - eta)) * 30, pF((eta / (1 - eta)) * 30, 1, 30)]);
// An effect size r = t/√(t² + df) of a paired t with df = n − 1; the p it implies.
for (const [r, df] of [
  [0.675, 14],
  [0.106, 16],
  [0.716, 14],
  [0.533, 16],
  [0.674, 14],
  [0.647, 16],
] as [number, number][])
  show(`r ${r}, df ${df}: t, p`, [r * Math.sqrt(df / (1 - r * r)), pT(r * Math.sqrt(df / (1 - r * r)), df)]);

console.log('— delivery-mode-characteristics —');
/** Shares n/N of one cell list, then the Pearson χ² of the table its counts make. */
const nOfN = (label: string, rows: [number, number, string][]) => {
  for (const [n, total, printed] of rows) shares(label, total, [[n, printed]]);
};
nOfN('GS VB', [
  [1408, 10629, '13.2'],
  [9221, 10629, '86.8'],
  [1785, 10660, '16.7'],
  [7962, 10660, '74.7'],
  [913, 10660, '8.6'],
  [2250, 10005, '22.5'],
  [3629, 10005, '36.3'],
  [3123, 10005, '31.2'],
  [1003, 10005, '10.0'],
  [5098, 10615, '48.0'],
  [5517, 10615, '52.0'],
  [699, 10595, '6.6'],
  [9896, 10595, '93.4'],
]);
nOfN('GS CS', [
  [596, 4792, '12.4'],
  [4196, 4792, '87.6'],
  [481, 4799, '10.0'],
  [3437, 4799, '71.6'],
  [881, 4799, '18.4'],
  [640, 4506, '14.2'],
  [1516, 4506, '33.6'],
  [1543, 4506, '34.2'],
  [807, 4506, '17.9'],
  [1899, 4792, '39.6'],
  [2893, 4792, '60.4'],
  [488, 4768, '10.2'],
  [4280, 4768, '89.8'],
]);
nOfN('MCS VB', [
  [1205, 9458, '12.7'],
  [8253, 9458, '87.3'],
  [1456, 9501, '15.3'],
  [7235, 9501, '76.1'],
  [810, 9501, '8.5'],
  [2045, 8807, '23.2'],
  [2985, 8807, '33.9'],
  [2783, 8807, '31.6'],
  [994, 8807, '11.3'],
  [4739, 9516, '49.8'],
  [4777, 9516, '50.2'],
  [444, 9524, '4.7'],
  [9080, 9524, '95.3'],
]);
nOfN('MCS CS', [
  [624, 5491, '11.4'],
  [4867, 5491, '88.6'],
  [541, 5513, '9.8'],
  [3941, 5513, '71.5'],
  [1031, 5513, '18.7'],
  [696, 5019, '13.9'],
  [1475, 5019, '29.4'],
  [1693, 5019, '33.7'],
  [1152, 5019, '23.0'],
  [2487, 5521, '45.0'],
  [3034, 5521, '55.0'],
  [633, 5526, '11.5'],
]);
show('sums', [
  1408 + 9221,
  1785 + 7962 + 913,
  2250 + 3629 + 3123 + 1003,
  5098 + 5517,
  699 + 9896,
  596 + 4196,
  481 + 3437 + 881,
  640 + 1516 + 1543 + 807,
  1899 + 2893,
  488 + 4280,
]);
show('sums MCS', [
  1205 + 8253,
  1456 + 7235 + 810,
  2045 + 2985 + 2783 + 994,
  4739 + 4777,
  444 + 9080,
  624 + 4867,
  541 + 3941 + 1031,
  696 + 1475 + 1693 + 1152,
  2487 + 3034,
]);
show(
  'GS marital χ²',
  chi2rc([
    [1408, 9221],
    [596, 4196],
  ]),
);
show(
  'MCS marital χ²',
  chi2rc([
    [1205, 8253],
    [624, 4867],
  ]),
);
show(
  'GS age χ²',
  chi2rc([
    [1785, 7962, 913],
    [481, 3437, 881],
  ]),
);
show(
  'MCS age χ²',
  chi2rc([
    [1456, 7235, 810],
    [541, 3941, 1031],
  ]),
);
show(
  'GS education χ²',
  chi2rc([
    [2250, 3629, 3123, 1003],
    [640, 1516, 1543, 807],
  ]),
);
show(
  'MCS education χ²',
  chi2rc([
    [2045, 2985, 2783, 994],
    [696, 1475, 1693, 1152],
  ]),
);
show(
  'GS parity χ²',
  chi2rc([
    [5098, 5517],
    [1899, 2893],
  ]),
);
show(
  'MCS parity χ²',
  chi2rc([
    [4739, 4777],
    [2487, 3034],
  ]),
);
show(
  'GS disease χ²',
  chi2rc([
    [699, 9896],
    [488, 4280],
  ]),
);
show(
  'MCS disease χ² (No row from the totals: 5526 − 633)',
  chi2rc([
    [444, 9080],
    [633, 5526 - 633],
  ]),
);

console.log('— intrapartum-cesarean-rr —');
ratios(
  'RR',
  [
    [1.6, 1.2, 2.1],
    [0.7, 0.6, 0.9],
    [1.6, 1.4, 1.9],
    [0.9, 0.8, 0.9],
    [1.0, 0.9, 1.1],
  ],
  0.05,
);
ratios('RR', [[0.99, 0.98, 0.99]], 0.005);

console.log('— planned-cs-twins-outcomes —');
shares('maternal of 568 and 779', 568, [
  [54, '9.5'],
  [1, '0.2'],
]);
shares('maternal of 779', 779, [
  [60, '7.7'],
  [1, '0.1'],
]);
show('neonatal shares over twice the pregnancies (for the note)', [
  pct(22, 1136),
  pct(25, 1558),
  pct(9, 1136),
  pct(12, 1558),
  pct(13, 1136),
  pct(13, 1558),
]);
ratios(
  'aOR',
  [
    [0.82, 0.43, 1.56],
    [0.96, 0.35, 2.64],
    [0.72, 0.31, 1.65],
    [0.79, 0.54, 1.16],
    [0.72, 0.04, 11.67],
  ],
  0.005,
);

console.log('— elective-cs-older-primiparas —');
shares('all of 10,999', 10999, [
  [2008, '18.3'],
  [198, '1.8'],
  [26, '0.2'],
  [202, '1.8'],
  [58, '0.5'],
  [796, '7.3'],
  [238, '2.2'],
  [114, '1.0'],
  [401, '3.6'],
]);
show('373 + 10,626', [373 + 10626]);
// Second annotator: NICU's group shares (4.3 of 373, 7.4 of 10,626) against its 796.
for (let y = 14; y <= 18; y++) {
  console.log(
    `NICU full totals: ${y}/373 = ${((100 * y) / 373).toFixed(3)}, ${796 - y}/10,626 = ${((100 * (796 - y)) / 10626).toFixed(3)}`,
  );
}
for (const [ny, nn] of [
  [372, 10530],
  [373, 10540],
] as const) {
  const t = ny + nn;
  console.log(
    `NICU subset ${ny} + ${nn} = ${t}: 16/${ny} = ${((100 * 16) / ny).toFixed(3)}, 780/${nn} = ${((100 * 780) / nn).toFixed(3)}, 796/${t} = ${((100 * 796) / t).toFixed(3)}`,
  );
}
ratios(
  'RRc',
  [
    [1.54, 1.3, 1.82],
    [1.2, 0.6, 2.42],
    [1.14, 0.15, 8.39],
    [0.14, 0.02, 1.01],
    [0.59, 0.36, 0.96],
    [0.61, 0.25, 1.47],
    [0.25, 0.04, 1.8],
    [0.29, 0.11, 0.76],
  ],
  0.005,
);
ratios(
  'RRadj',
  [
    [1.83, 1.49, 2.26],
    [1.43, 0.69, 2.93],
    [0.69, 0.08, 5.58],
    [0.17, 0.02, 1.2],
    [0.61, 0.37, 0.99],
    [0.7, 0.29, 1.7],
    [0.38, 0.05, 2.78],
    [0.31, 0.12, 0.84],
  ],
  0.005,
);

console.log('— tolac-neonatal-outcomes —');
shares('planned vaginal of 7417', 7417, [
  [2, '0.03'],
  [3, '0.04'],
  [40, '0.5'],
  [18, '0.2'],
  [13, '0.2'],
  [1, '0.01'],
  [61, '0.8'],
  [238, '3.2'],
  [30, '0.4'],
  [81, '1.1'],
  [26, '0.3'],
]);
shares('planned CS of 20212', 20212, [
  [2, '0.01'],
  [6, '0.03'],
  [71, '0.3'],
  [34, '0.2'],
  [3, '0.02'],
  [100, '0.5'],
  [772, '3.8'],
  [129, '0.6'],
  [45, '0.2'],
  [18, '0.09'],
]);
shares('planned vaginal of 3634', 3634, [
  [8, '0.2'],
  [6, '0.2'],
  [1, '0.03'],
  [14, '0.4'],
  [96, '2.6'],
  [10, '0.3'],
  [30, '0.8'],
  [18, '0.5'],
]);
shares('planned CS of 1639', 1639, [
  [8, '0.5'],
  [6, '0.2'],
  [11, '0.7'],
  [84, '5.1'],
  [13, '0.8'],
  [5, '0.3'],
  [3, '0.2'],
]);
/** Crude risk ratio a/n1 over c/n2 with its Katz (log) 95% interval. */
const katz = (a: number, n1: number, c: number, n2: number) => {
  const rr = a / n1 / (c / n2);
  const se = Math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n2);
  return [rr, rr * Math.exp(-1.959964 * se), rr * Math.exp(1.959964 * se)];
};
for (const [a, n1, c, n2, e, l, u] of [
  [3, 7417, 2, 20212, 4.09, 0.68, 24.46],
  [40, 7417, 71, 20212, 1.54, 1.04, 2.26],
  [18, 7417, 34, 20212, 1.4, 0.79, 2.47],
  [13, 7417, 3, 20212, 8.85, 2.89, 27.14],
  [61, 7417, 100, 20212, 1.65, 1.2, 2.26],
  [238, 7417, 772, 20212, 0.84, 0.73, 0.97],
  [30, 7417, 129, 20212, 0.63, 0.43, 0.94],
  [81, 7417, 45, 20212, 4.9, 3.41, 7.05],
  [26, 7417, 18, 20212, 3.94, 2.16, 7.18],
  [8, 3634, 8, 1639, 0.45, 0.17, 1.2],
  [6, 3634, 6, 1639, 0.45, 0.15, 1.4],
  [14, 3634, 11, 1639, 0.57, 0.26, 1.26],
  [96, 3634, 84, 1639, 0.52, 0.39, 0.69],
  [10, 3634, 13, 1639, 0.35, 0.15, 0.79],
  [30, 3634, 5, 1639, 2.7, 1.05, 6.95],
  [18, 3634, 3, 1639, 2.71, 0.8, 9.17],
] as number[][])
  show(`RR ${e} (${l}–${u})`, [
    ...katz(a!, n1!, c!, n2!),
    ...ratioCheck(e!, l!, u!, e === 4.9 || e === 2.7 ? 0.05 : 0.005, 0.005),
  ]);
