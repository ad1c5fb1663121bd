/**
 * Bars of percentages with the counts beside them, for frequencies (and any analysis of
 * categories): one panel per variable, one bar per category, and bars side by side per
 * series (the groups of `by:`, or the variables of `layout: columns`). Percentages are of
 * the valid n. Series are told apart by black, grey and white fills with a black outline,
 * so the figure reads in grayscale.
 */
import type { ReportContext } from '../context.ts';

export interface CategoryBar {
  /** The variable's panel (empty when there is one panel). */
  panel: string;
  category: string;
  /** The group or variable the bar belongs to (empty when there is one series). */
  series: string;
  percent: number;
  n: number;
}

/** Fills for up to six series, darkest first; more series repeat them (the legend still names each). */
const FILLS = ['#000000', '#ffffff', '#8c8c8c', '#d0d0d0', '#4d4d4d', '#f0f0f0'];

export function categoryBarsSpec(
  bars: CategoryBar[],
  titles: { x: string; series: string; category?: string },
  ctx: ReportContext,
): Record<string, unknown> {
  const series = [...new Set(bars.map((b) => b.series))];
  const panels = [...new Set(bars.map((b) => b.panel))];
  const several = series.length > 1;
  // With side-by-side bars the step is one bar's (vega-lite steps the offset channel).
  const step = several ? 10 : 16;
  // Long series names (variables side by side) stack in the legend instead of being cut.
  const long = series.some((x) => x.length > 24);
  const inner = {
    width: 300,
    height: { step },
    encoding: {
      y: {
        field: 'category',
        type: 'nominal',
        sort: null,
        title: titles.category || null,
        axis: { labelLimit: 180, ticks: false, labelPadding: 4 },
      },
      x: {
        field: 'percent',
        type: 'quantitative',
        title: titles.x,
        scale: { domain: [0, 100], nice: false },
        axis: { values: [0, 20, 40, 60, 80, 100] },
      },
      ...(several ? { yOffset: { field: 'series', type: 'nominal', sort: series } } : {}),
    },
    layer: [
      {
        mark: { type: 'bar', stroke: '#000', strokeWidth: 0.8 },
        encoding: several
          ? {
              fill: {
                field: 'series',
                type: 'nominal',
                sort: series,
                title: titles.series || null,
                scale: { domain: series, range: series.map((_, i) => FILLS[i % FILLS.length]) },
                legend: {
                  orient: 'top',
                  direction: long ? 'vertical' : 'horizontal',
                  titleOrient: 'left',
                  labelLimit: 0,
                  symbolStrokeColor: '#000',
                },
              },
            }
          : { fill: { value: '#8c8c8c' } },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 3, fontSize: 9 },
        encoding: { text: { field: 'n', type: 'quantitative' } },
      },
    ],
  };
  const spec: Record<string, unknown> =
    panels.length > 1
      ? {
          $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
          data: { values: bars },
          facet: {
            row: {
              field: 'panel',
              type: 'nominal',
              sort: panels,
              title: null,
              header: { labelAngle: 0, labelOrient: 'top', labelAnchor: 'start', labelFontSize: 11, labelPadding: 4 },
            },
          },
          spec: inner,
          resolve: { scale: { y: 'independent' } },
          spacing: 10,
        }
      : { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', data: { values: bars }, ...inner };
  if (ctx.L.chartNumbers) spec.config = { locale: { number: ctx.L.chartNumbers } };
  return spec;
}

/** Fills that need white counts printed on them. */
const DARK = new Set(['#000000', '#4d4d4d', '#8c8c8c']);

/**
 * Stacked bars of 100%: one bar per series (a level of the grouping variable), divided
 * into its categories, the count printed in each segment wide enough to hold it. The
 * categories are told apart by the same fills as the series of side-by-side bars.
 */
export function stackedBarsSpec(
  bars: CategoryBar[],
  titles: { x: string; series: string; category: string },
  ctx: ReportContext,
): Record<string, unknown> {
  const series = [...new Set(bars.map((b) => b.series))];
  const categories = [...new Set(bars.map((b) => b.category))];
  const fillOf = (c: string) => FILLS[categories.indexOf(c) % FILLS.length]!;
  const start = new Map<string, number>();
  const values = bars.map((b) => {
    const x0 = start.get(b.series) ?? 0;
    start.set(b.series, x0 + b.percent);
    return {
      ...b,
      x0,
      x1: x0 + b.percent,
      mid: x0 + b.percent / 2,
      ink: DARK.has(fillOf(b.category)) ? '#ffffff' : '#000000',
      label: b.percent >= 6 ? String(b.n) : '',
    };
  });
  const x = {
    field: 'x0',
    type: 'quantitative',
    title: titles.x,
    scale: { domain: [0, 100], nice: false },
    axis: { values: [0, 20, 40, 60, 80, 100] },
  };
  const spec: Record<string, unknown> = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { values },
    width: 300,
    height: { step: 24 },
    encoding: {
      y: {
        field: 'series',
        type: 'nominal',
        sort: series,
        title: titles.series || null,
        axis: { labelLimit: 180, ticks: false, labelPadding: 4 },
      },
    },
    layer: [
      {
        mark: { type: 'bar', stroke: '#000', strokeWidth: 0.8 },
        encoding: {
          x,
          x2: { field: 'x1' },
          fill: {
            field: 'category',
            type: 'nominal',
            sort: categories,
            title: titles.category || null,
            scale: { domain: categories, range: categories.map(fillOf) },
            legend: { orient: 'top', titleOrient: 'left', labelLimit: 0, symbolStrokeColor: '#000' },
          },
        },
      },
      {
        mark: { type: 'text', align: 'center', baseline: 'middle', fontSize: 9 },
        encoding: {
          x: { field: 'mid', type: 'quantitative' },
          text: { field: 'label' },
          color: { field: 'ink', type: 'nominal', scale: null },
        },
      },
    ],
  };
  if (ctx.L.chartNumbers) spec.config = { locale: { number: ctx.L.chartNumbers } };
  return spec;
}
