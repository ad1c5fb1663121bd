/**
 * The figure of an outcome per group (anova and group-comparison) on the oracle's
 * small_three_groups.csv and small_two_groups.csv: box plot by default with the mean and
 * its 95% CI, the means alone on request, none with `figure: false`; data values checked
 * against the CSV by hand (Control: 22, 25, 19, 24, 21 → median 22, mean 22.2, 95% CI
 * 22.2 ± 2.776 × 2.387/√5 = [19.24, 25.16]); axis titles and level labels as the study
 * wrote them in both languages; decimal comma on the axis in Bahasa Indonesia.
 */
import { describe, expect, it } from 'vitest';
import { anovaUnit } from '../../../src/analysis/units/anova.ts';
import { groupComparisonUnit } from '../../../src/analysis/units/group-comparison.ts';
import { anovaReport } from '../../../src/report/analyses/anova.ts';
import { groupComparisonReport } from '../../../src/report/analyses/group-comparison.ts';
import type { FigureModel } from '../../../src/report/document.ts';
import { groupDistributionSpec } from '../../../src/report/figures/group-distribution.ts';
import { accessibleSvg, chartToSvg } from '../../../src/render/chart.ts';
import { oracleCsv, prepare, studyYaml } from '../helpers.ts';

const YAML = studyYaml(
  `  metode:
    type: categorical
    label: { id: Metode, en: Method }
    levels: { kontrol: { id: Kontrol, en: Control }, mindfulness: Mindfulness, relaksasi: { id: Relaksasi Otot, en: Muscle relaxation } }
  skor: { type: number, label: { id: Skor stres, en: Stress score } }`,
  `  - { id: box, type: anova, value: skor, group: metode }
  - { id: means, type: anova, value: skor, group: metode, figure: means }
  - { id: none, type: anova, value: skor, group: metode, figure: false }`,
);
const prep = (id: string) => prepare(anovaUnit, YAML, oracleCsv('small_three_groups.csv'), id);

type Layer = { mark: { type: string; shape?: string }; encoding: { y?: { field?: string } } };
const layersOf = (f: FigureModel) => (f.spec.layer ?? []) as Layer[];
const marks = (f: FigureModel) => layersOf(f).map((l) => `${l.mark.type}:${l.encoding.y?.field ?? ''}`);
const rowsOf = (f: FigureModel) => (f.spec.data as { values: Record<string, unknown>[] }).values;
const round = (x: unknown) => Math.round(Number(x) * 100) / 100;

