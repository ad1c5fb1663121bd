/**
 * Wording an editor accepts (issue 10), one block per rule, each asserted as exact text in
 * both languages on small in-memory studies.
 */
import { describe, expect, it } from 'vitest';
import { descriptivesUnit } from '../../src/analysis/units/descriptives.ts';
import { frequenciesUnit } from '../../src/analysis/units/frequencies.ts';
import { logisticRegressionUnit } from '../../src/analysis/units/logistic-regression.ts';
import { oddsRatiosUnit } from '../../src/analysis/units/odds-ratios.ts';
import { descriptivesReport } from '../../src/report/analyses/descriptives.ts';
import { frequenciesReport } from '../../src/report/analyses/frequencies.ts';
import { logisticRegressionReport } from '../../src/report/analyses/logistic-regression.ts';
import { oddsRatiosReport } from '../../src/report/analyses/odds-ratios.ts';
import { warningText } from '../../src/build/warnings.ts';
import { renderHtml } from '../../src/render/html.ts';
import { loadTemplate } from '../../src/render/template.ts';
import { midSentence } from '../../src/text.ts';
import { compose, run } from '../analysis/helpers.ts';
import { cellsOf, oracleCsv, prepare, studyYaml } from './helpers.ts';

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

describe('every test named in the methods is cited; a table note defines only what the table shows', () => {
  const yaml = studyYaml(
    `  kelompok: { type: categorical, label: { id: Kelompok, en: Group }, levels: { a: A, b: B, c: C } }
  dua: { type: categorical, label: { id: Dua kelompok, en: Two groups }, levels: { a: A, b: B } }
  ya: { type: categorical, label: { id: Keluhan, en: Complaint }, levels: { "0": { id: tidak, en: no }, "1": { id: ya, en: yes } } }
  x: { type: number, label: { id: Skor X, en: Score X } }
  y: { type: number, label: { id: Skor Y, en: Score Y } }`,
    `  - { id: anova, type: anova, group: kelompok, value: x }
  - { id: planned, type: anova, group: kelompok, value: x, test: anova-oneway }
  - { id: kw, type: anova, group: kelompok, value: y, test: kruskal-wallis }
  - { id: cmp, type: group-comparison, group: dua, value: x }
  - { id: cor, type: correlation, variables: [x, y] }
  - { id: rho, type: correlation, variables: [x, y], method: spearman }
  - { id: tab, type: contingency, row: dua, column: ya }
  - { id: fisher, type: contingency, row: dua, column: ya, test: fisher }`,
  );
  const rows: string[] = ['kelompok,dua,ya,x,y'];
  for (let i = 0; i < 24; i++)
    rows.push(`${'abc'[i % 3]},${'ab'[i % 2]},${i % 5 < 2 ? 1 : 0},${(i * 7) % 11},${(i * i) % 13}`);
  const { study, results } = run(yaml, `${rows.join('\n')}\n`);
  const methods = (lang: 'id' | 'en') => compose(study, results, lang).sections.methods!;
  const SOURCES: [string, string, string][] = [
    ['Kruskal\u2013Wallis', 'Kruskal\u2013Wallis', 'kruskal1952ranks'],
    ['Spearman', 'Spearman', 'spearman1904proof'],
    ['Pearson', 'Pearson', 'pearson1896regression'],
    ['Mann\u2013Whitney', 'Mann\u2013Whitney', 'mann1947test'],
    ['Fisher\u2019s exact', 'eksak Fisher', 'fisher1922contingency'],
    ['Welch\u2019s F', 'F Welch', 'welch1951comparison'],
    ['Welch\u2019s version', 'versi Welch', 'welch1947generalization'],
    ['Shapiro\u2013Wilk', 'Shapiro\u2013Wilk', 'shapiro1965normality'],
    ['Levene', 'Levene', 'levene1960robust'],
    ['\u03c7\u00b2 test', 'uji \u03c7\u00b2', 'pearson1900criterion'],
    ['Cram\u00e9r', 'Cram\u00e9r', 'cramer1946methods'],
  ];

  it.each(['en', 'id'] as const)('cites each test where a paragraph of the %s methods first names it', (lang) => {
    for (const paragraph of methods(lang).split('\n\n')) {
      const sentences = paragraph.split(/(?<=\.)\s+(?=[A-Z])/);
      for (const [en, id, key] of SOURCES) {
        const first = sentences.find((s) => s.includes(lang === 'en' ? en : id));
        if (first) expect(first, `${key} in: ${first}`).toContain(`@${key}`);
      }
    }
  });

  it('cites a planned test by name', () => {
    expect(methods('en')).toContain(
      'The score Y was compared across the groups with the Kruskal\u2013Wallis test [@kruskal1952ranks], as planned.',
    );
    expect(methods('id')).toContain(
      'Skor Y dibandingkan antarkelompok dengan uji Kruskal\u2013Wallis [@kruskal1952ranks] sesuai rencana analisis.',
    );
    expect(methods('en')).toContain(
      'Associations were measured with Spearman\u2019s rank correlation \u03c1 [@spearman1904proof], as planned.',
    );
    expect(methods('id')).toContain(
      'Hubungan antarvariabel diukur dengan korelasi peringkat Spearman \u03c1 [@spearman1904proof] sesuai rencana analisis.',
    );
  });

  it('defines \u03b5\u00b2 only under a table that shows it', () => {
    const notes = (lang: 'id' | 'en', key: string) => compose(study, results, lang).tables[key]!.notes;
    expect(notes('en', 'planned').at(-1)).toBe('\u03b7\u00b2 = eta squared.');
    expect(notes('id', 'planned').at(-1)).toBe('\u03b7\u00b2 = eta kuadrat.');
    expect(notes('en', 'kw').at(-1)).toBe('\u03b5\u00b2 = H/(N \u2212 1).');
    expect(notes('id', 'kw').at(-1)).toBe('\u03b5\u00b2 = H/(N \u2212 1).');
  });
});

