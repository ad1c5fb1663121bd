/**
 * The independent recomputation behind the judgement of every flag naskah raised on the wild5
 * precision corpus (wild5-en.yaml; judgements in wild5-judged.yaml): jStat directly (not
 * naskah's src/stats), so that a judgement does not inherit naskah's arithmetic. Prints every
 * value the judgements quote.
 *
 *   npx tsx test/check/external/wild5-recompute.ts
 */
import { jStat, pct, pF, pT, pZ, show } from './recompute-helpers.ts';

const Z = 1.959964;
/** jStat's studentized range distribution (the project's jStat typings leave it out). */
const tukey = (jStat as unknown as { tukey: { cdf(q: number, means: number, df: number): number } }).tukey;

/** Geometric centre √(lower·upper) of a ratio's interval as printed. */
const centre = (lo: number, hi: number) => Math.sqrt(lo * hi);
/** The centres reachable when each printed limit moves by half a unit of its last digit. */
const centreRange = (lo: number, hi: number, half: number) => [
  centre(lo - half, hi - half),
  centre(lo + half, hi + half),
];
/** Two-sided Wald p of a ratio from its 95% interval as printed. */
const waldP = (est: number, lo: number, hi: number) => pZ(Math.log(est) / ((Math.log(hi) - Math.log(lo)) / (2 * Z)));
/** Crude odds ratio a·d/(b·c) of a 2×2 table with Woolf's 95% interval and Wald p. */
function woolf(a: number, b: number, c: number, d: number) {
  const or = (a * d) / (b * c);
  const se = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
  return [or, Math.exp(Math.log(or) - Z * se), Math.exp(Math.log(or) + Z * se), pZ(Math.log(or) / se)];
}

console.log('— wild5-en.yaml, development part (first run at dbe5408, check code of main 474123c) —');
show('jat: Men 2,736 of 5,025 and 1,972 of 3,648 (printed 55% and 54%)', [pct(2736, 5025), pct(1972, 3648)]);
show('jat: the other shares of 5,025: 4,062, 2,118, 798, 2,721 (printed 81, 42, 16, 54)', [
  pct(4062, 5025),
  pct(2118, 5025),
  pct(798, 5025),
  pct(2721, 5025),
]);
show(
  'annfammed: Comorbidity rows are conditions, not categories: CVD, diabetes, depression, cancer add up to, by column',
  [String(40 + 22 + 14 + 13), String(48 + 23 + 14 + 13), String(4 + 15 + 16 + 12)],
);
show('annfammed: treated column (n = 1,057): CVD 503, diabetes 242 (printed 48, 23)', [pct(503, 1057), pct(242, 1057)]);
show('annfammed: the total naskah used, 503 + 242 + 148 + 134', [String(503 + 242 + 148 + 134)]);

show('omics: cases by husband education 26 + 52 + 17, controls 56 + 236 + 123', [
  String(26 + 52 + 17),
  String(56 + 236 + 123),
]);
show('omics: 26, 52, 17 of 95 (printed 27.3, 54.7, 17.9)', [pct(26, 95), pct(52, 95), pct(17, 95)]);
show('omics: controls by dark green vegetables 19 + 106 + 270 + 54', [String(19 + 106 + 270 + 54)]);
show('omics: 19, 106, 270, 54 of 449 (printed 4.23, 23.6, 60.1, 12.1)', [
  pct(19, 449),
  pct(106, 449),
  pct(270, 449),
  pct(54, 449),
]);
show('omics: cases malaria 17 + 95, kidney 31 + 81, gum bleeding 10 + 102', [
  String(17 + 95),
  String(31 + 81),
  String(10 + 102),
]);
show('omics: of 112: 17, 95, 31, 81, 10, 102 (printed 15.7, 84.8, 27.6, 72.2, 8.9, 91.0)', [
  pct(17, 112),
  pct(95, 112),
  pct(31, 112),
  pct(81, 112),
  pct(10, 112),
  pct(102, 112),
]);
show('omics: education No AOR 1.4 (0.5, 2.2): reachable centres', centreRange(0.5, 2.2, 0.05));
show('omics: husband 01-Jun COR 3.4 (1.4, 6.7): reachable centres', centreRange(1.4, 6.7, 0.05));
show('omics: the same COR from the counts 26·123/(17·56), Woolf interval and p', woolf(26, 56, 17, 123));
show(
  'omics: dark green vegetables COR 2.5 (2.8, 10.7): the counts give 14·54/(16·19) and its interval',
  woolf(14, 19, 16, 54),
);
show('omics: intestinal parasite AOR 2.9 (1.4, 8.1): reachable centres', centreRange(1.4, 8.1, 0.05));

