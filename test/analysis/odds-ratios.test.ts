/**
 * odds-ratios: crude ORs of each category against the reference, Woolf CI and Wald p
 * (hand-computed), the reference row, a declared `reference:`, a zero cell, a predictor
 * with one observed level, groups as separate tables, and the wording in both languages.
 */
import { describe, expect, it } from 'vitest';
import { logisticRegression } from '../../src/stats/logistic-regression.ts';
import { compose, documentText, run, studyYaml, analysisJson } from './helpers.ts';

const close = (x: number, y: number, tol = 1e-10) => expect(Math.abs(x - y)).toBeLessThanOrEqual(tol);
const Z = 1.959963984540054;

/** Rows from counts: for each predictor pattern, `cases` rows with y = 1 and `non` with y = 0. */
function csvFrom(cells: { paparan: string; kelamin: string; shift: string; cases: number; non: number }[]): string {
  const lines = ['id,y,paparan,kelamin,shift'];
  let id = 1;
  for (const c of cells) {
    for (let i = 0; i < c.cases; i++) lines.push(`${id++},1,${c.paparan},${c.kelamin},${c.shift}`);
    for (let i = 0; i < c.non; i++) lines.push(`${id++},0,${c.paparan},${c.kelamin},${c.shift}`);
  }
  return `${lines.join('\n')}\n`;
}

// paparan: rendah 2/8, sedang 4/6, tinggi 6/4 (cases/non-cases); kelamin: P has no case;
// shift: everyone "pagi" although "malam" is declared.
const CSV = csvFrom([
  { paparan: 'rendah', kelamin: 'L', shift: 'pagi', cases: 2, non: 5 },
  { paparan: 'rendah', kelamin: 'P', shift: 'pagi', cases: 0, non: 3 },
  { paparan: 'sedang', kelamin: 'L', shift: 'pagi', cases: 4, non: 4 },
  { paparan: 'sedang', kelamin: 'P', shift: 'pagi', cases: 0, non: 2 },
  { paparan: 'tinggi', kelamin: 'L', shift: 'pagi', cases: 6, non: 3 },
  { paparan: 'tinggi', kelamin: 'P', shift: 'pagi', cases: 0, non: 1 },
]);

const VARS = `  y:
    type: categorical
    label: { id: Stres, en: Stress }
    levels: { "0": { id: Rendah, en: Low }, "1": { id: Tinggi, en: High } }
  paparan:
    type: categorical
    label: { id: Paparan bising, en: Noise exposure }
    levels: { rendah: { id: Rendah, en: Low }, sedang: { id: Sedang, en: Moderate }, tinggi: { id: Tinggi, en: High } }
  kelamin:
    type: categorical
    label: { id: Jenis kelamin, en: Sex }
    levels: { L: { id: Laki-laki, en: Male }, P: { id: Perempuan, en: Female } }
  shift:
    type: categorical
    label: { id: Sif kerja, en: Work shift }
    levels: { malam: { id: Malam, en: Night }, pagi: { id: Pagi, en: Morning } }`;

const ANALYSES = `  - id: or
    type: odds-ratios
    outcome: y
    case: "1"
    predictors: [paparan, kelamin, shift]
  - id: grouped
    type: odds-ratios
    outcome: y
    case: "1"
    groups:
      - { key: kerja, label: { id: faktor pekerjaan, en: work factors }, title: { id: Faktor pekerjaan, en: Work factors }, predictors: [paparan, shift] }
      - { key: individu, label: { id: faktor individu, en: individual factors }, predictors: [kelamin] }`;

const { study, results } = run(studyYaml(VARS, ANALYSES), CSV);
const a = analysisJson(results, 'or');
const r = a.result as any;
const pred = (name: string) => r.predictors.find((p: any) => p.variable === name);

