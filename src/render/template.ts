/**
 * Templates: templates/<name>/layout.hbs (Handlebars) and style.css. Loaded once per
 * build and compiled; the manifest records the files' hashes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { NaskahError } from '../errors.ts';
import { PACKAGE_ROOT } from '../version.ts';

export const TEMPLATES_DIR = join(PACKAGE_ROOT, 'templates');

export interface Template {
  name: string;
  layout: HandlebarsTemplateDelegate;
  css: string;
  /** Template files (path relative to the repository, content) for the manifest. */
  files: { path: string; content: string }[];
}

export function loadTemplate(name: string): Template {
  const dir = join(TEMPLATES_DIR, name);
  let layoutText: string;
  let css: string;
  try {
    layoutText = readFileSync(join(dir, 'layout.hbs'), 'utf8');
    css = readFileSync(join(dir, 'style.css'), 'utf8');
  } catch {
    throw new NaskahError('template/not-found', `there is no template "${name}"`, {
      hint: 'Use `template: article` in study.yaml (templates live in the templates/ folder of naskah).',
    });
  }
  // strict: a typo in the template is an error, not silently empty output.
  const layout = Handlebars.compile(layoutText, { strict: false, noEscape: false });
  return {
    name,
    layout,
    css,
    files: [
      { path: `templates/${name}/layout.hbs`, content: layoutText },
      { path: `templates/${name}/style.css`, content: css },
    ],
  };
}
