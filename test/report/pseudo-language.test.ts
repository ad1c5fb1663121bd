/**
 * Languages are data: a language registered in this test only (no file of src/ names it)
 * builds a whole manuscript, and no Indonesian or English word is left in it.
 *
 * The pseudo-language `xx` is English with every letter of every message swapped for an
 * accented look-alike (numbers, directives and citation keys untouched), the usual
 * pseudo-localisation check: any word that still reads as plain English or Indonesian
 * did not come from the locale. The study is built in memory three times — in `id`, in
 * `en` and in `xx` — and every word of three or more letters of the real manuscripts is
 * looked for in the pseudo one.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_BIBTEX } from '../../src/report/builtin-references.ts';
import { LOCALES, type Locale, registerLanguage } from '../../src/report/locale/index.ts';
import { seededRandom } from '../helpers/prng.ts';
import { htmlText } from '../helpers/text.ts';

// ---- The pseudo-language (built from the English locale) ----

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'][i]!,
  ]),
);

/** Directives, their attributes and citation keys name things in the document: they keep their letters. */
const KEEP = /(:{1,3}[a-z]+\[[^\]]*\](?:\{[^}]*\})?|@[\w:.-]+)/;

function accent(text: string): string {
  return text
    .split(KEEP)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTED[c]!)))
    .join('');
}

/** Every string of a locale accented, every message function's result too. */
function pseudo<T>(value: T): T {
  if (typeof value === 'string') return accent(value) as T;
  if (typeof value === 'function')
    return ((...args: unknown[]) => pseudo((value as (...a: unknown[]) => unknown)(...args))) as T;
  if (Array.isArray(value)) return value.map(pseudo) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudo(v)])) as T;
  return value;
}

/**
 * citeproc's terms of the reference list ("In", "pp.", "2nd ed.") come from a CSL locale:
 * the pseudo-language brings its own, the en-US one with every term's text accented.
 */
