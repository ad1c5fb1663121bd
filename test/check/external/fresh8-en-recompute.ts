/**
 * The independent recomputation behind the hand annotation of the fresh8-en held-out corpus
 * (fresh8-en.yaml): jStat directly (not naskah's src/stats), so that the annotation does not
 * inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh8-en-recompute.ts
 */
import { g, jStat, pChi, pChiRange, pF, pT, pZ, pct, show } from './recompute-helpers.ts';

/** Each count's share of the total, in per cent to three decimals. */
const shares = (total: number, counts: number[]) => counts.map((c) => pct(c, total));
/** p of F over the rounding interval of a printed value (half a unit h): [at F + h, at F, at F − h]. */
const pFRange = (f: number, d1: number, d2: number, h: number) => [
  pF(f + h, d1, d2),
  pF(f, d1, d2),
  pF(Math.max(0, f - h), d1, d2),
];
/** p of t over the rounding interval of a printed value (half a unit h). */
const pTRange = (t: number, df: number, h: number) => [pT(t + h, df), pT(t, df), pT(Math.max(0, t - h), df)];
/** Pearson χ² of a 2×2 table, uncorrected and with Yates' correction, and their p. */
const chi2x2 = (a: number, b: number, c: number, d: number) => {
  const n = a + b + c + d;
  const den = (a + b) * (c + d) * (a + c) * (b + d);
  const x = (n * (a * d - b * c) ** 2) / den;
  const y = (n * Math.max(0, Math.abs(a * d - b * c) - n / 2) ** 2) / den;
  return [x, pChi(x, 1), y, pChi(y, 1)];
};

console.log('— jov-masked-priming-errors —');
for (const f of [122.41, 69.56, 4.42, 10.46, 1.55]) show(`F(1, 13) = ${f}`, pFRange(f, 1, 13, 0.005));
show('t(13) = 6.87', pTRange(6.87, 13, 0.005));
show('t(13) = 0.07', pTRange(0.07, 13, 0.005));
show('F(3, 39) = 59.32; with ε = 0.67, F(2.01, 26.13)', [pF(59.32, 3, 39), pF(59.32, 3 * 0.67, 39 * 0.67)]);

console.log('— jov-saccade-faces —');
show('F(4, 71) = 17.54', pFRange(17.54, 4, 71, 0.005));
show('F(4, 71) = 5.00', pFRange(5.0, 4, 71, 0.005));
for (const t of [2.86, 2.2, 3.95, 4.44, 2.19, 2.16]) show(`t(71) = ${t}`, pTRange(t, 71, 0.005));
for (const [t, df] of [
  [11.37, 73],
  [6.14, 73],
  [6.28, 73],
  [4.47, 74],
  [7.05, 72],
] as const)
  show(`t(${df}) = ${t}`, pTRange(t, df, 0.005));
show('if df 71: t = 4.8, 1.7, 1.8', [pT(4.8, 71), pT(1.7, 71), pT(1.8, 71)]);

console.log('— pmc-tb-elderly-baseline —');
show('of 61: 34, 48, 15, 9, 28, 16, 8, 38, 7, 17, 26', shares(61, [34, 48, 15, 9, 28, 16, 8, 38, 7, 17, 26]));
show(
  'of 122: 75, 106, 36, 17, 46, 39, 20, 15, 74, 14, 19, 37, 55',
  shares(122, [75, 106, 36, 17, 46, 39, 20, 15, 74, 14, 19, 37, 55]),
);
show('education sums 61, 122; occupation sums', [
  9 + 28 + 16 + 8,
  17 + 46 + 39 + 20,
  8 + 38 + 7 + 8,
  15 + 74 + 14 + 19,
]);

