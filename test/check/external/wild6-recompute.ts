/**
 * The independent recomputation behind the judgement of every flag naskah raised on the wild6
 * precision corpus (wild6-id.yaml, wild6-en.yaml; judgements in wild6-judged.yaml): jStat
 * directly (not naskah's src/stats), so that a judgement does not inherit naskah's arithmetic.
 * Prints every value the judgements quote.
 *
 *   npx tsx test/check/external/wild6-recompute.ts
 */
import { pct, pR, show } from './recompute-helpers.ts';

/** Geometric centre √(lower·upper) of a ratio's interval as printed. */
const centre = (lo: number, hi: number) => Math.sqrt(lo * hi);
/** The centres reachable when each printed limit moves by half a unit of its last digit. */
const centreRange = (lo: number, hi: number, half: number) => [
  centre(lo - half, hi - half),
  centre(lo + half, hi + half),
];

console.log('— development part, first run at 2f361f5 (check code of main 0d82b13) —');
show('liberosis-jabar: r = .157 with 152 participants (df 150), two-tailed p for r = .1565, .157, .1575', [
  pR(0.1565, 152),
  pR(0.157, 152),
  pR(0.1575, 152),
]);
show('liberosis-jabar: the same r read with df = 152 (n = 154), p for r = .1565 and .1575', [
  pR(0.1565, 154),
  pR(0.1575, 154),
]);
show('profesi: 30 and 26 of the 59 respondents (printed 51% and 46%)', [pct(30, 59), pct(26, 59)]);
show('profesi: the totals of which 26 is 45.5–46.5% (26/0.465, 26/0.455)', [26 / 0.465, 26 / 0.455]);
show('jgi-riskesdas: OR 0,99 on 0,63–1,59: reachable centres', centreRange(0.63, 1.59, 0.005));
show('jgi-riskesdas: the other ratios, 0,93 on 0,63–1,39 and 1,77 on 1,33–2,37: centres', [
  centre(0.63, 1.39),
  centre(1.33, 2.37),
]);
show(
  'equsite: "Later than 01:30" OR 1.75 on 1.15–2.65 (naskah read 301.75): reachable centres',
  centreRange(1.15, 2.65, 0.005),
);
