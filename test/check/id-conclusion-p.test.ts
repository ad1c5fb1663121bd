/**
 * Indonesian findings and p-values as page text prints them, which the readers missed (fresh6-id,
 * then fresh5-id and fresh4-id; docs/check-corpora.md, "Indonesian conclusions and p-values as page text
 * prints them"): the p in the clause after the finding or in the next sentence, a level whose
 * comparison sign was lost beside the p, glued sentences, Spearman's ρ, findings denied or only
 * aimed at, p's given as a bound or only as their comparison with the level, and the guards that
 * keep these readers off rules, formulas and flattened tables. The texts are written for these
 * tests in the corpora's style. Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('the p in the clause after an Indonesian finding (recognisers/conclusions.ts)', () => {
  it('"dimana diperoleh", "yang ditunjukkan dengan", "di mana didapatkan" introduce the finding\'s p', () => {
    expect(
      findings(
        'Terdapat hubungan yang bermakna antara pendapatan dengan kejadian anemia, dimana diperoleh nilai p = 0,012 < 0,05.',
      ),
    ).toEqual([
      [
        'conclusion',
        'consistent',
        'Terdapat hubungan yang bermakna antara pendapatan dengan kejadian anemia, dimana diperoleh nilai p = 0,012',
        'p = 0,012 ≤ α = 0,05: signifikan',
      ],
    ]);
    // 0,004 ≤ 0,05 is significant: "tidak ada hubungan" contradicts it.
    expect(
      findings('Tidak ada hubungan antara umur dengan kepatuhan, yang ditunjukkan dengan nilai p = 0,004.'),
    ).toEqual([
      [
        'conclusion',
        'inconsistent',
        'Tidak ada hubungan antara umur dengan kepatuhan, yang ditunjukkan dengan nilai p = 0,004',
        'p = 0,004 ≤ α = 0,05: signifikan',
      ],
    ]);
    // 0,310 > 0,05 is not significant: "ada hubungan" contradicts it.
    expect(findings('Ada hubungan antara paritas dengan anemia, di mana didapatkan nilai p sebesar 0,310.')).toEqual([
      [
        'conclusion',
        'inconsistent',
        'Ada hubungan antara paritas dengan anemia, di mana didapatkan nilai p sebesar 0,310',
        'p = 0,310 > α = 0,05: tidak signifikan',
      ],
    ]);
  });

  it("a clause after the finding that is not the p's introduction is not read as its p", () => {
    expect(
      findings('Ada hubungan antara paritas dengan anemia, sedangkan umur diperoleh nilai p sebesar 0,310.'),
    ).toEqual([]);
  });
});

describe('a level whose sign was lost is not a second p (recognisers/conclusions.ts, lost-sign-level.ts)', () => {
  it('"nilai p sebesar 0,349 atau p 0,05 yang artinya Ho diterima" cites one p, 0,349', () => {
    expect(
      findings(
        'Berdasarkan uji statistik diperoleh hasil bahwa nilai p sebesar 0,349 atau p 0,05 yang artinya Ho diterima atau dengan kata lain tidak ada hubungan yang signifikan antara waktu merokok dengan kejadian ISPA.',
      ),
    ).toEqual([
      [
        'conclusion',
        'consistent',
        'nilai p sebesar 0,349 atau p 0,05 yang artinya Ho diterima',
        'p = 0,349 > α = 0,05: tidak signifikan',
      ],
    ]);
  });

  it('"nilai p = 0,000 … bahwa nilai p 0,05 artinya terdapat pengaruh": the finding is read with 0,000', () => {
    expect(
      findings(
        'Hasil uji Wilcoxon diperoleh nilai p = 0,000 pada tingkat kepercayaan 95 maka dapat disimpulkan bahwa nilai p 0,05 artinya tidak terdapat pengaruh terapi terhadap intensitas nyeri.',
      ),
    ).toEqual([
      ['p-value', 'reporting-issue', 'nilai p = 0,000', '—'],
      [
        'conclusion',
        'inconsistent',
        'nilai p = 0,000 pada tingkat kepercayaan 95 maka dapat disimpulkan bahwa nilai p 0,05 artinya tidak terdapat pengaruh',
        'p = 0,000 ≤ α = 0,05: signifikan',
      ],
    ]);
  });

  it('two printed p-values in one clause are still not read', () => {
    expect(findings('Nilai p sebesar 0,349 dan p = 0,020 yang artinya Ho diterima.')).toEqual([]);
  });
});

describe('sentences glued without a space (recognisers/segments.ts)', () => {
  it('"pasien.Dan nilai p = 0,015 …" starts a sentence with its own p', () => {
    const text =
      'Dan nilai p = 0,007 (p < 0,05) berarti secara statistik ada hubungan antara pelayanan dokter dengan kepuasan pasien.Dan nilai p = 0,415 (p > 0,05) berarti secara statistik ada hubungan antara pemeriksaan perawat dengan kepuasan pasien.';
    expect(findings(text)).toEqual([
      [
        'conclusion',
        'consistent',
        'nilai p = 0,007 (p < 0,05) berarti secara statistik ada hubungan',
        'p = 0,007 ≤ α = 0,05: signifikan',
      ],
      [
        'conclusion',
        'inconsistent',
        'nilai p = 0,415 (p > 0,05) berarti secara statistik ada hubungan',
        'p = 0,415 > α = 0,05: tidak signifikan',
      ],
    ]);
  });

  it('abbreviations glued to a capitalised word do not end a sentence', () => {
    // Split after "dr." or "Sp.", the finding would lose its p. 0,310 > 0,05: "ada hubungan" contradicts it.
    expect(
      findings('Ada hubungan antara umur dengan kepatuhan pasien dr.Soetomo Sp.OG dengan nilai p = 0,310.'),
    ).toEqual([
      [
        'conclusion',
        'inconsistent',
        'Ada hubungan antara umur dengan kepatuhan pasien dr.Soetomo Sp.OG dengan nilai p = 0,310',
        'p = 0,310 > α = 0,05: tidak signifikan',
      ],
    ]);
  });
});

describe('more ways Indonesian text states a finding from its p (recognisers/conclusions.ts)', () => {
  it('"dimana p = 0,002 p 0,05": the p introduced by "dimana" alone, the lost-sign level beside it', () => {
    expect(
      findings(
        'Hasil uji chi square menunjukkan bahwa materi penyuluhan mempunyai hubungan yang signifikan dengan tingkat pengetahuan siswa, dimana p = 0,002 p 0,05.',
      ),
    ).toEqual([
      [
        'conclusion',
        'consistent',
        'mempunyai hubungan yang signifikan dengan tingkat pengetahuan siswa, dimana p = 0,002',
        'p = 0,002 ≤ α = 0,05: signifikan',
      ],
    ]);
  });

  it('"Nilai signifikansi tersebut menunjukkan bahwa …" draws its finding from the p of the sentence before', () => {
    // 0,297 > 0,05: "terdapat korelasi yang bermakna" contradicts it.
    expect(
      findings(
        'Nilai signifikansi yang diperoleh dari uji Spearman yaitu sebesar 0,297. Nilai signifikansi tersebut menunjukkan bahwa terdapat korelasi yang bermakna antara body mass index dengan kadar LDL.',
      ),
    ).toEqual([
      [
        'conclusion',
        'inconsistent',
        'Nilai signifikansi yang diperoleh dari uji Spearman yaitu sebesar 0,297. Nilai signifikansi tersebut menunjukkan bahwa terdapat korelasi',
        'p = 0,297 > α = 0,05: tidak signifikan',
      ],
    ]);
  });

  it('"adanya hubungan" is a finding, also after "yang menandakan"', () => {
    expect(
      findings(
        'Hasil uji menunjukkan nilai p = 0,000 (p < 0,05), yang menandakan adanya hubungan positif antara dukungan keluarga dan kepatuhan berobat.',
      ),
    ).toEqual([
      ['p-value', 'reporting-issue', 'nilai p = 0,000', '—'],
      [
        'conclusion',
        'consistent',
        'nilai p = 0,000 (p < 0,05), yang menandakan adanya hubungan',
        'p = 0,000 ≤ α = 0,05: signifikan',
      ],
    ]);
  });
});

describe("Spearman's ρ is not a p (recognisers/rho-coefficients.ts)", () => {
  it('a ρ named by "koefisien korelasi" leaves the sentence one p', () => {
    expect(
      findings(
        'Hasil uji Spearman rho menunjukkan nilai p = 0,000 (p < 0,05) dengan koefisien korelasi ρ = 0,878, yang menandakan adanya hubungan positif antara dukungan keluarga dan kepatuhan berobat.',
      ),
    ).toEqual([
      ['p-value', 'reporting-issue', 'nilai p = 0,000', '—'],
      [
        'conclusion',
        'consistent',
        'nilai p = 0,000 (p < 0,05) dengan koefisien korelasi ρ = 0,878, yang menandakan adanya hubungan',
        'p = 0,000 ≤ α = 0,05: signifikan',
      ],
    ]);
  });

  it('"(ρ = 0,472, p = 0,007)": the ρ before a p of its own is no finding\'s p', () => {
    expect(
      findings(
        'Hasil penelitian menunjukkan adanya hubungan positif sedang dan signifikan antara dukungan sosial dengan tingkat stres akademik (ρ = 0,472, p = 0,007).',
      ),
      // The finding takes the p of its bracket, 0,007 (the comma inside the bracket cuts no clause).
    ).toEqual([
      [
        'conclusion',
        'consistent',
        'adanya hubungan positif sedang dan signifikan antara dukungan sosial dengan tingkat stres akademik (ρ = 0,472, p = 0,007',
        'p = 0,007 ≤ α = 0,05: signifikan',
      ],
    ]);
  });

  it('a ρ standing for the p is still read as one', () => {
    // 0,203 > 0,05: "ada hubungan" contradicts it.
    expect(
      findings(
        'Hasil uji Fisher menunjukkan nilai ρ = 0,203 yang berarti ada hubungan dukungan keluarga dengan kepatuhan minum obat.',
      ),
    ).toEqual([
      [
        'conclusion',
        'inconsistent',
        'nilai ρ = 0,203 yang berarti ada hubungan',
        'p = 0,203 > α = 0,05: tidak signifikan',
      ],
    ]);
  });
});

describe('findings denied before their relation (recognisers/denied-findings.ts)', () => {
  it('"tidak menunjukkan hubungan yang signifikan" claims no significant result', () => {
    expect(
      findings(
        'Hasil uji pada pekerjaan ibu tidak menunjukkan hubungan yang signifikan ( p value = 0,310 ) terhadap kepatuhan.',
      ),
    ).toEqual([
      [
        'conclusion',
        'consistent',
        'hubungan yang signifikan ( p value = 0,310',
        'p = 0,310 > α = 0,05: tidak signifikan',
      ],
    ]);
  });

  it('"Tidak ada faktor … yang berhubungan" denies every factor\'s relation', () => {
    expect(
      findings('Tidak ada faktor lingkungan kerja yang berhubungan secara signifikan dengan stres kerja (p = 0,410).'),
    ).toEqual([
      [
        'conclusion',
        'consistent',
        'berhubungan secara signifikan dengan stres kerja (p = 0,410',
        'p = 0,410 > α = 0,05: tidak signifikan',
      ],
    ]);
  });
});

describe('Indonesian findings from a p given as a bound (recognisers/bound-conclusions.ts)', () => {
  it('a finding with "( p value < 0,05 )" in its clause, and a denied one with "> 0,05"', () => {
    const text =
      'Terdapat hubungan yang signifikan antara tingkat pengetahuan ibu ( p value < 0,05 ) dengan kelengkapan imunisasi. Pekerjaan ibu tidak menunjukkan hubungan yang signifikan ( p value > 0,05 ) terhadap kepatuhan.';
    expect(findings(text)).toEqual([
      [
        'conclusion',
        'consistent',
        'Terdapat hubungan yang signifikan antara tingkat pengetahuan ibu ( p value < 0,05',
        'p < 0,05 ≤ α = 0,05: signifikan',
      ],
      [
        'conclusion',
        'consistent',
        'hubungan yang signifikan ( p value > 0,05',
        'p > 0,05 > α = 0,05: tidak signifikan',
      ],
    ]);
  });

  it('"nilai p > 0,05 sehingga ada hubungan" and "… sehingga Ho ditolak" contradict their bound', () => {
    expect(
      findings('Hasil uji chi square diperoleh nilai p > 0,05 sehingga ada hubungan antara umur dengan anemia.'),
    ).toEqual([
      ['conclusion', 'inconsistent', 'nilai p > 0,05 sehingga ada hubungan', 'p > 0,05 > α = 0,05: tidak signifikan'],
    ]);
    expect(findings('Hasil uji chi square diperoleh nilai p > 0,05 sehingga Ho ditolak.')).toEqual([
      ['conclusion', 'inconsistent', 'nilai p > 0,05 sehingga Ho ditolak', 'p > 0,05 > α = 0,05: tidak signifikan'],
    ]);
    expect(
      findings('Karena nilai sig < 0,05 maka terdapat korelasi antara hasil pretest dengan hasil posttest.'),
    ).toEqual([
      ['conclusion', 'consistent', 'nilai sig < 0,05 maka terdapat korelasi', 'p < 0,05 ≤ α = 0,05: signifikan'],
    ]);
  });

  it('is not read: a rule, two bounds in one clause, a sentence with an exact p, a bound beyond the level', () => {
    expect(findings('Hasil penelitian dikatakan bermakna (terdapat hubungan) apabila nilai p < 0,05.')).toEqual([]);
    expect(findings('Umur (p<0,05) dan paritas (p>0,05) berhubungan dengan anemia.')).toEqual([]);
    // The exact p is the finding's (conclusions.ts): the bound beside it is its comparison.
    expect(findings('Nilai p = 0,020 (p < 0,05) berarti ada hubungan antara umur dengan anemia.')).toEqual([
      [
        'conclusion',
        'consistent',
        'Nilai p = 0,020 (p < 0,05) berarti ada hubungan',
        'p = 0,020 ≤ α = 0,05: signifikan',
      ],
    ]);
    // p < 0,10 at α = 0,05 says nothing about significance; "p < 0,25" is no level at all.
    expect(findings('Terdapat hubungan antara umur dengan anemia (p < 0,10).')).toEqual([]);
    expect(findings('Terdapat hubungan antara umur dengan anemia (p < 0,25).')).toEqual([]);
  });
});

describe('χ² written "X 2" or "X2" with a df of its own (recognisers/labels.ts)', () => {
  it('"X 2 = 6,868, df = 3, dan nilai p = 0,076" is a χ² test', () => {
    // χ²(3) = 6,868 gives p = 0,0762 (jStat.chisquare.cdf); 6,8675–6,8685 give 0,0762.
    expect(findings('Diperoleh X 2 = 6,868, df = 3, dan nilai p = 0,076.')).toEqual([
      [
        'p-value',
        'consistent',
        'X 2 = 6,868, df = 3, dan nilai p = 0,076',
        'p = 0,0762 untuk |χ²(3)| ∈ [6,8675; 6,8685]',
      ],
    ]);
  });

  it("X2 without a df is a regression's second variable, not χ²", () => {
    expect(findings('Koefisien variabel jenis produk X 2 = 0,740 dengan nilai p = 0,030.')).toEqual([]);
  });
});

describe('decisions from a p printed only as its comparison with the level (recognisers/compared-conclusions.ts)', () => {
  it('"… yaitu 0,164>0,05 hal ini berarti H1 ditolak dan H0 diterima" and "Karena 0,03 < 0,05, maka Ho ditolak"', () => {
    expect(
      findings(
        'Nilai p tersebut lebih dari nilai α yaitu 0,164>0,05 hal ini berarti H1 ditolak dan H0 diterima yang menunjukkan tidak ada hubungan antara pemberian ASI dengan status gizi.',
      ),
    ).toEqual([
      ['conclusion', 'consistent', '0,164>0,05 hal ini berarti H1 ditolak', 'p = 0,164 > α = 0,05: tidak signifikan'],
    ]);
    expect(findings('Karena 0,03 < 0,05, maka Ho ditolak.')).toEqual([
      ['conclusion', 'consistent', '0,03 < 0,05, maka Ho ditolak', 'p = 0,03 ≤ α = 0,05: signifikan'],
    ]);
  });

  it('a finding drawn from a false comparison contradicts the p (one finding, not two)', () => {
    // 0,210 > 0,05: not significant, whatever the printed "<" says.
    expect(findings('Karena 0,210 < 0,05 maka terdapat pengaruh pelatihan terhadap pengetahuan.')).toEqual([
      ['conclusion', 'inconsistent', '0,210 < 0,05 maka terdapat pengaruh', 'p = 0,210 > α = 0,05: tidak signifikan'],
    ]);
  });

  it('is not read: a rule, an assumption test, a finding before the comparison, no word of consequence', () => {
    expect(findings('Jika 0,000 < 0,05 maka H0 ditolak.')).toEqual([]);
    // Normality decisions are the assumption reader's (a significant p means not normal), read once.
    expect(findings('Hasil uji menunjukkan 0,200 > 0,05 sehingga data berdistribusi normal.')).toEqual([
      [
        'conclusion',
        'consistent',
        '0,200 > 0,05 sehingga data berdistribusi normal',
        'p = 0,200 > α = 0,05: tidak signifikan',
      ],
    ]);
    expect(findings('Terdapat pengaruh pelatihan karena 0,000 < 0,05 dan ada hubungan umur.')).toEqual([]);
    expect(findings('Diperoleh 0,000 < 0,05 pada kelompok yang ada hubungan keluarga.')).toEqual([]);
  });
});

describe('"Jika … dibandingkan" compares, it states no rule (recognisers/decision-rules.ts)', () => {
  it('a finding after "Jika umur 25 – 35 tahun dibandingkan dengan …" is read', () => {
    expect(
      findings(
        'Jika umur 25 – 35 tahun dibandingkan dengan umur 36 – 45 tahun, maka terbukti bahwa umur 36 – 45 tahun merupakan faktor risiko hipertensi dengan nilai p = 0,0001.',
      ),
    ).toEqual([
      [
        'conclusion',
        'consistent',
        'merupakan faktor risiko hipertensi dengan nilai p = 0,0001',
        'p = 0,0001 ≤ α = 0,05: signifikan',
      ],
    ]);
  });

  it('a rule on the p is still a rule', () => {
    expect(findings('Jika p-value < 0,05 berarti berpengaruh terhadap kepatuhan (p = 0,300).')).toEqual([]);
  });
});

describe('"ada hubungan" followed at once by a list of names with their p (recognisers/conclusion-lists.ts)', () => {
  it('each item is claimed by the shared "ada hubungan"', () => {
    // 0,308 > 0,05: "ada hubungan" contradicts the second item.
    expect(
      findings(
        'Hasil analisis bivariat menunjukkan bahwa ada hubungan pengetahuan (p=0.003), riwayat asi eksklusif (p=0.308), dukungan suami (p=0.007) dengan stunting.',
      ),
    ).toEqual([
      ['conclusion', 'consistent', 'ada hubungan pengetahuan (p=0.003', 'p = 0.003 ≤ α = 0,05: signifikan'],
      ['conclusion', 'inconsistent', 'riwayat asi eksklusif (p=0.308)', 'p = 0.308 > α = 0,05: tidak signifikan'],
      ['conclusion', 'consistent', 'dukungan suami (p=0.007)', 'p = 0.007 ≤ α = 0,05: signifikan'],
    ]);
  });

  it('"ada hubungan yang signifikan (p=0,01)" names no item: no list', () => {
    expect(findings('Terdapat hubungan yang signifikan (p=0,01), dan umur (p=0,30) dengan kepatuhan.')).toEqual([
      ['conclusion', 'consistent', 'Terdapat hubungan yang signifikan (p=0,01', 'p = 0,01 ≤ α = 0,05: signifikan'],
    ]);
  });
});

describe('"dinyatakan signifikan", "hasilnya tidak bermakna" after the p (recognisers/conclusions.ts)', () => {
  it('the decision in the clause after the p is read with it', () => {
    expect(
      findings(
        'Hasil uji statistik didapatkan nilai OR= 2,452; CI 95= 0,999 sd 6,018; p= 0,047, dinyatakan signifikan.',
      ),
    ).toEqual([['conclusion', 'consistent', 'p= 0,047, dinyatakan signifikan', 'p = 0,047 ≤ α = 0,05: signifikan']]);
    // 0,617 > 0,05: "signifikan" contradicts it.
    expect(findings('Hasil uji statistik didapatkan nilai p= 0,617, dinyatakan signifikan.')).toEqual([
      ['conclusion', 'inconsistent', 'nilai p= 0,617, dinyatakan signifikan', 'p = 0,617 > α = 0,05: tidak signifikan'],
    ]);
    expect(findings('Diperoleh nilai p = 0,617 sehingga hasilnya tidak bermakna.')).toEqual([
      [
        'conclusion',
        'consistent',
        'nilai p = 0,617 sehingga hasilnya tidak bermakna',
        'p = 0,617 > α = 0,05: tidak signifikan',
      ],
    ]);
  });

  it('a rule is still not read', () => {
    // Without "Jika" the same words are a finding that contradicts p = 0,30.
    expect(findings('Jika nilai p = 0,30 maka hasilnya dinyatakan signifikan.')).toEqual([]);
  });
});

describe('a finding whose p the next sentence gives as its evidence (recognisers/p-in-next-sentence.ts)', () => {
  it('"… ada hubungan …. Dengan nilai p = 0,014" and "… Hal ini dibuktikan dengan … signifikansi 0,806"', () => {
    expect(
      findings(
        'Hasil uji chi square menunjukkan ada hubungan yang signifikan antara pengetahuan dengan kejadian DBD. Dengan nilai p = 0,014; OR=4,107 artinya masyarakat berpeluang 4 kali.',
      ),
    ).toEqual([
      [
        'conclusion',
        'consistent',
        'ada hubungan yang signifikan antara pengetahuan dengan kejadian DBD. Dengan nilai p = 0,014',
        'p = 0,014 ≤ α = 0,05: signifikan',
      ],
    ]);
    // 0,806 > 0,05: "ada hubungan yang signifikan" contradicts it.
    expect(
      findings(
        'Hasil pengujian membuktikan bahwa ada hubungan yang signifikan antara pengetahuan ibu dengan status gizi balita. Hal ini dibuktikan dengan harga korelasi sebesar 0,028 dengan signifikansi 0,806.',
      ),
    ).toEqual([
      [
        'conclusion',
        'inconsistent',
        'ada hubungan yang signifikan antara pengetahuan ibu dengan status gizi balita. Hal ini dibuktikan dengan harga korelasi sebesar 0,028 dengan signifikansi 0,806',
        'p = 0,806 > α = 0,05: tidak signifikan',
      ],
    ]);
  });

  it('is not read: a next sentence that does not open as evidence, or that has a finding of its own', () => {
    expect(
      findings('Ada hubungan antara pengetahuan dengan kejadian DBD. Pada kelompok sikap nilai p = 0,300.'),
    ).toEqual([]);
    expect(
      findings(
        'Ada hubungan antara pengetahuan dengan kejadian DBD. Dengan nilai p = 0,300 maka tidak ada hubungan antara sikap dengan kejadian DBD.',
      ),
    ).toEqual([
      ['conclusion', 'consistent', 'nilai p = 0,300 maka tidak ada hubungan', 'p = 0,300 > α = 0,05: tidak signifikan'],
    ]);
  });
});

describe('a table flattened into one sentence is no finding with its p (bound-conclusions.ts, compared-conclusions.ts)', () => {
  it('"Faktor yang berhubungan …" over rows of numbers and a note "p > 0,05" is not read', () => {
    // Read as a sentence, "berhubungan" against "p > 0,05" would be a false alarm.
    expect(
      findings(
        'Tabel 3. Faktor yang berhubungan dengan kepatuhan Umur 12 40,0 18 60,0 0,320 Pendidikan 17 60,0 12 40,0 0,410 Keterangan p > 0,05.',
      ),
    ).toEqual([]);
  });
});

describe('a relation that an aim or a question names is no finding (recognisers/denied-findings.ts)', () => {
  it('"untuk mengetahui adanya hubungan …, diperoleh nilai p = 0,300" and "menguji apakah ada pengaruh" claim nothing', () => {
    expect(
      findings(
        'Uji chi square digunakan untuk mengetahui adanya hubungan antara umur dengan anemia, diperoleh nilai p = 0,300.',
      ),
    ).toEqual([]);
    expect(findings('Uji ini menguji apakah ada pengaruh pelatihan (p = 0,300).')).toEqual([]);
    expect(findings('Uji ini menguji pengetahuan; ada pengaruh pelatihan (p = 0,300).')).toEqual([
      ['conclusion', 'inconsistent', 'ada pengaruh pelatihan (p = 0,300', 'p = 0,300 > α = 0,05: tidak signifikan'],
    ]);
  });
});

describe('"pada tingkat kepercayaan 95" in a result sentence (recognisers/statements.ts)', () => {
  it("the sentence's p is read; a sample-size formula's terms still are not", () => {
    expect(
      findings(
        'Hasil uji statistik Wilcoxon diperoleh nilai p = 0,000 pada tingkat kepercayaan 95 maka terdapat pengaruh.',
      ),
    ).toEqual([
      ['p-value', 'reporting-issue', 'nilai p = 0,000', '—'],
      [
        'conclusion',
        'consistent',
        'nilai p = 0,000 pada tingkat kepercayaan 95 maka terdapat pengaruh',
        'p = 0,000 ≤ α = 0,05: signifikan',
      ],
    ]);
    // Z = 1,96 with "p = 0,5" read as a z test would be a false alarm.
    expect(findings('Dengan tingkat kepercayaan 95% maka Z = 1,96, p = 0,5 dan d = 0,1.')).toEqual([]);
  });
});

describe('a p given with "bernilai", "senilai", "yaitu" (recognisers/conclusions.ts)', () => {
  it('"Asymp.sig. bernilai 0,038 … Sehingga dapat disimpulkan terdapat perbedaan"', () => {
    expect(
      findings(
        'Dilanjutkan uji wilcoxon dengan hasil test statistics diketahui Asymp.sig. bernilai 0,038 atau <0,05 Sehingga dapat disimpulkan terdapat perbedaan sikap sebelum dan setelah pelatihan.',
      ),
    ).toEqual([
      [
        'conclusion',
        'consistent',
        'sig. bernilai 0,038 atau <0,05 Sehingga dapat disimpulkan terdapat perbedaan',
        'p = 0,038 ≤ α = 0,05: signifikan',
      ],
    ]);
    // 0,380 > 0,05: "terdapat perbedaan" contradicts it.
    expect(findings('Nilai signifikansi yaitu 0,380 sehingga terdapat perbedaan sikap.')).toEqual([
      [
        'conclusion',
        'inconsistent',
        'Nilai signifikansi yaitu 0,380 sehingga terdapat perbedaan',
        'p = 0,380 > α = 0,05: tidak signifikan',
      ],
    ]);
  });
});

describe('"P.value", as R prints p.value (recognisers/conclusions.ts, labels.ts)', () => {
  it('is a p label for findings and for p = 0,000', () => {
    expect(
      findings(
        'Hasil menunjukkan nilai P.value sebesar 0,430 0,05, sehingga Ho gagal ditolak, artinya tidak ada hubungan yang bermakna antara sarana dengan demand.',
      ),
    ).toEqual([
      [
        'conclusion',
        'consistent',
        'nilai P.value sebesar 0,430 0,05, sehingga Ho gagal ditolak',
        'p = 0,430 > α = 0,05: tidak signifikan',
      ],
    ]);
    expect(findings('Nilai p.value = 0,000.')).toEqual([['p-value', 'reporting-issue', 'p.value = 0,000', '—']]);
  });
});

describe('a bound in the clause before the finding drawn from it (recognisers/bound-conclusions.ts)', () => {
  it('"Karena, nilai sig yang diperoleh < 0,05, maka … perubahan yang signifikan"', () => {
    expect(
      findings(
        'Karena, nilai sig yang diperoleh < 0,05, maka diketahui bahwa hasil Pretest dan Posttest mengalami perubahan yang signifikan (berarti).',
      ),
    ).toEqual([
      [
        'conclusion',
        'consistent',
        'nilai sig yang diperoleh < 0,05, maka diketahui bahwa hasil Pretest dan Posttest mengalami perubahan yang signifikan',
        'p < 0,05 ≤ α = 0,05: signifikan',
      ],
    ]);
    expect(findings('Karena nilai sig yang diperoleh > 0,05, maka terdapat pengaruh pelatihan.')).toEqual([
      [
        'conclusion',
        'inconsistent',
        'nilai sig yang diperoleh > 0,05, maka terdapat pengaruh',
        'p > 0,05 > α = 0,05: tidak signifikan',
      ],
    ]);
  });

  it("without a word of consequence the next clause's finding is not the bound's", () => {
    expect(findings('Nilai p < 0,05, umur berhubungan dengan anemia.')).toEqual([]);
  });
});
