/**
 * The independent recomputation behind the hand annotation of the sixth held-out Indonesian
 * corpus, fresh6-id.yaml: jStat directly (not naskah's src/stats), so that the annotation does
 * not inherit naskah's arithmetic. Prints every value the notes quote.
 *
 *   npx tsx test/check/external/fresh6-id-recompute.ts
 */
import { chi2x2, g, jStat, pChi, pct, pR, pT, ratioCheck, show, woolf } from './recompute-helpers.ts';

/** Each count's share of the total, in per cent to three decimals. */
const shares = (total: number, counts: number[]) => counts.map((c) => pct(c, total));

console.log('— fresh6-id.yaml —');
show('karanganyar 5.3: 21, 4 of 25; 41, 59 of 100', [...shares(25, [21, 4]), ...shares(100, [41, 59])]);
show('karanganyar 5.3 Woolf OR of 21·59/(4·41)', woolf(21, 4, 41, 59));
show('karanganyar 5.3 χ² (uncorrected, p, Yates, p)', chi2x2(21, 4, 41, 59));
show('karanganyar 7,56 (2,44–23,65)', ratioCheck(7.56, 2.44, 23.65, 0.005));
show('karanganyar 5.4: 54, 4 of 58; 40, 59 of 99', [...shares(58, [54, 4]), ...shares(99, [40, 59])]);
show('karanganyar 5.4 Woolf OR of 54·59/(4·40)', woolf(54, 4, 40, 59));
show('karanganyar 5.4 χ² (uncorrected, p, Yates, p)', chi2x2(54, 4, 40, 59));
show('karanganyar 19,91 (6,69–59,35)', ratioCheck(19.91, 6.69, 59.35, 0.005));
show('sruni merokok 0,748 (0,315–1,775)', ratioCheck(0.748, 0.315, 1.775, 0.0005));
show('sruni Sugiharto 0,41 (0,16–1,04)', ratioCheck(0.41, 0.16, 1.04, 0.005));
show('sruni alkohol 1,477 (0,620–3,521)', ratioCheck(1.477, 0.62, 3.521, 0.0005));
show('sosiodemografi kota ≥65 19,729 (18,739–20,771)', ratioCheck(19.729, 18.739, 20.771, 0.0005));
show('sosiodemografi desa ≥65 17,318 (14,411–15,778)', ratioCheck(17.318, 14.411, 15.778, 0.0005));
show('dzikir 1, 6 of 7', shares(7, [1, 6]));
show('ade-sutrimo 3, 18 of 21', shares(21, [3, 18]));
show('hemodialisis IRR 2.179, 1.728 of 3.907', shares(3907, [2179, 1728]));
/** Mean and sample SD of a sample given as value → count. */
const meanSd = (counts: [number, number][]) => {
  const n = counts.reduce((a, [, c]) => a + c, 0);
  const m = counts.reduce((a, [v, c]) => a + v * c, 0) / n;
  const ss = counts.reduce((a, [v, c]) => a + c * (v - m) ** 2, 0);
  return [n, m, Math.sqrt(ss / (n - 1))];
};
show(
  'hemodialisis eksperimen pre: 8×3, 7×2 (n, mean, SD)',
  meanSd([
    [3, 8],
    [2, 7],
  ]),
);
show(
  'hemodialisis kontrol pre: 1×3, 14×2',
  meanSd([
    [3, 1],
    [2, 14],
  ]),
);
show(
  'hemodialisis eksperimen post: 1×2, 14×1',
  meanSd([
    [2, 1],
    [1, 14],
  ]),
);
show(
  'hemodialisis kontrol post: 13×3, 2×2',
  meanSd([
    [3, 13],
    [2, 2],
  ]),
);
show('catin 764, 173, 22 of 959', shares(959, [764, 173, 22]));
show('wonosari p of r = −0,624, n = 30 (and of r ± 0,0005)', [pR(-0.624, 30), pR(-0.6235, 30), pR(-0.6245, 30)]);
show('hb suplemen 5.8: 5, 7, 13 of 25; 5.9: 10, 7, 8 of 25', [...shares(25, [5, 7, 13]), ...shares(25, [10, 7, 8])]);
show('hb suplemen weighted means of the group means (pretest, posttest)', [
  (5 * 11.9 + 7 * 10.4 + 13 * 8.9) / 25,
  (10 * 11.9 + 7 * 10.5 + 8 * 9.3) / 25,
]);
show('bantul asi 32, 28 of 50', shares(50, [32, 28]));
show('terjun other studies 56 of 135, 50 of 100', [...shares(135, [56]), ...shares(100, [50])]);
show('terjun RP 1,588 (1,197–2,107)', ratioCheck(1.588, 1.197, 2.107, 0.0005));
show(
  'tanjungbalai status kawin 41, 6; masa kerja 18, 16, 13; umur 27; perempuan 36 (of 47)',
  shares(47, [41, 6, 18, 16, 13, 27, 36]),
);
show('tanjungbalai 4.2.2 items 1–6 (ya, tidak of 47)', shares(47, [23, 24, 30, 17, 34, 13, 33, 14, 29, 18, 39, 8]));
show('jombang 26, 27 of 44', shares(44, [26, 27]));
show('kota timur independent t 3,484, df 16 (N = 18): p over the rounding interval', [
  pT(3.4845, 16),
  pT(3.484, 16),
  pT(3.4835, 16),
]);
show('gundaling 23, 26, 25 of 31 (if the groups were 31; not printed)', shares(31, [23, 26, 25]));
show('tulehu 85, 87, 82 of 98 (counts not printed)', shares(98, [85, 87, 82]));
show('singkawang RP 5,4 (1,07–27,29)', ratioCheck(5.4, 1.07, 27.29, 0.05, 0.005));
show('singkawang RP 7,9 (1,85–33,95)', ratioCheck(7.9, 1.85, 33.95, 0.05, 0.005));
show('singkawang RP 6,6 (1,30–33,01)', ratioCheck(6.6, 1.3, 33.01, 0.05, 0.005));
show('singkawang RP 5,30 (1,24–22,56)', ratioCheck(5.3, 1.24, 22.56, 0.005));
show('bblr stratified OR 3,83 (1,58–9,26)', ratioCheck(3.83, 1.58, 9.26, 0.005));
show('bblr stratified OR 3,944 (1,35–11,4): bounds to 0,005 and 0,05', [
  `centre ${g(Math.sqrt((1.35 - 0.005) * (11.4 - 0.05)))}–${g(Math.sqrt((1.35 + 0.005) * (11.4 + 0.05)))}`,
]);
show('koleksiskripsi 30 of 120', shares(120, [30]));
show('tebing tinggi RP 2,593 (1,274–5,277); 51,9/20,0', [...ratioCheck(2.593, 1.274, 5.277, 0.0005), 51.9 / 20.0]);
show('kompres dingin RA: 1, 4, 3, 6, 1 of 14', shares(14, [1, 4, 3, 6, 1]));
show('kompres dingin paired t (df 6): p of 0,978 and of 1,928 over their rounding intervals', [
  pT(0.9785, 6),
  pT(0.9775, 6),
  pT(1.9285, 6),
  pT(1.9275, 6),
]);
show('kompres dingin: t that gives p = 0,203 with df 6', [jStat.studentt.inv(1 - 0.203 / 2, 6)]);
/** Largest sample SD of n values in [lo, hi] with mean m (Bhatia–Davis bound, sample form). */
const sdBound = (m: number, lo: number, hi: number, n: number) => Math.sqrt(((m - lo) * (hi - m) * n) / (n - 1));
show('LBP n = 33: SD bounds pre TP, TD, TPD; post TP, TD, TPD', [
  sdBound(5.39, 3, 8, 33),
  sdBound(4.94, 2, 9, 33),
  sdBound(5.67, 3, 9, 33),
  sdBound(1.64, 0, 3, 33),
  sdBound(1.45, 0, 6, 33),
  sdBound(1.58, 0, 5, 33),
]);
show('LBP mean reductions 5,39−1,64, 4,94−1,45, 5,67−1,58', [5.39 - 1.64, 4.94 - 1.45, 5.67 - 1.58]);
show('slow-stroke 5, 2, 7 of 7', shares(7, [5, 2, 7]));
show('BMI: r² of 0,417, −0,411, −0,362, 0,090', [0.417 ** 2, 0.411 ** 2, 0.362 ** 2, 0.09 ** 2]);
show('sadari 68 of 114', shares(114, [68]));
/** χ² behind Pearson's contingency coefficient C for N cases, and its p at df 1 (larger df give larger p). */
const chiOfC = (c: number, n: number) => {
  const x = (n * c * c) / (1 - c * c);
  return [x, pChi(x, 1), pChi(x, 2)];
};
show('botubarani C 0,200, 0,178, 0,111, 0,089 with N = 108: χ², p (df 1), p (df 2)', [
  ...chiOfC(0.2, 108),
  ...chiOfC(0.178, 108),
  ...chiOfC(0.111, 108),
  ...chiOfC(0.089, 108),
]);
show('bandung PPH 76 of 3060', shares(3060, [76]));
show(
  'argamakmur 55, 59, 48, 62 of 110 (and 47, 63, 51 for the shares printed without counts)',
  shares(110, [55, 59, 48, 62, 47, 63, 51]),
);
show('anggrek 5, 40 of 45', shares(45, [5, 40]));
show(
  'parsoburan of 105: 32, 73; 23, 60, 22; 48, 57; 11, 22, 23, 35, 14; 72, 33',
  shares(105, [32, 73, 23, 60, 22, 48, 57, 11, 22, 23, 35, 14, 72, 33]),
);
show(
  'rosella of 72: 33, 39; 22, 50; 59, 12, 1; 53, 12, 5, 2; 25, 47; 18, 54; 23, 49; and 55 (the prose 76,39)',
  shares(72, [33, 39, 22, 50, 59, 12, 1, 53, 12, 5, 2, 25, 47, 18, 54, 23, 49, 55]),
);
