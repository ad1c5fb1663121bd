/**
 * A category label's number before a count is no thousands group (recognisers/space-grouped-counts.ts):
 * "Grade 1 412 (34.1)" in a text that groups thousands by spaces ("the 1 208 patients") is grade 1
 * with 412 patients, not 1 412. Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'en' | 'id' = 'en') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('numbered category labels beside space-grouped thousands', () => {
  it('reads "Grade 1 412 (34.1)" as 412 of 1 208 (before the fix: 1 412 and 2 796 of 4 208, both flagged)', () => {
    const text = 'Table 1. Characteristics of the 1 208 patients\nGrade, n (%)\nGrade 1 412 (34.1)\nGrade 2 796 (65.9)';
    // 412/1208 = 34.11%, 796/1208 = 65.89%.
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '412 (34.1%)', "412/1208 = 34.11% of the table's total 1208"],
      ['percentages', 'consistent', '796 (65.9%)', "796/1208 = 65.89% of the table's total 1208"],
    ]);
  });

  it('a type, a stage or a class is a label too, in prose and in Indonesian tables', () => {
    // 130 of 12 450 is 1.04%: "type 2 130" is 130 with type 2, not 2 130 (17.1%).
    expect(
      findings('Of 12 450 patients, type 2 130 (1.0%) had complications.').filter((f) => f[1] !== 'consistent'),
    ).toEqual([]);
    const kelas = 'Tabel 1. Karakteristik siswa (n = 1 208)\nKelas\nKelas 7 412 (34,1)\nKelas 8 796 (65,9)';
    expect(findings(kelas, 'id').filter((f) => f[1] !== 'consistent')).toEqual([]);
  });
});
