/**
 * BibTeX → CSL-JSON items through citation-js (its BibTeX plugin reads the LaTeX accents,
 * escapes, braces and names that reference lists use). What it does not do, this module
 * adds: a syntax error becomes a NaskahError with the file, line and column, and the same
 * text (the built-in references of every study) is parsed once per process.
 */
import { createRequire } from 'node:module';
import type { CSL } from '@citation-js/core';
import { NaskahError } from '../errors.ts';
import { cached, cacheKey } from './citations/cache.ts';

const require = createRequire(import.meta.url);

/** citation-js with its BibTeX plugin, loaded on the first bibliography not in the cache (citations/cache.ts). */
function citationJs(): typeof import('@citation-js/core') {
  const core: typeof import('@citation-js/core') = require('@citation-js/core');
  require('@citation-js/plugin-bibtex');
  return core;
}

/** One bibliography entry as CSL-JSON (`id` is the BibTeX key). */
export type CslItem = CSL;

/** citation-js keeps every log message in memory (its console output is off); a long watch session would keep them all. */
function clearLog(core: typeof import('@citation-js/core')): void {
  const logger: unknown = Reflect.get(core, 'logger');
  const log: unknown = typeof logger === 'object' && logger !== null ? Reflect.get(logger, '_log') : undefined;
  if (Array.isArray(log)) log.splice(0);
}

/** Parsed bibliographies by file name, then text (two lookups: joining the two into one key copied the text each time). */
const parsed = new Map<string, Map<string, CslItem[]>>();

/** Parses a bibliography; the same text (e.g. the built-in references) is parsed once per process. */
export function parseBibtex(text: string, file: string): CslItem[] {
  let byText = parsed.get(file);
  if (!byText) parsed.set(file, (byText = new Map()));
  const hit = byText.get(text);
  if (hit) return hit;
  const items = cached(
    cacheKey('bibtex', text),
    (x): x is CslItem[] => Array.isArray(x),
    () => parseBibtexText(text, file),
  );
  byText.set(text, items);
  return items;
}

/**
 * `%` comment lines blanked (line numbers stay): citation-js would read an "@" in a comment
 * ("cite them with [@key]") as the start of an entry.
 */
function withoutComments(text: string): string {
  return text.replace(/^[ \t]*%.*$/gm, '');
}

/** LaTeX quotation marks, which citation-js leaves as typed: ``…'' → “…”, `…' → ‘…’ (not the accent \`e). */
function quotes(text: string): string {
  return text
    .replace(/(^|[^\\])``([^`']*)''/g, '$1\u201c$2\u201d')
    .replace(/(^|[^\\])`([^`'\n]*(?:'[A-Za-z}][^`'\n]*)*)'/g, '$1\u2018$2\u2019');
}

function parseBibtexText(text: string, file: string): CslItem[] {
  // An empty file (or one with comments only) is an empty bibliography, not an error.
  if (!/@[A-Za-z]+\s*[{(]/.test(withoutComments(text))) return [];
  let items: CslItem[];
  const core = citationJs();
  try {
    // citation-js' defaults for the other options (its type requires them all).
    items = core.plugins.input.chain(quotes(withoutComments(text)), {
      forceType: '@biblatex/text',
      generateGraph: false,
      maxChainLength: 10,
      strict: true,
      target: '@csl/list+object',
    });
  } catch (err) {
    clearLog(core);
    const message = err instanceof Error ? err.message : String(err);
    const at = /at line (\d+) col (\d+)/.exec(message);
    const what = message.split('\n')[0]!.replace(/\s*at line \d+ col \d+:?\s*$/, '');
    throw new NaskahError('bibtex/syntax', `the BibTeX file cannot be read: ${what}`, {
      location: { file, line: at ? Number(at[1]) : undefined, column: at ? Number(at[2]) : undefined },
      hint: 'Each entry looks like @article{key, author = {…}, title = {…}, year = {1983}}; check the braces and commas near this position.',
    });
  }
  clearLog(core);
  // citation-js keeps internal bookkeeping on each item; the citation engine needs only CSL.
  for (const item of items) Reflect.deleteProperty(item, '_graph');
  return items;
}
