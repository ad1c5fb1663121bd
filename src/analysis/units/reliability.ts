/**
 * Internal consistency of an instrument in this sample: Cronbach's alpha with item
 * statistics, on the scored items (reverse-scored items reversed first, as the total
 * uses them).
 */
import { type Static, Type } from '@sinclair/typebox';
import { cronbachAlpha, type CronbachAlphaResult } from '../../stats/cronbach-alpha.ts';
import type { StatFailure } from '../../stats/types.ts';
import { INSTRUMENTS } from '../../instruments/library/index.ts';
import { numeric } from '../common.ts';
import { entrySchema } from '../spec.ts';
import type { AnalysisResult, AnalysisUnit } from '../unit.ts';

export const reliabilitySchema = entrySchema('reliability', {
  instrument: Type.String({ description: 'an instrument name from `instruments:`' }),
});

export type ReliabilitySpec = Static<typeof reliabilitySchema>;

export type ReliabilityAnalysis = AnalysisResult<
  'reliability',
  { test: 'cronbach-alpha'; result: CronbachAlphaResult | StatFailure }
>;

export const reliabilityUnit: AnalysisUnit<ReliabilitySpec, ReliabilityAnalysis> = {
  type: 'reliability',
  schema: reliabilitySchema,
  variables: () => [],
  run(spec, data, ctx) {
    const use = ctx.study.instruments[spec.instrument];
    if (!use) throw new Error(`instrument "${spec.instrument}" is not defined`);
    const inst = INSTRUMENTS.get(use.use)!;
    const [lo, hi] = inst.itemRange;
    const items = use.items.map((col, k) => {
      const v = numeric(data, col).values;
      return inst.reverse.includes(k + 1) ? v.map((x) => (x === null ? null : lo + hi - x)) : v;
    });
    const result = cronbachAlpha(items.map((values, k) => ({ name: use.items[k]!, values })));
    return { type: 'reliability', test: 'cronbach-alpha', checks: [], reason: { code: 'descriptive' }, result };
  },
};
