/**
 * The language list is the one place that names the manuscript languages: the study
 * schema's localised texts and `languages:` are built from it, and texts given as one
 * string fill every language.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, addLanguage, byLanguage, languageOf, sameInEvery } from '../../src/study/languages.ts';
import { validateStudy, type StudyFiles } from '../../src/study/load.ts';
import { STUDY_REGISTRIES } from '../../src/build/registries.ts';
import { LocalizedText } from '../../src/study/schema.ts';

const study = (extra: string) => `id: demo
title: { id: Judul, en: Title }
authors:
  - name: A. Penulis
design: narrative
${extra}`;

function validate(yaml: string) {
  const files: StudyFiles = {
    readText: (p) => (p === '/s/study.yaml' ? yaml : undefined),
    isDirectory: (p) => p === '/s',
  };
  return validateStudy('/s', { cwd: '/', files, registries: STUDY_REGISTRIES });
}

describe('the language list', () => {
  it('has each language with its BCP-47 tag and name', () => {
    expect(LANGUAGES.map((l) => [l.id, l.tag, l.name])).toEqual([
      ['id', 'id', 'Bahasa Indonesia'],
      ['en', 'en', 'English'],
    ]);
    expect(languageOf('en')?.name).toBe('English');
    expect(languageOf('fr')).toBeUndefined();
  });

  it('makes the schema of a localised text: one field per language', () => {
    const object = LocalizedText.anyOf[1]!;
    expect(Object.keys(object.properties)).toEqual(['id', 'en']);
    // Each optional: a study needs only the languages it is written in (checked by the loader).
    expect(object.required).toBeUndefined();
    expect(object.minProperties).toBe(1);
    expect(LocalizedText.description).toBe(
      'Text in Bahasa Indonesia and English: `{ id: …, en: … }`, or one string for both.',
    );
  });

  it('fills every language from one string', () => {
    expect(sameInEvery('PSS-10')).toEqual({ id: 'PSS-10', en: 'PSS-10' });
    expect(byLanguage((lang) => lang.toUpperCase())).toEqual({ id: 'ID', en: 'EN' });
  });

  it('cannot grow once the study schema has been built from it', () => {
    expect(() => addLanguage({ id: 'ms', tag: 'ms', name: 'Bahasa Melayu' })).toThrow(
      /added after the study schema was built/,
    );
    expect(() => addLanguage({ id: 'EN!', tag: 'en', name: 'x' })).toThrow(/not a lowercase language code/);
  });
});

describe('study.yaml', () => {
  it('accepts only listed languages in `languages:`', () => {
    const v = validate(study('languages: [id, fr]\n'));
    expect(v.errors.map((e) => [e.code, e.message, e.location?.line, e.location?.column])).toEqual([
      ['study/invalid-value', 'languages[1] should be "id" or "en"', 6, 17],
    ]);
  });

  it("needs each of the study's languages in a text keyed by language", () => {
    const v = validate(study('methods: { setting: { id: Di kantor } }\n'));
    expect(v.errors.map((e) => [e.code, e.message, e.location?.line, e.location?.column])).toEqual([
      ['study/missing-language', 'methods.setting has no text in English (`en`)', 6, 21],
    ]);
    expect(v.errors[0]!.hint).toMatch(/^Add `en:` with the text, or write one string for every language/);
  });

  it('checks the texts of analysis entries too', () => {
    const yaml = study(
      `data: { file: d.csv }
variables: { x: { type: categorical } }
analyses:
  - { id: f, type: frequencies, variables: [x], title: { en: Counts } }
`,
    );
    const v = validate(yaml);
    expect(v.errors.map((e) => [e.code, e.message, e.location?.line])).toEqual([
      ['study/missing-language', 'analyses[0].title has no text in Bahasa Indonesia (`id`)', 9],
    ]);
  });

  it('asks nothing of a language the study is not written in', () => {
    const v = validate(study('languages: [id]\nmethods: { setting: { id: Di kantor } }\n'));
    expect(v.errors).toEqual([]);
    expect(v.study!.methods.setting!.id).toBe('Di kantor');
    expect(v.study!.languages).toEqual(['id']);
  });

  it('writes keywords per language, empty by default', () => {
    expect(validate(study('')).study!.keywords).toEqual({ id: [], en: [] });
    const v = validate(study('keywords: { id: [stres], en: [stress], fr: [stress] }\n'));
    expect(v.errors).toHaveLength(1);
    expect(v.errors[0]!.message).toMatch(/fr/);
  });
});
