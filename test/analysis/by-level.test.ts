/**
 * `by:` on a type without a `by:` of its own: the same analysis once per level of a
 * categorical variable. Each level's values equal those of the same analysis with a
 * filter on that level; the report joins the levels' tables into one with a block per
 * level and writes the methods once. Real data: the Palmer penguins (studies/penguin-palmer).
 */
import { describe, expect, it } from 'vitest';
import { ANALYSIS_UNITS } from '../../src/analysis/registry.ts';
import { type AnalysisOutcome, isSplit } from '../../src/analysis/split.ts';
import { compose, run, studyCsv, studyYaml } from './helpers.ts';

const VARS = `  species: { type: categorical, label: { id: Spesies, en: Species }, levels: { Adelie: Adélie, Chinstrap: Chinstrap, Gentoo: Gentoo } }
  island: { type: categorical, label: { id: Pulau, en: Island }, levels: { Biscoe: Biscoe, Dream: Dream, Torgersen: Torgersen } }
  sex: { type: categorical, label: { id: Jenis kelamin, en: Sex }, missing: ["."], levels: { FEMALE: { id: Betina, en: Female }, MALE: { id: Jantan, en: Male } } }
  bill_length_mm: { type: number, label: { id: Panjang paruh, en: Bill length } }
  bill_depth_mm: { type: number, label: { id: Kedalaman paruh, en: Bill depth } }
  body_mass_g: { type: number, label: { id: Massa tubuh, en: Body mass } }`;

const CSV = studyCsv('penguin-palmer', 'penguins.csv');
const SPECIES = ['Adelie', 'Chinstrap', 'Gentoo'];

const ANALYSES = `  - { id: r, type: correlation, variables: [bill_length_mm, bill_depth_mm], by: species }
${SPECIES.map((s) => `  - { id: r_${s.toLowerCase()}, type: correlation, variables: [bill_length_mm, bill_depth_mm], filter: "species == ${s}" }`).join('\n')}
  - { id: f, type: anova, value: body_mass_g, group: species, by: sex, posthoc: none }
  - { id: f_female, type: anova, value: body_mass_g, group: species, posthoc: none, filter: "sex == FEMALE" }
  - { id: f_male, type: anova, value: body_mass_g, group: species, posthoc: none, filter: "sex == MALE" }
  - { id: t, type: group-comparison, value: body_mass_g, group: sex, by: species, filter: "island != Torgersen" }
${SPECIES.map((s) => `  - { id: t_${s.toLowerCase()}, type: group-comparison, value: body_mass_g, group: sex, filter: "island != Torgersen and species == ${s}" }`).join('\n')}`;

const { study, results } = run(studyYaml(VARS, ANALYSES), CSV);

function split(a: AnalysisOutcome | undefined) {
  if (!a || !isSplit(a)) throw new Error('not split by level');
  return a.result;
}

/** A result without the subset's own record (its condition is written differently). */
function values(a: AnalysisOutcome | undefined) {
  if (!a || isSplit(a)) throw new Error('a single result expected');
  const { subset, ...rest } = a;
  return { rest, n: subset?.n };
}

