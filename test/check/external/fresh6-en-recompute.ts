/**
 * The independent recomputation behind the hand annotation of the sixth held-out English
 * corpus, fresh6-en.yaml: jStat directly (not naskah's src/stats), so that the annotation does
 * not inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh6-en-recompute.ts
 */
import { g, pChi, pct, pF, pT, pZ, show, woolf } from './recompute-helpers.ts';

/** Half a unit in the last printed digit of a number as printed ("24." and "2" count too). */
const half = (printed: string) => {
  const d = printed.includes('.') ? printed.split('.')[1]!.length : 0;
  return 0.5 * 10 ** -d;
};
/**
 * A ratio printed as "est (lo, hi)" (any separator): the geometric centre of the interval over
 * the rounding of its bounds, whether it meets the rounding interval of the estimate, and the
 * two-sided Wald p over the rounding of all three printed values.
 */
const ratio = (printed: string) => {
  const [e, l, u] = printed.match(/\d*\.?\d+\.?/g)!.map((s) => s.replace(/\.$/, ''));
  const est = Number(e);
  const lo = Number(l);
  const hi = Number(u);
  const h = half(e!);
  const hl = half(l!);
  const hu = half(u!);
  const c0 = Math.sqrt(Math.max(lo - hl, 1e-9) * (hi - hu));
  const c1 = Math.sqrt((lo + hl) * (hi + hu));
  const fits = c1 >= est - h && c0 <= est + h;
  const ps: number[] = [];
  for (const x of [est - h, est + h])
    for (const a of [Math.max(lo - hl, 1e-9), lo + hl])
      for (const b of [hi - hu, hi + hu]) {
        const se = (Math.log(b) - Math.log(a)) / (2 * 1.959964);
        if (x > 0) ps.push(pZ(Math.log(x) / se));
      }
  return `${printed}: centre ${g(c0)}–${g(c1)} ${fits ? 'fits' : 'MISSES'}, p ${g(Math.min(...ps))}–${g(Math.max(...ps))}`;
};
const ratios = (label: string, list: string[]) => {
  console.log(`${label}:`);
  for (const r of list) console.log(`  ${ratio(r)}`);
};
/** p of F over the rounding interval of the printed value. */
const pFRange = (printed: string, d1: number, d2: number) => {
  const f = Number(printed);
  const h = half(printed);
  return [pF(f + h, d1, d2), pF(f, d1, d2), pF(Math.max(0, f - h), d1, d2)];
};
const pTRange = (printed: string, df: number) => {
  const t = Math.abs(Number(printed));
  const h = half(printed);
  return [pT(t + h, df), pT(t, df), pT(Math.max(0, t - h), df)];
};
/** p of χ² over the rounding interval of the printed value. */
const pChiRange = (printed: string, df: number) => {
  const x = Number(printed);
  const h = half(printed);
  return [pChi(x + h, df), pChi(x, df), pChi(Math.max(0, x - h), df)];
};
const shares = (total: number, counts: number[]) => counts.map((c) => pct(c, total));

console.log('— fresh6-en.yaml —');

// curriculum-anova-results (scribd 539267022)
show('curriculum F(2,45) 5.010, 5.920, 5.919', [
  ...pFRange('5.010', 2, 45),
  ...pFRange('5.920', 2, 45),
  ...pFRange('5.919', 2, 45),
]);
show('curriculum MS/MS 87.854/17.535, 114.953/19.417, 549.093/109.589, 718.347/121.357', [
  87.854 / 17.535,
  114.953 / 19.417,
  549.093 / 109.589,
  718.347 / 121.357,
]);

// question-levels-anova (geocities, Daraghmah 1997), F(·, 102)
show('daraghmah A 0.184 (1,102); B 9.079 (2); AB 0.242 (2); C 6.158 (2)', [
  ...pFRange('0.184', 1, 102),
  ...pFRange('9.079', 2, 102),
  ...pFRange('0.242', 2, 102),
  ...pFRange('6.158', 2, 102),
]);
show('daraghmah AC 0.007 (2); BC 1.385 (4); ABC 0.85 (4)', [
  ...pFRange('0.007', 2, 102),
  ...pFRange('1.385', 4, 102),
  ...pFRange('0.85', 4, 102),
]);
show('daraghmah MS/0.297: .055, 2.695, .072, 1.828, .002, .411, .249', [
  0.055 / 0.297,
  2.695 / 0.297,
  0.072 / 0.297,
  1.828 / 0.297,
  0.002 / 0.297,
  0.411 / 0.297,
  0.249 / 0.297,
]);

