/**
 * The independent recomputation behind the hand annotation of the fresh10-en held-out corpus
 * (fresh10-en.yaml): jStat directly (not naskah's src/stats), so that the annotation does not
 * inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh10-en-recompute.ts
 */
import { chi2x2, jStat, pChiRange, pF, pR, pT, pZ, pct, ratioCheck, show, fisher } from './recompute-helpers.ts';

/** Welch-free Student t of two independent groups from means, SDs and sizes: t, df, two-tailed p. */
const studentT = (m1: number, s1: number, n1: number, m2: number, s2: number, n2: number) => {
  const sp = Math.sqrt(((n1 - 1) * s1 ** 2 + (n2 - 1) * s2 ** 2) / (n1 + n2 - 2));
  const t = (m1 - m2) / (sp * Math.sqrt(1 / n1 + 1 / n2));
  return [t, n1 + n2 - 2, pT(t, n1 + n2 - 2)];
};
/** Ratio rows [estimate, lower, upper] at one rounding step h: centre and p ranges. */
const ratios = (label: string, rows: [number, number, number][], h: number) => {
  for (const [e, l, u] of rows) show(`${label} ${e} (${l}–${u})`, ratioCheck(e, l, u, h));
};

console.log('— preterm-birth-logistic —');
ratios(
  'crude/adjusted',
  [
    [0.9, 0.89, 0.91],
    [0.87, 0.86, 0.88],
    [0.96, 0.95, 0.97],
    [0.9, 0.88, 0.91],
    [1.11, 1.09, 1.13],
    [1.01, 0.99, 1.02],
    [0.96, 0.95, 0.97],
    [0.96, 0.95, 0.98],
    [0.98, 0.97, 0.99],
    [1.0, 0.98, 1.01],
    [1.13, 1.11, 1.14],
    [1.13, 1.11, 1.15],
    [9.46, 9.15, 9.77],
    [9.03, 8.73, 9.33],
    [1.77, 1.75, 1.79],
    [1.72, 1.7, 1.74],
    [1.48, 1.46, 1.5],
    [1.41, 1.39, 1.42],
    [1.06, 1.05, 1.08],
    [1.0, 0.98, 1.01],
    [1.35, 1.32, 1.39],
    [1.29, 1.25, 1.32],
    [3.36, 3.29, 3.43],
    [3.16, 3.09, 3.23],
    [1.28, 1.26, 1.29],
    [1.25, 1.24, 1.27],
    [1.08, 1.07, 1.09],
    [1.05, 1.04, 1.06],
    [1.12, 1.1, 1.14],
    [1.09, 1.07, 1.11],
  ],
  0.005,
);

console.log('— arthropod-strata-kruskal —');
show('χ²(3) = 24.2 p (upper, value, lower)', pChiRange(24.2, 3, 0.05));
show('χ²(3) = 20.8 p', pChiRange(20.8, 3, 0.05));

console.log('— tree-species-communities —');
show('71/218, 62/218', [pct(71, 218), pct(62, 218)]);
show('species t', studentT(13.1, 2.0, 30, 11.0, 2.0, 30));
show('Margalef t', studentT(4.37, 0.54, 30, 3.79, 0.56, 30));
show('Simpson t', studentT(56.1, 26.9, 30, 33.73, 20.17, 30));
show('Shannon t', studentT(2.48, 0.19, 30, 2.29, 0.19, 30));

console.log('— self-esteem abstracts —');
show('r .365 n 33 (value, .3645, .3655); r .339; r .073', [
  pR(0.365, 33),
  pR(0.3645, 33),
  pR(0.3655, 33),
  pR(0.339, 33),
  pR(0.073, 33),
]);
show('r .124 n 309 (value, .1235, .1245)', [pR(0.124, 309), pR(0.1235, 309), pR(0.1245, 309)]);
show('r .551 n 600', [pR(0.551, 600)]);
show('r .38 n 200 (.375, .385)', [pR(0.375, 200), pR(0.385, 200)]);

console.log('— anemia abstracts —');
show('408/500, 408/499', [pct(408, 500), pct(408, 499)]);
show('AOR 3.4 (1.2, 17.9): geometric centre over the rounding of the bounds', [
  Math.sqrt(1.15 * 17.85),
  Math.sqrt(1.25 * 17.95),
]);
show('upper bound of a log-symmetric interval around 3.4 with lower 1.2', [3.4 ** 2 / 1.2]);

console.log('— rct-baseline-included-trials —');
show(
  'k/12',
  [0, 1, 2, 3, 4, 5, 7, 8, 10, 11, 12].map((k) => `${k}:${pct(k, 12)}`),
);

console.log('— hypertension-trial-baseline —');
show('female 373/636, 633/1093', [pct(373, 636), pct(633, 1093)]);
show('controlled 277/637, 549/1097, 549/1096', [pct(277, 637), pct(549, 1097), pct(549, 1096)]);
show('antihypertensive 242/637, 445/1097', [pct(242, 637), pct(445, 1097)]);
show('salt 227/629..631, 410/1063', [pct(227, 629), pct(227, 630), pct(227, 631), pct(410, 1063)]);
show('smoking 96/629..631, 165/1089..1091', [pct(96, 629), pct(96, 631), pct(165, 1089), pct(165, 1091)]);
show('alcohol 68/629..631, 145/1089..1091', [pct(68, 629), pct(68, 631), pct(145, 1089), pct(145, 1091)]);

