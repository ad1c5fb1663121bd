/**
 * Citations and the reference list in a CSL style, through citation-js and citeproc-js.
 *
 *   const engine = createCitationEngine({ entries, style: { name: 'apa' }, lang: 'id' });
 *   engine.cite([{ items: [{ key: 'cohen1983pss' }] }, { items: [{ key: 'x' }], narrative: true }])
 *     → [{ text: '(Cohen dkk., 1983)', runs }, { text: 'X (2020)', runs }]
 *   engine.bibliography() → the cited works in the style's order, each as runs (+ its number)
 *
 * One engine serves one manuscript in one language. `cite` takes the citations of a part
 * of the manuscript in reading order and remembers them: numbered styles number works in
 * order of first citation, and author-date styles disambiguate (S. Cohen vs J. Cohen,
 * 1988a/b) over everything cited so far. Each call prepares citeproc afresh from the
 * engine's own items, so engines of several studies never share state. Output is runs
 * (text with italics and so on), which HTML and Word writers both turn into their own
 * markup. citeproc's answers are cached (./cache.ts): citation-js and citeproc are loaded,
 * and an engine built, only for citations or a bibliography not formatted before.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { NaskahError } from '../../errors.ts';
import type { Lang } from '../../study/types.ts';
import type { CslItem } from '../bibtex.ts';
import { cached, cacheKey, cacheKeyWithItems, digestOf } from './cache.ts';
import { checkCsl } from './csl-check.ts';
import { htmlToRuns, type InlineRun, runsToText, sameStyle } from './runs.ts';
import {
  type CitationStyleSource,
  DEFAULT_STYLE,
  EXTRA_LOCALES,
  isNumericStyle,
  NAMED_STYLES,
  readCslFile,
} from './styles.ts';

export type { InlineRun } from './runs.ts';
export { runsToHtml, runsToText } from './runs.ts';
export { type CitationStyleSource, isStyleName, STYLE_NAMES, NAMED_STYLES, DEFAULT_STYLE } from './styles.ts';

export interface CiteItem {
  key: string;
  /** Text before the work inside the parentheses: `[PSS-10; @cohen1983pss]` → "PSS-10; ". */
  prefix?: string;
  suffix?: string;
  /** A page or other locator ("23–25"), shown as the style shows it ("p. 23–25", "hlm. 23–25"). */
  locator?: string;
  /** Year (or number) only: `[-@cohen1983pss]`. */
  suppressAuthor?: boolean;
}

export interface CiteCluster {
  items: CiteItem[];
  /** Narrative form in running text: "Cohen et al. (1983)" rather than "(Cohen et al., 1983)". */
  narrative?: boolean;
}

export interface FormattedCitation {
  text: string;
  runs: InlineRun[];
}

export interface ReferenceEntry {
  key: string;
  /** The number as the list shows it in a numbered style ("1.", "[1]"); absent in author-date styles. */
  label?: string;
  text: string;
  runs: InlineRun[];
}

export interface CitationEngine {
  /** The style's title, e.g. "APA 7th edition". */
  readonly styleTitle: string;
  /** Whether the style numbers citations. */
  readonly numeric: boolean;
  has(key: string): boolean;
  keys(): string[];
  /** Formats citations in reading order, after every citation formatted before. */
  cite(clusters: CiteCluster[]): FormattedCitation[];
  /** The works cited so far, in the style's order. */
  bibliography(): ReferenceEntry[];
}

export interface CitationEngineOptions {
  /** Bibliography entries; for a key given twice the later one wins (the study's over naskah's). */
  entries: CslItem[];
  style?: CitationStyleSource;
  lang: Lang;
  /** The CSL locale (`id-ID`); by default the one of `lang`'s built-in locale. */
  locale?: string;
  /** The XML of `locale` when it is none of the locales citation-js and naskah ship. */
  localeXml?: string;
}

const LOCALES: Record<Lang, string> = { en: 'en-US', id: 'id-ID' };
const require = createRequire(import.meta.url);

