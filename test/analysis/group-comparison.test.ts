/**
 * group-comparison: automatic choice (Student, Welch, Mann–Whitney), a fixed t-test with
 * Mann–Whitney as sensitivity, change scores, the study errors, and the words in both
 * languages. Expected statistics come from the statistics engine's oracle-checked
 * functions or from published figures (relaksasi-otot-progresif, TARGETS.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NaskahError } from '../../src/errors.ts';
import { run as runCli } from '../helpers/io.ts';
import { copyStudy, tempDir } from '../helpers/tmp.ts';
import { independentT } from '../../src/stats/independent-t.ts';
import { mannWhitney } from '../../src/stats/mann-whitney.ts';
import { compose, documentText, oracleCsv, run, studyCsv, studyYaml, analysisJson } from './helpers.ts';

const close = (x: number, y: number, tol: number) => expect(Math.abs(x - y)).toBeLessThanOrEqual(tol);

const GROUP = `  g:
    type: categorical
    label: { id: Kelompok, en: Group }
    levels: { a: { id: Intervensi, en: Intervention }, b: { id: Kontrol, en: Control } }
  y: { type: number, label: { id: Skor, en: Score } }`;

function csvOf(a: number[], b: number[]): string {
  return `${['g,y', ...a.map((x) => `a,${x}`), ...b.map((x) => `b,${x}`)].join('\n')}\n`;
}

const analysis = (extra = '') => `  - { id: cmp, type: group-comparison, value: y, group: g${extra} }`;

describe('automatic choice', () => {
  it('uses Student’s t when normality and equal variances hold', () => {
    const a = [10, 12, 13, 14, 15, 16, 18];
    const b = [14, 16, 17, 18, 19, 20, 22];
    const { results } = run(studyYaml(GROUP, analysis()), csvOf(a, b));
    const r = analysisJson(results, 'cmp');
    expect(r.checks.map((c) => [c.test, c.target, c.passed])).toEqual([
      ['shapiro-wilk', 'a', true],
      ['shapiro-wilk', 'b', true],
      ['levene', 'y', true],
    ]);
    expect(r.test).toBe('independent-t');
    expect(r.reason).toMatchObject({ code: 'normality-not-rejected', variant: 'student' });
    const t = independentT([...a, ...b], [...a.map(() => 'a'), ...b.map(() => 'b')]);
    if ('error' in t) throw new Error('t failed');
    expect(r.result.variant).toBe('student');
    close(r.result.t as number, t.student.t, 1e-12);
    expect(r.result.df).toBe(12);
    close(r.result.cohensD as number, t.cohensD, 1e-12);
    close(r.result.hedgesG as number, t.hedgesG, 1e-12);
    expect(r.sensitivity).toBeUndefined();
    expect(r.decision).toMatchObject({ significant: true, direction: 'higher-second' });
  });

  it('uses Welch’s t when Levene’s test rejects equal variances', () => {
    const a = [20, 21, 22, 22, 23, 23, 24, 25];
    const b = [5, 12, 18, 25, 31, 38, 44, 52];
    const { results } = run(studyYaml(GROUP, analysis()), csvOf(a, b));
    const r = analysisJson(results, 'cmp');
    expect(r.checks.find((c) => c.test === 'levene')!.passed).toBe(false);
    expect(r.test).toBe('independent-t');
    expect(r.result.variant).toBe('welch');
    const t = independentT([...a, ...b], [...a.map(() => 'a'), ...b.map(() => 'b')]);
    if ('error' in t) throw new Error('t failed');
    close(r.result.df as number, t.welch.df, 1e-12);
    close(r.result.p as number, t.welch.p, 1e-12);
  });

  it('uses Mann–Whitney when normality is rejected in a group', () => {
    const a = [1, 1, 1, 2, 2, 2, 3, 40];
    const b = [3, 4, 5, 6, 7, 8, 9, 10];
    const { results } = run(studyYaml(GROUP, analysis()), csvOf(a, b));
    const r = analysisJson(results, 'cmp');
    expect(r.checks[0]!.passed).toBe(false);
    expect(r.test).toBe('mann-whitney');
    expect(r.reason).toMatchObject({ code: 'normality-rejected', groups: ['a'] });
    const mw = mannWhitney([...a, ...b], [...a.map(() => 'a'), ...b.map(() => 'b')]);
    if ('error' in mw) throw new Error('mw failed');
    expect(r.result.u).toBe(mw.u);
    close(r.result.effectSizeR as number, Math.abs(mw.z) / 4, 1e-12);
    expect(r.result.pMethod).toBe(mw.pExact === null ? 'asymptotic' : 'exact');
  });

  it('reproduces the oracle’s t and Mann–Whitney on small_two_groups.csv', () => {
    const vars = `  kelompok: { type: categorical, levels: { intervensi: Intervensi, kontrol: Kontrol } }
  skor: { type: number }`;
    const t = analysisJson(
      run(
        studyYaml(vars, '  - { id: t, type: group-comparison, value: skor, group: kelompok, test: independent-t }'),
        oracleCsv('small_two_groups.csv'),
      ).results,
      't',
    );
    close((t.result.student as { t: number }).t, -4.166002418477079, 1e-9);
    close((t.result.welch as { df: number }).df, 9.5399760169379, 1e-9);
    close((t.result.levene as { f: number }).f, 0.16188429972243548, 1e-9);
    close(t.result.hedgesG as number, -2.250909869241439, 1e-9);
    const mw = analysisJson(
      run(
        studyYaml(vars, '  - { id: m, type: group-comparison, value: skor, group: kelompok, test: mann-whitney }'),
        oracleCsv('small_two_groups.csv'),
      ).results,
      'm',
    );
    expect(mw.result.u).toBe(1);
    close(mw.result.p as number, 0.005050505050505051, 1e-12);
    expect(mw.result.pMethod).toBe('exact');
  });
});

const ROP_VARS = `  kelompok:
    type: categorical
    label: { id: Kelompok, en: Group }
    levels: { intervensi: { id: Intervensi, en: Intervention }, kontrol: { id: Kontrol, en: Control } }
instruments:
  dass_pre: { use: dass-42-stress, items: "dass_pre_{1..14}" }
  dass_post: { use: dass-42-stress, items: "dass_post_{1..14}" }`;

describe('a fixed t-test whose normality check fails (relaksasi-otot-progresif posttest)', () => {
  const yaml = studyYaml(
    ROP_VARS,
    `  - { id: post, type: group-comparison, value: dass_post, group: kelompok, test: independent-t, hypothesis: { direction: decrease } }
  - { id: change, type: group-comparison, change: { before: dass_pre, after: dass_post }, group: kelompok }`,
    'quasi-experiment',
  );
  const { study, results } = run(yaml, studyCsv('relaksasi-otot-progresif', 'dass.csv'));
  const r = analysisJson(results, 'post');

  it('keeps the t-test, reads Student (Levene), carries Welch and Mann–Whitney', () => {
    expect(r.test).toBe('independent-t');
    expect(r.reason).toEqual({ code: 'fixed-by-study', test: 'independent-t', variant: 'student' });
    expect(r.checks.filter((c) => !c.passed).map((c) => c.target)).toEqual(['intervensi']);
    close(r.result.t as number, -10.826, 5e-4);
    expect(r.result.df).toBe(28);
    close((r.result.welch as { df: number }).df, 25.509, 5e-4);
    close((r.result.levene as { f: number }).f, 0.928, 5e-4);
    close((r.result.levene as { p: number }).p, 0.344, 5e-4);
    expect(r.sensitivity?.test).toBe('mann-whitney');
    expect(r.sensitivity?.reason).toEqual({ code: 'assumption-failed', check: 'normality', groups: ['intervensi'] });
    expect(r.decision).toMatchObject({
      significant: true,
      direction: 'higher-second',
      expected: 'decrease',
      asExpected: true,
    });
  });

  it('compares change scores after − before', () => {
    const c = analysisJson(results, 'change');
    expect(c.summary?.outcome).toBe('change');
    expect(c.test).toBe('independent-t');
    close(c.result.t as number, -7.396, 5e-4);
    close(c.result.meanDiff as number, -10.2 - 1.0666666666666667, 1e-9);
  });

  it('says so in the methods and results of both languages', () => {
    const en = documentText(compose(study, results, 'en'));
    expect(en).toContain(
      'the Mann–Whitney U test [@mann1947test] is reported beside the t-test as a sensitivity analysis',
    );
    expect(en).toContain('The Shapiro–Wilk test rejected normality in the Intervention group (W = 0.83, p = .010)');
    expect(en).toContain('Welch’s version, which does not assume equal variances, gives t(25.51) = −10.83, p < .001.');
    expect(en).toMatch(
      /The Mann–Whitney U test \(sensitivity analysis\) leads to the same conclusion: U = [\d.]+, Z = −[\d.]+, p < \.001, r = \.\d\d\./,
    );
    expect(en).toContain('change score was computed as the score after minus the score before');
    const id = documentText(compose(study, results, 'id'));
    expect(id).toContain(
      'uji Mann–Whitney U [@mann1947test] dilaporkan di samping uji t sebagai analisis sensitivitas',
    );
    expect(id).toContain('t(28) = −10,83; p < 0,001; d = −3,95');
    expect(id).toContain('skor perubahan tiap partisipan dihitung sebagai skor sesudah dikurangi skor sebelum');
    for (const text of [en, id]) expect(text).not.toMatch(/NaN|undefined|\[object/);
  });
});

describe('the table and sentences follow the test used', () => {
  it('automatic Welch: Levene and the Welch row only', () => {
    const { study, results } = run(
      studyYaml(GROUP, analysis()),
      csvOf([20, 21, 22, 22, 23, 23, 24, 25], [5, 12, 18, 25, 31, 38, 44, 52]),
    );
    const doc = compose(study, results, 'en');
    expect(doc.tables.cmp!.rows.map((r) => r.cells[0]!.text)).toEqual(['Levene’s test', 'Welch’s t-test']);
    expect(doc.sections.results).toContain(
      'The independent-samples t-test was therefore used, in Welch’s version (unequal variances).',
    );
    expect(doc.stats.cmp).toMatch(/^t\(\d+\.\d\d\) = /);
  });

  it('automatic Mann–Whitney: one row, medians in the text and note', () => {
    const { study, results } = run(
      studyYaml(GROUP, analysis()),
      csvOf([1, 1, 1, 2, 2, 2, 3, 40], [3, 4, 5, 6, 7, 8, 9, 10]),
    );
    for (const lang of ['en', 'id'] as const) {
      const doc = compose(study, results, lang);
      expect(doc.tables.cmp!.rows.map((r) => r.cells[0]!.text)).toEqual([
        lang === 'en' ? 'Mann–Whitney U test' : 'Uji Mann–Whitney U',
      ]);
      expect(doc.tables.cmp!.notes.join(' ')).toContain(lang === 'en' ? 'Mdn = 2.00' : 'Median = 2,00');
      expect(doc.sections.results).toContain(
        lang === 'en' ? 'The Mann–Whitney U test was therefore used.' : 'Karena itu digunakan uji Mann–Whitney U.',
      );
      expect(doc.sections.results).toContain(
        lang === 'en'
          ? 'was significantly lower in the Intervention group (Mdn = 2.00) than in the Control group (Mdn = 6.50)'
          : 'pada kelompok Intervensi (Median = 2,00) secara signifikan lebih rendah daripada kelompok Kontrol (Median = 6,50)',
      );
    }
  });
});

describe('study errors', () => {
  const three = `  g:
    type: categorical
    levels: { a: A, b: B, c: C }
  y: { type: number }`;

  it('a group variable with three levels is a study error pointing at `group`', () => {
    const yaml = studyYaml(three, analysis());
    let err: unknown;
    try {
      run(yaml, 'g,y\na,1\nb,2\nc,3\na,4\nb,5\nc,6\n');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(NaskahError);
    const e = err as NaskahError;
    expect(e.code).toBe('analysis/group-levels');
    expect(e.message).toBe(
      'analysis "cmp": "g" has 3 levels (a "A", b "B", c "C"), but a group comparison needs exactly two',
    );
    expect(e.hint).toContain('type: anova');
    expect(e.location).toMatchObject({ file: expect.stringContaining('study.yaml'), path: 'analyses[0].group' });
    expect(e.location?.line).toBe(yaml.split('\n').findIndex((l) => l.includes('id: cmp')) + 1);
  });

  it('value and change together are a study error', () => {
    const yaml = studyYaml(
      GROUP,
      '  - { id: cmp, type: group-comparison, value: y, change: { before: y, after: y }, group: g }',
    );
    expect(() => run(yaml, csvOf([1, 2, 3], [4, 5, 6]))).toThrow(/both `value` and `change` are given/);
  });

  it('neither value nor change is a study error', () => {
    const yaml = studyYaml(GROUP, '  - { id: cmp, type: group-comparison, group: g }');
    expect(() => run(yaml, csvOf([1, 2, 3], [4, 5, 6]))).toThrow(/neither `value` nor `change` is given/);
  });

  it('the build prints it with file, line and a hint (binned variable with three groups)', async () => {
    const dir = copyStudy('relaksasi-otot-progresif', tempDir());
    const file = join(dir, 'study.yaml');
    const yaml = readFileSync(file, 'utf8')
      .replace(
        '    unit: { id: tahun, en: years }\n  jenis_kelamin:',
        '    unit: { id: tahun, en: years }\n    bins: [{ below: 30, label: "< 30" }, { from: 30, below: 33, label: "30–32" }, { from: 33, label: "≥ 33" }]\n  jenis_kelamin:',
      )
      .replace('    value: dass_post\n    group: kelompok\n', '    value: dass_post\n    group: umur.group\n');
    writeFileSync(file, yaml);
    const r = await runCli(['build', dir, '--out', tempDir()]);
    expect(r.code).toBe(1);
    const line = yaml.split('\n').indexOf('    group: umur.group') + 1;
    expect(r.stderr).toContain('error[analysis/group-levels]');
    expect(r.stderr).toContain(`study.yaml:${line}:12 (analyses[6].group)`);
    expect(r.stderr).toContain(
      'analysis "posttest": "umur.group" has 3 levels (1 "< 30", 2 "30–32", 3 "≥ 33"), but a group comparison needs exactly two',
    );
    expect(r.stderr).toContain('Use `type: anova`');
    expect(r.stderr).not.toMatch(/\bat \w+ \(/);
  });
});
