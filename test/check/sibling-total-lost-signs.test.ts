/**
 * Counts with shares whose % signs were lost, in a list whose shares miss 100, read against the
 * sample another list of the same paragraph gives (recognisers/sibling-total-lost-signs.ts).
 * Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const SIBLING =
  'dari 80, jumlah frekuensi daftar ini dan daftar lain di paragrafnya (yang persentasenya berjumlah 100%)';
const INFERRED = 'dari 80, jumlah semua frekuensi (persentasenya berjumlah 100%)';

describe('a list whose counts add up to the sample another list of its paragraph gives', () => {
  it('is read against that sample when its shares miss 100 (a share misprinted)', () => {
    // Jenis kelamin: 30 + 50 = 80, 37,5 + 62,5 = 100. Pekerjaan: 20 + 44 + 16 = 80, but
    // 25,0 + 53,0 + 20,0 = 98,0: 44/80 = 55,00, not 53,0.
    const text =
      'Responden laki-laki sebanyak 30 orang 37,5 dan perempuan 50 orang 62,5. Berdasarkan pekerjaan, petani sebanyak 20 orang 25,0, pedagang 44 orang 53,0 dan lainnya 16 orang 20,0.';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '30 orang 37,5', '30/80 = 37,50% ' + INFERRED],
      ['percentages', 'consistent', '50 orang 62,5', '50/80 = 62,50% ' + INFERRED],
      ['percentages', 'consistent', '20 orang 25,0', '20/80 = 25,00% ' + SIBLING],
      ['percentages', 'inconsistent', '44 orang 53,0', '44/80 = 55,00% ' + SIBLING],
      ['percentages', 'consistent', '16 orang 20,0', '16/80 = 20,00% ' + SIBLING],
    ]);
  });

  it('is not read when its counts do not add up to that sample, or in another paragraph', () => {
    const first = 'Responden laki-laki sebanyak 30 orang 37,5 dan perempuan 50 orang 62,5.';
    const moreCounts = `${first} Berdasarkan pekerjaan, petani sebanyak 20 orang 25,0, pedagang 45 orang 53,0 dan lainnya 16 orang 20,0.`;
    expect(findings(moreCounts).map((f) => f[2])).toEqual(['30 orang 37,5', '50 orang 62,5']);
    const apart = `${first}\n\nBerdasarkan pekerjaan, petani sebanyak 20 orang 25,0, pedagang 44 orang 53,0 dan lainnya 16 orang 20,0.`;
    expect(findings(apart).map((f) => f[2])).toEqual(['30 orang 37,5', '50 orang 62,5']);
  });
});
