/**
 * An analysis run on a subset (`filter:`) names it in words wherever it is reported: the
 * condition with the study's labels, the first sentence of its results, each abstract and
 * conclusion sentence, its caption; analyses that differ only in their filter share one
 * methods paragraph that lists the subsets. Exact text in both languages.
 */
import { describe, expect, it } from 'vitest';
import { makeContext } from '../../src/report/context.ts';
import { LOCALES } from '../../src/report/locale/index.ts';
import { placeSubset, subsetWords } from '../../src/report/subset.ts';
import { compose, run, studyCsv, studyYaml } from '../analysis/helpers.ts';

const VARS = `  species: { type: categorical, label: { id: Spesies, en: Species }, levels: { Adelie: Adélie, Chinstrap: Chinstrap, Gentoo: Gentoo } }
  island: { type: categorical, label: { id: Pulau, en: Island }, levels: { Biscoe: Biscoe, Dream: Dream, Torgersen: Torgersen } }
  sex: { type: categorical, label: { id: Jenis kelamin, en: Sex }, missing: ["."], levels: { FEMALE: { id: Betina, en: Female }, MALE: { id: Jantan, en: Male } } }
  bill_length_mm: { type: number, label: { id: Panjang paruh, en: Bill length } }
  bill_depth_mm: { type: number, label: { id: Kedalaman paruh, en: Bill depth } }
  flipper_length_mm: { type: number, label: { id: Panjang sirip, en: Flipper length } }
  body_mass_g: { type: number, label: { id: Massa tubuh, en: Body mass } }`;

const CSV = studyCsv('penguin-palmer', 'penguins.csv');

const correlations = (...filters: (string | undefined)[]) =>
  filters
    .map(
      (f, i) =>
        `  - { id: r${i}, type: correlation, variables: [bill_length_mm, bill_depth_mm]${f ? `, filter: "${f}"` : ''} }`,
    )
    .join('\n');

describe('the condition of a filter in words', () => {
  const { study, results } = run(studyYaml(VARS, correlations(undefined)), CSV);
  const words = (filter: string, lang: 'en' | 'id') =>
    subsetWords(filter, makeContext(study, results, lang, LOCALES[lang]));

  it('uses the labels of variables and levels as the study wrote them', () => {
    expect(words('species == Adelie', 'en')).toBe('Species: Adélie');
    expect(words('species == Adelie', 'id')).toBe('Spesies: Adélie');
    expect(words('sex == FEMALE and body_mass_g >= 3500.5', 'en')).toBe('Sex: Female and Body mass \u2265 3500.5');
    expect(words('sex == FEMALE and body_mass_g >= 3500.5', 'id')).toBe(
      'Jenis kelamin: Betina dan Massa tubuh \u2265 3500,5',
    );
  });

  it('words every form of the filter language', () => {
    expect(words('island in [Biscoe, Dream] or species != Gentoo', 'en')).toBe(
      'Island: Biscoe or Dream or Species: other than Gentoo',
    );
    expect(words('island in [Biscoe, Dream] or species != Gentoo', 'id')).toBe(
      'Pulau: Biscoe atau Dream atau Spesies: selain Gentoo',
    );
    expect(words('(sex == MALE or body_mass_g < 4000) and not island == Dream', 'en')).toBe(
      '(Sex: Male or Body mass < 4000) and not (Island: Dream)',
    );
    expect(words('(sex == MALE or body_mass_g < 4000) and not island == Dream', 'id')).toBe(
      '(Jenis kelamin: Jantan atau Massa tubuh < 4000) dan bukan (Pulau: Dream)',
    );
    expect(words('body_mass_g != 4000 and body_mass_g <= 5000 and body_mass_g > 3000', 'en')).toBe(
      'Body mass \u2260 4000 and Body mass \u2264 5000 and Body mass > 3000',
    );
  });

  it('places the subset before the statistic, or before the stop', () => {
    const ctx = makeContext(study, results, 'en', LOCALES.en);
    expect(
      placeSubset('A and B were correlated, r(8) = .50, p = .140.', 'Sex: Male', ctx, 'r(8) = .50, p = .140'),
    ).toBe('A and B were correlated in the subset Sex: Male, r(8) = .50, p = .140.');
    expect(
      placeSubset('A was lower (t(8) = 2.00, p = .080). B was not.', 'Sex: Male', ctx, 't(8) = 2.00, p = .080'),
    ).toBe('A was lower in the subset Sex: Male (t(8) = 2.00, p = .080). B was not in the subset Sex: Male.');
  });
});

