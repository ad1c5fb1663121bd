/**
 * Reported statistics whose layout was lost in page text (dev4, issue #14): cross tables read
 * back without their % signs, counts whose % signs were lost after their group or under an
 * "n (%)" header, shares of the sample a paragraph (or the one before it) states,
 * and odds-ratio intervals broken after a decimal comma or followed by the next parenthesis's p.
 * Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('cross tables that lost their layout and % signs (recognisers/flat-cross-tables.ts)', () => {
  it('row percentages: each share against its row total, the total row against the grand total', () => {
    const text =
      'Tabel 3. Hubungan sikap dengan perilaku No Sikap Perilaku Total p Baik Kurang n % n % n % 1 Positif 20 80,0 5 20,0 25 100 0,021 2 Negatif 9 45,0 11 55,0 20 100 Jumlah 29 64,4 16 36,5 45 100 Berdasarkan tabel 3 sikap berhubungan dengan perilaku.';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '20 80,0', '20/25 = 80,00% dari total baris 25'],
      ['percentages', 'consistent', '5 20,0', '5/25 = 20,00% dari total baris 25'],
      ['percentages', 'consistent', '9 45,0', '9/20 = 45,00% dari total baris 20'],
      ['percentages', 'consistent', '11 55,0', '11/20 = 55,00% dari total baris 20'],
      ['percentages', 'consistent', '29 64,4', '29/45 = 64,44% dari total baris 45'],
      ['percentages', 'inconsistent', '16 36,5', '16/45 = 35,56% dari total baris 45'],
    ]);
  });

  it('column percentages: the total row reads 100 under every column', () => {
    const text =
      'Tabel 2. Jenis kelamin dan kepatuhan Jenis kelamin Patuh Tidak patuh Total n n n 1 Laki-laki 12 40,0 18 60,0 30 50,0 2 Perempuan 18 60,0 12 41,0 30 50,0 Total 30 100,0 30 100,0 60 100,0 Sumber: data primer';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '12 40,0', '12/30 = 40,00% dari total tabel 30'],
      ['percentages', 'consistent', '18 60,0', '18/30 = 60,00% dari total tabel 30'],
      ['percentages', 'consistent', '30 50,0', '30/60 = 50,00% dari total tabel 60'],
      ['percentages', 'consistent', '18 60,0', '18/30 = 60,00% dari total tabel 30'],
      ['percentages', 'inconsistent', '12 41,0', '12/30 = 40,00% dari total tabel 30'],
      ['percentages', 'consistent', '30 50,0', '30/60 = 50,00% dari total tabel 60'],
    ]);
  });

  it('a row of row shares that ends in its own total and 100 is read without a total row', () => {
    const text =
      'Tabel 4.9 Materi Penyuluhan\nTidak Efektif 36\n55,4 29\n44,6 65\n100 0,000\nEfektif 20\n24,7 61\n74,3 81\n100';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '36 55,4', '36/65 = 55,38% dari total baris 65'],
      ['percentages', 'consistent', '29 44,6', '29/65 = 44,62% dari total baris 65'],
      ['percentages', 'consistent', '20 24,7', '20/81 = 24,69% dari total baris 81'],
      ['percentages', 'inconsistent', '61 74,3', '61/81 = 75,31% dari total baris 81'],
    ]);
    // Numbers that merely end in 100 are not such a row (no pairs adding up to the one before 100).
    expect(findings('Kelompok umur 20 30 40 50 100 tahun')).toEqual([]);
  });

  it('is not read when the rows do not add up to the total row', () => {
    const text =
      'Tabel 2. Jenis kelamin dan kepatuhan 1 Laki-laki 12 40,0 18 60,0 30 50,0 2 Perempuan 17 60,0 12 40,0 29 50,0 Total 30 100,0 30 100,0 60 100,0';
    expect(findings(text)).toEqual([]);
  });
});

describe('shares of the sample a paragraph states (recognisers/percentages.ts)', () => {
  it('a sentence of nothing but counts and shares is of the one sample size of its paragraph', () => {
    const text =
      'Sampel penelitian sebanyak 40 responden. Sebagian besar berpendidikan SMA sebanyak 18 responden (45,0%), bekerja sebagai petani 25 responden (62,0%), dan sudah menikah 30 responden (75,0%).';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '18 responden (45,0%)', '18/40 = 45,00% dari total 40 yang disebutkan'],
      ['percentages', 'inconsistent', '25 responden (62,0%)', '25/40 = 62,50% dari total 40 yang disebutkan'],
      ['percentages', 'consistent', '30 responden (75,0%)', '30/40 = 75,00% dari total 40 yang disebutkan'],
    ]);
  });

  it('numbers that name categories (a range of years, a measurement, a grade) do not stop it', () => {
    const text =
      'Didapatkan sampel sejumlah 50 responden. Responden berumur 20-59 tahun sebanyak 30 orang (60,0%) dan hipertensi tingkat 2 ≥ 160/100 mmHg sebanyak 21 orang (41,0%).';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '30 orang (60,0%)', '30/50 = 60,00% dari total 50 yang disebutkan'],
      ['percentages', 'inconsistent', '21 orang (41,0%)', '21/50 = 42,00% dari total 50 yang disebutkan'],
    ]);
  });

  it('…but another count in the sentence does', () => {
    const text =
      'Didapatkan sampel sejumlah 50 responden. Sebanyak 30 orang (60,0%) bekerja 8 jam sehari dan 15 orang (30,0%) sudah menikah.';
    expect(findings(text)).toEqual([
      [
        'percentages',
        'not-checkable',
        'Sebanyak 30 orang (60,0%) bekerja 8 jam sehari dan 15 orang (30,0%) sudah menikah.',
        '—',
      ],
    ]);
  });

  it('shares without counts in a paragraph that states no sample size are of the one in the paragraph before', () => {
    const text =
      'Sampel penelitian berjumlah 50 responden.\n\nTerdapat 34,0% ibu dengan pengetahuan baik dan 67,0% ibu dengan pengetahuan kurang.';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '34,0%', '17/50 = 34,00% (dari ukuran sampel 50 yang disebutkan dalam teks)'],
      [
        'percentages',
        'inconsistent',
        '67,0%',
        '33/50 = 66,00%, 34/50 = 68,00% (dari ukuran sampel 50 yang disebutkan dalam teks)',
      ],
    ]);
  });

  it('…but not when the paragraph before states two', () => {
    const text =
      'Sampel kelompok intervensi sebanyak 25 responden dan sampel kelompok kontrol sebanyak 30 responden.\n\nTerdapat 34,0% ibu dengan pengetahuan baik dan 67,0% ibu dengan pengetahuan kurang.';
    expect(findings(text)).toEqual([]);
  });
});

describe('odds-ratio intervals in running text (recognisers/intervals.ts, statements.ts)', () => {
  it('reads an upper limit broken after its decimal comma, and leaves each parenthesis its own p', () => {
    const text =
      'Ada hubungan antara paritas dengan anemia (p=0,001, OR=9,000; CI 2,1-38,6), dan ada hubungan antara umur dengan anemia (p=0,030, OR=2,500; CI 1,1-5,7). Pendidikan juga berhubungan (P=0,018, OR= 4,983: CI 1,472-16, 869).';
    expect(findings(text)).toEqual([
      [
        'conclusion',
        'consistent',
        'Ada hubungan antara paritas dengan anemia (p=0,001',
        'p = 0,001 ≤ α = 0,05: signifikan',
      ],
      [
        'confidence-interval',
        'consistent',
        'OR = 9,000; IK 95% 2,1 – 38,6',
        'titik tengah pada skala log √(bawah·atas) = [8,890; 9,116]',
      ],
      [
        'conclusion',
        'consistent',
        'ada hubungan antara umur dengan anemia (p=0,030',
        'p = 0,030 ≤ α = 0,05: signifikan',
      ],
      [
        'confidence-interval',
        'consistent',
        'OR = 2,500; IK 95% 1,1 – 5,7',
        'titik tengah pada skala log √(bawah·atas) = [2,436; 2,571]',
      ],
      // "Pendidikan juga berhubungan (P=0,018 …)": a finding stated with a verb (relation-verbs.test.ts).
      ['conclusion', 'consistent', 'berhubungan (P=0,018', 'p = 0,018 ≤ α = 0,05: signifikan'],
      [
        'confidence-interval',
        'consistent',
        'OR = 4,983; IK 95% 1,472 – 16,869',
        'titik tengah pada skala log √(bawah·atas) = [4,982; 4,984]',
      ],
    ]);
  });
});

describe('counts whose % signs were lost (recognisers/lost-percent-signs.ts)', () => {
  it('a count of people right after its group, in a sentence without % signs, is a share of that group', () => {
    const text =
      'Dari 50 responden dengan sikap baik ada sebanyak 12 responden 24,0 yang tidak patuh. Sedangkan diantara 30 responden dengan sikap kurang ada 14 responden 46,6 yang tidak patuh.';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '12 responden 24,0', '12/50 = 24,00% dari total 50 yang ditulis bersamanya'],
      ['percentages', 'inconsistent', '14 responden 46,6', '14/30 = 46,67% dari total 30 yang ditulis bersamanya'],
    ]);
  });

  it('…not when a unit follows the number, nor in a sentence that prints % signs', () => {
    expect(
      findings('Dari 50 responden dengan sikap baik ada sebanyak 12 responden 24,5 tahun rata-rata umurnya.'),
    ).toEqual([]);
    expect(
      findings('Dari 50 responden dengan sikap baik ada sebanyak 12 responden 24,0 yang tidak patuh (lihat 24%).'),
    ).toEqual([]);
  });

  it('without a group, a list of such counts is read when its percentages add up to 100', () => {
    const inferred = 'dari 146, jumlah semua frekuensi (persentasenya berjumlah 100%)';
    expect(
      findings('Pengetahuan tinggi sebanyak 90 orang 61,6 dan pengetahuan rendah sebanyak 56 orang 38,4.'),
    ).toEqual([
      ['percentages', 'consistent', '90 orang 61,6', `90/146 = 61,64% ${inferred}`],
      ['percentages', 'consistent', '56 orang 38,4', `56/146 = 38,36% ${inferred}`],
    ]);
    expect(
      findings('Pengetahuan tinggi sebanyak 90 orang 62,6 dan pengetahuan rendah sebanyak 56 orang 37,4.'),
    ).toEqual([
      ['percentages', 'inconsistent', '90 orang 62,6', `90/146 = 61,64% ${inferred}`],
      ['percentages', 'inconsistent', '56 orang 37,4', `56/146 = 38,36% ${inferred}`],
    ]);
    expect(
      findings('Pengetahuan tinggi sebanyak 90 orang 61,6 dan pengetahuan rendah sebanyak 56 orang 30,4.'),
    ).toEqual([]);
  });

  it('counts with bracketed percentages under an "n (%)" header', () => {
    const text =
      'Tabel 2. Karakteristik responden Karakteristik n (%) Pendidikan SD 10 (25,0) SMP 12 (29,0) SMA 18 (46,0)';
    const inferred = 'dari 40, jumlah semua frekuensi (persentasenya berjumlah 100%)';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '10 (25,0)', `10/40 = 25,00% ${inferred}`],
      ['percentages', 'inconsistent', '12 (29,0)', `12/40 = 30,00% ${inferred}`],
      ['percentages', 'inconsistent', '18 (46,0)', `18/40 = 45,00% ${inferred}`],
    ]);
    expect(findings(text.replace(' n (%)', ''))).toEqual([]);
  });
});
