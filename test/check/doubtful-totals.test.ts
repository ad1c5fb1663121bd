/**
 * A total most of its shares contradict is a misread, not a table of misprints
 * (checks/doubtful-totals.ts): the shares are not checkable, and say why; a total most shares
 * confirm keeps its one or two inconsistent shares. Tables written for this test; each share
 * recomputed by hand in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'en' | 'id') =>
  checkText(text, { lang })
    .findings.filter((f) => f.check === 'percentages')
    .map((f) => [f.verdict, f.reported, f.explanation]);

describe('a total most of its shares contradict', () => {
  it('English: every share under both header n = 80 disagrees (the shares are of 52 and 55): not checkable', () => {
    // 30/80 = 37.5, not 57.7 (30/52 = 57.69); 28/80 = 35.0, not 50.9 (28/55 = 50.91); and so on.
    const text = [
      'Table 2. Baseline characteristics of the participants',
      'Characteristic | Intervention (n = 80) | Control (n = 80)',
      'Male | 30 (57.7%) | 28 (50.9%)',
      'Female | 22 (42.3%) | 27 (49.1%)',
      'Smoker | 10 (19.2%) | 9 (16.4%)',
    ].join('\n');
    const why =
      "3 of the 3 percentages read against the total 80 disagree with it: that total (or the table's layout) was probably misread, so these percentages are not checked.";
    expect(findings(text, 'en')).toEqual([
      ['not-checkable', '30 (57.7%)', why],
      ['not-checkable', '28 (50.9%)', why],
      ['not-checkable', '22 (42.3%)', why],
      ['not-checkable', '27 (49.1%)', why],
      ['not-checkable', '10 (19.2%)', why],
      ['not-checkable', '9 (16.4%)', why],
    ]);
  });

  it('English: a header n most shares confirm keeps its one inconsistent share', () => {
    // Of 52: 30 → 57.69, 22 → 42.31, 10 → 19.23; of 55: 28 → 50.91, 27 → 49.09, 9 → 16.36 (printed 17.4).
    const text = [
      'Table 2. Baseline characteristics of the participants',
      'Characteristic | Intervention (n = 52) | Control (n = 55)',
      'Male | 30 (57.7%) | 28 (50.9%)',
      'Female | 22 (42.3%) | 27 (49.1%)',
      'Smoker | 10 (19.2%) | 9 (17.4%)',
    ].join('\n');
    expect(findings(text, 'en').map(([v, r]) => [v, r])).toEqual([
      ['consistent', '30 (57.7%)'],
      ['consistent', '28 (50.9%)'],
      ['consistent', '22 (42.3%)'],
      ['consistent', '27 (49.1%)'],
      ['consistent', '10 (19.2%)'],
      ['inconsistent', '9 (17.4%)'],
    ]);
  });

  it('Indonesian: one column contradicts its header n, the other confirms the same n', () => {
    // Intervensi, of 80: 30 → 37.5 (printed 57,7), 22 → 27.5 (42,3), 40 → 50.0 (76,9): all three off.
    // Kontrol, of 80: 28 → 35.0, 27 → 33.75, 41 → 51.25: all three fit.
    const text = [
      'Tabel 2. Karakteristik responden',
      'Karakteristik | Intervensi (n = 80) | Kontrol (n = 80)',
      'Laki-laki | 30 (57,7%) | 28 (35,0%)',
      'Perempuan | 22 (42,3%) | 27 (33,8%)',
      'Menikah | 40 (76,9%) | 41 (51,3%)',
    ].join('\n');
    const why =
      '3 dari 3 persentase yang dihitung terhadap total 80 tidak sesuai dengannya: total itu (atau tata letak tabelnya) kemungkinan salah terbaca, sehingga persentase ini tidak diperiksa.';
    expect(findings(text, 'id').map(([v, r, e]) => [v, r, v === 'not-checkable' ? e : ''])).toEqual([
      ['not-checkable', '30 (57,7%)', why],
      ['consistent', '28 (35,0%)', ''],
      ['not-checkable', '22 (42,3%)', why],
      ['consistent', '27 (33,8%)', ''],
      ['not-checkable', '40 (76,9%)', why],
      ['consistent', '41 (51,3%)', ''],
    ]);
  });

  it('Indonesian: two contradicted shares of three are still flagged (too few to doubt the total)', () => {
    // Of 80: 30 → 37.5 fits; 22 → 27.5 (printed 42,3) and 40 → 50.0 (printed 76,9) do not.
    const text = [
      'Tabel 2. Karakteristik responden',
      'Karakteristik | Intervensi (n = 80) | Kontrol (n = 80)',
      'Laki-laki | 30 (37,5%) | 28 (35,0%)',
      'Perempuan | 22 (42,3%) | 27 (33,8%)',
      'Menikah | 40 (76,9%) | 41 (51,3%)',
    ].join('\n');
    expect(findings(text, 'id').map(([v, r]) => [v, r])).toEqual([
      ['consistent', '30 (37,5%)'],
      ['consistent', '28 (35,0%)'],
      ['inconsistent', '22 (42,3%)'],
      ['consistent', '27 (33,8%)'],
      ['inconsistent', '40 (76,9%)'],
      ['consistent', '41 (51,3%)'],
    ]);
  });
});