describe('the generic by:', () => {
  it('is the by: of the types without one of their own; theirs keep their meaning', () => {
    for (const type of ['correlation', 'anova', 'group-comparison', 'contingency', 'reliability', 'factorial-anova'])
      expect(ANALYSIS_UNITS.get(type)!.splitsBy).toBe(true);
    for (const type of ['descriptives', 'frequencies', 'normality', 'paired-comparison'])
      expect(ANALYSIS_UNITS.get(type)!.splitsBy).toBe(false);
  });

  it('gives per level the values of the same analysis filtered on that level', () => {
    const r = split(results.analyses.r);
    expect(r.by).toBe('species');
    expect(r.levels.map((l) => [l.level, l.n])).toEqual([
      ['Adelie', 152],
      ['Chinstrap', 68],
      ['Gentoo', 124],
    ]);
    r.levels.forEach((l) => {
      expect(values(l.analysis)).toEqual(values(results.analyses[`r_${l.level.toLowerCase()}`]));
    });
    // Base R's coefficients (studies/penguin-palmer/reference/reference-output.txt): Pearson's r
    // within Adélie and Chinstrap, Spearman's ρ within Gentoo, where normality is rejected.
    const coefficients = r.levels.map((l) => {
      const a = l.analysis;
      if (a.type !== 'correlation') throw new Error('correlation expected');
      return [a.result.method, a.result.pairs[0]!.coefficient];
    });
    expect(coefficients.map(([m]) => m)).toEqual(['pearson', 'pearson', 'spearman']);
    [0.391491691835876, 0.653536208180043, 0.63540808428275].forEach((ref, i) => {
      expect(coefficients[i]![1]).toBeCloseTo(ref, 10);
    });

    const f = split(results.analyses.f);
    expect(f.levels.map((l) => l.level)).toEqual(['FEMALE', 'MALE']);
    expect(values(f.levels[0]!.analysis)).toEqual(values(results.analyses.f_female));
    expect(values(f.levels[1]!.analysis)).toEqual(values(results.analyses.f_male));
  });

  it('runs within the filter, and records each level as a subset of it', () => {
    const t = split(results.analyses.t);
    expect(results.analyses.t!.subset).toEqual({ filter: 'island != Torgersen', n: 292 });
    expect(t.levels.map((l) => [l.level, l.n])).toEqual([
      ['Adelie', 100],
      ['Chinstrap', 68],
      ['Gentoo', 124],
    ]);
    expect(t.levels[0]!.analysis.subset).toEqual({ filter: '(island != Torgersen) and species == Adelie', n: 100 });
    t.levels.forEach((l) => {
      expect(values(l.analysis)).toEqual(values(results.analyses[`t_${l.level.toLowerCase()}`]));
    });
  });
});

describe('the report of a generic by:', () => {
  const en = compose(study, results, 'en');
  const id = compose(study, results, 'id');

  it('joins the levels into one table with a block per level', () => {
    const table = en.tables.r!;
    expect(table.caption).toBe('Correlations between bill length and bill depth, by species');
    expect(id.tables.r!.caption).toBe('Korelasi antara panjang paruh dan kedalaman paruh menurut spesies');
    const blocks = table.rows.filter((row) => row.kind === 'group').map((row) => row.cells[0]!.text);
    expect(blocks).toEqual(['Adélie', 'Chinstrap', 'Gentoo']);
    const width = table.head.at(-1)!.reduce((sum, c) => sum + (c.colspan ?? 1), 0);
    for (const row of table.rows) expect(row.cells.reduce((sum, c) => sum + (c.colspan ?? 1), 0)).toBe(width);
    // Each block holds the pair of its level with its n.
    const ns = table.rows.filter((row) => row.kind !== 'group' && row.cells[0]!.text === 'Bill length');
    expect(ns.map((row) => row.cells[2]!.text)).toEqual(['151', '68', '123']);
    expect(Object.keys(en.tables).filter((k) => k.startsWith('r-'))).toEqual([]);
    expect(en.sections.results!.match(/::table\[r\]/g)).toHaveLength(1);
    // The levels' sentences refer to the joined table once, after the last level.
    expect(en.sections.results!.match(/:ref\[r\]/g)).toHaveLength(1);
    expect(en.sections.results).toContain('\u03c1(121) = .64, p < .001. :ref[r] lists the coefficients.');
    expect(id.sections.results).toContain('\u03c1(121) = 0,64; p < 0,001. :ref[r] memuat koefisien korelasi tersebut.');
  });

  it('writes the methods once and names every level with its n', () => {
    expect(en.sections.methods).toContain(
      'The analysis \u201cCorrelations between bill length and bill depth\u201d was run separately for each level of species: Adélie (n = 152), Chinstrap (n = 68) and Gentoo (n = 124).',
    );
    expect(id.sections.methods).toContain(
      'Analisis \u201cKorelasi antara panjang paruh dan kedalaman paruh\u201d dilakukan terpisah untuk setiap kategori spesies: Adélie (n = 152), Chinstrap (n = 68) dan Gentoo (n = 124).',
    );
    // group-comparison states its rule for automatic choice once; later ones are named by their caption.
    expect(en.sections.methods).toContain(
      'for the Mann\u2013Whitney test. This analysis used only the subset Island: other than Torgersen (n = 292). The analysis \u201cComparison of the body mass between the groups\u201d was run separately for each level of species: Adélie (n = 100), Chinstrap (n = 68) and Gentoo (n = 124). The analysis \u201cComparison of the body mass between the groups\u201d was run separately in the subsets Island: other than Torgersen and Species: Adélie (n = 100), Island: other than Torgersen and Species: Chinstrap (n = 68) and Island: other than Torgersen and Species: Gentoo (n = 124).',
    );
    expect(id.sections.methods).toContain(
      'r = |Z|/\u221aN. Analisis ini hanya menggunakan subkelompok Pulau: selain Torgersen (n = 292). Analisis \u201cPerbandingan massa tubuh antarkelompok\u201d dilakukan terpisah untuk setiap kategori spesies: Adélie (n = 100), Chinstrap (n = 68) dan Gentoo (n = 124). Analisis \u201cPerbandingan massa tubuh antarkelompok\u201d dilakukan terpisah pada subkelompok Pulau: selain Torgersen dan Spesies: Adélie (n = 100), Pulau: selain Torgersen dan Spesies: Chinstrap (n = 68) dan Pulau: selain Torgersen dan Spesies: Gentoo (n = 124).',
    );
  });

  it('names the level in every sentence that reports it', () => {
    expect(en.sections.conclusion).toContain(
      'Bill length and bill depth were significantly positively correlated in the subset Species: Chinstrap.',
    );
    expect(id.sections.conclusion).toContain(
      'Panjang paruh dan kedalaman paruh berkorelasi positif secara signifikan pada subkelompok Spesies: Chinstrap.',
    );
    expect(en.sections.results).toContain(
      'The following results concern the subset Island: other than Torgersen and Species: Adélie (n = 100).',
    );
    expect(id.sections.results).toContain(
      'Hasil berikut berasal dari subkelompok Pulau: selain Torgersen dan Spesies: Adélie (n = 100).',
    );
  });
});

