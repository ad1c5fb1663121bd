/**
 * The figures of a correlation: a scatter plot with the least-squares line for two
 * variables, a heat map of the coefficients for more. Values checked in R 4.2:
 * x = 1…6 (one missing), y = 2, 4, 5, 4, 5, 7, 3, z = 9, 7, 8, 5, 4, 2, 1 —
 * cor(x, y) = .8783 (p = .021), lm(y ~ x): 1.8000 + 0.7714x; cor(x, z) = −.9518,
 * cor(y, z) = −.3879 (n = 7); Shapiro–Wilk rejects none, so Pearson's r is used.
 */
import { describe, expect, it } from 'vitest';
import { correlationUnit, MAX_SCATTER_POINTS } from '../../../src/analysis/units/correlation.ts';
import { chartToSvg } from '../../../src/render/chart.ts';
import { correlationReport as unit } from '../../../src/report/analyses/correlation.ts';
import type { FigureModel } from '../../../src/report/document.ts';
import { prepare, studyYaml } from '../helpers.ts';

const YAML = studyYaml(
  `  x: { type: number, label: { id: Lama kerja, en: Years worked } }
  y: { type: number, label: { id: Skor stres, en: Stress score } }
  z: { type: number, label: { id: Dukungan SDM, en: HR support } }`,
  `  - { id: s, type: correlation, variables: [x, y] }
  - { id: m, type: correlation, variables: [x, y, z] }
  - { id: sm, type: correlation, variables: [x, y], figure: matrix }
  - { id: none, type: correlation, variables: [x, y], figure: false }`,
);
const CSV = 'x,y,z\n1,2,9\n2,4,7\n3,5,8\n4,4,5\n5,5,4\n6,7,2\n,3,1\n';
const prep = (id: string) => prepare(correlationUnit, YAML, CSV, id);

const valuesOf = (f: FigureModel) => (f.spec.data as { values: Record<string, unknown>[] }).values;
type Enc = { x: { title: string }; y: { title: string } };
const round = (x: unknown, d = 4) => Math.round(Number(x) * 10 ** d) / 10 ** d;

describe('scatter plot of two variables', () => {
  const { a, spec, ctx } = prep('s');

  it('carries the complete pairs and the least-squares line in the result', () => {
    expect(a.scatter!.x).toEqual([1, 2, 3, 4, 5, 6]);
    expect(a.scatter!.y).toEqual([2, 4, 5, 4, 5, 7]);
    expect(a.scatter!.n).toBe(6);
    expect(a.scatter!.sampled).toBe(false);
    expect(round(a.scatter!.line!.intercept)).toBe(1.8);
    expect(round(a.scatter!.line!.slope)).toBe(0.7714);
  });

  it('draws the points and the line between the smallest and largest x', () => {
    const [f] = unit.figures!(a, spec, ctx('en'));
    const values = valuesOf(f!);
    expect(values.filter((v) => !v.line).map((v) => [v.x, v.y])).toEqual([
      [1, 2],
      [2, 4],
      [3, 5],
      [4, 4],
      [5, 5],
      [6, 7],
    ]);
    // 1.8 + 0.7714 × 1 and × 6
    expect(values.filter((v) => v.line).map((v) => [v.x, round(v.y)])).toEqual([
      [1, 2.5714],
      [6, 6.4286],
    ]);
    const layers = f!.spec.layer as { mark: { type: string } }[];
    expect(layers.map((l) => l.mark.type)).toEqual(['point', 'line']);
  });

  it('names axes, caption and text alternative in both languages', () => {
    const [en] = unit.figures!(a, spec, ctx('en'));
    const [id] = unit.figures!(a, spec, ctx('id'));
    const enc = (f: FigureModel) => f.spec.encoding as Enc;
    expect([enc(en!).x.title, enc(en!).y.title]).toEqual(['Years worked', 'Stress score']);
    expect([enc(id!).x.title, enc(id!).y.title]).toEqual(['Lama kerja', 'Skor stres']);
    expect(en!.caption).toBe('Scatter plot of stress score against years worked (line: least-squares regression line)');
    expect(id!.caption).toBe('Diagram pencar skor stres terhadap lama kerja (garis: garis regresi kuadrat terkecil)');
    expect(en!.alt).toBe(
      'Scatter plot of 6 pairs of years worked and stress score, r(4) = .88, p = .021; least-squares line: stress score = 1.80 + 0.77 × years worked.',
    );
    expect(id!.alt).toBe(
      'Diagram pencar 6 pasang data lama kerja dan skor stres, r(4) = 0,88; p = 0,021; garis kuadrat terkecil: skor stres = 1,80 + 0,77 × lama kerja.',
    );
    expect(unit.results(a, spec, ctx('en'))).toMatch(
      /:figref\[s\] shows the relationship\.\n\n::table\[s\]\n\n::figure\[s\]$/,
    );
    expect(unit.results(a, spec, ctx('id'))).toMatch(
      /:figref\[s\] menampilkan hubungan tersebut\.\n\n::table\[s\]\n\n::figure\[s\]$/,
    );
  });

  it('keeps a systematic sample of at most MAX_SCATTER_POINTS pairs, the line from all of them', () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `${i},${2 * i + 1},0`);
    const big = prepare(correlationUnit, YAML, `x,y,z\n${rows.join('\n')}\n`, 's');
    const sc = big.a.scatter!;
    expect(sc.x.length).toBe(MAX_SCATTER_POINTS);
    expect(sc.n).toBe(1200);
    expect(sc.sampled).toBe(true);
    expect(sc.x.slice(0, 3)).toEqual([0, 2, 4]);
    expect(round(sc.line!.slope)).toBe(2);
    expect(round(sc.line!.intercept)).toBe(1);
    const [f] = unit.figures!(big.a, big.spec, big.ctx('en'));
    expect(f!.caption).toBe(
      'Scatter plot of stress score against years worked (line: least-squares regression line; a systematic sample of 500 of the 1200 pairs is shown)',
    );
  });
});

