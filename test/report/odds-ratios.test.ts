/**
 * odds-ratios report unit: high stress by noise exposure (low 2/8, moderate 4/6, high 6/4
 * cases/non-cases: OR = (4/6)/(2/8) = 2.67 and (6/4)/(2/8) = 6.00, Woolf CI for 6.00:
 * exp(ln 6 ± 1.96·√(1/6 + 1/4 + 1/2 + 1/8)) = [0.81, 44.35]) and by sex (no woman is a
 * case: a zero cell, not estimated); table, forest plot and sentences in both languages.
 */
import { describe, expect, it } from 'vitest';
import { oddsRatiosUnit } from '../../src/analysis/units/odds-ratios.ts';
import { oddsRatiosReport as unit } from '../../src/report/analyses/odds-ratios.ts';
import { cellsOf, prepare, studyYaml } from './helpers.ts';

function csvFrom(cells: { paparan: string; kelamin: string; cases: number; non: number }[]): string {
  const lines = ['id,y,paparan,kelamin'];
  let id = 1;
  for (const c of cells) {
    for (let i = 0; i < c.cases; i++) lines.push(`${id++},1,${c.paparan},${c.kelamin}`);
    for (let i = 0; i < c.non; i++) lines.push(`${id++},0,${c.paparan},${c.kelamin}`);
  }
  return `${lines.join('\n')}\n`;
}
const CSV = csvFrom([
  { paparan: 'rendah', kelamin: 'L', cases: 2, non: 5 },
  { paparan: 'rendah', kelamin: 'P', cases: 0, non: 3 },
  { paparan: 'sedang', kelamin: 'L', cases: 4, non: 4 },
  { paparan: 'sedang', kelamin: 'P', cases: 0, non: 2 },
  { paparan: 'tinggi', kelamin: 'L', cases: 6, non: 3 },
  { paparan: 'tinggi', kelamin: 'P', cases: 0, non: 1 },
]);
const YAML = studyYaml(
  `  y:
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
    levels: { L: { id: Laki-laki, en: Male }, P: { id: Perempuan, en: Female } }`,
  `  - { id: or, type: odds-ratios, outcome: y, case: "1", predictors: [paparan, kelamin] }
  - { id: none, type: odds-ratios, outcome: y, case: "1", predictors: [paparan, kelamin], figure: false }`,
);

describe('crude odds ratios', () => {
  const { a, spec, ctx } = prepare(oddsRatiosUnit, YAML, CSV, 'or');

  it('tabulates counts, ORs with Woolf CIs and Wald p, the reference rows and the zero cell', () => {
    const [en] = unit.tables!(a, spec, ctx('en'));
    expect(en!.caption).toBe('Crude odds ratios of High stress by factor');
    expect(cellsOf(en!)).toEqual([
      ['Factor', 'Category', 'Stress, n (%)', 'OR', '95% CI', 'p'],
      ['High', 'Low'],
      ['Noise exposure', 'Low', '2 (20.0)', '8 (80.0)', '1.00 (reference)', '', ''],
      ['', 'Moderate', '4 (40.0)', '6 (60.0)', '2.67', '[0.36, 19.71]', '.337'],
      ['', 'High', '6 (60.0)', '4 (40.0)', '6.00', '[0.81, 44.35]', '.079'],
      ['Sex', 'Male', '12 (50.0)', '12 (50.0)', '1.00 (reference)', '', ''],
      ['', 'Female', '0 (0.0)', '6 (100.0)', '—', '—', '—'],
    ]);
    expect(en!.notes[2]).toBe('— = not estimable because a cell count is zero: Sex (Female).');
    const [id] = unit.tables!(a, spec, ctx('id'));
    expect(cellsOf(id!)[4]).toEqual(['', 'Tinggi', '6 (60,0)', '4 (40,0)', '6,00', '[0,81; 44,35]', '0,079']);
    expect(id!.notes[2]).toBe('— = tidak dapat diestimasi karena ada sel bernilai nol: Jenis kelamin (Perempuan).');
  });

  it('draws one forest-plot row per estimable comparison, labelled with OR [95% CI]', () => {
    const [en] = unit.figures!(a, spec, ctx('en'));
    expect(en!.alt).toBe(
      'Forest plot of 2 crude odds ratios of High stress with 95% confidence intervals on a logarithmic axis.',
    );
    const data = JSON.stringify(en!.spec);
    expect(data).toContain('"text":"2.67 [0.36, 19.71]"');
    expect(data).toContain('"text":"6.00 [0.81, 44.35]"');
    expect(JSON.stringify(unit.figures!(a, spec, ctx('id'))[0]!.spec)).toContain('"text":"6,00 [0,81; 44,35]"');
  });

  it('says no factor was significant and why sex has no OR', () => {
    expect(unit.results(a, spec, ctx('en'))).toContain(
      ':ref[or] shows the crude odds ratios of High stress by factor. None of the factors was significantly associated with High stress (p ≥ .05 for every comparison). For sex (Female) a cell count was zero, so no odds ratio was estimated.',
    );
    expect(unit.results(a, spec, ctx('id'))).toContain(
      'Tidak ada faktor yang berhubungan secara signifikan dengan stres Tinggi (p ≥ 0,05 pada setiap perbandingan). Pada jenis kelamin (Perempuan) terdapat sel bernilai nol sehingga rasio odds tidak diestimasi.',
    );
    expect(unit.conclusion!(a, spec, ctx('en'))).toBe(
      'Without adjustment, none of the factors was associated with High stress.',
    );
    expect(unit.abstract!(a, spec, ctx('id'))).toBe(
      'Pada analisis kasar, tidak ada faktor yang berhubungan secara signifikan dengan stres Tinggi.',
    );
  });
});

describe('`figure: false`', () => {
  it('leaves out the forest plot and the sentence that points to it', () => {
    const { a, spec, ctx } = prepare(oddsRatiosUnit, YAML, CSV, 'none');
    expect(unit.figures!(a, spec, ctx('en'))).toEqual([]);
    expect(unit.results(a, spec, ctx('en'))).not.toContain('figure');
  });
});
