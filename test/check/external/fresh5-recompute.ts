/**
 * The independent recomputation behind the hand annotation of the fifth held-out corpus,
 * fresh5-id.yaml and fresh5-en.yaml: jStat directly (not naskah's src/stats), so that the
 * annotation does not inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh5-recompute.ts
 */
import {
  chi2rc,
  chi2x2,
  g,
  jStat,
  pChi,
  pChiRange,
  pF,
  pR,
  pT,
  pct,
  ratioCheck,
  show,
  woolf,
} from './recompute-helpers.ts';

/** Each count's share of the total, in per cent to three decimals. */
const shares = (total: number, counts: number[]) => counts.map((c) => pct(c, total));
/** p of t over the rounding interval of a printed value (half a unit h). */
const pTRange = (t: number, df: number, h: number) => [pT(t + h, df), pT(t, df), pT(Math.max(0, t - h), df)];

console.log('— fresh5-id.yaml —');
show('umkm usia 18, 29, 11 of 58', shares(58, [18, 29, 11]));
show('umkm lama usaha 18, 16, 24 of 58; cumulative 34, 43', shares(58, [18, 16, 24, 34, 43]));
show('umkm pendidikan 13, 30, 15 of 58', shares(58, [13, 30, 15]));
show('demensia 56, 45, 51, 50, 20, 36, 5, 30, 10 of 101', shares(101, [56, 45, 51, 50, 20, 36, 5, 30, 10]));
show('dm 4.33 66, 48, 8, 26 of 74; 114, 34 of 148', [...shares(74, [66, 48, 8, 26]), ...shares(148, [114, 34])]);
show('dm 4.33 χ² (uncorrected, p, Yates, p) of kasus 26 rendah, 48 tinggi; kontrol 8, 66', chi2x2(26, 48, 8, 66));
show('dm 4.33 OR rendah vs tinggi', woolf(26, 48, 8, 66));
show('dm 4.34 73, 70, 1, 4 of 74; 143, 5 of 148', [...shares(74, [73, 70, 1, 4]), ...shares(148, [143, 5])]);
show('dbd 29 of 58; 15, 6, 14, 23 of 29', [...shares(58, [29]), ...shares(29, [15, 6, 14, 23])]);
show('dbd χ² of baik/kurang × tidak/ya (15, 6; 14, 23)', chi2x2(15, 6, 14, 23));
show('dbd p of χ²(1) 6,046', pChiRange(6.046, 1, 0.0005));
show('dbd Woolf OR of 15·23/(6·14)', woolf(15, 6, 14, 23));
show('dbd 4,107 (1,292–13,057)', ratioCheck(4.107, 1.292, 13.057, 0.0005));
show('kusta 4.14 64, 33, 11, 42 of 75', shares(75, [64, 33, 11, 42]));
show('kusta 4.14 Woolf of 64·42/(11·33); χ²', [...woolf(64, 33, 11, 42), ...chi2x2(64, 33, 11, 42)]);
show('kusta 7,405 (3,376–16,244)', ratioCheck(7.405, 3.376, 16.244, 0.0005));
show('kusta 4.15 47, 24, 28, 51 of 75', shares(75, [47, 24, 28, 51]));
show('kusta 4.15 Woolf of 47·51/(28·24); χ²', [...woolf(47, 24, 28, 51), ...chi2x2(47, 24, 28, 51)]);
show('kusta 3,567 (1,818–6,999)', ratioCheck(3.567, 1.818, 6.999, 0.0005));
show('anemia 53, 5 of 58', shares(58, [53, 5]));
show('puskesmas 24 jam 12, 31 of 43; 17, 21 of 38; 4, 5 of 9; 33, 57 of 90', [
  ...shares(43, [12, 31]),
  ...shares(38, [17, 21]),
  ...shares(9, [4, 5]),
  ...shares(90, [33, 57]),
]);
show(
  'puskesmas 24 jam χ², df, p',
  chi2rc([
    [4, 5],
    [17, 21],
    [12, 31],
  ]),
);