// ethiopia-aor-models (PMC8760393 Table 2): Model 2 then Model 4 (with its p)
ratios('PMC8760393 table 2', [
  '0.66 (0.43–1.01)',
  '0.62 (0.40–0.95)',
  '1.30 (0.89–1.91)',
  '1.31 (0.89–1.93)',
  '1.71 (1.01–2.89)',
  '1.68 (0.99–2.83)',
  '3.29 (1.78–6.07)',
  '3.09 (1.67–5.71)',
  '1.01 (0.69–1.48)',
  '0.98 (0.67–1.43)',
  '1.87 (1.10–3.19)',
  '1.89 (1.10–3.23)',
  '2.15 (1.11–4.15)',
  '2.27 (1.17–4.40)',
  '2.72 (1.42–5.23)',
  '2.99 (1.54–5.79)',
  '3.58 (1.85–6.92)',
  '3.98 (2.04–7.76)',
  '6.97 (3.59–13.51)',
  '5.93 (2.69–13.08)',
  '1.61 (0.97–2.66)',
  '0.98 (0.98–1.65)',
  '1.17 (0.78–1.77)',
  '0.62 (0.39–0.98)',
]);

// stunting-or-ethiopia (tropmedhealth s41182-020-00252-5 Table 3): crude then adjusted
ratios('s41182-020-00252-5 table 3', [
  '1.84 (1.16, 2.91)',
  '1.69 (1.01, 2.83)',
  '1.56 (0.97, 2.49)',
  '1.66 (0.97, 2.85)',
  '1.94 (1.23, 3.08)',
  '1.80 (1.06, 3.06)',
  '1.57 (1.01, 2.47)',
  '1.52 (0.90, 2.55)',
  '0.82 (0.51, 1.32)',
  '0.91 (0.53, 1.55)',
  '1.24 (0.76, 2.03)',
  '1.19 (0.68, 2.08)',
  '2.08 (1.33, 3.26)',
  '2.04 (1.22, 3.42)',
  '1.93 (1.19, 3.14)',
  '2.05 (1.22, 3.42)',
  '1.46 (0.87, 2.44)',
  '1.46 (0.84, 2.54)',
  '1.63 (0.97, 2.75)',
  '1.70 (0.98, 2.94)',
  '1.21 (1.04, 1.42)',
  '1.05 (0.89, 1.25)',
  '0.99 (0.78, 1.25)',
  '0.84 (0.64, 1.11)',
  '0.89 (0.77, 1.05)',
  '1.05 (0.88, 1.24)',
  '0.71 (0.58, 0.87)',
  '0.86 (0.70, 1.06)',
  '1.17 (0.95, 1.13)',
  '1.11 (0.83, 1.49)',
  '2.66 (2.02, 3.52)',
  '2.66 (2.01, 3.52)',
  '2.53 (1.96, 3.26)',
  '2.45 (1.89, 3.17)',
  '1.61 (1.24, 2.10)',
  '1.53 (1.17, 2.01)',
  '1.05 (0.79, 1.38)',
  '1.01 (0.76, 1.34)',
  '0.50 (0.37, 0.67)',
  '0.49 (0.35, 0.66)',
  '0.84 (0.72, 0.97)',
  '0.86 (0.74, 1.01)',
  '0.68 (0.55, 0.82)',
  '0.76 (0.61, 0.94)',
  '1.18 (1.02, 1.35)',
  '1.19 (1.03, 1.38)',
  '1.15 (0.95, 1.41)',
  '1.07 (0.87, 1.33)',
  '1.05 (0.89, 1.23)',
  '1.08 (0.88, 1.33)',
  '1.04 (0.89, 1.21)',
  '1.06 (0.90, 1.25)',
]);

