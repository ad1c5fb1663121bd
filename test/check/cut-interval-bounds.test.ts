/**
 * A ratio interval whose bounds were cut after their last digit rather than rounded
 * (checks/truncated-bounds.ts). The 2×2 table 51, 29 / 25, 47 gives OR 51·47/(29·25) = 3.3062
 * with the Woolf interval exp(ln 3.3062 ± 1.96·√(1/51 + 1/29 + 1/25 + 1/47)) = 1.6991–6.4335:
 * printed cut, "1.69–6.43", its rounded centre √(1.685·6.425) – √(1.695·6.435) = 3.290–3.303
 * misses 3.31 (3.305–3.315); read as cut, √(1.70·6.44) = 3.309 reaches it.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const cis = (text: string, lang: 'en' | 'id') =>
  checkText(text, { lang })
    .findings.filter((f) => f.check === 'confidence-interval')
    .map((f) => [f.verdict, f.reported, f.explanation]);

describe('a ratio interval printed with its bounds cut', () => {
  it('English: consistent, saying the bounds were read as cut', () => {
    expect(cis('Working mothers had higher odds of stopping (OR = 3.31, 95% CI 1.69–6.43).', 'en')).toEqual([
      [
        'consistent',
        'OR = 3.31; CI 95% 1.69 – 6.43',
        'The ratio lies inside its interval, at its centre on the log scale once the printed numbers are read as cut after their last digit rather than rounded (1.699 printed 1.69).',
      ],
    ]);
  });

  it('Indonesian: the same, worded in Indonesian', () => {
    expect(cis('Ibu pekerja berisiko lebih tinggi (OR = 3,31; 95% CI 1,69–6,43).', 'id')).toEqual([
      [
        'consistent',
        'OR = 3,31; IK 95% 1,69 – 6,43',
        'Rasio berada di dalam intervalnya, di titik tengahnya pada skala log bila angka yang dicetak dibaca sebagai dipotong setelah digit terakhirnya, bukan dibulatkan (1,699 dicetak 1,69).',
      ],
    ]);
  });

  it('a ratio off-centre by more than one unit of the last digit is still flagged', () => {
    // Cut bounds reach a centre of at most √(1.70·6.44) = 3.309; 3.40 is beyond it.
    expect(
      cis('Working mothers had higher odds of stopping (OR = 3.40, 95% CI 1.69–6.43).', 'en').map((f) => f[0]),
    ).toEqual(['inconsistent']);
  });

  it('bounds with fewer than three significant digits are read as rounded only', () => {
    // Rounded, 0.3–1.3 has centres √(0.25·1.25) – √(0.35·1.35) = 0.559–0.687, short of 0.74 (0.735–0.745);
    // read as cut, √(0.4·1.4) = 0.748 would reach it, hiding an OR 8% off.
    expect(cis('Anaemia was less likely (OR = 0.74, 95% CI 0.3–1.3).', 'en').map((f) => f[0])).toEqual([
      'inconsistent',
    ]);
  });
});