console.log('— fresh5-en.yaml —');
const rowShares = (pairs: [number, number][]) => pairs.map(([a, b]) => `${pct(a, a + b)}/${pct(b, a + b)}`);
show(
  'tb-dm row shares (DM, non-DM)',
  rowShares([
    [70, 538],
    [42, 484],
    [3, 147],
    [8, 226],
    [19, 206],
    [23, 160],
    [59, 283],
    [35, 562],
    [40, 307],
    [7, 44],
    [1, 3],
    [101, 891],
    [11, 129],
  ]),
);
show('tb-dm crude OR male vs female', woolf(70, 538, 42, 484));
show('tb-dm crude OR by age vs 15–24', [
  ...woolf(8, 226, 3, 147),
  ...woolf(19, 206, 3, 147),
  ...woolf(23, 160, 3, 147),
  ...woolf(59, 283, 3, 147),
]);
show('tb-dm crude OR by BMI vs <18.5', [...woolf(40, 307, 35, 562), ...woolf(7, 44, 35, 562), ...woolf(1, 3, 35, 562)]);
show('tb-dm crude OR HIV negative vs positive', woolf(101, 891, 11, 129));
for (const [label, e, l, u] of [
  ['1.50[1.00–2.24]', 1.5, 1.0, 2.24],
  ['1.27[0.79–2.04]', 1.27, 0.79, 2.04],
  ['1.74[0.45–6.64]', 1.74, 0.45, 6.64],
  ['1.19[0.29–4.87]', 1.19, 0.29, 4.87],
  ['4.52[1.31–15.55]', 4.52, 1.31, 15.55],
  ['2.66[0.73–9.68]', 2.66, 0.73, 9.68],
  ['7.04[2.07–23.95]', 7.04, 2.07, 23.95],
  ['4.85[1.39–16.94]', 4.85, 1.39, 16.94],
  ['10.22[3.15–33.15]', 10.22, 3.15, 33.15],
  ['6.99[2.12–23.04]', 6.99, 2.12, 23.04],
  ['2.09[1.30–3.36]', 2.09, 1.3, 3.36],
  ['2.00[1.23–3.26]', 2.0, 1.23, 3.26],
  ['2.56[1.07–6.08]', 2.56, 1.07, 6.08],
  ['2.13[0.88–5.17]', 2.13, 0.88, 5.17],
  ['5.35[0.54–52.79]', 5.35, 0.54, 52.79],
  ['7.62[0.69–84.01]', 7.62, 0.69, 84.01],
  ['1.33[0.69–2.54]', 1.33, 0.69, 2.54],
] as const)
  show(`tb-dm ${label}`, ratioCheck(e, l, u, 0.005));
