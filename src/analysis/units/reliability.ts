/**
 * Internal consistency of an instrument in this sample: Cronbach's alpha with item
 * statistics, on the scored items (reverse-scored items reversed first, as the total
 * uses them).
 */
import { Type } from '@sinclair/typebox';
import { cronbachAlpha } from '../../stats/cronbach-alpha.ts';
import { INSTRUMENTS } from '../../instruments/library/index.ts';
import type { AnalysisSpec } from '../../study/types.ts';
import { numeric } from '../common.ts';
import { unitSchema } from '../spec.ts';
import type { AnalysisUnit } from '../unit.ts';

export interface ReliabilitySpec extends AnalysisSpec {
  instrument: string;
}

export const reliabilityUnit: AnalysisUnit<ReliabilitySpec> = {
  type: 'reliability',
  schema: unitSchema({ instrument: Type.String({ description: 'an instrument name from `instruments:`' }) }),
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
    const result = cronbachAlpha(items.map((values, k) => ({ name: use.items[k]!, values }))) as unknown as Record<
      string,
      unknown
    >;
    return { type: 'reliability', test: 'cronbach-alpha', checks: [], reason: { code: 'descriptive' }, result };
  },
};
