/**
 * Scatter plot of paired values with a fitted straight line: open black circles (so
 * overlapping points stay visible) and the line drawn across the range of the points.
 * The line's coefficients come from the analysis (fitted on every pair, even when the
 * points are a sample), never from the drawing.
 */
import type { ReportContext } from '../context.ts';

export interface ScatterInput {
  x: number[];
  y: number[];
  line: { intercept: number; slope: number } | null;
}

export function scatterSpec(
  points: ScatterInput,
  titles: { x: string; y: string },
  ctx: ReportContext,
): Record<string, unknown> {
  const xs = points.x;
  const from = Math.min(...xs);
  const to = Math.max(...xs);
  const line = points.line;
  const drawLine = line !== null && xs.length > 1 && to > from;
  // One data source (points, then the line's two ends, told apart by `line`): a layer with
  // data of its own would make vega-lite warn about unioned scale domains.
  const values = [
    ...xs.map((x, i) => ({ x, y: points.y[i]!, line: false })),
    ...(drawLine
      ? [
          { x: from, y: line.intercept + line.slope * from, line: true },
          { x: to, y: line.intercept + line.slope * to, line: true },
        ]
      : []),
  ];
  const layers: Record<string, unknown>[] = [
    {
      transform: [{ filter: '!datum.line' }],
      mark: { type: 'point', shape: 'circle', filled: false, size: 28, strokeWidth: 1, color: '#000', opacity: 0.85 },
    },
  ];
  if (drawLine)
    layers.push({
      transform: [{ filter: 'datum.line' }],
      mark: { type: 'line', color: '#000', strokeWidth: 1.5 },
    });
  const spec: Record<string, unknown> = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 300,
    height: 260,
    data: { values },
    encoding: {
      x: { field: 'x', type: 'quantitative', title: titles.x, scale: { zero: false, nice: true } },
      y: { field: 'y', type: 'quantitative', title: titles.y, scale: { zero: false, nice: true } },
    },
    layer: layers,
  };
  if (ctx.L.chartNumbers) spec.config = { locale: { number: ctx.L.chartNumbers } };
  return spec;
}
