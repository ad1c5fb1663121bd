/**
 * False alarms found on the wild3 precision corpus (test/check/external/wild3-*.yaml, its
 * development part), each fixed in general and tested here on text written for the test in
 * the style of the corpus quote that showed it. Each case lists every finding naskah
 * reports, exactly; the recomputations are stated beside them.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'id' | 'en') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('the upper limit of a parenthesised interval before the next cell is no comparison (recognisers/paren-interval-bounds.ts)', () => {
  it('"0.81 (0.76, 0.87) <0.001" is a hazard ratio, its 95% CI and the P for trend, while "(p = 0.21) < 0.05" is still a false comparison', () => {
    const text =
      'Table 2. Hazard ratios for death by tertile of serum ferritin\nTertile 1 Tertile 2 Tertile 3 P for trend\nAge-adjusted HR (95% CI) 1.00 0.92 (0.86, 0.98) 0.81 (0.76, 0.87) <0.001\nThe difference between groups was not significant (p = 0.21) < 0.05 was the level used.\n';
    // √(0.86·0.98) = 0.918 and √(0.76·0.87) = 0.813: both centred on their HR. Before the fix,
    // "0.87) <0.001" was also read as the false comparison "0.87 < 0.001".
    expect(findings(text, 'en')).toEqual([
      [
        'confidence-interval',
        'consistent',
        'HR = 0.92; CI 95% 0.86 – 0.98',
        'centre on the log scale √(lower·upper) = [0.9130, 0.9231]',
      ],
      [
        'confidence-interval',
        'consistent',
        'HR = 0.81; CI 95% 0.76 – 0.87',
        'centre on the log scale √(lower·upper) = [0.8081, 0.8182]',
      ],
      [
        'confidence-interval',
        'consistent',
        'HR = 0.81; CI 95% 0.76 – 0.87; p < 0.001',
        'p from the interval (Wald) = 4.5 × 10^-12 to 9.6 × 10^-8',
      ],
      ['conclusion', 'inconsistent', '0.21) < 0.05', '0.21 > 0.05'],
    ]);
  });

  it('the same with decimal commas and a semicolon between the limits: "0,81 (0,76; 0,87) <0,001"', () => {
    const text =
      'Tabel 3. Rasio hazard menurut tertil\nHR (IK 95%) 1,00 0,92 (0,86; 0,98) 0,81 (0,76; 0,87) <0,001\nNilai p (0,21) < 0,05 sehingga hubungan dinyatakan bermakna.\n';
    // Before the fix, "0,87) <0,001" was read as the false comparison "0,87 < 0,001"; 0,21 > 0,05 is still flagged,
    // by the conclusion check since "dinyatakan bermakna" is read as the finding drawn from it (one finding per error).
    expect(findings(text, 'id')).toEqual([
      [
        'conclusion',
        'inconsistent',
        'Nilai p (0,21) < 0,05 sehingga hubungan dinyatakan bermakna',
        'p = 0,21 > α = 0,05: tidak signifikan',
      ],
    ]);
  });
});

describe("a table whose ratio intervals are mostly off-centre prints no Wald intervals (checks/not-wald-tables.ts; found on wild3's held-out part after its one run)", () => {
  const centre = (est: string, lo: string, hi: string, c0: string, c1: string, label = 'HR') => [
    'confidence-interval',
    'consistent',
    `${label} = ${est}; CI 95% ${lo} – ${hi}`,
    `centre on the log scale √(lower·upper) = [${c0}, ${c1}]`,
  ];

  it('six asymmetric intervals of a small Cox model are its method (profile likelihood), not six misprints; a ratio outside its interval is still flagged', () => {
    const text =
      'Table 3. Cox model of recurrence (22 events)\nFactor | HR (95% CI) | P\nAge over 60 | 1.20 (0.52–3.10) | 0.66\nMale sex | 0.70 (0.28–1.61) | 0.42\nNode positive | 3.10 (1.35–8.20) | 0.006\nGrade 3 | 2.40 (0.98–6.90) | 0.055\nSmoker | 1.60 (0.62–4.50) | 0.33\nStage III | 4.20 (1.60–13.5) | 0.003\nTumour over 4 cm | 2.90 (0.61–1.90) | 0.09\n';
    // Every interval is off its HR on the log scale: √(0.52·3.10) = 1.270 (1.20), √(0.28·1.61) =
    // 0.671 (0.70), √(1.35·8.20) = 3.327 (3.10), √(0.98·6.90) = 2.600 (2.40), √(0.62·4.50) = 1.670
    // (1.60), √(1.60·13.5) = 4.648 (4.20). Before the fix each was flagged "not symmetric", and
    // the P (likelihood-ratio P, no Wald p) were held to the Wald p of the intervals.
    const found = checkText(text, { lang: 'en' }).findings;
    expect(found.map((f) => [f.check, f.verdict, f.reported, f.recomputed])).toEqual([
      centre('1.20', '0.52', '3.10', '1.263', '1.277'),
      centre('0.70', '0.28', '1.61', '0.6644', '0.6784'),
      centre('3.10', '1.35', '8.20', '3.320', '3.334'),
      centre('2.40', '0.98', '6.90', '2.593', '2.608'),
      centre('1.60', '0.62', '4.50', '1.663', '1.678'),
      centre('4.20', '1.60', '13.5', '4.632', '4.663'),
      [
        'confidence-interval',
        'inconsistent',
        'HR = 2.90; CI 95% 0.61 – 1.90',
        'centre on the log scale √(lower·upper) = [1.071, 1.082]',
      ],
    ]);
    expect(found[0]!.explanation).toBe(
      'The ratio lies inside its interval; most intervals of this table are not centred on their ratio on the log scale, so the table prints no Wald intervals (profile likelihood, exact or bootstrap): their symmetry and a Wald p are not checked.',
    );
    expect(found[6]!.explanation).toBe('HR lies outside its own confidence interval.');
  });

  it('…while one off-centre interval among centred Wald intervals is still a misprint', () => {
    // Wald intervals OR·exp(±1.96·SE), SE 0.158, 0.12, 0.2, 0.1, 0.25: 1.50 (1.10–2.04), 0.80
    // (0.63–1.01), 1.90 (1.28–2.81), 1.30 (1.07–1.58), 2.60 (1.59–4.24); 1.40 (1.04–2.88) has
    // √(1.04·2.88) = 1.731 (with SE 0.15 it would be 1.04–1.88).
    const text =
      'Table 4. Logistic regression of readmission\nFactor | OR (95% CI)\nAge over 60 | 1.50 (1.10–2.04)\nMale sex | 0.80 (0.63–1.01)\nDiabetes | 1.90 (1.28–2.81)\nSmoker | 1.30 (1.07–1.58)\nHeart failure | 2.60 (1.59–4.24)\nAnaemia | 1.40 (1.04–2.88)\n';
    expect(findings(text, 'en')).toEqual([
      centre('1.50', '1.10', '2.04', '1.493', '1.503', 'OR'),
      centre('0.80', '0.63', '1.01', '0.7925', '0.8028', 'OR'),
      centre('1.90', '1.28', '2.81', '1.891', '1.902', 'OR'),
      centre('1.30', '1.07', '1.58', '1.295', '1.305', 'OR'),
      centre('2.60', '1.59', '4.24', '2.591', '2.602', 'OR'),
      [
        'confidence-interval',
        'inconsistent',
        'OR = 1.40; CI 95% 1.04 – 2.88',
        'centre on the log scale √(lower·upper) = [1.725, 1.736]',
      ],
    ]);
  });

  it('the same in Indonesian, with the message in Indonesian', () => {
    const text =
      'Tabel 3. Model Cox kekambuhan (22 kejadian)\nFaktor | HR (IK 95%) | p\nUmur di atas 60 | 1,20 (0,52–3,10) | 0,66\nLaki-laki | 0,70 (0,28–1,61) | 0,42\nKelenjar positif | 3,10 (1,35–8,20) | 0,006\nDerajat 3 | 2,40 (0,98–6,90) | 0,055\nMerokok | 1,60 (0,62–4,50) | 0,33\nStadium III | 4,20 (1,60–13,5) | 0,003\n';
    const found = checkText(text, { lang: 'id' }).findings;
    expect(found.map((f) => [f.verdict, f.reported])).toEqual([
      ['consistent', 'HR = 1,20; IK 95% 0,52 – 3,10'],
      ['consistent', 'HR = 0,70; IK 95% 0,28 – 1,61'],
      ['consistent', 'HR = 3,10; IK 95% 1,35 – 8,20'],
      ['consistent', 'HR = 2,40; IK 95% 0,98 – 6,90'],
      ['consistent', 'HR = 1,60; IK 95% 0,62 – 4,50'],
      ['consistent', 'HR = 4,20; IK 95% 1,60 – 13,5'],
    ]);
    expect(found[0]!.explanation).toBe(
      'Rasio berada di dalam intervalnya; sebagian besar interval di tabel ini tidak berpusat pada rasionya pada skala log, jadi tabel ini tidak memuat interval Wald (profile likelihood, eksak atau bootstrap): kesimetrisannya dan p Wald tidak diperiksa.',
    );
  });
});
