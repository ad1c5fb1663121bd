/**
 * Layouts and phrasings of real theses and abstracts that the checks must read: p and
 * statistics in words, a decision drawn in the next clause or sentence, an impossible p
 * compared with a level; frequency tables whose layout was lost in page or PDF text; a
 * percentage with only the sample size beside it; a total stated away from its count. Each
 * rule is tested in both languages, with a text where it must not fire.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';
import type { CheckId, Finding } from '../../src/check/types.ts';

function findings(text: string, lang: 'id' | 'en', check?: CheckId): Finding[] {
  const r = checkText(text, { lang });
  return check ? r.findings.filter((f) => f.check === check) : r.findings;
}
const verdicts = (fs: Finding[]) => fs.map((f) => f.verdict);

describe('p and statistics written in words', () => {
  it('reads a p named before its statistic ("signifikansi … sebesar 0,64 dengan nilai z -1,856")', () => {
    // z = 1,856 gives p = 0,0635 two-tailed: 0,64 is ten times too large
    const [f] = findings(
      'Didapatkan hasil signifikansi pretest dan posttest kelompok kontrol sebesar 0,64 dengan nilai z -1,856.',
      'id',
      'p-value',
    );
    expect(f!.verdict).toBe('inconsistent');
    expect(f!.reported).toBe('signifikansi pretest dan posttest kelompok kontrol sebesar 0,64 dengan nilai z -1,856');
    expect(f!.recomputed).toBe('p = 0,0634 sampai 0,0635 (dua sisi) untuk |z| ∈ [1,8555; 1,8565]');
    expect(verdicts(findings('Didapatkan signifikansi sebesar 0,063 dengan nilai z -1,856.', 'id', 'p-value'))).toEqual(
      ['consistent'],
    );
    const [e] = findings('The difference was tested, p = .64 with z = -1.856.', 'en', 'p-value');
    expect(e!.verdict).toBe('inconsistent');
    expect(e!.recomputed).toBe('p = 0.0634 to 0.0635 (two-tailed) for |z| ∈ [1.8555, 1.8565]');
  });

  it('does not read the significance level as a p', () => {
    expect(findings('Taraf signifikansi yang digunakan sebesar 0,05 dengan nilai z 1,96.', 'id', 'p-value')).toEqual(
      [],
    );
  });

  it('reads a decision with its p in words ("p-value … sebesar 0,110>0,05 … berarti tidak ada hubungan")', () => {
    const id = findings(
      'Nilai p-value sikap dan motivasi sebesar 0,110>0,05 dengan angka korelasi +0,200 berarti ada hubungan sikap dengan motivasi.',
      'id',
      'conclusion',
    );
    expect(verdicts(id)).toEqual(['inconsistent']);
    expect(id[0]!.recomputed).toBe('p = 0,110 > α = 0,05: tidak signifikan');
    const en = findings(
      'The p-value of attitude and motivation was 0.110, so there was a relationship.',
      'en',
      'conclusion',
    );
    expect(verdicts(en)).toEqual(['inconsistent']);
  });
});

describe('a decision drawn from the p of the clause or sentence before', () => {
  it('reads "… sig. (2-tailed)= 1,000 > 0,05. Jadi kesimpulannya terdapat hubungan yang signifikan"', () => {
    const [f] = findings(
      'Tabel menunjukkan nilai sig. (2-\ntailed)= 1,000 > 0,05 pada uji spearman. Jadi kesimpulannya terdapat hubungan yang signifikan antara usia dengan kepatuhan.',
      'id',
      'conclusion',
    );
    expect(f!.verdict).toBe('inconsistent');
    expect(f!.explanation).toBe(
      'Kesimpulan "terdapat hubungan" bertentangan dengan nilai p yang dikutip: hasilnya tidak signifikan, sehingga H0 gagal ditolak.',
    );
    const [e] = findings(
      'The Spearman test gave p = 0.021 < 0.05. Therefore there was no relationship between age and compliance.',
      'en',
      'conclusion',
    );
    expect(e!.verdict).toBe('inconsistent');
    expect(e!.explanation).toBe(
      'The conclusion "there was no relationship" contradicts the p-value it cites: the result is significant, so H0 is rejected.',
    );
  });

  it('does not link a decision to an earlier p without a word of consequence, or across paragraphs', () => {
    expect(
      findings('Uji spearman memberikan p = 0,210. Terdapat hubungan antara usia dan kepatuhan.', 'id', 'conclusion'),
    ).toEqual([]);
    expect(
      findings(
        'The Spearman test gave p = 0.210.\n\nTherefore there was a relationship between age and compliance.',
        'en',
        'conclusion',
      ),
    ).toEqual([]);
  });
});

describe('an impossible p compared with a level', () => {
  it('reports "P value = 10,868 < 0,05" as impossible, and the decision built on it', () => {
    const en = findings(
      'The regression showed P value = 10,868 < 0,05, which means that there is a correlation between work and behaviour.',
      'en',
    );
    expect(en.map((f) => [f.check, f.verdict, f.explanation])).toEqual([
      ['p-value', 'inconsistent', 'A p-value cannot be greater than 1.'],
      [
        'conclusion',
        'inconsistent',
        'The conclusion "there is a correlation" contradicts the p-value it cites: the result is not significant, so H0 is not rejected.',
      ],
    ]);
    const id = findings(
      'Hasil regresi menunjukkan nilai p = 10,868 < 0,05 yang berarti ada hubungan antara pekerjaan dan perilaku.',
      'id',
    );
    expect(id.map((f) => [f.check, f.verdict])).toEqual([
      ['p-value', 'inconsistent'],
      ['conclusion', 'inconsistent'],
    ]);
    expect(id[0]!.explanation).toBe('Nilai p tidak mungkin lebih dari 1.');
  });

  it('leaves a number above 1 that is not compared with a level alone', () => {
    expect(findings('The items were scored (p = 12 in the manual).', 'en')).toEqual([]);
    expect(findings('Lihat nilai p = 12 pada lampiran.', 'id')).toEqual([]);
  });
});

describe('frequency tables that lost their layout', () => {
  it('reads numbered rows, one per line, against the total row (8/30 printed 26,75)', () => {
    const id = findings(
      'Tabel 2\nNo Tingkat Pendidikan Jumlah Persentase\n1. SD 6 orang 20,0%\n2. SMP 11 orang 36,7%\n3. SMA 5 orang 16,7%\n4. S1 8 orang 26,75\nTotal 30 orang 100%',
      'id',
      'percentages',
    );
    expect(verdicts(id)).toEqual(['consistent', 'consistent', 'consistent', 'inconsistent']);
    expect(id[3]!.reported).toBe('8 orang 26,75');
    expect(id[3]!.recomputed).toBe('8/30 = 26,67% dari total tabel 30');
    const en = findings(
      'Table 2\nNo Sex Number Percentage\n1. Male 10 people 33.3%\n2. Female 20 people 66.9%\nTotal 30 people 100%',
      'en',
      'percentages',
    );
    expect(verdicts(en)).toEqual(['consistent', 'inconsistent']);
    expect(en[1]!.recomputed).toBe("20/30 = 66.67% of the table's total 30");
  });

  it('reads a table printed column after column, and a share rounded down (6/52 printed 11,53)', () => {
    const id = findings(
      'Tabel 5.2 Distribusi Usia No. Usia Frekuensi Persentase 1. 2. 3. 20 - 29 30 – 39 40 – 49 6 14 32 11,53 26,92 61,54 Jumlah 52 100,00 Sumber: Kuesioner. Responden berusia 30 – 39 tahun sebanyak 14 responden 26,92.',
      'id',
      'percentages',
    );
    expect(id.map((f) => [f.verdict, f.reported])).toEqual([
      ['inconsistent', '6 (11,53%)'],
      ['consistent', '14 (26,92%)'],
      ['consistent', '32 (61,54%)'],
      ['consistent', '14 responden 26,92'],
    ]);
    expect(id[0]!.recomputed).toBe('6/52 = 11,54% dari total tabel 52');
    const en = findings(
      'Table 3 Age n % 20-29 30-39 40-49 6 14 32 11.54 26.92 61.53 Total 52 100.00 Source: questionnaire.',
      'en',
      'percentages',
    );
    expect(en.map((f) => [f.verdict, f.reported])).toEqual([
      ['consistent', '6 (11.54%)'],
      ['consistent', '14 (26.92%)'],
      ['inconsistent', '32 (61.53%)'],
    ]);
  });

  it('reads rows in running text ("Berisiko 16 20 Tidak Berisiko 64 80 Jumlah 80 100")', () => {
    expect(
      verdicts(
        findings('Umur Frekuensi Persentase Berisiko 16 20 Tidak Berisiko 64 81 Jumlah 80 100', 'id', 'percentages'),
      ),
    ).toEqual(['consistent', 'inconsistent']);
    expect(
      verdicts(findings('Age Frequency Percent At risk 16 20 Not at risk 64 80 Total 80 100', 'en', 'percentages')),
    ).toEqual(['consistent', 'consistent']);
  });

  it('reads nothing when the total row is not the sum of the counts, or there is no total row', () => {
    expect(
      findings('Umur Frekuensi Persentase Berisiko 16 20 Tidak Berisiko 64 80 Jumlah 90 100', 'id', 'percentages'),
    ).toEqual([]);
    expect(findings('Age n % 20-29 30-39 6 14 30.00 70.00 Source: questionnaire.', 'en', 'percentages')).toEqual([]);
  });
});

describe('a percentage without its count, of a stated sample size', () => {
  it('checks that some whole number of the n stated in the paragraph gives it (48,40% of 56 cannot be)', () => {
    const id = findings(
      'Sampel penelitian sebanyak 56 orang. Hasil penelitian menunjukkan 48,40% responden memiliki pengetahuan kurang dan 53,60% responden memiliki sikap cukup baik.',
      'id',
      'percentages',
    );
    expect(id.map((f) => [f.verdict, f.reported, f.recomputed])).toEqual([
      ['inconsistent', '48,40%', '27/56 = 48,21%, 28/56 = 50,00% (dari ukuran sampel 56 yang disebutkan dalam teks)'],
      ['consistent', '53,60%', '30/56 = 53,57% (dari ukuran sampel 56 yang disebutkan dalam teks)'],
    ]);
    expect(id[0]!.explanation).toBe(
      'Tidak ada jumlah bulat dari 56 yang menghasilkan persentase ini, meskipun pembulatan ke 2 desimal diperhitungkan; yang terdekat ditampilkan.',
    );
    const en = findings(
      'Questionnaires were given to 86 respondents. Most respondents had good knowledge (70.9%) and good attitude (67.5%).',
      'en',
      'percentages',
    );
    expect(en.map((f) => [f.verdict, f.recomputed])).toEqual([
      ['consistent', '61/86 = 70.93% (of the sample size 86 stated in the text)'],
      ['inconsistent', '58/86 = 67.44%, 59/86 = 68.60% (of the sample size 86 stated in the text)'],
    ]);
    expect(en[1]!.explanation).toBe(
      'No whole number out of 86 gives this percentage, even allowing for rounding to 1 decimal; the nearest are shown.',
    );
  });

  it('uses the group size named before the percentages in their sentence', () => {
    expect(
      findings(
        'Sebanyak 18 responden berpendidikan tinggi, sebesar 11,2% memanfaatkan puskesmas.',
        'id',
        'percentages',
      ).map((f) => [f.verdict, f.recomputed]),
    ).toEqual([['inconsistent', '2/18 = 11,11%, 3/18 = 16,67% (dari 18 yang disebut dalam kalimat)']]);
    expect(
      verdicts(
        findings(
          'Of the group, 18 respondents had higher education, and 11.1% of them used the clinic.',
          'en',
          'percentages',
        ),
      ),
    ).toEqual(['consistent']);
  });

  it('does not guess when the n is ambiguous or the percentage is not a share of people', () => {
    // two sample sizes in the paragraph
    expect(
      findings(
        'Sampel sebanyak 56 orang dan sampel kontrol sebanyak 40 orang. Sebanyak 48,40% responden berpengetahuan kurang.',
        'id',
        'percentages',
      ),
    ).toEqual([]);
    // a level, not a share
    expect(
      findings(
        'The sample was 56 respondents. The confidence level used for the respondents was 95.5%.',
        'en',
        'percentages',
      ),
    ).toEqual([]);
    // another number in the sentence
    expect(
      findings('The sample was 56 respondents. In 2019, 48.4% of respondents smoked.', 'en', 'percentages'),
    ).toEqual([]);
    // an effect size in per cent: r² 0,655 as "sumbangan efektif" (65,5% is no k/120)
    expect(
      findings(
        'Sampel penelitian sebanyak 120 mahasiswa. Kecerdasan emosi memberikan sumbangan efektif sebesar 65,5% pada prestasi belajar mahasiswa.',
        'id',
        'percentages',
      ),
    ).toEqual([]);
    expect(
      findings(
        "The sample was 120 students. Emotional intelligence explained 65.5% of the variance in the students' achievement.",
        'en',
        'percentages',
      ),
    ).toEqual([]);
  });
});

describe('a total stated away from its count', () => {
  it('reads "completed 20,173 trials, with 8,347 of these trials … (41.37%)" and the categories after it', () => {
    const en = findings(
      'Overall, the players completed 20,173 trials, with 8,347 of these trials resulting in correct responses (41.37%). There were 11,369 (56.36%) incorrect responses and an additional 457 (2.27%) timeouts recorded.',
      'en',
      'percentages',
    );
    expect(en.map((f) => [f.verdict, f.recomputed])).toEqual([
      ['inconsistent', '8347/20173 = 41.38% of the total 20173 printed with it'],
      ['consistent', '11369/20173 = 56.36% of 20173, the sum of the counts (the percentages add up to 100%)'],
      ['consistent', '457/20173 = 2.27% of 20173, the sum of the counts (the percentages add up to 100%)'],
    ]);
    const id = findings(
      'Penelitian melibatkan 120 responden, 44 di antaranya berjenis kelamin laki-laki (36,8%). Sebanyak 76 (63,3%) responden perempuan.',
      'id',
      'percentages',
    );
    expect(id.map((f) => [f.verdict, f.recomputed])).toEqual([
      ['inconsistent', '44/120 = 36,67% dari total 120 yang ditulis bersamanya'],
      ['consistent', '76/120 = 63,33% dari 120, jumlah semua frekuensi (persentasenya berjumlah 100%)'],
    ]);
  });

  it('does not take a count before "of which" as the total of the count after it', () => {
    // 38 is a share of all 79 respondents here, not of the 59
    const en = findings(
      'A total sample of 79 people took part. 59 respondents (74.7%) had good knowledge, of which 38 respondents (48.1%) had positive behaviour.',
      'en',
      'percentages',
    );
    expect(en.some((f) => f.verdict === 'inconsistent')).toBe(false);
    expect(
      findings(
        'Sebanyak 59 responden (74,7%) berpengetahuan baik, di antaranya 38 responden (48,1%) berperilaku positif.',
        'id',
        'percentages',
      ).some((f) => f.verdict === 'inconsistent'),
    ).toBe(false);
  });
});

describe('paired t-test rows broken over lines', () => {
  const idTable =
    'Tabel 4.17 Hasil Uji Statistik\nKelompok Pre-test Post-test II Selisih t p df\n±SD ±SD ±SD Perawat gigi 7,32±2,221 7,84±1,667 +0,52±1,803 -1,780 0,083 38\nGuru orkes 6,85±0,988 7,92±2,017 +1,07±2,080 -3,213 0,003\n38';
  it('checks t against the mean difference, its SD and n = df + 1, and p against t and df', () => {
    const f = findings(idTable, 'id').map((x) => [x.check, x.verdict, x.recomputed]);
    // Each difference is the difference of the printed means (7,84 − 7,32 = 0,52; 7,92 − 6,85 =
    // 1,07) and carries both their roundings (subtracted-differences.test.ts): 0,51·√39/1,8035 =
    // 1,766 to 0,53·√39/1,8025 = 1,836 holds 1,780 (t = 1,780 needs d = 0,514, which means of
    // 7,32 and 7,84 allow).
    expect(f).toEqual([
      ['standard-error', 'consistent', 't = rata-rata/(SB/√n) = [1,766; 1,836]'],
      ['p-value', 'consistent', 'p = 0,0830 sampai 0,0832 (dua sisi) untuk |t(38)| ∈ [1,7795; 1,7805]'],
      ['standard-error', 'consistent', 't = rata-rata/(SB/√n) = [3,182; 3,243]'],
      ['p-value', 'consistent', 'p = 0,0027 (dua sisi) untuk |t(38)| ∈ [3,2125; 3,2135]'],
    ]);
    const en = findings(
      'Table 2 Paired comparisons\nGroup Pre-test Post-test Difference t df p\nM±SD M±SD M±SD\nNurses 7.32±2.221 7.84±1.667\n+0.52±1.803 -1.801 38 0.020',
      'en',
    ).map((x) => [x.check, x.verdict]);
    // t = 1.801 fits the difference; with df = 38 it gives p = .080, not .020 (both sides of .05)
    expect(en).toEqual([
      ['standard-error', 'consistent'],
      ['p-value', 'decision-error'],
    ]);
  });

  it('reads no row without a header naming t, p and df', () => {
    expect(findings('Nilai 7,32±2,221 7,84±1,667 +0,52±1,803 -1,780 0,083 38', 'id')).toEqual([]);
    expect(findings('Scores 7.32±2.221 7.84±1.667 +0.52±1.803 -1.780 0.083 38', 'en')).toEqual([]);
  });
});

describe('a p before its statistic is not taken from a statistic with its own p', () => {
  it('leaves "p = .03 and t(20) = 1.20, p = .24" to the t and its own p', () => {
    expect(verdicts(findings('The first gave p = .03 and t(20) = 1.20, p = .24.', 'en', 'p-value'))).toEqual([
      'consistent',
    ]);
    expect(
      verdicts(
        findings('Uji pertama memberikan signifikansi sebesar 0,03 dan t(20) = 1,20; p = 0,24.', 'id', 'p-value'),
      ),
    ).toEqual(['consistent']);
  });
});
