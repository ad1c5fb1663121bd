/**
 * The independent recomputation behind the hand annotation of the fourth held-out corpus,
 * fresh4-id.yaml and fresh4-en.yaml: jStat directly (not naskah's src/stats), so that the
 * annotation does not inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh4-recompute.ts
 */
import {
  chi2rc,
  chi2x2,
  g,
  jStat,
  mean,
  pChi,
  pF,
  pR,
  pT,
  pZ,
  pct,
  ratioCheck,
  show,
  woolf,
} from './recompute-helpers.ts';

/** Sample standard deviation (n − 1). */
const sd = (x: number[]) => {
  const m = mean(x);
  return Math.sqrt(x.reduce((a, v) => a + (v - m) ** 2, 0) / (x.length - 1));
};
/** Pearson's r of two paired lists. */
const corr = (x: number[], y: number[]) => {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  for (let i = 0; i < x.length; i++) sxy += (x[i]! - mx) * (y[i]! - my);
  return sxy / ((x.length - 1) * sd(x) * sd(y));
};

const tCrit = (df: number, two = 0.975) => jStat.studentt.inv(two, df);

/** Two-sided Fisher exact p of a 2×2 table. */
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
/** Student (pooled) and Welch t of two groups given as mean, SD, n; with their df and p. */
const tSummary = (m1: number, s1: number, n1: number, m2: number, s2: number, n2: number) => {
  const sp = Math.sqrt(((n1 - 1) * s1 ** 2 + (n2 - 1) * s2 ** 2) / (n1 + n2 - 2));
  const tp = (m1 - m2) / (sp * Math.sqrt(1 / n1 + 1 / n2));
  const v1 = s1 ** 2 / n1;
  const v2 = s2 ** 2 / n2;
  const tw = (m1 - m2) / Math.sqrt(v1 + v2);
  const dfw = (v1 + v2) ** 2 / (v1 ** 2 / (n1 - 1) + v2 ** 2 / (n2 - 1));
  return [`pooled t ${g(tp)} p ${g(pT(tp, n1 + n2 - 2))}`, `Welch t ${g(tw)} df ${g(dfw)} p ${g(pT(tw, dfw))}`];
};
const shares = (label: string, counts: number[], total: number) =>
  show(
    `${label} (of ${total})`,
    counts.map((c) => pct(c, total)),
  );

console.log('— fresh4-id.yaml —');

shares('asi-banyumas 5.3 kasus: 51, 25', [51, 25], 76);
shares('asi-banyumas 5.3 kontrol: 29, 47', [29, 47], 76);
shares('asi-banyumas 5.3 total: 80, 72', [80, 72], 152);
show('asi-banyumas pekerja: Woolf OR, CI of 51·47/(29·25); χ², p, Yates χ², p', [
  ...woolf(51, 29, 25, 47),
  ...chi2x2(51, 29, 25, 47),
]);
show('asi-banyumas 3,31 (1,69–6,43)', ratioCheck(3.31, 1.69, 6.43, 0.005));
shares('asi-banyumas 5.4 kasus: 35, 41', [35, 41], 76);
shares('asi-banyumas 5.4 kontrol: 28, 48', [28, 48], 76);
shares('asi-banyumas 5.4 total: 63, 89', [63, 89], 152);
show('asi-banyumas pengetahuan: Woolf OR, CI of 35·48/(28·41); χ², p, Yates', [
  ...woolf(35, 28, 41, 48),
  ...chi2x2(35, 28, 41, 48),
]);
show('asi-banyumas 1,463 (0,765–2,799)', ratioCheck(1.463, 0.765, 2.799, 0.0005));

shares('asi-sumowono kasus: 28, 17', [28, 17], 45);
shares('asi-sumowono kontrol: 16, 29', [16, 29], 45);
shares('asi-sumowono total: 44, 46, 45', [44, 46, 45], 90);
show('asi-sumowono: Woolf OR, CI of 28·29/(16·17); χ², p, Yates', [
  ...woolf(28, 16, 17, 29),
  ...chi2x2(28, 16, 17, 29),
]);
show('asi-sumowono 2,985 (1,266–7,039)', ratioCheck(2.985, 1.266, 7.039, 0.0005));

