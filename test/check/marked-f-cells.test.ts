/**
 * F tests printed as table cells "value(df1, df2)mark" under an "F(ndf,ddf)P" header, their marks
 * defined by the legend under the table (recognisers/marked-f-cells.ts). Each case lists every
 * finding naskah reports, exactly. p by R: pf(6.12, 3, 20, lower = FALSE) = .0040,
 * pf(9.40, 2, 20) = .0013, pf(2.10, 6, 20) = .099, pf(0.85, 3, 20) = .48, pf(4.20, 2, 20) = .030,
 * pf(3.90, 6, 20) = .0097.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

const TABLE =
  'Table 2. Analyses of variance of plant height. Test results F(ndf,ddf)P | Site | Depth | Site × Depth |\nHeight | 6.12(3, 20)** | 9.40(2, 20)*** | 2.10(6, 20)NS |\nWidth | 0.85(3, 20)NS | 4.20(2, 20)* | 3.90(6, 20)NS |\n';

describe('F cells with df and a significance mark (recognisers/marked-f-cells.ts)', () => {
  it('reads each mark as the p bound its legend gives; NS as not significant', () => {
    const text = `${TABLE}NS Not significant, *P < 0.05, **P < 0.01, ***P < 0.001.`;
    expect(findings(text)).toEqual([
      ['p-value', 'consistent', '6.12(3, 20)**', 'p = 0.0040 for |F(3, 20)| ∈ [6.115, 6.125]'],
      // p = .0013 is no p < .001.
      ['p-value', 'inconsistent', '9.40(2, 20)***', 'p = 0.0013 for |F(2, 20)| ∈ [9.395, 9.405]'],
      ['p-value', 'consistent', '2.10(6, 20)NS', 'p = 0.0981 to 0.0995 for |F(6, 20)| ∈ [2.095, 2.105]'],
      ['p-value', 'consistent', '0.85(3, 20)NS', 'p = 0.4804 to 0.4854 for |F(3, 20)| ∈ [0.845, 0.855]'],
      ['p-value', 'consistent', '4.20(2, 20)*', 'p = 0.0299 to 0.0301 for |F(2, 20)| ∈ [4.195, 4.205]'],
      // p = .0097 is significant: "NS" is a decision error.
      ['p-value', 'decision-error', '3.90(6, 20)NS', 'p = 0.0096 to 0.0097 for |F(6, 20)| ∈ [3.895, 3.905]'],
    ]);
  });

  it('reads nothing without a legend defining the marks, or without the header naming the layout', () => {
    expect(findings(TABLE)).toEqual([]);
    const noHeader = `${TABLE.replace('F(ndf,ddf)P', 'Results')}*P < 0.05, **P < 0.01, ***P < 0.001.`;
    expect(findings(noHeader)).toEqual([]);
  });
});
