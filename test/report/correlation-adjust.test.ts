/**
 * correlation `adjust:` on the oracle's cortisol.csv (correlation_matrix_03: Pearson, four
 * variables, six pairs, pairwise complete): Holm-adjusted p of every pair against the
 * oracle, the adjusted column in the table, and the methods sentence in both languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { correlationUnit } from '../../src/analysis/units/correlation.ts';
import { correlationReport as unit } from '../../src/report/analyses/correlation.ts';
import { cellsOf, oracleCsv, prepare, studyYaml } from './helpers.ts';

interface OracleMatrix {
  id: string;
  expected: { pairs: { var1: string; var2: string; p: number; pHolm: number }[] };
}
const ORACLE: OracleMatrix[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/oracle/cases.json'), 'utf8'),
);
const want = ORACLE.find((c) => c.id === 'correlation_matrix_03')!.expected.pairs;

const YAML = studyYaml(
  `  cortisol_pre: { type: number, label: { id: Kortisol awal, en: Baseline cortisol } }
  cortisol_post: { type: number, label: { id: Kortisol akhir, en: Final cortisol } }
  hr_pre: { type: number, label: { id: Denyut awal, en: Baseline heart rate } }
  hr_post: { type: number, label: { id: Denyut akhir, en: Final heart rate } }`,
  `  - { id: m, type: correlation, variables: [cortisol_pre, cortisol_post, hr_pre, hr_post], method: pearson, adjust: holm }`,
);

describe('a correlation matrix with Holm’s adjustment', () => {
  const { a, spec, ctx } = prepare(correlationUnit, YAML, oracleCsv('cortisol.csv'), 'm');

  it('adjusts the six p values as the oracle does', () => {
    expect(a.adjusted?.method).toBe('holm');
    expect(a.adjusted?.p).toHaveLength(6);
    want.forEach((w, i) => {
      expect(a.result.pairs[i]!.x).toBe(w.var1);
      expect(a.adjusted!.p[i]!).toBeCloseTo(w.pHolm, 9);
    });
  });

  it('shows the adjusted p in the table and names the method', () => {
    const rows = cellsOf(unit.tables!(a, spec, ctx('en'))[0]!);
    // The planned Pearson with a rejected normality check carries Spearman's rho beside it.
    expect(rows[0]).toEqual(['Variable 1', 'Variable 2', 'n', 'r', '95% CI', 'p', 'p (Holm)', 'ρ', 'p (ρ)']);
    expect(rows[2]!.slice(5, 7)).toEqual(['.751', '> .999']);
    expect(unit.methods!(a, spec, ctx('en'))).toMatch(
      / The p values of the pairs were adjusted for multiple testing by Holm’s step-down method \[@holm1979simple\]\.$/,
    );
    expect(unit.methods!(a, spec, ctx('id'))).toMatch(
      / Nilai p tiap pasangan disesuaikan untuk pengujian berganda dengan metode step-down Holm \[@holm1979simple\]\.$/,
    );
    expect(cellsOf(unit.tables!(a, spec, ctx('id'))[0]!)[2]!.slice(5, 7)).toEqual(['0,751', '> 0,999']);
  });
});
