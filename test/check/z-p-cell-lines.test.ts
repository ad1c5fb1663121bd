/**
 * Rank-test tables one cell per line whose header ends in "Z" and "p"
 * (recognisers/z-p-cell-lines.ts). Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const cells = (...lines: string[]) => lines.join('\n\n');

describe('Z and p as the last two cells of rows printed one cell per line', () => {
  it('reads each row’s Z with its p, two-tailed', () => {
    // 2(1 − Φ(2.576)) = .0100; 2(1 − Φ(1.960)) = .0500 (.0499–.0501 over its rounding), printed .030; 2(1 − Φ(3.40)) = .00067 < .001.
    const text = cells(
      'Table 2. Scores of the two groups',
      'Intervention',
      'Control',
      'Median',
      'Median',
      'Z',
      'p',
      'Anxiety',
      '12.5',
      '14.0',
      '2.576',
      '0.010',
      'Sleep quality',
      '8.0',
      '9.5',
      '1.960',
      '0.030',
      'Pain',
      '3.0',
      '6.5',
      '3.40',
      '< 0.001',
    );
    expect(findings(text)).toEqual([
      ['p-value', 'consistent', '2.576 0.010', 'p = 0.0100 (two-tailed) for |Z| ∈ [2.5755, 2.5765]'],
      ['p-value', 'inconsistent', '1.960 0.030', 'p = 0.0499 to 0.0501 (two-tailed) for |Z| ∈ [1.9595, 1.9605]'],
      ['p-value', 'consistent', '3.40 < 0.001', 'p = 0.0007 (two-tailed) for |Z| ∈ [3.395, 3.405]'],
    ]);
  });

  it('reads nothing without the Z and p header cells, or from a row of only two cells', () => {
    expect(findings(cells('Anxiety', '12.5', '14.0', '2.576', '0.030'))).toEqual([]);
    expect(findings(cells('Z', 'p', 'Anxiety', '2.576', '0.030'))).toEqual([]);
  });
});