interface CslConfig {
  engine(data: CslItem[], style: string, locale: string, format: string): CiteprocEngine;
  locales: { has(k: string): boolean; add(k: string, v: string): void };
  styles: { has(k: string): boolean; add(k: string, v: string): void };
}

interface CiteprocEngine {
  rebuildProcessorState(citations: unknown[], mode: string, uncited: string[]): [string, number, string][];
  makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
  getTerm(term: string, form?: string, plural?: boolean): string;
}

/** citation-js types its plugin configuration as `any`: the parts naskah calls are checked here. */
function isCslConfig(x: unknown): x is CslConfig {
  if (typeof x !== 'object' || x === null) return false;
  const engine: unknown = Reflect.get(x, 'engine');
  const locales: unknown = Reflect.get(x, 'locales');
  const styles: unknown = Reflect.get(x, 'styles');
  return typeof engine === 'function' && typeof locales === 'object' && typeof styles === 'object';
}

/** citation-js with its CSL plugin (citeproc), loaded on the first citation not in the cache. */
function cslConfig(): CslConfig {
  const { plugins }: typeof import('@citation-js/core') = require('@citation-js/core');
  require('@citation-js/plugin-csl');
  const cfg: unknown = plugins.config.get('@csl');
  if (!isCslConfig(cfg)) throw new Error('@citation-js/plugin-csl is not registered (its configuration is missing)');
  for (const [locale, file] of Object.entries(EXTRA_LOCALES))
    if (!cfg.locales.has(locale)) cfg.locales.add(locale, readCslFile(file));
  return cfg;
}

interface ResolvedStyle {
  id: string;
  title: string;
  xml: string;
  file?: string;
}

function resolveStyle(source: CitationStyleSource | undefined): ResolvedStyle {
  const src = source ?? { name: DEFAULT_STYLE };
  if ('name' in src) {
    const named = NAMED_STYLES[src.name];
    return { id: `naskah-${src.name}`, title: named.title, xml: readCslFile(named.file) };
  }
  const problem = checkCsl(src.xml);
  if (problem)
    throw new NaskahError('citations/bad-csl', `the citation style ${src.file} cannot be used: ${problem.message}`, {
      location: { file: src.file, line: problem.line, column: problem.column },
      hint: problem.hint,
    });
  // Named by content, so an edited file is a new style and two studies' files never collide.
  const id = `naskah-study-${createHash('sha256').update(src.xml).digest('hex').slice(0, 16)}`;
  const title = /<title>([^<]*)<\/title>/.exec(src.xml)?.[1]?.trim() || src.file;
  return { id, title, xml: src.xml, file: src.file };
}

interface StoredCitation {
  citationItems: {
    id: string;
    prefix?: string;
    suffix?: string;
    locator?: string;
    'suppress-author'?: boolean;
    'author-only'?: boolean;
  }[];
  properties: { noteIndex: number };
}

/** What citeproc answers for the citations so far: their HTML, and the terms narrative citations need. */
interface CiteprocCitations {
  html: string[];
  and: string;
  etAl: string;
}
const isCitations = (x: unknown): x is CiteprocCitations =>
  typeof x === 'object' &&
  x !== null &&
  Array.isArray(Reflect.get(x, 'html')) &&
  typeof Reflect.get(x, 'and') === 'string' &&
  typeof Reflect.get(x, 'etAl') === 'string';

/** citeproc's bibliography: each entry's HTML with its work's key; null when the style has none. */
interface CiteprocBibliography {
  ids: string[][];
  entries: string[];
}
const isBibliography = (x: unknown): x is CiteprocBibliography | null =>
  x === null ||
  (typeof x === 'object' && Array.isArray(Reflect.get(x, 'ids')) && Array.isArray(Reflect.get(x, 'entries')));

