/**
 * correlation: Pearson or Spearman from the normality checks, fixed methods with Spearman
 * as sensitivity, against the oracle (pss_training.csv: pearson_01, spearman_01).
 */
import { describe, expect, it } from 'vitest';
import type { CorrelationPair } from '../../src/analysis/units/correlation.ts';
import { compose, documentText, oracleCsv, run, studyYaml, analysisJson } from './helpers.ts';

const close = (x: number, y: number, tol: number) => expect(Math.abs(x - y)).toBeLessThanOrEqual(tol);

const VARS = `  usia: { type: number, label: { id: Usia, en: Age } }
  pss_pre: { type: number, label: { id: Stres, en: Stress } }`;

describe('oracle data (pss_training.csv)', () => {
  const { study, results } = run(
    studyYaml(
      VARS,
      '  - { id: p, type: correlation, variables: [usia, pss_pre], method: pearson }\n  - { id: s, type: correlation, variables: [usia, pss_pre], method: spearman }\n  - { id: auto, type: correlation, variables: [usia, pss_pre] }',
    ),
    oracleCsv('pss_training.csv'),
  );

  it('reproduces Pearson’s r with its CI and Spearman’s rho', () => {
    const p = analysisJson(results, 'p').result;
    close(p.r as number, 0.192685721049375, 1e-12);
    close(p.p as number, 0.2335710057601793, 1e-9);
    close(p.ciLower as number, -0.1264112621233793, 1e-9);
    expect(p.df).toBe(38);
    const s = analysisJson(results, 's').result;
    close(s.rho as number, 0.10824275420392852, 1e-12);
    close(s.p as number, 0.506154970663858, 1e-9);
    expect(analysisJson(results, 'p').decision).toMatchObject({ significant: false, direction: 'positive' });
  });

  it('chooses the method from the Shapiro–Wilk checks', () => {
    const auto = analysisJson(results, 'auto');
    const normal = auto.checks.every((c) => c.passed);
    expect(auto.test).toBe(normal ? 'pearson' : 'spearman');
    expect(auto.reason.code).toBe(normal ? 'normality-not-rejected' : 'normality-rejected');
    // A fixed Pearson carries Spearman as sensitivity exactly when a check failed.
    expect(Boolean(analysisJson(results, 'p').sensitivity)).toBe(!normal);
  });

  it('words it in both languages', () => {
    const en = documentText(compose(study, results, 'en'));
    expect(en).toContain(
      'Age and stress were not significantly correlated, r(38) = .19, p = .234, 95% CI [−.13, .48].',
    );
    expect(en).toContain('ρ(38) = .11, p = .506');
    const id = documentText(compose(study, results, 'id'));
    expect(id).toContain('r(38) = 0,19; p = 0,234');
  });
});

describe('hand-checked data', () => {
  const vars = `  x: { type: number }
  y: { type: number }
  z: { type: number }`;

  it('correlates every pair, and a monotone outlier sends the choice to Spearman', () => {
    // y = 2x exactly (r = 1); z has an extreme value, so Shapiro–Wilk rejects it.
    const rows = [1, 2, 3, 4, 5, 6, 7, 8].map((x, i) => `${x},${2 * x},${i === 7 ? 100 : i + 1}`);
    const { results } = run(
      studyYaml(
        vars,
        '  - { id: c, type: correlation, variables: [x, y, z] }\n  - { id: f, type: correlation, variables: [x, y, z], method: pearson }',
      ),
      ['x,y,z', ...rows].join('\n'),
    );
    const c = analysisJson(results, 'c');
    expect(c.test).toBe('spearman');
    expect(c.reason).toMatchObject({ code: 'normality-rejected', variables: ['z'] });
    const pairs = c.result.pairs as CorrelationPair[];
    expect(pairs.map((p) => [p.x, p.y])).toEqual([
      ['x', 'y'],
      ['x', 'z'],
      ['y', 'z'],
    ]);
    // Ranks are identical in all three columns: rho = 1 for every pair.
    for (const p of pairs) expect(p.coefficient).toBeCloseTo(1, 12);
    const f = analysisJson(results, 'f');
    expect(f.test).toBe('pearson');
    expect((f.result.pairs as CorrelationPair[])[0]!.coefficient).toBeCloseTo(1, 12);
    expect(f.sensitivity?.test).toBe('spearman');
  });
});
