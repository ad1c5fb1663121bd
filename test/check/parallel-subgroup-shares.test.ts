/**
 * Pairs that each end in the same "of them" are parallel shares of one group
 * (recognisers/parallel-subgroup-shares.ts), not each a share of the count before it.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' })
    .findings.filter((f) => f.check === 'percentages')
    .map((f) => [f.verdict, f.reported, f.recomputed]);

describe('parallel "of them" shares (recognisers/parallel-subgroup-shares.ts)', () => {
  it('each is of the group the first one names', () => {
    // 300/1200 = 25.00%, 420/1200 = 35.00% (printed 36.0), 480/1200 = 40.00%.
    const text =
      'Of the 1,200 students surveyed, 300 (25.0%) of them walked to school, 420 (36.0%) of them cycled and 480 (40.0%) of them came by bus.';
    expect(findings(text)).toEqual([
      ['consistent', '300 (25.0%)', '300/1200 = 25.00% of the total 1200 printed with it'],
      ['inconsistent', '420 (36.0%)', '420/1200 = 35.00% of the total 1200 printed with it'],
      ['consistent', '480 (40.0%)', '480/1200 = 40.00% of the total 1200 printed with it'],
    ]);
  });

  it('"of these" after "of them" is still a share of the pair before it', () => {
    // 150/300 = 50.00%: the walkers who walked alone.
    const text =
      'Of the 1,200 students surveyed, 300 (25.0%) of them walked to school, and 150 (50.0%) of these walked alone.';
    expect(findings(text)).toEqual([
      ['consistent', '300 (25.0%)', '300/1200 = 25.00% of the total 1200 printed with it'],
      ['consistent', '150 (50.0%)', '150/300 = 50.00% of the total 300 printed with it'],
    ]);
  });
});