console.log('— consort-adherence-rct-reports —');
show(
  'k/50',
  [0, 2, 3, 4, 5, 6, 7, 9, 12, 13, 21, 23, 31, 34, 39, 41, 43, 44, 46, 47, 48, 50].map((k) => `${k}:${pct(k, 50)}`),
);

/** Wilson score 95% interval of k of n, per cent. */
const wilson = (k: number, n: number) => {
  const z = 1.959964;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [100 * (c - h), 100 * (c + h)];
};
/** Clopper-Pearson (exact binomial) 95% interval of k of n, per cent. */
const clopperPearson = (k: number, n: number) => [
  k === 0 ? 0 : 100 * jStat.beta.inv(0.025, k, n - k + 1),
  k === n ? 100 : 100 * jStat.beta.inv(0.975, k + 1, n - k),
];
/** Geometric centre of a ratio's interval and the Wald p of the estimate (printed values). */
const centreAndP = (est: number, lo: number, hi: number) => {
  const se = (Math.log(hi) - Math.log(lo)) / (2 * 1.959964);
  return [Math.sqrt(lo * hi), pZ(Math.log(est) / se)];
};

console.log('— brucellosis-sheep-goat (rs-39025 v3, v1) —');
show('60/79, 19/79, 277/357, 80/357', [pct(60, 79), pct(19, 79), pct(277, 357), pct(80, 357)]);
show('12/80, 104/277, 3/16, 9/64', [pct(12, 80), pct(104, 277), pct(3, 16), pct(9, 64)]);
show('12/80 Wilson, Clopper-Pearson', [...wilson(12, 80), ...clopperPearson(12, 80)]);
show('3/277 share, Wilson, Clopper-Pearson', [
  pct(3, 277),
  ...wilson(3, 277).map((x) => x.toFixed(4)),
  ...clopperPearson(3, 277),
]);
show('OR 6.39 (1.23, 54.67): centre, Wald p', centreAndP(6.39, 1.23, 54.67));
show('OR 8.81 (0.44, 174.56): centre, Wald p', centreAndP(8.81, 0.44, 174.56));
show('OR 8.81 Wald p over the rounding', [
  pZ(Math.log(8.805) / ((Math.log(174.565) - Math.log(0.445)) / 3.919928)),
  pZ(Math.log(8.815) / ((Math.log(174.555) - Math.log(0.435)) / 3.919928)),
]);

console.log('— bovine-abortion-serology —');
show(
  'shares',
  [
    [145, 350],
    [6, 350],
    [5, 350],
    [1, 350],
    [205, 350],
    [344, 350],
    [345, 350],
    [349, 350],
    [105, 350],
    [245, 350],
    [65, 105],
    [3, 105],
    [1, 105],
    [80, 245],
    [3, 245],
    [4, 245],
  ].map(([a, b]) => `${a}/${b}=${pct(a!, b!)}`),
);
{
  const p1 = 65 / 105;
  const p2 = 80 / 245;
  const d = p1 - p2;
  const se = Math.sqrt((p1 * (1 - p1)) / 105 + (p2 * (1 - p2)) / 245);
  const pooled = 145 / 350;
  const z = d / Math.sqrt(pooled * (1 - pooled) * (1 / 105 + 1 / 245));
  const [l1, u1] = wilson(65, 105).map((x) => x / 100);
  const [l2, u2] = wilson(80, 245).map((x) => x / 100);
  show('difference, Wald CI, pooled z, p, Newcombe CI', [
    100 * d,
    100 * (d - 1.959964 * se),
    100 * (d + 1.959964 * se),
    z,
    pZ(z),
    100 * (d - Math.sqrt((p1 - l1!) ** 2 + (u2! - p2) ** 2)),
    100 * (d + Math.sqrt((u1! - p1) ** 2 + (p2 - l2!) ** 2)),
  ]);
}

console.log('— uganda-herd-seroprevalence —');
for (const [k, n] of [
  [4, 123],
  [21, 137],
  [15, 138],
  [20, 129],
  [48, 138],
  [40, 89],
])
  show(`${k}/${n}: share, Clopper-Pearson`, [pct(k!, n!), ...clopperPearson(k!, n!).map((x) => x.toFixed(3))]);

console.log('— toothbrushing-dmft-status —');
show('all children 1363/2043, 680/2043', [pct(1363, 2043), pct(680, 2043)]);
for (const [label, a, b, c, d] of [
  ['gender', 728, 356, 635, 324],
  ['breakfast', 1312, 642, 51, 38],
  ['vegetables', 625, 276, 738, 404],
  ['snacks', 649, 323, 714, 357],
  ['drinks', 782, 363, 581, 317],
  ['fluoride', 633, 315, 730, 365],
  ['brushing', 411, 157, 952, 523],
] as const) {
  show(`${label} shares of 1363/680`, [pct(a, 1363), pct(b, 680), pct(c, 1363), pct(d, 680)]);
  show(`${label} Pearson χ², p, Yates χ², p, Fisher p`, [...chi2x2(a, b, c, d), fisher(a, b, c, d)]);
}