shares('gizi-bbu umur (column shares): 8, 22 of 30', [8, 22], 30);
shares('gizi-bbu umur: 5, 54 of 59', [5, 54], 59);
shares('gizi-bbu anak >2: 22, 47', [22, 47], 69);
shares('gizi-bbu anak 1–2: 8, 12', [8, 12], 20);
shares('gizi-bbu tidak bekerja: 22, 49', [22, 49], 71);
shares('gizi-bbu bekerja: 8, 10', [8, 10], 18);
shares('gizi-bbu pendidikan rendah: 28, 34', [28, 34], 62);
shares('gizi-bbu pendidikan tinggi: 2, 25', [2, 25], 27);
shares('gizi-bbu pengetahuan kurang: 8, 1', [8, 1], 9);
shares('gizi-bbu pengetahuan baik: 22, 58', [22, 58], 80);
shares('gizi-bbu riwayat ya: 14, 22', [14, 22], 36);
shares('gizi-bbu riwayat tidak: 16, 37', [16, 37], 53);
shares('gizi-bbu total: 30, 59', [30, 59], 89);
for (const [label, a, b, c, d, or, lo, hi, h] of [
  ['umur', 8, 5, 22, 54, 3.927, 1.157, 13.334, 0.0005],
  ['anak (1–2 vs >2)', 8, 12, 22, 47, 1.424, 0.51, 3.981, 0.0005],
  ['pekerjaan (bekerja vs tidak)', 8, 10, 22, 49, 1.782, 0.619, 5.128, 0.0005],
  ['pendidikan', 28, 34, 2, 25, 10.294, 2.241, 47.287, 0.0005],
  ['pengetahuan', 8, 1, 22, 58, 21.091, 2.491, 178.545, 0.0005],
  ['riwayat', 14, 22, 16, 37, 1.472, 0.604, 3.585, 0.0005],
] as [string, number, number, number, number, number, number, number, number][]) {
  show(`gizi-bbu ${label}: Woolf OR, CI; χ², p, Yates χ², p; Fisher p`, [
    ...woolf(a, b, c, d),
    ...chi2x2(a, b, c, d),
    fisher2(a, b, c, d),
  ]);
  show(`gizi-bbu ${label} ${or} (${lo}–${hi})`, ratioCheck(or, lo, hi, h));
}

shares('sepatan pendidikan tinggi: 10, 14', [10, 14], 24);
shares('sepatan pendidikan rendah: 36, 47', [36, 47], 83);
shares('sepatan total: 46, 61', [46, 61], 107);
show('sepatan pendidikan: Woolf OR, CI of 36·14/(47·10); χ², p, Yates; Fisher', [
  ...woolf(36, 47, 10, 14),
  ...chi2x2(36, 47, 10, 14),
  fisher2(36, 47, 10, 14),
]);
show('sepatan 1.072 (0.427–2.692)', ratioCheck(1.072, 0.427, 2.692, 0.0005));
shares('sepatan tidak bekerja: 40, 56', [40, 56], 96);
shares('sepatan bekerja: 6, 5', [6, 5], 11);
show('sepatan pekerjaan: Woolf OR, CI of 40·5/(56·6); χ², p, Yates; Fisher', [
  ...woolf(40, 56, 6, 5),
  ...chi2x2(40, 56, 6, 5),
  fisher2(40, 56, 6, 5),
]);
show('sepatan 0.595 (0.170–2.086)', ratioCheck(0.595, 0.17, 2.086, 0.0005));

shares('denai usia: 12, 21, 29, 37', [12, 21, 29, 37], 99);
shares('denai jenis kelamin: 43, 56', [43, 56], 99);

{
  const a = [56, 58, 51, 58, 60, 63, 54, 60, 70, 65];
  const b = [85, 80, 85, 70, 75, 85, 85, 90, 85, 88];
  const all = [...a, ...b].sort((x, y) => x - y);
  const rank = (v: number) => {
    const first = all.indexOf(v);
    const last = all.lastIndexOf(v);
    return (first + last) / 2 + 1;
  };
  const ra = a.reduce((s, v) => s + rank(v), 0);
  const n1 = 10;
  const n2 = 10;
  const u = ra - (n1 * (n1 + 1)) / 2;
  const counts = new Map<number, number>();
  for (const v of all) counts.set(v, (counts.get(v) ?? 0) + 1);
  const tieSum = [...counts.values()].reduce((s, t) => s + t ** 3 - t, 0);
  const n = n1 + n2;
  const sd = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieSum / (n * (n - 1))));
  const z = (u - (n1 * n2) / 2) / sd;
  show('mann-whitney kelas A/B: rank sum A, mean rank A, B; U; z (tie-corrected); p', [
    ra,
    ra / 10,
    (210 - ra) / 10,
    u,
    z,
    pZ(z),
  ]);
}
show('mann-whitney exact two-tailed p of U = 0 with n = 10, 10: 2 / C(20, 10)', [
  2 / Math.exp(jStat.gammaln(21) - 2 * jStat.gammaln(11)),
]);

show('emodul-spss paired: p of r = .964, n = 20; SE 11.45931/√20; t = −10.5/2.56238; p (df 19)', [
  pR(0.964, 20),
  11.45931 / Math.sqrt(20),
  -10.5 / 2.56238,
  pT(4.098, 19),
]);
show('emodul-spss paired: 95% CI −10.5 ± t(19)·2.56238', [-10.5 - tCrit(19) * 2.56238, -10.5 + tCrit(19) * 2.56238]);