describe('odds-ratios unit', () => {
  it('codes the outcome with the named case level', () => {
    expect([r.caseLevel, r.nonCaseLevel, r.n, r.cases, r.nonCases]).toEqual(['1', '0', 30, 12, 18]);
    expect(a.test).toBe('odds-ratio');
  });

  it('compares each category with the reference (first declared level): counts, %, OR, Woolf CI, Wald p', () => {
    const p = pred('paparan');
    expect(p.estimable).toBe(true);
    expect(p.reference).toBe('rendah');
    expect(p.levels.map((l: any) => [l.level, l.reference, l.cases, l.nonCases])).toEqual([
      ['rendah', true, 2, 8],
      ['sedang', false, 4, 6],
      ['tinggi', false, 6, 4],
    ]);
    const [ref, sedang, tinggi] = p.levels;
    expect([ref.or, ref.ciLower, ref.ciUpper, ref.p]).toEqual([null, null, null, null]);
    close(ref.casesRowPercent, 20);
    close(ref.casesColPercent, (100 * 2) / 12);
    close(sedang.or, (4 * 8) / (6 * 2));
    close(tinggi.or, 6);
    const se = Math.sqrt(1 / 6 + 1 / 4 + 1 / 2 + 1 / 8);
    close(tinggi.seLogOr, se);
    close(tinggi.ciLower, Math.exp(Math.log(6) - Z * se), 1e-9);
    close(tinggi.ciUpper, Math.exp(Math.log(6) + Z * se), 1e-9);
    // Wald p equals glm(y ~ paparan, binomial) on the two categories.
    const y = [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0];
    const glm = logisticRegression(y, [{ name: 'tinggi', values: y.map((_, i) => (i < 10 ? 0 : 1)) }]) as any;
    close(tinggi.p, glm.coefficients[1].p, 1e-9);
    close(tinggi.or, glm.coefficients[1].or, 1e-9);
  });

  it('uses the reference a variable declares', () => {
    const yaml = studyYaml(
      VARS.replace('  paparan:\n    type: categorical', '  paparan:\n    type: categorical\n    reference: tinggi'),
      '  - { id: o, type: odds-ratios, outcome: y, case: "1", predictors: [paparan] }',
    );
    const res = run(yaml, CSV);
    const p = (analysisJson(res.results, 'o').result as any).predictors[0];
    expect(p.reference).toBe('tinggi');
    expect(p.levels.map((l: any) => [l.level, l.reference])).toEqual([
      ['tinggi', true],
      ['rendah', false],
      ['sedang', false],
    ]);
    close(p.levels[1].or, 1 / 6);
  });

  it('leaves OR, CI and p null with a note for a zero cell (no continuity correction)', () => {
    const p = pred('kelamin');
    expect(p.estimable).toBe(true);
    const female = p.levels[1];
    expect([female.level, female.cases, female.nonCases]).toEqual(['P', 0, 6]);
    expect([female.or, female.ciLower, female.ciUpper, female.p]).toEqual([null, null, null, null]);
    expect(female.note).toBe('zero cell');
    expect(a.warnings).toContainEqual({ code: 'zero-cell', variable: 'kelamin', level: 'P' });
  });

  it('reports a predictor with one observed level as not estimable', () => {
    const p = pred('shift');
    expect(p.estimable).toBe(false);
    expect(p.note).toBe('single level');
    expect(p.emptyLevels).toEqual(['malam']);
    expect(p.levels.map((l: any) => [l.level, l.reference, l.n, l.or])).toEqual([['pagi', false, 30, null]]);
    expect(a.warnings).toContainEqual({ code: 'not-estimable', variable: 'shift', note: 'single level' });
  });

  it('is an error value when the outcome does not have two levels', () => {
    const yaml = studyYaml(VARS, '  - { id: o, type: odds-ratios, outcome: paparan, predictors: [kelamin] }');
    const res = run(yaml, CSV);
    expect((analysisJson(res.results, 'o').result as any).error.code).toBe('group-levels');
    expect(documentText(compose(res.study, res.results, 'id'))).toContain(
      'Rasio odds tidak dapat dihitung: variabel terikat harus memiliki tepat dua kategori',
    );
  });
});

describe('odds-ratios report', () => {
  const en = compose(study, results, 'en');
  const id = compose(study, results, 'id');

  it('shows the reference row as 1.00 (reference) / 1,00 (rujukan) and — for the zero cell, with notes', () => {
    const t = en.tables.or!;
    const cells = t.rows.map((row) => row.cells.map((c) => c.text));
    expect(cells[0]).toEqual(['Noise exposure', 'Low', '2 (20.0)', '8 (80.0)', '1.00 (reference)', '', '']);
    expect(cells[2]!.slice(0, 5)).toEqual(['', 'High', '6 (60.0)', '4 (40.0)', '6.00']);
    expect(cells[4]).toEqual(['', 'Female', '0 (0.0)', '6 (100.0)', '—', '—', '—']);
    expect(cells[5]).toEqual(['Work shift', 'Morning', '12 (40.0)', '18 (60.0)', '—', '—', '—']);
    expect(t.notes.join(' ')).toContain('not estimable because a cell count is zero: Sex (Female)');
    expect(t.notes.join(' ')).toContain('Work shift: all participants were in one category (Morning)');
    expect(id.tables.or!.rows[0]!.cells[4]!.text).toBe('1,00 (rujukan)');
    expect(id.tables.or!.rows[2]!.cells[5]!.text).toMatch(/^\[\d+,\d\d; \d+,\d\d\]$/);
  });

  it('makes one table per group and one forest plot on a log scale with a line at 1', () => {
    expect(Object.keys(en.tables)).toEqual(expect.arrayContaining(['grouped.kerja', 'grouped.individu']));
    expect(en.tables['grouped.kerja']!.caption).toBe('Work factors');
    expect(en.tables['grouped.individu']!.caption).toBe('Crude odds ratios of High stress by factor');
    const fig = JSON.stringify(en.figures.grouped!.spec);
    expect(fig).toContain('"type":"log"');
    expect(fig).toContain('"datum":1');
    expect(fig).toContain('Work factors');
    expect(en.figures.or!.caption).toContain('logarithmic scale');
  });

  it('words significant, zero-cell and not-estimable results in both languages', () => {
    const e = documentText(en);
    const i = documentText(id);
    expect(e).toContain('Work shift could not be analysed because all participants were in one category.');
    expect(e).toContain('For sex (Female) a cell count was zero, so no odds ratio was estimated.');
    expect(i).toContain('Sif kerja tidak dapat dianalisis karena semua responden berada pada satu kategori.');
    expect(e).toContain('crude odds ratio (OR)');
    expect(i).toContain('rasio odds (OR) kasar');
    expect(e).not.toMatch(/undefined|NaN/);
    expect(i).not.toMatch(/undefined|NaN/);
  });
});
