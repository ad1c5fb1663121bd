/**
 * Vega-Lite specification → inline SVG, in Node without a browser (vega's headless
 * View with renderer "none" and its SVG string writer). The output is deterministic for
 * the same spec. Text in the chart (labels from study.yaml) is escaped by vega's writer.
 */
import type { TopLevelSpec } from 'vega-lite';

/** The look shared by every chart: serif text as in the manuscript, APA-like plain axes. */
const CHART_CONFIG = {
  font: 'Liberation Serif, DejaVu Serif, Times New Roman, serif',
  axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', grid: false, domainColor: '#000', tickColor: '#000', labelColor: '#000', titleColor: '#000' },
  legend: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal', labelColor: '#000', titleColor: '#000' },
  view: { stroke: null },
  background: 'white',
};

export async function chartToSvg(spec: Record<string, unknown>): Promise<string> {
  // Loaded on first use: vega is large and many commands never draw a chart.
  const [vega, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const full = { ...spec, config: { ...CHART_CONFIG, ...(spec.config as object | undefined) } } as TopLevelSpec;
  const vgSpec = compile(full).spec;
  const view = new vega.View(vega.parse(vgSpec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