show('regresi-x1-y: t = 55.979/2.010, −.217/.447; p of t(57) = 27.857, −.485', [
  55.979 / 2.01,
  -0.217 / 0.447,
  pT(27.857, 57),
  pT(0.485, 57),
]);
show('regresi-x1-y: 95% CI B ± t(57)·SE for 55.979 (2.010) and −.217 (.447); R² of R = .064', [
  55.979 - tCrit(57) * 2.01,
  55.979 + tCrit(57) * 2.01,
  -0.217 - tCrit(57) * 0.447,
  -0.217 + tCrit(57) * 0.447,
  0.064 ** 2,
]);
show('regresi-x1-y: one-tailed t(57) at .05 (the t tabel 1.672)', [tCrit(57, 0.95)]);

show('keterampilan-berbicara: SE = SD/√n for 11.55, 11.565 (26); 9.709, 10.173 (27)', [
  11.55 / Math.sqrt(26),
  11.565 / Math.sqrt(26),
  9.709 / Math.sqrt(27),
  10.173 / Math.sqrt(27),
]);
show('keterampilan-berbicara: Sum/N 1678/26, 1939/26, 2078/27, 2439/27', [1678 / 26, 1939 / 26, 2078 / 27, 2439 / 27]);
show('keterampilan-berbicara: Bhatia–Davis bounds √((M−min)(max−M)) ', [
  Math.sqrt((64.53 - 50) * (89 - 64.53)),
  Math.sqrt((74.57 - 50) * (100 - 74.57)),
  Math.sqrt((76.95 - 61) * (89 - 76.95)),
  Math.sqrt((90.33 - 61) * (100 - 90.33)),
]);

shares('bblr umur <20/>35: 11, 11', [11, 11], 22);
shares('bblr umur 20–35: 22, 62', [22, 62], 84);
show('bblr umur: PR (11/22)/(22/84); χ², p, Yates; Fisher', [
  11 / 22 / (22 / 84),
  ...chi2x2(11, 11, 22, 62),
  fisher2(11, 11, 22, 62),
]);
shares('bblr pendidikan rendah: 4, 2', [4, 2], 6);
shares('bblr pendidikan tinggi: 29, 71', [29, 71], 100);
show('bblr pendidikan: PR (4/6)/(29/100); χ², p, Yates; Fisher', [
  4 / 6 / (29 / 100),
  ...chi2x2(4, 2, 29, 71),
  fisher2(4, 2, 29, 71),
]);

/** Risk (prevalence) ratio (a/(a+b)) / (c/(c+d)) with its log-method 95% interval. */
const riskRatio = (a: number, b: number, c: number, d: number) => {
  const rr = a / (a + b) / (c / (c + d));
  const se = Math.sqrt(1 / a - 1 / (a + b) + 1 / c - 1 / (c + d));
  return [rr, Math.exp(Math.log(rr) - 1.959964 * se), Math.exp(Math.log(rr) + 1.959964 * se)];
};
shares('gunungpati peran rendah: 31, 2', [31, 2], 33);
shares('gunungpati peran tinggi: 14, 37', [14, 37], 51);
show('gunungpati peran: PR and CI; χ², p, Yates', [...riskRatio(31, 2, 14, 37), ...chi2x2(31, 2, 14, 37)]);
show('gunungpati PR 3,422 (2,172–5,391)', ratioCheck(3.422, 2.172, 5.391, 0.0005));
show('gunungpati PR 3,256 (2,063–5,141)', ratioCheck(3.256, 2.063, 5.141, 0.0005));

show('airmadidi: p of r = −.213, n = 127; 84,3 % and 65,4 % of 127 as counts', [
  pR(-0.213, 127),
  0.843 * 127,
  0.654 * 127,
  pct(107, 127),
  pct(83, 127),
]);

show('uang-saku kruskal-wallis: p of χ²(2) = 7.320', [pChi(7.32, 2)]);

{
  const gizi = [
    25.3, 33.1, 24.3, 20.9, 27.3, 21.7, 22.3, 23.4, 18.6, 19.2, 25.7, 22.4, 28.8, 29.2, 30.5, 25.0, 27.0, 20.0, 24.4,
    26.5, 19.0, 27.6, 32.9, 25.4, 26.6, 20.3,
  ];
  const bbl = [
    2750, 2950, 2950, 2600, 2700, 2800, 2400, 2500, 2900, 2650, 2300, 2550, 3450, 3250, 3100, 2400, 3000, 2450, 2600,
    2850, 2950, 3400, 3500, 2700, 2900, 2350,
  ];
  const r = corr(gizi, bbl);
  show('pearson gizi-bumil/bbl (26 pairs): r, two-tailed p, one-tailed p', [
    r,
    pR(r, 26),
    pR(r, 26) / 2,
    pR(0.597, 26),
  ]);
}