console.log('— bmc-sms-diabetes-populations —');
show(
  'of 171: 52, 119, 97, 74, 133, 38, 161, 10, 90, 81, 44, 127, 58, 113',
  shares(171, [52, 119, 97, 74, 133, 38, 161, 10, 90, 81, 44, 127, 58, 113]),
);
show(
  'of 72: 22, 50, 44, 28, 60, 12, 32, 40, 67, 5, 46, 26, 19, 53, 30, 42, 26, 46',
  shares(72, [22, 50, 44, 28, 60, 12, 32, 40, 67, 5, 46, 26, 19, 53, 30, 42, 26, 46]),
);
show('BMI 4, 44, 119 of 167; 3, 19, 60 of 82', [...shares(167, [4, 44, 119]), ...shares(82, [3, 19, 60])]);
show('education 68, 102 of 170; hypertension 65, 99 of 164', [...shares(170, [68, 102]), ...shares(164, [65, 99])]);
for (const [x, h] of [
  [0.001, 0.0005],
  [0.4, 0.0005],
  [0.957, 0.0005],
  [0.412, 0.0005],
  [2.605, 0.0005],
  [0.011, 0.0005],
  [1.317, 0.0005],
  [0.262, 0.0005],
] as const)
  show(`χ²(1) = ${x}`, pChiRange(x, 1, h));

console.log('— pmc-ehealth-anger-secondary —');
const within: [string, number, number][] = [
  ['GAD-7 T', 3.48, 33],
  ['GAD-7 C', 1.48, 29],
  ['anger T', 3.79, 33],
  ['anger C', 0.34, 29],
  ['isolation T', 2.37, 33],
  ['isolation C', 0.75, 29],
  ['ISI T', 2.88, 33],
  ['ISI C', 0.5, 29],
  ['PEG T', 2.3, 33],
  ['PEG C', 0.1, 29],
  ['EQ T', 0.68, 33],
  ['EQ C', 1.14, 29],
  ['CBTSQ T', 6.45, 33],
  ['CBTSQ C', 0.05, 29],
  ['BADS T', 3.73, 33],
  ['BADS C', 1.05, 29],
  ['BNSG T', 4.11, 33],
  ['BNSG C', 1.23, 29],
];
for (const [label, t, df] of within) show(`${label} t(${df}) = ${t}`, pTRange(t, df, 0.005));
for (const t of [0.17, 1.48, 1.24, 0.83, 1.4, 1.31, 2.69, 1.7, 2.08])
  show(`between t(62) = ${t}`, pTRange(t, 62, 0.005));
/** Two-sample t from means, SDs and sizes: pooled (Student) and Welch. */
const tTwo = (m1: number, s1: number, n1: number, m2: number, s2: number, n2: number) => {
  const sp = Math.sqrt(((n1 - 1) * s1 ** 2 + (n2 - 1) * s2 ** 2) / (n1 + n2 - 2));
  return [(m1 - m2) / (sp * Math.sqrt(1 / n1 + 1 / n2)), (m1 - m2) / Math.sqrt(s1 ** 2 / n1 + s2 ** 2 / n2)];
};
show('posttest t GAD-7, anger, isolation, ISI (pooled, Welch)', [
  ...tTwo(5.06, 4.71, 34, 5.23, 3.38, 30),
  ...tTwo(50.06, 9.08, 34, 52.32, 7.14, 30),
  ...tTwo(52.33, 7.98, 34, 54.48, 5.52, 30),
  ...tTwo(10.74, 6.81, 34, 12.0, 4.68, 30),
]);
show('posttest t CBTSQ, BNSG (pooled, Welch)', [
  ...tTwo(50.26, 8.11, 34, 44.9, 7.81, 30),
  ...tTwo(66.91, 8.11, 34, 62.3, 9.64, 30),
]);

