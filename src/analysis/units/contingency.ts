/**
 * Contingency table (row × column variable): counts with row (or column) percentages and
 * a test of independence. Pearson's χ² is used unless more than 20% of the expected
 * counts are below 5 (Cochran's rule), in which case Fisher's exact test is used; the
 * expected-count check is recorded. For a 2 × 2 table Yates' continuity-corrected χ² is
 * carried beside it. Cramér's V is the effect size. A study may fix the test; the check
 * still runs, and the other test is carried as a sensitivity analysis when it fails.
 */
import { type Static, Type } from '@sinclair/typebox';
import { chiSquare, type ChiSquareResult } from '../../stats/chi-square.ts';
import { isFailure, type StatFailure } from '../../stats/types.ts';
import { categorical, levelCodes } from '../common.ts';
import { entrySchema, VarName } from '../spec.ts';
import type { AnalysisResult, AnalysisUnit, AssumptionCheck, Reason } from '../unit.ts';

export const contingencySchema = entrySchema('contingency', {
  row: VarName,
  column: VarName,
  test: Type.Optional(
    Type.Union([Type.Literal('chi-square'), Type.Literal('fisher')], {
      description: 'fix the test; the expected-count check still runs',
    }),
  ),
  percent: Type.Optional(
    Type.Union([Type.Literal('row'), Type.Literal('column')], {
      description: 'percentages within rows (default) or columns',
    }),
  ),
  figure: Type.Optional(
    Type.Union([Type.Literal(false), Type.Literal('bars'), Type.Literal('stacked')], {
      description:
        'the figure: `bars` (default) side-by-side bars of the percentages (within rows or columns, as `percent:`) with the counts beside them; `stacked` one bar of 100% per row (or column) level, divided into the other variable’s levels; `false` no figure',
    }),
  ),
});

export type ContingencySpec = Static<typeof contingencySchema>;

/** The χ² result with Cramér's V, the layout of the table, and the p of the test that was used. */
export type ContingencyOutput = ChiSquareResult & {
  cramersV: number | null;
  is2x2: boolean;
  percent: 'row' | 'column';
  row: string;
  column: string;
  pTest: number | null;
};

export type ContingencyAnalysis = AnalysisResult<
  'contingency',
  {
    test: 'chi-square' | 'fisher';
    result: ContingencyOutput | StatFailure;
    sensitivity?: { test: 'fisher'; reason: Reason; result: { p: number } };
  }
>;

/** Cochran's rule: at most this share (%) of expected counts may be below 5 for the χ² test. */
export const MAX_PERCENT_EXPECTED_BELOW_5 = 20;

function cramersV(r: ChiSquareResult): number | null {
  const rows = r.observed.filter((row) => row.some((x) => x > 0)).length;
  const cols = r.observed[0]!.map((_, j) => r.observed.some((row) => row[j]! > 0)).filter(Boolean).length;
  const k = Math.min(rows, cols) - 1;
  return k > 0 && r.n > 0 ? Math.sqrt(r.statistic / (r.n * k)) : null;
}

export function expectedCountCheck(r: ChiSquareResult): AssumptionCheck {
  return {
    check: 'expected-counts',
    test: 'cochran',
    passed: r.cellsBelow5Percent <= MAX_PERCENT_EXPECTED_BELOW_5,
    statistic: r.cellsBelow5Percent,
    p: null,
    target: `${r.cellsBelow5} cells`,
  };
}

export const contingencyUnit: AnalysisUnit<ContingencySpec, ContingencyAnalysis> = {
  type: 'contingency',
  schema: contingencySchema,
  variables: (s) => [
    { path: ['row'], name: s.row, role: 'categorical' },
    { path: ['column'], name: s.column, role: 'categorical' },
  ],
  run(spec, data, ctx): ContingencyAnalysis {
    const rv = categorical(data, spec.row);
    const cv = categorical(data, spec.column);
    const r = chiSquare(rv.values, cv.values, { rowLevels: levelCodes(rv), colLevels: levelCodes(cv) });
    if (isFailure(r))
      return {
        type: 'contingency',
        test: spec.test ?? 'chi-square',
        checks: [],
        reason: { code: 'test-failed' },
        result: r,
      };
    const check = expectedCountCheck(r);
    const is2x2 = r.yates !== null;
    let test: 'chi-square' | 'fisher';
    let reason: Reason;
    if (spec.test) {
      test = spec.test;
      reason = { code: 'fixed-by-study', test };
    } else if (check.passed) {
      test = 'chi-square';
      reason = { code: 'expected-counts-adequate', percentBelow5: r.cellsBelow5Percent, cellsBelow5: r.cellsBelow5 };
    } else {
      test = 'fisher';
      reason = { code: 'expected-counts-small', percentBelow5: r.cellsBelow5Percent, cellsBelow5: r.cellsBelow5 };
    }
    const warnings: Reason[] = [];
    if (test === 'fisher' && r.fisherP === null) {
      // Too many arrangements for the exact p: the χ² test is the only one available.
      warnings.push({ code: 'fisher-unavailable' });
      test = 'chi-square';
      reason = { code: 'fisher-unavailable', percentBelow5: r.cellsBelow5Percent };
    }
    const p = test === 'fisher' ? r.fisherP : r.p;
    const result: ContingencyOutput = {
      ...r,
      cramersV: cramersV(r),
      is2x2,
      percent: spec.percent ?? 'row',
      row: spec.row,
      column: spec.column,
      pTest: p,
    };
    const out: ContingencyAnalysis = { type: 'contingency', test, checks: [check], reason, result };
    if (spec.test === 'chi-square' && !check.passed && r.fisherP !== null) {
      out.sensitivity = {
        test: 'fisher',
        reason: { code: 'assumption-failed', check: 'expected-counts' },
        result: { p: r.fisherP },
      };
    }
    out.decision = { significant: p !== null && p < ctx.alpha, direction: 'none', p };
    if (warnings.length) out.warnings = warnings;
    return out;
  },
};
