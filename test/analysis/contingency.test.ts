/**
 * contingency: the expected-count check (Cochran: at most 20% of expected counts below 5)
 * chooses Pearson's χ² or Fisher's exact test; Yates recorded for 2 × 2; a fixed test
 * keeps the check and carries Fisher as sensitivity; counts and row % in the table.
 * category-agreement: the data check of computed against recorded categories.
 */
import { describe, expect, it } from 'vitest';
import { chiSquareFromTable } from '../../src/stats/chi-square.ts';
import { fisherExactP } from '../../src/stats/fisher-exact.ts';
import { compose, documentText, run, studyYaml, analysisJson } from './helpers.ts';

const close = (x: number, y: number, tol = 1e-12) => expect(Math.abs(x - y)).toBeLessThanOrEqual(tol);

/** CSV of a table of counts: rows × columns of `baris` and `kolom`. */
function csvOf(table: number[][], rowCodes: string[], colCodes: string[]): string {
  const lines = ['id,baris,kolom'];
  let id = 1;
  table.forEach((row, i) =>
    row.forEach((n, j) => {
      for (let k = 0; k < n; k++) lines.push(`${id++},${rowCodes[i]},${colCodes[j]}`);
    }),
  );
  return `${lines.join('\n')}\n`;
}

const vars = (rows: string[], cols: string[]) => `  baris:
    type: categorical
    label: { id: Masa kerja, en: Length of service }
    levels: { ${rows.map((c) => `${c}: ${c}`).join(', ')} }
  kolom:
    type: categorical
    label: { id: Tingkat stres, en: Stress level }
    levels: { ${cols.map((c) => `${c}: ${c}`).join(', ')} }`;

const analysis = (extra = '') => `  - { id: c, type: contingency, row: baris, column: kolom${extra} }`;