console.log('— pmc-pre-post-stress-hrqol (n = 22, df 21) —');
const t975 = jStat.studentt.inv(0.975, 21);
/** Paired t = diff / (SD of differences / √22): p and 95% CI over the rounding of diff and SD (half a unit h). */
const paired = (label: string, d: number, sd: number, h: number) => {
  const ps: number[] = [];
  const los: number[] = [];
  const his: number[] = [];
  for (const dd of [d - h, d + h])
    for (const ss of [sd - h, sd + h]) {
      const se = ss / Math.sqrt(22);
      ps.push(pT(dd / se, 21));
      los.push(dd - t975 * se);
      his.push(dd + t975 * se);
    }
  const se = sd / Math.sqrt(22);
  show(label, [
    `t ${g(d / se)}`,
    `p ${g(Math.min(...ps))}–${g(Math.max(...ps))}`,
    `CI ${g(d - t975 * se)} to ${g(d + t975 * se)} (lower ${g(Math.min(...los))}–${g(Math.max(...los))}, upper ${g(Math.min(...his))}–${g(Math.max(...his))})`,
  ]);
};
paired('PSS 4.0 sd 6.4', 4.0, 6.4, 0.05);
paired('HADS-A 1.7 sd 3.2', 1.7, 3.2, 0.05);
paired('HADS-D 0.7 sd 2.3', 0.7, 2.3, 0.05);
paired('HADS total 2.5 sd 4.7', 2.5, 4.7, 0.05);
paired('PF 31.8 sd 36.4', 31.8, 36.4, 0.05);
paired('RP −50.7 sd 42.0', -50.7, 42.0, 0.05);
paired('BP 19.9 sd 40.4', 19.9, 40.4, 0.05);
paired('GH −19.7 sd 29.6', -19.7, 29.6, 0.05);
paired('VT −14.5 sd 21.3', -14.5, 21.3, 0.05);
paired('SF 6.0 sd 24.9', 6.0, 24.9, 0.05);
paired('RE −31.1 sd 43.7', -31.1, 43.7, 0.05);
paired('MH −11.4 sd 31.1', -11.4, 31.1, 0.05);
paired('SRF 3.6 sd 7.0', 3.6, 7.0, 0.05);

console.log('— pmc-ra-baseline —');
show('of 118', shares(118, [93, 25, 30, 26, 62, 62, 56, 34, 33, 23, 28, 82, 36, 36, 70, 12, 64, 54]));
show('intervention of 59', shares(59, [45, 14, 15, 12, 32, 31, 28, 16, 15, 11, 17, 40, 19, 19, 36, 4, 28, 31]));
show('control of 59', shares(59, [48, 11, 15, 14, 30, 31, 28, 18, 18, 12, 11, 42, 17, 17, 34, 8, 36, 23]));
show('t age, PF, BP, GH (pooled, Welch)', [
  ...tTwo(30.8, 8.82, 59, 29.07, 7.58, 59),
  ...tTwo(77.54, 20.46, 59, 78.22, 16.86, 59),
  ...tTwo(53.97, 22.39, 59, 49.02, 17.84, 59),
  ...tTwo(49.81, 21.93, 59, 48.34, 20.79, 59),
]);
for (const t of [1.142, 0.196, 1.328, 0.375]) show(`t(116) = ${t}`, pTRange(t, 116, 0.0005));
for (const [x, df] of [
  [0.457, 1],
  [0.218, 2],
  [0, 1],
  [1.72, 3],
  [0.16, 1],
  [1.502, 2],
  [2.185, 1],
] as const)
  show(`χ²(${df}) = ${x}`, pChiRange(x, df, 0.0005));
