/**
 * A ratio table's p against its interval (recognisers/ratio-header.ts, checks/ratio-ci-side.ts):
 * the p column may stand before the ratio column, and an interval that excludes 1 at every
 * rounding of its bounds puts p below α. Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const CENTRE = 'centre on the log scale √(lower·upper) = [0.5454, 0.6538]';

describe('the p of a ratio table row', () => {
  it('is the number before the ratio when the header names the p column before the ratio column', () => {
    const text = [
      'Table 2. Risk factors',
      '| Factor | Level | P-value | OR (95% CI) |',
      '|---|---|---|---|',
      '| Smoking | Yes | 0.06 | 0.6 (0.4-0.9) |',
    ].join('\n');
    // Estimate 0.6 in [0.55, 0.65] against SE from the bounds: Wald p .0002 to .0953, and .06 is in it.
    expect(findings(text)).toEqual([
      ['confidence-interval', 'consistent', 'OR = 0.6; CI 95% 0.4 – 0.9', CENTRE],
      [
        'confidence-interval',
        'consistent',
        'OR = 0.6; CI 95% 0.4 – 0.9; p = 0.06',
        'p from the interval (Wald) = 0.0002 to 0.0953',
      ],
    ]);
  });

  it('a p above α beside an interval that excludes 1 at every rounding, beyond twice its p, is a decision error', () => {
    // Bounds alone, over L in [0.35, 0.45] and U in [0.85, 0.95]: z = 1.96·(ln L + ln U)/(ln U − ln L)
    // runs from 2.161 (0.35, 0.95) to 2.961 (0.45, 0.85), so p from .0031 to .0307; 0.2 is far above.
    const text = [
      'Table 2. Risk factors',
      '| Factor | Level | OR (95% CI) | P-value |',
      '|---|---|---|---|',
      '| Smoking | Yes | 0.6 (0.4-0.9) | 0.2 |',
    ].join('\n');
    expect(findings(text)).toEqual([
      ['confidence-interval', 'consistent', 'OR = 0.6; CI 95% 0.4 – 0.9', CENTRE],
      [
        'confidence-interval',
        'decision-error',
        'OR = 0.6; CI 95% 0.4 – 0.9; p = 0.2',
        'p from the interval (Wald) = 0.0031 to 0.0307',
      ],
    ]);
  });

  it('a p column named after the ratio in a sentence, not a header, does not move the p', () => {
    const text = 'The p-value was computed for each OR (95% CI) below.\n| Smoking | Yes | 0.6 (0.4-0.9) | 0.06 |';
    expect(findings(text).filter((f) => f[2]!.includes('p ='))).toEqual([
      [
        'confidence-interval',
        'consistent',
        'OR = 0.6; CI 95% 0.4 – 0.9; p = 0.06',
        'p from the interval (Wald) = 0.0002 to 0.0953',
      ],
    ]);
  });
});