describe('contingency', () => {
  it('uses the χ² test when at most 20% of expected counts are below 5, with Yates noted for 2 × 2', () => {
    const table = [
      [30, 20],
      [20, 30],
    ];
    const { study, results } = run(
      studyYaml(vars(['a', 'b'], ['x', 'y']), analysis()),
      csvOf(table, ['a', 'b'], ['x', 'y']),
    );
    const a = analysisJson(results, 'c');
    const ref = chiSquareFromTable(table) as any;
    expect(a.test).toBe('chi-square');
    expect(a.checks[0]).toMatchObject({ check: 'expected-counts', passed: true, statistic: 0 });
    expect(a.reason.code).toBe('expected-counts-adequate');
    close(a.result.statistic as number, ref.statistic);
    close(a.result.pTest as number, ref.p);
    expect(a.result.is2x2).toBe(true);
    close((a.result.yates as any).statistic, ref.yates.statistic);
    close(a.result.cramersV as number, Math.sqrt(ref.statistic / 100));
    const en = compose(study, results, 'en');
    expect(en.stats.c).toBe(
      `χ²(1, N = 100) = ${ref.statistic.toFixed(2)}, p = ${ref.p.toFixed(3).replace(/^0/, '')}, V = .${Math.round(100 * Math.sqrt(ref.statistic / 100))}`,
    );
    expect(en.tables.c!.notes.join(' ')).toContain('Yates-corrected χ²(1) = ');
    expect(en.tables.c!.rows[0]!.cells.map((c) => c.text)).toEqual(['A', '30 (60.0)', '20 (40.0)', '50']);
    expect(en.tables.c!.rows[2]!.cells.map((c) => c.text)).toEqual(['Total', '50', '50', '100']);
    const id = compose(study, results, 'id');
    expect(id.stats.c).toMatch(/^χ²\(1; N = 100\) = \d+,\d\d; p = 0,\d{3}; V = 0,\d\d$/);
  });

  it('chooses Fisher’s exact test when more than 20% of expected counts are below 5', () => {
    const table = [
      [3, 1],
      [1, 5],
    ];
    const { study, results } = run(
      studyYaml(vars(['a', 'b'], ['x', 'y']), analysis()),
      csvOf(table, ['a', 'b'], ['x', 'y']),
    );
    const a = analysisJson(results, 'c');
    expect(a.checks[0]).toMatchObject({ check: 'expected-counts', passed: false, statistic: 100 });
    expect(a.test).toBe('fisher');
    expect(a.reason).toMatchObject({ code: 'expected-counts-small', cellsBelow5: 4 });
    close(a.result.pTest as number, fisherExactP(table)!);
    const text = documentText(compose(study, results, 'en'));
    expect(text).toContain('more than 20%, so Fisher’s exact test was used');
    expect(text).toContain(`Fisher’s exact test, p = ${fisherExactP(table)!.toFixed(3).replace(/^0/, '')}`);
  });

  it('applies the 20% rule to larger tables (1 of 6 expected counts below 5: χ²; 2 of 6: Fisher)', () => {
    const test = (table: number[][]) =>
      analysisJson(
        run(studyYaml(vars(['a', 'b', 'c'], ['x', 'y']), analysis()), csvOf(table, ['a', 'b', 'c'], ['x', 'y']))
          .results,
        'c',
      );
    const one = test([
      [40, 5],
      [40, 5],
      [8, 2],
    ]); // expected (3, y) = 1.2 only
    expect(one.result.cellsBelow5).toBe(1);
    close(one.checks[0]!.statistic as number, 100 / 6, 1e-9);
    expect(one.test).toBe('chi-square');
    const two = test([
      [25, 25],
      [25, 25],
      [4, 5],
    ]); // expected 4.46 and 4.54 in row 3
    expect(two.result.cellsBelow5).toBe(2);
    close(two.checks[0]!.statistic as number, 100 / 3, 1e-9);
    expect(two.test).toBe('fisher');
    close(
      two.result.pTest as number,
      fisherExactP([
        [25, 25],
        [25, 25],
        [4, 5],
      ])!,
      1e-12,
    );
  });

  it('keeps the check when the study fixes χ² and carries Fisher as sensitivity', () => {
    const table = [
      [3, 1],
      [1, 5],
    ];
    const { results } = run(
      studyYaml(vars(['a', 'b'], ['x', 'y']), analysis(', test: chi-square')),
      csvOf(table, ['a', 'b'], ['x', 'y']),
    );
    const a = analysisJson(results, 'c');
    expect(a.test).toBe('chi-square');
    expect(a.reason).toEqual({ code: 'fixed-by-study', test: 'chi-square' });
    expect(a.checks[0]!.passed).toBe(false);
    expect(a.sensitivity).toMatchObject({
      test: 'fisher',
      reason: { code: 'assumption-failed', check: 'expected-counts' },
    });
  });

  it('uses column percentages when asked', () => {
    const table = [
      [30, 10],
      [20, 40],
    ];
    const { study, results } = run(
      studyYaml(vars(['a', 'b'], ['x', 'y']), analysis(', percent: column')),
      csvOf(table, ['a', 'b'], ['x', 'y']),
    );
    const en = compose(study, results, 'en');
    expect(en.tables.c!.rows[0]!.cells.map((c) => c.text)).toEqual(['A', '30 (60.0)', '10 (20.0)', '40']);
    expect(en.tables.c!.notes[0]).toBe('Percentages within columns.');
  });
});

describe('category-agreement', () => {
  const VARS = `  hitung:
    type: categorical
    label: { id: Kategori hitung, en: Computed category }
    levels: { rendah: Rendah, tinggi: Tinggi }
  catat:
    type: categorical
    label: { id: Kategori tercatat, en: Recorded category }
    levels: { rendah: Rendah, tinggi: Tinggi }
  kode:
    type: categorical
    label: { id: Kode, en: Code }
    levels: { "0": "0", "1": "1" }`;
  const CSV = 'id,hitung,catat,kode\n1,rendah,rendah,1\n2,tinggi,tinggi,0\n3,tinggi,rendah,0\n4,rendah,rendah,1\n';

  it('counts agreement, maps codes and lists the rows that disagree', () => {
    const spec =
      '  - id: cek\n    type: category-agreement\n    pairs:\n      - { computed: hitung, recorded: catat }\n      - { computed: hitung, recorded: kode, map: { rendah: "1", tinggi: "0" } }';
    const { study, results } = run(studyYaml(VARS, spec), CSV);
    const r = analysisJson(results, 'cek').result as any;
    expect(r.allAgree).toBe(false);
    expect(r.pairs.map((p: any) => [p.n, p.agree, p.disagree, p.rows])).toEqual([
      [4, 3, 1, [4]],
      [4, 4, 0, []],
    ]);
    expect(analysisJson(results, 'cek').warnings).toHaveLength(1);
    const text = documentText(compose(study, results, 'en'));
    expect(text).toContain('they disagreed for recorded category (1 participant; data rows 4)');
  });
});
