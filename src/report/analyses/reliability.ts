/** Reliability in words: Cronbach's alpha for the methods' instrument paragraph, and an item table. */
import type { ReliabilityAnalysis, ReliabilitySpec } from '../../analysis/units/reliability.ts';
import { isFailure } from '../../stats/types.ts';
import type { TableCell, TableModel } from '../document.ts';
import { captionOf, type ReportUnit } from '../context.ts';

export const reliabilityReport: ReportUnit<ReliabilityAnalysis, ReliabilitySpec> = {
  type: 'reliability',
  tables(a, spec, ctx) {
    if (isFailure(a.result)) return [];
    const { L } = ctx;
    const f = L.fmt;
    const items = a.result.items;
    const right = (text: string): TableCell => ({ text, align: 'right' });
    const t: TableModel = {
      key: spec.id,
      caption: captionOf(spec, ctx, L.captionReliability(ctx.label(spec.instrument))),
      head: [
        [
          { text: L.columns.item },
          right(L.columns.mean),
          right(L.columns.sd),
          right(L.columns.itemTotal),
          right(L.columns.alphaIfDeleted),
        ],
      ],
      rows: items.map((it, k) => ({
        cells: [
          { text: String(k + 1) },
          right(f.num(it.mean)),
          right(f.num(it.sd)),
          right(f.bounded(it.correctedItemTotal)),
          right(f.bounded(it.alphaIfDeleted)),
        ],
      })),
      notes: [L.noteAlpha(a.result.alpha, a.result.n)],
    };
    return [t];
  },
  results: () => '',
};
