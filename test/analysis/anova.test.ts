/**
 * anova: one-way ANOVA with Levene and Welch, Kruskal–Wallis when normality fails or as
 * sensitivity, against the oracle (small_three_groups.csv: anova_oneway_03,
 * kruskal_wallis_03) and small hand-checked data.
 */
import { describe, expect, it } from 'vitest';
import { NaskahError } from '../../src/errors.ts';
import { compose, documentText, oracleCsv, run, studyYaml, analysisJson } from './helpers.ts';

const close = (x: number, y: number, tol: number) => expect(Math.abs(x - y)).toBeLessThanOrEqual(tol);

const VARS = `  metode:
    type: categorical
    label: { id: Metode, en: Method }
    levels: { kontrol: { id: Kontrol, en: Control }, mindfulness: Mindfulness, relaksasi: { id: Relaksasi, en: Relaxation } }
  skor: { type: number, label: { id: Skor stres, en: Stress score } }`;

describe('oracle data (small_three_groups.csv)', () => {
  const { study, results } = run(
    studyYaml(
      VARS,
      '  - { id: a, type: anova, value: skor, group: metode }\n  - { id: k, type: anova, value: skor, group: metode, test: kruskal-wallis }',
    ),
    oracleCsv('small_three_groups.csv'),
  );
  const a = analysisJson(results, 'a');

  it('chooses the classic F (normality and equal variances not rejected) and matches the oracle', () => {
    expect(a.checks.map((c) => c.passed)).toEqual([true, true, true, true]);
    expect(a.test).toBe('anova-oneway');
    expect(a.reason).toMatchObject({ code: 'normality-not-rejected', variant: 'classic' });
    close(a.result.f as number, 26.77220077220077, 1e-9);
    expect([a.result.df1, a.result.df2]).toEqual([2, 12]);
    close(a.result.p as number, 3.76594403214965e-5, 1e-12);
    close(a.result.etaSquared as number, 0.816918001885014, 1e-9);
    close((a.result.welch as { df2: number }).df2, 7.021008623857666, 1e-9);
    close((a.result.levene as { f: number }).f, 0.2809540512101014, 1e-9);
    expect(a.result.reported).toMatchObject({ variant: 'classic', f: a.result.f, p: a.result.p });
    expect(a.decision?.significant).toBe(true);
  });

  it('runs Kruskal–Wallis when fixed, with ε² = H/(N − 1)', () => {
    const k = analysisJson(results, 'k');
    expect(k.test).toBe('kruskal-wallis');
    close(k.result.h as number, 11.46380441264163, 1e-9);
    close(k.result.p as number, 0.0032409064936436004, 1e-12);
    close(k.result.epsilonSquared as number, 11.46380441264163 / 14, 1e-12);
  });

  it('words it in both languages', () => {
    const en = documentText(compose(study, results, 'en'));
    expect(en).toContain(
      'The stress score differed significantly between the groups, F(2, 12) = 26.77, p < .001, η² = .82.',
    );
    expect(en).toContain('H(2) = 11.46, p = .003, ε² = .82');
    const id = documentText(compose(study, results, 'id'));
    expect(id).toContain('F(2; 12) = 26,77; p < 0,001; η² = 0,82');
  });
});

describe('hand-checked data', () => {
  const vars = `  g: { type: categorical, levels: { a: A, b: B, c: C } }
  y: { type: number }`;
  // Group c has an outlier: Shapiro–Wilk rejects normality there.
  const csv = [
    'g,y',
    ...[4, 5, 6, 5, 4, 6, 5].map((x) => `a,${x}`),
    ...[6, 7, 8, 7, 6, 8, 7].map((x) => `b,${x}`),
    ...[5, 5, 5, 6, 5, 5, 30].map((x) => `c,${x}`),
  ].join('\n');

  it('switches to Kruskal–Wallis when normality fails, and keeps it as sensitivity for a fixed ANOVA', () => {
    const { results } = run(
      studyYaml(
        vars,
        '  - { id: auto, type: anova, value: y, group: g }\n  - { id: fixed, type: anova, value: y, group: g, test: anova-oneway }',
      ),
      csv,
    );
    const auto = analysisJson(results, 'auto');
    expect(auto.test).toBe('kruskal-wallis');
    expect(auto.reason).toMatchObject({ code: 'normality-rejected', groups: ['c'] });
    const fixed = analysisJson(results, 'fixed');
    expect(fixed.test).toBe('anova-oneway');
    expect(fixed.sensitivity?.test).toBe('kruskal-wallis');
    expect(fixed.sensitivity?.result.h).toBe(auto.result.h);
  });

  it('computes F by hand for a tiny example', () => {
    // Groups {1,2,3}, {4,5,6}, {7,8,9}: SSB = 54, SSW = 6, F = (54/2)/(6/6) = 27.
    const { results } = run(
      studyYaml(vars, '  - { id: x, type: anova, value: y, group: g, test: anova-oneway }'),
      'g,y\na,1\na,2\na,3\nb,4\nb,5\nb,6\nc,7\nc,8\nc,9\n',
    );
    const r = analysisJson(results, 'x').result;
    expect(r.ssBetween).toBeCloseTo(54, 12);
    expect(r.ssWithin).toBeCloseTo(6, 12);
    expect(r.f).toBeCloseTo(27, 12);
    expect(r.etaSquared).toBeCloseTo(0.9, 12);
  });

  it('a group variable with one level is a study error', () => {
    expect(() =>
      run(studyYaml(vars, '  - { id: x, type: anova, value: y, group: g }'), 'g,y\na,1\na,2\na,3\n'),
    ).toThrow(NaskahError);
  });
});