show('wollega: food diversity 13/51, 52/321, 269/321 (printed 25.5, 16.5, 83.5)', [
  pct(13, 51),
  pct(52, 321),
  pct(269, 321),
]);
show('wollega: food diversity COR 1.73 (0.8, 3.5), printed p 0.043: Wald p of the printed interval', [
  waldP(1.73, 0.8, 3.5),
]);
show('wollega: the same from the counts 13·269/(38·52), Woolf interval and p', woolf(13, 38, 52, 269));
show('wollega: home delivery COR 0.74 (0.3, 1.3): reachable centres', centreRange(0.3, 1.3, 0.05));
show('wollega: the same from the counts 15·154/(84·42), Woolf interval and p', woolf(15, 84, 42, 154));
show('wollega: first trimester COR 0.32 (0.1, 0.6): reachable centres', centreRange(0.1, 0.6, 0.05));
show('wollega: the counts 18·178/(33·29) (OR against the third trimester) and its reciprocal', [
  (18 * 178) / (33 * 29),
  (33 * 29) / (18 * 178),
]);
show('wollega: first trimester AOR 2.82 (1.4, 6.2): reachable centres', centreRange(1.4, 6.2, 0.05));
show('wollega: previous malaria AOR 2.32 (1.3, 5.3): reachable centres', centreRange(1.3, 5.3, 0.05));

show(
  'plosone-anaemia: Christianity aOR 1.00 (0.55–1.86): reachable centres',
  centreRange(0.55, 1.86, 0.005).map((c) => c.toFixed(5)),
);
show('plosone-anaemia: centre if the limits were rounded twice (0.5445, 1.8545)', [centre(0.5445, 1.8545).toFixed(5)]);
show(
  'plosone-anaemia: other rows are centred: 0.68 (0.51–0.92), 0.89 (0.58–1.37), 2.85 (0.77–10.5), 3.97 (1.63–9.68)',
  [centre(0.51, 0.92), centre(0.58, 1.37), centre(0.77, 10.5), centre(1.63, 9.68)],
);
show('plosone-anaemia: Others cOR 1.03 (0.77–1.23), printed p 0.51: reachable centres, Wald p', [
  ...centreRange(0.77, 1.23, 0.005),
  waldP(1.03, 0.77, 1.23),
]);

console.log('— held-out part, run once at a801682 —');
show('kulito: family income ≥2000 birr 18 + 69, and 18/87, 69/87 (printed 20.7 and 78.3)', [
  String(18 + 69),
  pct(18, 87),
  pct(69, 87),
]);
show(
  'kulito: 3rd trimester AOR 6.457 (1.276–32.729): reachable centres',
  centreRange(1.276, 32.729, 0.0005).map((c) => c.toFixed(4)),
);
show('kulito: the other rows are centred: 3.868 (0.696–21.485), 3.750 (1.183–11.889), 2.863 (1.245–6.582)', [
  centre(0.696, 21.485),
  centre(1.183, 11.889),
  centre(1.245, 6.582),
]);
show('edhs: under-five children "1146 (25)439 (75)" read as category 1 and 146: 146/585, 439/585', [
  pct(146, 585),
  pct(439, 585),
]);
show('edhs: "286 (18.5)379 (81.5)" as category 2 and 86: 86/465, 379/465', [pct(86, 465), pct(379, 465)]);
show('edhs: "339 (31.7)84 (68.3)" as category 3 and 39: 39/123, 84/123', [pct(39, 123), pct(84, 123)]);
show("edhs: the column adds up: 146 + 86 + 39 = 271, the Total row's anaemic count", [String(146 + 86 + 39)]);
show('edhs: adjusted ORs of the table are centred: 17.05 (3.69, 78.8), 2.63 (1.17, 5.92), 7.64 (2.28, 25.65)', [
  centre(3.69, 78.8),
  centre(1.17, 5.92),
  centre(2.28, 25.65),
]);
show('edhs: continued breastfeeding AOR 4.05 (1.61, 10.91): reachable centres', centreRange(1.61, 10.91, 0.005));
show('edhs: delayed 4-5 months COR 1.29 (0.72, 2.36): reachable centres', centreRange(0.72, 2.36, 0.005));
show('edhs: the same from the counts 31·112/(94·28), Woolf interval and p', woolf(31, 94, 28, 112));
show('edhs: adequate ANC visits AOR 0.49 (0.19, 0.98): reachable centres', centreRange(0.19, 0.98, 0.005));
show('edhs: frequent ANC visits AOR 0.36 (0.08, 0.64): reachable centres', centreRange(0.08, 0.64, 0.005));
show(
  'edhs: "Ever breastfeeding233 (23.1)744 (76.9)" (read after the label-glued count, h/cov6-en-pct): 233 + 744, 233/977, 744/977',
  [String(233 + 744), pct(233, 977), pct(744, 977)],
);
show('edhs: totals for which 233 gives 23.1% and 744 gives 76.9% (disjoint: no one total)', [
  ((100 * 233) / 23.15).toFixed(1),
  ((100 * 233) / 23.05).toFixed(1),
  ((100 * 744) / 76.95).toFixed(1),
  ((100 * 744) / 76.85).toFixed(1),
]);
show('edhs: with a count of 223 both would fit: 223/967, 744/967', [pct(223, 967), pct(744, 967)]);
show('rpubs: t = -3.20, df = 294: two-tailed p', [pT(3.2, 294)]);
show(
  'rpubs: Tukey-adjusted p of t = 3.20 (q = t·√2) among k = 2…6 means, df 294 (6 = 2 genders × 3 sessions; printed .019)',
  [2, 3, 4, 5, 6].map((k) => 1 - tukey.cdf(3.2 * Math.SQRT2, k, 294)),
);
show('nottingham: F(1,89) = 3.75 and F(1,89) = 15.16: p', [pF(3.75, 1, 89), pF(15.16, 1, 89)]);