show('modul-spss insentif: SE = SD/√n for 7,61 (147), 13,07 (103); √variance 57,873, 170,857', [
  7.61 / Math.sqrt(147),
  13.07 / Math.sqrt(103),
  Math.sqrt(57.873),
  Math.sqrt(170.857),
]);
show('modul-spss insentif: 95% CI of the mean, M ± t(n−1)·SE', [
  20.9 - tCrit(146) * (7.61 / Math.sqrt(147)),
  20.9 + tCrit(146) * (7.61 / Math.sqrt(147)),
  71.03 - tCrit(102) * (13.07 / Math.sqrt(103)),
  71.03 + tCrit(102) * (13.07 / Math.sqrt(103)),
]);
show('modul-spss insentif: Bhatia–Davis bounds', [
  Math.sqrt((20.9 - 2) * (39 - 20.9)),
  Math.sqrt((71.03 - 46) * (100 - 71.03)),
]);

show('anova kekerasan: F = MS ratio 0.081/0.003 and its range from the rounding; p of F(3, 20) at the smallest', [
  0.081 / 0.003,
  0.0805 / 0.0035,
  0.0815 / 0.0025,
  pF(0.0805 / 0.0035, 3, 20),
]);

{
  const uts = [78, 75, 70, 79, 72, 76, 71, 72, 72];
  const uas = [72, 72, 72, 75, 70, 75, 72, 75, 71];
  const d = uts.map((u, i) => u - uas[i]!);
  const abs = d.map(Math.abs).sort((a, b) => a - b);
  const rank = (v: number) => (abs.indexOf(v) + abs.lastIndexOf(v)) / 2 + 1;
  const tPlus = d.filter((x) => x > 0).reduce((s, x) => s + rank(x), 0);
  const tMinus = d.filter((x) => x < 0).reduce((s, x) => s + rank(-x), 0);
  // exact null distribution of T+ for n = 9 (no ties), for reference
  const counts = new Array(46).fill(0);
  for (let m = 0; m < 512; m++) {
    let s = 0;
    for (let k = 0; k < 9; k++) if (m & (1 << k)) s += k + 1;
    counts[s]++;
  }
  const le = (t: number) => counts.slice(0, t + 1).reduce((a: number, b: number) => a + b, 0) / 512;
  show('wilcoxon uts/uas: differences; T+, T− with mid-ranks; exact P(T ≤ 6), P(T ≤ 11), P(T ≤ 13) for n = 9', [
    d.join(' '),
    tPlus,
    tMinus,
    le(6),
    le(11),
    le(13),
  ]);
}

show('wilcoxon pre/post gizi: z = (0 − 30·31/4)/√(30·31·61/24); its one- and two-tailed p', [
  (0 - (30 * 31) / 4) / Math.sqrt((30 * 31 * 61) / 24),
  Math.sqrt((30 * 31 * 61) / 24),
  pZ(4.78) / 2,
  pZ(4.78),
]);

shares('kupedes berastagi jenis kelamin: 60, 29', [60, 29], 89);
shares('kupedes berastagi pendidikan: 10, 16, 54, 4, 5', [10, 16, 54, 4, 5], 89);
shares('kartu kredit bca usia: 16, 18, 22, 20, 12', [16, 18, 22, 20, 12], 88);
shares('kartu kredit bca pengeluaran: 22, 37, 21, 7, 1', [22, 37, 21, 7, 1], 88);
show('uji-f selada merah: p of F(3, 16) = 14.542; critical F(3, 16) at .05', [
  pF(14.542, 3, 16),
  jStat.centralF.inv(0.95, 3, 16),
]);

console.log('— fresh4-en.yaml —');
shares(
  'tka control (n = 253): 135, 16, 102, 124, 53, 56, 61, 111, 170',
  [135, 16, 102, 124, 53, 56, 61, 111, 170],
  253,
);
shares(
  'tka intervention (n = 240): 131, 19, 90, 118, 50, 48, 69, 112, 164',
  [131, 19, 90, 118, 50, 48, 69, 112, 164],
  240,
);
show('tka: 164 of 238, 239; 125/.54 and 109/.49 (implied denominators)', [
  pct(164, 238),
  pct(164, 239),
  125 / 0.54,
  109 / 0.49,
]);
show(
  'tka recruitment site: χ² (3×2) and p',
  chi2rc([
    [135, 131],
    [16, 19],
    [102, 90],
  ]),
);
for (const [label, a, c] of [
  ['men', 124, 118],
  ['less than high school', 53, 50],
  ['working', 56, 48],
  ['married', 61, 69],
  ['living alone', 111, 112],
  ['willing to undergo TKA', 170, 164],
] as [string, number, number][])
  show(`tka ${label}: χ², p, Yates χ², p (of 253 and 240)`, chi2x2(a, 253 - a, c, 240 - c));