// hepatitis-kap-logistic (PMC12291264 Table 5): crude OR of "poor" from the counts (good, poor)
/** Crude OR of the second column (poor) against a reference row, Woolf interval and Wald p. */
const crude = (label: string, row: [number, number], ref: [number, number]) => {
  const [or, lo, hi] = woolf(row[1], row[0], ref[1], ref[0]);
  const se = Math.sqrt(1 / row[0] + 1 / row[1] + 1 / ref[0] + 1 / ref[1]);
  show(label, [or!, lo!, hi!, `p ${g(pZ(Math.log(or!) / se))}`]);
};
crude('K 18–25 vs >30', [79, 64], [76, 43]);
crude('K 26–30 vs >30', [53, 68], [76, 43]);
crude('K urban vs rural', [106, 116], [102, 59]);
crude('K elementary vs illiterate', [53, 30], [78, 22]);
crude('K high school vs illiterate', [73, 116], [78, 22]);
crude('K college vs illiterate', [4, 7], [78, 22]);
crude('K 1000–5000 vs <1000', [60, 55], [127, 82]);
crude('K >5000 vs <1000', [21, 38], [127, 82]);
crude('K admission yes vs no', [61, 73], [147, 102]);
crude('A 18–25 vs >30', [60, 83], [70, 49]);
crude('A 26–30 vs >30', [50, 71], [70, 49]);
crude('A 18–25 vs >30, good as outcome', [83, 60], [49, 70]);
crude('A urban vs rural', [80, 142], [100, 61]);
crude('A elementary vs illiterate', [44, 39], [66, 34]);
show('hepatitis N = 383: knowledge rows, attitude rows', [79 + 64 + 53 + 68 + 76 + 43, 60 + 83 + 50 + 71 + 70 + 49]);
ratios('PMC12291264 table 5', [
  '1.43(0.87–2.36)',
  '.89(.48-1.67)',
  '2.27(1.35–3.81)',
  '1.20(.63-2.260)',
  '1.89(1.249–2.86)',
  '1.28(.79-2.05)',
  '2(1.05–3.85)',
  '1.599(.781 − 3.24)',
  '5.63(3.23–9.83)',
  '5.24(2.83–9.74)',
  '6.2(1.66–23.14)',
  '5.25(1.29–12.30)',
  '1.42(.897 − 2.25)',
  '.63(.32-1.25)',
  '2.8(1.54–5.11)',
  '.56(.28-1.12)',
  '1.73(1.13–2.63)',
  '1.85(1.13–3.02)',
  '1.02(.63-1.68)',
  '1.23(.68-2.21)',
  '.506(.31-.83)',
  '1.19(.64-2.18)',
  '2.91(1.91–4.43)',
  '2.27(1.42–3.62)',
  '1.72(.93-(3.13)',
  '1.09(.56-2.12)',
]);

// hiv-seropositivity-edhs (bmcinfectdis s12879-020-05456-y Table 2)
show(
  'hiv frequency shares of 25,774: 8119, 16132, 1523, 12479, 13295, 6776, 6932, 3614, 3652, 4800',
  shares(25774, [8119, 16132, 1523, 12479, 13295, 6776, 6932, 3614, 3652, 4800]),
);
show(
  'hiv frequency shares of 25,774: 10293, 15481, 9536, 8055, 8183, 10130, 10547, 3310, 1787',
  shares(25774, [10293, 15481, 9536, 8055, 8183, 10130, 10547, 3310, 1787]),
);
show('hiv knowledge 9365 + 14061 and shares', [9365 + 14061, ...shares(9365 + 14061, [9365, 14061])]);
show('hiv positives 239 of 25774; row shares 24/8119, 135/16132, 80/1523, 74/12479, 165/13295', [
  pct(239, 25774),
  pct(24, 8119),
  pct(135, 16132),
  pct(80, 1523),
  pct(74, 12479),
  pct(165, 13295),
]);
show('hiv row shares 12/6776, 54/6932, 51/3614, 44/3652, 78/4800, 78/10293, 161/15481', [
  pct(12, 6776),
  pct(54, 6932),
  pct(51, 3614),
  pct(44, 3652),
  pct(78, 4800),
  pct(78, 10293),
  pct(161, 15481),
]);
show('hiv row shares 19/9536, 81/8055, 138/8183, 56/10130, 114/10547, 50/3310, 19/1787, 106/9365, 121/14061', [
  pct(19, 9536),
  pct(81, 8055),
  pct(138, 8183),
  pct(56, 10130),
  pct(114, 10547),
  pct(50, 3310),
  pct(19, 1787),
  pct(106, 9365),
  pct(121, 14061),
]);
show('hiv sums: marital, sex, first sex, work, age, education; positives by marital', [
  8119 + 16132 + 1523,
  12479 + 13295,
  6776 + 6932 + 3614 + 3652 + 4800,
  10293 + 15481,
  9536 + 8055 + 8183,
  10130 + 10547 + 3310 + 1787,
  24 + 135 + 80,
]);
ratios('s12879-020-05456-y table 2', [
  '3.93 (2.3,6.73)',
  '2.19 (1.11,4.31)',
  '48.55 (25.12,93.83)',
  '6.45 (3.06,13.59)',
  '2.46 (1.76,3.44)',
  '1.8 (1.19,2.72)',
  '8.95 (4.13,19.43)',
  '1.32 (0.52,3.38)',
  '18.51 (8.23,41.62)',
  '2.67 (1.05,6.8)',
  '9.91 (4.39,22.38)',
  '2.16 (0.83,5.63)',
  '11.43 (6.38,18.38)',
  '4.39 (1.70,11.34)',
  '1.41 (1.01,1.97)',
  '1.11 (0.76,1.61)',
  '8.1 (4.25,15.4)',
  '6.53 (3.67,11.75)',
  '16.8 (9.01,31.35)',
  '14.5 (7.73,27.35)',
  '1.9 (1.27,2.85)',
  '3.03 (1.92,4.79)',
  '3.37 (2.02,5.6)',
  '3.37 (1.92,5.92)',
  '1.83 (0.92,3.66)',
  '1 (0.5,2)',
  '0.76 (0.54, 1.05)',
]);