describe('no sentence starts with a numeral; a count of zero reads as words', () => {
  const yaml = studyYaml(
    `  dua: { type: categorical, label: { id: Shift, en: Shift }, levels: { a: { id: pagi, en: morning }, b: { id: malam, en: night } } }
  ya: { type: categorical, label: { id: Keluhan, en: Complaint }, levels: { "0": { id: tidak, en: no }, "1": { id: ya, en: yes } } }
  pre: { type: number, label: { id: Skor sebelum, en: Score before } }
  post: { type: number, label: { id: Skor sesudah, en: Score after } }`,
    `  - { id: big, type: contingency, row: dua, column: ya }
  - { id: small, type: contingency, row: dua, column: ya, filter: "pre < 3" }
  - { id: w, type: paired-comparison, before: pre, after: post, test: wilcoxon-signed-rank }`,
  );
  const rows = ['dua,ya,pre,post'];
  for (let i = 0; i < 40; i++) rows.push(`${'ab'[i % 2]},${i % 3 === 0 ? 1 : 0},${i % 7},${(i % 7) - 1 - (i % 3)}`);
  const { study, results } = run(yaml, `${rows.join('\n')}\n`);
  const text = (lang: 'id' | 'en') => compose(study, results, lang).sections.results!;

  it('words the expected-count check without a leading numeral, and zero cells as words', () => {
    expect(text('en')).toContain('None of the expected counts was below 5, so the χ² test was used.');
    expect(text('id')).toContain('Tidak ada frekuensi harapan yang kurang dari 5, sehingga digunakan uji χ².');
    expect(text('en')).toContain(
      'Of the expected counts, 2 (50.0%) were below 5, more than 20%, so Fisher’s exact test was used.',
    );
    expect(text('id')).toContain(
      'Sebanyak 2 frekuensi harapan (50,0%) kurang dari 5, lebih dari 20%, sehingga digunakan uji eksak Fisher.',
    );
  });

  it('leaves out the signed-rank counts that are zero', () => {
    expect(text('en')).toContain('r = .88. Scores decreased for 40 participants.');
    expect(text('id')).toContain('r = 0,88. Skor menurun pada 40 partisipan.');
  });

  it.each(['en', 'id'] as const)('starts no %s sentence with a digit', (lang) => {
    const doc = compose(study, results, lang);
    const all = [...Object.values(doc.sections), ...doc.abstracts.flatMap((a) => a.paragraphs)].join('\n\n');
    expect(all.match(/(?:^|[.!?]\s+|\n)\d[^\n]{0,40}/g) ?? []).toEqual([]);
  });
});

