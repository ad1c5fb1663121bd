/**
 * Wording an editor accepts (issue 10), one block per rule, each asserted as exact text in
 * both languages on small in-memory studies.
 */
import { describe, expect, it } from 'vitest';
import { frequenciesUnit } from '../../src/analysis/units/frequencies.ts';
import { oddsRatiosUnit } from '../../src/analysis/units/odds-ratios.ts';
import { frequenciesReport } from '../../src/report/analyses/frequencies.ts';
import { oddsRatiosReport } from '../../src/report/analyses/odds-ratios.ts';
import { midSentence } from '../../src/text.ts';
import { compose, run } from '../analysis/helpers.ts';
import { prepare, studyYaml } from './helpers.ts';

describe('level labels and names written by the study are never re-cased', () => {
  const yaml = studyYaml(
    `  spesies: { type: categorical, label: { id: Spesies, en: Species }, levels: { A: Adelie, G: Gentoo } }
  pulau: { type: categorical, label: { id: Pulau, en: Island }, levels: { B: { id: Biscoe, en: Biscoe }, D: { id: Dream, en: Dream } } }
  asal: { type: categorical, label: { id: Asal, en: Origin }, levels: { us: { id: USA, en: USA }, eu: { id: Eropa, en: Europe } } }
  boros: { type: categorical, label: { id: Konsumsi bahan bakar, en: Fuel use }, levels: { "0": { id: Hemat, en: Economical }, "1": { id: Boros, en: Thirsty } } }`,
    `  - { id: f, type: frequencies, variables: [pulau], by: spesies }
  - { id: or, type: odds-ratios, outcome: boros, case: "1", predictors: [asal] }`,
  );
  const rows = (n: number, row: string) => Array.from({ length: n }, () => row);
  const csv = [
    'spesies,pulau,asal,boros',
    ...rows(2, 'A,B,us,1'),
    ...rows(2, 'A,D,us,0'),
    ...rows(16, 'G,B,us,1'),
    ...rows(3, 'G,B,eu,1'),
    ...rows(17, 'A,D,eu,0'),
    '',
  ].join('\n');

  it('keeps a group label as written in the middle of a sentence', () => {
    const { a, spec, ctx } = prepare(frequenciesUnit, yaml, csv, 'f');
    expect(frequenciesReport.results(a, spec, ctx('en'))).toContain('Island: Adelie group ');
    expect(frequenciesReport.results(a, spec, ctx('id'))).toContain('Pulau: kelompok Adelie ');
  });

  it('keeps the levels of a contrast as written', () => {
    const { a, spec, ctx } = prepare(oddsRatiosUnit, yaml, csv, 'or');
    expect(oddsRatiosReport.results(a, spec, ctx('en'))).toContain(
      'The odds of Thirsty fuel use were significantly lower for origin (Europe vs USA: OR = ',
    );
    expect(oddsRatiosReport.results(a, spec, ctx('id'))).toContain(
      'Odds konsumsi bahan bakar Boros secara signifikan lebih rendah pada asal (Eropa dibanding USA: OR = ',
    );
  });

  it('keeps a variable label that is a name of several capitalised words', () => {
    expect(midSentence('Jawa Barat')).toBe('Jawa Barat');
    expect(midSentence('Puskesmas Kedaton')).toBe('Puskesmas Kedaton');
    expect(midSentence('Age group')).toBe('age group');
    expect(midSentence('Skor PSS-10')).toBe('skor PSS-10');
    expect(midSentence('PSS-10 score')).toBe('PSS-10 score');
  });
});

describe('a clause with nothing in it is left out', () => {
  const yaml = studyYaml(
    `  kelompok: { type: categorical, label: { id: Kelompok, en: Group }, levels: { a: { id: Intervensi, en: Intervention }, b: { id: Kontrol, en: Control } } }
  skor: { type: number, label: { id: Skor, en: Score } }`,
    `  - { id: cmp, type: group-comparison, group: kelompok, value: skor }`,
  );
  const csv = 'kelompok,skor\na,1\na,2\na,3\na,4\nb,3\nb,4\nb,5\nb,6\n';
  const methodsOf = (y: string, lang: 'id' | 'en') => {
    const { study, results } = run(y, csv);
    return compose(study, results, lang).abstracts[0]!.paragraphs[0];
  };

  it('says nothing of instruments in the abstract of a study without instruments', () => {
    expect(methodsOf(yaml, 'en')).toBe(
      '**Methods.** A cross-sectional study with 8 participants; analysis: independent-samples t-test.',
    );
    expect(methodsOf(yaml, 'id')).toBe(
      '**Metode.** Penelitian potong lintang dengan 8 partisipan; analisis: uji t sampel independen.',
    );
  });

  it('has no empty clause when no analysis runs a test either', () => {
    const descriptive = yaml.replace(
      '{ id: cmp, type: group-comparison, group: kelompok, value: skor }',
      '{ id: f, type: frequencies, variables: [kelompok] }',
    );
    expect(methodsOf(descriptive, 'en')).toBe(
      '**Methods.** A cross-sectional study with 8 participants; descriptive analysis without significance tests.',
    );
    expect(methodsOf(descriptive, 'id')).toBe(
      '**Metode.** Penelitian potong lintang dengan 8 partisipan; analisis deskriptif tanpa uji signifikansi.',
    );
  });
});
