/**
 * The independent recomputation behind the hand annotation of the fresh9-id held-out corpus,
 * fresh9-id.yaml: jStat directly (not naskah's src/stats), so that the annotation does not
 * inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh9-id-recompute.ts
 */
import { pF, pT, show } from './recompute-helpers.ts';

/** t = B / SE and its range over the rounding of B and SE (half a unit h in each). */
const tOf = (b: number, se: number, h: number) => [b / se, (Math.abs(b) - h) / (se + h), (Math.abs(b) + h) / (se - h)];
/** p of F over the rounding interval of a printed F (half a unit h). */
const pFRange = (f: number, df1: number, df2: number, h: number) => [
  pF(f + h, df1, df2),
  pF(f, df1, df2),
  pF(f - h, df1, df2),
];
/** Bhatia–Davis bound (max − mean)(mean − min) against SD². */
const bhatiaDavis = (mean: number, min: number, max: number, sd: number) => [(max - mean) * (mean - min), sd * sd];

console.log('— fresh9-id.yaml —');
show('berwudhu Bhatia–Davis pre (bound, SD²)', bhatiaDavis(48.69, 38, 64, 7.787));
show('berwudhu Bhatia–Davis post (bound, SD²)', bhatiaDavis(34.74, 23, 50, 6.955));
show('padi batang t const', tOf(7.618, 1.776, 0.0005));
show('padi batang t Ln X1', tOf(0.512, 0.132, 0.0005));
show('padi batang t Ln X2', tOf(0.499, 0.123, 0.0005));
show('padi batang t Ln X3', tOf(0.364, 0.172, 0.0005));
show('padi batang t Dummy', tOf(0.022, 0.063, 0.0005));
show('padi batang p of t 2.117, .345 at df 30, 100', [pT(2.117, 30), pT(2.117, 100), pT(0.345, 30), pT(0.345, 100)]);
show('sijonam MS 59.379/4, /5; 80.142/47; F', [59.379 / 4, 59.379 / 5, 80.142 / 47, 14.845 / 1.705]);
show('sijonam p of F 8.706 on (4, 47), (5, 47)', [pF(8.706, 4, 47), pF(8.706, 5, 47)]);
show('padi anova F = 830.490/267.395; p of F(3, 2) 3.106', [830.49 / 267.395, ...pFRange(3.106, 3, 2, 0.0005)]);
