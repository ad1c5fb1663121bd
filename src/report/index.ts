/**
 * Report stage: Results + Study + language → Document. Pure: wording comes from the
 * locale, numbers from Results, study texts from Study; nothing is read or computed here
 * beyond formatting. Generated sections (`methods`, `results`, `conclusion`) are
 * Markdown with directives, so authored text can place them with ::section[name].
 */
import type { Results } from '../analysis/index.ts';
import type { AnalysisResult } from '../analysis/unit.ts';
import { INSTRUMENTS } from '../instruments/library/index.ts';
import type { AnalysisSpec, Lang, Study } from '../study/types.ts';
import { makeContext, md, type ReportContext } from './context.ts';
import type { AbstractBlock, BodyPart, Document, FigureModel, TableModel } from './document.ts';
import { LOCALES } from './locale/index.ts';
import { midSentence } from '../text.ts';
import { studyCitations } from './references.ts';
import { REPORT_UNITS } from './registry.ts';
import { en as chaptersEn, id as chaptersId } from './locale/chapters.ts';
import { type NumberingScheme, SEQUENTIAL } from './numbering.ts';

export interface ComposeOptions {
  /** naskah version named in the methods (software sentence). */
  version: string;
  /** Numbering of headings, tables and figures (the template's choice; default sequential). */
  numbering?: NumberingScheme;
}

function unitFor(spec: AnalysisSpec) {
  return REPORT_UNITS.get(spec.type);
}

function eachAnalysis(study: Study, results: Results): { spec: AnalysisSpec; a: AnalysisResult }[] {
  return study.analyses.filter((s) => results.analyses[s.id]).map((spec) => ({ spec, a: results.analyses[spec.id]! }));
}

/** Whether a result object holds a p-value anywhere (`p`, `pExact`, rows of a table …). */
function holdsP(value: unknown, depth = 0): boolean {
  if (depth > 6 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => holdsP(v, depth + 1));
  return Object.entries(value).some(
    ([k, v]) => (/^p([A-Z]|$)/.test(k) && typeof v === 'number') || holdsP(v, depth + 1),
  );
}

/** Whether any analysis ran a significance test (else the methods and abstract say none was run, e.g. a case series). */
function hasTests(study: Study, results: Results): boolean {
  return eachAnalysis(study, results).some(
    ({ a }) => a.decision || a.groups?.some((g) => g.decision || holdsP(g.result)) || holdsP(a.result),
  );
}

function methodsSection(study: Study, results: Results, ctx: ReportContext, opts: ComposeOptions): string {
  const { L, t } = ctx;
  const out: string[] = [`## ${L.headings.methods}`];
  // A narrative article without data has only this paragraph; its `procedure` (e.g. the sources it draws on) joins it.
  const narrativeOnly = study.design === 'narrative' && !study.data;
  const design = [
    L.designs[study.design]!.sentence,
    md(t(study.methods.setting)),
    md(t(study.methods.intervention)),
    narrativeOnly ? md(t(study.methods.procedure)) : '',
  ]
    .filter(Boolean)
    .join(' ');
  out.push(`### ${L.headings.design}`, design);
  if (narrativeOnly) return out.join('\n\n');

  const participants = [md(t(study.methods.participants)), study.data ? L.participantsCount(results.n) : '']
    .filter(Boolean)
    .join(' ');
  if (participants) out.push(`### ${L.headings.participants}`, participants);

  const seen = new Set<string>();
  const instrumentParas: string[] = [];
  for (const use of Object.values(study.instruments)) {
    if (seen.has(use.use)) continue;
    seen.add(use.use);
    const inst = INSTRUMENTS.get(use.use)!;
    const measured = md(t(inst.scales.length === 1 ? inst.scales[0]!.label : { id: 'stres', en: 'stress' }));
    // "Perceived Stress Scale (PSS-10; Cohen et al., 1983)": the abbreviation joins the citation.
    const fullName = t(inst.name);
    const abbreviated = fullName.endsWith(`(${inst.abbreviation})`);
    const name = abbreviated ? fullName.slice(0, -inst.abbreviation.length - 2).trim() : fullName;
    const cite = `[${abbreviated ? `${inst.abbreviation}; ` : ''}${inst.citations.map((k) => `@${k}`).join('; ')}]`;
    let para = L.instrumentSentence(md(name), cite, t(inst.description), measured);
    const alphas = eachAnalysis(study, results)
      .filter(
        ({ spec, a }) =>
          spec.type === 'reliability' &&
          study.instruments[spec.instrument as string]?.use === use.use &&
          typeof a.result.alpha === 'number',
      )
      .map(({ spec, a }) =>
        L.alphaFor(a.result.alpha as number, md(midSentence(ctx.label(spec.instrument as string)))),
      );
    if (alphas.length) para += ` ${L.reliabilitySentence(t(inst.name), alphas)}`;
    instrumentParas.push(para);
  }
  if (instrumentParas.length) out.push(`### ${L.headings.instruments}`, ...instrumentParas);
  if (study.methods.procedure) out.push(`### ${L.headings.procedure}`, md(t(study.methods.procedure)));

  const sentences = [hasTests(study, results) ? L.analysisIntro(study.alpha) : L.analysisIntroNoTests];
  const seenSentences = new Set<string>();
  for (const { spec, a } of eachAnalysis(study, results)) {
    const s = unitFor(spec)?.methods?.(a, spec, ctx);
    if (s && !seenSentences.has(s)) {
      seenSentences.add(s);
      sentences.push(s);
    }
  }
  sentences.push(L.software(opts.version));
  out.push(`### ${L.headings.analysis}`, sentences.join(' '));
  return out.join('\n\n');
}

