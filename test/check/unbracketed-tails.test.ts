/**
 * A p's label that names its tails without a parenthesis ("nilai sig. 2- tailed 0,006", "Sig.
 * 2-tailed .034"): the 2 belongs to the label, not to the p (recognisers/labels.ts). Each case
 * lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'id' | 'en') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('"sig. 2-tailed" without brackets (recognisers/labels.ts)', () => {
  it('reads the p after the tails, not a p of 2', () => {
    // Without df the t gives no p to compare: not checkable, and no impossible p.
    expect(
      findings(
        'Hasil uji t menunjukkan nilai t sebesar 2,871 dengan nilai sig. 2- tailed 0,006 sehingga Ho ditolak.',
        'id',
      ),
    ).toEqual([['p-value', 'not-checkable', 'nilai t sebesar 2,871 dengan nilai sig. 2- tailed 0,006', '—']]);
  });

  it('takes the p to its t when the df is printed', () => {
    // t(24) = 2.25: two-tailed p = 0.0338 (0.0335 to 0.0343 over the rounding of t), printed .034.
    expect(
      findings('The paired t test gave t(24) = 2.25 with Sig. 2-tailed .034, so the difference is significant.', 'en'),
    ).toEqual([
      [
        'p-value',
        'consistent',
        't(24) = 2.25 with Sig. 2-tailed .034',
        'p = 0.0335 to 0.0343 (two-tailed) for |t(24)| ∈ [2.245, 2.255]',
      ],
      [
        'conclusion',
        'consistent',
        'Sig. 2-tailed .034, so the difference is significant',
        'p = .034 is at or below α = 0.05: significant',
      ],
    ]);
  });
});
