/**
 * The independent recomputation behind the judgement of every flag naskah raised on the wild10
 * precision corpus (wild10-en.yaml, wild10-id.yaml; judgements in wild10-judged.yaml): plain
 * arithmetic and jStat's distributions (recompute-helpers.ts), not naskah's src/stats, so that a
 * judgement does not inherit naskah's arithmetic. Prints every value the judgements quote.
 *
 *   npx tsx test/check/external/wild10-recompute.ts
 */
import { jStat, pct, pF, pT, show } from './recompute-helpers.ts';

console.log('— first run at a5990f0 (check code of main 21ceea8) —');
// mcgill: "t(6398)=0.26, p=0.980".
show('mcgill: two-sided p of t(6398) = 0.26, and at 0.255 and 0.265', [
  pT(0.26, 6398),
  pT(0.255, 6398),
  pT(0.265, 6398),
]);
show('mcgill: the |t| whose two-sided p is 0.980 on 6398 df', [jStat.studentt.inv(1 - 0.98 / 2, 6398)]);

// pmc-filariasis: 2009 column, positives and examined by age group; "All" printed 115/1058 (10.8).
const positives = [3, 20, 19, 24, 20, 29];
const examined = [217, 396, 106, 125, 105, 109];
show('pmc-filariasis: 2009 positives and examined summed', [
  positives.reduce((a, b) => a + b, 0),
  examined.reduce((a, b) => a + b, 0),
]);
show('pmc-filariasis: 115/1058 and each age group share (printed 1.4, 5.1, 17.9, 19.2, 19.0, 26.6)', [
  pct(115, 1058),
  ...positives.map((p, i) => pct(p, examined[i]!)),
]);

// 123dok-fixed-effect: "F sebesar 29,756 … dk pembilang 2; dk penyebut 37 dan taraf signifikansi 5
// sebesar 2,85": the level 5%, the F's p, and the 5% critical values of F(2; 37) and F(3; 37).
show('123dok-fixed-effect: p of F(2; 37) = 29,756', [pF(29.756, 2, 37)]);
show('123dok-fixed-effect: 5% critical F(2; 37) and F(3; 37)', [
  jStat.centralF.inv(0.95, 2, 37),
  jStat.centralF.inv(0.95, 3, 37),
]);