/** A seeded generator in [0, 1) (a 32-bit LCG), so that the printed ranges repeat run after run. */
let seed = 12345;
const uniform = () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
/** Half a unit in the last printed digit of a printed number. */
const half = (s: string) => 0.5 * 10 ** -(s.split('.')[1]?.length ?? 0);
/**
 * A statistic's p at the printed values and its range over their rounding intervals (every
 * corner when there are few values, plus random points inside the box).
 */
const pRange = (printed: string[], pOf: (x: number[]) => number) => {
  const c = printed.map(Number);
  const h = printed.map(half);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  const at = (x: number[]) => {
    const p = pOf(x);
    lo = Math.min(lo, p);
    hi = Math.max(hi, p);
  };
  if (c.length <= 12)
    for (let m = 0; m < 1 << c.length; m++) at(c.map((v, i) => v + ((m >> i) & 1 ? 1 : -1) * h[i]! * 0.999));
  for (let r = 0; r < 20000; r++) at(c.map((v, i) => v + (2 * uniform() - 1) * h[i]! * 0.999));
  return [pOf(c), lo, hi];
};
/** Student t p of two groups from [m1, s1, m2, s2]. */
const tP = (n1: number, n2: number) => (x: number[]) => {
  const [m1, s1, m2, s2] = x as [number, number, number, number];
  const sp = Math.sqrt(((n1 - 1) * s1 ** 2 + (n2 - 1) * s2 ** 2) / (n1 + n2 - 2));
  return pT((m1 - m2) / (sp * Math.sqrt(1 / n1 + 1 / n2)), n1 + n2 - 2);
};
/** One-way ANOVA p from [m1, s1, m2, s2, …] and the group sizes. */
const anovaP = (ns: number[]) => (x: number[]) => {
  const N = ns.reduce((a, b) => a + b, 0);
  const grand = ns.reduce((a, n, i) => a + n * x[2 * i]!, 0) / N;
  const between = ns.reduce((a, n, i) => a + n * (x[2 * i]! - grand) ** 2, 0) / (ns.length - 1);
  const within = ns.reduce((a, n, i) => a + (n - 1) * x[2 * i + 1]! ** 2, 0) / (N - ns.length);
  return pF(between / within, ns.length - 1, N - ns.length);
};
const cells = (row: string) => row.replace(/[()]/g, '').trim().split(/\s+/);
console.log('— disability-caries-scores (p at printed values, min, max over rounding) —');
const twoGroups = (label: string, rows: [string, string], n1: number, n2: number) => {
  const [a, b] = rows.map(cells) as [string[], string[]];
  for (let c = 0; c < 8; c++)
    show(`${label} column ${c + 1}`, pRange([a[2 * c]!, a[2 * c + 1]!, b[2 * c]!, b[2 * c + 1]!], tP(n1, n2)));
};
const groups = (label: string, rows: string[], ns: number[]) => {
  const r = rows.map(cells);
  for (let c = 0; c < 8; c++)
    show(
      `${label} column ${c + 1}`,
      pRange(
        r.flatMap((g) => [g[2 * c]!, g[2 * c + 1]!]),
        anovaP(ns),
      ),
    );
};
twoGroups(
  'age t(273)',
  [
    '2.3 (3.1) 3.9 (4.1) 4.2 (4.9) 5.3 (6.2) 0.3 (0.9) 0.5 (1.1) 0.5 (1.2) 0.9 (1.8)',
    '0.01 (0.02) 0.01 (0.02) 0.02 (0.04) 0.02 (0.04) 2.9 (3.2) 3.2 (4.1) 3.9 (4.1) 4.02 (4.1)',
  ],
  195,
  80,
);
groups(
  'disability F(5, 269)',
  [
    '1.02 (1.8) 1.7 (2.1) 2.3 (2.9) 2.5 (3.01) 1.3 (1.9) 1.6 (1.8) 1.9 (2.3) 2.1 (2.8)',
    '0.3 (0.8) 0.5 (0.9) 1.1 (1.4) 1.3 (1.8) 1.2 (1.7) 1.5 (2.01) 1.6 (1.9) 1.8 (2.1)',
    '0.02 (0.06) 0.04 (0.06) 0.06 (0.08) 0.08 (0.1) 0.09 (0.1) 0.09 (0.2) 0.1 (0.3) 0.4 (0.7)',
    '0.8 (1.1) 1.0 (1.5) 0.9 (1.4) 1.0 (1.5) 1.1 (1.6) 1.4 (1.7) 1.5 (1.7) 1.5 (1.8)',
    '0.9 (1.2) 1.1 (1.6) 1.2 (1.7) 1.4 (1.9) 1.6 (1.9) 1.5 (1.7) 1.5 (1.7) 1.8 (2.1)',
    '0.05 (0.08) 0.09 (0.1) 0.06 (0.08) 0.08 (0.09) 0.1 (0.3) 0.1 (0.3) 0.1 (0.3) 0.4 (0.5)',
  ],
  [79, 41, 17, 52, 61, 25],
);
twoGroups(
  'sugar t(273)',
  [
    '1.7 (1.9) 2.3 (2.7) 2.2 (2.6) 2.9 (3.1) 1.8 (2.1) 2.5 (2.8) 2.1 (2.6) 2.9 (3.1)',
    '0.8 (2.1) 1.2 (1.8) 1.1 (1.6) 1.8 (1.9) 0.9 (1.1) 1.0 (1.3) 1.4 (1.8) 1.7 (1.9)',
  ],
  203,
  72,
);
groups(
  'weight F(3, 271)',
  [
    '0.01 (0.06) 0.01 (0.06) 0.02 (0.08) 0.02 (0.08) 0.01 (0.04) 0.01 (0.04) 0.02 (0.06) 0.02 (0.06)',
    '1.3 (1.8) 1.8 (2.3) 1.5 (1.8) 2.0 (2.3) 1.5 (1.9) 1.8 (2.3) 1.6 (1.9) 2.1 (2.6)',
    '1.9 (2.3) 2.2 (2.7) 2.4 (2.9) 2.9 (3.2) 2.1 (2.6) 2.8 (3.1) 2.2 (2.6) 2.8 (3.1)',
    '1.8 (2.01) 2.0 (2.4) 2.1 (2.6) 2.8 (3.1) 2.3 (2.9) 3.1 (3.5) 2.6 (2.8) 3.2 (3.6)',
  ],
  [17, 140, 58, 60],
);