function resultsSection(study: Study, results: Results, ctx: ReportContext): string {
  const parts = [`## ${ctx.L.headings.results}`];
  for (const { spec, a } of eachAnalysis(study, results)) {
    const text = unitFor(spec)?.results(a, spec, ctx);
    if (text) parts.push(text);
  }
  return parts.join('\n\n');
}

function conclusionSentences(study: Study, results: Results, ctx: ReportContext): string[] {
  const out: string[] = [];
  for (const { spec, a } of eachAnalysis(study, results)) {
    const s = unitFor(spec)?.conclusion?.(a, spec, ctx);
    if (s) out.push(s);
  }
  return out;
}

function conclusionSection(study: Study, results: Results, ctx: ReportContext): string {
  const sentences = conclusionSentences(study, results, ctx);
  const caveat = ctx.L.designCaveat[study.design];
  if (caveat && study.data) sentences.push(caveat);
  return [`## ${ctx.L.headings.conclusion}`, sentences.join(' ')].join('\n\n');
}

function abstractFor(study: Study, results: Results, lang: Lang, opts: ComposeOptions): AbstractBlock {
  const L = LOCALES[lang];
  const ctx = makeContext(study, results, lang, L);
  const t = ctx.t;
  const paragraphs: string[] = [];
  const run = (head: string, text: string) => (text ? paragraphs.push(`**${head}.** ${text}`) : undefined);
  run(L.abstractParts.background, md(t(study.abstract.background)));
  if (study.data) {
    const instruments = [...new Set(Object.values(study.instruments).map((u) => u.use))].map((id) =>
      md(t(INSTRUMENTS.get(id)!.name)),
    );
    const tests = [
      ...new Set(
        eachAnalysis(study, results)
          .filter(({ a }) => a.decision || a.groups?.some((g) => g.decision))
          .flatMap(({ a }) => (a.groups ? a.groups.map((g) => g.test) : [a.test]))
          .filter((x) => L.tests[x]),
      ),
    ].map((x) => L.tests[x]!);
    const methods = [
      ...new Set(
        eachAnalysis(study, results)
          .map(({ a }) => a.test)
          .filter((x) => L.tests[x]),
      ),
    ].map((x) => L.tests[x]!);
    const design = L.designs[study.design]!.name;
    run(
      L.abstractParts.methods,
      hasTests(study, results)
        ? L.abstractMethods(design, results.n, instruments, tests.length ? tests : methods)
        : L.abstractMethodsNoTests(design, results.n, instruments, methods),
    );
    const sentences = eachAnalysis(study, results)
      .map(({ spec, a }) => unitFor(spec)?.abstract?.(a, spec, ctx))
      .filter((s): s is string => Boolean(s));
    run(L.abstractParts.results, sentences.join(' '));
    run(
      L.abstractParts.conclusion,
      md(t(study.abstract.conclusion)) || conclusionSentences(study, results, ctx).join(' '),
    );
  } else {
    run(L.abstractParts.conclusion, md(t(study.abstract.conclusion)));
  }
  void opts;
  return {
    lang,
    heading: L.headings.abstract,
    title: t(study.title),
    paragraphs,
    keywordsLabel: L.headings.keywords,
    keywords: study.keywords[lang],
  };
}