// money-priming-pilot (metaforiki-margaritis.esy.es copy of a published study)
show('money prime t(54) 2.09 → p (over rounding)', pTRange('2.09', 54));

// exam-perceptions-gender (PMC3706979 Table 6): Pearson χ² and Fisher's exact test of 2 × k
/** Pearson χ² of a 2 × k table: statistic, df, p. */
const chi2xk = (a: number[], b: number[]) => {
  const ra = a.reduce((s, x) => s + x, 0);
  const rb = b.reduce((s, x) => s + x, 0);
  const n = ra + rb;
  let x = 0;
  a.forEach((o, j) => {
    const col = o + b[j]!;
    const ea = (ra * col) / n;
    const eb = (rb * col) / n;
    x += (o - ea) ** 2 / ea + (b[j]! - eb) ** 2 / eb;
  });
  return [x, a.length - 1, pChi(x, a.length - 1)];
};
const lnFact = (n: number) => {
  let s = 0;
  for (let i = 2; i <= n; i++) s += Math.log(i);
  return s;
};
/** Fisher's exact p of a 2 × k table: every first row with the same margins, summed where no likelier than the observed. */
const fisher2xk = (a: number[], b: number[]) => {
  const cols = a.map((x, j) => x + b[j]!);
  const ra = a.reduce((s, x) => s + x, 0);
  const n = cols.reduce((s, x) => s + x, 0);
  const base = lnFact(ra) + lnFact(n - ra) - lnFact(n) + cols.reduce((s, c) => s + lnFact(c), 0);
  const lnP = (row: number[]) => base - row.reduce((s, x, j) => s + lnFact(x) + lnFact(cols[j]! - x), 0);
  const observed = lnP(a);
  let total = 0;
  const walk = (j: number, left: number, row: number[]) => {
    if (j === cols.length - 1) {
      if (left <= cols[j]!) {
        const lp = lnP([...row, left]);
        if (lp <= observed + 1e-7) total += Math.exp(lp);
      }
      return;
    }
    for (let x = 0; x <= Math.min(left, cols[j]!); x++) walk(j + 1, left - x, [...row, x]);
  };
  walk(0, ra, []);
  return total;
};
for (const [label, m, f] of [
  ['appeal too long', [2, 15, 7, 5], [14, 53, 41, 11]],
  ['not clearly stated', [2, 7, 20], [14, 43, 60]],
  ['do not cover content', [0, 3, 17, 9], [16, 13, 67, 23]],
  ['not kept safe', [2, 15, 8], [30, 53, 24]],
  ['leaked', [2, 0, 10, 17], [14, 16, 24, 65]],
  ['same questions', [2, 25, 2], [14, 89, 16]],
  ['multiple choice', [5, 11, 13], [27, 55, 37]],
  ['short answer', [7, 9, 11, 2], [25, 39, 39, 16]],
] as [string, number[], number[]][]) {
  show(`exam ${label}: χ², df, p; Fisher p`, [...chi2xk(m, f), fisher2xk(m, f)]);
}

// teacher-self-concept-regression (corpapers page 277): t with df n − k − 1
show('5th grade df 42: −1.317, 9.450, 3.042, 2.515, −4.141, 3.020', [
  pT(1.317, 42),
  pT(9.45, 42),
  pT(3.042, 42),
  pT(2.515, 42),
  pT(4.141, 42),
  pT(3.02, 42),
]);
show('5th grade B/SE: −.827/.628, .731/.077, .306/.101, .254/.101, −.391/.094, .432/.143', [
  -0.827 / 0.628,
  0.731 / 0.077,
  0.306 / 0.101,
  0.254 / 0.101,
  -0.391 / 0.094,
  0.432 / 0.143,
]);
show('8th grade df 35: 5.079, 6.340, 2.094, −2.300, −3.568, −2.891, 2.422', [
  pT(5.079, 35),
  pT(6.34, 35),
  pT(2.094, 35),
  pT(2.3, 35),
  pT(3.568, 35),
  pT(2.891, 35),
  pT(2.422, 35),
]);
show('F(5, 42) 28.858; F(6, 35) 26.404', [pF(28.858, 5, 42), pF(26.404, 6, 35)]);
show('R .907 → R², adjusted (n 48, k 5); R .924 → R², adjusted (n 42, k 6)', [
  0.907 ** 2,
  1 - ((1 - 0.907 ** 2) * 47) / 42,
  0.924 ** 2,
  1 - ((1 - 0.924 ** 2) * 41) / 35,
]);