describe('anova figure', () => {
  it('draws a box per group with the mean and its 95% CI by default', () => {
    const { a, spec, ctx } = prep('box');
    const [f] = anovaReport.figures!(a, spec, ctx('en'));
    expect(f!.key).toBe('box');
    expect(marks(f!)).toEqual([
      'rule:min',
      'bar:q1',
      'tick:median',
      'tick:min',
      'tick:max',
      'rule:lo',
      'tick:lo',
      'tick:hi',
      'point:mean',
    ]);
    expect(layersOf(f!).at(-1)!.mark.shape).toBe('diamond');
    const rows = rowsOf(f!).map((r) => ({
      group: r.group,
      n: r.n,
      min: r.min,
      median: r.median,
      max: r.max,
      mean: round(r.mean),
      lo: round(r.lo),
      hi: round(r.hi),
    }));
    expect(rows).toEqual([
      { group: 'Control', n: 5, min: 19, median: 22, max: 25, mean: 22.2, lo: 19.24, hi: 25.16 },
      { group: 'Mindfulness', n: 6, min: 11, median: 12.5, max: 16, mean: 13, lo: 11.12, hi: 14.88 },
      { group: 'Muscle relaxation', n: 4, min: 15, median: 17.5, max: 20, mean: 17.5, lo: 14.19, hi: 20.81 },
    ]);
    expect(f!.caption).toBe(
      'Distribution of the stress score by method (boxes: median and interquartile range; whiskers: minimum to maximum; diamonds: means with 95% CI)',
    );
    expect(f!.alt).toContain('Control (n = 5): median 22.00, mean 22.20 [19.24, 25.16]');
  });

  it('names axes and levels in each language, as the study wrote them', () => {
    const { a, spec, ctx } = prep('box');
    const x = (f: FigureModel) => (f.spec.encoding as { x: { title: string } }).x.title;
    const y = (f: FigureModel) => (layersOf(f).at(-1)!.encoding.y as { title: string }).title;
    const [en] = anovaReport.figures!(a, spec, ctx('en'));
    const [id] = anovaReport.figures!(a, spec, ctx('id'));
    expect([x(en!), y(en!)]).toEqual(['Method', 'Stress score']);
    expect([x(id!), y(id!)]).toEqual(['Metode', 'Skor stres']);
    expect(rowsOf(id!).map((r) => r.group)).toEqual(['Kontrol', 'Mindfulness', 'Relaksasi Otot']);
    expect(id!.caption).toMatch(/^Sebaran skor stres menurut metode \(kotak: median/);
    expect(id!.alt).toContain('Kontrol (n = 5): median 22,00, rerata 22,20 [19,24; 25,16]');
  });

  it('draws the means alone with `figure: means` and nothing with `figure: false`', () => {
    const m = prep('means');
    const [f] = anovaReport.figures!(m.a, m.spec, m.ctx('en'));
    expect(marks(f!)).toEqual(['rule:lo', 'tick:lo', 'tick:hi', 'point:mean']);
    expect(f!.caption).toBe('Mean stress score by method (error bars: 95% CI)');
    const n = prep('none');
    expect(anovaReport.figures!(n.a, n.spec, n.ctx('en'))).toEqual([]);
    expect(anovaReport.results(n.a, n.spec, n.ctx('en'))).not.toContain('figure');
  });
});

describe('group-comparison figure', () => {
  const yaml = studyYaml(
    `  kelompok: { type: categorical, label: { id: Kelompok, en: Group }, levels: { intervensi: { id: Intervensi, en: Intervention }, kontrol: { id: Kontrol, en: Control } } }
  skor: { type: number, label: { id: Skor stres, en: Stress score } }`,
    `  - { id: g, type: group-comparison, value: skor, group: kelompok }`,
  );
  it('draws both groups with their descriptives and is referred to in the results', () => {
    const { a, spec, ctx } = prepare(groupComparisonUnit, yaml, oracleCsv('small_two_groups.csv'), 'g');
    const [f] = groupComparisonReport.figures!(a, spec, ctx('id'));
    expect(rowsOf(f!).map((r) => [r.group, r.n, round(r.mean)])).toEqual([
      ['Intervensi', 5, 20.3],
      ['Kontrol', 7, 26.36],
    ]);
    expect(groupComparisonReport.results(a, spec, ctx('id'))).toMatch(
      /:figref\[g\] menampilkan sebaran pada tiap kelompok beserta rerata dan interval kepercayaan 95%\.\n\n::table\[g\]\n\n::figure\[g\]$/,
    );
  });
});

describe('the drawn SVG', () => {
  const rows = [0.15, 0.45].map((m, i) => ({
    group: i ? 'Bahasa Indonesia' : 'English',
    n: 10,
    mean: m,
    lo: m - 0.1,
    hi: m + 0.1,
    median: m,
    q1: m - 0.05,
    q3: m + 0.05,
    min: m - 0.12,
    max: m + 0.12,
  }));
  const lang = (L: 'en' | 'id') => prepare(anovaUnit, YAML, oracleCsv('small_three_groups.csv'), 'box').ctx(L);

  it('prints axis numbers with the decimal comma in Bahasa Indonesia', async () => {
    const id = await chartToSvg(groupDistributionSpec(rows, 'box', { x: 'Kelompok', y: 'Proporsi' }, lang('id')));
    const en = await chartToSvg(groupDistributionSpec(rows, 'box', { x: 'Group', y: 'Proportion' }, lang('en')));
    expect(id).toContain('>0,2<');
    expect(id).not.toContain('>0.2<');
    expect(en).toContain('>0.2<');
    expect(id).toContain('>Proporsi<');
    expect(id).toContain('>Bahasa Indonesia<');
  });

  it('carries a title and a description for screen readers', async () => {
    const svg = await chartToSvg(groupDistributionSpec(rows, 'means', { x: 'Group', y: 'Score' }, lang('en')));
    const out = accessibleSvg(svg, 'figure-x', 'Figure 1 Mean <score> & more', 'Chart of the means.');
    expect(out).toMatch(
      /^<svg [^>]*role="img" aria-labelledby="figure-x-title" aria-describedby="figure-x-desc"><title id="figure-x-title">Figure 1 Mean &lt;score&gt; &amp; more<\/title><desc id="figure-x-desc">Chart of the means\.<\/desc>/,
    );
    expect(out.slice(0, out.indexOf('>')).match(/role=/g)).toHaveLength(1);
  });
});
