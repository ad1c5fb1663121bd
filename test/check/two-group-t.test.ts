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

describe('independent-samples t-test tables: mean ± SD per group, t and p, sizes in the header', () => {
  const all = (text: string) => checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.recomputed]);
  const table = (t: string, p: string, title = 'Table 3. Independent samples t-test of scores by group.') =>
    [
      title,
      '| Score | Group (mean ± SD) | t | p |',
      '|---|---|---|---|',
      '| Control (n = 30) | Intervention (n = 25) | | |',
      `| Knowledge | 12.40 ± 2.10 | 14.10 ± 2.50 | ${t} | ${p} |`,
    ].join('\n');

  it('df = 30 + 25 − 2 = 53: p against t(53), and t against the means and SDs', () => {
    // By hand: s²p = (29·2.10² + 24·2.50²)/53 = 5.2438, SE = √(5.2438·(1/30 + 1/25)) = 0.6201,
    // t = 1.70/0.6201 = 2.742; Welch SE = √(2.10²/30 + 2.50²/25) = 0.6261, t = 2.715.
    // Over the rounding: Welch at least 1.69/√(2.105²/30 + 2.505²/25) = 2.676, pooled at most
    // 1.71/√(((29·2.095² + 24·2.495²)/53)·(1/30 + 1/25)) = 2.764. t(53) from 2.735 to 2.745 gives
    // two-tailed p .00847 to .00824 (jStat).
    expect(all(table('−2.74', '0.008'))).toEqual([
      [
        'standard-error',
        'consistent',
        "|M₁ − M₂| / SE (Student's pooled or Welch's) = [2.676, 2.764] for n = 30 and 25",
      ],
      ['p-value', 'consistent', 'p = 0.0082 to 0.0085 (two-tailed) for |t(53)| ∈ [2.735, 2.745]'],
    ]);
    expect(all(table('−3.74', '0.008'))[0]).toEqual([
      'standard-error',
      'inconsistent',
      "|M₁ − M₂| / SE (Student's pooled or Welch's) = [2.676, 2.764] for n = 30 and 25",
    ]);
  });

  it('a paired table is not read', () => {
    expect(all(table('−2.74', '0.008', 'Table 3. Paired t-test of scores.'))).toEqual([]);
  });
});