// adolescent-mental-health-gender-age (PMC10049003 Table 1): n of N per group, χ² from counts
const groups = [477, 122, 17];
const ages = [439, 177];
for (const [label, counts, byAge] of [
  ['depression', [347, 55, 16], [292, 126]],
  ['anxiety', [279, 45, 12], [225, 111]],
  ['insomnia', [160, 25, 7], [126, 66]],
  ['high stress', [207, 27, 11], [177, 68]],
  ['disordered eating', [268, 39, 7], [230, 84]],
  ['alcohol abuse', [80, 26, 2], [71, 37]],
] as [string, number[], number[]][]) {
  show(`${label} shares of 477, 122, 17; 439, 177`, [
    ...counts.map((c, i) => pct(c, groups[i]!)),
    ...byAge.map((c, i) => pct(c, ages[i]!)),
  ]);
  show(`${label} χ² gender (df 2), χ² age (df 1) with N 616`, [
    ...chi2xk(
      counts,
      counts.map((c, i) => groups[i]! - c),
    ),
    ...chi2xk(
      byAge,
      byAge.map((c, i) => ages[i]! - c),
    ),
  ]);
}
show('p of χ²(2) 39.616, 20.106, 8.530, 22.877, 23.869, 1.889', [
  pChi(39.616, 2),
  pChi(20.106, 2),
  pChi(8.53, 2),
  pChi(22.877, 2),
  pChi(23.869, 2),
  pChi(1.889, 2),
]);
show('p of χ²(1) 1.262, 6.681, 4.335, 0.190, 1.307, 1.918', [
  pChi(1.262, 1),
  pChi(6.681, 1),
  pChi(4.335, 1),
  pChi(0.19, 1),
  pChi(1.307, 1),
  pChi(1.918, 1),
]);

// depression-anxiety-prevalence-sex (PMC3709104 Table 2): proportion CIs' centres, χ²(1) p
/** Midpoint of a printed interval over the rounding of its bounds. */
const midpoint = (lo: string, hi: string) => {
  const h = Math.max(half(lo), half(hi));
  return `${g((Number(lo) + Number(hi)) / 2 - h)}–${g((Number(lo) + Number(hi)) / 2 + h)}`;
};
for (const [label, cis] of [
  ['depression', ['6.0', '10.5', '10.4', '15.4', '9.1', '12.5']],
  ['anxiety', ['8.1', '13.2', '15.1', '20.7', '12.7', '16.6']],
  ['comorbid', ['3.8', '7.7', '8.1', '12.8', '6.8', '9.9']],
  ['any', ['10.4', '16.1', '17.4', '23.6', '15.1', '19.4']],
  ['major depression', ['1.9', '4.9', '4.8', '8.6', '4.0', '6.5']],
  ['GAD', ['4.6', '8.7', '8.3', '12.8', '7.3', '10.4']],
  ['comorbid MD and GAD', ['1.0', '3.5', '2.3', '5.3', '2.1', '4.1']],
  ['any (algorithm)', ['5.7', '10.3', '10.8', '16.0', '9.2', '12.7']],
] as [string, string[]][]) {
  show(`${label} male, female, total interval midpoints`, [
    midpoint(cis[0]!, cis[1]!),
    midpoint(cis[2]!, cis[3]!),
    midpoint(cis[4]!, cis[5]!),
  ]);
}
show('χ²(1) p: 6.8, 13.0, 8.8, 10.8 (and 10.75, 10.85), 6.82, 6.13, 2.4, 8.8', [
  pChi(6.8, 1),
  pChi(13.0, 1),
  pChi(8.8, 1),
  pChi(10.8, 1),
  pChi(10.75, 1),
  pChi(10.85, 1),
  pChi(6.82, 1),
  pChi(6.13, 1),
  pChi(2.4, 1),
]);

