/**
 * Ways of printing a p or a statistic's degrees of freedom that naskah did not read (fresh6-en,
 * issue #14): p's in powers of ten, as large samples give them, and a χ² whose parenthesis
 * names the sample size before df. Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';
import { parseNum } from '../../src/check/recognisers/numbers.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('p written as a power of ten (recognisers/numbers.ts)', () => {
  it('reads "× 10−9", "x 10^-6" and "× 10⁻⁶" as exponents, with the rounding of the mantissa', () => {
    const a = parseNum('2.4 × 10-9')!;
    expect(a.value).toBeCloseTo(2.4e-9, 20);
    // One decimal of the mantissa: 2.4 stands for [2.35, 2.45] × 10^-9.
    expect(a.half).toBeCloseTo(0.05e-9, 20);
    expect(parseNum('1 x 10^-16')!.value).toBeCloseTo(1e-16, 30);
    expect(parseNum('7.4 × 10⁻⁶')!.value).toBeCloseTo(7.4e-6, 18);
  });

  it('checks such p against the statistic, both ways', () => {
    // t(1720) = 4.5 over [4.45, 4.55]: two-tailed p 5.7e-6 to 9.1e-6 (R: 2*pt(-4.55, 1720) = 5.74e-6,
    // 2*pt(-4.45, 1720) = 9.14e-6), which holds 7.4 × 10−6 and not 7.4 × 10−3.
    const text =
      'Reaction speed differed, F(2, 3442) = 202.82, p < 1 × 10−16. Women were slower, t(1720) = 4.5, p = 7.4 × 10−6, and men faster, t(1720) = 4.5, p = 7.4 × 10−3.';
    // R: pf(202.82, 2, 3442, lower.tail = FALSE) = 5.4e-84.
    expect(findings(text)).toEqual([
      [
        'conclusion',
        'consistent',
        'differed, F(2, 3442) = 202.82, p < 1 × 10−16',
        'p < 1 × 10-16 is at or below α = 0.05: significant',
      ],
      [
        'p-value',
        'consistent',
        'F(2, 3442) = 202.82, p < 1 × 10−16',
        'p = 5.4 × 10^-84 for |F(2, 3442)| ∈ [202.815, 202.825]',
      ],
      [
        'p-value',
        'consistent',
        't(1720) = 4.5, p = 7.4 × 10−6',
        'p = 5.7 × 10^-6 to 9.1 × 10^-6 (two-tailed) for |t(1720)| ∈ [4.45, 4.55]',
      ],
      [
        'p-value',
        'inconsistent',
        't(1720) = 4.5, p = 7.4 × 10−3',
        'p = 5.7 × 10^-6 to 9.1 × 10^-6 (two-tailed) for |t(1720)| ∈ [4.45, 4.55]',
      ],
    ]);
  });

  it('does not take a product or a count of sessions for a number', () => {
    expect(parseNum('2 × 10')).toBeNull();
    // R: 2 * pt(-c(2.105, 2.095), 40) = 0.0416, 0.0425.
    expect(findings('A 2 x 10-minute session in a 3 × 10 design, t(40) = 2.10, p = .042.')).toEqual([
      [
        'p-value',
        'consistent',
        't(40) = 2.10, p = .042',
        'p = 0.0416 to 0.0425 (two-tailed) for |t(40)| ∈ [2.095, 2.105]',
      ],
    ]);
  });
});

describe('χ² with its sample size named before df (recognisers/statements.ts)', () => {
  it('reads "χ2(N = 1240, df = 1)" as one degree of freedom', () => {
    // χ²(1) = 6.13: p = .0133 (R: pchisq(6.13, 1, lower.tail = FALSE)), above .01, below .05.
    const text =
      'Depression was more common in women, χ2(N = 1,240, df = 1) = 6.8, p < .01, and so was anxiety, χ2(N = 1269, df = 1) = 6.13, p < .01.';
    expect(findings(text)).toEqual([
      [
        'p-value',
        'consistent',
        'χ2(N = 1,240, df = 1) = 6.8, p < .01',
        'p = 0.0089 to 0.0094 for |χ²(1)| ∈ [6.75, 6.85]',
      ],
      ['p-value', 'inconsistent', 'χ2(N = 1269, df = 1) = 6.13, p < .01', 'p = 0.0133 for |χ²(1)| ∈ [6.125, 6.135]'],
    ]);
  });
});
