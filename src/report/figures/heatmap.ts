/**
 * Heat map of a lower-triangular matrix of coefficients (correlations): a cell per pair,
 * grey from white (0) to dark (|1|) by the coefficient's size, the coefficient printed in
 * the cell (white on dark cells). The sign is read from the printed number, not the
 * shade, so the figure reads in grayscale.
 */
import type { ReportContext } from '../context.ts';

export interface HeatmapCell {
  /** Column and row names (labels as the study wrote them). */
  column: string;
  row: string;
  coefficient: number;
  /** What the cell prints, e.g. ".85*" or "0,85*". */
  text: string;
}

/** Shades darker than this carry white text. */
const WHITE_TEXT_FROM = 0.55;

export function heatmapSpec(
  cells: HeatmapCell[],
  order: { columns: string[]; rows: string[] },
  ctx: ReportContext,
): Record<string, unknown> {
  const values = cells.map((c) => ({
    ...c,
    size: Math.abs(c.coefficient),
    ink: Math.abs(c.coefficient) >= WHITE_TEXT_FROM ? '#ffffff' : '#000000',
  }));
  const step = 56;
  const axis = { ticks: false, domain: false, labelLimit: 180, labelPadding: 4 };
  const spec: Record<string, unknown> = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: { step },
    height: { step },
    data: { values },
    encoding: {
      x: {
        field: 'column',
        type: 'nominal',
        sort: order.columns,
        title: null,
        axis: order.columns.some((c) => c.length > 8)
          ? { ...axis, orient: 'bottom', labelAngle: -35, labelAlign: 'right', labelBaseline: 'middle' }
          : { ...axis, orient: 'bottom', labelAngle: 0 },
      },
      y: { field: 'row', type: 'nominal', sort: order.rows, title: null, axis },
    },
    layer: [
      {
        mark: { type: 'rect', stroke: '#000', strokeWidth: 0.6 },
        encoding: {
          fill: {
            field: 'size',
            type: 'quantitative',
            scale: { domain: [0, 1], range: ['#ffffff', '#1a1a1a'] },
            legend: null,
          },
        },
      },
      {
        mark: { type: 'text', fontSize: 11, baseline: 'middle' },
        encoding: { text: { field: 'text' }, color: { field: 'ink', type: 'nominal', scale: null } },
      },
    ],
  };
  if (ctx.L.chartNumbers) spec.config = { locale: { number: ctx.L.chartNumbers } };
  return spec;
}
