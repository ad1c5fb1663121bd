/**
 * The independent recomputation behind the judgement of the wild4 precision corpus
 * (wild4-en.yaml, wild4-id.yaml; judgements in wild4-judged.yaml): jStat directly (not naskah's
 * src/stats). naskah raised no flag (inconsistent or decision-error) on either part, so there is
 * no flag to judge; this recomputes the statistics the quotes print, to show which of them naskah
 * left unflagged rightly (consistent) and which it missed (a recall matter, not precision).
 *
 *   npx tsx test/check/external/wild4-recompute.ts
 */
import { jStat, mean, pChi, pF, pR, pT, pct, show } from './recompute-helpers.ts';

/** Pearson χ² of a contingency table (rows of counts); `yates` subtracts ½ from each |O − E| (2×2 tables). */
function chiSquare(rows: number[][], yates = false): number {
  const total = rows.flat().reduce((a, b) => a + b, 0);
  const rowSums = rows.map((r) => r.reduce((a, b) => a + b, 0));
  const colSums = (rows[0] ?? []).map((_, j) => rows.reduce((a, r) => a + (r[j] ?? 0), 0));
  let x = 0;
  rows.forEach((r, i) =>
    r.forEach((o, j) => {
      const e = ((rowSums[i] ?? 0) * (colSums[j] ?? 0)) / total;
      x += (Math.abs(o - e) - (yates ? 0.5 : 0)) ** 2 / e;
    }),
  );
  return x;
}

console.log('— wild4-en.yaml, development part (run at d422445): no flag —');
show('hci-book-word-prediction: p of t(15) = 2.169 (printed p < 0.05); t critical at .05, df 15 (printed 2.131)', [
  pT(2.169, 15),
  jStat.studentt.inv(0.975, 15),
]);
{
  // Pooled two-sample t from the printed means, SDs and ns.
  const [m1, s1, n1, m2, s2, n2] = [68.4, 5.6, 42, 52.2, 6.0, 46];
  const sp2 = ((n1 - 1) * s1 ** 2 + (n2 - 1) * s2 ** 2) / (n1 + n2 - 2);
  const se = Math.sqrt(sp2 * (1 / n1 + 1 / n2));
  show(
    'homeworksource-ttest-groups: p of t(86) = 1.9635 (printed 0.0528); 16.2 / 8.250 (the printed SE); SE and t from the printed means, SDs, ns',
    [pT(1.9635, 86), 16.2 / 8.25, se, (m1 - m2) / se],
  );
}
show('docsbay Table 4: column shares 88/105, 84/95, 17/105, 11/95 (printed 84, 88, 16, 12)', [
  pct(88, 105),
  pct(84, 95),
  pct(17, 105),
  pct(11, 95),
]);
show('docsbay Table 4: χ² of [[88, 84], [17, 11]] (printed c2 = 0.88, df = 1) and its p', [
  chiSquare([
    [88, 84],
    [17, 11],
  ]),
  pChi(0.88, 1),
]);
show('docsbay Table 10: column shares 13/18, 8/17, 5/18, 5/18, 9/17, 13/18 (printed 72, 47, 28, 28, 53, 72)', [
  pct(13, 18),
  pct(8, 17),
  pct(5, 18),
  pct(5, 18),
  pct(9, 17),
  pct(13, 18),
]);
show('docsbay Table 10: χ² of [[13, 8, 5], [5, 9, 13]] (printed c2 = 7.15*, df = 2, *p < .05) and p of 7.15', [
  chiSquare([
    [13, 8, 5],
    [5, 9, 13],
  ]),
  pChi(7.15, 2),
]);
show('ijssb-anxiety-performance: p of r = -0.83 with 150 cases (printed r(148), p < .001)', [pR(-0.83, 150)]);
show('policyjournal-anxiety-performance: p of r = -0.170 with 160 cases (printed p < 0.05)', [pR(-0.17, 160)]);
show('procedia-study-anxiety-gpa: p of r = -.264 with 205 cases (printed p=0.000)', [pR(-0.264, 205)]);

console.log('— wild4-id.yaml, development part (run at d422445): no flag —');
show('usu-asupan-kalori-ttest: p of t = -1,588 for df 20, 28, 40 (printed p=0,124; the df is not printed)', [
  pT(1.588, 20),
  pT(1.588, 28),
  pT(1.588, 40),
]);