export function createCitationEngine(opts: CitationEngineOptions): CitationEngine {
  const style = resolveStyle(opts.style);
  const locale = opts.locale ?? LOCALES[opts.lang] ?? 'en-US';
  const numeric = isNumericStyle(style.xml);
  const byKey = new Map<string, CslItem>();
  for (const e of opts.entries) byKey.set(String(e.id), adapt(e, opts.lang, style.id === 'naskah-apa'));
  const items = [...byKey.values()];
  const history: StoredCitation[] = [];
  // Everything citeproc's answers depend on besides the citations: the cache's key.
  const extraLocale: string | undefined = Reflect.get(EXTRA_LOCALES, locale);
  // The style and locale (tens of kB each) enter the key as their digests.
  const localeXml = extraLocale ? readCslFile(extraLocale) : opts.localeXml;
  const inputs = cacheKeyWithItems(
    'citeproc',
    [digestOf(style.xml), locale, localeXml !== undefined ? digestOf(localeXml) : null],
    items,
  );

  const fail = (err: unknown): never => {
    throw new NaskahError(
      'citations/style-failed',
      `the citation style "${style.title}" failed: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`,
      {
        location: style.file ? { file: style.file } : undefined,
        hint: style.file
          ? 'Check the style with the CSL validator (https://validator.citationstyles.org/) or use a named style.'
          : undefined,
      },
    );
  };
  const prepare = (): CiteprocEngine => {
    const cfg = cslConfig();
    if (opts.locale && opts.localeXml && !cfg.locales.has(opts.locale)) cfg.locales.add(opts.locale, opts.localeXml);
    if (!cfg.styles.has(style.id)) cfg.styles.add(style.id, style.xml);
    try {
      return cfg.engine(items, style.id, locale, 'html');
    } catch (err) {
      return fail(err);
    }
  };
  const checked = (html: string): string => {
    if (html.includes('[CSL STYLE ERROR'))
      fail(new Error('it prints "[CSL STYLE ERROR …]" for a citation (a part of the style is missing or misnamed)'));
    return html;
  };
  const run = (engine: CiteprocEngine): string[] => {
    try {
      // A copy: citeproc writes its bookkeeping into the citations, and the history is the cache's key.
      return engine.rebuildProcessorState(structuredClone(history), 'html', []).map((r) => r[2]);
    } catch (err) {
      return fail(err);
    }
  };

  /** "Jacobson and Truax", "Cohen dkk.": the authors of a work for narrative text in a numbered style. */
  const authorsOf = (key: string, terms: CiteprocCitations): string => {
    const item = byKey.get(key)!;
    const people = item.author ?? item.editor ?? [];
    const names = people.map((p) => p.literal ?? p.family ?? '').filter(Boolean);
    if (names.length === 0) return String(item.title ?? key);
    if (names.length === 1) return names[0]!;
    if (names.length === 2) return `${names[0]} ${terms.and} ${names[1]}`;
    return `${names[0]} ${terms.etAl}`;
  };

  return {
    styleTitle: style.title,
    numeric,
    has: (key) => byKey.has(key),
    keys: () => [...byKey.keys()],
    cite(clusters) {
      const unknown = clusters.flatMap((c) => c.items).find((i) => !byKey.has(i.key));
      if (unknown) throw new Error(`createCitationEngine: unknown key ${unknown.key} (check has() first)`);
      // A narrative citation is two citeproc citations: the authors alone, then the year (or number) alone.
      const plan: { start: number; narrative: boolean; key: string }[] = [];
      for (const c of clusters) {
        const items = c.items.map((i) => ({
          id: i.key,
          ...(i.prefix ? { prefix: i.prefix } : {}),
          ...(i.suffix ? { suffix: i.suffix } : {}),
          ...(i.locator ? { locator: i.locator } : {}),
          ...(i.suppressAuthor ? { 'suppress-author': true } : {}),
        }));
        plan.push({ start: history.length, narrative: !!c.narrative, key: c.items[0]!.key });
        if (c.narrative) {
          const [first, ...rest] = items;
          history.push({ citationItems: [{ id: first!.id, 'author-only': true }], properties: { noteIndex: 0 } });
          history.push({
            citationItems: [{ ...first!, 'suppress-author': true }, ...rest],
            properties: { noteIndex: 0 },
          });
        } else history.push({ citationItems: items, properties: { noteIndex: 0 } });
      }
      const answer = cached(cacheKey('cite', inputs, history), isCitations, () => {
        const engine = prepare();
        return { html: run(engine), and: engine.getTerm('and') || 'and', etAl: engine.getTerm('et-al') || 'et al.' };
      });
      const out = answer.html;
      const and = answer.and;
      return plan.map((p) => {
        let runs: InlineRun[];
        if (p.narrative) {
          const authorHtml = out[p.start]!;
          // Numbered styles have no printed form for the authors alone; author-date styles print "A & B", which running text spells out.
          const authors =
            numeric || authorHtml.includes('NO_PRINTED_FORM')
              ? [{ text: authorsOf(p.key, answer) }]
              : htmlToRuns(checked(authorHtml)).map((r) => ({ ...r, text: r.text.replace(/ & /g, ` ${and} `) }));
          runs = [...authors, { text: ' ' }, ...htmlToRuns(checked(out[p.start + 1]!))];
        } else runs = htmlToRuns(checked(out[p.start]!));
        return { runs: mergeRuns(runs), text: runsToText(runs) };
      });
    },
    bibliography() {
      if (!history.length) return [];
      const bib = cached(cacheKey('bibliography', inputs, history), isBibliography, () => {
        const engine = prepare();
        run(engine);
        let made: ReturnType<CiteprocEngine['makeBibliography']>;
        try {
          made = engine.makeBibliography();
        } catch (err) {
          return fail(err);
        }
        return made ? { ids: made[0].entry_ids, entries: made[1] } : null;
      });
      if (!bib) return [];
      const { ids, entries } = bib;
      return entries.map((html, i) => {
        const label = /<div class="csl-left-margin">([\s\S]*?)<\/div>/.exec(html)?.[1];
        const body = /<div class="csl-right-inline">([\s\S]*?)<\/div>\s*<\/div>\s*$/.exec(html)?.[1] ?? html;
        const runs = htmlToRuns(checked(body));
        return {
          key: ids[i]![0]!,
          ...(label !== undefined ? { label: runsToText(htmlToRuns(label)) } : {}),
          runs,
          text: runsToText(runs),
        };
      });
    },
  };
}

