/**
 * Report stage: Results + Study + language → Document. Pure: wording comes from the
 * locale, numbers from Results, study texts from Study; nothing is read or computed here
 * beyond formatting. Generated sections (`methods`, `results`, `conclusion`) are
 * Markdown with directives, so authored text can place them with ::section[name].
 */
import type { Results } from '../analysis/index.ts';
import type { AnyAnalysisResult } from '../analysis/registry.ts';
import { type AnalysisOutcome, isSplit } from '../analysis/split.ts';
import { joinMethods, type MethodsParts } from './bound.ts';
import * as subsetWording from './locale/subset.ts';
import { INSTRUMENTS } from '../instruments/library/index.ts';
import type { AnalysisSpec, Lang, Study } from '../study/types.ts';
import { makeContext, md, subjectsOf, type ReportContext, wording } from './context.ts';
import type { AbstractBlock, BodyPart, Document, FigureModel, TableModel } from './document.ts';
import { type Locale, localeOf } from './locale/index.ts';
import { instrumentWords } from './locale/instruments.ts';
import { midSentence } from '../text.ts';
import { studyCitations } from './references.ts';
import { type BoundReport, REPORT_UNITS } from './registry.ts';
import { isFailure } from '../stats/types.ts';
import { type NumberingScheme, SEQUENTIAL } from './numbering.ts';

export interface ComposeOptions {
  /** naskah version named in the methods (software sentence). */
  version: string;
  /** Numbering of headings, tables and figures (the template's choice; default sequential). */
  numbering?: NumberingScheme;
}

interface Analysed {
  spec: AnalysisSpec;
  a: AnalysisOutcome;
  /** The unit's results: the one result, or one per level of a generic `by:`. */
  runs: AnyAnalysisResult[];
  /** The analysis' report unit, bound to its spec and result (none for a type without one). */
  unit: BoundReport | undefined;
}

/**
 * The analyses with their bound report units, made once per study and results: composing
 * walks them a dozen times per language (methods, results, conclusion, each abstract), and
 * binding checks every spec and result against its unit's schema.
 */
const analysedOf = new WeakMap<Study, WeakMap<Results, readonly Analysed[]>>();

function eachAnalysis(study: Study, results: Results): readonly Analysed[] {
  let byResults = analysedOf.get(study);
  if (!byResults) analysedOf.set(study, (byResults = new WeakMap()));
  let list = byResults.get(results);
  if (!list) {
    list = study.analyses.flatMap((spec) => {
      const a = results.analyses[spec.id];
      if (!a) return [];
      const runs = isSplit(a) ? a.result.levels.map((l) => l.analysis) : [a];
      return [{ spec, a, runs, unit: REPORT_UNITS.get(spec.type)?.bind(a, spec) }];
    });
    byResults.set(results, list);
  }
  return list;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
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
  return eachAnalysis(study, results).some(({ runs }) =>
    runs.some(
      (a) => a.decision || ('groups' in a && a.groups.some((g) => g.decision || holdsP(g.result))) || holdsP(a.result),
    ),
  );
}

