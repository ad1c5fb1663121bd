/**
 * Frequency rows numbered without a dot, empty categories as dashes
 * (recognisers/numbered-frequency-rows.ts, through recognisers/flat-tables.ts). Texts written for
 * these tests; shares by hand: 12/30 = 40,0 %, 9/30 = 30,0 %. Each case lists every finding.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('numbered frequency rows with empty categories', () => {
  it('an empty row between them: each share against the total row; 9 of 30 printed 33,0 is inconsistent', () => {
    expect(
      findings(
        'Tabel 3. Pekerjaan Responden No Pekerjaan Jumlah Persentase 1 Petani 12 40,0 2 Pedagang - - 3 Buruh 9 30,0 4 PNS 9 33,0 Total 30 100',
      ),
    ).toEqual([
      ['percentages', 'consistent', '12 40,0', '12/30 = 40,00% dari total tabel 30'],
      ['percentages', 'consistent', '9 30,0', '9/30 = 30,00% dari total tabel 30'],
      ['percentages', 'inconsistent', '9 33,0', '9/30 = 30,00% dari total tabel 30'],
    ]);
  });

  it('numbered rows with no empty one', () => {
    expect(
      findings('No Pekerjaan Jumlah Persentase 1 Petani 12 40,0 2 Buruh 9 30,0 3 PNS 9 30,0 Total 30 100').map(
        ([check, verdict, reported]) => [check, verdict, reported],
      ),
    ).toEqual([
      ['percentages', 'consistent', '12 40,0'],
      ['percentages', 'consistent', '9 30,0'],
      ['percentages', 'consistent', '9 30,0'],
    ]);
  });

  it('numbers that skip one (1, 3, 4): not read as numbered rows, but the counts add up to the total row', () => {
    // numbered-frequency-rows.ts declines; the flat-table reader still takes the three rows, whose
    // counts 12 + 9 + 9 = 30 are the total row's N: 12/30 = 40,0, 9/30 = 30,0.
    expect(
      findings('No Pekerjaan Jumlah Persentase 1 Petani 12 40,0 3 Buruh 9 30,0 4 PNS 9 30,0 Total 30 100').map(
        ([check, verdict, reported]) => [check, verdict, reported],
      ),
    ).toEqual([
      ['percentages', 'consistent', '12 40,0'],
      ['percentages', 'consistent', '9 30,0'],
      ['percentages', 'consistent', '9 30,0'],
    ]);
  });
});
