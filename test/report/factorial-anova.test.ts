/**
 * factorial-anova report unit on the oracle's data: eksperimen_metode.csv (anova_twoway_01:
 * metode F(2, 42) = 8.933, p = .00059, ηp² = .298; interaction F(2, 42) = 1.164, p = .322)
 * and dass_quasi.csv (anova_twoway_03: interaction F(1, 57) = 7.443, p = .0085, so simple
 * effects are reported; their values from R: see the test).
 */
import { describe, expect, it } from 'vitest';
import { isSpecOf } from '../../src/analysis/spec.ts';
import { factorialAnovaUnit } from '../../src/analysis/units/factorial-anova.ts';
import { factorialAnovaReport as unit } from '../../src/report/analyses/factorial-anova.ts';
import { loadMemoryStudy } from '../analysis/helpers.ts';
import { cellsOf, oracleCsv, prepare, studyYaml } from './helpers.ts';

const METODE = studyYaml(
  `  metode:
    type: categorical
    label: { id: Metode, en: Method }
    levels: { ceramah: { id: Ceramah, en: Lecture }, diskusi: { id: Diskusi, en: Discussion }, simulasi: { id: Simulasi, en: Simulation } }
  sesi:
    type: categorical
    label: { id: Sesi, en: Session }
    levels: { pagi: { id: Pagi, en: Morning }, sore: { id: Sore, en: Afternoon } }
  skor_pengetahuan: { type: number, label: { id: Skor pengetahuan, en: Knowledge score } }`,
  `  - { id: f, type: factorial-anova, value: skor_pengetahuan, factors: [metode, sesi] }`,
);

const DASS = studyYaml(
  `  kelompok:
    type: categorical
    label: { id: Kelompok, en: Group }
    levels: { intervensi: { id: Intervensi, en: Intervention }, kontrol: { id: Kontrol, en: Control } }
  jenis_kelamin:
    type: categorical
    label: { id: Jenis kelamin, en: Sex }
    levels: { L: { id: Laki-laki, en: Male }, P: { id: Perempuan, en: Female } }
  usia: { type: number }
  dass_pre: { type: number }
  dass_post: { type: number, label: { id: Skor stres, en: Stress score } }`,
  `  - { id: g, type: factorial-anova, value: dass_post, factors: [kelompok, jenis_kelamin] }`,
);