console.log('— oral-health-adolescents-profile —');
show(
  'k/385',
  [
    205, 156, 24, 320, 65, 129, 81, 20, 96, 59, 255, 71, 2, 44, 13, 15, 370, 19, 366, 35, 11, 27, 89, 74, 116, 33, 225,
    160, 290, 40, 19, 0, 16, 9, 10, 99, 50, 172, 22, 0, 32, 158, 197, 30, 0, 273, 82, 24, 6, 170, 144, 46, 25, 195,
  ].map((k) => `${k}:${pct(k, 385)}`),
);
show('cigarette block total, 290 of that total', [290 + 40 + 19 + 0 + 16 + 9, pct(290, 374)]);

console.log('— nurse-job-satisfaction-north-south (630 vs 648) —');
for (const [label, m1, s1, m2, s2, printed] of [
  ['administration', 3.37, 0.59, 3.64, 0.73, 7.224],
  ['flexibility', 2.83, 0.04, 3.61, 0.82, 12.872],
  ['workloads', 3.01, 0.44, 3.27, 0.5, 9.788],
  ['better care', 3.96, 0.72, 4.48, 0.87, 11.596],
  ['coworkers', 3.87, 0.5, 4.22, 0.62, 11.008],
  ['physicians', 3.81, 0.78, 4.29, 0.98, 9.673],
  ['work itself', 2.6, 0.53, 2.9, 0.68, 8.811],
  ['shifts', 2.23, 1.14, 2.79, 1.05, 7.699],
  ['pay', 2.25, 0.82, 2.42, 0.95, 3.177],
  ['pay equals', 2.65, 1.06, 2.99, 1.03, 4.789],
  ['professional opportunities', 2.93, 0.62, 2.81, 0.84, 2.947],
  ['promotion', 2.47, 0.95, 2.21, 1.27, 4.237],
  ['praise', 3.35, 0.57, 3.76, 0.72, 11.251],
  ['families', 3.75, 0.71, 4.33, 0.82, 13.574],
  ['family/work', 3.4, 0.77, 3.99, 0.85, 12.93],
  ['cope', 3.7, 0.79, 4.32, 0.86, 13.371],
  ['overall', 3.1, 0.39, 3.37, 0.46, 11.208],
] as const) {
  const ts: number[] = [];
  const h = 0.005;
  for (const a of [-h, h])
    for (const b of [-h, h])
      for (const c of [-h, h])
        for (const d of [-h, h]) {
          const sp = Math.sqrt((629 * (s1 + b) ** 2 + 647 * (s2 + d) ** 2) / 1276);
          ts.push(Math.abs(m2 + c - (m1 + a)) / (sp * Math.sqrt(1 / 630 + 1 / 648)));
          ts.push(Math.abs(m2 + c - (m1 + a)) / Math.sqrt((s1 + b) ** 2 / 630 + (s2 + d) ** 2 / 648));
        }
  show(`${label}: t range (pooled and Welch), printed t, p of printed t at df 1276`, [
    Math.min(...ts),
    Math.max(...ts),
    printed,
    pT(printed, 1276),
  ]);
}

console.log('— smartphone-anxiety-nursing-students-abstract —');
show('OR 1.33 (1.04, 1.70)', ratioCheck(1.33, 1.04, 1.7, 0.005));
show('OR 1.68 (1.01, 2.78)', ratioCheck(1.68, 1.01, 2.78, 0.005));
show('OR 0.80 (0.61, 0.96)', ratioCheck(0.8, 0.61, 0.96, 0.005));

