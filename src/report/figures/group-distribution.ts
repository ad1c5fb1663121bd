/**
 * The distribution of an outcome per group, shared by the group-comparison and anova
 * report units: a box per group (quartiles, median, minimum–maximum whiskers) with the
 * mean and its 95% CI beside it, or the means with CIs alone. Drawn from the stored
 * per-group descriptives, so the figure shows exactly the numbers of the table; black,
 * white and greys only, the mean a diamond, so it reads in grayscale.
 */
import type { DescriptivesResult } from '../../stats/descriptives.ts';
import type { StatFailure } from '../../stats/types.ts';
import { isFailure } from '../../stats/types.ts';
import type { ReportContext } from '../context.ts';
import type { FigureModel } from '../document.ts';
import type { GroupFigureWords } from '../locale/group-distribution.ts';

/** What a study can ask for in `figure:` of a two-or-more-group analysis. */
export type GroupFigureKind = 'box' | 'means';

export interface GroupDistributionRow {
  group: string;
  n: number;
  mean: number;
  lo: number;
  hi: number;
  median: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
}

/** One row per group with data, in the order of the analysis' groups (labels as the study wrote them). */
export function groupRows(
  groups: { level: string; value: DescriptivesResult | StatFailure }[],
  label: (level: string) => string,
): GroupDistributionRow[] {
  return groups.flatMap((g) => {
    const d = g.value;
    if (isFailure(d)) return [];
    return [
      {
        group: label(g.level),
        n: d.n,
        mean: d.mean,
        lo: d.ciLower ?? d.mean,
        hi: d.ciUpper ?? d.mean,
        median: d.median,
        q1: d.q1,
        q3: d.q3,
        min: d.min,
        max: d.max,
      },
    ];
  });
}

/** The Vega-Lite specification of the figure. */
export function groupDistributionSpec(
  rows: GroupDistributionRow[],
  kind: GroupFigureKind,
  titles: { x: string; y: string },
  ctx: ReportContext,
): Record<string, unknown> {
  const order = rows.map((r) => r.group);
  const x = {
    field: 'group',
    type: 'nominal',
    sort: order,
    title: titles.x,
    axis: { labelAngle: 0, labelLimit: 0, ticks: false },
  };
  const num = (field: string) => ({ field, type: 'quantitative' });
  const y = { ...num('mean'), title: titles.y, scale: { zero: false } };
  // Box left of the group's centre, mean and CI right of it, so neither hides the other.
  const box = kind === 'box';
  const meanOffset = box ? 16 : 0;
  const layers: Record<string, unknown>[] = box
    ? [
        { mark: { type: 'rule', xOffset: -10, color: '#000' }, encoding: { y: num('min'), y2: { field: 'max' } } },
        {
          mark: { type: 'bar', size: 22, xOffset: -10, fill: '#d9d9d9', stroke: '#000', strokeWidth: 1 },
          encoding: { y: num('q1'), y2: { field: 'q3' } },
        },
        {
          mark: { type: 'tick', size: 22, xOffset: -10, thickness: 2, color: '#000', orient: 'horizontal' },
          encoding: { y: num('median') },
        },
        ...['min', 'max'].map((f) => ({
          mark: { type: 'tick', size: 10, xOffset: -10, thickness: 1, color: '#000', orient: 'horizontal' },
          encoding: { y: num(f) },
        })),
      ]
    : [];
  layers.push(
    {
      mark: { type: 'rule', xOffset: meanOffset, strokeWidth: 1.5, color: '#000' },
      encoding: { y: num('lo'), y2: { field: 'hi' } },
    },
    ...['lo', 'hi'].map((f) => ({
      mark: { type: 'tick', size: 8, xOffset: meanOffset, thickness: 1.5, color: '#000', orient: 'horizontal' },
      encoding: { y: num(f) },
    })),
    {
      mark: { type: 'point', shape: 'diamond', filled: true, size: 60, opacity: 1, xOffset: meanOffset, color: '#000' },
      encoding: { y },
    },
  );
  const spec: Record<string, unknown> = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: Math.min(420, Math.max(200, 110 * rows.length)),
    height: 260,
    data: { values: rows },
    encoding: { x },
    layer: layers,
  };
  if (ctx.L.chartNumbers) spec.config = { locale: { number: ctx.L.chartNumbers } };
  return spec;
}

/** The figure's own kind: `figure:` of the spec, `box` unless the study chose otherwise. */
export function groupFigureKind(figure: GroupFigureKind | false | undefined): GroupFigureKind | undefined {
  return figure === false ? undefined : (figure ?? 'box');
}

/**
 * The whole figure of a two-or-more-group analysis (group comparison, ANOVA): undefined
 * with `figure: false` or when no group has data.
 */
export function groupDistributionFigure(
  key: string,
  groups: { level: string; value: DescriptivesResult | StatFailure }[],
  group: string,
  figure: GroupFigureKind | false | undefined,
  outcome: string,
  words: GroupFigureWords,
  ctx: ReportContext,
): FigureModel | undefined {
  const kind = groupFigureKind(figure);
  const rows = groupRows(groups, (level) => ctx.levelLabel(group, level));
  if (!kind || !rows.length) return undefined;
  const by = ctx.label(group);
  return {
    key,
    caption: words.caption(outcome, by, kind === 'box'),
    spec: groupDistributionSpec(rows, kind, { x: by, y: ctx.L.cap(outcome) }, ctx),
    alt: words.alt(outcome, kind === 'box', rows),
  };
}