/** Fields that name an element of a result array, so a path can pick it by name. */
const NAME_FIELDS = ['variable', 'level', 'term', 'key', 'id', 'name'];

/**
 * Reads `pre_post.meanDiff`, `pre_post.summary.before.mean`, `x.groups[0].result.t`: `result` first, then the analysis root.
 * In an array, a segment that is not an index picks the first element named so
 * (`bivariat.predictors.masa_kerja.levels.6-10.or`; see NAME_FIELDS).
 */
export function valueAt(results: Results, path: string): unknown {
  const segs = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  const a = results.analyses[segs[0]!];
  if (!a) return undefined;
  const step = (v: unknown, k: string): unknown => {
    if (Array.isArray(v) && !/^\d+$/.test(k))
      return v.find(
        (e) =>
          e !== null &&
          typeof e === 'object' &&
          NAME_FIELDS.some((f) => String((e as Record<string, unknown>)[f]) === k),
      );
    return v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  };
  const walk = (root: unknown, rest: string[]) => rest.reduce<unknown>(step, root);
  const inResult = walk(a.result, segs.slice(1));
  return inResult !== undefined ? inResult : walk(a, segs.slice(1));
}

export function composeDocument(study: Study, results: Results, lang: Lang, opts: ComposeOptions): Document {
  const L = LOCALES[lang];
  const ctx = makeContext(study, results, lang, L);
  const t = ctx.t;

  const tables: Record<string, TableModel> = {};
  const figures: Record<string, FigureModel> = {};
  const stats: Record<string, string> = {};
  const warnings: string[] = [];
  for (const { spec, a } of eachAnalysis(study, results)) {
    const unit = unitFor(spec);
    if (!unit) continue;
    for (const tb of unit.tables?.(a, spec, ctx) ?? []) tables[tb.key] = tb;
    for (const fg of unit.figures?.(a, spec, ctx) ?? []) figures[fg.key] = fg;
    const s = unit.stat?.(a, spec, ctx);
    if (s) stats[spec.id] = s;
  }

  const sections: Record<string, string> = {
    methods: methodsSection(study, results, ctx, opts),
    results: study.data ? resultsSection(study, results, ctx) : '',
    conclusion: study.data ? conclusionSection(study, results, ctx) : '',
  };

  const authored = study.manuscript[lang];
  const body: BodyPart[] = authored
    ? [{ file: authored.file, markdown: authored.text }]
    : [
        {
          markdown: [
            '::section[methods]',
            study.data ? '::section[results]' : '',
            study.data ? '::section[conclusion]' : '',
          ]
            .filter(Boolean)
            .join('\n\n'),
        },
      ];

  const citations = studyCitations(study, lang);

  const other: Lang[] = study.languages.filter((l) => l !== lang);
  const abstracts = [
    abstractFor(study, results, lang, opts),
    ...other.map((l) => abstractFor(study, results, l, opts)),
  ];

  const notice = study.notice
    ? study.notice.kind === 'custom'
      ? t(study.notice.text)
      : L.notice[study.notice.kind]
    : undefined;
  const d = study.declarations;
  const declarations = (['ethics', 'consent', 'funding', 'conflicts', 'dataAvailability'] as const)
    .filter((k) => d[k])
    .map((k) => ({ title: L.declarations[k], text: md(t(d[k])) }));

  return {
    lang,
    studyId: study.id,
    title: t(study.title),
    authors: study.authors.map((a) => ({
      name: a.name,
      affiliation: a.affiliation ? t(a.affiliation) : undefined,
      email: a.email,
      corresponding: a.corresponding,
    })),
    notice,
    abstracts,
    body,
    sections,
    tables,
    figures,
    stats,
    value(path, digits) {
      const v = valueAt(results, path);
      if (typeof v !== 'number') return undefined;
      // Format by what the quantity is: p-values as APA p, bounded quantities without a leading zero in English.
      const field = path.split('.').pop() ?? '';
      if (/^p$|^p[A-Z]|P$/.test(field)) return L.fmt.pCell(v);
      if (/alpha|^r$|^rho$|correlation|R2$/i.test(field)) return L.fmt.bounded(v, digits ?? 2);
      return L.fmt.num(v, digits ?? (Number.isInteger(v) ? 0 : 2));
    },
    citations,
    declarations,
    labels: L.labels,
    numbering: opts.numbering ?? SEQUENTIAL,
    chapterWords: lang === 'id' ? chaptersId : chaptersEn,
    warnings,
  };
}