for (const [label, m1, s1, m2, s2] of [
  ['age', 61.14, 7.86, 62.02, 8.09],
  ['WOMAC', 59.51, 13.21, 58.69, 14.16],
  ['ASE pain', 25.31, 10.28, 26.43, 10.19],
  ['ASE function', 52.21, 18.25, 55.28, 17.99],
  ['Charlson', 3.33, 2.22, 3.07, 2.05],
  ['SF-12 PCS', 31.0, 9.79, 32.58, 9.79],
  ['SF-12 MCS', 45.96, 8.99, 46.19, 8.47],
] as [string, number, number, number, number][])
  show(`tka ${label} (253 vs 240)`, tSummary(m1, s1, 253, m2, s2, 240));
/** Range of the pooled-t p over the rounding intervals (± h) of two printed means and SDs. */
const tRange = (m1: number, s1: number, n1: number, m2: number, s2: number, n2: number, h: number) => {
  const ps: number[] = [];
  for (const a of [m1 - h, m1 + h])
    for (const b of [m2 - h, m2 + h])
      for (const sa of [s1 - h, s1 + h])
        for (const sb of [s2 - h, s2 + h]) {
          const sp = Math.sqrt(((n1 - 1) * sa ** 2 + (n2 - 1) * sb ** 2) / (n1 + n2 - 2));
          ps.push(pT((a - b) / (sp * Math.sqrt(1 / n1 + 1 / n2)), n1 + n2 - 2));
        }
  return `p ${g(Math.min(...ps))}–${g(Math.max(...ps))}`;
};
for (const [label, m1, s1, m2, s2] of [
  ['age', 61.14, 7.86, 62.02, 8.09],
  ['WOMAC', 59.51, 13.21, 58.69, 14.16],
  ['ASE pain', 25.31, 10.28, 26.43, 10.19],
  ['Charlson', 3.33, 2.22, 3.07, 2.05],
  ['SF-12 PCS', 31.0, 9.79, 32.58, 9.79],
  ['SF-12 MCS', 45.96, 8.99, 46.19, 8.47],
] as [string, number, number, number, number][]) {
  show(`tka ${label}: p over the rounding, n 253/240 and 251/238`, [
    tRange(m1, s1, 253, m2, s2, 240, 0.005),
    tRange(m1, s1, 251, m2, s2, 238, 0.005),
  ]);
}
show('tka SF-12 PCS: n per group for which p = .085 (equal loss)', [
  (() => {
    for (let k = 0; k < 120; k++) {
      const n1 = 253 - k;
      const n2 = 240 - k;
      const sp = 9.79;
      if (pT(1.58 / (sp * Math.sqrt(1 / n1 + 1 / n2)), n1 + n2 - 2) >= 0.0845) return `${n1}/${n2}`;
    }
    return 'none';
  })(),
]);

shares('interviewed (n = 43): race 10, 2, 3, 28; language 41, 1, 1', [10, 2, 3, 28, 41, 1, 1], 43);
shares('interviewed (n = 43): education 1, 0, 11, 9, 6, 16; SES 32, 11', [1, 0, 11, 9, 6, 16, 32, 11], 43);
shares('declined (n = 33): race 8, 9, 1, 15; language 24, 8, 1', [8, 9, 1, 15, 24, 8, 1], 33);
shares('declined (n = 33): education 3, 6, 6, 5, 6, 7; SES 15, 18', [3, 6, 6, 5, 6, 7, 15, 18], 33);
show('interview age 56.6 (12.0) vs 62.4 (13.7), n 43/33', [
  ...tSummary(56.6, 12.0, 43, 62.4, 13.7, 33),
  tRange(56.6, 12.0, 43, 62.4, 13.7, 33, 0.05),
]);
show(
  'interview race χ² (4×2)',
  chi2rc([
    [10, 8],
    [2, 9],
    [3, 1],
    [28, 15],
  ]),
);
show(
  'interview language χ² (3×2)',
  chi2rc([
    [41, 24],
    [1, 8],
    [1, 1],
  ]),
);
show(
  'interview education χ² (6×2)',
  chi2rc([
    [1, 3],
    [0, 6],
    [11, 6],
    [9, 5],
    [6, 6],
    [16, 7],
  ]),
);
show('interview SES: χ², p, Yates, Fisher', [...chi2x2(32, 15, 11, 18), fisher2(32, 15, 11, 18)]);