// covid-australia-sex-differences (omicsdi S-EPMC7688441 abstract): women 10 434, men 3328
show('women + men; of 13 829', [10434 + 3328, pct(10434 + 3328, 13829)]);
/** Wald 95% interval of a printed percentage p of n, over the rounding of p. */
const waldRange = (p: number, n: number) => {
  const out: string[] = [];
  for (const x of [p - 0.05, p + 0.05]) {
    const se = 100 * Math.sqrt(((x / 100) * (1 - x / 100)) / n);
    out.push(`${g(x - 1.959964 * se)}–${g(x + 1.959964 * se)}`);
  }
  return out.join(' / ');
};
/** Two-sided p of the difference of two proportions (pooled z test). */
const twoProp = (p1: number, n1: number, p2: number, n2: number) => {
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2) / 100;
  const z = (p1 / 100 - p2 / 100) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return [z, pZ(z)];
};
for (const [label, w, wl, wh, m, ml, mh] of [
  ['depression', 26.3, '25.4', '27.1', 20.1, '18.7', '21.5'],
  ['anxiety', 21.8, '21.0', '22.6', 14.2, '13.0', '15.4'],
  ['irritability', 63.1, '62.1', '64.0', 51.4, '49.7', '53.2'],
  ['caring for children', 22.8, '22.0', '23.6', 8.6, '7.7', '9.6'],
  ['dependent relatives', 9.8, '9.2', '10.3', 5.7, '4.9', '6.5'],
] as [string, number, string, string, number, string, string][]) {
  show(`${label}: women midpoint, Wald; men midpoint, Wald; z, p`, [
    midpoint(wl, wh),
    waldRange(w, 10434),
    midpoint(ml, mh),
    waldRange(m, 3328),
    ...twoProp(w, 10434, m, 3328),
  ]);
}

// depression-psychosocial-by-sex (jech.bmj Table 2): n (% in each category)
show(
  'pooled 1130, 1328 | 775, 906, 777 | 948, 730, 780 of 2458',
  shares(2458, [1130, 1328, 775, 906, 777, 948, 730, 780]),
);
show(
  'females 451, 685 | 321, 454, 361 | 420, 358, 358 of 1136',
  shares(1136, [451, 685, 321, 454, 361, 420, 358, 358]),
);
show('males 679, 643 | 454, 452, 416 | 528, 372, 422 of 1322', shares(1322, [679, 643, 454, 452, 416, 528, 372, 422]));
show('sums per block: pooled 3, females 3, males 3', [
  1130 + 1328,
  775 + 906 + 777,
  948 + 730 + 780,
  451 + 685,
  321 + 454 + 361,
  420 + 358 + 358,
  679 + 643,
  454 + 452 + 416,
  528 + 372 + 422,
]);

// nurses-ebp-baseline-characteristics (bmcnurs s12912-021-00599-y Table 2): 30 + 30 nurses
for (const [label, intervention, control] of [
  ['gender', [5, 25], [5, 25]],
  ['age', [25, 5], [24, 6]],
  ['marital', [9, 21], [8, 22]],
  ['work experience', [8, 4, 12, 4, 2], [12, 4, 6, 4, 4]],
  ['critical care experience', [7, 9, 11, 2, 1], [11, 8, 9, 1, 1]],
  ['work position', [0, 30], [3, 27]],
  ['shift work', [1, 29], [2, 28]],
  ['research courses', [1, 29], [5, 25]],
  ['information literacy', [2, 28], [5, 25]],
] as [string, number[], number[]][]) {
  const ti = intervention.reduce((s, x) => s + x, 0);
  const tc = control.reduce((s, x) => s + x, 0);
  show(`${label} intervention of ${ti}, control of ${tc}`, [...shares(ti, intervention), '|', ...shares(tc, control)]);
  show(`${label} χ², df, p (uncorrected); Fisher p`, [
    ...chi2xk(intervention, control),
    fisher2xk(intervention, control),
  ]);
}
show('shares of 31: 1, 2, 4, 8, 9, 13, 22, 28, 29', shares(31, [1, 2, 4, 8, 9, 13, 22, 28, 29]));
show('shares of 28: 1, 2, 7, 8, 10', shares(28, [1, 2, 7, 8, 10]));
show('p of the printed χ²(1) 0.003, 0.15, 1.06; χ²(2) 1.06', [
  pChi(0.003, 1),
  pChi(0.15, 1),
  pChi(1.06, 1),
  pChi(1.06, 2),
]);

// mpox-knowledge-scores (PMC11555280 Table 6): frequencies of 227
show(
  'mpox shares of 227: 93, 134 | 100, 61, 66 | 136, 35, 56 | 62, 7, 41, 117',
  shares(227, [93, 134, 100, 61, 66, 136, 35, 56, 62, 7, 41, 117]),
);
show('mpox shares of 227: 87, 23, 74, 43 | 45, 182 | 220, 7', shares(227, [87, 23, 74, 43, 45, 182, 220, 7]));
show('mpox block sums', [
  93 + 134,
  100 + 61 + 66,
  136 + 35 + 56,
  62 + 7 + 41 + 117,
  87 + 23 + 74 + 43,
  45 + 182,
  220 + 7,
]);

