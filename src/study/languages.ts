/**
 * The manuscript languages, as data: one entry per language. The study schema builds its
 * localised-text fields and the `languages:` list from these entries, the locale registry
 * (src/report/locale/index.ts) maps each id to its wording, and rendering takes the
 * BCP-47 tag from here. Adding a language is one entry in LANGUAGES plus its locale files.
 *
 * This module imports nothing, so the earliest stage (the study schema) can use it.
 */

export interface Language {
  /** The key of the language in study.yaml (`title: { id: …, en: … }`) and in output names (`en.html`). */
  id: string;
  /** BCP-47 tag for `lang` attributes. */
  tag: string;
  /** The language's name as the schema's documentation writes it. */
  name: string;
}

/** The built-in languages, in the default order of a study's manuscripts. */
export const LANGUAGES = [
  { id: 'id', tag: 'id', name: 'Bahasa Indonesia' },
  { id: 'en', tag: 'en', name: 'English' },
] as const satisfies readonly Language[];

export type Lang = (typeof LANGUAGES)[number]['id'];

/** The built-in language ids; a study without `languages:` is written in all of them. */
export const LANGS: readonly Lang[] = LANGUAGES.map((l) => l.id);

/**
 * Text keyed by language id. Every language the study is written in has its text; a
 * language it is not written in may hold an empty string.
 */
export type Localized = Record<Lang, string>;

const known: Language[] = [...LANGUAGES];
/** Set once the list has been read: the study schema is then built and cannot learn a new key. */
let fixed = false;

/**
 * Every language naskah knows: the built-in ones and any registered since. Reading the
 * list fixes it, because the study schema (built when its module loads) is made from it.
 */
export function languages(): readonly Language[] {
  fixed = true;
  return known;
}

/** The language of an id, or undefined for an unknown id. */
export function languageOf(id: string): Language | undefined {
  return known.find((l) => l.id === id);
}

/** The BCP-47 tag of a language id, for `lang` attributes (the id itself when unknown). */
export function languageTag(id: string): string {
  return languageOf(id)?.tag ?? id;
}

/**
 * Adds a language at run time (tests, plugins) as an entry of LANGUAGES would. It must
 * happen before the study schema is built, i.e. before the pipeline's modules load; the
 * locale registry's `registerLanguage` also registers the language's wording.
 */
export function addLanguage(language: Language): void {
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(language.id))
    throw new Error(`language id "${language.id}" is not a lowercase language code such as "ms" or "jv"`);
  if (languageOf(language.id)) throw new Error(`language "${language.id}" is already known`);
  if (fixed)
    throw new Error(
      `language "${language.id}" was added after the study schema was built from the language list; ` +
        'add languages before importing the pipeline (load the study modules with a dynamic import afterwards)',
    );
  known.push(language);
}

/** The same text in every language (names, codes, numbers). */
export function sameInEvery(text: string): Localized {
  return byLanguage(() => text);
}

/** A record with one value per known language, e.g. a Localized or keywords per language. */
export function byLanguage<T>(f: (lang: Lang) => T): Record<Lang, T> {
  // A language added at run time is not in the `Lang` type; its key is present all the same.
  return Object.fromEntries(languages().map((l) => [l.id, f(l.id as Lang)])) as Record<Lang, T>;
}

/** A Localized with every language's text transformed. */
export function mapLocalized(text: Localized, f: (s: string, lang: Lang) => string): Localized {
  return byLanguage((lang) => f(text[lang], lang));
}