for (const z of [0.346, 0.577, 0.49]) show(`Z = ${z}`, [pZ(z + 0.0005), pZ(z), pZ(z - 0.0005)]);
/** Pearson χ² of an r × 2 table given as [intervention, control] rows. */
const chiRows = (rows: [number, number][]) => {
  const n = rows.reduce((a, [x, y]) => a + x + y, 0);
  const c1 = rows.reduce((a, [x]) => a + x, 0);
  const c2 = n - c1;
  return rows.reduce((a, [x, y]) => {
    const r = x + y;
    return a + (x - (r * c1) / n) ** 2 / ((r * c1) / n) + (y - (r * c2) / n) ** 2 / ((r * c2) / n);
  }, 0);
};
show('χ² from counts: gender, education, income, insurance, smoking, medication', [
  chiRows([
    [45, 48],
    [14, 11],
  ]),
  chiRows([
    [15, 15],
    [12, 14],
    [32, 30],
  ]),
  chiRows([
    [16, 18],
    [15, 18],
    [11, 12],
    [17, 11],
  ]),
  chiRows([
    [40, 42],
    [19, 17],
  ]),
  chiRows([
    [19, 17],
    [36, 34],
    [4, 8],
  ]),
  chiRows([
    [28, 36],
    [31, 23],
  ]),
]);

/** Each row's two counts as shares of the row's sum, in per cent to three decimals. */
const rowShares = (rows: [number, number][]) => rows.map(([a, b]) => `${pct(a, a + b)}/${pct(b, a + b)}`);

console.log('— pmc-hypertension-prevalence-360 —');
show(
  'row shares',
  rowShares([
    [123, 23],
    [170, 44],
    [200, 26],
    [59, 15],
    [34, 26],
    [98, 23],
    [65, 14],
    [130, 30],
    [55, 16],
    [80, 26],
    [116, 20],
    [42, 5],
    [104, 44],
    [189, 23],
    [269, 61],
    [10, 20],
    [170, 42],
    [123, 25],
    [283, 65],
    [10, 2],
    [11, 7],
    [95, 16],
    [187, 44],
    [208, 39],
    [85, 28],
    [26, 5],
    [169, 32],
    [59, 8],
    [39, 22],
    [185, 31],
    [108, 36],
  ]),
);
show('column sums (not hypertensive, hypertensive) per variable', [
  `gender ${123 + 170}/${23 + 44}`,
  `age ${200 + 59 + 34}/${26 + 15 + 26}`,
  `occupation ${98 + 65 + 130}/${23 + 14 + 30}`,
  `education ${55 + 80 + 116 + 42}/${16 + 26 + 20 + 5}`,
  `partner ${104 + 189}/${44 + 23}`,
  `tobacco ${269 + 10}/${61 + 20}`,
  `alcohol ${170 + 123}/${42 + 25}`,
  `fruits ${283 + 10}/${65 + 2}`,
  `activity ${11 + 95 + 187}/${7 + 16 + 44}`,
  `family ${208 + 85}/${39 + 28}`,
  `BMI ${26 + 169 + 59 + 39}/${5 + 32 + 8 + 22}`,
  `abdominal ${185 + 108}/${31 + 36}`,
]);

console.log('— hindawi-uncontrolled-htn-palestine —');
show(
  'row shares',
  rowShares([
    [85, 50],
    [51, 32],
    [58, 29],
    [78, 53],
    [93, 44],
    [43, 38],
    [56, 23],
    [66, 41],
  ]),
);
for (const [label, x, rows] of [
  [
    'age',
    0.05,
    [
      [85, 50],
      [51, 32],
    ],
  ],
  [
    'gender',
    1.131,
    [
      [58, 29],
      [78, 53],
    ],
  ],
  [
    'education',
    4.749,
    [
      [93, 44],
      [43, 38],
    ],
  ],
  [
    'marital',
    1.741,
    [
      [56, 23],
      [66, 41],
    ],
  ],
] as const) {
  const [[a, b], [c, d]] = rows;
  show(`${label} χ²(1) = ${x}: p over its rounding; from the counts Pearson χ², p, Yates χ², p`, [
    ...pChiRange(x, 1, 0.0005),
    ...chi2x2(a, b, c, d),
  ]);
}

