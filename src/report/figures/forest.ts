/**
 * Forest plot of estimates with their confidence intervals, shared by the units that
 * report a set of effects: odds ratios on a logarithmic axis with a dashed line at 1
 * (odds-ratios, logistic-regression), or coefficients on a linear axis with the line at 0
 * (a linear regression's B). One row per estimate: its label on the left, a square at the
 * estimate (filled when significant) with the CI as a line, and the estimate with its CI
 * as text on the right; sections (groups of a model) get a bold heading row. Black on
 * white, filled against open squares, so it reads in grayscale.
 */
import type { ReportContext } from '../context.ts';
import type { FigureModel } from '../document.ts';

/** One estimate: already labelled in the manuscript's language, its text formatted by the caller. */
export interface ForestEstimate {
  label: string;
  estimate: number;
  lo: number;
  hi: number;
  significant: boolean;
  /** The estimate with its CI as printed in the right-hand column, e.g. "2.67 [0.36, 19.71]". */
  text: string;
}

/** A run of estimates under an optional heading (a group's name). */
export interface ForestSection {
  heading?: string;
  estimates: ForestEstimate[];
}

export interface ForestOptions {
  /** `log` for ratios (odds ratios), `linear` for differences and coefficients. */
  scale: 'log' | 'linear';
  /** Where the dashed line of no effect is drawn: 1 for a ratio, 0 for a coefficient. */
  reference: number;
  axisTitle: string;
  /** Title of the right-hand column, e.g. "OR [95% CI]". */
  estimatesTitle: string;
}

/** A row of the plot as the specification carries it: an estimate or a heading. */
export interface ForestRow {
  row: string;
  order: number;
  estimate?: number;
  lo?: number;
  hi?: number;
  significant?: boolean;
  header?: boolean;
  text?: string;
}

/** The rows of the plot: headings only where there are several sections (each with estimates); labels made unique (a zero-width space) so rows never merge. */
export function forestRows(sections: ForestSection[]): ForestRow[] {
  const rows: ForestRow[] = [];
  const seen = new Set<string>();
  const unique = (label: string) => {
    let s = label;
    while (seen.has(s)) s += '\u200b';
    seen.add(s);
    return s;
  };
  // Headings name the groups of an analysis with several, even where one group has no estimate.
  for (const section of sections.filter((s) => s.estimates.length > 0)) {
    if (section.heading && sections.length > 1)
      rows.push({ row: unique(section.heading), order: rows.length, header: true });
    for (const e of section.estimates)
      rows.push({
        row: unique(e.label),
        order: rows.length,
        estimate: e.estimate,
        lo: e.lo,
        hi: e.hi,
        significant: e.significant,
        text: e.text,
      });
  }
  return rows;
}

