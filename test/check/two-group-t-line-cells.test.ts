/**
 * A two-group t-test table stored one cell per line with "t(p)" cells under a "t(p value)" header
 * (recognisers/two-group-t-line-cells.ts). Each case lists every finding naskah reports, exactly.
 * By R, n = 25 + 25 (df 48): Recall t = 0.60/(1.05·√(2/25)) = 2.018, 2·pt(−2.02, 48) = .049;
 * Transfer t = 2.826 (printed 3.83); Confidence pooled p at 2.775–2.785 is .0076–.0078, Welch's df
 * (0.4²/25 + 0.6²/25)² / ((0.4²/25)²/24 + (0.6²/25)²/24) = 41.81 gives .0080–.0082 (printed
 * .0081); Interest t = 1.964, p = .055 (printed .035).
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const TABLE =
  'Table 2 Scores after the course\nVariables\nCourse\n(n = 25)\nNo course\n(n = 25)\nt(p value)\nMean ± SD\nMean ± SD\nRecall\n5.20 ± 1.10\n\n4.60 ± 1.00\n\n−2.02(.049)\nTransfer\n6.00 ± 1.20\n5.00 ± 1.30\n−3.83(<.001)\nConfidence\n3.90 ± 0.40\n3.50 ± 0.60\n−2.78(.0081)\nInterest\n4.10 ± 0.90\n3.60 ± 0.90\n−1.96(.035)\n';

describe('two-group t tables one cell per line, "t(p)" cells (recognisers/two-group-t-line-cells.ts)', () => {
  it('checks each p against t(n₁ + n₂ − 2), or Welch’s df when only that fits, and each t against the means and SDs', () => {
    expect(findings(TABLE)).toEqual([
      ['p-value', 'consistent', '−2.02(.049)', 'p = 0.0484 to 0.0495 (two-tailed) for |t(48)| ∈ [2.015, 2.025]'],
      [
        'standard-error',
        'consistent',
        't(48) = -2.02; M = 5.20, SD = 1.10; M = 4.60, SD = 1.00',
        "|M₁ − M₂| / SE (Student's pooled or Welch's) = [1.975, 2.061] for n = 25 and 25",
      ],
      ['p-value', 'consistent', '−3.83(<.001)', 'p = 0.0004 (two-tailed) for |t(48)| ∈ [3.825, 3.835]'],
      [
        'standard-error',
        'inconsistent',
        't(48) = -3.83; M = 6.00, SD = 1.20; M = 5.00, SD = 1.30',
        "|M₁ − M₂| / SE (Student's pooled or Welch's) = [2.787, 2.866] for n = 25 and 25",
      ],
      ['p-value', 'consistent', '−2.78(.0081)', 'p = 0.0080 to 0.0082 (two-tailed) for |t(41.81)| ∈ [2.775, 2.785]'],
      [
        'standard-error',
        'consistent',
        't(48) = -2.78; M = 3.90, SD = 0.40; M = 3.50, SD = 0.60',
        "|M₁ − M₂| / SE (Student's pooled or Welch's) = [2.678, 2.870] for n = 25 and 25",
      ],
      ['p-value', 'decision-error', '−1.96(.035)', 'p = 0.0552 to 0.0564 (two-tailed) for |t(48)| ∈ [1.955, 1.965]'],
      [
        'standard-error',
        'consistent',
        't(48) = -1.96; M = 4.10, SD = 0.90; M = 3.60, SD = 0.90',
        "|M₁ − M₂| / SE (Student's pooled or Welch's) = [1.914, 2.015] for n = 25 and 25",
      ],
    ]);
  });

  it('reads nothing when the tests are said to be paired, or without the header naming the t(p) cell', () => {
    expect(findings(`${TABLE}Note. Paired t tests.`)).toEqual([]);
    expect(findings(TABLE.replace('t(p value)', 'Test'))).toEqual([]);
  });
});
