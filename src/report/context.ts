/**
 * What a report unit needs to word one analysis in one language: the study (labels,
 * levels), the results, the locale's messages, and small helpers that keep units short.
 * A report unit per analysis type (src/report/analyses/<type>.ts) turns an
 * AnalysisResult into tables, figures, the `:stat` text and sentences for the methods,
 * results, abstract and conclusion; it never computes a statistic.
 */
import type { LocalizedTextSpec } from '../study/schema.ts';
import type { AnalysisResult } from '../analysis/unit.ts';
import type { Results } from '../analysis/index.ts';
import { type VariableInfo, variableInfo } from '../instruments/labels.ts';
import type { AnalysisSpec, Lang, Localized, Study } from '../study/types.ts';
import type { FigureModel, TableModel } from './document.ts';
import { localeOf, type Messages, type UnitWording } from './locale/index.ts';
import { instrumentWords } from './locale/instruments.ts';
import { midSentence } from '../text.ts';

export interface ReportContext {
  study: Study;
  results: Results;
  lang: Lang;
  L: Messages;
  /** The text of a Localized in this language. */
  t(text: Localized | undefined): string;
  /** Label of a variable (declared, binned or scored). */
  label(name: string): string;
  /** Label of a level of a categorical variable (the code when unknown), as a table shows it. */
  levelLabel(name: string, code: string | number): string;
  /**
   * A level's label inside a sentence: a label the study wrote exactly as written (it may be
   * a name: "Adelie", "Jawa Barat", "Europe"); a category of a library instrument, which is
   * naskah's own word ("Moderate"), in lower case.
   */
  levelInText(name: string, code: string | number): string;
}

export function makeContext(study: Study, results: Results, lang: Lang, L: Messages): ReportContext {
  const t = (text: Localized | undefined) => (text ? text[lang] : '');
  // Labels are asked for over and over (every cell and sentence): each is worded once per context.
  const labels = new Map<string, string>();
  const levels = new Map<string, string>();
  const levelOf = (name: string, code: string | number) => {
    const key = `${name}\u0000${typeof code}\u0000${code}`;
    let label = levels.get(key);
    if (label === undefined) levels.set(key, (label = levelLabel(study, name, code, L, t)));
    return label;
  };
  return {
    study,
    results,
    lang,
    L,
    t,
    label: (name) => {
      let label = labels.get(name);
      if (label === undefined) labels.set(name, (label = variableLabel(variableInfo(study, name), L, t) || name));
      return label;
    },
    levelLabel: (name, code) => atCellStart(levelOf(name, code)),
    levelInText: (name, code) => {
      const label = levelOf(name, code);
      return variableInfo(study, name)?.instrument?.part === 'category' ? midSentence(label) : label;
    },
  };
}

/**
 * A level's label where it stands alone (a table cell, a chart axis): a label the study
 * wrote in lower case so that it reads mid-sentence ("laki-laki", "male") starts with a
 * capital, as APA's table entries do; a label with a capital anywhere ("Adelie",
 * "Jawa Barat", "eGFR") is shown exactly as written.
 */
function atCellStart(label: string): string {
  if (/\p{Lu}/u.test(label)) return label;
  return label.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

function levelLabel(
  study: Study,
  name: string,
  code: string | number,
  L: Messages,
  t: (text: Localized | undefined) => string,
): string {
  const info = variableInfo(study, name);
  if (info?.instrument?.part === 'category')
    return instrumentWords(L.instruments, info.instrument.id).categories[String(code)] ?? String(code);
  const level = info?.levels?.find((l) => l.code === String(code));
  return level ? t(level.label) : String(code);
}

/** A variable's label in one language; an instrument's variables are worded by the locale. */
function variableLabel(info: VariableInfo | undefined, L: Messages, t: (text: Localized) => string): string {
  if (!info) return '';
  const label = t(info.label);
  const inst = info.instrument;
  if (!inst) return label;
  if (typeof inst.part === 'object') return L.itemOf(label, inst.part.item);
  const words = instrumentWords(L.instruments, inst.id);
  const score = inst.scale ? L.subscale(words.scales[inst.scale] ?? inst.scale, label) : label;
  return inst.part === 'category' ? L.categoryOf(score) : score;
}

/**
 * The wording parts of one analysis type, typed by the result its analysis unit returns
 * (`Result`, a union discriminated on `test`) and by its spec. Every method is optional
 * except `results`.
 */
export interface ReportUnit<Result extends AnalysisResult, Spec extends AnalysisSpec = AnalysisSpec> {
  type: Result['type'];
  tables?(a: Result, spec: Spec, ctx: ReportContext): TableModel[];
  figures?(a: Result, spec: Spec, ctx: ReportContext): FigureModel[];
  /** The APA statistic string for `:stat[id]`. */
  stat?(a: Result, spec: Spec, ctx: ReportContext): string | undefined;
  /** Sentences for the data-analysis paragraph of the methods. */
  methods?(a: Result, spec: Spec, ctx: ReportContext): string | undefined;
  /** Markdown for the results section: sentences with `:ref[…]` and the `::table[…]`/`::figure[…]` blocks. */
  results(a: Result, spec: Spec, ctx: ReportContext): string;
  /** One or two sentences for the abstract's results. */
  abstract?(a: Result, spec: Spec, ctx: ReportContext): string | undefined;
  /** The conclusion that follows from the hypothesis decision. */
  conclusion?(a: Result, spec: Spec, ctx: ReportContext): string | undefined;
}

/**
 * Text as study.yaml gives it: one string for every language, or one per language (the
 * loader has checked that each of the study's languages has its text).
 */
export type StudyText = string | LocalizedTextSpec;

/** What was studied, plural, mid-sentence: the study's `subjects`, else the locale's participants. */
export function subjectsOf(ctx: ReportContext): string {
  return md(ctx.t(ctx.study.subjects)) || ctx.L.subjects;
}

/** Caption: the analysis' own title when given, else the unit's default. */
export function captionOf(spec: { title?: StudyText }, ctx: ReportContext, fallback: string): string {
  return spec.title ? textOf(spec.title, ctx, fallback) : fallback;
}

/** A Localized-or-string field of a spec in the context's language. */
export function textOf(value: StudyText | undefined, ctx: ReportContext, fallback: string): string {
  if (typeof value === 'string') return value;
  return value?.[ctx.lang] ?? fallback;
}

/** A Markdown-safe version of study text placed into generated Markdown. */
export function md(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|!:@~])/g, '\\$1');
}

/**
 * The wording of one analysis type in the context's language. A report unit passes its
 * locale module (src/report/locale/<type>.ts, `import * as messages`); its `key` names
 * the type's part of every language's Locale, registered ones included.
 */
export function wording<K extends keyof UnitWording>(ctx: ReportContext, messages: { key: K }): UnitWording[K] {
  return localeOf(ctx.lang).units[messages.key];
}