/** The Vega-Lite specification, or undefined when there is no estimate to draw. */
export function forestSpec(
  sections: ForestSection[],
  options: ForestOptions,
  ctx: ReportContext,
): Record<string, unknown> | undefined {
  const values = forestRows(sections);
  const est = values.flatMap((v) => (v.lo === undefined || v.hi === undefined ? [] : [{ lo: v.lo, hi: v.hi }]));
  if (!est.length) return undefined;
  let scale: Record<string, unknown>;
  let ticks: number[] | undefined;
  if (options.scale === 'log') {
    // Whole powers of ten around every interval and the line at 1, so the axis reads 0.1, 1, 10.
    const lows = [...est.map((v) => v.lo), options.reference].filter((x) => x > 0);
    const from = Math.floor(Math.log10(Math.min(...lows)));
    const to = Math.ceil(Math.log10(Math.max(...est.map((v) => v.hi), options.reference)));
    ticks = [];
    for (let e = from; e <= to; e++) ticks.push(10 ** e);
    scale = { type: 'log', domain: [10 ** from, 10 ** to], nice: false };
  } else {
    const lo = Math.min(options.reference, ...est.map((v) => v.lo));
    const hi = Math.max(options.reference, ...est.map((v) => v.hi));
    scale = { type: 'linear', domain: [lo, hi], nice: true, zero: false };
  }
  const axis = {
    ...(ticks ? { values: ticks, format: '~g' } : { tickCount: 5 }),
    title: options.axisTitle,
    grid: false,
    labelFontSize: 10,
    titleFontSize: 11,
  };
  // Three panels sharing the rows: labels (headings in bold), the plot, and the estimates as text.
  const labelWidth = Math.ceil(Math.max(...values.map((v) => v.row.length)) * 5.2);
  const y = { field: 'row', type: 'nominal', scale: { domain: values.map((v) => v.row) }, axis: null };
  const height = { step: 13 };
  const ink = '#000';
  const spec: Record<string, unknown> = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { values },
    spacing: 6,
    bounds: 'flush',
    resolve: { scale: { y: 'shared' } },
    hconcat: [
      {
        width: labelWidth,
        height,
        encoding: { y, x: { value: 0 }, text: { field: 'row' } },
        layer: [
          {
            transform: [{ filter: '!datum.header' }],
            mark: { type: 'text', align: 'left', baseline: 'middle', fontSize: 10 },
          },
          {
            transform: [{ filter: 'datum.header' }],
            mark: { type: 'text', align: 'left', baseline: 'middle', fontSize: 10, fontWeight: 'bold' },
          },
        ],
      },
      {
        width: 250,
        height,
        encoding: { y },
        layer: [
          {
            mark: { type: 'rule', strokeDash: [4, 3], color: '#777' },
            encoding: { x: { datum: options.reference, type: 'quantitative', scale, axis }, y: null },
          },
          {
            transform: [{ filter: '!datum.header' }],
            mark: { type: 'rule', strokeWidth: 1.2, color: ink },
            encoding: { x: { field: 'lo', type: 'quantitative', scale, axis }, x2: { field: 'hi' } },
          },
          {
            transform: [{ filter: '!datum.header' }],
            mark: { type: 'point', shape: 'square', size: 36, strokeWidth: 1.2, color: ink, opacity: 1 },
            encoding: {
              x: { field: 'estimate', type: 'quantitative', scale, axis },
              fill: { condition: { test: 'datum.significant', value: ink }, value: 'white' },
            },
          },
        ],
      },
      {
        width: 105,
        height,
        title: { text: options.estimatesTitle, fontSize: 10, fontWeight: 'normal', anchor: 'end', offset: 2 },
        transform: [{ filter: '!datum.header' }],
        mark: { type: 'text', align: 'right', baseline: 'middle', fontSize: 10 },
        encoding: { y, x: { value: 105 }, text: { field: 'text' } },
      },
    ],
  };
  if (ctx.L.chartNumbers) spec.config = { locale: { number: ctx.L.chartNumbers } };
  return spec;
}

/** One odds ratio with its 95% CI, labelled in the manuscript's language; `p` null when there is none. */
export interface OddsRatioEstimate {
  label: string;
  or: number;
  lo: number;
  hi: number;
  p: number | null;
}

/** The words of an odds-ratio forest plot, from the unit's locale. */
export interface OddsRatioForestWords {
  /** Title of the logarithmic axis. */
  axis: string;
  /** Title of the right-hand column, e.g. "OR [95% CI]". */
  estimates: string;
  caption: string;
  /** The text alternative, given the number of odds ratios drawn. */
  alt: (n: number) => string;
}

/**
 * The forest plot of odds ratios shared by odds-ratios (crude) and logistic-regression
 * (adjusted): a square filled where p < alpha, the OR and its CI printed as the tables
 * print them, on a logarithmic axis with the dashed line at OR = 1. Undefined when no
 * ratio can be drawn.
 */
export function oddsRatioForest(
  key: string,
  sections: { heading?: string; ratios: OddsRatioEstimate[] }[],
  words: OddsRatioForestWords,
  ctx: ReportContext,
): FigureModel | undefined {
  const forestSections: ForestSection[] = sections.map((s) => ({
    heading: s.heading,
    estimates: s.ratios.map((r) => ({
      label: r.label,
      estimate: r.or,
      lo: r.lo,
      hi: r.hi,
      significant: r.p !== null && r.p < ctx.results.alpha,
      text: `${ctx.L.fmt.num(r.or)} ${ctx.L.ciCell(r.lo, r.hi)}`,
    })),
  }));
  const spec = forestSpec(
    forestSections,
    { scale: 'log', reference: 1, axisTitle: words.axis, estimatesTitle: words.estimates },
    ctx,
  );
  if (!spec) return undefined;
  const n = sections.reduce((k, s) => k + s.ratios.length, 0);
  return { key, caption: words.caption, spec, alt: words.alt(n) };
}