describe('factorial ANOVA without interaction (anova_twoway_01)', () => {
  const { a, spec, ctx } = prepare(factorialAnovaUnit, METODE, oracleCsv('eksperimen_metode.csv'), 'f');

  it('carries the oracle numbers', () => {
    if ('error' in a.result) throw new Error(a.result.error.message);
    const [m, s, ms] = a.result.effects;
    expect(m!.f).toBeCloseTo(8.9329444585341, 6);
    expect(m!.partialEta2).toBeCloseTo(0.2984318656291514, 8);
    expect(s!.p).toBeCloseTo(0.24185503900836952, 8);
    expect(ms!.p).toBeCloseTo(0.32202922485016744, 8);
    expect(a.result.levene!.p).toBeCloseTo(0.5027270138211015, 8);
    expect(a.decision).toEqual({ significant: false, direction: 'none', p: ms!.p });
  });

  it('tabulates the cells and the Type III tests', () => {
    const [cells, anova, simple] = unit.tables!(a, spec, ctx('en'));
    expect(simple).toBeUndefined();
    expect(cells!.caption).toBe('The knowledge score by method and session');
    expect(cellsOf(cells!).slice(0, 3)).toEqual([
      ['Method', 'Session', 'n', 'M (SD)'],
      ['Lecture', 'Morning', '8', '61.13 (7.59)'],
      ['Lecture', 'Afternoon', '8', '60.13 (6.62)'],
    ]);
    expect(cells!.notes).toEqual(['Levene’s test across the cells: F(5, 42) = 0.88, p = .503.']);
    expect(cellsOf(anova!)).toEqual([
      ['Source', 'SS', 'df', 'MS', 'F', 'p', 'Partial η²'],
      ['Method', '1048.29', '2', '524.15', '8.93', '< .001', '.30'],
      ['Session', '82.69', '1', '82.69', '1.41', '.242', '.03'],
      ['Method × Session', '136.63', '2', '68.31', '1.16', '.322', '.05'],
      ['Error', '2464.38', '42', '58.68', '', '', ''],
      ['Corrected total', '3731.98', '47', '', '', '', ''],
    ]);
    const [, idAnova] = unit.tables!(a, spec, ctx('id'));
    expect(cellsOf(idAnova!)[0]).toEqual(['Sumber', 'JK', 'db', 'RK', 'F', 'p', 'η² parsial']);
    expect(cellsOf(idAnova!)[1]).toEqual(['Metode', '1048,29', '2', '524,15', '8,93', '< 0,001', '0,30']);
  });

  it('words the checks, the three effects and the conclusion in both languages', () => {
    expect(unit.results(a, spec, ctx('en'))).toBe(
      'The Shapiro–Wilk test did not reject normality in any cell, and Levene’s test did not reject equal variances across the cells, F(5, 42) = 0.88, p = .503. The assumptions of the F tests were therefore met. The analysis showed a significant main effect of method, F(2, 42) = 8.93, p < .001, ηp² = .30; no significant main effect of session, F(1, 42) = 1.41, p = .242, ηp² = .03; and no significant interaction of method and session, F(2, 42) = 1.16, p = .322, ηp² = .05. :ref[f-cells] shows the cells and :ref[f] the tests. :figref[f-plot] plots the cell means.\n\n::table[f-cells]\n\n::table[f]\n\n::figure[f-plot]',
    );
    expect(unit.results(a, spec, ctx('id'))).toContain(
      'Analisis menunjukkan efek utama metode yang signifikan (F(2; 42) = 8,93; p < 0,001; ηp² = 0,30); tidak ada efek utama sesi yang signifikan (F(1; 42) = 1,41; p = 0,242; ηp² = 0,03); dan tidak ada interaksi metode dan sesi yang signifikan (F(2; 42) = 1,16; p = 0,322; ηp² = 0,05).',
    );
    expect(unit.conclusion!(a, spec, ctx('en'))).toBe(
      'The knowledge score differed significantly by method and did not differ significantly by session, with no significant interaction.',
    );
    expect(unit.conclusion!(a, spec, ctx('id'))).toBe(
      'Skor pengetahuan berbeda secara signifikan menurut metode dan tidak berbeda secara signifikan menurut sesi, tanpa interaksi yang signifikan.',
    );
    expect(unit.methods!(a, spec, ctx('en'))).toContain(
      'Type III sums of squares; effect sizes are partial η² [@cohen1973eta]',
    );
    expect(unit.methods!(a, spec, ctx('id'))).toContain(
      'jumlah kuadrat tipe III; ukuran efek adalah η² parsial [@cohen1973eta]',
    );
  });

  it('draws the interaction plot from the cell means', () => {
    const [fig] = unit.figures!(a, spec, ctx('en'));
    expect(fig!.key).toBe('f-plot');
    expect(fig!.caption).toBe('Mean knowledge score by method and session (interaction plot)');
    const data = fig!.spec.data;
    expect(data).toMatchObject({ values: expect.arrayContaining([{ a: 'Simulation', b: 'Afternoon', mean: 75.625 }]) });
    expect(fig!.alt).toContain('Simulation, Afternoon: 75.63');
  });
});

describe('factorial ANOVA with `figure: false`', () => {
  const { a, spec, ctx } = prepare(
    factorialAnovaUnit,
    METODE.replace('factors: [metode, sesi] }', 'factors: [metode, sesi], figure: false }'),
    oracleCsv('eksperimen_metode.csv'),
    'f',
  );

  it('draws no interaction plot and its results neither name nor place one, in both languages', () => {
    expect(unit.figures!(a, spec, ctx('en'))).toEqual([]);
    expect(unit.results(a, spec, ctx('en'))).toMatch(
      /:ref\[f-cells\] shows the cells and :ref\[f\] the tests\.\n\n::table\[f-cells\]\n\n::table\[f\]$/,
    );
    expect(unit.results(a, spec, ctx('id'))).not.toMatch(/figref|::figure/);
    expect(unit.results(a, spec, ctx('id'))).toMatch(/::table\[f\]$/);
  });
});