console.log('— pmc-adolescent-bp-risk-factors —');
const bpRows: [number, number, number][] = [
  [15, 332, 347],
  [52, 1737, 1789],
  [8, 257, 265],
  [38, 1093, 1131],
  [37, 1233, 1270],
  [11, 76, 87],
  [64, 2250, 2314],
  [0, 14, 14],
  [75, 2312, 2387],
  [18, 374, 392],
  [57, 1952, 2009],
  [5, 112, 117],
  [70, 2214, 2284],
  [28, 524, 552],
  [47, 1802, 1849],
  [0, 14, 14],
  [75, 2312, 2387],
  [2, 97, 99],
  [73, 2229, 2302],
  [16, 781, 797],
  [14, 449, 463],
  [45, 1096, 1141],
];
show(
  'row shares of the printed total',
  bpRows.map(([a, b, t]) => `${pct(a, t)}/${pct(b, t)}`),
);
show('rows whose counts do not add up to the printed total', [bpRows.filter(([a, b, t]) => a + b !== t).length]);

console.log('— ltrq-dynamic-assessment-ancova —');
show('effect df from SS / MS: model, intercept, pre, group', [
  2543.781 / 1271.89,
  347.513 / 347.513,
  380.581 / 380.581,
  2163.2 / 2163.2,
]);
show('F(2, 17) = 35.088', pFRange(35.088, 2, 17, 0.0005));
for (const f of [9.587, 10.499, 59.677]) show(`F(1, 17) = ${f}`, pFRange(f, 1, 17, 0.0005));
show('F = MS / MS error (36.248)', [1271.89 / 36.248, 347.513 / 36.248, 380.581 / 36.248, 2163.2 / 36.248]);

console.log('— clinmed-attitude-demographics —');
const attRows: [number, number, number][] = [
  [129, 40, 169],
  [120, 39, 159],
  [40, 9, 49],
  [62, 33, 95],
  [33, 24, 57],
  [46, 4, 50],
  [71, 10, 81],
  [133, 44, 177],
  [119, 36, 155],
  [70, 57, 127],
  [172, 23, 195],
  [8, 0, 8],
  [41, 12, 53],
  [51, 12, 63],
  [85, 47, 132],
  [74, 9, 83],
  [29, 24, 53],
  [76, 5, 81],
  [74, 32, 106],
  [20, 7, 27],
  [25, 8, 33],
  [24, 4, 28],
  [241, 38, 279],
  [10, 9, 19],
  [0, 33, 33],
];
show(
  'row shares of the printed total',
  attRows.map(([a, b, t]) => `${pct(a, t)}/${pct(b, t)}`),
);
show('rows whose counts do not add up to the printed total', [attRows.filter(([a, b, t]) => a + b !== t).length]);
show('Pearson χ² from the counts: gender, age, residence, marital, education, occupation, religion', [
  chiRows([
    [129, 40],
    [120, 39],
  ]),
  chiRows([
    [40, 9],
    [62, 33],
    [33, 24],
    [46, 4],
    [71, 10],
  ]),
  chiRows([
    [133, 44],
    [119, 36],
  ]),
  chiRows([
    [70, 57],
    [172, 23],
    [8, 0],
  ]),
  chiRows([
    [41, 12],
    [51, 12],
    [85, 47],
    [74, 9],
  ]),
  chiRows([
    [29, 24],
    [76, 5],
    [74, 32],
    [20, 7],
    [25, 8],
    [24, 4],
  ]),
  chiRows([
    [241, 38],
    [10, 9],
    [0, 33],
  ]),
]);
show('p of the printed statistic read as χ² with df rows − 1: 0.033 (1), 0.120 (1)', [
  ...pChiRange(0.033, 1, 0.0005),
  ...pChiRange(0.12, 1, 0.0005),
]);

console.log('— pmc-compassion-hope-repeated —');
for (const [f, d1, d2] of [
  [87.89, 2, 90],
  [153.75, 2, 48],
  [2.04, 2, 42],
  [43.42, 2, 90],
  [40.24, 2, 48],
  [7.16, 2, 42],
  [35.19, 2, 90],
  [47.97, 2, 48],
  [1.88, 2, 42],
  [25.63, 2, 86],
  [44.17, 2, 48],
] as const)
  show(`F(${d1}, ${d2}) = ${f}`, pFRange(f, d1, d2, 0.005));
