/**
 * A p printed as .000 in a ratio table's row (fresh6-en, issue #14): reported as a reporting
 * issue, as a zero p beside a test statistic or on its own already was
 * (checks/zero-p-beside-estimates.ts). Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported]);

describe('p = .000 beside an odds ratio (checks/zero-p-beside-estimates.ts)', () => {
  it('is a reporting issue once, besides the interval and the Wald p it is checked against', () => {
    // 2.91 (1.91–4.43): Wald p = 2·(1 − Φ(ln 2.91 / ((ln 4.43 − ln 1.91) / 3.92))) ≈ 6.4e-7, so .000
    // fits the interval (consistent) and is still printed as zero (a reporting issue).
    const text = [
      'Table 2. Factors associated with good practice',
      'Variable | COR(95%CI) | P value',
      'Urban | 2.91(1.91–4.43) | .000',
      'Rural | 1.00 | 1.00',
      'Male | 1.42(.897 − 2.25) | .135',
    ].join('\n');
    expect(findings(text)).toEqual([
      ['confidence-interval', 'consistent', 'OR = 2.91; CI 95% 1.91 – 4.43'],
      ['confidence-interval', 'consistent', 'OR = 2.91; CI 95% 1.91 – 4.43; p = .000'],
      ['p-value', 'reporting-issue', '.000'],
      ['confidence-interval', 'consistent', 'OR = 1.42; CI 95% .897 – 2.25'],
      ['confidence-interval', 'consistent', 'OR = 1.42; CI 95% .897 – 2.25; p = .135'],
    ]);
  });

  it('is not reported twice for the p of a test statistic', () => {
    // χ²(1) = 25.3: p = 4.9e-7 (R: pchisq(25.3, 1, lower.tail = FALSE)), printed .000.
    expect(findings('The groups differed, χ2(1) = 25.3, p = .000.').filter((f) => f[0] === 'p-value')).toEqual([
      ['p-value', 'reporting-issue', 'χ2(1) = 25.3, p = .000'],
    ]);
  });
});
