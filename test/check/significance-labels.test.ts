/**
 * A table's remarks column stating the decision for the p before it, pasted flat
 * (recognisers/significance-labels.ts). Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('decisions in a Keterangan column (recognisers/significance-labels.ts)', () => {
  it('judges each "Signifikan"/"Tidak Signifikan" against the p right before it', () => {
    const text =
      'Tabel 4.9 Hasil Analisis Regresi Koefisien Sign. Keterangan Konstanta 7,203 Harga 0,827 0,003 Signifikan Jenis Produk 0,740 0,065 Signifikan Lokasi 0,535 0,013 Tidak Signifikan Sumber: data primer diolah';
    expect(findings(text)).toEqual([
      ['conclusion', 'consistent', '0,003 Signifikan', 'p = 0,003 ≤ α = 0,05: signifikan'],
      ['conclusion', 'inconsistent', '0,065 Signifikan', 'p = 0,065 > α = 0,05: tidak signifikan'],
      ['conclusion', 'inconsistent', '0,013 Tidak Signifikan', 'p = 0,013 ≤ α = 0,05: signifikan'],
    ]);
  });

  it('reads a hypothesis decision in the column, and nothing without the header', () => {
    expect(findings('Variabel p Kesimpulan Umur 0,240 Ho diterima Paritas 0,030 Ho diterima')).toEqual([
      ['conclusion', 'consistent', '0,240 Ho diterima', 'p = 0,240 > α = 0,05: tidak signifikan'],
      ['conclusion', 'inconsistent', '0,030 Ho diterima', 'p = 0,030 ≤ α = 0,05: signifikan'],
    ]);
    expect(findings('Harga 0,827 0,065 Signifikan, Lokasi 0,535 0,013 Signifikan')).toEqual([]);
  });

  it('ends the rows at prose after the table, where "signifikan" in lower case may follow a coefficient', () => {
    expect(
      findings(
        'Koefisien Sig. Keterangan Harga 0,827 0,003 Signifikan Sumber: data primer. Variabel harga dengan koefisien 0,827 signifikan pada taraf 5%.',
      ),
    ).toEqual([['conclusion', 'consistent', '0,003 Signifikan', 'p = 0,003 ≤ α = 0,05: signifikan']]);
    expect(findings('Variabel Sig. Keterangan disajikan berikut. Harga dengan koefisien 0,827 signifikan.')).toEqual(
      [],
    );
  });

  it('ends the rows at a blank line', () => {
    expect(findings('Variabel p Kesimpulan Umur 0,240 Ho diterima\n\nSkor 0,030 Signifikan')).toEqual([
      ['conclusion', 'consistent', '0,240 Ho diterima', 'p = 0,240 > α = 0,05: tidak signifikan'],
    ]);
  });
});