function pseudoCslLocale(): string {
  const cfg: unknown = plugins.config.get('@csl');
  const locales: unknown = typeof cfg === 'object' && cfg !== null ? Reflect.get(cfg, 'locales') : undefined;
  const xml: unknown =
    locales instanceof Map ? locales.get('en-US') : (locales as { get?(k: string): unknown })?.get?.('en-US');
  if (typeof xml !== 'string') throw new Error('no en-US CSL locale in citation-js');
  return xml
    .replace(/xml:lang="en-US"/, 'xml:lang="xx-XA"')
    .replace(
      /(<(?:term|single|multiple)\b[^>]*>)([^<]+)(<)/g,
      (_m, open: string, text: string, close: string) => open + accent(text) + close,
    )
    .replace(/(<date-part\b[^>]*suffix=")([^"]*)(")/g, (_m, a: string, t: string, b: string) => a + accent(t) + b);
}

const pseudoLocale = pseudo(LOCALES.en);
const xx: Locale = {
  ...pseudoLocale,
  lang: 'xx',
  references: { ...pseudoLocale.references, csl: 'xx-XA', cslLocale: pseudoCslLocale() },
};

// Every language's locale has one type, so a message missing in a new language does not compile:
// @ts-expect-error `headings` lacks every heading but the abstract's
const incomplete: Locale = { ...xx, headings: { abstract: xx.headings.abstract } };
void incomplete;
registerLanguage({ id: 'xx', tag: 'en-XA', name: 'Pseudo-English' }, xx);

// ---- A study with its own text in id, en and xx ----

/** The study's own text: real words in id and en, the same words accented in xx. */
const text = (idText: string, enText: string) => ({ id: idText, en: enText, xx: accent(enText) });

function studyYaml(languages: string[]) {
  return {
    id: 'pseudo',
    title: text('Pelatihan relaksasi bagi perawat', 'Relaxation training for nurses'),
    shortTitle: text('Relaksasi perawat', 'Nurse relaxation'),
    authors: [
      {
        name: accent('Ayu Lestari'),
        affiliation: text('Universitas Contoh', 'Example University'),
        email: 'n1@rs.id',
        corresponding: true,
      },
    ],
    design: 'one-group-pretest-posttest',
    languages,
    keywords: {
      id: ['relaksasi', 'perawat'],
      en: ['relaxation', 'nurses'],
      xx: [accent('relaxation'), accent('nurses')],
    },
    notice: 'synthetic',
    abstract: { background: text('Perawat sering mengalami stres.', 'Nurses often experience stress.') },
    methods: {
      setting: text('Penelitian dilakukan di rumah sakit.', 'The study took place in a hospital.'),
      intervention: text('Relaksasi diberikan setiap minggu.', 'Relaxation was given every week.'),
    },
    ethics: text('Disetujui komite etik.', 'Approved by the ethics committee.'),
    funding: text('Tanpa pendanaan.', 'No funding.'),
    data: { file: 'data/d.csv', id: 'code' },
    variables: {
      sex: {
        type: 'categorical',
        label: text('Jenis kelamin', 'Sex'),
        levels: { L: text('Laki-laki', 'Male'), P: text('Perempuan', 'Female') },
      },
      ward: {
        type: 'categorical',
        label: text('Bangsal', 'Ward'),
        levels: { A: text('Anak', 'Children'), B: text('Bedah', 'Surgery'), C: text('Umum', 'General') },
      },
      shift: {
        type: 'categorical',
        label: text('Dinas malam', 'Night shift'),
        levels: { '0': text('Tidak', 'Never'), '1': text('Ya', 'Regularly') },
      },
      burnout: {
        type: 'categorical',
        label: text('Kelelahan', 'Burnout'),
        levels: { '0': text('Tidak ada', 'Absent'), '1': text('Ada', 'Present') },
      },
      age: {
        type: 'integer',
        range: [20, 65],
        label: text('Usia', 'Age'),
        unit: text('tahun', 'years'),
        bins: [
          { below: 40, label: text('< 40 tahun', '< 40 years') },
          { from: 40, label: text('≥ 40 tahun', '≥ 40 years') },
        ],
      },
      pre: { type: 'integer', range: [0, 40], label: text('Stres sebelum', 'Stress before') },
      post: { type: 'integer', range: [0, 40], label: text('Stres sesudah', 'Stress after') },
      hours: { type: 'integer', label: text('Jam kerja', 'Working hours') },
    },
    instruments: {
      stress: { use: 'pss-10', items: 'pss_{1..10}', label: text('Stres kerja', 'Work stress') },
      stressors: { use: 'stress-diagnostic-survey', items: 'sds_{1..30}' },
    },
    analyses: [
      {
        id: 'characteristics',
        type: 'frequencies',
        variables: ['sex', 'age.group', 'ward'],
        title: text('Karakteristik perawat', 'Characteristics of the nurses'),
      },
      { id: 'scores', type: 'descriptives', variables: ['pre', 'post', 'stress', 'stressors.role_ambiguity', 'pss_1'] },
      {
        id: 'categories',
        type: 'frequencies',
        variables: ['stress.category', 'stressors.role_ambiguity.category'],
      },
      { id: 'consistency', type: 'reliability', instrument: 'stress' },
      { id: 'shape', type: 'normality', variables: ['pre', 'post'] },
      {
        id: 'prepost',
        type: 'paired-comparison',
        before: 'pre',
        after: 'post',
        hypothesis: { direction: 'decrease' },
        labels: {
          before: text('sebelum pelatihan', 'before the training'),
          after: text('sesudah pelatihan', 'after the training'),
          outcome: text('skor stres', 'stress score'),
        },
      },
      {
        id: 'bysex',
        type: 'group-comparison',
        value: 'post',
        group: 'sex',
        labels: { outcome: text('skor stres sesudah', 'stress score after') },
      },
      { id: 'byward', type: 'anova', value: 'post', group: 'ward' },
      { id: 'agepre', type: 'correlation', variables: ['age', 'pre'] },
      // Every nurse works the same hours: the correlation fails, and the report says why.
      { id: 'hours', type: 'correlation', variables: ['age', 'hours'] },
      { id: 'shiftburnout', type: 'contingency', row: 'shift', column: 'burnout' },
      { id: 'risks', type: 'odds-ratios', outcome: 'burnout', case: '1', predictors: ['shift', 'sex'] },
      { id: 'model', type: 'logistic-regression', outcome: 'burnout', case: '1', predictors: ['shift', 'age'] },
      {
        id: 'change',
        type: 'reliable-change',
        before: 'pre',
        after: 'post',
        norms: { sd: 6, reliability: 0.85 },
        labels: {
          before: text('sebelum pelatihan', 'before the training'),
          after: text('sesudah pelatihan', 'after the training'),
          outcome: text('skor stres', 'stress score'),
        },
      },
    ],
  };
}

/** 60 nurses: stress falls after the training, burnout is likelier on night shifts. */
function dataCsv(): string {
  const rnd = seededRandom(20261202);
  const items = (prefix: string, n: number) => Array.from({ length: n }, (_, k) => `${prefix}_${k + 1}`);
  const rows = [['code,sex,ward,shift,burnout,age,pre,post,hours', ...items('pss', 10), ...items('sds', 30)].join(',')];
  for (let i = 1; i <= 60; i++) {
    const shift = rnd() < 0.5 ? 1 : 0;
    const burnout = rnd() < (shift ? 0.6 : 0.25) ? 1 : 0;
    const pre = Math.min(40, Math.max(0, Math.round(18 + 6 * (rnd() + rnd() + rnd() - 1.5) + 4 * burnout)));
    const post = Math.min(40, Math.max(0, pre - Math.round(3 + 4 * (rnd() - 0.3))));
    const age = 22 + Math.floor(rnd() * 40);
    // PSS-10 answers that hang together (one latent level per nurse), so alpha is defined; SDS answers 1–7.
    const level = rnd() * 4;
    const pss = Array.from({ length: 10 }, () => Math.min(4, Math.max(0, Math.round(level + rnd() - 0.5))));
    const sds = Array.from({ length: 30 }, () => 1 + Math.floor(rnd() * 7));
    const person = [`N${i}`, rnd() < 0.6 ? 'P' : 'L', 'ABC'[Math.floor(rnd() * 3)], shift, burnout, age, pre, post, 40];
    rows.push([...person, ...pss, ...sds].join(','));
  }
  return `${rows.join('\n')}\n`;
}

// ---- Building in memory ----

const DIR = '/in-memory/pseudo';

interface Manuscript {
  /** Everything a reader sees but the reference list: page text and the text inside charts. */
  body: string;
  /** The reference list: bibliographic data with the locale's words (In, pp., Ed.). */
  references: string;
}

function readerText(html: string): Manuscript {
  const refs = /<section class="references">[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  const page = html.replace(refs, ' ');
  const chartText = [...page.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
  return { body: `${htmlText(page)} ${htmlText(chartText)}`, references: htmlText(refs) };
}

async function build(languages: string[]): Promise<Record<string, Manuscript>> {
  // The pipeline loads after the registration above: the study schema is built from the language list.
  const { loadStudy } = await import('../../src/study/load.ts');
  const { STUDY_REGISTRIES } = await import('../../src/build/registries.ts');
  const { readDataset } = await import('../../src/data/read.ts');
  const { scoreInstruments } = await import('../../src/instruments/score.ts');
  const { analyze } = await import('../../src/analysis/index.ts');
  const { composeDocument } = await import('../../src/report/index.ts');
  const { renderHtml } = await import('../../src/render/html.ts');
  const { loadTemplate } = await import('../../src/render/template.ts');
  const files: Record<string, string> = {
    [`${DIR}/study.yaml`]: JSON.stringify(studyYaml(languages), null, 2),
    [`${DIR}/data/d.csv`]: dataCsv(),
  };
  const memory = { readText: (path: string) => files[path], isDirectory: (path: string) => path === DIR };
  const { study } = loadStudy(DIR, { cwd: '/in-memory', files: memory, registries: STUDY_REGISTRIES });
  const results = analyze(study, scoreInstruments(study, readDataset(study, memory)));
  const out: Record<string, Manuscript> = {};
  for (const lang of study.languages) {
    const doc = composeDocument(study, results, lang, { version: '9.9.9' });
    const { html } = await renderHtml(doc, loadTemplate(study.template), '9.9.9');
    // The page declares the language by its BCP-47 tag.
    expect(html).toContain(`<html lang="${(lang as string) === 'xx' ? 'en-XA' : lang}">`);
    out[lang] = readerText(html);
  }
  return out;
}

/** Words of `min` or more plain letters (accented letters end a word). */
const words = (s: string, min = 3) => new Set(s.match(new RegExp(`[A-Za-z]{${min},}`, 'g')) ?? []);

/** Words of the built-in references' data (titles, journals, names, DOI links), which every language shows as they are. */
const bibliographic = new Set([...words(BUILTIN_BIBTEX, 2), 'https', 'doi', 'org']);
/** Authors' family names, which in-text citations show in every language. */
const names = words([...BUILTIN_BIBTEX.matchAll(/(?:author|editor)=\{([^}]*)\}/g)].map((m) => m[1]).join(' '));

describe('a language registered at run time (pseudo-English `xx`)', () => {
  let real: Record<string, Manuscript>;
  let pseudoText: string;
  let pseudoReferences: string;

  beforeAll(async () => {
    real = await build(['id', 'en']);
    ({ body: pseudoText, references: pseudoReferences } = (await build(['xx'])).xx!);
  }, 120_000);

  it('builds every section of the manuscript in the new language', () => {
    // Headings, table labels, the notice and the declarations, all through the locale.
    for (const message of [
      xx.headings.methods,
      xx.headings.results,
      xx.headings.conclusion,
      xx.headings.abstract,
      xx.labels.table,
      xx.labels.figure,
      xx.declarations.ethics,
      xx.notice.synthetic,
    ])
      expect(pseudoText).toContain(message);
    // The library instruments' wording, derived labels included.
    expect(pseudoText).toContain(xx.instruments['pss-10'].name);
    expect(pseudoText).toContain(
      xx.categoryOf(xx.subscale(xx.instruments['stress-diagnostic-survey'].scales.role_ambiguity!, 'SDS')),
    );
    expect(pseudoText).toContain(xx.instruments['pss-10'].categories.sedang!);
    // A statistic's failure, worded by each locale (Indonesian by its error code).
    expect(real.id!.body).toContain('tidak dapat dihitung: data tidak bervariasi');
    expect(pseudoText).toContain(accent('could not be computed: x or y has the same value'));
    // The study's own text in its `xx` version.
    expect(pseudoText).toContain(accent('Relaxation training for nurses'));
    expect(pseudoText).toContain(accent('Approved by the ethics committee.'));
    // Numbers are untouched: the real English manuscript's p-values appear as they are.
    const pValues = real.en!.body.match(/[<=] \.\d{3}/g) ?? [];
    expect(pValues.length).toBeGreaterThan(5);
    for (const p of pValues) expect(pseudoText).toContain(p);
    expect(real.en!.body).not.toContain(accent('Relaxation training for nurses'));
  });

  it('leaves no Indonesian or English word in the output', () => {
    const vocabulary = new Set([...words(real.id!.body), ...words(real.en!.body)]);
    expect(vocabulary.size).toBeGreaterThan(300);
    // Instrument abbreviations (PSS-10, SDS) are names too, shown as they are in every language.
    const abbreviations = new Set(['PSS', 'SDS']);
    expect([...words(pseudoText)].filter((w) => vocabulary.has(w) && !names.has(w) && !abbreviations.has(w))).toEqual(
      [],
    );
    // The reference list: only the references' own data may read as English.
    expect(pseudoReferences).toContain(xx.labels.references);
    expect(pseudoReferences.length).toBeGreaterThan(50);
    // Two letters suffice here: the reference words are short (In, Ed., pp., 2nd).
    expect([...words(pseudoReferences, 2)].filter((w) => !bibliographic.has(w))).toEqual([]);
  });
});