{
  const se = 93.4 / Math.sqrt(114);
  show(
    'ecu sat: SE 93.4/√114; t = (534.78 − 516)/SE and (532 − 516)/SE; p two-tailed of 2.147, 1.83; one-tailed 1.83',
    [se, (534.78 - 516) / se, (532 - 516) / se, pT(2.147, 113), pT(1.83, 113), pT(1.83, 113) / 2],
  );
  show('ecu sat: 95% CI 534.78 ± t·SE; 532 ± t·SE; 90% CI 532 ± t(.95)·SE', [
    534.78 - tCrit(113) * se,
    534.78 + tCrit(113) * se,
    532 - tCrit(113) * se,
    532 + tCrit(113) * se,
    532 - tCrit(113, 0.95) * se,
    532 + tCrit(113, 0.95) * se,
  ]);
}
show('issuhub writing courses: p of F(2, 102) = 7.34 and F(2, 98) = 5.40', [pF(7.34, 2, 102), pF(5.4, 2, 98)]);
{
  const rows: [number, number][] = [
    [4.0, 0.87],
    [4.5, 0.78],
    [4.2, 0.81],
    [3.6, 1.0],
    [3.9, 0.92],
    [3.7, 1.0],
    [3.5, 0.97],
    [3.8, 1.1],
    [3.3, 1.2],
    [3.7, 0.92],
    [4.5, 0.78],
    [4.2, 0.98],
    [3.1, 1.1],
    [3.8, 0.87],
    [3.8, 1.1],
  ];
  show(
    'issuhub Table 8.8: SD / Bhatia–Davis bound √((M−1)(5−M)) on the 1–5 scale (all < 1?)',
    rows.map(([m, s]) => (s / Math.sqrt((m - 1) * (5 - m))).toFixed(2)),
  );
}

/** Range of the p of Pearson's r over its rounding interval (± h). */
const rRange = (r: number, df: number, h: number) => {
  const ps = [Math.abs(r) - h, Math.abs(r) + h].map((x) => pR(x, df + 2));
  return `p ${g(Math.min(...ps))}–${g(Math.max(...ps))}`;
};
for (const [r, df] of [
  [0.67, 78],
  [-0.42, 98],
  [-0.08, 55],
  [0.82, 78],
  [-0.18, 45],
  [0.39, 66],
  [0.45, 78],
] as [number, number][])
  show(`apa-r example r(${df}) = ${r}`, [pR(r, df + 2), rRange(r, df, 0.005)]);

{
  /** Geometric-centre range of [lo, hi] printed with half-units hl, hh. */
  const centre = (lo: number, hi: number, hl: number, hh: number) =>
    `${g(Math.sqrt(Math.max(lo - hl, 0) * (hi - hh)))}–${g(Math.sqrt((lo + hl) * (hi + hh)))}`;
  const rows: [string, number, number, number, number, number][] = [
    ['Age uni 1.0 (1.0–1.0)', 1.0, 1.0, 1.0, 0.05, 0.05],
    ['Age multi 1.0 (0.9–1.0)', 1.0, 0.9, 1.0, 0.05, 0.05],
    ['BMI uni 1.0 (0.9–1.0)', 1.0, 0.9, 1.0, 0.05, 0.05],
    ['BMI multi 0.9 (0.8–1.0)', 0.9, 0.8, 1.0, 0.05, 0.05],
    ['SBP uni 1.0 (1.0–1.07)', 1.0, 1.0, 1.07, 0.05, 0.005],
    ['SBP multi 0.9 (0.9–1.0)', 0.9, 0.9, 1.0, 0.05, 0.05],
    ['DBP uni 1.0 (1.0–1.1)', 1.0, 1.0, 1.1, 0.05, 0.05],
    ['DBP multi 1.0 (0.9–1.1)', 1.0, 0.9, 1.1, 0.05, 0.05],
    ['HT medication uni 7.7 (2.4–24.)', 7.7, 2.4, 24, 0.05, 0.5],
    ['HT medication multi 1.9 (0.3–9.9)', 1.9, 0.3, 9.9, 0.05, 0.05],
    ['HT uni 4.4 (2.0–9.8)', 4.4, 2.0, 9.8, 0.05, 0.05],
    ['HT multi 2.5 (0.5–11.)', 2.5, 0.5, 11, 0.05, 0.5],
    ['Cholesterol uni 1.0 (0.9–1.0)', 1.0, 0.9, 1.0, 0.05, 0.05],
    ['Cholesterol multi 0.9 (0.9–1.0)', 0.9, 0.9, 1.0, 0.05, 0.05],
    ['TG uni 1.0 (0.9–1.0)', 1.0, 0.9, 1.0, 0.05, 0.05],
    ['TG multi 1.0 (0.9–1.0)', 1.0, 0.9, 1.0, 0.05, 0.05],
    ['HDL uni 1.0 (0.9–1.0)', 1.0, 0.9, 1.0, 0.05, 0.05],
    ['HDL multi 1.0 (0.9–1.1)', 1.0, 0.9, 1.1, 0.05, 0.05],
    ['LDL uni 1.0 (0.9–1.0)', 1.0, 0.9, 1.0, 0.05, 0.05],
    ['LDL multi 1.0 (0.9–1.0)', 1.0, 0.9, 1.0, 0.05, 0.05],
    ['Smoker uni 1.2 (0.4–3.2)', 1.2, 0.4, 3.2, 0.05, 0.05],
    ['Smoker multi 0.7 (0.2–2.4)', 0.7, 0.2, 2.4, 0.05, 0.05],
    ['DM uni 1.8 (0.8–4.1)', 1.8, 0.8, 4.1, 0.05, 0.05],
    ['DM multi 1.1 (0.4–3.0)', 1.1, 0.4, 3.0, 0.05, 0.05],
    ['FRS uni 1.0 (0.9–1.0)', 1.0, 0.9, 1.0, 0.05, 0.05],
    ['FRS multi 1.0 (0.9–1.0)', 1.0, 0.9, 1.0, 0.05, 0.05],
    ['DMARDS uni 1.1 (0.5–2.3)', 1.1, 0.5, 2.3, 0.05, 0.05],
    ['DMARDS multi 1.1 (0.4–2.7)', 1.1, 0.4, 2.7, 0.05, 0.05],
    ['Hakeem uni 1.2 (0.6–2.6)', 1.2, 0.6, 2.6, 0.05, 0.05],
    ['Hakeem multi 1.0 (0.4–2.4)', 1.0, 0.4, 2.4, 0.05, 0.05],
    ['Family CHD uni 1.4 (0.6–3.4)', 1.4, 0.6, 3.4, 0.05, 0.05],
    ['Family CHD multi 0.7 (0.2–2.3)', 0.7, 0.2, 2.3, 0.05, 0.05],
  ];
  for (const [label, or, lo, hi, hl, hh] of rows)
    show(`spa OR ${label}: estimate ${or} ± .05 against the centre range`, [centre(lo, hi, hl, hh)]);
}

