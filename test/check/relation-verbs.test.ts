/**
 * Findings stated with a verb of relation ("berhubungan", "berpengaruh", "tidak memiliki
 * pengaruh", "tidak terbukti sebagai faktor risiko"), a qualifier that denies significance
 * ("berpengaruh tidak signifikan"), a change called (not) significant ("kenaikan yang signifikan
 * p=0,016"), and a p given in the clause after the finding ("…, dengan nilai p = 0,31")
 * (recognisers/conclusions.ts). Each case lists every finding naskah reports.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('findings stated with a verb of relation (recognisers/conclusions.ts)', () => {
  it('reads "(tidak) berhubungan", "tidak memiliki pengaruh" and "tidak terbukti sebagai faktor risiko"', () => {
    expect(findings('Riwayat merokok berhubungan dengan OA lutut, dengan nilai p = 0,31.')).toEqual([
      [
        'conclusion',
        'inconsistent',
        'berhubungan dengan OA lutut, dengan nilai p = 0,31',
        'p = 0,31 > α = 0,05: tidak signifikan',
      ],
    ]);
    expect(
      findings(
        "Riwayat menisektomi tidak berhubungan dengan OA lutut, dengan nilai p = 0,31 menggunakan Fisher's Exact Test.",
      ),
    ).toEqual([
      [
        'conclusion',
        'consistent',
        'tidak berhubungan dengan OA lutut, dengan nilai p = 0,31',
        'p = 0,31 > α = 0,05: tidak signifikan',
      ],
    ]);
    expect(findings('Usia tidak memiliki pengaruh terhadap demand pelayanan rawat inap (p = 0,835).')).toEqual([
      [
        'conclusion',
        'consistent',
        'tidak memiliki pengaruh terhadap demand pelayanan rawat inap (p = 0,835',
        'p = 0,835 > α = 0,05: tidak signifikan',
      ],
    ]);
    expect(findings('Obesitas ringan tidak terbukti sebagai faktor risiko OA lutut dengan nilai p = 0,25.')).toEqual([
      [
        'conclusion',
        'consistent',
        'tidak terbukti sebagai faktor risiko OA lutut dengan nilai p = 0,25',
        'p = 0,25 > α = 0,05: tidak signifikan',
      ],
    ]);
  });

  it('a change or difference called (not) significant: "kenaikan yang signifikan p=0,016"', () => {
    expect(findings('Hasil uji statistik menunjukkan kenaikan yang signifikan p=0,016.')).toEqual([
      ['conclusion', 'consistent', 'kenaikan yang signifikan p=0,016', 'p = 0,016 ≤ α = 0,05: signifikan'],
    ]);
    expect(findings('Hasil uji statistik menunjukkan kenaikan yang tidak signifikan p=0,013.')).toEqual([
      ['conclusion', 'inconsistent', 'kenaikan yang tidak signifikan p=0,013', 'p = 0,013 ≤ α = 0,05: signifikan'],
    ]);
    expect(findings('Penurunannya bermakna (p = 0,210).')).toEqual([
      ['conclusion', 'inconsistent', 'Penurunannya bermakna (p = 0,210', 'p = 0,210 > α = 0,05: tidak signifikan'],
    ]);
  });

  it('"(bukan) merupakan faktor risiko", and a p written "p_value"', () => {
    expect(findings('Perokok berat bukan merupakan faktor risiko kejadian OA lutut nilai p = 0,035.')).toEqual([
      [
        'conclusion',
        'inconsistent',
        'bukan merupakan faktor risiko kejadian OA lutut nilai p = 0,035',
        'p = 0,035 ≤ α = 0,05: signifikan',
      ],
    ]);
    expect(
      findings(
        'Nilai p_value 0,539 > 0,05, maka keputusan yang diambil adalah terima H artinya ada hubungan antara keduanya.',
      ),
    ).toEqual([
      [
        'conclusion',
        'inconsistent',
        'Nilai p_value 0,539 > 0,05, maka keputusan yang diambil adalah terima H artinya ada hubungan',
        'p = 0,539 > α = 0,05: tidak signifikan',
      ],
    ]);
  });

  it('a verb of relation in a sentence selecting candidates for a multivariable model is not read', () => {
    expect(
      findings('Umur berhubungan dengan kepatuhan (p = 0,180) sehingga menjadi kandidat analisis multivariat.'),
    ).toEqual([]);
  });

  it('a relation qualified as not significant claims no significant result', () => {
    expect(findings('Motivasi berpengaruh tidak signifikan terhadap kinerja (p = 0,210).')).toEqual([
      [
        'conclusion',
        'consistent',
        'berpengaruh tidak signifikan terhadap kinerja (p = 0,210',
        'p = 0,210 > α = 0,05: tidak signifikan',
      ],
    ]);
    expect(findings('Terdapat hubungan yang tidak bermakna antara umur dan kepatuhan (p = 0,012).')).toEqual([
      [
        'conclusion',
        'inconsistent',
        'Terdapat hubungan yang tidak bermakna antara umur dan kepatuhan (p = 0,012',
        'p = 0,012 ≤ α = 0,05: signifikan',
      ],
    ]);
  });

  it('leaves "name (p) berhubungan" at the end of a list to the list reader, and reads no p of another clause', () => {
    // The list reader reads the shared verb for every item; the clause reader does not take the last one alone.
    expect(findings('Umur (p=0,002) dan pendidikan (p=0,410) berhubungan dengan kepatuhan.')).toEqual([
      ['conclusion', 'consistent', 'Umur (p=0,002)', 'p = 0,002 ≤ α = 0,05: signifikan'],
      ['conclusion', 'inconsistent', 'pendidikan (p=0,410)', 'p = 0,410 > α = 0,05: tidak signifikan'],
    ]);
    expect(findings('Pendidikan berhubungan dengan kepatuhan, sedangkan umur diuji dengan chi-square.')).toEqual([]);
  });
});