// nursing-process-training-rct (chuka repository abstract): 30 + 30 nurses
const welchT = (m1: number, s1: number, n1: number, m2: number, s2: number, n2: number) =>
  (m1 - m2) / Math.sqrt((s1 * s1) / n1 + (s2 * s2) / n2);
show('before: t of 16.4 (4.2) vs 17.1 (6.1), 30 + 30; p of t(58) 0.52', [
  welchT(16.4, 4.2, 30, 17.1, 6.1, 30),
  ...pTRange('0.52', 58),
]);
show('after: t of 69.9 (11.4) vs 51.7 (11.3), 30 + 30, 30 + 29, 29 + 30; p of t(57) 6.2', [
  welchT(69.9, 11.4, 30, 51.7, 11.3, 30),
  welchT(69.9, 11.4, 30, 51.7, 11.3, 29),
  welchT(69.9, 11.4, 29, 51.7, 11.3, 30),
  pT(6.15, 57),
]);
show('shares of 60: 44, 33', shares(60, [44, 33]));

// self-efficacy-gpa-undergraduates (zenodo 3756004 abstract)
/** Two-tailed p of Pearson's r with df degrees of freedom (n − 2). */
const pRdf = (r: number, df: number) => pT(r * Math.sqrt(df / (1 - r * r)), df);
show('r(293) .816 and with df 291; t(291) 2.76, 1.56 (over rounding)', [
  pRdf(0.816, 293),
  pRdf(0.816, 291),
  ...pTRange('2.76', 291),
  ...pTRange('1.56', 291),
]);
show('one-tailed p of t(291) 1.56', [pT(1.565, 291) / 2, pT(1.555, 291) / 2]);

// gender-stress-coping-manova (sciety rs-5349042 abstract)
show('F(4, 85) 2.63 (over rounding)', pFRange('2.63', 4, 85));
show('t of r .816 with df 291 and 293', [
  0.816 * Math.sqrt(291 / (1 - 0.816 ** 2)),
  0.816 * Math.sqrt(293 / (1 - 0.816 ** 2)),
]);

// face-side-health-judgements (corpapers 153-page4, Reis and Zaidel)
show('F(2,46) 32.39; F(1,23) 4.02; F(2,46) 4.76; t(23) 2.95, 1.79', [
  pF(32.39, 2, 46),
  ...pFRange('4.02', 1, 23),
  ...pFRange('4.76', 2, 46),
  ...pTRange('2.95', 23),
  ...pTRange('1.79', 23),
]);

// sex-valence-covariates (PMC6605541 Table 4, J Neurosci 2015)
show('reaction speed (valence): F(2,3442) 19.97, 202.82; F(1,1720) 5.71; t(1720) 0.23, 1.65, 4.5', [
  pF(19.97, 2, 3442),
  pF(202.82, 2, 3442),
  ...pFRange('5.71', 1, 1720),
  ...pTRange('0.23', 1720),
  ...pTRange('1.65', 1720),
  ...pTRange('4.5', 1720),
]);
show('reaction speed (arousal): F(2,3366) 59.99, 50.61; F(1,1682) 5.89; t(1682) 0.71, 0.39, 6.46', [
  pF(59.99, 2, 3366),
  pF(50.61, 2, 3366),
  ...pFRange('5.89', 1, 1682),
  ...pTRange('0.71', 1682),
  ...pTRange('0.39', 1682),
  ...pTRange('6.46', 1682),
]);
show('words SD: F(2,3878) 1.23, 83.7; F(1,1938) 63.55; t(1938) 6.51, 5.78, 4.76', [
  ...pFRange('1.23', 2, 3878),
  pF(83.7, 2, 3878),
  pF(63.55, 1, 1938),
  pF(63.545, 1, 1938),
  pF(63.555, 1, 1938),
  pT(6.51, 1938),
  pT(6.505, 1938),
  pT(6.515, 1938),
  pT(5.78, 1938),
  pT(5.775, 1938),
  pT(5.785, 1938),
  pT(4.76, 1938),
  pT(4.755, 1938),
  pT(4.765, 1938),
]);
show('tail p beyond jStat precision: normal p of z 8.2 (F 202.82 → huge)', [pZ(8.2)]);

// emotion-stroop-gender (Huron journal of learning and motivation abstract)
show('F(1,32) 3.44, 0.40 (over rounding)', [...pFRange('3.44', 1, 32), ...pFRange('.40', 1, 32)]);

