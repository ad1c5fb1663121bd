/**
 * What a report unit needs to word one analysis in one language: the study (labels,
 * levels), the results, the locale's messages, and small helpers that keep units short.
 * A report unit per analysis type (src/report/analyses/<type>.ts) turns an
 * AnalysisResult into tables, figures, the `:stat` text and sentences for the methods,
 * results, abstract and conclusion; it never computes a statistic.
 */
import type { AnalysisResult } from '../analysis/unit.ts';
import type { Results } from '../analysis/index.ts';
import { variableInfo } from '../instruments/labels.ts';
import type { AnalysisSpec, Lang, Localized, Study } from '../study/types.ts';
import type { FigureModel, TableModel } from './document.ts';
import type { Messages } from './locale/index.ts';

export interface ReportContext {
  study: Study;
  results: Results;
  lang: Lang;
  L: Messages;
  /** The text of a Localized in this language. */
  t(text: Localized | undefined): string;
  /** Label of a variable (declared, binned or scored). */
  label(name: string): string;
  /** Label of a level of a categorical variable (the code when unknown). */
  levelLabel(name: string, code: string | number): string;
}

export function makeContext(study: Study, results: Results, lang: Lang, L: Messages): ReportContext {
  const t = (text: Localized | undefined) => (text ? text[lang] : '');
  return {
    study,
    results,
    lang,
    L,
    t,
    label: (name) => t(variableInfo(study, name)?.label) || name,
    levelLabel: (name, code) => {
      const level = variableInfo(study, name)?.levels?.find((l) => l.code === String(code));
      return level ? t(level.label) : String(code);
    },
  };
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

/** Text as study.yaml gives it: one string for every language, or one per language. */
export type StudyText = string | Localized;

/** Caption: the analysis' own title when given, else the unit's default. */
export function captionOf(spec: { title?: StudyText }, ctx: ReportContext, fallback: string): string {
  const title = spec.title;
  if (!title) return fallback;
  return typeof title === 'string' ? title : ctx.t(title);
}

/** A Localized-or-string field of a spec in the context's language. */
export function textOf(value: StudyText | undefined, ctx: ReportContext, fallback: string): string {
  if (typeof value === 'string') return value;
  if (value) return value[ctx.lang];
  return fallback;
}

/** A Markdown-safe version of study text placed into generated Markdown. */
export function md(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|!:@~])/g, '\\$1');
}

/**
 * Wording of one analysis type lives in src/report/locale/<type>.ts as two objects of the
 * same shape, `en` and `id` (typed `typeof en`); a report unit picks its language here.
 */
export function wording<T>(ctx: ReportContext, messages: { en: T; id: T }): T {
  return messages[ctx.lang];
}
