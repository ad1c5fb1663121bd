/**
 * The bars of a contingency table on the oracle's or_small.csv (overtime × complaint:
 * No 14/4, Yes 4/8): within rows 14/18 = 77.8%, 4/18 = 22.2%, 4/12 = 33.3%, 8/12 = 66.7%;
 * within columns 14/18 = 77.8% of "no complaint" had no overtime, 4/12 = 33.3% of
 * "present". Side by side by default, stacked on request, none with `figure: false`.
 */
import { describe, expect, it } from 'vitest';
import { contingencyUnit } from '../../../src/analysis/units/contingency.ts';
import { contingencyReport as unit } from '../../../src/report/analyses/contingency.ts';
import type { FigureModel } from '../../../src/report/document.ts';
import { oracleCsv, prepare, studyYaml } from '../helpers.ts';

const YAML = studyYaml(
  `  lembur: { type: categorical, label: { id: Lembur, en: Overtime }, levels: { "0": { id: Tidak, en: No }, "1": { id: Ya, en: Yes } } }
  keluhan: { type: categorical, label: { id: Keluhan, en: Complaint }, levels: { "0": { id: Tidak ada, en: None }, "1": { id: Ada, en: Present } } }`,
  `  - { id: c, type: contingency, row: lembur, column: keluhan }
  - { id: s, type: contingency, row: lembur, column: keluhan, percent: column, figure: stacked }
  - { id: none, type: contingency, row: lembur, column: keluhan, figure: false }`,
);
const prep = (id: string) => prepare(contingencyUnit, YAML, oracleCsv('or_small.csv'), id);

const valuesOf = (f: FigureModel) => (f.spec.data as { values: Record<string, unknown>[] }).values;
const bar = (v: Record<string, unknown>) => [v.series, v.category, Math.round(Number(v.percent) * 10) / 10, v.n];
type Enc = { x: { title: string }; y: { title: string } };

describe('contingency figure', () => {
  it('draws the row percentages side by side, with the counts, in both languages', () => {
    const { a, spec, ctx } = prep('c');
    const [en] = unit.figures!(a, spec, ctx('en'));
    expect(valuesOf(en!).map(bar)).toEqual([
      ['No', 'None', 77.8, 14],
      ['No', 'Present', 22.2, 4],
      ['Yes', 'None', 33.3, 4],
      ['Yes', 'Present', 66.7, 8],
    ]);
    const [id] = unit.figures!(a, spec, ctx('id'));
    expect(valuesOf(id!).map(bar)).toEqual([
      ['Tidak', 'Tidak ada', 77.8, 14],
      ['Tidak', 'Ada', 22.2, 4],
      ['Ya', 'Tidak ada', 33.3, 4],
      ['Ya', 'Ada', 66.7, 8],
    ]);
    const enc = (f: FigureModel) => f.spec.encoding as Enc;
    expect([enc(en!).x.title, enc(en!).y.title]).toEqual(['Percentage within each overtime group', 'Complaint']);
    expect([enc(id!).x.title, enc(id!).y.title]).toEqual(['Persentase dalam tiap kelompok lembur', 'Keluhan']);
    expect(en!.caption).toBe('Overtime by complaint (bars: percentages within each overtime group; numbers: counts)');
    expect(id!.caption).toBe(
      'Lembur menurut keluhan (batang: persentase dalam tiap kelompok lembur; angka: frekuensi)',
    );
    expect(en!.alt).toBe(
      'Bar chart of the percentages of complaint within each overtime group: No: None 14 (77.8%), Present 4 (22.2%); Yes: None 4 (33.3%), Present 8 (66.7%).',
    );
    expect(id!.alt).toBe(
      'Diagram batang persentase keluhan dalam tiap kelompok lembur: Tidak: Tidak ada 14 (77,8%), Ada 4 (22,2%); Ya: Tidak ada 4 (33,3%), Ada 8 (66,7%).',
    );
    expect(unit.results(a, spec, ctx('en'))).toMatch(
      /:figref\[c\] shows the percentages\.\n\n::table\[c\]\n\n::figure\[c\]$/,
    );
  });

  it('stacks the column percentages to 100% per column level with `figure: stacked`', () => {
    const { a, spec, ctx } = prep('s');
    const [en] = unit.figures!(a, spec, ctx('en'));
    const values = valuesOf(en!);
    expect(values.map(bar)).toEqual([
      ['None', 'No', 77.8, 14],
      ['None', 'Yes', 22.2, 4],
      ['Present', 'No', 33.3, 4],
      ['Present', 'Yes', 66.7, 8],
    ]);
    expect(values.map((v) => Math.round(Number(v.x1) * 10) / 10)).toEqual([77.8, 100, 33.3, 100]);
    expect(values.map((v) => v.label)).toEqual(['14', '4', '4', '8']);
    const layers = en!.spec.layer as { encoding: { x?: { title?: string }; fill?: { title?: string } } }[];
    expect([layers[0]!.encoding.x!.title, layers[0]!.encoding.fill!.title]).toEqual([
      'Percentage within each complaint group',
      'Overtime',
    ]);
    expect((en!.spec.encoding as Enc).y.title).toBe('Complaint');
    const [id] = unit.figures!(a, spec, ctx('id'));
    expect(id!.caption).toBe(
      'Lembur menurut keluhan (batang: persentase dalam tiap kelompok keluhan; angka: frekuensi)',
    );
  });

  it('draws nothing with `figure: false`', () => {
    const { a, spec, ctx } = prep('none');
    expect(unit.figures!(a, spec, ctx('en'))).toEqual([]);
    expect(unit.results(a, spec, ctx('en'))).not.toContain('figure');
  });
});
