/**
 * normality: Kolmogorov–Smirnov (Lilliefors) and Shapiro–Wilk per variable and group,
 * against the independent R check of relaksasi-otot-progresif (VERIFICATION.txt: nortest
 * and shapiro.test), and the table with the computed Lilliefors p and SPSS's bound note.
 */
import { describe, expect, it } from 'vitest';
import type { NormalityCell, VariableNormality } from '../../src/analysis/units/normality.ts';
import { compose, documentText, oracleCsv, run, studyCsv, studyYaml, analysisJson } from './helpers.ts';

const close = (x: number, y: number, tol: number) => expect(Math.abs(x - y)).toBeLessThanOrEqual(tol);

const VARS = `  kelompok:
    type: categorical
    label: { id: Kelompok, en: Group }
    levels: { intervensi: { id: Intervensi, en: Intervention }, kontrol: { id: Kontrol, en: Control } }
instruments:
  dass_pre: { use: dass-42-stress, items: "dass_pre_{1..14}", label: { id: Stres sebelum, en: Stress before } }
  dass_post: { use: dass-42-stress, items: "dass_post_{1..14}", label: { id: Stres sesudah, en: Stress after } }`;

describe('by group (relaksasi-otot-progresif)', () => {
  const { study, results } = run(
    studyYaml(VARS, '  - { id: norm, type: normality, variables: [dass_pre, dass_post], by: kelompok }'),
    studyCsv('relaksasi-otot-progresif', 'dass.csv'),
  );
  const a = analysisJson(results, 'norm');
  const cells = (a.result.variables as VariableNormality[]).flatMap((v) =>
    v.groups!.map((g) => ({ v: v.variable, ...g })),
  );

  it('matches the R check (VERIFICATION.txt, three decimals)', () => {
    const expected: [string, string, number, number, number, number][] = [
      // variable, group, Lilliefors D, p, Shapiro–Wilk W, p
      ['dass_pre', 'intervensi', 0.131, 0.697, 0.92, 0.19],
      ['dass_pre', 'kontrol', 0.185, 0.181, 0.92, 0.195],
      ['dass_post', 'intervensi', 0.213, 0.065, 0.832, 0.01],
      ['dass_post', 'kontrol', 0.174, 0.259, 0.955, 0.598],
    ];
    expect(cells.map((c) => [c.v, c.level])).toEqual(expected.map((e) => [e[0], e[1]]));
    expected.forEach((e, i) => {
      const c = cells[i]! as NormalityCell;
      if ('error' in c.lilliefors || 'error' in c.shapiroWilk) throw new Error('test failed');
      expect(c.n).toBe(15);
      close(c.lilliefors.d, e[2], 5e-4);
      close(c.lilliefors.p, e[3], 5e-4);
      close(c.shapiroWilk.w, e[4], 5e-4);
      close(c.shapiroWilk.p, e[5], 5e-4);
    });
    expect(a.checks.filter((c) => !c.passed).map((c) => `${c.test} ${c.target}`)).toEqual([
      'shapiro-wilk dass_post | intervensi',
    ]);
  });

  it('prints the computed Lilliefors p with SPSS’s lower-bound note, and names the rejection', () => {
    const en = compose(study, results, 'en');
    const t = en.tables.norm!;
    expect(t.head[0]!.map((c) => c.text)).toEqual([
      'Variable',
      'Group',
      'Kolmogorov–Smirnov (Lilliefors)',
      'Shapiro–Wilk',
    ]);
    expect(t.rows[0]!.cells.map((c) => c.text)).toEqual([
      'Stress before',
      'Intervention',
      '0.131',
      '15',
      '.697',
      '0.920',
      '15',
      '.190',
    ]);
    expect(t.notes[0]).toContain('SPSS prints p > .200 as “.200”');
    expect(documentText(en)).toContain(
      'The Shapiro–Wilk test rejected normality of stress after in the Intervention group (W = 0.83, p = .010), whereas the Kolmogorov–Smirnov test did not (D = 0.21, p = .065).',
    );
    const id = compose(study, results, 'id');
    expect(id.tables.norm!.rows[2]!.cells.map((c) => c.text)).toEqual([
      'Stres sesudah',
      'Intervensi',
      '0,213',
      '15',
      '0,065',
      '0,832',
      '15',
      '0,010',
    ]);
    expect(id.tables.norm!.notes[0]).toContain('SPSS mencetak p > 0,200 sebagai “0,200”');
  });
});

describe('without groups, against the oracle', () => {
  it('reproduces lilliefors_01 and shapiro_wilk_01 (pss_training.csv)', () => {
    const { results } = run(
      studyYaml('  pss_pre: { type: number }', '  - { id: n, type: normality, variables: [pss_pre] }'),
      oracleCsv('pss_training.csv'),
    );
    const c = (analysisJson(results, 'n').result.variables as VariableNormality[])[0]!.overall!;
    if ('error' in c.lilliefors || 'error' in c.shapiroWilk) throw new Error('test failed');
    close(c.lilliefors.d, 0.13834711284101492, 1e-9);
    close(c.lilliefors.p, 0.05197108567494757, 1e-4);
    close(c.shapiroWilk.w, 0.9461992150778481, 1e-9);
    close(c.shapiroWilk.p, 0.05615767450250672, 1e-4);
  });

  it('keeps a test that cannot run as a failure and prints a dash', () => {
    const { study, results } = run(
      studyYaml('  y: { type: number }', '  - { id: n, type: normality, variables: [y] }'),
      'y\n1\n2\n4\n4\n',
    );
    const c = (analysisJson(results, 'n').result.variables as VariableNormality[])[0]!.overall!;
    expect('error' in c.lilliefors).toBe(true);
    expect('error' in c.shapiroWilk).toBe(false);
    const t = compose(study, results, 'en').tables.n!;
    expect(t.rows[0]!.cells.map((c) => c.text).slice(1, 4)).toEqual(['—', '4', '—']);
    expect(t.notes.join(' ')).toContain('A dash marks a test');
  });
});