show(
  'ihec shares of 261',
  shares(261, [157, 104, 225, 36, 136, 125, 191, 70, 29, 54, 40, 82, 66, 88, 25, 44, 62, 49, 9, 11, 3, 6]),
);
show(
  'ihec shares of 256',
  shares(256, [162, 94, 227, 29, 139, 117, 189, 67, 31, 47, 41, 79, 64, 5, 85, 28, 41, 67, 45, 8, 10, 4, 3]),
);
show('ihec gender, nationality, education, marital χ² (uncorrected, p, Yates, p)', [
  ...chi2x2(157, 104, 162, 94),
  ...chi2x2(225, 36, 227, 29),
  ...chi2x2(136, 125, 139, 117),
  ...chi2x2(191, 70, 189, 67),
]);
show('ihec smoking, alcohol, frailty χ²', [
  ...chi2x2(29, 232, 31, 225),
  ...chi2x2(54, 207, 47, 209),
  ...chi2x2(40, 221, 41, 215),
]);
show('ihec hyperlipidemia, diabetes, asthma, CHD, stroke, HF, AF χ² (uncorrected, p)', [
  ...chi2x2(44, 217, 41, 215).slice(0, 2),
  ...chi2x2(62, 199, 67, 189).slice(0, 2),
  ...chi2x2(49, 212, 45, 211).slice(0, 2),
  ...chi2x2(9, 252, 8, 248).slice(0, 2),
  ...chi2x2(11, 250, 10, 246).slice(0, 2),
  ...chi2x2(3, 258, 4, 252).slice(0, 2),
  ...chi2x2(6, 255, 3, 253).slice(0, 2),
]);
show(
  'ihec antihypertensives χ² 4×2 (with 85 for the printed 5)',
  chi2rc([
    [82, 79],
    [66, 64],
    [88, 85],
    [25, 28],
  ]),
);
show(
  'ihec printed χ² → p (df 1): .54 .71 .25 .03 .13 .45 .05 .07 .40 .12 .04 .03 .17 .37',
  [0.54, 0.71, 0.25, 0.03, 0.13, 0.45, 0.05, 0.07, 0.4, 0.12, 0.04, 0.03, 0.17, 0.37].map(
    (x) => `${g(pChi(x + 0.005, 1))}–${g(pChi(x - 0.005, 1))}`,
  ),
);
show('ihec χ²(3) .26 → p', pChiRange(0.26, 3, 0.005));
show('ihec age t: Welch t from rounded means/SDs (min, max) and p of printed 1.26, df 515', [
  0.4 / Math.sqrt(3.75 ** 2 / 261 + 3.85 ** 2 / 256),
  0.6 / Math.sqrt(3.65 ** 2 / 261 + 3.75 ** 2 / 256),
  ...pTRange(1.26, 515, 0.005),
]);
show('ihec BMI t: from rounded means/SDs (min, max) and p of printed 1.62', [
  0.445 / Math.sqrt(3.35 ** 2 / 261 + 3.15 ** 2 / 256),
  0.555 / Math.sqrt(3.25 ** 2 / 261 + 3.05 ** 2 / 256),
  ...pTRange(1.62, 515, 0.005),
]);
show('trial-screening shares of 291', shares(291, [238, 53, 1, 236, 18, 12, 7, 15, 1, 2, 99, 190, 2, 253, 38]));
show('trial-screening shares of 177', shares(177, [118, 31, 28, 113, 14, 3, 5, 13, 29, 59, 86, 32, 138, 34, 5]));
const groups = { Total: 211, Likely: 73, 'Not likely': 54, Undecided: 84 };
const vaccRows: [string, number[][]][] = [
  [
    'age',
    [
      [62, 22, 20, 20],
      [106, 34, 28, 44],
      [43, 17, 6, 20],
    ],
  ],
  [
    'gender',
    [
      [109, 41, 23, 45],
      [102, 32, 31, 39],
    ],
  ],
  [
    'education',
    [
      [61, 18, 12, 31],
      [114, 40, 34, 40],
      [30, 13, 7, 10],
      [6, 2, 1, 3],
    ],
  ],
  [
    'marital',
    [
      [188, 68, 48, 72],
      [10, 2, 2, 6],
      [13, 3, 4, 6],
    ],
  ],
  [
    'residence',
    [
      [40, 10, 13, 17],
      [49, 19, 10, 20],
      [122, 44, 31, 47],
    ],
  ],
  [
    'income',
    [
      [89, 27, 27, 35],
      [107, 38, 24, 45],
      [15, 8, 3, 4],
    ],
  ],
  [
    'payment',
    [
      [200, 69, 52, 79],
      [11, 4, 2, 5],
    ],
  ],
  [
    'treatment time',
    [
      [46, 8, 15, 23],
      [79, 26, 24, 29],
      [57, 26, 9, 22],
      [29, 13, 6, 10],
    ],
  ],
  [
    'awareness',
    [
      [64, 33, 10, 21],
      [147, 40, 44, 63],
    ],
  ],
];
for (const [label, rows] of vaccRows) {
  show(
    `vaccine ${label} shares (Total, Likely, Not likely, Undecided)`,
    rows.map((r) => r.map((c, j) => pct(c, Object.values(groups)[j]!)).join('/')),
  );
  show(`vaccine ${label} χ², df, p over the three groups`, chi2rc(rows.map((r) => r.slice(1))));
}
show(
  'vaccine printed χ² → p: 5.343 (4), 2.494 (2), 5.827 (6), 2.640 (4), 2.786 (4), 3.956 (4), 0.352 (2), 12.501 (6), 12.339 (2)',
  [
    pChi(5.343, 4),
    pChi(2.494, 2),
    pChi(5.827, 6),
    pChi(2.64, 4),
    pChi(2.786, 4),
    pChi(3.956, 4),
    pChi(0.352, 2),
    pChi(12.501, 6),
    pChi(12.339, 2),
  ],
);
/** Risk (prevalence) ratio (a/(a+b)) / (c/(c+d)) and its log interval. */
const riskRatio = (a: number, b: number, c: number, d: number) => {
  const rr = a / (a + b) / (c / (c + d));
  const se = Math.sqrt(1 / a - 1 / (a + b) + 1 / c - 1 / (c + d));
  return [rr, Math.exp(Math.log(rr) - 1.959964 * se), Math.exp(Math.log(rr) + 1.959964 * se)];
};
/** Two-sided Fisher exact p (sum of tables no more probable than the observed). */
const fisher2 = (a: number, b: number, c: number, d: number) => {
  const r1 = a + b;
  const c1 = a + c;
  const n = a + b + c + d;
  const lnC = (k: number, m: number) => jStat.gammaln(k + 1) - jStat.gammaln(m + 1) - jStat.gammaln(k - m + 1);
  const pr = (x: number) => Math.exp(lnC(c1, x) + lnC(n - c1, r1 - x) - lnC(n, r1));
  const p0 = pr(a);
  let p = 0;
  for (let x = Math.max(0, r1 + c1 - n); x <= Math.min(r1, c1); x++) if (pr(x) <= p0 * (1 + 1e-7)) p += pr(x);
  return p;
};
console.log('— fresh5-id.yaml (continued) —');
show('ispa 8, 44 of 52; 1, 45 of 46', [...shares(52, [8, 44]), ...shares(46, [1, 45])]);
show('ispa χ² (uncorr, p, Yates, p), Fisher p, RP and CI', [
  ...chi2x2(8, 44, 1, 45),
  fisher2(8, 44, 1, 45),
  ...riskRatio(8, 44, 1, 45),
]);
show('ispa p of printed χ² 5,107', pChiRange(5.107, 1, 0.0005));
show('ispa 7,077 (0,920–54,461)', ratioCheck(7.077, 0.92, 54.461, 0.0005));
show('obat cacing 6, 35 of 41; 3, 54 of 57', [...shares(41, [6, 35]), ...shares(57, [3, 54])]);
show('obat cacing χ², Fisher p, RP (ya vs tidak) and CI', [
  ...chi2x2(6, 35, 3, 54),
  fisher2(6, 35, 3, 54),
  ...riskRatio(3, 54, 6, 35),
]);
show('obat cacing p of printed χ² 2,511', pChiRange(2.511, 1, 0.0005));
show('obat cacing 0,360 (0,095–1,355)', ratioCheck(0.36, 0.095, 1.355, 0.0005));
show('mp-asi 22, 4 of 26; 12, 10 of 22; 34, 14 of 48; 4 of 14', [
  ...shares(26, [22, 4]),
  ...shares(22, [12, 10]),
  ...shares(48, [34, 14]),
  pct(4, 14),
]);
show('gizi-perkembangan 4, 76, 13 of 93; 66, 18, 9 of 93', shares(93, [4, 76, 13, 66, 18, 9]));
show('asi-pola 53, 8 of 61; 36, 11 of 47; 89, 19 of 108; 5 of 9; 7 of 12', [
  ...shares(61, [53, 8]),
  ...shares(47, [36, 11]),
  ...shares(108, [89, 19]),
  pct(5, 9),
  pct(7, 12),
]);
show('stunting-iktgm 43, 231 of 274', shares(274, [43, 231]));
show('stunting-lueng 0,235 (0,088–0,630); 0,129 (0,043–0,390); 0,068 (0,024–0,192)', [
  ...ratioCheck(0.235, 0.088, 0.63, 0.0005),
  ...ratioCheck(0.129, 0.043, 0.39, 0.0005),
  ...ratioCheck(0.068, 0.024, 0.192, 0.0005),
]);
show('rendang ρ = 0,878, n = 72: t and p', [0.878 * Math.sqrt(70 / (1 - 0.878 ** 2)), pR(0.878, 72)]);
console.log('— fresh5-en.yaml (continued) —');
/** Shares of each row (counts listed), in per cent. */
const rowPct = (rows: number[][]) =>
  rows.map((r) =>
    r
      .map((c) =>
        pct(
          c,
          r.reduce((a, b) => a + b, 0),
        ),
      )
      .join('/'),
  );