describe('the generic by: on a contingency table', () => {
  it('gives per level the χ² of the table filtered on that level, and one table with a block per level', () => {
    const c = run(
      studyYaml(
        VARS,
        `  - { id: c, type: contingency, row: species, column: island, by: sex }
  - { id: c_female, type: contingency, row: species, column: island, filter: "sex == FEMALE" }
  - { id: c_male, type: contingency, row: species, column: island, filter: "sex == MALE" }`,
      ),
      CSV,
    );
    const levels = split(c.results.analyses.c).levels;
    expect(values(levels[0]!.analysis)).toEqual(values(c.results.analyses.c_female));
    expect(values(levels[1]!.analysis)).toEqual(values(c.results.analyses.c_male));
    const table = compose(c.study, c.results, 'id').tables.c!;
    expect(table.caption.endsWith(' menurut jenis kelamin')).toBe(true);
    expect(table.rows.filter((r) => r.kind === 'group').map((r) => r.cells[0]!.text)).toEqual(['Betina', 'Jantan']);
  });
});

describe('a by: the loader refuses', () => {
  it('names the entry and the variable when by: is not categorical', () => {
    expect(() =>
      run(
        studyYaml(
          VARS,
          '  - { id: r, type: correlation, variables: [bill_length_mm, bill_depth_mm], by: body_mass_g }',
        ),
        CSV,
      ),
    ).toThrow('study/variable-type: analysis "r" needs a categorical variable here, but "body_mass_g" is numeric');
  });

  it('refuses a by: on a variable the analysis itself uses, at the by: field', () => {
    expect(() =>
      run(studyYaml(VARS, '  - { id: f, type: anova, value: body_mass_g, group: species, by: species }'), CSV),
    ).toThrow(
      'analysis "f": by: "species" is also one of the variables the analysis uses, so each level would hold a single value of it',
    );
  });
});
