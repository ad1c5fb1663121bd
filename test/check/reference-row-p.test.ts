/**
 * A two-level factor's p printed on its reference row, the other level's ratios on the row below
 * (recognisers/reference-row-p.ts). Each case lists every finding naskah reports that is about a
 * p, exactly (the ratios' centres, all consistent, are left out).
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const withP = (text: string) =>
  checkText(text, { lang: 'en' })
    .findings.filter((f) => / p [=<>]/u.test(f.reported))
    .map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const HEADER = [
  'Table 4. Factors associated with hypertension',
  '| | Crude OR (95% CI) | p | Adjusted OR (95% CI) | p |',
  '|---|---|---|---|---|',
];

describe('the p on a reference row belongs to the ratio below it (recognisers/reference-row-p.ts)', () => {
  it('each "Ref | p" pair gives its p to the ratio of its column', () => {
    // Wald p from the interval, 2Φ(−|ln OR|/SE), SE = (ln U − ln L)/(2·1.96): 1.62 (1.18–2.22)
    // 0.0028; 1.48 (1.05–2.09) 0.026; 0.71 (0.55–0.92) 0.0091; 1.30 (0.97–1.74) 0.078, printed 0.40
    // (more than twice it). The ranges run over the rounding (±0.005) of the ratio, as ln OR or as
    // the interval's centre, and of both bounds, computed with jStat's normal cdf.
    const text = [
      ...HEADER,
      '| Smoking | ||||',
      '| No | Ref | 0.003 | Ref | 0.026 |',
      '| Yes | 1.62 (1.18–2.22) | 1.48 (1.05–2.09) | ||',
      '| Obesity | ||||',
      '| No | Ref | 0.009 | Ref | 0.40 |',
      '| Yes | 0.71 (0.55–0.92) | 1.30 (0.97–1.74) | ||',
    ].join('\n');
    expect(withP(text)).toEqual([
      [
        'confidence-interval',
        'consistent',
        'OR = 1.62; CI 95% 1.18 – 2.22; p = 0.003',
        'p from the interval (Wald) = 0.0023 to 0.0033',
      ],
      [
        'confidence-interval',
        'consistent',
        'OR = 1.48; CI 95% 1.05 – 2.09; p = 0.026',
        'p from the interval (Wald) = 0.0225 to 0.0285',
      ],
      [
        'confidence-interval',
        'consistent',
        'OR = 0.71; CI 95% 0.55 – 0.92; p = 0.009',
        'p from the interval (Wald) = 0.0061 to 0.0135',
      ],
      [
        'confidence-interval',
        'inconsistent',
        'OR = 1.30; CI 95% 0.97 – 1.74; p = 0.40',
        'p from the interval (Wald) = 0.0702 to 0.0882',
      ],
    ]);
  });

  it('a factor of three levels keeps its p to itself (it tests both ratios at once)', () => {
    const text = [
      ...HEADER,
      '| Age | ||||',
      '| <40 | Ref | 0.01 | Ref | 0.02 |',
      '| 40–59 | 1.62 (1.18–2.22) | 1.48 (1.05–2.09) | ||',
      '| ≥60 | 1.30 (0.97–1.74) | 1.20 (0.90–1.60) | ||',
    ].join('\n');
    expect(withP(text)).toEqual([]);
  });
});