// nursing-education-achievement (clinmedjournals ianhc-7-168 Table 2), N = 69
show('Z 3.375, 1.734, 0.285, 2.169 two-tailed', [pZ(3.375), pZ(1.734), pZ(0.285), pZ(2.169), pZ(2.1685), pZ(2.1695)]);
show('χ² 47.145, 42.493 with df 2 and with df 21', [
  pChi(47.145, 2),
  pChi(42.493, 2),
  pChi(47.145, 21),
  pChi(42.493, 21),
]);
show('ANCOVA F(1, 66): 2.581, 0.136, 0.339, 0.047; F(1, 67)', [
  pF(2.581, 1, 66),
  pF(0.136, 1, 66),
  pF(0.339, 1, 66),
  pF(0.047, 1, 66),
  pF(2.581, 1, 67),
  pF(0.136, 1, 67),
]);
show('MS ratios to the error MS implied by 36.8/2.581, 695.7/0.136, 75.2/0.339, 10.4/0.047', [
  36.8 / 2.581,
  695.7 / 0.136,
  75.2 / 0.339,
  10.4 / 0.047,
]);
/** Largest SD possible for n values in [lo, hi] with mean m (Bhatia–Davis, sample SD). */
const maxSd = (m: number, lo: number, hi: number, n: number) => Math.sqrt(((m - lo) * (hi - m) * n) / (n - 1));
show(
  'ianhc SD bounds: 26.8 [15,45] n34, 34.6 [20,55] n35, 58.8 [30,80], 65.1 [20,100], 61.5 [20,80], 63.3 [30,85], 82.9 [76,92], 66.9 [36,84]',
  [
    maxSd(26.8, 15, 45, 34),
    maxSd(34.6, 20, 55, 35),
    maxSd(58.8, 30, 80, 34),
    maxSd(65.1, 20, 100, 35),
    maxSd(61.5, 20, 80, 34),
    maxSd(63.3, 30, 85, 35),
    maxSd(82.9, 76, 92, 34),
    maxSd(66.9, 36, 84, 35),
  ],
);

// ethiopia-multilevel-aor-models (BMJ Health & Care Informatics table, "to" intervals)
ratios('informatics.bmj markup 2248', [
  '1.19 (1.06 to 1.33)',
  '1.19 (1.07 to 1.34)',
  '1.59 (1.36 to 1.85)',
  '1.56 (1.34 to 1.81)',
  '2.10 (1.74 to 2.55)',
  '2.02 (1.66 to 2.44)',
  '1.04 (0.91 to 1.18)',
  '1.03 (0.91 to 1.17)',
  '1.01 (0.88 to 1.15)',
  '1.00 (0.88 to 1.14)',
  '1.06 (0.92 to 1.23)',
  '1.06 (0.92 to 1.23)',
  '0.96 (0.83 to 1.13)',
  '0.96 (0.83 to 1.12)',
  '0.95 (0.80 to 1.13)',
  '0.94 (0.79 to 1.12)',
  '0.86 (0.71 to 1.04)',
  '0.85 (0.70 to 1.03)',
  '1.35 (1.17 to 1.58)',
  '1.38 (1.19 to 1.61)',
  '2.37 (2.04 to 2.74)',
  '2.26 (1.93 to 2.62)',
  '0.98 (0.91 to 1.09)',
  '0.96 (0.90 to 1.09)',
  '1.16 (1.04 to 1.30)',
  '1.15 (1.03 to 1.29)',
  '0.64 (0.42 to 0.97)',
  '0.97 (0.65 to 1.45)',
  '1.49 (1.03 to 2.17)',
  '1.56 (1.10 to 2.22)',
  '0.30 (0.21 to 0.45)',
  '0.28 (0.19 to 0.40)',
  '0.58 (0.40 to 0.85)',
  '0.92 (0.64 to 1.35)',
  '0.52 (0.34 to 0.80)',
  '0.56 (0.38 to 0.83)',
  '0.56 (0.38 to 0.82)',
  '0.53 (0.37 to 0.76)',
  '0.67 (0.44 to 1.01)',
  '0.78 (0.52 to 1.14)',
  '2.77 (1.79 to 4.29)',
  '2.51 (1.66 to 3.79)',
  '0.89 (0.59 to 1.37)',
  '0.66 (0.44 to 0.98)',
  '0.25 (0.16 to 0.39)',
  '0.25 (0.16 to 0.38)',
  '0.19 (0.15 to 0.24)',
  '0.18 (0.14 to 0.23)',
]);

// paced-breathing-palestine-children (scite listing of a published abstract): 144 children
show('shares of 144: 94 girls, 72 per condition', shares(144, [94, 72]));

// blended-learning-readiness-locale (IJET July 2021, p. 78): Kruskal–Wallis H over three groups
show('H = K 0.536 with df 2 (over rounding); group sizes 224 + 213 + 53', [...pChiRange('0.536', 2), 224 + 213 + 53]);
show('designation groups 106 + 105 + 279', [106 + 105 + 279]);
