/**
 * The independent recomputation behind the hand annotation of the fresh12-en held-out corpus
 * (fresh12-en.yaml): jStat directly (not naskah's src/stats), so that the annotation does not
 * inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh12-en-recompute.ts
 */
import { pF, pT, show } from './recompute-helpers.ts';

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