function methodsSection(study: Study, results: Results, ctx: ReportContext, opts: ComposeOptions): string {
  const { L, t } = ctx;
  const out: string[] = [`## ${L.headings.methods}`];
  // A narrative article without data has only this paragraph; its `procedure` (e.g. the sources it draws on) joins it.
  const narrativeOnly = study.design === 'narrative' && !study.data;
  const design = [
    L.designs[study.design]!.sentence,
    study.dataSource ? L.dataSources[study.dataSource] : '',
    md(t(study.methods.setting)),
    md(t(study.methods.intervention)),
    narrativeOnly ? md(t(study.methods.procedure)) : '',
  ]
    .filter(Boolean)
    .join(' ');
  out.push(`### ${L.headings.design}`, design);
  if (narrativeOnly) return out.join('\n\n');

  const subjects = subjectsOf(ctx);
  const participants = [md(t(study.methods.participants)), study.data ? L.participantsCount(results.n, subjects) : '']
    .filter(Boolean)
    .join(' ');
  // The heading names what was studied when the study says ("Respondents", "Penguins").
  const heading = study.subjects ? L.cap(subjects) : L.headings.participants;
  if (participants) out.push(`### ${heading}`, participants);

  const seen = new Set<string>();
  const instrumentParas: string[] = [];
  for (const use of Object.values(study.instruments)) {
    if (seen.has(use.use)) continue;
    seen.add(use.use);
    const inst = INSTRUMENTS.get(use.use)!;
    const words = instrumentWords(L.instruments, inst.id);
    const measured = md(inst.scales.length === 1 ? (words.scales[inst.scales[0]!.key] ?? '') : L.measuredByScales);
    // "Perceived Stress Scale (PSS-10; Cohen et al., 1983)": the abbreviation joins the citation.
    const fullName = words.name;
    const abbreviated = fullName.endsWith(`(${inst.abbreviation})`);
    const name = abbreviated ? fullName.slice(0, -inst.abbreviation.length - 2).trim() : fullName;
    const cite = `[${abbreviated ? `${inst.abbreviation}; ` : ''}${inst.citations.map((k) => `@${k}`).join('; ')}]`;
    let para = L.instrumentSentence(md(name), cite, words.description, measured);
    const alphas = eachAnalysis(study, results).flatMap(({ spec, runs }) => {
      // One α per use of the instrument: a reliability split by: reports its levels in its own table.
      const a = runs[0];
      if (
        !a ||
        runs.length !== 1 ||
        a.type !== 'reliability' ||
        isFailure(a.result) ||
        typeof a.result.alpha !== 'number'
      )
        return [];
      const name = spec.instrument;
      if (typeof name !== 'string' || study.instruments[name]?.use !== use.use) return [];
      return [L.alphaFor(a.result.alpha, md(midSentence(ctx.label(name))))];
    });
    if (alphas.length) para += ` ${L.reliabilitySentence(words.name, alphas)}`;
    instrumentParas.push(para);
  }
  if (instrumentParas.length) out.push(`### ${L.headings.instruments}`, ...instrumentParas);
  if (study.methods.procedure) out.push(`### ${L.headings.procedure}`, md(t(study.methods.procedure)));

  const sentences = [hasTests(study, results) ? L.analysisIntro(study.alpha) : L.analysisIntroNoTests];
  sentences.push(...methodsOfAnalyses(eachAnalysis(study, results), ctx));
  sentences.push(L.software(opts.version));
  out.push(`### ${L.headings.analysis}`, sentences.join(' '));
  return out.join('\n\n');
}

/**
 * The methods of every analysis, each text once: analyses whose own sentences are the
 * same (e.g. one correlation on the whole sample and per subset) share them, followed by
 * the subsets they ran on.
 */
function methodsOfAnalyses(analysed: readonly Analysed[], ctx: ReportContext): string[] {
  // In order of first appearance; analyses without sentences of their own are never merged.
  const groups = new Map<string, MethodsParts[]>();
  analysed.forEach(({ unit }, i) => {
    const parts = unit?.methodsParts(ctx);
    if (!parts) return;
    // Without sentences of their own, analyses are told apart by their caption.
    const key = parts.base ?? (parts.name ? `\u0001${parts.name}` : `\u0000${i}`);
    groups.set(key, [...(groups.get(key) ?? []), parts]);
  });
  const out: string[] = [];
  const say = (s: string | undefined) => {
    if (s && !out.includes(s)) out.push(s);
  };
  const W = wording(ctx, subsetWording);
  for (const all of groups.values()) {
    const base = all[0]!.base;
    const subsets = all.flatMap((p) => (p.subset ? [p.subset] : []));
    const whole = all.some((p) => !p.subset && !p.extra);
    const distinct = [...new Map(subsets.map((s) => [`${s.words}\u0000${s.n}`, s])).values()];
    if (distinct.length === 0 || (distinct.length === 1 && !whole))
      say(joinMethods({ base, subset: distinct[0] }, ctx));
    else say([base, W.subsets(distinct, whole, base ? undefined : all[0]!.name)].filter(Boolean).join(' '));
    for (const p of all) say(p.extra);
  }
  return out;
}

function resultsSection(study: Study, results: Results, ctx: ReportContext): string {
  const parts = [`## ${ctx.L.headings.results}`];
  for (const { unit } of eachAnalysis(study, results)) {
    const text = unit?.results(ctx);
    if (text) parts.push(text);
  }
  return parts.join('\n\n');
}