console.log('— food-insecurity abstracts (Gojjam, Eastern Ethiopia, Gojjam comparative) —');
show('shares of 504', [pct(54, 504), pct(75, 504), pct(157, 504), pct(218, 504)]);
show('3.28 (1.73, 6.24)', ratioCheck(3.28, 1.73, 6.24, 0.005));
show('113.4 (7.02, 1832.02)', ratioCheck(113.4, 7.02, 1832.02, 0.05, 0.005));
show('169.29 (11.64, 2461.39)', ratioCheck(169.29, 11.64, 2461.39, 0.005));
show('119.75 (8.43, 1700.74)', ratioCheck(119.75, 8.43, 1700.74, 0.005));
show('0.0021 (0.00009, 0.0514): centre range', [Math.sqrt(0.000085 * 0.05135), Math.sqrt(0.000095 * 0.05145)]);
show('0.0323 (0.002, 0.5209): centre range', [Math.sqrt(0.0015 * 0.52085), Math.sqrt(0.0025 * 0.52095)]);
show('1.18 (1.01, 1.36)', ratioCheck(1.18, 1.01, 1.36, 0.005));
show('0.767 (0.605, 0.972)', ratioCheck(0.767, 0.605, 0.972, 0.0005));
{
  const p = 0.417;
  const se = Math.sqrt((p * (1 - p)) / 616);
  show('41.7% of 616: Wald CI, Wilson CI (257/616), Clopper-Pearson (257/616), count', [
    100 * (p - 1.959964 * se),
    100 * (p + 1.959964 * se),
    ...wilson(257, 616),
    ...clopperPearson(257, 616),
    p * 616,
  ]);
}
show('1.75 (1.08–2.84)', ratioCheck(1.75, 1.08, 2.84, 0.005));
show('0.52 (0.33–0.99)', ratioCheck(0.52, 0.33, 0.99, 0.005));
show('0.3 (0.19–0.57)', ratioCheck(0.3, 0.19, 0.57, 0.05, 0.005));
show('1.72 (1.06–2.78)', ratioCheck(1.72, 1.06, 2.78, 0.005));
show('4.01 (2.35–6.86)', ratioCheck(4.01, 2.35, 6.86, 0.005));
show('3964/4110', [pct(3964, 4110)]);

console.log('— urban-food-insecurity-lideta-logit —');
for (const [label, b, lo, hi] of [
  ['male', 1.0, 1.58, 4.7],
  ['30–45', 1.31, 1.99, 6.85],
  ['>45', 1.63, 2.12, 12.38],
  ['50–100%', 0.72, 1.21, 3.52],
  ['>100%', 1.89, 2.97, 14.99],
  ['informal', -2.24, 0.02, 0.59],
  ['primary', -1.39, 0.06, 1.0],
  ['secondary', -1.84, 0.04, 0.61],
  ['diploma', -2.17, 0.03, 0.45],
  ['savings', -1.0, 0.17, 0.8],
  ['safety net', -0.95, 0.24, 0.64],
  ['1000.1–2000', -0.57, 0.15, 2.08],
  ['2000.1–3000', -2.44, 0.02, 0.32],
] as const) {
  const h = 0.005;
  const ps: number[] = [];
  for (const db of [-h, h])
    for (const dl of [-h, h])
      for (const dh of [-h, h]) ps.push(pZ((b + db) / ((Math.log(hi + dh) - Math.log(lo + dl)) / 3.919928)));
  show(`${label}: exp(B) range, centre range, p range from B and the CI`, [
    Math.exp(b - h),
    Math.exp(b + h),
    Math.sqrt((lo - h) * (hi - h)),
    Math.sqrt((lo + h) * (hi + h)),
    Math.min(...ps),
    Math.max(...ps),
  ]);
}

console.log('— orientation-discrimination-anova-prose, face-valence-covariate-f-table (p over the rounding of F) —');
const pFRange = (f: number, d1: number, d2: number) => [pF(f + 0.005, d1, d2), pF(f, d1, d2), pF(f - 0.005, d1, d2)];
show('F(1, 40) = 19.09', pFRange(19.09, 1, 40));
show('F(4, 160) = 5.85', pFRange(5.85, 4, 160));
show('F(1, 40) = 2.43', pFRange(2.43, 1, 40));
show('F(4, 160) = 1.14', pFRange(1.14, 4, 160));
show('F(1, 41) = 44.28', pFRange(44.28, 1, 41));
show('F(1, 41) = 1', [pF(1, 1, 41)]);
show('F(1, 52) = 4.15', pFRange(4.15, 1, 52));
show('F(1, 75) = 12.18', pFRange(12.18, 1, 75));
show('F(1, 157) = 6.98', pFRange(6.98, 1, 157));
show('F(1, 169) = 4.60', pFRange(4.6, 1, 169));
show('F(1, 156) = 5.02', pFRange(5.02, 1, 156));
show('F(1, 178) = 19.29', pFRange(19.29, 1, 178));

console.log('— vaccine-acceptance-or-se-table: centre and p from the CI, p from OR/SE, CI from OR and SE —');
for (const [label, or, se, lo, hi] of [
  ['male', 0.76, 0.34, 0.39, 1.47],
  ['18–44', 1.06, 0.61, 0.32, 3.5],
  ['45–59', 0.6, 0.68, 0.16, 2.29],
  ['high risk', 0.67, 0.52, 0.24, 1.84],
  ['fair', 0.6, 0.33, 0.31, 1.14],
  ['coverage', 0.24, 0.47, 0.09, 0.59],
  ['pandemic', 0.21, 0.55, 0.07, 0.62],
  ['protect', 0.5, 0.55, 0.17, 1.48],
  ['negative news', 1.85, 0.35, 0.93, 3.67],
  ['crucial yes', 0.21, 0.34, 0.11, 0.4],
  ['crucial no', 0.45, 0.97, 0.07, 3.0],
] as const) {
  const h = 0.005;
  const ps: number[] = [];
  for (const a of [-h, h]) for (const b of [-h, h]) ps.push(pZ(Math.log(or + a) / (se + b)));
  show(label, [
    ...ratioCheck(or, lo, hi, h),
    `p from OR/SE ${Math.min(...ps).toPrecision(3)}–${Math.max(...ps).toPrecision(3)}`,
    or * Math.exp(-1.959964 * se),
    or * Math.exp(1.959964 * se),
  ]);
}

