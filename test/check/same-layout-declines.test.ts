/**
 * Tables laid out as a reader expects whose numbers are something else (adversarial review of the
 * newest readers, session of 3 December 2026): a mean (SE) table, rows that are time points of
 * the same people, a test row of statistics or of another test, counts and their % in the mean
 * (SD) cells. Each reader must decline them; each case lists every finding naskah reports,
 * exactly. The texts were written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'id' | 'en' = 'en') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported]);

describe('group rows of n and mean (SD) closed by a test row (recognisers/summary-test-columns.ts)', () => {
  it('declines a table of means and standard errors', () => {
    const text =
      'Table 2. Scores by group, mean (SE)\nGroup n Knowledge Attitude\nIntervention 40 12.1 (0.5) 30.2 (0.9)\nControl 40 11.0 (0.6) 29.1 (1.0)\nt test 0.16 0.42';
    expect(findings(text)).toEqual([]);
  });

  it('declines a median (IQR) table', () => {
    const text = 'Table 7. Median (IQR) of length of stay, days\nWard A 40 5.0 (3.0)\nWard B 40 6.0 (4.0)\nt test 0.03';
    expect(findings(text)).toEqual([]);
  });

  it('declines rows that are time points of the same people, in English and Indonesian', () => {
    const pre =
      'Table 3. Knowledge before and after training\nTime n Knowledge Practice\nPre-test 35 10.2 (2.1) 14.5 (3.0)\nPost-test 35 11.4 (2.3) 15.6 (3.1)\nt test 0.001 0.002';
    expect(findings(pre)).toEqual([]);
    const weeks = 'Table 4\nBaseline 30 20.1 (4.2)\nWeek 4 30 18.2 (4.0)\nWeek 8 30 16.9 (4.1)\nANOVA 0.001';
    expect(findings(weeks)).toEqual([]);
    const id = 'Tabel 4. Skor pengetahuan\nSebelum 30 10,2 (2,1)\nSesudah 30 11,4 (2,3)\nUji t 0,001';
    expect(findings(id, 'id')).toEqual([]);
    // Items of one scale, answered by the same 120 people: p 1.4e-5–.047 as independent groups.
    const items =
      'Table 3. Item scores\nItem 1 120 3.2 (0.8)\nItem 2 120 3.5 (0.9)\nItem 3 120 3.1 (1.0)\nANOVA 0.0001';
    expect(findings(items)).toEqual([]);
  });

  it('declines a test row of another test or of statistics', () => {
    const rm =
      'Table 4\nGroup A 30 20.1 (4.2)\nGroup B 30 18.2 (4.0)\nGroup C 30 16.9 (4.1)\nANOVA (repeated measures) 0.001';
    expect(findings(rm)).toEqual([]);
    const trend = 'Table 6\nLow 50 12.1 (3.0)\nMiddle 50 13.0 (3.1)\nHigh 50 14.2 (2.9)\nANOVA, p for trend 0.001';
    expect(findings(trend)).toEqual([]);
    // 0.65 and 0.39 are t's: as p's they would not match the means (p .41–.63 and .55–.85).
    const stat = 'Table 5\nMale 50 12.1 (3.0) 14.0 (2.5)\nFemale 50 12.5 (3.1) 14.2 (2.6)\nt-test statistic 0.65 0.39';
    expect(findings(stat)).toEqual([]);
  });

  it('declines cells that are counts and their share of the row n', () => {
    const text = 'Table 9\nMale 100 40 (40.0) 60 (60.0)\nFemale 100 45 (45.0) 55 (55.0)\nt test 0.47 0.47';
    expect(findings(text)).toEqual([]);
  });

  it('still reads the groups of a plain table: Student t, 12.4 (3.1) n 40 vs 10.1 (2.9) n 35, p .0008–.0037', () => {
    const text = 'Table 2. Scores, mean (SD)\nBoys 40 12.4 (3.1)\nGirls 35 10.1 (2.9)\nt test 0.20';
    expect(findings(text)).toEqual([['p-value', 'decision-error', '12.4 (3.1), n = 40; 10.1 (2.9), n = 35; p = 0.20']]);
  });
});

describe('group rows ending in their size with t and p in the first (recognisers/group-size-last-t-rows.ts)', () => {
  it('declines rows that are a pretest and a posttest of the same people', () => {
    const text =
      'Tabel 4.3 Perbedaan skor nyeri Pengukuran Mean ± SD t p n Pretest 6,20 ± 1,10 8,512 0,000 20 Posttest 3,40 ± 1,30 20 Sumber: data primer';
    expect(findings(text, 'id')).toEqual([]);
    const before =
      'Tabel 5 Tekanan darah Waktu Mean ± SD t p n Sebelum 150,2 ± 10,1 4,210 0,001 15 Sesudah 140,1 ± 9,8 15';
    expect(findings(before, 'id')).toEqual([]);
  });
});

describe("an adjusted ratio's p held to its interval's Wald p (checks/adjusted-ratio-p.ts)", () => {
  // 1.89 (1.10–3.23): Wald p from the interval 0.019–0.022; a p of 0.010 is off by a factor of
  // about two, within the allowance for a p of another test of the same data.
  it('keeps the allowance when the table says its p are likelihood-ratio tests', () => {
    const text =
      'Table 4. Adjusted odds ratios; p values from likelihood ratio tests\nVariable aOR 95% CI p\nSmoking 1.89 1.10–3.23 0.010';
    expect(findings(text)).toEqual([
      ['confidence-interval', 'consistent', 'OR = 1.89; CI 95% 1.10 – 3.23'],
      ['confidence-interval', 'consistent', 'OR = 1.89; CI 95% 1.10 – 3.23; p = 0.010'],
    ]);
  });

  it('keeps it for exact, penalised (Firth), bootstrap and mixed-model fits', () => {
    for (const model of [
      'exact logistic regression',
      'Firth penalised logistic regression',
      'logistic regression with bootstrap 95% CI',
      'a multilevel (mixed-effects) logistic model',
    ]) {
      const text = `Table 8. Adjusted odds ratios from ${model}\nVariable aOR (95% CI) p\nSmoking 1.89 (1.10–3.23) 0.010`;
      expect(findings(text).filter((f) => f[1] !== 'consistent')).toEqual([]);
    }
  });

  it('keeps it for a p labelled crude beside an adjusted ratio', () => {
    const text = 'After adjustment, smokers had higher odds (AOR 1.89, 95% CI 1.10–3.23; crude p = 0.010).';
    expect(findings(text).filter((f) => f[1] !== 'consistent')).toEqual([]);
  });
});

describe('the level an Indonesian finding states in its sentence (recognisers/stated-levels-id.ts)', () => {
  it("is not a sample size's margin of error (Slovin's tingkat kesalahan 10%)", () => {
    const text =
      'Dengan sampel yang dihitung pada tingkat kesalahan 10%, diperoleh nilai sig. 0,07 sehingga disiplin tidak berpengaruh signifikan terhadap kinerja.';
    expect(findings(text, 'id')).toEqual([
      ['conclusion', 'consistent', 'nilai sig. 0,07 sehingga disiplin tidak berpengaruh'],
    ]);
  });

  it("is not an assumption test's level stated before it", () => {
    const text =
      'Uji normalitas pada taraf signifikansi 10% menunjukkan data normal, dan hasil uji t menunjukkan nilai sig. 0,08 sehingga tidak terdapat pengaruh yang signifikan.';
    expect(findings(text, 'id')).toEqual([
      ['conclusion', 'consistent', 'nilai sig. 0,08 sehingga tidak terdapat pengaruh'],
    ]);
  });

  it('is still the level of a finding that states it (p 0,07 significant at 10%)', () => {
    const text =
      'Nilai sig. 0,07 sehingga promosi berpengaruh signifikan terhadap keputusan pembelian pada taraf nyata 10%.';
    expect(findings(text, 'id')).toEqual([
      ['conclusion', 'consistent', 'Nilai sig. 0,07 sehingga promosi berpengaruh'],
    ]);
  });
});

describe('Indonesian shares of a subgroup named before them (recognisers/subgroup-shares-id.ts)', () => {
  it('reads the pairs after "dari responden perempuan tersebut" as shares of the women (10/40, 30/40)', () => {
    const text =
      'Jumlah responden dalam penelitian ini adalah 60 orang. Responden perempuan sebanyak 40 orang (66,7%), dan dari responden perempuan tersebut sebanyak 10 orang (25,0%) bekerja dan 30 orang (75,0%) tidak bekerja.';
    expect(findings(text, 'id')).toEqual([
      ['percentages', 'consistent', '40 orang (66,7%)'],
      ['percentages', 'consistent', '10 orang (25,0%)'],
      ['percentages', 'consistent', '30 orang (75,0%)'],
    ]);
  });

  it('does not read a share of a group sized in another sentence against the paragraph sample', () => {
    const text =
      'Jumlah responden dalam penelitian ini adalah 60 orang. Responden perempuan sebanyak 40 orang (66,7%). Dari responden perempuan, yang bekerja sebanyak 10 orang (25,0%).';
    expect(findings(text, 'id')).toEqual([['percentages', 'consistent', '40 orang (66,7%)']]);
  });

  it('still reads a sentence whose "tersebut" is about a table (20/60, 40/60)', () => {
    const text =
      'Pada tabel tersebut, responden laki-laki sebanyak 20 orang (33,3%) dan perempuan 40 orang (66,7%) dari 60 responden.';
    expect(findings(text, 'id')).toEqual([
      ['percentages', 'consistent', '20 orang (33,3%)'],
      ['percentages', 'consistent', '40 orang (66,7%)'],
    ]);
  });
});

describe('"no" naming a condition (recognisers/no-condition-labels.ts)', () => {
  it('is a negation after "and" when no partner condition is named before it', () => {
    // F(2, 38) = 1.20 gives p = .311–.314: consistent, and "no age groups differed" claims no difference.
    const text =
      'Scores improved after training, t(40) = 3.10, p = .003, and no age groups differed significantly, F(2, 38) = 1.20, p = .31.';
    expect(findings(text)).toEqual([
      ['p-value', 'consistent', 't(40) = 3.10, p = .003'],
      ['p-value', 'consistent', 'F(2, 38) = 1.20, p = .31'],
    ]);
  });
});

describe('a closing decision on H0 read against the one p before it (recognisers/closing-decisions.ts)', () => {
  it('is not read when a statistic compared with its critical value stands between them', () => {
    const text =
      'Hasil uji F menunjukkan nilai signifikansi 0,000. Nilai t hitung 1,20 < t tabel 2,02. Dengan demikian Ho diterima, artinya tidak terdapat pengaruh parsial.';
    expect(findings(text, 'id').filter((f) => f[0] === 'conclusion')).toEqual([]);
    const r = 'Nilai Asymp. Sig. 0,412.\n\nNilai r hitung 0,512 > r tabel 0,361. Jadi Ho ditolak.';
    expect(findings(r, 'id')).toEqual([]);
  });

  it('is still read when the statistic and its critical value agree with the p (both significant)', () => {
    const text =
      'Hasil uji paired sample t-test diperoleh nilai sig (2-Tailed) yaitu 0,000 lebih kecil dari 0,05. Sedangkan thitung 24,791 dan t tabel 1,69 sehingga thitung > ttabel.\nDengan demikian dapat disimpulkan bahwa Ho diterima.';
    expect(findings(text, 'id').filter((f) => f[0] === 'conclusion')).toEqual([
      [
        'conclusion',
        'inconsistent',
        '0,000 lebih kecil dari 0,05. Sedangkan thitung 24,791 dan t tabel 1,69 sehingga thitung > ttabel. Dengan demikian dapat disimpulkan bahwa Ho diterima',
      ],
    ]);
  });

  it('is not read when another hypothesis is named between them', () => {
    const text =
      'Hipotesis pertama diuji dengan uji t dan diperoleh sig. 0,003 sehingga H1 diterima. Hipotesis kedua diuji dengan uji korelasi. Dengan demikian H0 diterima untuk hipotesis kedua.';
    expect(findings(text, 'id')).toEqual([['conclusion', 'consistent', 'sig. 0,003 sehingga H1 diterima']]);
  });

  it("is not read when it decides a partial test after a simultaneous test's p", () => {
    const text =
      'Hasil uji F menunjukkan nilai signifikansi 0,000 sehingga model layak digunakan. Secara parsial, variabel promosi tidak berpengaruh terhadap keputusan pembelian. Jadi H0 diterima.';
    expect(findings(text, 'id').filter((f) => f[0] === 'conclusion')).toEqual([]);
  });

  it('is read at the level the closing sentence states (p 0,062 ≤ 0,10)', () => {
    const text = 'Nilai p-value sebesar 0,062. Jadi Ha diterima pada taraf signifikansi 10%.';
    expect(findings(text, 'id')).toEqual([['conclusion', 'consistent', '0,062. Jadi Ha diterima']]);
  });
});

describe('a decision after a p that opens another finding (recognisers/with-clause-decisions.ts)', () => {
  it('"…, p < 0.01), and no significant gender differences" is not the correlation’s decision', () => {
    const text =
      'There was a moderate positive correlation between self-esteem and GPA (r = 0.38, p < 0.01), and no significant gender differences were observed.';
    expect(findings(text)).toEqual([['p-value', 'not-checkable', 'r = 0.38, p < 0.01']]);
  });
});

describe('coefficients restated after their table (checks/restated-coefficients.ts)', () => {
  const TABLE =
    'Tabel 4.8 Hasil Regresi Linear Berganda\nModel Unstandardized Coefficients Standardized Coefficients\nB Std. Error Beta\n1 (Constant)\n2.115 0.870\nX1 .245\n.061 .312 X2\n.318 .077\n.401\nSumber: Output SPSS 22\n';
  it('are not those of a later model of a moderated or hierarchical regression', () => {
    const text = `${TABLE}Setelah variabel moderasi dimasukkan pada model 2, koefisien b1 sebesar 0,198 dan b2 sebesar 0,276.`;
    expect(findings(text, 'id')).toEqual([]);
  });

  it('are not those given as a percentage or per several units', () => {
    const text = `${TABLE}Koefisien regresi X1 sebesar 24,5% dan koefisien regresi b2 = 3,18 per 10 satuan motivasi.`;
    expect(findings(text, 'id')).toEqual([]);
  });

  it('are still held to the table in a sentence about it (b1 0,254 for the table’s .245)', () => {
    const text = `${TABLE}Berdasarkan Tabel 4.8 diperoleh koefisien regresi b1 sebesar 0,254 dan b2 sebesar 0,318.`;
    expect(findings(text, 'id')).toEqual([['repeated-values', 'inconsistent', 'b1 sebesar 0,254']]);
  });
});

describe("a count row's p held to tests of its counts (recognisers/count-row-p.ts)", () => {
  // 20/50 vs 12/50: Pearson's χ² p = .086, Yates .134, Fisher .133; 35/50 vs 30/50: .29, .40, .40.
  it('is not read when the p is marked and the notes name a test of another kind', () => {
    const text =
      'Table 1. Characteristics\nCharacteristic Cases (N = 50) Controls (N = 50) P-value\nObese 20 (40.0) 12 (24.0) 0.004*\nMarried 35 (70.0) 30 (60.0) 0.29\n* t test on BMI';
    expect(findings(text).filter((f) => f[0] === 'p-value')).toEqual([
      ['p-value', 'consistent', '35 : 30 / 15 : 20; p = 0.29'],
    ]);
  });

  it("is not read when a test column names another test before it ('t 0.004')", () => {
    const text =
      'Table 1. Characteristics\nCharacteristic Cases (N = 50) Controls (N = 50) Test P-value\nObese 20 (40.0) 12 (24.0) t 0.004\nMarried 35 (70.0) 30 (60.0) χ² 0.29';
    expect(findings(text).filter((f) => f[0] === 'p-value')).toEqual([
      ['p-value', 'consistent', '35 : 30 / 15 : 20; p = 0.29'],
    ]);
  });

  it("still reads a variable's p printed on its name's line ('Sex | 0.091': χ²(1) = 2.87, p .091)", () => {
    const text =
      'Table 1.\nCharacteristics | Controls (n=335) | Cases (n=380) | P value\nNo. | % | No. | % |\nSex | 0.091 | ||||\nMale | 269 | 80.3 | 285 | 75.0 | |\nFemale | 66 | 19.7 | 95 | 25.0 | |';
    expect(findings(text).filter((f) => f[0] === 'p-value')).toEqual([
      ['p-value', 'consistent', '269 : 285 / 66 : 95; p = 0.091'],
    ]);
  });
});

describe('an option block closed by a total row (recognisers/option-table-totals.ts)', () => {
  it("does not take a total row of the whole table's N for the first group (30 + 10 = 40 of 80)", () => {
    const text =
      'Tabel 5 Distribusi Pemakaian Obat Nyamuk No. Variabel Kasus Kontrol 1 Memakai obat nyamuk bakar a. Ya b. Tidak 30 10 75,0 25,0 12 28 30,0 70,0 Jumlah 80 100';
    expect(findings(text, 'id')).toEqual([
      ['percentages', 'consistent', '30 (75,0%)'],
      ['percentages', 'consistent', '10 (25,0%)'],
    ]);
  });
});