describe('a filtered analysis in the manuscript', () => {
  const { study, results } = run(
    studyYaml(VARS, correlations(undefined, 'species == Adelie', 'species == Gentoo')),
    CSV,
  );
  const en = compose(study, results, 'en');
  const id = compose(study, results, 'id');

  it('names its subset in its results, abstract and conclusion, never repeating the whole-sample sentence', () => {
    expect(en.sections.results).toContain(
      'The following results concern the subset Species: Adélie (n = 152). The Shapiro\u2013Wilk test did not reject normality of any variable. Bill length and bill depth were significantly positively correlated, r(149) = .39, p < .001',
    );
    expect(id.sections.results).toContain(
      'Hasil berikut berasal dari subkelompok Spesies: Adélie (n = 152). Uji Shapiro\u2013Wilk tidak menolak normalitas variabel mana pun. Panjang paruh dan kedalaman paruh berkorelasi positif secara signifikan, r(149) = 0,39; p < 0,001',
    );
    expect(en.sections.conclusion).toContain(
      'Bill length and bill depth were significantly negatively correlated. Bill length and bill depth were significantly positively correlated in the subset Species: Adélie. Bill length and bill depth were significantly positively correlated in the subset Species: Gentoo.',
    );
    expect(id.sections.conclusion).toContain(
      'Panjang paruh dan kedalaman paruh berkorelasi negatif secara signifikan. Panjang paruh dan kedalaman paruh berkorelasi positif secara signifikan pada subkelompok Spesies: Adélie. Panjang paruh dan kedalaman paruh berkorelasi positif secara signifikan pada subkelompok Spesies: Gentoo.',
    );
    expect(en.abstracts[0]!.paragraphs.join('\n')).toContain(
      'Bill length and bill depth were significantly positively correlated in the subset Species: Adélie, r(149) = .39, p < .001.',
    );
    expect(id.abstracts[0]!.paragraphs.join('\n')).toContain(
      'Panjang paruh dan kedalaman paruh berkorelasi positif secara signifikan pada subkelompok Spesies: Adélie, r(149) = 0,39; p < 0,001.',
    );
  });

  it('names its subset in its caption', () => {
    expect(en.tables.r1!.caption).toBe('Correlations between bill length and bill depth (Species: Adélie)');
    expect(id.tables.r1!.caption).toBe('Korelasi antara panjang paruh dan kedalaman paruh (Spesies: Adélie)');
    expect(en.tables.r0!.caption).toBe('Correlations between bill length and bill depth');
  });

  it('writes the methods of analyses that differ only in their filter once, naming the subsets', () => {
    const method =
      'Associations were measured with Pearson\u2019s correlation coefficient r [@pearson1896regression] when the Shapiro\u2013Wilk test [@shapiro1965normality] did not reject normality of any of the variables, and with Spearman\u2019s rank correlation \u03c1 [@spearman1904proof] otherwise; the 95% CI of r uses Fisher\u2019s z transformation.';
    expect(en.sections.methods!.split(method).length).toBe(2);
    expect(en.sections.methods).toContain(
      `${method} Besides the whole sample, it was run separately in the subsets Species: Adélie (n = 152) and Species: Gentoo (n = 124).`,
    );
    expect(id.sections.methods).toContain(
      'IK 95% untuk r dihitung dengan transformasi z Fisher. Selain pada seluruh sampel, analisis ini dilakukan terpisah pada subkelompok Spesies: Adélie (n = 152) dan Spesies: Gentoo (n = 124).',
    );
  });

  it('says a single subset in the sentence of its own', () => {
    const one = run(studyYaml(VARS, correlations('sex == FEMALE and body_mass_g >= 3500')), CSV);
    expect(compose(one.study, one.results, 'en').sections.methods).toContain(
      'Fisher\u2019s z transformation. This analysis used only the subset Sex: Female and Body mass \u2265 3500 (n = 104).',
    );
    expect(compose(one.study, one.results, 'id').sections.methods).toContain(
      'transformasi z Fisher. Analisis ini hanya menggunakan subkelompok Jenis kelamin: Betina dan Massa tubuh \u2265 3500 (n = 104).',
    );
  });
});
