/**
 * A correlation printed without its df or n, in a text that states its whole sample
 * (checks/r-without-df.ts), and correlations told in Indonesian words
 * (recognisers/correlation-prose-id.ts). Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'id' | 'en' = 'id') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const explanations = (text: string) => checkText(text, { lang: 'id' }).findings.map((f) => f.explanation);

describe('an r without df whose p needs more people than the text states (checks/r-without-df.ts)', () => {
  it('r printed 0,00 with p = 0,649 among 31 people: no sample up to 31 gives that p', () => {
    // |r| ≤ 0,005 at df = 29: t = 0,005·√(29 / (1 − 0,005²)) = 0,0269, two-tailed p ≥ 0,9787;
    // one-tailed p lies in 0,489–0,511. 0,649 is neither.
    const text =
      'Penelitian dilakukan pada 31 penderita kista ovarium. Analisis data menunjukkan nilai korelasi antara dukungan sosial dengan penerimaan diri sebesar 0,00 dengan p sebesar 0,649.';
    expect(findings(text)).toEqual([
      [
        'p-value',
        'inconsistent',
        '0,00 dengan p sebesar 0,649',
        'p = 0,9787 sampai 1,0000 (dua sisi) untuk |r(29)| ∈ [0,000; 0,005]',
      ],
    ]);
    expect(explanations(text)).toEqual([
      'Besar sampel r tidak dilaporkan, tetapi tidak ada besar sampel hingga yang terbesar disebut dalam teks (31) yang menghasilkan p yang dilaporkan, baik dua sisi maupun satu sisi: p itu memerlukan lebih banyak orang daripada yang diteliti.',
    ]);
  });

  it('a labelled r = 0,20 with p < 0,001 in a sample of 31', () => {
    // |r| ≤ 0,205 at df = 29: t = 0,205·√29 / √(1 − 0,205²) = 1,128, two-tailed p ≥ 0,2686.
    const text = 'Sampel penelitian sebanyak 31 responden. Hubungan kedua variabel lemah, r = 0,20; p < 0,001.';
    expect(findings(text)).toEqual([
      [
        'p-value',
        'inconsistent',
        'r = 0,20; p < 0,001',
        'p = 0,2686 sampai 1,0000 (dua sisi) untuk |r(29)| ∈ [0,195; 0,205]',
      ],
    ]);
  });

  it('English: N = 31 stated', () => {
    const text = 'All participants completed both scales, N = 31. The correlation was weak, r = .10, p = .049.';
    // |r| ≤ .105 at df = 29: t = .568, two-tailed p ≥ .574.
    expect(findings(text, 'en')).toEqual([
      [
        'p-value',
        'inconsistent',
        'r = .10, p = .049',
        'p = 0.5740 to 1.0000 (two-tailed) for |r(29)| ∈ [0.095, 0.105]',
      ],
    ]);
  });

  it('a p that fits the sample only as a one-tailed p is inconsistent unless the text says one-tailed', () => {
    // R: |r| ≤ 0,305 at df = 80 − 2 = 78: t = 0,305·√(78 / (1 − 0,305²)) = 2,8285, two-tailed
    // p ≥ 0,00594 (fewer people, larger p); one-tailed p ≥ 0,00297, so 0,003 is a one-tailed p.
    const text =
      'Partisipan penelitian ini sebanyak 80 mahasiswa. Terdapat hubungan positif yang signifikan antara efikasi diri dan motivasi belajar, r = 0,30; p = 0,003.';
    expect(findings(text)).toEqual([
      [
        'p-value',
        'inconsistent',
        'r = 0,30; p = 0,003',
        'p = 0,0059 sampai 1,0000 (dua sisi) untuk |r(78)| ∈ [0,295; 0,305]',
      ],
    ]);
    expect(explanations(text)).toEqual([
      'Besar sampel r tidak dilaporkan, tetapi tidak ada besar sampel hingga yang terbesar disebut dalam teks (80) yang menghasilkan p yang dilaporkan sebagai p dua sisi; p itu hanya sesuai sebagai p satu sisi (separuh p dua sisi), padahal teks tidak menyebut bahwa ujinya satu sisi atau berarah.',
    ]);
    // Stated one-tailed, the same p fits a sample of 80 (one-tailed p ≥ 0,00297).
    const stated = text.replace('Terdapat', 'Dengan uji satu arah, terdapat');
    expect(findings(stated)).toEqual([['p-value', 'not-checkable', 'r = 0,30; p = 0,003', '—']]);
  });

  it('a p that a sample of 31 or fewer can give stays not checkable', () => {
    // p ≥ 0,574 at df = 29, larger for fewer people: 0,649 fits some n ≤ 31.
    const text = 'Sampel penelitian sebanyak 31 responden. Hubungan kedua variabel lemah, r = 0,10; p = 0,649.';
    expect(findings(text)).toEqual([['p-value', 'not-checkable', 'r = 0,10; p = 0,649', '—']]);
  });

  it('counts of groups alone do not bound the sample (their sum may be larger)', () => {
    // 21 + 2 + 24 + 1 + 2 = 50 people: r = 0,270 at df = 48 gives p = 0,058; the largest count, 24, would not.
    const text =
      'Sebanyak 21 orang berpengetahuan baik dan 2 orang cukup pada umur 16 tahun; 24 orang baik dan 1 orang cukup pada umur 17 tahun; 2 orang baik pada umur 18 tahun. Uji Pearson menghasilkan r = 0,270 dan p = 0,058.';
    expect(findings(text)).toEqual([['p-value', 'not-checkable', 'r = 0,270 dan p = 0,058', '—']]);
  });

  it('an N in brackets after a group is the size of that group', () => {
    const text =
      'Intervention (N = 31) and control (N = 30) groups completed both scales. The correlation was weak, r = .10, p = .049.';
    expect(findings(text, 'en')).toEqual([['p-value', 'not-checkable', 'r = .10, p = .049', '—']]);
  });

  it('firms or panel observations: more data points than units, not read', () => {
    const firms =
      'Sampel penelitian sebanyak 10 perusahaan selama 5 tahun, N = 10. Hubungan kedua variabel lemah, r = 0,30; p = 0,034.';
    expect(findings(firms)).toEqual([['p-value', 'not-checkable', 'r = 0,30; p = 0,034', '—']]);
    const panel =
      'Sampel penelitian sebanyak 31 responden, data panel tiga gelombang. Hubungan kedua variabel lemah, r = 0,20; p < 0,001.';
    expect(findings(panel)).toEqual([['p-value', 'not-checkable', 'r = 0,20; p < 0,001', '—']]);
  });

  it('the size of each group is not the whole sample', () => {
    const text = 'Sampel sebanyak 15 orang per kelompok. Hubungan kedua variabel lemah, r = 0,10; p = 0,049.';
    expect(findings(text)).toEqual([['p-value', 'not-checkable', 'r = 0,10; p = 0,049', '—']]);
  });
});

describe('correlations told in Indonesian words (recognisers/correlation-prose-id.ts)', () => {
  it('"koefisien korelasi (r) sebesar … dan nilai signifikansi …" is an r with its p', () => {
    const text = 'Koefisien korelasi (r) antara motivasi dan prestasi sebesar 0,456 dan nilai signifikansi 0,012.';
    expect(findings(text)).toEqual([['p-value', 'not-checkable', '0,456 dan nilai signifikansi 0,012', '—']]);
  });

  it('a level of significance after the coefficient is not its p', () => {
    const text = 'Koefisien korelasi antara motivasi dan prestasi sebesar 0,456 dengan taraf signifikansi 0,05.';
    expect(findings(text)).toEqual([]);
  });
});
