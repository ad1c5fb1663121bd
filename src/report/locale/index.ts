/**
 * The locale registry: each manuscript language (src/study/languages.ts) → its `Locale`,
 * everything a reader of that language's manuscript reads. One type for every language,
 * so a message missing in one of them is a compile error.
 *
 * A new language is a new set of locale files — e.g. src/report/locale/ms/ exporting one
 * `Locale`: core `Messages` (with the instruments' wording), `ReferenceWords` and each
 * analysis type's wording under its `key` — plus one entry in LANGUAGES
 * (src/study/languages.ts) and its line in LOCALES below; the compiler then names every
 * message it lacks. `registerLanguage` does the same at run time (the pseudo-language
 * test, test/report/pseudo-language.test.ts).
 */
import { addLanguage, type Lang, type Language } from '../../study/languages.ts';
import * as ancova from './ancova.ts';
import * as anova from './anova.ts';
import * as categoryAgreement from './category-agreement.ts';
import * as chapters from './chapters.ts';
import * as contingency from './contingency.ts';
import * as correlation from './correlation.ts';
import * as descriptives from './descriptives.ts';
import { en, type Messages } from './en.ts';
import * as factorialAnova from './factorial-anova.ts';
import * as frequencies from './frequencies.ts';
import * as groupComparison from './group-comparison.ts';
import { id } from './id.ts';
import * as linearRegression from './linear-regression.ts';
import * as logisticRegression from './logistic-regression.ts';
import * as normality from './normality.ts';
import * as oddsRatios from './odds-ratios.ts';
import * as pairedComparison from './paired-comparison.ts';
import * as references from './references.ts';
import * as repeatedMeasures from './repeated-measures.ts';
import * as reliableChange from './reliable-change.ts';

export type { Messages };
export type { ReferenceWords } from './references.ts';

/** Every analysis type's wording module (`key`, and the wording per built-in language). */
const UNIT_MODULES = [
  ancova,
  anova,
  categoryAgreement,
  contingency,
  correlation,
  descriptives,
  factorialAnova,
  frequencies,
  groupComparison,
  linearRegression,
  logisticRegression,
  normality,
  oddsRatios,
  pairedComparison,
  reliableChange,
  repeatedMeasures,
] as const;

type UnitModule = (typeof UNIT_MODULES)[number];

/** The wording of each analysis type in one language, by type (the `key` of its locale file). */
export type UnitWording = { [M in UnitModule as M['key']]: M['en'] };

/** All of one language's wording. */
export type Locale = Messages & {
  /** Words of reference lists and citations. */
  references: references.ReferenceWords;
  /** Chapter words of templates that number by chapter (the skripsi's "BAB IV Hasil dan Pembahasan"). */
  chapters: chapters.ChapterWords;
  units: UnitWording;
};

/** The languages whose analysis-type wording the per-type files hold (their `en` and `id` exports). */
type PerTypeFileLang = Exclude<keyof UnitModule, 'key'>;

function unitsOf(lang: PerTypeFileLang): UnitWording {
  return {
    [ancova.key]: ancova[lang],
    [anova.key]: anova[lang],
    [categoryAgreement.key]: categoryAgreement[lang],
    [contingency.key]: contingency[lang],
    [correlation.key]: correlation[lang],
    [descriptives.key]: descriptives[lang],
    [factorialAnova.key]: factorialAnova[lang],
    [frequencies.key]: frequencies[lang],
    [groupComparison.key]: groupComparison[lang],
    [linearRegression.key]: linearRegression[lang],
    [logisticRegression.key]: logisticRegression[lang],
    [normality.key]: normality[lang],
    [oddsRatios.key]: oddsRatios[lang],
    [pairedComparison.key]: pairedComparison[lang],
    [reliableChange.key]: reliableChange[lang],
    [repeatedMeasures.key]: repeatedMeasures[lang],
  };
}

/** Each language's wording; `Record<Lang, Locale>` makes a language without a locale a compile error. */
export const LOCALES: Record<Lang, Locale> = {
  id: { ...id, references: references.id, chapters: chapters.id, units: unitsOf('id') },
  en: { ...en, references: references.en, chapters: chapters.en, units: unitsOf('en') },
};

/** The built-in locales and those added by registerLanguage(). */
const registered = new Map<string, Locale>(Object.entries(LOCALES));

/** The wording of a language; a language without one is a programming error, not a user's. */
export function localeOf(lang: Lang): Locale {
  const locale = registered.get(lang);
  if (!locale) throw new Error(`no locale is registered for language "${lang}"`);
  return locale;
}

/**
 * Adds a language with its wording at run time, as a LANGUAGES entry and a LOCALES entry
 * would. Call it before the pipeline's modules load (the study schema is built from the
 * language list when its module loads).
 */
export function registerLanguage(language: Language, locale: Locale): void {
  addLanguage(language);
  registered.set(language.id, locale);
}
