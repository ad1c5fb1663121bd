/**
 * Reliability decided in prose from a coefficient against the threshold the sentence compares it
 * with (recognisers/reliability-statements.ts, judged by checks/critical-values.ts). Each case
 * lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'id' | 'en' = 'id') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('reliability decisions (recognisers/reliability-statements.ts)', () => {
  it('judges "reliabel" against the coefficient and its threshold, whatever sign the text prints', () => {
    expect(findings("Nilai Cronbach's Alpha 0,58 > 0,60 sehingga instrumen reliabel.")).toEqual([
      [
        'conclusion',
        'inconsistent',
        "Cronbach's Alpha 0,58 > 0,60 sehingga instrumen reliabel",
        '0,58 ≤ 0,60 (batas yang disebut dalam teks): tidak reliabel',
      ],
    ]);
    expect(findings("Nilai Cronbach's Alpha 0,58 > 0,60 sehingga instrumen reliabel.", 'en')).toEqual([
      [
        'conclusion',
        'inconsistent',
        "Cronbach's Alpha 0,58 > 0,60 sehingga instrumen reliabel",
        '0,58 ≤ 0,60 (the threshold the text names): not reliable',
      ],
    ]);
    expect(
      findings(
        'Hasil uji reliabilitas menunjukkan nilai alpha sebesar 0,812 lebih besar dari 0,70, maka kuesioner dinyatakan reliabel.',
      ),
    ).toEqual([
      [
        'conclusion',
        'consistent',
        'nilai alpha sebesar 0,812 lebih besar dari 0,70, maka kuesioner dinyatakan reliabel',
        '0,812 > 0,70 (batas yang disebut dalam teks): reliabel',
      ],
    ]);
    expect(findings("Nilai Cronbach's Alpha (0,742) > 0,60 sehingga instrumen tidak reliabel.")).toEqual([
      [
        'conclusion',
        'inconsistent',
        "Cronbach's Alpha (0,742) > 0,60 sehingga instrumen tidak reliabel",
        '0,742 > 0,60 (batas yang disebut dalam teks): reliabel',
      ],
    ]);
  });

  it('reads r11; a rule, or a coefficient equal to its threshold, is not read', () => {
    expect(findings('Koefisien reliabilitas r11 = 0,45 < 0,60 sehingga tidak reliabel.')).toEqual([
      [
        'conclusion',
        'consistent',
        'r11 = 0,45 < 0,60 sehingga tidak reliabel',
        '0,45 ≤ 0,60 (batas yang disebut dalam teks): tidak reliabel',
      ],
    ]);
    expect(findings("Jika Cronbach's Alpha > 0,60 maka instrumen reliabel.")).toEqual([]);
    expect(findings("Nilai Cronbach's Alpha 0,60 ≥ 0,60 sehingga instrumen reliabel.")).toEqual([]);
  });
});