describe('a table column uses one number of decimals', () => {
  const yaml = studyYaml(
    `  umur: { type: number, label: { id: Umur, en: Age } }
  skor: { type: number, label: { id: Skor, en: Score } }`,
    `  - { id: d, type: descriptives, variables: [umur, skor] }`,
  );
  const { a, spec, ctx } = prepare(descriptivesUnit, yaml, 'umur,skor\n30,1.5\n40,2\n35,2.25\n', 'd');

  it('prints every minimum and maximum with two decimals when one of them is not whole', () => {
    expect(cellsOf(descriptivesReport.tables!(a, spec, ctx('en'))[0]!).slice(1)).toEqual([
      ['Age', '3', '35.00', '5.00', '30.00', '40.00'],
      ['Score', '3', '1.92', '0.38', '1.50', '2.25'],
    ]);
    expect(cellsOf(descriptivesReport.tables!(a, spec, ctx('id'))[0]!).slice(1)).toEqual([
      ['Umur', '3', '35,00', '5,00', '30,00', '40,00'],
      ['Skor', '3', '1,92', '0,38', '1,50', '2,25'],
    ]);
  });
});

describe('percentages of the valid n, missing values on their own', () => {
  const yaml = studyYaml(
    `  jk: { type: categorical, label: { id: Jenis kelamin, en: Sex }, levels: { L: { id: laki-laki, en: male }, P: { id: perempuan, en: female } } }`,
    `  - { id: f, type: frequencies, variables: [jk] }`,
  );
  const { a, spec, ctx } = prepare(frequenciesUnit, yaml, 'nr,jk\n1,L\n2,L\n3,L\n4,P\n5,\n', 'f');

  it('tabulates the valid percent, a missing row without a percentage, and says so in a note', () => {
    const en = frequenciesReport.tables!(a, spec, ctx('en'))[0]!;
    expect(cellsOf(en).slice(1)).toEqual([
      ['Sex', 'Male', '3', '75.0'],
      ['', 'Female', '1', '25.0'],
      ['', 'Missing', '1', ''],
    ]);
    expect(en.notes).toEqual(['Percentages of the valid n; missing values are counted in their own row.']);
    const id = frequenciesReport.tables!(a, spec, ctx('id'))[0]!;
    expect(cellsOf(id).slice(1)).toEqual([
      ['Jenis kelamin', 'Laki-laki', '3', '75,0'],
      ['', 'Perempuan', '1', '25,0'],
      ['', 'Tidak ada data', '1', ''],
    ]);
    expect(id.notes).toEqual(['Persentase dari n sah; data yang hilang dihitung pada barisnya sendiri.']);
  });

  it('states the valid percent and the missing values in the text', () => {
    expect(frequenciesReport.results(a, spec, ctx('en'))).toContain(
      'Sex: 3 (75.0%) male, 1 (25.0%) female and 1 missing.',
    );
    expect(frequenciesReport.results(a, spec, ctx('id'))).toContain(
      'Jenis kelamin: 3 (75,0%) laki-laki, 1 (25,0%) perempuan dan 1 data hilang.',
    );
  });
});

describe('several authors: every author marked, affiliations numbered once, the corresponding author marked', () => {
  const yaml = studyYaml(
    `  skor: { type: number, label: { id: Skor, en: Score } }`,
    `  - { id: d, type: descriptives, variables: [skor] }`,
  ).replace(
    'authors: [{ name: A. Penulis }]',
    `authors:
  - { name: Ani Lestari, affiliation: { id: Universitas Lampung, en: University of Lampung } }
  - { name: Budi Santoso, affiliation: { id: Puskesmas Kedaton, en: Kedaton Community Health Centre }, email: budi@example.org, corresponding: true }
  - { name: Citra Dewi, affiliation: { id: Universitas Lampung, en: University of Lampung } }`,
  );
  const { study, results } = run(yaml, 'skor\n1\n2\n3\n');
  const page = async (lang: 'id' | 'en') =>
    (await renderHtml(compose(study, results, lang), loadTemplate('article'), 'test')).html;

  it.each([
    ['en', 'University of Lampung', 'Kedaton Community Health Centre', 'Correspondence'],
    ['id', 'Universitas Lampung', 'Puskesmas Kedaton', 'Korespondensi'],
  ] as const)('prints the %s title page', async (lang, first, second, correspondence) => {
    const html = await page(lang);
    expect(html).toContain(
      '<p class="authors"><span class="author">Ani Lestari<sup>1</sup></span>, <span class="author">Budi Santoso<sup>2</sup><sup>*</sup></span>, <span class="author">Citra Dewi<sup>1</sup></span></p>',
    );
    expect(html).toContain(`<ol class="affiliations"><li><sup>1</sup>${first}</li><li><sup>2</sup>${second}</li></ol>`);
    expect(html).toContain(
      `<p class="correspondence"><sup>*</sup>${correspondence}: Budi Santoso, budi@example.org</p>`,
    );
  });
});

