/**
 * Statistics as web pages store them: χ² written in TeX-like notation ("X^{2} (1, N = 84)",
 * "χ^{2}(2, N = 88)") is read as chi-square (recognisers/labels.ts). Each case lists every
 * finding, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('chi-square in TeX-like notation', () => {
  it('X^{2} with df and N', () => {
    expect(findings('The relation was significant, X^{2} (1, N = 84) = 8.9, p = .0029.')).toEqual([
      [
        'conclusion',
        'consistent',
        'was significant, X^{2} (1, N = 84) = 8.9, p = .0029',
        'p = .0029 is at or below α = 0.05: significant',
      ],
      [
        'p-value',
        'consistent',
        'X^{2} (1, N = 84) = 8.9, p = .0029',
        'p = 0.0028 to 0.0029 for |χ²(1)| ∈ [8.85, 8.95]',
      ],
    ]);
  });

  it('χ^{2}: a p on the wrong side of alpha is a decision error', () => {
    // "did not differ" agrees with χ²'s p (.35): the p is the one error (checks/restated-errors.ts).
    expect(findings('Preference did not differ, χ^{2}(2, N = 88) = 2.1, p = .035.')).toEqual([
      [
        'p-value',
        'decision-error',
        'χ^{2}(2, N = 88) = 2.1, p = .035',
        'p = 0.3413 to 0.3588 for |χ²(2)| ∈ [2.05, 2.15]',
      ],
    ]);
  });
});
