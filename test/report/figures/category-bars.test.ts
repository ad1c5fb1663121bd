/**
 * The frequencies figure on six participants (3 men, 3 women; group a: 1 man, 2 women;
 * group b: 2 men, 1 woman): bars of the percentage of the valid n with the counts, side
 * by side per group with `by:`, the axis title in both languages, level labels as written,
 * the decimal comma on the axis in Bahasa Indonesia, and none with `figure: false`.
 */
import { describe, expect, it } from 'vitest';
import { frequenciesUnit } from '../../../src/analysis/units/frequencies.ts';
import { frequenciesReport as unit } from '../../../src/report/analyses/frequencies.ts';
import type { FigureModel } from '../../../src/report/document.ts';
import { categoryBarsSpec } from '../../../src/report/figures/category-bars.ts';
import { chartToSvg } from '../../../src/render/chart.ts';
import { prepare, studyYaml } from '../helpers.ts';

const YAML = studyYaml(
  `  kelompok: { type: categorical, label: { id: Kelompok, en: Group }, levels: { a: { id: Jawa Barat, en: West Java }, b: { id: Puskesmas Kedaton, en: Kedaton clinic } } }
  jk: { type: categorical, label: { id: Jenis kelamin, en: Sex }, levels: { L: { id: Laki-laki, en: Male }, P: { id: Perempuan, en: Female } } }`,
  `  - { id: f, type: frequencies, variables: [jk] }
  - { id: fg, type: frequencies, variables: [jk], by: kelompok }
  - { id: none, type: frequencies, variables: [jk], figure: false }`,
);
const CSV = 'kelompok,jk\na,L\na,P\na,P\nb,L\nb,L\nb,P\nb,\n';
const prep = (id: string) => prepare(frequenciesUnit, YAML, CSV, id);
const rowsOf = (f: FigureModel) => (f.spec.data as { values: Record<string, unknown>[] }).values;
const round = (x: unknown) => Math.round(Number(x) * 10) / 10;

describe('frequencies figure', () => {
  it('draws the percentage of the valid n per category with its count', () => {
    const { a, spec, ctx } = prep('f');
    const [f] = unit.figures!(a, spec, ctx('en'));
    expect(rowsOf(f!).map((r) => [r.category, r.n, round(r.percent)])).toEqual([
      ['Male', 3, 50],
      ['Female', 3, 50],
    ]);
    expect(f!.caption).toBe('Distribution of sex (bars: percentages of the valid n; numbers: counts)');
    expect((f!.spec.encoding as { x: { title: string } }).x.title).toBe('Percentage of valid n');
    const [id] = unit.figures!(a, spec, ctx('id'));
    expect((id!.spec.encoding as { x: { title: string } }).x.title).toBe('Persentase dari n sah');
    expect(id!.alt).toBe('Diagram batang persentase per kategori: Laki-laki 3 (50,0%); Perempuan 3 (50,0%).');
    expect(unit.results(a, spec, ctx('en'))).toMatch(
      /:figref\[f\] shows the percentages\.\n\n::table\[f\]\n\n::figure\[f\]$/,
    );
  });

  it('puts the groups of `by` side by side, labelled as the study wrote them', () => {
    const { a, spec, ctx } = prep('fg');
    const [f] = unit.figures!(a, spec, ctx('id'));
    expect(rowsOf(f!).map((r) => [r.series, r.category, r.n, round(r.percent)])).toEqual([
      ['Jawa Barat', 'Laki-laki', 1, 33.3],
      ['Jawa Barat', 'Perempuan', 2, 66.7],
      ['Puskesmas Kedaton', 'Laki-laki', 2, 66.7],
      ['Puskesmas Kedaton', 'Perempuan', 1, 33.3],
    ]);
    const fill = (f!.spec.layer as { encoding: { fill?: { title?: string; scale?: { range: string[] } } } }[])[0]!
      .encoding.fill!;
    expect(fill.title).toBe('Kelompok');
    // Black and white fills with an outline: the groups differ in grayscale.
    expect(fill.scale!.range).toEqual(['#000000', '#ffffff']);
  });

  it('draws nothing with `figure: false`', () => {
    const { a, spec, ctx } = prep('none');
    expect(unit.figures!(a, spec, ctx('en'))).toEqual([]);
    expect(unit.results(a, spec, ctx('en'))).not.toContain('figure');
  });

  it('prints the axis with the decimal comma in Bahasa Indonesia', async () => {
    const { ctx } = prep('f');
    const bars = [{ panel: '', category: 'A', series: '', percent: 12.5, n: 1 }];
    const spec = categoryBarsSpec(bars, { x: 'Persentase', series: '' }, ctx('id'));
    const svg = await chartToSvg(spec);
    // The bar's accessible label carries the number in the chart's locale (its colon written
    // as a character reference, as every aria attribute of a chart escapes markup characters).
    expect(svg).toContain('aria-label="Persentase&#58; 12,5;');
    expect(svg).not.toContain('12.5');
  });
});