describe('what was studied is named by the study, and the design claims no survey it did not run', () => {
  const base = studyYaml(
    `  pulau: { type: categorical, label: { id: Pulau, en: Island }, levels: { B: Biscoe, D: Dream } }`,
    `  - { id: f, type: frequencies, variables: [pulau] }`,
  );
  const yaml = base.replace(
    'design: cross-sectional',
    'design: cross-sectional\nsubjects: { id: penguin, en: penguins }\ndataSource: measurements',
  );
  const csv = 'nr,pulau\n1,B\n2,B\n3,D\n';
  const doc = (y: string, lang: 'id' | 'en') => {
    const { study, results } = run(y, csv);
    return compose(study, results, lang);
  };

  it('names the subjects in the methods and the abstract', () => {
    expect(doc(yaml, 'en').sections.methods).toContain('### Penguins\n\nData from 3 penguins were analysed.');
    expect(doc(yaml, 'id').sections.methods).toContain('### Penguin\n\nData dari 3 penguin dianalisis.');
    expect(doc(yaml, 'en').abstracts[0]!.paragraphs[0]).toBe(
      '**Methods.** A cross-sectional study with 3 penguins; descriptive analysis without significance tests.',
    );
    expect(doc(yaml, 'id').abstracts[0]!.paragraphs[0]).toBe(
      '**Metode.** Penelitian potong lintang dengan 3 penguin; analisis deskriptif tanpa uji signifikansi.',
    );
  });

  it('says participants when the study names nothing', () => {
    expect(doc(base, 'en').sections.methods).toContain('### Participants\n\nData from 3 participants were analysed.');
    expect(doc(base, 'id').sections.methods).toContain('### Partisipan\n\nData dari 3 partisipan dianalisis.');
  });

  it('says where the data came from instead of claiming a survey', () => {
    expect(doc(yaml, 'en').sections.methods).toContain(
      'The study used an analytic cross-sectional design: exposures and the outcome were measured at the same time. The data are measurements taken with instruments or by observation, not answers to a survey.',
    );
    expect(doc(yaml, 'id').sections.methods).toContain(
      'Penelitian ini menggunakan desain potong lintang (cross-sectional) analitik: faktor paparan dan variabel terikat diukur pada waktu yang sama. Data berupa hasil pengukuran dengan instrumen atau pengamatan, bukan jawaban survei.',
    );
    expect(doc(base, 'en').sections.methods).not.toContain('survey');
  });
});

