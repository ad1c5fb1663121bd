/**
 * t tests reported without df, t-test and coefficient tables pasted flat, and df stated in words
 * beside the critical t (checks/t-without-df.ts, recognisers/flat-test-rows.ts,
 * recognisers/critical-df-statements.ts). Each case lists every finding naskah reports, exactly.
 * The p ranges were recomputed in R: 2*pt(-|t|, df) at the edges of t's rounding, df = 1 and
 * df = 1e9 for the range over every df (e.g. t = 1.20: 2*pt(-1.205, 1e9) = 0.2282,
 * 2*pt(-1.195, 1) = 0.4436; t = 0.215: 0.8294 and 0.8655; t(31) = 0.215: 0.8308–0.8316).
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'id' | 'en' = 'id') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('a t without df (checks/t-without-df.ts)', () => {
  it('is inconsistent when no df from 1 to infinity gives its p', () => {
    expect(findings('Nilai t hitung sebesar 0,215 dengan signifikansi 0,593.')).toEqual([
      [
        'p-value',
        'inconsistent',
        't hitung sebesar 0,215 dengan signifikansi 0,593',
        'p = 0,8294 sampai 0,8655 (dua sisi) untuk |t| ∈ [0,2145; 0,2155] pada derajat bebas berapa pun dari 1 sampai tak hingga',
      ],
    ]);
    // t = 5.80 at df = 1 gives p = 0.1088 (2*pt(-5.795, 1)), significant at large df: not a decision error.
    expect(findings('Nilai t = 5,80 dengan p = 0,40.')).toEqual([
      [
        'p-value',
        'inconsistent',
        't = 5,80 dengan p = 0,40',
        'p = 6,4 × 10^-9 sampai 0,1088 (dua sisi) untuk |t| ∈ [5,795; 5,805] pada derajat bebas berapa pun dari 1 sampai tak hingga',
      ],
    ]);
  });

  it('is a decision error when the recomputed p is on the other side of alpha at every df', () => {
    // "differed" claims a difference, and the printed p = .001 agrees (recognisers/english-conclusions.ts).
    expect(findings('The groups differed, t = 1.20, p = .001.', 'en')).toEqual([
      ['conclusion', 'consistent', 'differed, t = 1.20, p = .001', 'p = .001 is at or below α = 0.05: significant'],
      [
        'p-value',
        'decision-error',
        't = 1.20, p = .001',
        'p = 0.2282 to 0.4436 (two-tailed) for |t| ∈ [1.195, 1.205] at any df from 1 to infinity',
      ],
    ]);
  });

  it('is not judged for a t printed as a whole number (too often not a t statistic)', () => {
    expect(findings('Pengukuran dilakukan pada t = 2 dengan p = 0,9.')).toEqual([
      ['p-value', 'not-checkable', 't = 2 dengan p = 0,9', '—'],
    ]);
  });

  it('stays not checkable when some df, or a one-tailed reading at some df, gives its p', () => {
    // t = 2.45: p runs from 0.0143 (normal) to 0.2467 (df = 1); .02 is among them.
    expect(findings('The groups differed, t = 2.45, p = .02.', 'en')).toEqual([
      ['conclusion', 'consistent', 'differed, t = 2.45, p = .02', 'p = .02 is at or below α = 0.05: significant'],
      ['p-value', 'not-checkable', 't = 2.45, p = .02', '—'],
    ]);
    // t = 0.85 one-tailed: 0.1977 (normal) to 0.2756 (df = 1).
    // "was significant" beside the printed p = .21 is a conclusion the p contradicts.
    expect(findings('The effect was significant, t = 0.85, p = .21 (one-tailed).', 'en')).toEqual([
      [
        'conclusion',
        'inconsistent',
        'was significant, t = 0.85, p = .21',
        'p = .21 is above α = 0.05: not significant',
      ],
      ['p-value', 'not-checkable', 't = 0.85, p = .21', '—'],
    ]);
  });
});

describe('t-test tables pasted flat (recognisers/flat-test-rows.ts)', () => {
  it('reads the row by its header and takes the df stated beside the critical t in its paragraph', () => {
    const text =
      'Tabel 14. Hasil uji-t Uji-t t Sig. 2-tailed t tabel Eksperimen - Kontrol 0,215 0,593 2,042 Derajat kebebasan yang dibandingkan tabel adalah: Db= 32-1 = 31. Dengan Db = 31, maka nilai t tabel adalah 2,042.';
    expect(findings(text)).toEqual([
      [
        'p-value',
        'inconsistent',
        '0,215 0,593',
        'p = 0,8308 sampai 0,8316 (dua sisi) untuk |t(31)| ∈ [0,2145; 0,2155]',
      ],
    ]);
  });

  it('reads rows with a Keterangan column and a df column; a df of another paragraph is not taken', () => {
    const text =
      'Dengan dk = n − 2 = 40 – 2 = 38, maka diperoleh nilai t tabel = 2,024.\n\nTabel 5 Hasil Uji t Variabel t hitung t tabel Sig Keterangan Harga 3,211 2,042 0,003 Signifikan Lokasi 2,646 2,042 0,130 Signifikan Sumber: data primer\n\nTabel 6 Kelompok t df Sig. (2-tailed) Pretest 1,250 58 0,216 Posttest 4,870 58 0,000 Sumber: data';
    expect(findings(text)).toEqual([
      ['p-value', 'not-checkable', '3,211 2,042 0,003', '—'],
      // The Keterangan column is a decision from the p (recognisers/significance-labels.ts).
      ['conclusion', 'consistent', '0,003 Signifikan', 'p = 0,003 ≤ α = 0,05: signifikan'],
      // t = 2.646 gives 0.0081 (normal) to 0.2300 (df = 1): 0.130 is possible at some df.
      ['p-value', 'not-checkable', '2,646 2,042 0,130', '—'],
      ['conclusion', 'inconsistent', '0,130 Signifikan', 'p = 0,130 > α = 0,05: tidak signifikan'],
      // 2*pt(-1.2505, 58) = 0.2161, 2*pt(-1.2495, 58) = 0.2165.
      [
        'p-value',
        'consistent',
        '1,250 58 0,216',
        'p = 0,2161 sampai 0,2165 (dua sisi) untuk |t(58)| ∈ [1,2495; 1,2505]',
      ],
      ['p-value', 'reporting-issue', '4,870 58 0,000', 'p = 9,0 × 10^-6 (dua sisi) untuk |t(58)| ∈ [4,8695; 4,8705]'],
    ]);
  });

  it('does not read a row whose numbers are not as many as the header has columns', () => {
    expect(findings('Tabel 6 Kelompok t df Sig. Pretest 1,250 58 Posttest 4,870 58 0,000 Sumber: data')).toEqual([]);
  });
});

describe('SPSS Coefficients tables pasted flat (recognisers/flat-test-rows.ts)', () => {
  it('reads t and Sig. of each row, the constant without Beta, when t is about B/SE', () => {
    const text =
      'Coefficients a Model Unstandardized Coefficients Standardized Coefficients t Sig. B Std. Error Beta 1 Constant 2,310 1,150 2,009 ,049 Motivasi ,412 ,098 ,455 4,204 ,000 Disiplin ,105 ,090 ,118 1,167 ,012 a. Dependent Variable: Kinerja';
    // Each row's t is also held to B/SE (2,310/1,150 = 2,009; ,412/,098 = 4,204; ,105/,090 = 1,167).
    expect(findings(text)).toEqual([
      ['standard-error', 'consistent', 't = 2,009; M = 2,310, SE = 1,150', 't = rata-rata/SE = [2,007; 2,010]'],
      ['p-value', 'not-checkable', '2,009 ,049', '—'],
      ['standard-error', 'consistent', 't = 4,204; M = ,412, SE = ,098', 't = rata-rata/SE = [4,178; 4,231]'],
      ['p-value', 'reporting-issue', '4,204 ,000', '—'],
      ['standard-error', 'consistent', 't = 1,167; M = ,105, SE = ,090', 't = rata-rata/SE = [1,155; 1,179]'],
      // 2*pt(-1.1675, 1e9) = 0.2430, 2*pt(-1.1665, 1) = 0.4512: ,012 is below alpha, every df above it.
      [
        'p-value',
        'decision-error',
        '1,167 ,012',
        'p = 0,2430 sampai 0,4512 (dua sisi) untuk |t| ∈ [1,1665; 1,1675] pada derajat bebas berapa pun dari 1 sampai tak hingga',
      ],
    ]);
  });

  it('does not read a row whose t is far from B/SE (its columns are not these)', () => {
    const text =
      'Coefficients a Model Unstandardized Coefficients Standardized Coefficients t Sig. B Std. Error Beta 1 Constant 2,310 1,150 9,009 ,049 a. Dependent Variable: Kinerja';
    expect(findings(text)).toEqual([]);
  });
});

describe('t hitung with the variable named before its value (recognisers/labels.ts)', () => {
  it('reads "t hitung (untuk) variabel NAME sebesar/adalah t" with its p and df', () => {
    expect(findings('Nilai t hitung variabel motivasi sebesar 3,120 dengan nilai signifikansi 0,003.')).toEqual([
      [
        'p-value',
        'not-checkable',
        'Nilai t hitung variabel motivasi sebesar 3,120 dengan nilai signifikansi 0,003',
        '—',
      ],
    ]);
    // 2*pt(-1.0505, 58) = 0.2978, 2*pt(-1.0495, 58) = 0.2983.
    expect(
      findings(
        'Hasil uji t menunjukkan t hitung untuk variabel disiplin kerja adalah 1,050 dengan signifikansi 0,298 (db = 58).',
      ),
    ).toEqual([
      [
        'p-value',
        'consistent',
        't hitung untuk variabel disiplin kerja adalah 1,050 dengan signifikansi 0,298',
        'p = 0,2978 sampai 0,2983 (dua sisi) untuk |t(58)| ∈ [1,0495; 1,0505]',
      ],
    ]);
  });
});

describe('a t table whose caption or notes say its tests are one-tailed (recognisers/table-tails.ts)', () => {
  // t(45) = 2.31: two-tailed p = 2*pt(-2.31, 45) = .0254, one-tailed .0127 (printed .013);
  // t(45) = 1.98: one-tailed .0269 (printed .027), two-tailed .0539 (a decision error if read so).
  const rows = ['Outcome t df p', 'Weight loss 2.31 45 .013', 'BMI change 1.98 45 .027'];
  const oneTailed = [
    ['p-value', 'consistent', '2.31 45 .013', 'p = 0.0126 to 0.0129 (one-tailed) for |t(45)| ∈ [2.305, 2.315]'],
    ['p-value', 'consistent', '1.98 45 .027', 'p = 0.0266 to 0.0272 (one-tailed) for |t(45)| ∈ [1.975, 1.985]'],
  ];
  const all = (text: string) =>
    checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

  it('reads them one-tailed when the caption or a note says so', () => {
    expect(all(['Table 5. Results of the one-tailed t tests', ...rows].join('\n'))).toEqual(oneTailed);
    expect(all(['Table 5. Results of the t tests', ...rows, 'Note. All tests were one-sided.'].join('\n'))).toEqual(
      oneTailed,
    );
  });

  it('reads them as before when nothing says so, or when two-tailed tests are named as well', () => {
    const twoTailed = [
      ['p-value', 'inconsistent', '2.31 45 .013', 'p = 0.0252 to 0.0258 (two-tailed) for |t(45)| ∈ [2.305, 2.315]'],
      ['p-value', 'decision-error', '1.98 45 .027', 'p = 0.0533 to 0.0544 (two-tailed) for |t(45)| ∈ [1.975, 1.985]'],
    ];
    expect(all(['Table 5. Results of the t tests', ...rows].join('\n'))).toEqual(twoTailed);
    expect(
      all(
        ['Table 5. Results of the t tests', ...rows, 'Note. Weight loss one-tailed, BMI change two-tailed.'].join('\n'),
      ),
    ).toEqual(twoTailed);
  });
});

describe('a pipe table whose notes, under it after a blank line, say its tests are one-tailed (recognisers/table-tails.ts)', () => {
  // The same rows as above: one-tailed p = pt(-2.31, 45) = .0127 and pt(-1.98, 45) = .0269.
  const table = (note: string) =>
    [
      'Table 5. Results of the t tests',
      '',
      '| Outcome | t | df | p |',
      '|---|---|---|---|',
      '| Weight loss | 2.31 | 45 | .013 |',
      '| BMI change | 1.98 | 45 | .027 |',
      '',
      note,
    ].join('\n');
  const verdicts = (text: string) => checkText(text, { lang: 'en' }).findings.map((f) => [f.verdict, f.recomputed]);

  it('reads them one-tailed', () => {
    expect(verdicts(table('Note. All tests were one-sided.'))).toEqual([
      ['consistent', 'p = 0.0126 to 0.0129 (one-tailed) for |t(45)| ∈ [2.305, 2.315]'],
      ['consistent', 'p = 0.0266 to 0.0272 (one-tailed) for |t(45)| ∈ [1.975, 1.985]'],
    ]);
  });

  it('a paragraph that is not a note is not read as one', () => {
    expect(verdicts(table('A one-sided test would have given half these p values.'))).toEqual([
      ['inconsistent', 'p = 0.0252 to 0.0258 (two-tailed) for |t(45)| ∈ [2.305, 2.315]'],
      ['decision-error', 'p = 0.0533 to 0.0544 (two-tailed) for |t(45)| ∈ [1.975, 1.985]'],
    ]);
  });
});
