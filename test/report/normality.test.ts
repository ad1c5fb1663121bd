/**
 * normality report unit: stress scores 12, 14, 16, 20, 22, 24 overall (Shapiro–Wilk
 * W = .950, p = .739), and within two groups of three equally spaced values, where W = 1
 * exactly and Lilliefors cannot run (it needs at least four observations), in both languages.
 */
import { describe, expect, it } from 'vitest';
import { normalityUnit } from '../../src/analysis/units/normality.ts';
import { normalityReport as unit } from '../../src/report/analyses/normality.ts';
import { cellsOf, prepare, studyYaml } from './helpers.ts';

const YAML = studyYaml(
  `  kelompok: { type: categorical, label: { id: Kelompok, en: Group }, levels: { a: { id: Intervensi, en: Intervention }, b: { id: Kontrol, en: Control } } }
  skor: { type: number, label: { id: Skor stres, en: Stress score } }`,
  `  - { id: n, type: normality, variables: [skor] }
  - { id: ng, type: normality, variables: [skor], by: kelompok }`,
);
const CSV = 'kelompok,skor\na,12\na,14\na,16\nb,20\nb,22\nb,24\n';
const prep = (id: string) => prepare(normalityUnit, YAML, CSV, id);

describe('overall', () => {
  const { a, spec, ctx } = prep('n');

  it('tabulates both tests as SPSS does', () => {
    const [en] = unit.tables!(a, spec, ctx('en'));
    expect(cellsOf(en!)).toEqual([
      ['Variable', 'Kolmogorov–Smirnov (Lilliefors)', 'Shapiro–Wilk'],
      ['Statistic', 'df', 'p', 'Statistic', 'df', 'p'],
      ['Stress score', '0.164', '6', '.883', '0.950', '6', '.739'],
    ]);
    expect(en!.notes[0]).toBe(
      'Kolmogorov–Smirnov test with the Lilliefors significance correction; p is computed (Dallal–Wilkinson approximation), whereas SPSS prints p > .200 as “.200”, a lower bound of the true significance.',
    );
    expect(cellsOf(unit.tables!(a, spec, ctx('id'))[0]!)[2]).toEqual([
      'Skor stres',
      '0,164',
      '6',
      '0,883',
      '0,950',
      '6',
      '0,739',
    ]);
  });

  it('says neither test rejected normality', () => {
    expect(unit.results(a, spec, ctx('en'))).toBe(
      ':ref[n] shows the tests of normality. Neither test rejected normality of any distribution at α = .05. :figref[n] shows the normal Q–Q plot.\n\n::table[n]\n\n::figure[n]',
    );
    expect(unit.results(a, spec, ctx('id'))).toBe(
      ':ref[n] menyajikan hasil uji normalitas. Tidak ada uji yang menolak normalitas distribusi mana pun pada α = 0,05. :figref[n] menampilkan diagram Q–Q normalnya.\n\n::table[n]\n\n::figure[n]',
    );
  });
});

describe('within groups of three', () => {
  const { a, spec, ctx } = prep('ng');

  it('shows W = 1 and a dash where Lilliefors cannot run', () => {
    const [en] = unit.tables!(a, spec, ctx('en'));
    expect(cellsOf(en!).slice(2)).toEqual([
      ['Stress score', 'Intervention', '—', '3', '—', '1.000', '3', '> .999'],
      ['', 'Control', '—', '3', '—', '1.000', '3', '> .999'],
    ]);
    expect(en!.notes[1]).toBe('A dash marks a test that needs more observations than the group has.');
    expect(unit.tables!(a, spec, ctx('id'))[0]!.notes[1]).toBe(
      'Tanda pisah menandai uji yang memerlukan lebih banyak pengamatan daripada yang dimiliki kelompok.',
    );
  });

  it('says which samples could not be tested', () => {
    expect(unit.results(a, spec, ctx('en'))).toContain(
      'Normality of stress score in the Intervention group could not be tested. Normality of stress score in the Control group could not be tested.',
    );
    expect(unit.results(a, spec, ctx('id'))).toContain(
      'Normalitas skor stres pada kelompok Kontrol tidak dapat diuji.',
    );
  });
});