describe('the direction of a two-group hypothesis by the group expected higher', () => {
  const yaml = (hypothesis: string) =>
    studyYaml(
      `  jk: { type: categorical, label: { id: Jenis kelamin, en: Sex }, levels: { F: { id: perempuan, en: female }, M: { id: laki-laki, en: male } } }
  berat: { type: number, label: { id: Berat badan, en: Weight } }`,
      `  - { id: cmp, type: group-comparison, group: jk, value: berat, hypothesis: ${hypothesis} }`,
    );
  const csv = 'jk,berat\nF,50\nF,52\nF,51\nF,53\nM,70\nM,72\nM,71\nM,74\n';
  const outcome = (hypothesis: string, lang: 'id' | 'en') => {
    const { study, results } = run(yaml(hypothesis), csv);
    return { text: compose(study, results, lang).sections.conclusion!, warnings: results.analyses.cmp!.warnings };
  };

  it('concludes as hypothesised when the named group is higher', () => {
    expect(outcome('{ higher: M }', 'en').text).toContain(
      'The weight was significantly lower in the female group than in the male group, as hypothesised.',
    );
    expect(outcome('{ higher: M }', 'id').text).toContain(
      'Berat badan pada kelompok perempuan secara signifikan lebih rendah daripada kelompok laki-laki, sesuai hipotesis.',
    );
    expect(outcome('{ higher: M }', 'en').warnings).toBeUndefined();
  });

  it('reads `direction: increase` as the first level higher, and warns when the data say otherwise', () => {
    for (const h of ['{ higher: F }', '{ direction: increase }']) {
      expect(outcome(h, 'en').text).toContain(
        'The weight was significantly lower in the female group than in the male group, contrary to the hypothesis.',
      );
      expect(outcome(h, 'id').text).toContain(
        'Berat badan pada kelompok perempuan secara signifikan lebih rendah daripada kelompok laki-laki, berlawanan dengan hipotesis.',
      );
      const [w] = outcome(h, 'en').warnings!;
      expect(w).toEqual({ code: 'contrary-to-hypothesis', expected: 'increase', observed: 'higher-second' });
      expect(warningText('cmp', w!).message).toBe(
        'analysis "cmp": the effect is significant in the direction opposite to the hypothesis (expected increase, observed higher-second); the conclusion says "contrary to the hypothesis"',
      );
    }
  });

  it('points at a `higher:` that names no level', () => {
    expect(() => run(yaml('{ higher: X }'), csv)).toThrow('hypothesis: higher: "X" is not a level of "jk" (F, M)');
  });
});

describe('odds ratios per a stated increase, and no ratio printed as a misleading 1.00', () => {
  const vars = `  stres_tinggi: { type: categorical, label: { id: Stres, en: Stress }, levels: { "0": { id: rendah, en: low }, "1": { id: tinggi, en: high } } }
  shift_malam: { type: categorical, label: { id: Sif malam, en: Night shift }, levels: { "0": { id: tidak, en: no }, "1": { id: ya, en: yes } } }
  perempuan: { type: categorical, label: { id: Perempuan, en: Female }, levels: { "0": { id: tidak, en: no }, "1": { id: ya, en: yes } } }
  usia: { type: number, label: { id: Usia, en: Age }, unit: { id: tahun, en: years } }`;
  const model = (per: string) =>
    prepare(
      logisticRegressionUnit,
      studyYaml(
        vars,
        `  - { id: m, type: logistic-regression, outcome: stres_tinggi, case: "1", predictors: [shift_malam, usia, perempuan]${per} }`,
      ),
      oracleCsv('risk_survey.csv'),
      'm',
    );
  const ageRow = (per: string, lang: 'id' | 'en') => {
    const { a, spec, ctx } = model(per);
    return cellsOf(logisticRegressionReport.tables!(a, spec, ctx(lang))[0]!).find(
      (r) => r[0] === (lang === 'en' ? 'Age' : 'Usia'),
    );
  };

  it('gives more decimals to a ratio whose interval would print as [0.94, 1.00]', () => {
    expect(ageRow('', 'en')).toEqual([
      'Age',
      'Per 1-unit increase (years)',
      '−0.027',
      '0.015',
      '0.973',
      '[0.944, 1.003]',
      '.077',
    ]);
    expect(ageRow('', 'id')).toEqual([
      'Usia',
      'Per kenaikan 1 satuan (tahun)',
      '−0,027',
      '0,015',
      '0,973',
      '[0,944; 1,003]',
      '0,077',
    ]);
  });

  it('states B, SE, OR and CI per 10 units: B × 10, OR to the 10th power', () => {
    expect(ageRow(', per: { usia: 10 }', 'en')).toEqual([
      'Age',
      'Per 10-unit increase (years)',
      '−0.272',
      '0.154',
      '0.76',
      '[0.56, 1.03]',
      '.077',
    ]);
    expect(ageRow(', per: { usia: 10 }', 'id')).toEqual([
      'Usia',
      'Per kenaikan 10 satuan (tahun)',
      '−0,272',
      '0,154',
      '0,76',
      '[0,56; 1,03]',
      '0,077',
    ]);
  });
});
