/**
 * SPSS Paired Samples Statistics and Group Statistics pasted a row a group
 * (recognisers/spss-group-statistics-rows.ts). Texts written for these tests; SD/√N from R:
 * 41.22786/√20 = 9.21883, 43.16431/√20 = 9.651833, 6.12345/√30 = 1.117984, 7/√30 = 1.278019.
 * Each case lists every finding.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('SPSS group statistics rows: SE against SD/√N', () => {
  it('Paired Samples Statistics, "Mean N" order, the pair number in the first label', () => {
    expect(
      findings(
        'Paired Samples Statistics Mean N Std. Deviation Std. Error Mean Pair 1 Pretest 149.5000 20 41.22786 9.21883 Posttest 160.0000 20 43.16431 9.65183',
      ),
    ).toEqual([
      ['standard-error', 'consistent', 'SD = 41.22786, SE = 9.21883, n = 20', 'SB/√n = [9,2188; 9,2188]'],
      ['standard-error', 'consistent', 'SD = 43.16431, SE = 9.65183, n = 20', 'SB/√n = [9,6518; 9,6518]'],
    ]);
  });

  it('Group Statistics, "N Mean" order: an SE that is not SD/√N is inconsistent', () => {
    expect(
      findings(
        'Group Statistics Kelas N Mean Std. Deviation Std. Error Mean Nilai Eksperimen 30 80.5000 6.12345 1.21798 Kontrol 30 75.2000 7.00000 1.27802',
      ),
    ).toEqual([
      ['standard-error', 'inconsistent', 'SD = 6.12345, SE = 1.21798, n = 30', 'SB/√n = [1,1180; 1,1180]'],
      ['standard-error', 'consistent', 'SD = 7.00000, SE = 1.27802, n = 30', 'SB/√n = [1,2780; 1,2780]'],
    ]);
  });

  it('a row with five numbers is not one of these: the table ends there', () => {
    expect(
      findings('Group Statistics N Mean Std. Deviation Std. Error Mean Eksperimen 30 80.5000 6.12345 1.11798 0.05'),
    ).toEqual([]);
  });
});
