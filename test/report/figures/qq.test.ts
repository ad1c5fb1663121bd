/**
 * Normal Q–Q plots of a normality check. Values from R 4.2: y = 2, 4, 5, 4, 5, 7, 3 —
 * sort(qqnorm(y)$x) = −1.3644887, −0.7582926, −0.3529340, 0, 0.3529340, 0.7582926,
 * 1.3644887; mean 4.285714, SD 1.603567; shapiro.test: W = 0.967, p = .877. Within groups
 * of three (12, 14, 16): qqnorm gives −0.8694238, 0, 0.8694238.
 */
import { describe, expect, it } from 'vitest';
import { normalityUnit } from '../../../src/analysis/units/normality.ts';
import { normalityReport as unit } from '../../../src/report/analyses/normality.ts';
import type { FigureModel } from '../../../src/report/document.ts';
import { prepare, studyYaml } from '../helpers.ts';

const YAML = studyYaml(
  `  kelompok: { type: categorical, label: { id: Kelompok, en: Group }, levels: { a: { id: Intervensi, en: Intervention }, b: { id: Kontrol, en: Control } } }
  skor: { type: number, label: { id: Skor stres, en: Stress score } }`,
  `  - { id: n, type: normality, variables: [skor] }
  - { id: ng, type: normality, variables: [skor], by: kelompok }
  - { id: none, type: normality, variables: [skor], figure: false }`,
);
const CSV = 'kelompok,skor\na,2\na,4\na,5\nb,4\nb,5\nb,7\nb,3\n';
const prep = (id: string) => prepare(normalityUnit, YAML, CSV, id);

type Panel = {
  title?: { text: string };
  data: { values: { z: number; value: number; line: boolean }[] };
  encoding: { x: { title?: string }; y: { title?: string } };
  layer: { mark: { type: string } }[];
};
const pointsOf = (p: Panel) => p.data.values.filter((v) => !v.line);
const panelsOf = (f: FigureModel): Panel[] => (f.spec.concat as Panel[] | undefined) ?? [f.spec as unknown as Panel];
const r7 = (x: number) => Math.round(x * 1e7) / 1e7;

describe('normal Q–Q plot', () => {
  it('plots the sorted values against Blom’s normal quantiles, with the line mean + SD × z', () => {
    const { a, spec, ctx } = prep('n');
    const qq = a.result.variables[0]!.overall!.qq!;
    expect(qq.value).toEqual([2, 3, 4, 4, 5, 5, 7]);
    expect(qq.z.map(r7)).toEqual([-1.3644887, -0.7582926, -0.352934, 0, 0.352934, 0.7582926, 1.3644887]);
    expect(r7(qq.mean)).toBe(4.2857143);
    expect(Math.round(qq.sd * 1e6) / 1e6).toBe(1.603567);
    const [en] = unit.figures!(a, spec, ctx('en'));
    const [p] = panelsOf(en!);
    expect(p!.layer.map((l) => l.mark.type)).toEqual(['point', 'line']);
    expect(pointsOf(p!).map((v) => v.value)).toEqual([2, 3, 4, 4, 5, 5, 7]);
    const line = p!.data.values.filter((v) => v.line).map((v) => [r7(v.z), Math.round(v.value * 1e4) / 1e4]);
    // 4.285714 ∓ 1.603567 × 1.3644887
    expect(line).toEqual([
      [-1.3644887, 2.0977],
      [1.3644887, 6.4738],
    ]);
  });

  it('names axes, caption and text alternative in both languages', () => {
    const { a, spec, ctx } = prep('n');
    const [en] = unit.figures!(a, spec, ctx('en'));
    const [id] = unit.figures!(a, spec, ctx('id'));
    const titles = (f: FigureModel) => [panelsOf(f)[0]!.encoding.x.title, panelsOf(f)[0]!.encoding.y.title];
    expect(titles(en!)).toEqual(['Expected normal quantile (z)', 'Stress score']);
    expect(titles(id!)).toEqual(['Kuantil normal harapan (z)', 'Skor stres']);
    expect(en!.caption).toBe(
      'Normal Q–Q plot of stress score (points: observed values against the quantiles expected under normality; line: the normal distribution with the sample’s mean and SD)',
    );
    expect(id!.caption).toBe(
      'Diagram Q–Q normal skor stres (titik: nilai teramati terhadap kuantil yang diharapkan bila data berdistribusi normal; garis: distribusi normal dengan rerata dan SD sampel)',
    );
    expect(en!.alt).toBe('Normal Q–Q plot: stress score (n = 7, W = 0.97, p = .877).');
    expect(id!.alt).toBe('Diagram Q–Q normal: skor stres (n = 7; W = 0,97; p = 0,877).');
  });

  it('draws a panel per group, headed by the level as the study wrote it', () => {
    const { a, spec, ctx } = prep('ng');
    const [id] = unit.figures!(a, spec, ctx('id'));
    const panels = panelsOf(id!);
    expect(panels.map((p) => p.title!.text)).toEqual(['Intervensi', 'Kontrol']);
    expect(pointsOf(panels[0]!).map((v) => [r7(v.z), v.value])).toEqual([
      [-0.8694238, 2],
      [0, 4],
      [0.8694238, 5],
    ]);
    expect(id!.spec.columns).toBe(2);
    const [en] = unit.figures!(a, spec, ctx('en'));
    expect(panelsOf(en!).map((p) => p.title!.text)).toEqual(['Intervention', 'Control']);
    expect(en!.caption).toMatch(/^Normal Q–Q plots of stress score by group \(points:/);
  });

  it('draws nothing with `figure: false`', () => {
    const { a, spec, ctx } = prep('none');
    // The values stay out of results.json when no figure draws them.
    expect(a.result.variables[0]!.overall!.qq).toBeUndefined();
    expect(unit.figures!(a, spec, ctx('en'))).toEqual([]);
    expect(unit.results(a, spec, ctx('en'))).not.toContain('figure');
  });
});