/**
 * What the CSL files cannot say, applied to the data: Indonesian writes the edition as
 * "Edisi ke-2" (CSL ordinals are suffixes, "2nd"; the id-ID locale has none, so citeproc
 * would print "2 ed."), and APA 7 leaves out the publisher when it is the author (§9.29).
 */
/** Adapted items by entry and setting: the same entry gives the same object (its key JSON is then written once, cache.ts). */
const adapted = new WeakMap<CslItem, Map<string, CslItem>>();

function adapt(item: CslItem, lang: Lang, apa: boolean): CslItem {
  let bySetting = adapted.get(item);
  if (!bySetting) adapted.set(item, (bySetting = new Map()));
  const setting = `${lang}\u0000${apa}`;
  let out = bySetting.get(setting);
  if (!out) bySetting.set(setting, (out = adaptOnce(item, lang, apa)));
  return out;
}

function adaptOnce(item: CslItem, lang: Lang, apa: boolean): CslItem {
  let out = item;
  const edition = String(item.edition ?? '');
  if (lang === 'id' && /^\d+$/.test(edition) && edition !== '1') out = { ...out, edition: `Edisi ke-${edition}` };
  const authors = item.author ?? [];
  const only =
    authors.length === 1 ? (authors[0]!.literal ?? (authors[0]!.given ? undefined : authors[0]!.family)) : undefined;
  if (apa && only && item.publisher === only) {
    const { publisher: _p, 'publisher-place': _pp, ...rest } = out;
    out = rest;
  }
  return out;
}

function mergeRuns(runs: InlineRun[]): InlineRun[] {
  const out: InlineRun[] = [];
  for (const r of runs) {
    if (!r.text) continue;
    const last = out[out.length - 1];
    if (last && sameStyle(last, r)) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}
