/**
 * A ratio said as "so many times" with its interval after it, the level's % sign kept or lost
 * (fresh6-id; recognisers/times-ratio-intervals.ts). Each case lists every finding, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('"N kali 95 CI: a-b" is a ratio with its interval', () => {
  it('a ratio outside its own interval is inconsistent; one at its log-centre is consistent', () => {
    // Limits ± half their last digit: √(1,95·7,95) = 3,937 to √(2,05·8,05) = 4,062 holds 4,0;
    // √(10,45·12,35) = 11,360 to √(10,55·12,45) = 11,461, and 14,2 lies above 12,4.
    const text =
      'Risiko pada kelompok umur tua mencapai 4,0 kali 95 CI: 2,0-8,0 di kota dan 14,2 kali 95% CI: 10,5-12,4 di desa.';
    expect(findings(text)).toEqual([
      [
        'confidence-interval',
        'consistent',
        'rasio = 4,0; IK 95% 2,0 – 8,0',
        'titik tengah pada skala log √(bawah·atas) = [3,937; 4,062]',
      ],
      [
        'confidence-interval',
        'inconsistent',
        'rasio = 14,2; IK 95% 10,5 – 12,4',
        'titik tengah pada skala log √(bawah·atas) = [11,360; 11,461]',
      ],
    ]);
  });

  it('"kali" without an interval after it is no ratio', () => {
    expect(findings('Responden makan 3 kali sehari dan minum 2 kali 95 gelas.')).toEqual([]);
  });
});
