/**
 * "p < .000" with no statistic beside it (a results table or sentence that prints only the p and
 * an effect size) is impossible in itself: no p lies below 0. It is reported as inconsistent, as
 * statcheck counts "p < .000" an error; "p = .000" stays the reporting issue it always was, and a
 * bare "p < .0001" is no bound below zero.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'en' | 'id') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.explanation]);

describe('a p below zero printed without its statistic (checks/p-value.ts)', () => {
  it('is inconsistent in English, whatever the effect size beside it', () => {
    expect(findings('Sprint time fell after training (p < 0.000, η² = 0.55).', 'en')).toEqual([
      [
        'p-value',
        'inconsistent',
        'p < 0.000',
        'A p-value cannot be below 0: p < .000 is impossible (report p < .001).',
      ],
    ]);
  });

  it('is inconsistent in Indonesian, with a decimal comma', () => {
    expect(findings('Hasil uji menunjukkan nilai p < 0,000 pada kelompok perlakuan.', 'id')).toEqual([
      [
        'p-value',
        'inconsistent',
        'nilai p < 0,000',
        'Nilai p tidak mungkin di bawah 0: p < 0,000 tidak mungkin (laporkan p < 0,001).',
      ],
    ]);
  });

  it('leaves a level spaced apart alone ("p < 0 , 0 5" is no p below zero)', () => {
    expect(
      findings(
        'Hasil uji fisher exact menunjukkan nilai ρ 0,007 ( p < 0 , 0 5 ) yang berarti ada hubungan.',
        'id',
      ).filter((f) => f[3]?.includes('di bawah 0')),
    ).toEqual([]);
  });

  it('leaves p < .0001 alone and keeps p = .000 a reporting issue', () => {
    expect(findings('Sprint time fell after training (p < .0001, η² = 0.55).', 'en')).toEqual([]);
    expect(findings('Sprint time fell after training (p = .000, η² = 0.55).', 'en').map((f) => f.slice(0, 2))).toEqual([
      ['p-value', 'reporting-issue'],
    ]);
  });
});
