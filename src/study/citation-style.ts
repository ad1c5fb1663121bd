/**
 * `citationStyle:` in study.yaml → a named style, or the study's own .csl file read from
 * inside the study folder. The style's contents are checked later, by the citation engine
 * (src/report/citations/), which knows what a usable CSL style is.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic, SourceLocation } from '../errors.ts';
import { isStyleName, STYLE_NAMES } from './citation-style-names.ts';
import type { Study } from './types.ts';

/**
 * Absolute path of a study-relative path when it stays inside the study folder, also after
 * following symbolic links; undefined when it escapes. A path that does not exist (yet) is
 * judged by its text alone.
 */
export function insideStudyReal(dir: string, rel: string): string | undefined {
  if (isAbsolute(rel)) return undefined;
  const abs = resolve(dir, rel);
  if (abs !== dir && !abs.startsWith(dir + sep)) return undefined;
  let realDir = dir;
  let realAbs = abs;
  try {
    realDir = realpathSync.native(dir);
    realAbs = realpathSync.native(abs);
  } catch {
    return abs;
  }
  const r = relative(realDir, realAbs);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r)) ? abs : undefined;
}

/**
 * `confine` gives the absolute path of a file the study names, or undefined after recording
 * why it may not be read (outside the study, not a regular file, too large: src/study/files.ts).
 * `at` locates the field in study.yaml, asked only for an error (it may parse the file again).
 */
export function resolveCitationStyle(
  value: string | undefined,
  confine: (rel: string) => string | undefined,
  files: { readText(path: string): string | undefined },
  at: () => SourceLocation,
  errors: Diagnostic[],
): Study['citationStyle'] {
  if (value === undefined) return undefined;
  if (/\.csl$/i.test(value)) {
    const path = confine(value);
    if (!path) return undefined;
    const xml = files.readText(path);
    if (xml === undefined) {
      errors.push({
        code: 'study/citation-style-not-found',
        severity: 'error',
        message: `the citation style file "${value}" does not exist`,
        location: at(),
        hint: 'Put the .csl file in the study folder, or name a built-in style.',
      });
      return undefined;
    }
    return { file: value, xml };
  }
  if (!isStyleName(value)) {
    errors.push({
      code: 'study/unknown-citation-style',
      severity: 'error',
      message: `unknown citation style "${value}"`,
      location: at(),
      hint: `Known styles: ${STYLE_NAMES.join(', ')}; or give a .csl file inside the study folder (citationStyle: styles/journal.csl).`,
    });
    return undefined;
  }
  return { name: value };
}
