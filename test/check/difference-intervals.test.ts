/**
 * An interval printed after a group's M and SD that lies wholly on the other side of zero is
 * the interval of a difference (checks/confidence-interval.ts): not held against M. Both
 * languages' wording asserted.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const cis = (text: string, lang: 'en' | 'id') =>
  checkText(text, { lang })
    .findings.filter((f) => f.check === 'confidence-interval')
    .map((f) => [f.verdict, f.reported, f.explanation]);

describe('an interval on the other side of zero from the mean before it', () => {
  it('English: not checkable against M, with why', () => {
    expect(cis('The second group scored higher (M = 92.80, SD = 9.65, 95% CI −14.10 to −0.30).', 'en')).toEqual([
      [
        'not-checkable',
        'M = 92.80; CI 95% -14.10 – -0.30',
        "The interval lies wholly on the other side of zero from M: it is the interval of a difference printed beside M, not M's own, and is not checked against it.",
      ],
    ]);
  });

  it('Indonesian: the same, worded in Indonesian', () => {
    expect(cis('Kelompok kedua lebih tinggi (M = 92,80; SD = 9,65; 95% CI −14,10 sampai −0,30).', 'id')).toEqual([
      [
        'not-checkable',
        'M = 92,80; IK 95% -14,10 – -0,30',
        'Interval seluruhnya berada di sisi nol yang berlawanan dengan M: itu interval sebuah selisih yang dicetak di samping M, bukan interval M sendiri, dan tidak diperiksa terhadapnya.',
      ],
    ]);
  });

  it('a mean outside an interval on its own side of zero is still flagged', () => {
    expect(cis('Scores were high (M = 92.80, SD = 9.65, 95% CI 70.10 to 80.30).', 'en').map((f) => f[0])).toEqual([
      'inconsistent',
    ]);
  });
});