describe('heat map of three or more variables', () => {
  const { a, spec, ctx } = prep('m');

  it('prints each coefficient in its cell, starred where p < α', () => {
    expect(a.scatter).toBeUndefined();
    const [en] = unit.figures!(a, spec, ctx('en'));
    expect(valuesOf(en!).map((v) => [v.row, v.column, round(v.coefficient), v.text])).toEqual([
      ['Stress score', 'Years worked', 0.8783, '.88*'],
      ['HR support', 'Years worked', -0.9518, '−.95*'],
      ['HR support', 'Stress score', -0.3879, '−.39'],
    ]);
    const [id] = unit.figures!(a, spec, ctx('id'));
    expect(valuesOf(id!).map((v) => [v.row, v.column, v.text])).toEqual([
      ['Skor stres', 'Lama kerja', '0,88*'],
      ['Dukungan SDM', 'Lama kerja', '−0,95*'],
      ['Dukungan SDM', 'Skor stres', '−0,39'],
    ]);
  });

  it('captions and describes it in both languages', () => {
    const [en] = unit.figures!(a, spec, ctx('en'));
    const [id] = unit.figures!(a, spec, ctx('id'));
    expect(en!.caption).toBe(
      'Heat map of the Pearson correlations between years worked, stress score and HR support (darker cells: stronger correlations; *p < .05)',
    );
    expect(id!.caption).toBe(
      'Peta panas korelasi Pearson antara lama kerja, skor stres dan dukungan SDM (sel lebih gelap: korelasi lebih kuat; *p < 0,05)',
    );
    expect(en!.alt).toBe(
      'Heat map of the correlation coefficients: Years worked and stress score: .88*; Years worked and HR support: −.95*; Stress score and HR support: −.39.',
    );
    expect(unit.results(a, spec, ctx('en'))).toContain(':figref[m] shows the coefficients as a heat map.');
    expect(unit.results(a, spec, ctx('id'))).toContain(':figref[m] menampilkan koefisien tersebut dalam peta panas.');
  });

  it('is drawn for two variables with `figure: matrix`, and nothing with `figure: false`', () => {
    const m = prep('sm');
    const [f] = unit.figures!(m.a, m.spec, m.ctx('en'));
    expect(valuesOf(f!).map((v) => v.text)).toEqual(['.88*']);
    // No figure draws the pairs: they stay out of results.json.
    expect(m.a.scatter).toBeUndefined();
    const n = prep('none');
    expect(n.a.scatter).toBeUndefined();
    expect(unit.figures!(n.a, n.spec, n.ctx('en'))).toEqual([]);
    expect(unit.results(n.a, n.spec, n.ctx('en'))).not.toContain('figure');
  });
});

describe('the drawn scatter plot', () => {
  it('prints axis numbers with the decimal comma in Bahasa Indonesia', async () => {
    const csv = 'x,y,z\n0.1,0.25,0\n0.2,0.31,0\n0.35,0.42,0\n0.4,0.38,0\n0.55,0.61,0\n0.6,0.52,0\n';
    const { a, spec, ctx } = prepare(correlationUnit, YAML, csv, 's');
    const id = await chartToSvg(unit.figures!(a, spec, ctx('id'))[0]!.spec);
    const en = await chartToSvg(unit.figures!(a, spec, ctx('en'))[0]!.spec);
    expect(id).toContain('>0,30</text>');
    expect(id).not.toContain('>0.30</text>');
    expect(en).toContain('>0.30</text>');
  }, 60_000);
});