console.log('— vaccine-trial-participation-or —');
for (const [label, e, lo, hi] of [
  ['male univariate', 2.057, 1.773, 2.388],
  ['male multivariable', 1.881, 1.532, 2.309],
  ['30–49 u', 1.043, 0.868, 1.254],
  ['50–64 u', 1.797, 1.461, 2.211],
  ['65–80 u', 1.941, 1.458, 2.585],
  ['over 80 u', 0.608, 0.185, 1.993],
  ['30–49 m', 1.518, 1.22, 1.888],
  ['50–64 m', 1.481, 1.297, 1.69],
  ['65–80 m', 1.408, 1.229, 1.612],
  ['over 80 m', 1.494, 0.881, 2.531],
  ['healthcare workers u (0.004)', 1.223, 1.065, 1.405],
  ['healthcare workers m (0.007)', 1.54, 1.275, 1.86],
  ['chronic u (0.32)', 1.085, 0.924, 1.274],
  ['fear u (0.17)', 0.895, 0.764, 1.048],
  ['fear m, lower "0784" (0.53)', 0.928, 0.784, 1.099],
  ['risk u (0.006)', 1.226, 1.061, 1.417],
  ['risk m (0.03)', 1.235, 1.061, 1.439],
  ['hesitancy u', 0.502, 0.433, 0.582],
  ['hesitancy m', 0.512, 0.4411, 0.595],
] as const)
  show(label, ratioCheck(e, lo, hi, 0.0005));

console.log('— antimicrobial-knowledge-east-africa-abstract —');
show('192/328, 120/328; 54/75, 30/75, 36/178 (counts not printed)', [
  pct(192, 328),
  pct(120, 328),
  pct(54, 75),
  pct(30, 75),
  pct(36, 178),
]);

console.log('— river-stations-physicochemical: mean within (min–max), SE at most half the range —');
for (const [label, m, se, lo, hi] of [
  ['turbidity station 2', 0.181, 0.084, 9.6, 28.9],
  ['K station 2', 0.155, 0.155, 0.11, 0.19],
  ['TDS station 1', 197.1, 774.082, 132.8, 4550.0],
] as const)
  show(label, [`mean in range: ${lo <= m && m <= hi}`, `SE ${se} vs half-range ${(hi - lo) / 2}`]);

console.log('— medical-students-dass-taibah-abstract —');
show('F(5, 374) = 3.025, 2.511, 2.402', [pF(3.025, 5, 374), pF(2.511, 5, 374), pF(2.402, 5, 374)]);
console.log('— health-students-dass-abha-abstract —');
show('r = 0.781, 0.693, 0.794 with n = 350', [pR(0.781, 350), pR(Number.parseFloat('0.693'), 350), pR(0.794, 350)]);

console.log('— breastfeeding-factors-or-table (one decimal: h = 0.05) —');
for (const [label, e, lo, hi] of [
  ['3–5 months u', 0.5, 0.4, 0.5],
  ['3–5 months a', 0.5, 0.5, 0.6],
  ['20–24 u', 1.3, 1.1, 1.5],
  ['20–24 a', 1.4, 1.2, 1.6],
  ['25–29 u', 1.3, 1.1, 1.5],
  ['25–29 a', 1.4, 1.1, 1.6],
  ['30+ u', 1.2, 1.1, 1.5],
  ['30+ a', 1.3, 1.1, 1.5],
  ['rural u', 1.2, 1.1, 1.3],
  ['rural a', 1.1, 1.0, 1.3],
  ['ANC u', 2.2, 1.6, 3.2],
  ['ANC a', 2.2, 1.5, 3.1],
  ['vitamin A don’t know u', 0.6, 0.5, 0.9],
  ['vitamin A don’t know a', 0.8, 0.5, 1.1],
  ['vitamin A yes u', 0.6, 0.6, 0.7],
  ['vitamin A yes a', 0.7, 0.6, 0.8],
  ['pregnant don’t know u', 0.7, 0.4, 1.1],
  ['pregnant don’t know a', 0.8, 0.5, 1.3],
  ['pregnant yes u', 0.7, 0.5, 1.0],
  ['pregnant yes a', 0.8, 0.5, 1.1],
] as const)
  show(label, ratioCheck(e, lo, hi, 0.05));

console.log('— breastfeeding abstracts (Enderta, Motta, Offa) —');
show('530/541', [pct(530, 541)]);
for (const [label, e, lo, hi, h] of [
  ['0.12 (0.02, 0.97)', 0.12, 0.02, 0.97, 0.005],
  ['0.52 (0.27, 0.99)', 0.52, 0.27, 0.99, 0.005],
  ['2.68 (1.44, 4.98)', 2.68, 1.44, 4.98, 0.005],
  ['3.86 (1.64, 9.07)', 3.86, 1.64, 9.07, 0.005],
  ['3.01 (1.46, 6.20)', 3.01, 1.46, 6.2, 0.005],
  ['3.61 (1.75, 7.45)', 3.61, 1.75, 7.45, 0.005],
  ['2.76 (1.52, 4.99)', 2.76, 1.52, 4.99, 0.005],
  ['3.50 (1.45, 8.45)', 3.5, 1.45, 8.45, 0.005],
  ['4.48 (1.82, 11.03)', 4.48, 1.82, 11.03, 0.005],
  ['2.67 (1.04, 6.95)', 2.67, 1.04, 6.95, 0.005],
  ['4 (2.20, 7.25)', 4, 2.2, 7.25, 0.5],
  ['6 (3.10, 11.70)', 6, 3.1, 11.7, 0.5],
  ['2.1 (1.11, 4.27)', 2.1, 1.11, 4.27, 0.05],
] as const)
  show(label, ratioCheck(e, lo, hi, h, 0.005));
