/**
 * paired-comparison report unit: the t-test table, statistic and sentences (differences
 * 5, 4, 2, 6, 1, 6, 2, 2: mean 3.5, SD 2, t = 3.5/(2/√8) = 4.95, d_z = 1.75); the
 * Wilcoxon test reading the exact p (no ties: p = 2/2⁸ = .008, not the asymptotic .012);
 * and a comparison within each group, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { pairedComparisonUnit } from '../../src/analysis/units/paired-comparison.ts';
import { pairedComparisonReport as unit } from '../../src/report/analyses/paired-comparison.ts';
import { cellsOf, prepare, studyYaml } from './helpers.ts';

const VARS = `  kelompok: { type: categorical, label: { id: Kelompok, en: Group }, levels: { a: { id: Intervensi, en: Intervention }, b: { id: Kontrol, en: Control } } }
  pre: { type: number, label: { id: Skor stres, en: Stress score } }
  post: { type: number }
  pre2: { type: number, label: { id: Skor cemas, en: Anxiety score } }
  post2: { type: number }`;
const CSV = `kelompok,pre,post,pre2,post2
a,20,15,20,15
a,22,18,22,18
a,19,17,19,17
a,25,19,25,19
b,21,20,21,20
b,24,18,24,17
b,23,21,23,20
b,18,16,18,10
`;
const YAML = studyYaml(
  VARS,
  `  - { id: pp, type: paired-comparison, before: pre, after: post, hypothesis: { direction: decrease } }
  - { id: w, type: paired-comparison, before: pre2, after: post2, test: wilcoxon-signed-rank }
  - { id: g, type: paired-comparison, before: pre, after: post, by: kelompok, labels: { before: { id: pra, en: pre }, after: { id: pasca, en: post } } }`,
  'one-group-pretest-posttest',
);
const prep = (id: string) => prepare(pairedComparisonUnit, YAML, CSV, id);

describe('paired t-test', () => {
  const { a, spec, ctx } = prep('pp');
  const en = ctx('en');
  const id = ctx('id');

  it('tabulates means, the mean difference with its CI, t, df, p and d', () => {
    const [t] = unit.tables!(a, spec, en);
    expect(cellsOf(t!)).toEqual([
      ['Measure', 'Before M (SD)', 'After M (SD)', 'Difference M (SD)', '95% CI', 't', 'df', 'p', 'd'],
      ['Stress score', '21.50 (2.45)', '18.00 (2.00)', '3.50 (2.00)', '[1.83, 5.17]', '4.95', '7', '.002', '1.75'],
    ]);
    expect(t!.notes).toEqual([
      'CI = confidence interval of the mean difference; d = Cohen’s d_z.',
      'Correlation of the scores before and after: r(6) = .61, p = .107.',
    ]);
    expect(cellsOf(unit.tables!(a, spec, id)[0]!)[1]).toEqual([
      'Skor stres',
      '21,50 (2,45)',
      '18,00 (2,00)',
      '3,50 (2,00)',
      '[1,83; 5,17]',
      '4,95',
      '7',
      '0,002',
      '1,75',
    ]);
  });

  it('states the statistic, the result and the conclusion', () => {
    expect(unit.stat!(a, spec, en)).toBe('t(7) = 4.95, p = .002, d = 1.75');
    expect(unit.stat!(a, spec, id)).toBe('t(7) = 4,95; p = 0,002; d = 1,75');
    expect(unit.results(a, spec, en)).toContain(
      'The Shapiro–Wilk test did not reject normality of the differences (W = 0.87, p = .143), so the paired-samples t-test was used. The Stress score was significantly lower after (M = 18.00) than before (M = 21.50), t(7) = 4.95, p = .002, d = 1.75; the mean difference was 3.50 points, 95% CI [1.83, 5.17].',
    );
    expect(unit.results(a, spec, id)).toContain(
      'Uji Shapiro–Wilk tidak menolak normalitas selisih skor (W = 0,87; p = 0,143), sehingga digunakan uji t berpasangan. Skor stres sesudah (M = 18,00) secara signifikan lebih rendah daripada sebelum (M = 21,50), t(7) = 4,95; p = 0,002; d = 1,75; selisih rerata 3,50 poin, IK 95% [1,83; 5,17].',
    );
    expect(unit.results(a, spec, en)).toMatch(/::table\[pp\]\n\n::figure\[pp\]$/);
    expect(unit.conclusion!(a, spec, en)).toBe(
      'The Stress score decreased significantly from before to after, as hypothesised.',
    );
    expect(unit.conclusion!(a, spec, id)).toBe(
      'Skor stres menurun secara signifikan dari sebelum ke sesudah, sesuai hipotesis.',
    );
  });

  it('charts the two means', () => {
    const [f] = unit.figures!(a, spec, en);
    expect(f!.alt).toBe('Line chart: mean Stress score 21.50 before and 18.00 after.');
    expect(unit.figures!(a, spec, id)[0]!.caption).toBe('Rerata Skor stres sebelum dan sesudah (garis galat: IK 95%)');
  });
});

describe('Wilcoxon signed-rank test', () => {
  const { a, spec, ctx } = prep('w');

  it('reads the exact p when there are no ties', () => {
    if ('groups' in a || a.test !== 'wilcoxon-signed-rank' || 'error' in a.result)
      throw new Error('expected a Wilcoxon result');
    expect(a.result.pExact).toBe(2 / 2 ** 8);
    expect(a.result.pAsymptotic).toBeGreaterThan(0.011);
    expect(unit.stat!(a, spec, ctx('en'))).toBe('Z = 2.52, p = .008, r = .89');
    expect(unit.stat!(a, spec, ctx('id'))).toBe('Z = 2,52; p = 0,008; r = 0,89');
    expect(cellsOf(unit.tables!(a, spec, ctx('en'))[0]!)).toEqual([
      ['Measure', 'Before Mdn', 'After Mdn', 'Z', 'p', 'r'],
      ['Anxiety score', '21.50', '17.50', '2.52', '.008', '.89'],
    ]);
  });

  it('words the planned test with medians and the signs of the changes', () => {
    expect(unit.methods!(a, spec, ctx('en'))).toBe(
      'Scores before and after were compared with the Wilcoxon signed-rank test [@wilcoxon1945ranking], as planned; normality of the differences was checked with the Shapiro–Wilk test [@shapiro1965normality].',
    );
    expect(unit.results(a, spec, ctx('en'))).toContain(
      'The Anxiety score was significantly lower after (Mdn = 17.50) than before (Mdn = 21.50), Z = 2.52, p = .008, r = .89. Scores decreased for 8 participants.',
    );
    expect(unit.results(a, spec, ctx('id'))).toContain(
      'Skor cemas sesudah (Median = 17,50) secara signifikan lebih rendah daripada sebelum (Median = 21,50), Z = 2,52; p = 0,008; r = 0,89. Skor menurun pada 8 partisipan.',
    );
  });
});

describe('within each group (`by:`)', () => {
  const { a, spec, ctx } = prep('g');

  it('has a row per group and no single statistic', () => {
    expect(cellsOf(unit.tables!(a, spec, ctx('en'))[0]!).slice(1)).toEqual([
      ['Intervention', '21.50 (2.65)', '17.25 (1.71)', '4.25 (1.71)', '[1.53, 6.97]', '4.98', '3', '.016', '2.49'],
      ['Control', '21.50 (2.65)', '18.75 (2.22)', '2.75 (2.22)', '[−0.78, 6.28]', '2.48', '3', '.089', '1.24'],
    ]);
    expect(cellsOf(unit.tables!(a, spec, ctx('id'))[0]!)[2]).toEqual([
      'Kontrol',
      '21,50 (2,65)',
      '18,75 (2,22)',
      '2,75 (2,22)',
      '[−0,78; 6,28]',
      '2,48',
      '3',
      '0,089',
      '1,24',
    ]);
    expect(unit.stat!(a, spec, ctx('en'))).toBeUndefined();
  });

  it('words each group with the study’s occasion labels, and draws no conclusion from 4 pairs', () => {
    expect(unit.results(a, spec, ctx('en'))).toContain(
      'Control group: The Shapiro–Wilk test did not reject normality of the differences (W = 0.80, p = .103), so the paired-samples t-test was used. The Stress score post (M = 18.75) did not differ significantly from pre (M = 21.50), t(3) = 2.48, p = .089, d = 1.24; the mean difference was 2.75 points, 95% CI [−0.78, 6.28].',
    );
    expect(unit.abstract!(a, spec, ctx('id'))).toContain(
      'Pada kelompok Intervensi, skor stres pasca (M = 17,25) secara signifikan lebih rendah daripada pra (M = 21,50), t(3) = 4,98; p = 0,016; d = 2,49',
    );
    expect(unit.conclusion!(a, spec, ctx('en'))).toBe(
      'In the Intervention group, with only n = 4 pairs, the paired-samples t-test of the Stress score cannot support a conclusion either way. In the Control group, with only n = 4 pairs, the paired-samples t-test of the Stress score cannot support a conclusion either way.',
    );
  });
});

describe('`figure: false`', () => {
  const drawn = prep('pp');
  const off = prepare(
    pairedComparisonUnit,
    YAML.replace('hypothesis: { direction: decrease } }', 'hypothesis: { direction: decrease }, figure: false }'),
    CSV,
    'pp',
  );

  it('draws no chart, and the results neither name nor place one, in both languages', () => {
    const { a, spec, ctx } = off;
    expect(spec.figure).toBe(false);
    expect(unit.figures!(a, spec, ctx('en'))).toEqual([]);
    const en = unit.results(a, spec, ctx('en'));
    const id = unit.results(a, spec, ctx('id'));
    expect(en.split('\n\n').slice(-2)).toEqual([':ref[pp] summarises the comparison.', '::table[pp]']);
    expect(id.split('\n\n').slice(-2)).toEqual([':ref[pp] merangkum perbandingan tersebut.', '::table[pp]']);
    for (const text of [en, id]) expect(text).not.toMatch(/figref|::figure|Figure|Gambar/);
    // Everything before the references is the same as with the chart.
    expect(en.split('\n\n')[0]).toBe(unit.results(drawn.a, drawn.spec, drawn.ctx('en')).split('\n\n')[0]);
  });

  it('by default names and places the chart, in both languages', () => {
    const { a, spec, ctx } = drawn;
    expect(unit.figures!(a, spec, ctx('en'))).toHaveLength(1);
    expect(unit.results(a, spec, ctx('en')).split('\n\n').slice(-3)).toEqual([
      ':ref[pp] summarises the comparison and :figref[pp] shows the means with their 95% confidence intervals.',
      '::table[pp]',
      '::figure[pp]',
    ]);
    expect(unit.results(a, spec, ctx('id')).split('\n\n').slice(-3)).toEqual([
      ':ref[pp] merangkum perbandingan tersebut dan :figref[pp] menampilkan rerata beserta interval kepercayaan 95%.',
      '::table[pp]',
      '::figure[pp]',
    ]);
  });
});