describe('factorial ANOVA with a significant interaction (anova_twoway_03)', () => {
  const { a, spec, ctx } = prepare(factorialAnovaUnit, DASS, oracleCsv('dass_quasi.csv'), 'g');

  it('reports the simple effects (values from R, pooled error of the full model)', () => {
    if ('error' in a.result) throw new Error(a.result.error.message);
    expect(a.result.effects[2]!.f).toBeCloseTo(7.442929, 4);
    expect(a.decision?.significant).toBe(true);
    const f = a.result.simpleEffects.map((e) => e.f);
    const R = [0.432494, 8.639369, 3.495299, 3.977568];
    f.forEach((x, i) => expect(x).toBeCloseTo(R[i]!, 5));
    expect(a.result.simpleEffects[1]!.p).toBeCloseTo(0.004744, 6);
    const simple = unit.tables!(a, spec, ctx('en'))[2]!;
    expect(simple.key).toBe('g-simple');
    expect(cellsOf(simple)).toEqual(SIMPLE_EN);
    expect(unit.results(a, spec, ctx('en'))).toContain(
      'Because the interaction was significant, simple effects were examined: ',
    );
    expect(unit.conclusion!(a, spec, ctx('en'))).toBe('The effect of group on the stress score depended on sex.');
    expect(unit.conclusion!(a, spec, ctx('id'))).toBe(
      'Pengaruh kelompok terhadap skor stres bergantung pada jenis kelamin.',
    );
  });
});

describe('factorial ANOVA input errors', () => {
  it('names the analysis and the factor with one level', () => {
    const csv = 'metode,sesi,skor_pengetahuan\nceramah,pagi,1\nceramah,pagi,2\ndiskusi,pagi,3\ndiskusi,pagi,5\n';
    const { study, data } = loadMemoryStudy(METODE, csv);
    const spec = study.analyses[0]!;
    const run = (x: typeof spec, d: typeof data, c: { study: typeof study; alpha: number }) =>
      isSpecOf(factorialAnovaUnit, x) ? factorialAnovaUnit.run(x, d, c) : undefined;
    expect(() => run(spec, data, { study, alpha: 0.05 })).toThrow(
      'analysis "f": the factor "sesi" has only one level (pagi) with data; a factor needs at least two',
    );
  });

  it('names the empty cell', () => {
    const csv =
      'metode,sesi,skor_pengetahuan\nceramah,pagi,1\nceramah,pagi,2\nceramah,sore,3\ndiskusi,pagi,5\ndiskusi,pagi,6\n';
    const { study, data } = loadMemoryStudy(METODE, csv);
    const spec = study.analyses[0]!;
    expect(() =>
      isSpecOf(factorialAnovaUnit, spec) ? factorialAnovaUnit.run(spec, data, { study, alpha: 0.05 }) : undefined,
    ).toThrow('analysis "f": the cell metode = diskusi, sesi = sore has no cases with "skor_pengetahuan"');
  });
});

// R: the SS between the levels of one factor within a level of the other, over the MS error
// of lm(dass_post ~ kelompok * jenis_kelamin) (df 57): F = 0.432494, 8.639369, 3.495299, 3.977568.
const SIMPLE_EN: string[][] = [
  ['Effect', 'df', 'F', 'p', 'Partial η²'],
  ['Group within sex = Male', '1, 57', '0.43', '.513', '.01'],
  ['Group within sex = Female', '1, 57', '8.64', '.005', '.13'],
  ['Sex within group = Intervention', '1, 57', '3.50', '.067', '.06'],
  ['Sex within group = Control', '1, 57', '3.98', '.051', '.07'],
];