show('2.2 (1.1, 4.27): centre range with the one-decimal lower bound', [
  Math.sqrt(1.05 * 4.265),
  Math.sqrt(1.15 * 4.275),
]);

console.log('— improvement-rr-rd-table: shares, RR (log CI), RD (Wald, Newcombe), Pearson/Yates/Fisher p —');
for (const [label, a, b, c, d] of [
  ['26 weeks pain', 120, 65, 78, 99],
  ['26 weeks disability CPQ', 110, 38, 82, 48],
  ['26 weeks disability WDQ', 114, 59, 75, 90],
  ['52 weeks pain', 120, 59, 79, 79],
  ['52 weeks disability CPQ', 109, 37, 68, 49],
  ['52 weeks disability WDQ', 116, 55, 72, 75],
] as const) {
  const n1 = a + b;
  const n2 = c + d;
  const p1 = a / n1;
  const p2 = c / n2;
  const rr = p1 / p2;
  const seLog = Math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n2);
  const rd = p1 - p2;
  const seRd = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  const [l1, u1] = wilson(a, n1).map((x) => x / 100);
  const [l2, u2] = wilson(c, n2).map((x) => x / 100);
  show(label, [
    `shares ${pct(a, n1)}/${pct(c, n2)}`,
    `RR ${rr.toFixed(4)} (${(rr * Math.exp(-1.959964 * seLog)).toFixed(3)}–${(rr * Math.exp(1.959964 * seLog)).toFixed(3)})`,
    `RD ${(100 * rd).toFixed(2)} Wald ${(100 * (rd - 1.959964 * seRd)).toFixed(2)}–${(100 * (rd + 1.959964 * seRd)).toFixed(2)}`,
    `Newcombe ${(100 * (rd - Math.sqrt((p1 - l1!) ** 2 + (u2! - p2) ** 2))).toFixed(2)}–${(100 * (rd + Math.sqrt((u1! - p1) ** 2 + (p2 - l2!) ** 2))).toFixed(2)}`,
    ...chi2x2(a, b, c, d),
    fisher(a, b, c, d),
  ]);
}

show('26 weeks WDQ RD from the printed shares 66% and 45% over their rounding', [65.5 - 45.5, 66.5 - 44.5]);

console.log('— beard-preference-anova-results, religious-priming-rt-results —');
show('F(1, 93) = 0.078 over its rounding', [pF(0.0785, 1, 93), pF(0.078, 1, 93), pF(0.0775, 1, 93)]);
show('F(1, 98) = 3.93 over its rounding', [pF(3.935, 1, 98), pF(3.93, 1, 98), pF(3.925, 1, 98)]);
show('t(100) = 2.22 over its rounding', [pT(2.225, 100), pT(2.22, 100), pT(2.215, 100)]);
show('t(97) = 2.07 over its rounding', [pT(2.075, 97), pT(2.07, 97), pT(2.065, 97)]);

console.log('— pre-post-test-scores-wilcoxon —');
{
  const pre = [6, 9, 7, 7, 2, 13, 7, 10, 4, 7, 9, 8, 8, 8];
  const post = [7, 12, 13, Number.NaN, 12, 13, 13, 9, 6, 14, 15, 11, 12, 16];
  const paired = pre.map((x, i) => post[i]! - x).filter((d) => !Number.isNaN(d));
  const present = post.filter((x) => !Number.isNaN(x));
  const avg = (a: number[]) => a.reduce((s, x) => s + x, 0) / a.length;
  show('pre mean (14), post mean (13), mean difference (13), post mean − pre mean', [
    avg(pre),
    avg(present),
    avg(paired),
    avg(present) - avg(pre),
  ]);
  // Wilcoxon signed-rank: zeros dropped, mid-ranks, normal approximation with the tie correction.
  const nonzero = paired.filter((d) => d !== 0);
  const sorted = nonzero.map(Math.abs).sort((a, b) => a - b);
  const midRank = (v: number) => (sorted.indexOf(v) + sorted.lastIndexOf(v)) / 2 + 1;
  const wNeg = nonzero.filter((d) => d < 0).reduce((s, d) => s + midRank(-d), 0);
  const n = nonzero.length;
  const tieCounts = [...new Set(sorted)].map((v) => sorted.filter((x) => x === v).length);
  const sd = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieCounts.reduce((s, t) => s + t ** 3 - t, 0) / 48);
  const z = (n * (n + 1)) / 4 - wNeg;
  show('Wilcoxon n, W−, z, two-sided p', [n, wNeg, z / sd, pZ(z / sd)]);
}

