/**
 * The box plots of descriptives on six participants (ages 30, 40, 35 | 25, 45, 50), values
 * checked in R 4.2 (quantile type 6, t-based 95% CI of the mean): intervention Q1 30,
 * median 35, Q3 40, M 35 [22.58, 47.42]; control 25, 45, 50, M 40 [7.14, 72.86]; all six
 * Q1 28.75, median 37.5, Q3 46.25, M 37.5 [27.68, 47.32]. A panel per variable, a box per
 * group with `by:`.
 */
import { describe, expect, it } from 'vitest';
import { descriptivesUnit } from '../../../src/analysis/units/descriptives.ts';
import { descriptivesReport as unit } from '../../../src/report/analyses/descriptives.ts';
import type { FigureModel } from '../../../src/report/document.ts';
import { prepare, studyYaml } from '../helpers.ts';

const YAML = studyYaml(
  `  kelompok: { type: categorical, label: { id: Kelompok, en: Group }, levels: { a: { id: Intervensi, en: Intervention }, b: { id: Kontrol, en: Control } } }
  umur: { type: integer, label: { id: Umur, en: Age } }
  skor: { type: number, label: { id: Skor stres, en: Stress score } }`,
  `  - { id: d, type: descriptives, variables: [umur] }
  - { id: dg, type: descriptives, variables: [umur, skor], by: kelompok }
  - { id: none, type: descriptives, variables: [umur], figure: false }`,
);
const CSV = 'kelompok,umur,skor\na,30,12\na,40,14\na,35,16\nb,25,20\nb,45,22\nb,50,24\n';
const prep = (id: string) => prepare(descriptivesUnit, YAML, CSV, id);

type Panel = {
  data: { values: Record<string, number | string>[] };
  encoding: { x: { title: string } };
  layer: { encoding: { y: { title?: string } } }[];
};
const panelsOf = (f: FigureModel): Panel[] => (f.spec.concat as Panel[] | undefined) ?? [f.spec as unknown as Panel];
const round = (x: unknown) => Math.round(Number(x) * 100) / 100;
const box = (r: Record<string, number | string>) => [
  r.group,
  r.q1,
  r.median,
  r.q3,
  round(r.mean),
  round(r.lo),
  round(r.hi),
];

describe('descriptives figure', () => {
  it('draws one box with the mean and its CI for an ungrouped variable', () => {
    const { a, spec, ctx } = prep('d');
    const [en] = unit.figures!(a, spec, ctx('en'));
    const [p] = panelsOf(en!);
    expect(p!.data.values.map(box)).toEqual([['Age', 28.75, 37.5, 46.25, 37.5, 27.68, 47.32]]);
    expect(p!.layer.at(-1)!.encoding.y.title).toBe('Age');
    expect(en!.caption).toBe(
      'Distribution of age (boxes: median and interquartile range; whiskers: minimum to maximum; diamonds: means with 95% CI)',
    );
    expect(en!.alt).toBe('Box plots: Age (n = 6): median 37.50, mean 37.50 [27.68, 47.32].');
    const [id] = unit.figures!(a, spec, ctx('id'));
    expect(id!.caption).toBe(
      'Sebaran umur (kotak: median dan rentang antarkuartil; garis: minimum hingga maksimum; belah ketupat: rerata dengan IK 95%)',
    );
    expect(id!.alt).toBe('Diagram kotak: Umur (n = 6): median 37,50, rerata 37,50 [27,68; 47,32].');
    expect(id!.spec.config).toEqual({ axisX: { labels: false }, locale: { number: expect.any(Object) } });
  });

  it('draws a panel per variable and a box per level of by:, labelled as the study wrote them', () => {
    const { a, spec, ctx } = prep('dg');
    const [en] = unit.figures!(a, spec, ctx('en'));
    const panels = panelsOf(en!);
    expect(panels).toHaveLength(2);
    expect(panels[0]!.data.values.map(box)).toEqual([
      ['Intervention', 30, 35, 40, 35, 22.58, 47.42],
      ['Control', 25, 45, 50, 40, 7.14, 72.86],
    ]);
    expect(panels.map((p) => [p.encoding.x.title, p.layer.at(-1)!.encoding.y.title])).toEqual([
      ['Group', 'Age'],
      ['Group', 'Stress score'],
    ]);
    const [id] = unit.figures!(a, spec, ctx('id'));
    expect(panelsOf(id!).map((p) => [p.encoding.x.title, p.layer.at(-1)!.encoding.y.title])).toEqual([
      ['Kelompok', 'Umur'],
      ['Kelompok', 'Skor stres'],
    ]);
    expect(panelsOf(id!)[0]!.data.values.map((r) => r.group)).toEqual(['Intervensi', 'Kontrol']);
    expect(en!.caption).toMatch(/^Distribution of age and stress score by group \(boxes:/);
    expect(id!.caption).toMatch(/^Sebaran umur dan skor stres menurut kelompok \(kotak:/);
    expect(en!.alt).toContain('Age: Intervention (n = 3): median 35.00, mean 35.00 [22.58, 47.42], Control (n = 3)');
    expect(id!.alt).toContain('Umur: Intervensi (n = 3): median 35,00, rerata 35,00 [22,58; 47,42], Kontrol (n = 3)');
    expect(unit.results(a, spec, ctx('id'))).toMatch(
      /:figref\[dg\] menampilkan sebarannya beserta rerata dan interval kepercayaan 95%\.\n\n::table\[dg\]\n\n::figure\[dg\]$/,
    );
  });

  it('draws nothing with `figure: false`', () => {
    const { a, spec, ctx } = prep('none');
    expect(unit.figures!(a, spec, ctx('en'))).toEqual([]);
    expect(unit.results(a, spec, ctx('en'))).not.toContain('figure');
  });
});
