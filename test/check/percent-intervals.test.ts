/**
 * Percentages with their confidence intervals (fresh6-en, issue #14): "26.3% (95% CI 25.4 to
 * 27.1)", and bare ranges after a percentage where the text says the parentheses hold 95% CIs
 * (recognisers/percent-intervals.ts). Only containment is checked: a proportion's Wilson, exact
 * or logit interval is not centred on it. Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'en' | 'id' = 'en') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported]);

describe('a percentage with its confidence interval (recognisers/percent-intervals.ts)', () => {
  it('named in the parenthesis: inside its interval, or outside it', () => {
    // 21.8 lies in 21.0–22.6; 14.2 does not lie in 15.0–16.4 (an estimate outside its own interval).
    const text = 'Anxiety was reported by 21.8% (95% CI 21.0 to 22.6) of women and 14.2% (95% CI: 15.0%–16.4%) of men.';
    expect(findings(text)).toEqual([
      ['confidence-interval', 'consistent', '% = 21.8; CI 95% 21.0 – 22.6'],
      ['confidence-interval', 'inconsistent', '% = 14.2; CI 95% 15.0 – 16.4'],
    ]);
  });

  it('does not ask a proportion for a symmetric interval', () => {
    // 2.2% of 500 has the Wilson interval 1.2–3.9 (R: prop.test(11, 500, correct = FALSE)$conf.int),
    // not centred on 2.2: consistent.
    expect(findings('Comorbidity was rare, 2.2% (95% CI 1.2–3.9).')).toEqual([
      ['confidence-interval', 'consistent', '% = 2.2; CI 95% 1.2 – 3.9'],
    ]);
  });

  it('is not read when the bounds are proportions and the estimate a percentage', () => {
    expect(findings('Sensitivity was 85% (95% CI: 0.78–0.91).')).toEqual([]);
  });

  it('in Indonesian', () => {
    expect(findings('Prevalensi anemia 26,3% (IK 95%: 25,4–27,1) pada ibu hamil.', 'id')).toEqual([
      ['confidence-interval', 'consistent', '% = 26,3; IK 95% 25,4 – 27,1'],
    ]);
  });

  it('a bare range is an interval only where the text says so', () => {
    const table = [
      'Table 2. Prevalence by sex',
      '| Depression | 8.3% (6.0–10.5) | 12.9% (10.4–15.4) |',
      '| Anxiety | 10.7% (8.1–13.2) | 7.9% (8.1–13.2) |',
    ];
    expect(findings(table.join('\n'))).toEqual([]);
    const noted = [...table, 'Notes. 95% confidence intervals are given in parenthesis.'].join('\n');
    expect(findings(noted)).toEqual([
      ['confidence-interval', 'consistent', '% = 8.3; CI 95% 6.0 – 10.5'],
      ['confidence-interval', 'consistent', '% = 12.9; CI 95% 10.4 – 15.4'],
      ['confidence-interval', 'consistent', '% = 10.7; CI 95% 8.1 – 13.2'],
      ['confidence-interval', 'inconsistent', '% = 7.9; CI 95% 8.1 – 13.2'],
    ]);
  });
});
