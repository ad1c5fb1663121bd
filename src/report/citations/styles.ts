/**
 * The citation styles naskah knows by name, and the study's own .csl file. The en-US
 * locale comes with @citation-js/plugin-csl; the named styles and the Indonesian locale
 * are CSL files shipped in ./csl/ (CC BY-SA 3.0, see ./csl/README.md), read once per
 * process from the package folder like the page templates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StyleName } from '../../study/citation-style-names.ts';
import { PACKAGE_ROOT } from '../../version.ts';

export const CSL_DIR = join(PACKAGE_ROOT, 'src', 'report', 'citations', 'csl');

/** `citationStyle:` names → the style's file in ./csl/ and its title. */
export { isStyleName, NAMED_STYLES, STYLE_NAMES, type StyleName } from '../../study/citation-style-names.ts';

export const DEFAULT_STYLE: StyleName = 'apa';

/** What the study asked for: a style by name, or the XML of its own .csl file. */
export type CitationStyleSource = { name: StyleName } | { file: string; xml: string };

/** Locale files naskah adds to the plugin's (which has en-US). */
export const EXTRA_LOCALES = { 'id-ID': 'locales-id-ID.xml' } as const;

const fileCache = new Map<string, string>();
export function readCslFile(file: string): string {
  let text = fileCache.get(file);
  if (text === undefined) {
    text = readFileSync(join(CSL_DIR, file), 'utf8');
    fileCache.set(file, text);
  }
  return text;
}

const numericStyles = new Map<string, boolean>();

/** Whether a style numbers its citations ([1], (1)) rather than naming author and year. */
export function isNumericStyle(xml: string): boolean {
  // Every engine asks (two per study built); the style's tens of kB are searched once.
  let numeric = numericStyles.get(xml);
  if (numeric === undefined) {
    numeric = numericFormat(xml);
    if (numericStyles.size >= 32) numericStyles.delete(numericStyles.keys().next().value!);
    numericStyles.set(xml, numeric);
  }
  return numeric;
}

function numericFormat(xml: string): boolean {
  const format = /<category\s+citation-format="([^"]+)"/.exec(xml)?.[1];
  if (format) return format === 'numeric';
  return /<citation[^>]*>[\s\S]*variable="citation-number"[\s\S]*<\/citation>/.test(xml);
}