console.log('— held-out parts (run once at d422445): no flag; nothing printed there is recomputable —');
console.log(
  'pmc-music-pain-sensitivity: P values of a within-subject comparison of three conditions, no test statistic;',
);
console.log('lang-hypnosis-analgesia-trial, sedative-music-open-heart: bare p values;');
console.log('karies-gigi-wilcoxon-selisih: a Wilcoxon p without its statistic, and per-respondent differences.');
{
  const k1 = [
    20, 13.34, 33.33, -13.33, 33.34, 13.33, 13.33, -26.67, 53.33, 13.34, 53.33, 40, 20, 6.67, 33.34, 26.66, 13.33,
    26.67, -13.34, 40, 40, 20, 6.67, -6.66, 20, 0, 66.67, -6.67, 33.33, -13.34,
  ];
  show('karies-gigi-wilcoxon-selisih: mean of Kelompok I differences (printed 18,67)', [mean(k1)]);
}

console.log('— wild4b-en.yaml, development part (run at d6c6cc2, check code of dce2dc9): no flag —');
show(
  'authorea-stress-creativity-anova: p of F(1, 61) = 0.92, 0.91, 6.50, 0.235, 0.711, 3.61, 9.568, 0.001, 21.66, 1.01, 0.74, 1.35 (printed .342, .343, .013, .630, .403, .062, .003, .972, < .001, .320, .394, .249)',
  [0.92, 0.91, 6.5, 0.235, 0.711, 3.61, 9.568, 0.001, 21.66, 1.01, 0.74, 1.35].map((f) => pF(f, 1, 61)),
);
show(
  'scribd-selfesteem-audience-anova: p of F(1, 20) = 25.929, 28.089, 7.873, 31.188, 2.613 (printed < .001, < .001, 0.011, < .001, 0.122); η² 100.042/(100.042+108.375+30.375+77.167)',
  [...[25.929, 28.089, 7.873, 31.188, 2.613].map((f) => pF(f, 1, 20)), 100.042 / (100.042 + 108.375 + 30.375 + 77.167)],
);
console.log(
  'nowpublishers-theme-congruence-anova: the error df is not printed; F = SS/MSE is 1 df each, p < 0.001 for every F above 23 with any error df over 20.',
);
console.log('— wild4b-id.yaml, development part (run at d6c6cc2): no flag —');
show('daur-air-uji-t-independen: t tabel two-sided .05 at df 64 (printed 1,998); p of t = 6,229 at df 64', [
  jStat.studentt.inv(0.975, 64),
  pT(6.229, 64),
]);
show('ppmo-nht-uji-t: t tabel one-sided .05 at dk 60 (printed 1,671); one-sided p of t = 3,3327', [
  jStat.studentt.inv(0.95, 60),
  pT(3.3327, 60) / 2,
]);
console.log(
  'basicedu-air-liliefors-fisher: Lo against L tabel and F hitung against F tabel, no p; nothing to recompute but the comparisons as printed.',
);
console.log('— wild4b held-out parts (run once at d6c6cc2): no flag —');
show(
  'eksperimen-dua-rata-rata-ketuntasan: t tabel two-sided .05 at dk 69 (printed 1,995), one-sided (1,667); at df 34 and 35 (printed 2,03)',
  [
    jStat.studentt.inv(0.975, 69),
    jStat.studentt.inv(0.95, 69),
    jStat.studentt.inv(0.975, 34),
    jStat.studentt.inv(0.975, 35),
  ],
);
show(
  'kusta-kepatuhan-chi-square: 34/56, 22/56 (printed 60,7, 39,3); table 17/21, 17/35, 4/21, 18/35 (printed 81,0, 48,6, 19,0, 51,4)',
  [pct(34, 56), pct(22, 56), pct(17, 21), pct(17, 35), pct(4, 21), pct(18, 35)],
);
show(
  'kusta-kepatuhan-chi-square: the prose says 20 and 36 (17 of 20 = 85,0; 17 of 36 = 47,2), not the table 21 and 35; χ² p of [[17, 4], [17, 18]] (printed 0,034 in the table, 0,013 in the prose), uncorrected and with the Yates correction',
  [
    pct(17, 20),
    pct(17, 36),
    pChi(
      chiSquare([
        [17, 4],
        [17, 18],
      ]),
      1,
    ),
    pChi(
      chiSquare(
        [
          [17, 4],
          [17, 18],
        ],
        true,
      ),
      1,
    ),
  ],
);
