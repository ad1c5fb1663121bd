/** The test registry on in-memory tables: argument checks, level arguments, labels. */
import { describe, expect, it } from 'vitest';
import type { ColumnTable } from '../../src/data/columns.ts';
import { NaskahError } from '../../src/errors.ts';
import { statLabelsEn, statLabelsId } from '../../src/report/locale/stat-labels.ts';
import { runStatTest } from '../../src/cli/stat-args.ts';
import { STAT_TESTS } from '../../src/stats/registry.ts';

const table: ColumnTable = {
  skor: [10, 12, 14, 20, 22, 24, 30, null],
  kelompok: [1, 1, 1, 2, 2, 2, 2, 1],
  pendidikan: ['SMA', 'S1', 'SMA', 'S1', 'D3', 'SMA', 'S1', 'S1'],
  stres: [1, 0, 1, 0, 1, 1, 0, 0],
};

function userError(f: () => unknown): NaskahError {
  try {
    f();
  } catch (e) {
    if (e instanceof NaskahError) return e;
    throw e;
  }
  throw new Error('expected a NaskahError');
}

describe('stat registry', () => {
  it('has a title for every test in both languages', () => {
    for (const t of STAT_TESTS) {
      expect(statLabelsEn.tests[t.name], t.name).toBeTruthy();
      expect(statLabelsId.tests[t.name], t.name).toBeTruthy();
    }
  });

  it('reads level lists given as text against a numeric column', () => {
    const sorted = runStatTest('independent-t', table, { value: 'skor', group: 'kelompok' }) as {
      groups: { level: unknown }[];
      student: { meanDiff: number };
    };
    const declared = runStatTest('independent-t', table, {
      value: 'skor',
      group: 'kelompok',
      levels: '2,1',
    }) as typeof sorted;
    expect(sorted.groups.map((g) => g.level)).toEqual([1, 2]);
    expect(declared.groups.map((g) => g.level)).toEqual([2, 1]);
    expect(declared.student.meanDiff).toBeCloseTo(-sorted.student.meanDiff, 12);
  });

  it('builds an odds ratio from a categorical exposure with a named reference', () => {
    const r = runStatTest('odds-ratio', table, {
      exposure: 'pendidikan',
      outcome: 'stres',
      reference: 'S1',
      exposed: 'SMA',
      case: '1',
    }) as Record<string, unknown>;
    expect(r).toMatchObject({
      a: 3,
      b: 0,
      c: 0,
      d: 4,
      excluded: 1,
      or: null,
      note: 'zero cell',
      referenceLevel: 'S1',
      exposedLevel: 'SMA',
    });
  });

  it('rejects unknown arguments with a suggestion, and non-numbers for number arguments', () => {
    const e = userError(() => runStatTest('one-sample-t', table, { x: 'skor', mux: 3 }));
    expect(e.code).toBe('stat/unknown-argument');
    expect(e.message).toContain('did you mean --mu?');
    const f = userError(() => runStatTest('one-sample-t', table, { x: 'skor', mu: 'abc' }));
    expect(f.code).toBe('stat/invalid-argument');
  });

  it('checks every column of a list argument', () => {
    const e = userError(() => runStatTest('cronbach-alpha', table, { items: 'skor,stress' }));
    expect(e.code).toBe('stat/unknown-column');
    expect(e.message).toContain('did you mean "stres"?');
  });

  it('returns error values (not exceptions) for data without an estimate', () => {
    const r = runStatTest('anova-oneway', { v: [1, 2, 3], g: ['a', 'a', 'a'] }, { value: 'v', group: 'g' });
    expect(r).toMatchObject({ error: { code: 'group-levels' } });
  });
});
