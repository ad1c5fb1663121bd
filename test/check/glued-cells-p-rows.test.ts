/**
 * Table layouts that paired numbers across cells (fresh6-en, issue #14): a count glued to the
 * cell before it, and a row of p's printed under its row of statistics. Each case lists every
 * finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.recomputed]);

describe('a count glued to the cell before it (recognisers/glued-counts.ts)', () => {
  it('a column block that also reads as counts behind a lost share column is not checked', () => {
    // Column 2 as printed: 18300/39500 = 46.33%, printed 60. Read as a lost "% smokers" cell 18
    // and 21 before counts 300 and 200: 300/500 = 60%, 200/500 = 40%, as printed. Two readings:
    // only the first column is checked (260/500 = 52.00%, 240/500 = 48.00%).
    const text = 'Table 1. Smoking by group\nn (%)% Smokers\n Yes 260 (52)18300 (60)\n No 240 (48)21200 (40)';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '260/500 = 52.00% of 500, the sum of the counts (the percentages add up to 100%)'],
      ['percentages', 'consistent', '240/500 = 48.00% of 500, the sum of the counts (the percentages add up to 100%)'],
    ]);
  });

  it('a glued column block with no second reading is checked as printed', () => {
    // 300/500 = 60.00% (printed 61), 200/500 = 40.00% (printed 39); "00" and "0" are no counts.
    const text = 'Table 1. Smoking by group\nn (%)\n Yes 260 (52)300 (61)\n No 240 (48)200 (39)';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '260/500 = 52.00% of 500, the sum of the counts (the percentages add up to 100%)'],
      [
        'percentages',
        'inconsistent',
        '300/500 = 60.00% of 500, the sum of the counts (the percentages add up to 100%)',
      ],
      ['percentages', 'consistent', '240/500 = 48.00% of 500, the sum of the counts (the percentages add up to 100%)'],
      [
        'percentages',
        'inconsistent',
        '200/500 = 40.00% of 500, the sum of the counts (the percentages add up to 100%)',
      ],
    ]);
  });
});

describe('a row of p values under its row of statistics (recognisers/p-rows-below.ts)', () => {
  it('pairs each p with the statistic in its column', () => {
    // R: 2*pt(-c(2.105, 2.095), 40) = .04162, .04255; pf(c(9.005, 8.995), 1, 40, lower.tail = FALSE)
    // = .004620, .004640; 2*pt(-c(0.505, 0.495), 40) = .6163, .6233. The last t would have taken p = .04 as the nearest p.
    const text = 'Reaction time t(40) = 2.10 F(1,40) = 9.00 t(40) = 0.50\np = .04 p = .005 p = .62';
    expect(findings(text)).toEqual([
      ['p-value', 'consistent', 'p = 0.0416 to 0.0425 (two-tailed) for |t(40)| ∈ [2.095, 2.105]'],
      ['p-value', 'consistent', 'p = 0.0046 for |F(1, 40)| ∈ [8.995, 9.005]'],
      ['p-value', 'consistent', 'p = 0.6163 to 0.6233 (two-tailed) for |t(40)| ∈ [0.495, 0.505]'],
    ]);
  });

  it('gives the p values to no statistic when the two rows differ in length', () => {
    const text = 'Reaction time t(40) = 2.10 F(1,40) = 9.00 t(40) = 0.50\np = .04 p = .62';
    expect(findings(text).filter(([c]) => c === 'p-value')).toEqual([]);
  });
});

describe('a ratio cell whose interval is the wrong way round (recognisers/ratio-rows.ts)', () => {
  it('is checked, and its ratio lies off the centre of its bounds', () => {
    // Over the rounding of the bounds: √(2.195 · 1.095) = 1.550 to √(2.205 · 1.105) = 1.561, far from
    // 4.80; the row above fits: √(1.195 · 2.395) = 1.692 to √(1.205 · 2.405) = 1.702, 1.70.
    const text =
      'Table 2. Factors associated with anaemia\nVariable | AOR (95% CI) |\nRural | 1.70 (1.20–2.40) |\nPoorest | 4.80 (2.20–1.10) |';
    expect(findings(text)).toEqual([
      ['confidence-interval', 'consistent', 'centre on the log scale √(lower·upper) = [1.692, 1.702]'],
      ['confidence-interval', 'inconsistent', 'centre on the log scale √(lower·upper) = [1.550, 1.561]'],
    ]);
  });
});

describe('a p above 1 without a statistic (checks/p-above-one.ts)', () => {
  it('is impossible where its clause names the test it is the p of', () => {
    const text = 'Scores did not change between the two sessions on the Wilcoxon test (p=284).';
    expect(findings(text).filter(([c]) => c === 'p-value')).toEqual([['p-value', 'inconsistent', '—']]);
  });

  it('is not judged where nothing names a test, nor outside "(p = n)"', () => {
    expect(findings('Each model was fitted with lagged terms (p=12).')).toEqual([]);
    expect(findings('The Wilcoxon test was run with p = 12 permutations.')).toEqual([]);
  });
});

describe('χ² with its sample size after a semicolon, its p in the row below (statements.ts, p-rows-below.ts)', () => {
  it('reads "χ²(1;250)" as df 1 and pairs each χ² of a pipe row with the p below it', () => {
    // R: pchisq(c(9.9995, 10.0005), 2, lower.tail = FALSE) = .006739, .006735;
    // pchisq(c(2.0005, 1.9995), 1, lower.tail = FALSE) = .1572, .1574 (printed .120: inconsistent).
    const text =
      'Smoking, % | 30.0% | 20.0% | χ²(2;250) = 10.000; | 40.0% | χ²(1;250) = 2.000; |\n(n) | 45 | 20 | p = 0.007 | 40 | p = 0.120 |';
    expect(findings(text).filter(([c]) => c === 'p-value')).toEqual([
      ['p-value', 'consistent', 'p = 0.0067 for |χ²(2)| ∈ [9.9995, 10.0005]'],
      ['p-value', 'inconsistent', 'p = 0.1572 to 0.1574 for |χ²(1)| ∈ [1.9995, 2.0005]'],
    ]);
  });
});