const hbv: [string, number[][], number, number][] = [
  [
    'multiple partners',
    [
      [9, 22, 2],
      [51, 181, 40],
    ],
    2.684,
    0.261,
  ],
  [
    'unprotected sex',
    [
      [20, 45, 7],
      [40, 156, 35],
    ],
    4.4108,
    0.11,
  ],
  [
    'sterile syringe',
    [
      [50, 115, 14],
      [8, 10, 1],
      [2, 4, 1],
    ],
    4.4243,
    0.352,
  ],
  [
    'sterile gloves',
    [
      [46, 106, 11],
      [14, 33, 5],
    ],
    0.4742,
    0.789,
  ],
  [
    'recapped needles',
    [
      [49, 86, 13],
      [11, 53, 3],
    ],
    8.8978,
    0.012,
  ],
  [
    'needle prick',
    [
      [16, 37, 22],
      [44, 102, 12],
    ],
    0.0203,
    0.99,
  ],
  [
    'splash',
    [
      [6, 14, 3],
      [50, 111, 12],
      [5, 15, 1],
    ],
    7.6245,
    0.471,
  ],
  [
    'tested',
    [
      [6, 15, 0],
      [17, 33, 7],
    ],
    3.0439,
    0.218,
  ],
  [
    'guidelines',
    [
      [49, 139, 27],
      [6, 17, 1],
      [5, 44, 12],
    ],
    9.3008,
    0.054,
  ],
  [
    'vaccine expensive',
    [
      [34, 114, 20],
      [28, 86, 14],
      [3, 23, 12],
    ],
    13.2234,
    0.01,
  ],
  [
    'willing',
    [
      [60, 204, 42],
      [5, 11, 3],
    ],
    0.6656,
    0.717,
  ],
  [
    'risk',
    [
      [16, 52, 16],
      [45, 134, 26],
      [6, 52, 19],
    ],
    15.4601,
    0.051,
  ],
];
for (const [label, rows, x, p] of hbv) {
  const df = (rows.length - 1) * 2;
  show(`hbv ${label}: row shares; χ² from counts; printed χ²(${df}) ${x} → p (printed ${p})`, [
    ...rowPct(rows),
    ...chi2rc(rows).map(Number),
    pChi(x, df),
  ]);
}
const nursing: [string, number, number, number, number, number, number][] = [
  ['total', 95.35, 12.13, 96.24, 13.21, 0.438, 0.665],
  ['knowledge', 16.67, 4.43, 17.23, 3.67, 1.382, 0.18],
  ['skill', 49.23, 4.45, 48.34, 5.23, -0.569, 0.574],
  ['self-stress', 16.56, 2.67, 16.58, 2.21, 0.839, 0.401],
  ['coping', 15.34, 2.34, 15.23, 2.94, 0.132, 0.896],
  ['ZBI', 39.23, 7.23, 41.56, 7.34, -0.255, 0.8],
  ['MAS', 20.45, 6.36, 21.67, 6.43, 1.423, 0.11],
  ['BI', 43.19, 8.89, 42.87, 9.78, 0.055, 0.956],
  ['SAS', 35.13, 4.87, 35.92, 4.34, 0.987, 0.381],
  ['SDS', 36.23, 4.78, 36.43, 3.23, 1.122, 0.556],
];
for (const [label, m1, s1, m2, s2, t, p] of nursing) {
  const se = Math.sqrt((s1 ** 2 + s2 ** 2) / 45);
  show(`nursing ${label}: t from means (n 45 + 45), p of printed t(88) ${t} over its rounding (printed ${p})`, [
    (m1 - m2) / se,
    ...pTRange(Math.abs(t), 88, 0.0005),
  ]);
}
const osce: [string, number, number][] = [
  ['1', 0.775, 0.079],
  ['2', 1.793, 0.031],
  ['3', 0.481, 0.972],
  ['4', 0.286, 0.257],
  ['5', 1.3, 0.134],
  ['6', 3.016, 0.005],
  ['7', 2.769, 0.052],
  ['8', 1.63, 0.111],
  ['9', 3.89, 0.001],
  ['10', 1.731, 0.086],
];
for (const [label, t, p] of osce) show(`osce station ${label}: p of t(38) ${t} (printed ${p})`, pTRange(t, 38, 0.0005));
show('ebp shares of 22', shares(22, [22, 20, 2, 7, 10, 15, 12, 1, 8, 6, 10, 4, 11, 9, 3, 7, 11]));
show('ebp religion χ² from counts (7, 15; 10, 12); printed 0.86 → p', [
  ...chi2x2(7, 15, 10, 12),
  ...pChiRange(0.86, 1, 0.005),
]);
show('ebp t(42) −0.12, −1.15, 0.14, −0.08, 0.33 → p', [
  ...pTRange(0.12, 42, 0.005),
  ...pTRange(1.15, 42, 0.005),
  ...pTRange(0.14, 42, 0.005),
  ...pTRange(0.08, 42, 0.005),
  ...pTRange(0.33, 42, 0.005),
]);
show(
  'ebp t from means, n 22 + 22: knowledge, attitudes, competencies, future use, critical thinking',
  [
    [3.26, 0.4, 3.27, 0.46],
    [3.67, 0.36, 3.79, 0.32],
    [3.06, 0.48, 3.04, 0.61],
    [3.83, 0.51, 3.84, 0.55],
    [3.39, 0.35, 3.35, 0.49],
  ].map(([a, sa, b, sb]) => (a! - b!) / Math.sqrt((sa! ** 2 + sb! ** 2) / 22)),
);
show('relaxation t from means (20 + 20), p of t(38) 1.68 one-tailed, CI of the difference', [
  4.9 / Math.sqrt((9.64 ** 2 + 8.74 ** 2) / 20),
  1 - jStat.studentt.cdf(1.68, 38),
  4.9 - jStat.studentt.inv(0.975, 38) * Math.sqrt((9.64 ** 2 + 8.74 ** 2) / 20),
  4.9 + jStat.studentt.inv(0.975, 38) * Math.sqrt((9.64 ** 2 + 8.74 ** 2) / 20),
]);
show('leukemia 20, 8, 3 of 31; 20, 11, 18, 13 of 31', shares(31, [20, 8, 3, 20, 11, 18, 13]));
const validity: [string, number, number][] = [
  ['X11–X12', 0.404, 0],
  ['X11–X13', 0.452, 0],
  ['X11–X14', 0.895, 0],
  ['X11–X15', 0.262, 0],
  ['X11–X16', 0.243, 0],
  ['X11–X17', 0.37, 0],
  ['X11–X18', 0.123, 0.078],
  ['X11–TOTAL', 0.719, 0],
  ['X12–X13', 0.433, 0],
  ['X12–X14', 0.465, 0],
  ['X12–X15', 0.159, 0.022],
  ['X12–X16', 0.334, 0],
  ['X12–X17', 0.366, 0],
  ['X12–X18', 0.199, 0.004],
  ['X12–TOTAL', 0.641, 0],
  ['X13–X14', 0.516, 0],
  ['X13–X15', 0.377, 0],
  ['X13–X16', 0.319, 0],
  ['X13–X17', 0.351, 0],
  ['X13–X18', 0.174, 0.012],
  ['X13–TOTAL', 0.717, 0],
  ['X14–X15', 0.283, 0],
  ['X14–X16', 0.289, 0],
  ['X14–X17', 0.4, 0],
  ['X14–X18', 0.142, 0.042],
  ['X14–TOTAL', 0.765, 0],
];
for (const [label, r, p] of validity)
  show(`validity ${label}: p of r = ${r} with N = 206 over its rounding (printed ${p.toFixed(3)})`, [
    pR(r + 0.0005, 206),
    pR(r, 206),
    pR(r - 0.0005, 206),
  ]);
