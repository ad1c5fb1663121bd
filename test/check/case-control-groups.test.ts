/**
 * Cases and controls are groups of people a count with a lost % sign is of
 * (recognisers/lost-percent-signs.ts): "dari 74 kasus, sejumlah 70 orang 68,9 …" is 70 of the 74
 * cases, 70/74 = 94,59, not 68,9; 4/74 = 5,41 fits 5,4.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const shares = (text: string, lang: 'en' | 'id') =>
  checkText(text, { lang })
    .findings.filter((f) => f.check === 'percentages')
    .map((f) => [f.verdict, text.slice(f.start, f.end), f.recomputed]);

describe('a count of the cases or controls a sentence names', () => {
  it('Indonesian: of the 74 cases', () => {
    const text =
      'Berdasarkan tabel 3 dari 74 kasus, sejumlah 70 orang 68,9 memiliki sikap positif dan ada 4 orang 5,4 memiliki sikap negatif.';
    expect(shares(text, 'id')).toEqual([
      ['inconsistent', '70 orang 68,9', '70/74 = 94,59% dari total 74 yang ditulis bersamanya'],
      ['consistent', '4 orang 5,4', '4/74 = 5,41% dari total 74 yang ditulis bersamanya'],
    ]);
  });

  it('English: of the 74 controls', () => {
    const text = 'Among 74 controls, 70 people 68.9 had a positive attitude and 4 people 5.4 a negative one.';
    expect(shares(text, 'en')).toEqual([
      ['inconsistent', '70 people 68.9', '70/74 = 94.59% of the total 74 printed with it'],
      ['consistent', '4 people 5.4', '4/74 = 5.41% of the total 74 printed with it'],
    ]);
  });
});