{
  const iq = [93, 101, 105, 85, 95, 96, 81, 75, 102, 95];
  const m = mean(iq);
  const s = sd(iq);
  const se = s / Math.sqrt(10);
  show('docest IQ: mean, SD, SE; t vs 100; p (df 9); 95% CI of the difference', [
    m,
    s,
    se,
    (m - 100) / se,
    pT((m - 100) / se, 9),
    m - 100 - tCrit(9) * se,
    m - 100 + tCrit(9) * se,
  ]);
}
{
  const sp = Math.sqrt((8 * 9.57 ** 2 + 8 * 8.85 ** 2) / 16);
  const se = sp * Math.sqrt(2 / 9);
  show('docest geography: pooled t, p (df 16), 95% CI of the difference', [
    (83.33 - 84.89) / se,
    pT((83.33 - 84.89) / se, 16),
    83.33 - 84.89 - tCrit(16) * se,
    83.33 - 84.89 + tCrit(16) * se,
  ]);
}
for (const [label, m1, s1, n1, m2, s2, n2] of [
  ['SAT-Verbal', 463.81, 98.89, 45, 532.21, 101.23, 44],
  ['SAT-Math', 515.43, 99.56, 44, 483.31, 98.97, 44],
] as [string, number, number, number, number, number, number][]) {
  const df = n1 + n2 - 2;
  const sp = Math.sqrt(((n1 - 1) * s1 ** 2 + (n2 - 1) * s2 ** 2) / df);
  const se = sp * Math.sqrt(1 / n1 + 1 / n2);
  show(`docest ${label}: pooled t, df, p, 95% CI of the difference`, [
    (m1 - m2) / se,
    df,
    pT((m1 - m2) / se, df),
    m1 - m2 - tCrit(df) * se,
    m1 - m2 + tCrit(df) * se,
  ]);
}

show('reporting-t sugar: pooled t of 4.2 (1.3) vs 2.2 (0.84), n 5 and 5; p of t(8) = 2.89', [
  (4.2 - 2.2) / (Math.sqrt((1.3 ** 2 + 0.84 ** 2) / 2) * Math.sqrt(2 / 5)),
  pT(2.89, 8),
]);
show('reporting-t caffeine: p of t(4) = 5.66; t(49) = 9.870; gain 69.65 − 53.48', [
  pT(5.66, 4),
  pT(9.87, 49),
  69.65 - 53.48,
]);

shares('ckd psm pre controls: 16 313, 15 555', [16313, 15555], 31868);
shares('ckd psm cases: 15, 11', [15, 11], 26);
shares('ckd psm post controls: 144, 116', [144, 116], 260);
show('ckd psm sex pre: χ², p, Yates; Fisher', [...chi2x2(16313, 15, 15555, 11), fisher2(16313, 15, 15555, 11)]);
show('ckd psm sex post: χ², p, Yates; Fisher', [...chi2x2(144, 15, 116, 11), fisher2(144, 15, 116, 11)]);

