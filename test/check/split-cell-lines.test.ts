/**
 * Cells split over two lines in the one-cell-per-line layout (src/check/recognisers/split-cell-lines.ts):
 * a count, then its share in parentheses on the next line; a ratio, then its interval. Text written
 * for this test; each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('a count and its share, a ratio and its interval, each split over two lines', () => {
  it('reads the row whole: each share of its column header n, each ratio with its interval', () => {
    // 12/400 = 3.00%, 20/250 = 8.00% (printed 8.2), 9/400 = 2.25%, 5/250 = 2.00%;
    // √(0.18·0.74) = 0.365, √(0.38·3.33) = 1.125 over the bounds' rounding intervals.
    const text = [
      'Table 2. Readmission by ward',
      'Outcome | Ward A, no. (%) n = 400 |',
      'Ward B, no. (%) n = 250 |',
      'RR (95% CI) |',
      'Readmission within 30 d |',
      '12 |',
      '(3.0) |',
      '20 |',
      '(8.2) |',
      '0.37 |',
      '(0.18–0.74) |',
      'Infection |',
      '9 |',
      '(2.3) |',
      '5 |',
      '(2.0) |',
      '1.13 |',
      '(0.38–3.33) |',
    ].join('\n');
    expect(findings(text)).toEqual([
      [
        'confidence-interval',
        'consistent',
        'RR = 0.37; CI 95% 0.18 – 0.74',
        'centre on the log scale √(lower·upper) = [0.3586, 0.3712]',
      ],
      ['percentages', 'consistent', '12 | (3.0)', '12/400 = 3.00% of the stated total 400'],
      ['percentages', 'inconsistent', '20 | (8.2)', '20/250 = 8.00% of the stated total 250'],
      [
        'confidence-interval',
        'consistent',
        'RR = 1.13; CI 95% 0.38 – 3.33',
        'centre on the log scale √(lower·upper) = [1.117, 1.133]',
      ],
      ['percentages', 'consistent', '9 | (2.3)', '9/400 = 2.25% of the stated total 400'],
      ['percentages', 'consistent', '5 | (2.0)', '5/250 = 2.00% of the stated total 250'],
    ]);
  });

  it('takes a share only under a whole count: a mean and its SD split so stay unread', () => {
    // 21/60 = 35.00%, 10/40 = 25.00%; 11.4 (1.6) and 9.8 (2.1) are means and SDs, no counts.
    const text = [
      'Characteristic | Cases, no. (%) n = 60 | Controls, no. (%) n = 40 |',
      'Smokers |',
      '21 |',
      '(35.0) |',
      '10 |',
      '(25.0) |',
      'Visits per year |',
      '11.4 |',
      '(1.6) |',
      '9.8 |',
      '(2.1) |',
    ].join('\n');
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '21 | (35.0)', '21/60 = 35.00% of the stated total 60'],
      ['percentages', 'consistent', '10 | (25.0)', '10/40 = 25.00% of the stated total 40'],
    ]);
  });
});
