/**
 * The independent recomputation behind the hand annotation of the fresh12-en held-out corpus
 * (fresh12-en.yaml): jStat directly (not naskah's src/stats), so that the annotation does not
 * inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh12-en-recompute.ts
 */
import { jStat, pF, pT, show } from './recompute-helpers.ts';

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
show(
  'education implied denominators',
  education.map(([c, s]) => (100 * c) / Number(s)),
);
