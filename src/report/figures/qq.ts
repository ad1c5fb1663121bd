/**
 * Normal Q–Q plots, one panel per sample (a variable, or a variable in one group): the
 * sorted observed values (open circles) against the normal quantiles, and the straight
 * line of a normal distribution with the sample's mean and SD (value = mean + SD × z), so
 * departures from normality show as points leaving the line. Each panel has its own value
 * axis; black on white.
 */
import type { ReportContext } from '../context.ts';

export interface QqPanel {
  /** Panel heading (a group's label), or empty. */
  title: string;
  /** The value axis' title: the variable's label. */
  y: string;
  z: number[];
  value: number[];
  mean: number;
  sd: number;
}

export function qqSpec(
  panels: QqPanel[],
  titles: { x: string },
  columns: number,
  ctx: ReportContext,
): Record<string, unknown> {
  // One data source per panel (points, then the line's two ends, told apart by `line`):
  // layers with data of their own would make vega-lite warn about unioned scale domains.
  const drawn = panels.map((p) => {
    const from = Math.min(...p.z);
    const to = Math.max(...p.z);
    const values = [
      ...p.z.map((z, i) => ({ z, value: p.value[i]!, line: false })),
      { z: from, value: p.mean + p.sd * from, line: true },
      { z: to, value: p.mean + p.sd * to, line: true },
    ];
    return {
      ...(p.title ? { title: { text: p.title, fontSize: 11, fontWeight: 'normal', anchor: 'middle' } } : {}),
      width: 180,
      height: 170,
      data: { values },
      encoding: {
        x: { field: 'z', type: 'quantitative', title: titles.x, scale: { zero: false, nice: true } },
        y: { field: 'value', type: 'quantitative', title: p.y, scale: { zero: false, nice: true } },
      },
      layer: [
        {
          transform: [{ filter: '!datum.line' }],
          mark: {
            type: 'point',
            shape: 'circle',
            filled: false,
            size: 20,
            strokeWidth: 1,
            color: '#000',
            opacity: 0.9,
          },
        },
        {
          transform: [{ filter: 'datum.line' }],
          mark: { type: 'line', color: '#000', strokeWidth: 1.2 },
        },
      ],
    };
  });
  const spec: Record<string, unknown> = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...(drawn.length === 1 ? drawn[0] : { concat: drawn, columns, spacing: 20 }),
  };
  if (ctx.L.chartNumbers) spec.config = { locale: { number: ctx.L.chartNumbers } };
  return spec;
}
