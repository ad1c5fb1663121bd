/**
 * The interval of "the difference between the two group means" given in a sentence after the one
 * that prints both means (recognisers/difference-interval-sentences.ts): centred on M₁ − M₂.
 * Every finding naskah reports is listed, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const MEANS =
  'Patients in the training arm walked further on average, 412.5 (SD = 61.2) metres, than those in the usual-care arm, 388.1 (SD = 58.4) metres.';
const interval = (lower: string, upper: string) =>
  `${MEANS} The 95% confidence interval of the difference between the two group means was ${lower} to ${upper} metres.`;

describe('a difference interval after the sentence with both means', () => {
  it('is centred on M₁ − M₂ = 24.4 within the rounding of the means and bounds', () => {
    // (2.1 + 46.7)/2 = 24.4 = 412.5 − 388.1; (12.1 + 56.7)/2 = 34.4 is not.
    expect(findings(interval('2.1', '46.7'))).toEqual([
      [
        'confidence-interval',
        'consistent',
        'M₁ − M₂ = 412.5 − 388.1; CI 95% 2.1 – 46.7',
        'centre (lower + upper)/2 = [24.350, 24.450]',
      ],
    ]);
    expect(findings(interval('12.1', '56.7'))).toEqual([
      [
        'confidence-interval',
        'inconsistent',
        'M₁ − M₂ = 412.5 − 388.1; CI 95% 12.1 – 56.7',
        'centre (lower + upper)/2 = [34.350, 34.450]',
      ],
    ]);
  });

  it('is not read with a third mean, an adjusted difference, or the means in another paragraph', () => {
    const third = `${MEANS.slice(0, -1)}, and 401.0 (SD = 60.3) metres in the waiting-list arm.`;
    expect(
      findings(
        `${third} The 95% confidence interval of the difference between the two group means was 12.1 to 56.7 metres.`,
      ),
    ).toEqual([]);
    expect(findings(interval('12.1', '56.7').replace('metres.', 'metres, adjusted for age.'))).toEqual([]);
    expect(
      findings(
        `${MEANS}\n\nThe 95% confidence interval of the difference between the two group means was 12.1 to 56.7 metres.`,
      ),
    ).toEqual([]);
  });
});
