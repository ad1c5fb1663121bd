/**
 * A two-sample t against both groups' means and SDs (recognisers/two-group-t.ts,
 * checks/two-group-t.ts). Each case lists every standard-error finding, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' })
    .findings.filter((f) => f.check === 'standard-error')
    .map((f) => [f.verdict, f.reported, f.recomputed]);

describe('two-sample t from the groups’ means, SDs and sizes', () => {
  const sized = (t: string) =>
    `Women scored higher (M = 1.10, SD = 0.81, n = 60) than men (M = 0.83, SD = 0.54, n = 57), t(115) = ${t}.`;

  it('sizes in each parenthesis: consistent when Student’s pooled or Welch’s t gives the printed t', () => {
    // By hand at the printed values: s²p = (59·0.81² + 56·0.54²)/115 = 0.4786, SE = √(0.4786·(1/60 + 1/57))
    // = 0.1280, t = 0.27/0.1280 = 2.110; Welch SE = √(0.81²/60 + 0.54²/57) = 0.1267, t = 2.131. Over the
    // rounding: pooled at least 0.26/√(0.4854·(1/60 + 1/57)) = 2.018, Welch at most
    // 0.28/√(0.805²/60 + 0.535²/57) = 2.226.
    const range = "|M₁ − M₂| / SE (Student's pooled or Welch's) = [2.018, 2.226] for n = 60 and 57";
    expect(findings(sized('2.10'))).toEqual([
      ['consistent', 't(115) = 2.10; M = 1.10, SD = 0.81; M = 0.83, SD = 0.54', range],
    ]);
    expect(findings(sized('3.10'))).toEqual([
      ['inconsistent', 't(115) = 3.10; M = 1.10, SD = 0.81; M = 0.83, SD = 0.54', range],
    ]);
  });

  it('no sizes but independent groups: inconsistent only when no split of df + 2 comes near the t', () => {
    const text = (t: string) =>
      `In an independent-samples t test, the smile condition (M = 4.91, SD = 1.49) and the pout condition (M = 4.71, SD = 1.31) did not differ, t(97) = ${t}.`;
    // The largest t over the splits of 99 is near 49/50: 0.21/√(s²p(1/49 + 1/50)) ≈ 0.75 with the
    // rounding taken against it; the smallest, at 2/97, 0.18.
    const range =
      "|M₁ − M₂| / SE (Student's pooled or Welch's) = [0.178, 0.749] over every split of 99 into two groups";
    expect(findings(text('2.72'))).toEqual([
      ['inconsistent', 't(97) = 2.72; M = 4.91, SD = 1.49; M = 4.71, SD = 1.31', range],
    ]);
    expect(findings(text('0.72'))).toEqual([
      ['not-checkable', 't(97) = 0.72; M = 4.91, SD = 1.49; M = 4.71, SD = 1.31', range],
    ]);
  });

  it('paired or repeated measures, or groups without sizes or a word of independence, are not read', () => {
    for (const text of [
      'Scores before the session (M = 4.91, SD = 1.49, n = 20) and after it (M = 5.71, SD = 1.31, n = 20) differed, t(19) = 6.72.',
      'A dependent t-test showed that day one (M = 1.65, SD = 0.64, n = 30) was higher than day three (M = 0.98, SD = 0.71, n = 30), t(29) = 9.10.',
      'The smile condition (M = 4.91, SD = 1.49) and the pout condition (M = 4.71, SD = 1.31) did not differ, t(97) = 2.72.',
    ])
      expect(findings(text)).toEqual([]);
  });
});
