/**
 * A count of a stated total with its share later in the clause
 * (recognisers/count-of-total-shares.ts). Texts written for these tests; shares by hand:
 * 2/10 = 20 %, 12/30 = 40 %. Each case lists every finding.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.recomputed]);

describe('"X dari N … P%" with words between', () => {
  it('the share after "jika dipersentase", a threshold with its sign between', () => {
    expect(
      findings('Sebanyak 2 dari 10 siswa mendapat nilai ≥ 72, jika dipersentase 20 dengan keterangan tuntas.'),
    ).toEqual([['percentages', 'consistent', '2/10 = 20,00% dari total 10 yang ditulis bersamanya']]);
  });

  it('"atau sebesar 30 persen" for 2 of 10 is inconsistent', () => {
    expect(
      findings('Hasil belajar adalah 2 dari 10 siswa mendapat nilai di atas KKM, atau sebesar 30 persen.'),
    ).toEqual([['percentages', 'inconsistent', '2/10 = 20,00% dari total 10 yang ditulis bersamanya']]);
  });

  it('another number between the count and the share: which count it is of is unknown, not read', () => {
    expect(findings('Sebanyak 12 dari 30 responden berusia 25 tahun, atau 40%.')).toEqual([]);
  });
});