{
  const preK = [10, 20, 10, 20, 30, 20, 30, 30, 40, 30, 20, 30, 20, 30, 10, 20, 20, 30, 30, 10, 20, 30, 10, 20];
  const postK = [40, 30, 30, 30, 40, 30, 40, 40, 50, 40, 30, 40, 40, 50, 20, 30, 40, 50, 50, 30, 40, 50, 40, 30];
  const preE = [40, 20, 10, 20, 10, 10, 30, 30, 50, 30, 20, 30, 50, 40, 10, 40, 20, 30, 40, 50, 40, 50, 20, 30];
  const postE = [90, 70, 70, 70, 90, 70, 60, 80, 90, 80, 70, 80, 90, 90, 70, 80, 70, 80, 90, 80, 90, 90, 70, 70];
  const sum = (x: number[]) => x.reduce((a, b) => a + b, 0);
  show('data-uas: column sums and means (24 each)', [
    sum(preK),
    sum(postK),
    sum(preE),
    sum(postE),
    mean(preK),
    mean(postK),
    mean(preE),
    mean(postE),
  ]);
  // Levene (based on mean) for the four groups: one-way ANOVA on |x − group mean|
  const groups = [preK, postK, preE, postE];
  const dev = groups.map((x) => x.map((v) => Math.abs(v - mean(x))));
  const anovaF = (gs: number[][]) => {
    const all = gs.flat();
    const grand = mean(all);
    const ssb = gs.reduce((a, x) => a + x.length * (mean(x) - grand) ** 2, 0);
    const ssw = gs.reduce((a, x) => a + x.reduce((s, v) => s + (v - mean(x)) ** 2, 0), 0);
    const df1 = gs.length - 1;
    const df2 = all.length - gs.length;
    return [ssb / df1 / (ssw / df2), df1, df2];
  };
  const [lf, l1, l2] = anovaF(dev) as [number, number, number];
  show('data-uas: Levene (mean) F, df, p from the data; p of the printed 2.686, 2.721, 2.721 (81.982), 2.698', [
    lf,
    l1,
    l2,
    pF(lf, l1, l2),
    pF(2.686, 3, 92),
    pF(2.721, 3, 92),
    pF(2.721, 3, 81.982),
    pF(2.698, 3, 92),
  ]);
  // Which pair gives mean difference −15.41667? pre-control vs post-control.
  const se = Math.sqrt(sd(preK) ** 2 / 24 + sd(postK) ** 2 / 24);
  const [lev2] = anovaF([preK, postK].map((x) => x.map((v) => Math.abs(v - mean(x))))) as [number];
  show(
    'data-uas pre- vs post-control: difference, SE, t, p (df 46), 95% CI; Levene F and p (1, 46); p of the printed .057',
    [
      mean(preK) - mean(postK),
      se,
      (mean(preK) - mean(postK)) / se,
      pT((mean(preK) - mean(postK)) / se, 46),
      mean(preK) - mean(postK) - tCrit(46) * se,
      mean(preK) - mean(postK) + tCrit(46) * se,
      lev2,
      pF(lev2, 1, 46),
      pF(0.057, 1, 46),
    ],
  );
  show('data-uas: t(24) and t(46) two-tailed .05 critical values (the t tabel 2,064)', [tCrit(24), tCrit(46)]);
}
show('korelasi contoh: r from the sums; its p with n = 22; r tabel (n = 22, 5 %)', [
  (22 * 33958 - 884 * 832) / Math.sqrt((22 * 36696 - 884 ** 2) * (22 * 32364 - 832 ** 2)),
  pR(0.512, 22),
  (() => {
    const t = tCrit(20);
    return t / Math.sqrt(20 + t * t);
  })(),
]);

show('jov face morphing: p of F(1, 23) = 4.8, 7.49, 0.144; 4.8 over its rounding (4.75–4.85)', [
  pF(4.8, 1, 23),
  pF(7.49, 1, 23),
  pF(0.144, 1, 23),
  pF(4.75, 1, 23),
  pF(4.85, 1, 23),
]);
show('volunteer: p of χ²(2) = 6.98 and χ²(1) = 5.16; 13/19', [pChi(6.98, 2), pChi(5.16, 1), pct(13, 19)]);
show('volunteer table 2: expected counts 12·9/32, 12·23/32, 20·9/32, 20·23/32; χ², p, Yates; Fisher', [
  (12 * 9) / 32,
  (12 * 23) / 32,
  (20 * 9) / 32,
  (20 * 23) / 32,
  ...chi2x2(3, 9, 6, 14),
  fisher2(3, 9, 6, 14),
]);
show('volunteer table 1 (as read: yes 6, 13, no 13, 6 and a control column): χ² of confederate-no vs control', [
  ...chi2x2(6, 13, 13, 6),
]);
show('jov: p of F(1, 23) at 0.1435, 0.144, 0.1445', [
  pF(0.1435, 1, 23).toFixed(5),
  pF(0.144, 1, 23).toFixed(5),
  pF(0.1445, 1, 23).toFixed(5),
]);
