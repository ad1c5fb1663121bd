/**
 * The answers to one statement given as shares with their Likert codes
 * (recognisers/likert-share-lists.ts, checks/likert-share-lists.ts): one answer per respondent,
 * so the shares add up to 100 within their rounding. Each case lists every finding, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'id' | 'en' = 'id') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed, f.explanation]);

describe('answer shares named by their Likert codes', () => {
  it('shares adding up to more than 100 beyond their rounding are inconsistent', () => {
    // 30,0 + 45,5 + 20,0 + 6,5 = 102,0; four shares of one decimal allow 100 ± 0,2.
    expect(
      findings('Pada pernyataan 3 jawaban responden adalah 30,0% (SS), 45,5% (S), 20,0% (TS), dan 6,5% (STS).'),
    ).toEqual([
      [
        'percentages',
        'inconsistent',
        '30,0% (SS), 45,5% (S), 20,0% (TS), dan 6,5% (STS)',
        'jumlah persentase = 102,0%',
        'Setiap responden memberi satu jawaban untuk satu pernyataan, sehingga persentase jawabannya berjumlah 100%, tetapi di sini berjumlah 102,0%, di luar batas pembulatannya.',
      ],
    ]);
  });

  it('shares adding up to 100 within their rounding are consistent (99,9 from four rounded shares)', () => {
    // 33,3 + 33,3 + 16,7 + 16,6 = 99,9, within 100 ± 0,2.
    expect(findings('Jawaban: 33,3% (SS), 33,3% (S), 16,7% (TS), 16,6% (STS).', 'en')).toEqual([
      [
        'percentages',
        'consistent',
        '33,3% (SS), 33,3% (S), 16,7% (TS), 16,6% (STS)',
        'sum of the shares = 99.9%',
        'The shares of the answers to one statement add up to 100% within their rounding.',
      ],
    ]);
  });

  it('a list short of 100 is inconsistent only when its codes name the whole scale', () => {
    // SS, S, TS, STS is a whole scale: 20 + 50 + 20 + 5 = 95.
    expect(findings('Hasilnya 20% (SS), 50% (S), 20% (TS) dan 5% (STS).').map((f) => f.slice(0, 4))).toEqual([
      ['percentages', 'inconsistent', '20% (SS), 50% (S), 20% (TS) dan 5% (STS)', 'jumlah persentase = 95%'],
    ]);
    // Without STS the list may have left that answer out.
    expect(findings('Hasilnya 20% (SS), 50% (S), dan 20% (TS).')).toEqual([]);
  });

  it('is not read with repeated codes, codes of no agreement scale, or other words between the shares', () => {
    expect(findings('Hasilnya 30% (SS), 45% (S), 30% (S), 6% (STS).')).toEqual([]);
    expect(findings('Hasilnya 30% (AB), 45% (CD), 30% (EF).')).toEqual([]);
    expect(findings('Hasilnya 30% (SS) pada kelas A, 45% (S) pada kelas B, 30% (TS) pada kelas C.')).toEqual([]);
  });
});