console.log('— fresh5-id.yaml (hypertension sources) —');
show('jatipuro tabel 17 of 375', shares(375, [5, 26, 31, 25, 79, 104, 27, 159, 186, 5, 49, 54, 62, 313]));
show('jatipuro tabel 17 χ², df, p; printed χ²(3) 6,868 → p', [
  ...chi2rc([
    [5, 26],
    [25, 79],
    [27, 159],
    [5, 49],
  ]),
  ...pChiRange(6.868, 3, 0.0005),
]);
show('jatipuro tabel 18 of 375', shares(375, [6, 6, 12, 7, 48, 55, 11, 44, 55, 38, 215, 253]));
show('jatipuro tabel 18 χ², df, p; printed χ²(3) 11,216 → p', [
  ...chi2rc([
    [6, 6],
    [7, 48],
    [11, 44],
    [38, 215],
  ]),
  ...pChiRange(11.216, 3, 0.0005),
]);
show('jatipuro tabel 19 of 375', shares(375, [20, 101, 121, 9, 91, 100, 33, 121, 154]));
show('aktifitas 34, 20, 35, 49 of 69; 54, 84 of 138; genetik 49, 20 of 69', [
  ...shares(69, [34, 20, 35, 49]),
  ...shares(138, [54, 84]),
  ...shares(69, [49, 20]),
]);
show('aktifitas OR, χ²', [(34 * 49) / (20 * 35), ...chi2x2(34, 20, 35, 49)]);
show('timbal 41, 61 of 102', shares(102, [41, 61]));
show('timbal Pb 31, 10 of 41; 20, 41 of 61', [...shares(41, [31, 10]), ...shares(61, [20, 41])]);
show('timbal Pb Woolf, χ²', [...woolf(31, 20, 10, 41), ...chi2x2(31, 20, 10, 41)]);
show('timbal Pb 6,355 (2,607–15,497)', ratioCheck(6.355, 2.607, 15.497, 0.0005));
show('timbal air 36, 5 of 41; 35, 26 of 61; 35 of 71; 26 of 31', [
  ...shares(41, [36, 5]),
  ...shares(61, [35, 26]),
  pct(35, 71),
  pct(26, 31),
]);
show('timbal air Woolf, χ²', [...woolf(36, 35, 5, 26), ...chi2x2(36, 35, 5, 26)]);
show('timbal usia 29, 12 of 41; 26, 35 of 61; Woolf, χ²', [
  ...shares(41, [29, 12]),
  ...shares(61, [26, 35]),
  ...woolf(29, 26, 12, 35),
  ...chi2x2(29, 26, 12, 35),
]);
show('timbal jk 24, 17 of 41; 33, 28 of 61; Woolf, χ²', [
  ...shares(41, [24, 17]),
  ...shares(61, [33, 28]),
  ...woolf(24, 33, 17, 28),
  ...chi2x2(24, 33, 17, 28),
]);
show('tidur 40, 10 of 50; 31, 19 of 50; Woolf, χ², Fisher', [
  ...shares(50, [40, 10, 31, 19]),
  ...woolf(40, 31, 10, 19),
  ...chi2x2(40, 31, 10, 19),
  fisher2(40, 31, 10, 19),
]);
show('tidur 2,452 (0,999–6,018)', ratioCheck(2.452, 0.999, 6.018, 0.0005));
show('pola makan 49, 47 of 50; Fisher p of 49, 1; 47, 3', [
  ...shares(50, [49, 47]),
  fisher2(49, 47, 1, 3),
  ...woolf(49, 47, 1, 3),
]);
show('pola makan 3,128 (0,314–31,142)', ratioCheck(3.128, 0.314, 31.142, 0.0005));
console.log('— fresh5-en.yaml (uwlax) —');
for (const [label, t, df, p] of [
  ['entire pre', 1.101, 131, 0.273],
  ['entire post', 2.792, 131, 0.006],
  ['sem 1 pre', 0.988, 45, 0.328],
  ['sem 1 post', 2.594, 45, 0.013],
  ['sem 2 pre', 0.547, 42, 0.587],
  ['sem 2 post', 0.102, 42, 0.919],
  ['sem 3 pre', 1.485, 40, 0.145],
  ['sem 3 post', 1.977, 40, 0.055],
] as const)
  show(`uwlax ${label}: p of t(${df}) ${t} (printed ${p})`, pTRange(t, df, 0.0005));