function conclusionSentences(study: Study, results: Results, ctx: ReportContext): string[] {
  const out: string[] = [];
  for (const { unit } of eachAnalysis(study, results)) {
    const s = unit?.conclusion(ctx);
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
  const L = localeOf(lang);
  const ctx = makeContext(study, results, lang, L);
  const t = ctx.t;
  const subjects = subjectsOf(ctx);
  const paragraphs: string[] = [];
  const run = (head: string, text: string) => (text ? paragraphs.push(`**${head}.** ${text}`) : undefined);
  run(L.abstractParts.background, md(t(study.abstract.background)));
  if (study.data) {
    const instruments = [...new Set(Object.values(study.instruments).map((u) => u.use))].map((id) =>
      md(instrumentWords(L.instruments, id).name),
    );
    const tests = [
      ...new Set(
        eachAnalysis(study, results)
          .flatMap(({ runs }) => runs)
          .filter((a) => a.decision || ('groups' in a && a.groups.some((g) => g.decision)))
          .flatMap((a) => ('groups' in a ? a.groups.map((g) => g.test) : [a.test]))
          .filter((x) => L.tests[x]),
      ),
    ].map((x) => L.tests[x]!);
    const methods = [
      ...new Set(
        eachAnalysis(study, results)
          .flatMap(({ runs }) => runs.map((a) => a.test))
          .filter((x) => L.tests[x]),
      ),
    ].map((x) => L.tests[x]!);
    const design = L.designs[study.design]!.name;
    run(
      L.abstractParts.methods,
      hasTests(study, results)
        ? L.abstractMethods(design, results.n, instruments, tests.length ? tests : methods, subjects)
        : L.abstractMethodsNoTests(design, results.n, instruments, methods, subjects),
    );
    const sentences = eachAnalysis(study, results)
      .map(({ unit }) => unit?.abstract(ctx))
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
      return v.find((e) => isRecord(e) && NAME_FIELDS.some((f) => String(e[f]) === k));
    return isRecord(v) ? v[k] : undefined;
  };
  const walk = (root: unknown, rest: string[]) => rest.reduce<unknown>(step, root);
  const inResult = walk(a.result, segs.slice(1));
  return inResult !== undefined ? inResult : walk(a, segs.slice(1));
}

/**
 * Every language's manuscript carries the abstracts of all the study's languages, so a build
 * in two languages would word each abstract twice: each is worded once per study, results
 * and locale (the documents only read it).
 */
const abstractsMade = new WeakMap<Study, WeakMap<Results, Map<Lang, { L: Locale; block: AbstractBlock }>>>();

function abstractOnce(study: Study, results: Results, lang: Lang, opts: ComposeOptions): AbstractBlock {
  let byResults = abstractsMade.get(study);
  if (!byResults) abstractsMade.set(study, (byResults = new WeakMap()));
  let byLang = byResults.get(results);
  if (!byLang) byResults.set(results, (byLang = new Map()));
  const L = localeOf(lang);
  const made = byLang.get(lang);
  if (made && made.L === L) return made.block;
  const block = abstractFor(study, results, lang, opts);
  byLang.set(lang, { L, block });
  return block;
}

export function composeDocument(study: Study, results: Results, lang: Lang, opts: ComposeOptions): Document {
  const L = localeOf(lang);
  const ctx = makeContext(study, results, lang, L);
  const t = ctx.t;

  const tables: Record<string, TableModel> = {};
  const figures: Record<string, FigureModel> = {};
  const stats: Record<string, string> = {};
  const warnings: string[] = [];
  for (const { spec, unit } of eachAnalysis(study, results)) {
    if (!unit) continue;
    for (const tb of unit.tables(ctx)) tables[tb.key] = tb;
    for (const fg of unit.figures(ctx)) figures[fg.key] = fg;
    const s = unit.stat(ctx);
    if (s) stats[spec.id] = s;
    for (const [level, text] of Object.entries(unit.levelStats(ctx))) stats[`${spec.id}.${level}`] = text;
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
    abstractOnce(study, results, lang, opts),
    ...other.map((l) => abstractOnce(study, results, l, opts)),
  ];

  const notice = study.notice
    ? study.notice.kind === 'custom'
      ? t(study.notice.text)
      : L.notice[study.notice.kind]
    : undefined;
  const d = study.declarations;
  const kinds: (keyof Study['declarations'])[] = ['ethics', 'consent', 'funding', 'conflicts', 'dataAvailability'];
  const declarations = kinds.filter((k) => d[k]).map((k) => ({ title: L.declarations[k], text: md(t(d[k])) }));

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
    chapterWords: L.chapters,
    warnings,
  };
}
