/**
 * The independent recomputation behind the hand annotation of fresh-id.yaml and
 * fresh-en.yaml: jStat directly (not naskah's src/stats), so that the annotation does not
 * inherit naskah's arithmetic. Prints every recomputed value the notes in those files quote.
 *
 *   node --import tsx test/check/external/fresh-recompute.ts
 */
import jstatPkg from 'jstat';

const { jStat } = jstatPkg;

const pT = (t: number, df: number) => 2 * (1 - jStat.studentt.cdf(Math.abs(t), df));
const pF = (f: number, df1: number, df2: number) => 1 - jStat.centralF.cdf(f, df1, df2);
const pZ = (z: number) => 2 * (1 - jStat.normal.cdf(Math.abs(z), 0, 1));
const pR = (r: number, n: number) => pT(r * Math.sqrt((n - 2) / (1 - r * r)), n - 2);
/** P(K > z) of the Kolmogorov distribution (the asymptotic one-sample KS test SPSS prints as Z). */
const pKS = (z: number) => {
  let s = 0;
  for (let k = 1; k <= 100; k++) s += (-1) ** (k - 1) * Math.exp(-2 * k * k * z * z);
  return 2 * s;
};
const pct = (count: number, total: number) => ((100 * count) / total).toFixed(3);
const g = (x: number) => x.toPrecision(4);
/** Pooled-SD two-sample t and its range over the rounding intervals of the means (± 0.005). */
const pooledT = (m1: number, s1: number, n1: number, m2: number, s2: number, n2: number) => {
  const se = Math.sqrt((((n1 - 1) * s1 * s1 + (n2 - 1) * s2 * s2) / (n1 + n2 - 2)) * (1 / n1 + 1 / n2));
  const d = Math.abs(m1 - m2);
  return `${g(d / se)} [${g((d - 0.01) / se)}–${g((d + 0.01) / se)}]`;
};
const show = (label: string, values: (string | number)[]) =>
  console.log(`${label}: ${values.map((v) => (typeof v === 'number' ? g(v) : v)).join(', ')}`);

console.log('— fresh-id.yaml —');
show('astuti: n = 56, shares of 27, 28, 30, 37', [pct(27, 56), pct(28, 56), pct(30, 56), pct(37, 56)]);
show('astuti: Pearson p of r = .200, .345 with n = 56', [pR(0.2, 56), pR(0.345, 56)]);
show('binjai: 31/82, 51/82, 2/18, 16/18', [pct(31, 82), pct(51, 82), pct(2, 18), pct(16, 18)]);
show('kms: KS p of Z = 1.225, 0.728', [pKS(1.225), pKS(0.728)]);
show('kms: normal p of the same Z', [pZ(1.225), pZ(0.728)]);
show('kms: p of t(40) = 10.283', [pT(10.283, 40)]);
show(
  'ohi: p of t(38) = 1.275, 2.512, 4.961, 1.780, 3.213',
  [1.275, 2.512, 4.961, 1.78, 3.213].map((t) => pT(t, 38)),
);
for (const [d, sd, printed] of [
  [0.2, 1.005, 1.275],
  [0.51, 1.275, 2.512],
  [0.36, 0.451, 4.961],
  [0.52, 1.803, 1.78],
  [1.07, 2.08, 3.213],
] as const) {
  const s = Math.sqrt(39);
  show(`ohi: t = d/(SD/√39) for d = ${d}, SD = ${sd} (printed ${printed})`, [
    `${g((d / sd) * s)} [${g(((d - 0.005) / (sd + 0.0005)) * s)}–${g(((d + 0.005) / (sd - 0.0005)) * s)}]`,
  ]);
}
show('sadari: 21/23, 2/23, 24/25, 1/25; p of r = .270, n = 50', [
  pct(21, 23),
  pct(2, 23),
  pct(24, 25),
  pct(1, 25),
  pR(0.27, 50),
]);
show('melizza: p of ρ = .310, n = 44', [pR(0.31, 44)]);
show('siregar: the shares times 49', [0.5714 * 49, 0.2041 * 49, 0.0408 * 49]);
show(
  'lukas: n = 52, counts 7 10 6 14 2 3 22 16 4',
  [7, 10, 6, 14, 2, 3, 22, 16, 4].map((k) => pct(k, 52)),
);
show(
  'padang bulan: n = 68, counts 2 14 21 10 6 31 15',
  [2, 14, 21, 10, 6, 31, 15].map((k) => pct(k, 68)),
);
show(
  'gubug: n = 45',
  [35, 10, 11, 34, 20, 25, 17, 28, 23, 22, 7, 38, 16, 29, 36, 9, 18, 27].map((k) => pct(k, 45)),
);
show(
  'kusta: n = 80',
  [26, 11, 9, 6, 1, 64, 16, 45, 35, 52, 28].map((k) => pct(k, 80)),
);
show(
  'ekokes: n = 30',
  [10, 20, 6, 11, 5, 8].map((k) => pct(k, 30)),
);
show('setiyani: p of ρ = 0 with N = 6', [pR(0, 6)]);
show('tmas: p of z = 1.856, 5.090, 5.174; 1/35, 34/35', [pZ(1.856), pZ(5.09), pZ(5.174), pct(1, 35), pct(34, 35)]);
show('sedan: Bhatia–Davis bound, M 30.46, 17–65, n = 100', [Math.sqrt(((65 - 30.46) * (30.46 - 17) * 100) / 99)]);

console.log('— fresh-en.yaml —');
show('osf: p of t(97) = 0.72 (one-tailed), 2.03, 2.025, 2.035, 2.31', [
  pT(0.72, 97) / 2,
  pT(2.03, 97),
  pT(2.025, 97),
  pT(2.035, 97),
  pT(2.31, 97),
]);
show('osf: pooled t', [
  pooledT(4.91, 1.49, 49, 4.71, 1.31, 50),
  pooledT(5.3, 2.06, 50, 4.43, 2.22, 49),
  pooledT(6.22, 1.73, 50, 7.04, 1.81, 49),
]);
show(
  'stroop: p of F',
  (
    [
      [47.248, 1],
      [1.507, 1],
      [1.088, 2],
      [0.766, 1],
      [0.435, 2],
      [1.916, 2],
      [0.533, 1],
      [0.533, 2],
    ] as const
  ).map(([f, df1]) => `F(${df1},90) = ${f} → ${g(pF(f, df1, 90))}`),
);
show(
  'sound game: shares',
  (
    [
      [8347, 20173],
      [11369, 20173],
      [457, 20173],
      [2794, 6818],
      [3830, 6818],
      [194, 6818],
      [2717, 6661],
      [3773, 6661],
      [171, 6661],
      [2836, 6694],
      [3766, 6694],
    ] as const
  ).map(([k, n]) => `${k}/${n} = ${pct(k, n)}`),
);
show('sound game: p of t(19718) = 1.955, 1.965', [pT(1.955, 19718), pT(1.965, 19718)]);
show('sound game: independent-groups t from the means and SDs', [pooledT(4.4, 1.81, 8347, 3.5, 1.88, 11369)]);
show(
  'uia: n = 79',
  [59, 38, 21, 20, 10].map((k) => pct(k, 79)),
);
show('mojokerto: 97/153; p of ρ = .810, n = 153', [pct(97, 153), pR(0.81, 153)]);
show(
  'pemangkat: n = 86, 61 58 60',
  [61, 58, 60].map((k) => pct(k, 86)),
);
show(
  'wonosobo: n = 36, 19 20 21',
  [19, 20, 21].map((k) => pct(k, 36)),
);