console.log('— fresh5-en.yaml (later tables) —');
const ldl: [string, number, number, number][] = [
  ['b4 50–74', 1.36, 0.97, 1.89],
  ['b4 50–74 adj', 1.35, 0.95, 1.9],
  ['b7 50–74', 0.97, 0.66, 1.43],
  ['b7 50–74 adj', 0.96, 0.65, 1.44],
  ['b4 75–84', 1.95, 1.28, 2.97],
  ['b4 75–84 adj', 1.95, 1.25, 3.04],
  ['b7 75–84', 0.92, 0.53, 1.6],
  ['b7 75–84 adj', 0.8, 0.45, 1.44],
  ['b4 85–94', 3.92, 2.68, 5.74],
  ['b4 85–94 adj', 3.91, 2.61, 5.84],
  ['b7 85–94', 2.04, 1.31, 3.2],
  ['b7 85–94 adj', 1.94, 1.22, 3.1],
  ['b4 ≥95', 8.08, 5.0, 13.07],
  ['b4 ≥95 adj', 8.16, 4.94, 13.47],
  ['b7 ≥95', 4.18, 2.46, 7.11],
  ['b7 ≥95 adj', 4.16, 2.39, 7.24],
  ['g4 50–74', 1.16, 0.87, 1.56],
  ['g4 50–74 adj', 1.17, 0.86, 1.59],
  ['g7 50–74', 1.2, 0.86, 1.67],
  ['g7 50–74 adj', 1.24, 0.87, 1.76],
  ['g4 75–84', 1.33, 0.89, 2.0],
  ['g4 75–84 adj', 1.33, 0.87, 2.03],
  ['g7 75–84', 1.5, 0.96, 2.35],
  ['g7 75–84 adj', 1.7, 1.07, 2.69],
  ['g4 85–94', 2.52, 1.74, 3.64],
  ['g4 85–94 adj', 2.57, 1.75, 3.78],
  ['g7 85–94', 1.9, 1.24, 2.91],
  ['g7 85–94 adj', 1.95, 1.24, 3.05],
  ['g4 ≥95', 3.3, 2.03, 5.35],
  ['g4 ≥95 adj', 3.28, 1.98, 5.44],
  ['g7 ≥95', 2.04, 1.17, 3.58],
  ['g7 ≥95 adj', 2.01, 1.12, 3.63],
];
for (const [label, e, l, u] of ldl) show(`ldl ${label} ${e} (${l}–${u})`, ratioCheck(e, l, u, 0.005));
show(
  'ethiopia-elderly shares of 235',
  shares(235, [109, 126, 120, 115, 192, 15, 25, 1, 2, 25, 125, 23, 62, 66, 66, 57, 31, 15, 45, 97, 62, 31]),
);
const edhs: [string, number[]][] = [
  ['age', [2414, 2978, 2238, 2376]],
  ['marital', [59, 9518, 125, 304]],
  ['mother education', [6387, 2538, 697, 384]],
  ['father education', [4604, 3034, 972, 734, 73]],
  ['religion', [5068, 2944, 1761, 61, 96, 76]],
  ['residence', [1907, 8099]],
  ['children', [3677, 4375, 1954]],
  ['wealth', [3706, 1670, 1386, 1227, 2017]],
  ['cooking', [518, 37, 896, 8111, 319, 3]],
  ['toilet', [4355, 3781, 1748]],
  ['water', [3912, 5972]],
  ['smoke', [9913, 93]],
  ['media', [7964, 1960]],
  ['radio', [8810, 1196]],
  ['magazine', [9827, 179]],
  ['tv', [8705, 1301]],
];
for (const [label, counts] of edhs) {
  const sum = counts.reduce((a, b) => a + b, 0);
  show(`edhs ${label}: sum ${sum}; shares of the sum; shares of 10006; of 9884`, [
    shares(sum, counts).join('/'),
    shares(10006, counts).join('/'),
    shares(9884, counts).join('/'),
  ]);
}
show('leptospirosis pretest kontrol 2, 1, 10, 3, 1, 5, 6, 1, 1 of 30', shares(30, [2, 1, 10, 3, 1, 5, 6, 1, 1]));
/** p of F over the rounding interval of a printed value (half a unit h). */
const pFRange = (f: number, d1: number, d2: number, h: number) => [
  pF(f + h, d1, d2),
  pF(f, d1, d2),
  pF(Math.max(0, f - h), d1, d2),
];
console.log('— fresh5-en.yaml (prose results) —');
show('gaze-cueing F(1, 40) 0.65, F(2, 80) 0.60, F(2, 80) 5.92 → p', [
  ...pFRange(0.65, 1, 40, 0.005),
  ...pFRange(0.6, 2, 80, 0.005),
  ...pFRange(5.92, 2, 80, 0.005),
]);
show('gaze-cueing t(40) 0.87, 0.30, 2.03 → p', [
  ...pTRange(0.87, 40, 0.005),
  ...pTRange(0.3, 40, 0.005),
  ...pTRange(2.03, 40, 0.005),
]);
show(
  'gaze-cueing t from means with 21 + 21 (the split is not stated): phases 1–3',
  [
    [13.79, 7.01, 15.7, 7.26],
    [14.23, 8.77, 13.32, 10.76],
    [-16.86, 11.85, -9.73, 10.95],
  ].map(([a, sa, b, sb]) => (a! - b!) / Math.sqrt((sa! ** 2 + sb! ** 2) / 21)),
);
show('lyon F(2, 34) 1.47, F(2, 34) 6.14, F(4, 68) 41.26 → p', [pF(1.47, 2, 34), pF(6.14, 2, 34), pF(41.26, 4, 68)]);
show('lyon t(17) 2.52, 1.35, 5.42, 3.90, 4.52, 4.08; t(37) 6.07 → p', [
  ...[2.52, 1.35, 5.42, 3.9, 4.52, 4.08].map((t) => pT(t, 17)),
  pT(6.07, 37),
]);
show('lyon t(17) 2.52 and 3.90 over their rounding', [...pTRange(2.52, 17, 0.005), ...pTRange(3.9, 17, 0.005)]);