/** ratioCheck, with the p range reaching 1 when the estimate's rounding interval contains 1. */
const ratioWithUnity = (e: number, lo: number, hi: number, h: number): string[] => {
  const [centre = '', p = ''] = ratioCheck(e, lo, hi, h);
  return e - h <= 1 && 1 <= e + h ? [centre, `${p} (up to 1: the estimate may be 1)`] : [centre, p];
};
console.log('— malaria-prevention-school-children-models —');
for (const [label, e, lo, hi] of [
  ['ownership L', 1.01, 0.85, 1.2],
  ['ownership LR', 0.97, 0.81, 1.16],
  ['ownership NB', 0.88, 0.73, 1.05],
  ['ownership NBR', 1.0, 0.92, 1.09],
  ['sleeping L', 0.99, 0.76, 1.29],
  ['sleeping LR', 1.03, 0.78, 1.37],
  ['sleeping NB', 1.09, 0.83, 1.44],
  ['sleeping NBR', 1.04, 0.91, 1.19],
  ['last night L', 0.99, 0.76, 1.28],
  ['last night LR', 0.9, 0.69, 1.18],
  ['last night NB', 0.98, 0.74, 1.29],
  ['last night NBR', 0.95, 0.83, 1.08],
  ['coil L', 1.14, 0.99, 1.32],
  ['coil LR', 1.2, 1.03, 1.4],
  ['coil NB', 1.06, 0.91, 1.24],
  ['coil NBR', 1.09, 1.01, 1.17],
  ['spray L', 0.78, 0.68, 0.9],
  ['spray LR', 0.83, 0.71, 0.97],
  ['spray NB', 0.95, 0.81, 1.12],
  ['spray NBR', 0.84, 0.78, 0.91],
  ['smoke L', 1.26, 1.07, 1.49],
  ['smoke LR', 1.26, 1.05, 1.51],
  ['smoke NB', 1.06, 0.9, 1.26],
  ['smoke NBR', 1.06, 0.98, 1.15],
  ['treatment L', 0.85, 0.72, 1.0],
  ['treatment LR', 0.83, 0.7, 0.99],
  ['treatment NB', 0.97, 0.81, 1.17],
  ['treatment NBR', 0.93, 0.85, 1.02],
  ['second band L', 0.76, 0.61, 0.94],
  ['second band LR', 0.8, 0.49, 1.29],
  ['second band NB', 0.71, 0.57, 0.9],
  ['second band NBR', 0.96, 0.85, 1.08],
  ['>5 km L', 0.77, 0.64, 0.92],
  ['>5 km LR', 0.78, 0.52, 1.16],
  ['>5 km NB', 0.8, 0.66, 0.96],
  ['>5 km NBR', 0.86, 0.78, 0.94],
] as const)
  show(label, ratioWithUnity(e, lo, hi, 0.005));

console.log('— child-malaria-household-or —');
for (const [label, e, lo, hi] of [
  ['impacted', 0.68, 0.49, 0.94],
  ['facility', 0.69, 0.45, 1.07],
  ['>10 years', 1.21, 0.86, 1.71],
  ['resettled', 0.61, 0.34, 1.1],
  ['solid housing', 0.93, 0.57, 1.51],
  ['lowest wealth', 3.99, 1.07, 14.94],
  ['second', 2.05, 0.75, 5.58],
  ['middle', 2.21, 1.0, 4.92],
  ['fourth', 1.79, 0.85, 3.8],
  ['sprayed', 1.06, 0.73, 1.54],
  ['seek and treat', 1.14, 0.82, 1.58],
  ['employed', 0.99, 0.63, 1.57],
  ['no education', 2.67, 1.31, 5.43],
  ['primary', 1.89, 0.93, 3.81],
  ['knowledge (0.205)', 0.82, 0.69, 1.12],
  ['bednet (0.083)', 0.67, 0.57, 1.04],
] as const)
  show(label, ratioCheck(e, lo, hi, 0.005));

console.log('— bednet-school-children-abstract —');
show('19.3% of 2261: Wald', [
  100 * (0.193 - 1.959964 * Math.sqrt((0.193 * 0.807) / 2261)),
  100 * (0.193 + 1.959964 * Math.sqrt((0.193 * 0.807) / 2261)),
]);
for (const [label, e, lo, hi] of [
  ['2.6 (1.0–6.9)', 2.6, 1.0, 6.9],
  ['2.7 (0.9–7.9)', 2.7, 0.9, 7.9],
  ['3.4 (1.3–9.3)', 3.4, 1.3, 9.3],
] as const)
  show(label, ratioCheck(e, lo, hi, 0.05));

console.log('— exam-questions-staff-anova, science-process-skills-teachers —');
show('MS, F, p of F(4, 135) = 0.54 over its rounding', [
  0.298 / 4,
  18.589 / 135,
  0.298 / 4 / (18.589 / 135),
  pF(0.545, 4, 135),
  pF(0.535, 4, 135),
]);
show(
  'success % = M / highest (M at its rounding ends where it matters)',
  [
    [2.365, 6],
    [2.375, 6],
    [4.04, 6],
    [3.585, 6],
    [3.595, 6],
    [1.005, 2],
    [1.015, 2],
    [11.03, 20],
    [2.01, 4],
    [3.04, 8],
    [5.93, 12],
    [1.48, 2],
    [12.47, 26],
    [23.5, 46],
  ].map(([m, top]) => pct(m!, top!)),
);
show('paired t(157) = 3.28 over its rounding', [pT(3.285, 157), pT(3.28, 157), pT(3.275, 157)]);
