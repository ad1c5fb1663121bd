/**
 * The independent recomputation behind the hand annotation of the fresh10-en held-out corpus
 * (fresh10-en.yaml): jStat directly (not naskah's src/stats), so that the annotation does not
 * inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh10-en-recompute.ts
 */
import { pChiRange, pR, pT, pct, ratioCheck, show } from './recompute-helpers.ts';

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