show('group sizes from the within-subjects df 2(n − 1): 48 → n, 42 → n', [48 / 2 + 1, 42 / 2 + 1]);
show('shares of 25: 22, 1, 16, 14, 5, 12, 17, 3, 4, 21, 9, 7; of 22: 1, 2', [
  ...shares(25, [22, 1, 16, 14, 5, 12, 17, 3, 4, 21, 9, 7]),
  ...shares(22, [1, 2]),
]);

console.log('— thesis-cbm-anger-bias —');
for (const f of [5.3, 3.82, 0.05, 9.7]) show(`F(1, 18) = ${f}`, pFRange(f, 1, 18, 0.005));
show('t = 2.93 and 0.26 at df 8, 9, 10 (df not printed)', [
  pT(2.93, 8),
  pT(2.93, 9),
  pT(2.93, 10),
  pT(0.26, 8),
  pT(0.26, 9),
  pT(0.26, 10),
]);

console.log('— thesis-children-inference-task —');
show('χ²(2) = 10.9, 11.2 (the second df printed as "df¾")', [...pChiRange(10.9, 2, 0.05), ...pChiRange(11.2, 2, 0.05)]);
for (const z of [3.3, 2.1, 3.2]) show(`Z = ${z}`, [pZ(z + 0.05), pZ(z), pZ(z - 0.05)]);

console.log('— pmc-illusory-truth-registered —');
show('χ²(1) = 171.88, χ²(3) = 121.15', [pChi(171.88, 1), pChi(121.15, 3)]);

console.log('— pnas-search-engine-votes —');
const votes: [string, number, [number, number][]][] = [
  [
    'e1 before',
    5.409,
    [
      [8, 26],
      [11, 23],
      [17, 17],
    ],
  ],
  [
    'e1 after',
    8.87,
    [
      [22, 12],
      [10, 24],
      [14, 20],
    ],
  ],
  [
    'e2 before',
    2.197,
    [
      [16, 18],
      [20, 14],
      [14, 20],
    ],
  ],
  [
    'e2 after',
    14.274,
    [
      [27, 7],
      [12, 22],
      [22, 12],
    ],
  ],
  [
    'e3 before',
    2.199,
    [
      [17, 17],
      [21, 13],
      [15, 19],
    ],
  ],
  [
    'e3 after',
    3.845,
    [
      [22, 12],
      [15, 19],
      [15, 19],
    ],
  ],
  [
    'e4 before',
    1.047,
    [
      [317, 383],
      [316, 384],
      [333, 367],
    ],
  ],
  [
    'e4 after',
    196.28,
    [
      [489, 211],
      [228, 472],
      [377, 323],
    ],
  ],
];
for (const [label, x, rows] of votes)
  show(`${label}: printed χ² ${x} → p(df 2); χ² from the counts, its p`, [
    pChi(x, 2),
    chiRows(rows),
    pChi(chiRows(rows), 2),
  ]);

console.log('— msm-eswt-vas —');
const vas: [number, number, number][] = [
  [7.2, 4, 10],
  [7.3, 5, 10],
  [1.5, 1, 3],
  [2.9, 1, 6],
  [1.7, 1, 5],
  [3.1, 1, 7],
  [2.0, 1, 5],
  [3.3, 1, 8],
];
show('means outside their min–max', [vas.filter(([m, lo, hi]) => m < lo || m > hi).length]);

console.log('— pmc-placebo-pain-wilcoxon —');
for (const w of [2.1, 1.5, 1.8]) show(`read as z = ${w} (±0.05)`, [pZ(w + 0.05), pZ(w), pZ(w - 0.05)]);
console.log(`(four significant digits: ${g(1 / 3)})`);
