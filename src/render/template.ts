/**
 * Templates: a layout (Handlebars, layout.hbs), its CSS (style.css), optional partials
 * (partials/<name>.hbs) and an optional template.yaml (how headings, tables and figures
 * are numbered). `template:` in study.yaml names a built-in template (templates/<name>/ of
 * naskah: article, skripsi) or a folder inside the study folder.
 *
 * A study's own layout is checked before it is used, and every layout renders under the
 * same rules as the built-in ones:
 * - a Handlebars syntax error, a partial that does not exist, or a field inserted without
 *   escaping that is not HTML naskah made is an error with the file, line and column;
 * - markup that loads or runs something (script, iframe, object, link, base, form, a meta
 *   refresh, on… handlers, javascript: or remote URLs in src/href) is refused;
 * - naskah's Content-Security-Policy (nothing loads but inline styles and data: images and
 *   fonts, no script runs) is put first in <head> when the layout does not carry it.
 * Only files inside the study folder are read: the folder's real path (symbolic links
 * followed) must stay inside it, and each of its files is a regular file inside it, no
 * larger than the template limit (docs/limits.md).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import type Handlebars from 'handlebars';
import * as HandlebarsRuntimeModule from 'handlebars/runtime';
import { parse as parseYaml } from 'yaml';
import { naskahCodeHash } from '../code-hash.ts';
import { cacheFolder, readCached, writeCached } from '../disk-cache.ts';
import { NaskahError, type SourceLocation } from '../errors.ts';
import { type NumberingScheme, SEQUENTIAL } from '../report/numbering.ts';
import { insideStudyReal } from '../study/citation-style.ts';
import { confineStudyFile, inspectFile } from '../study/files.ts';
import type { FieldPath } from '../study/yaml-locate.ts';
import { PACKAGE_ROOT } from '../version.ts';
import { CSP_META, withCsp } from './csp.ts';

export const TEMPLATES_DIR = join(PACKAGE_ROOT, 'templates');
export const BUILTIN_TEMPLATES = ['article', 'skripsi'] as const;

// The policy every manuscript carries (nothing external loads, no script runs), one definition for layouts and pages.
export { CSP_META, withCsp } from './csp.ts';

export interface PageLayout {
  size: 'A4';
  /** Margins in millimetres. */
  margins: { top: number; right: number; bottom: number; left: number };
  /** Body font family, as a word processor names it. */
  font: string;
  /** Body font size in points. */
  fontSize: number;
  /** Line spacing of the body text (1.5 = one and a half lines). */
  lineSpacing: number;
}

export interface Template {
  name: string;
  builtIn: boolean;
  layout: (data: object) => string;
  css: string;
  /** How headings, tables and figures are numbered (template.yaml `numbering:`). */
  numbering: NumberingScheme;
  /**
   * The page as a writer without CSS (Word) needs it (template.yaml `page:`); the HTML and
   * PDF take the same values from style.css, and a test keeps the two equal.
   */
  page?: PageLayout;
  /** Template files (path relative to the repository or the study folder, content) for the manifest. */
  files: { path: string; content: string }[];
}

/** What loadTemplate needs of the study: its folder, and where `template:` is in study.yaml. */
export interface TemplateStudy {
  dir: string;
  locate?(path: FieldPath): SourceLocation;
}

const compiled = new Map<string, Template>();

export function loadTemplate(name: string, study?: TemplateStudy): Template {
  const builtIn = (BUILTIN_TEMPLATES as readonly string[]).includes(name);
  // Located only for an error: locating may parse study.yaml again (src/study/load.ts).
  const at = () => study?.locate?.(['template']);
  let dir: string;
  let shown: string;
  if (builtIn) {
    dir = join(TEMPLATES_DIR, name);
    shown = `templates/${name}`;
  } else {
    const inside = study ? insideStudyReal(study.dir, name) : undefined;
    if (study && !inside)
      throw new NaskahError('template/path-outside', `the template folder "${name}" is outside the study folder`, {
        location: at(),
        hint: 'Put the template folder inside the study folder (e.g. template: jurnal for ./jurnal/layout.hbs).',
      });
    if (!inside || !isDirectory(inside))
      throw new NaskahError('template/not-found', `there is no template "${name}"`, {
        location: at(),
        hint: `Built-in templates: ${BUILTIN_TEMPLATES.join(', ')}. A template of your own is a folder inside the study folder with layout.hbs and style.css (see docs/templates.md).`,
      });
    dir = inside;
    shown = relative(study!.dir, inside).split(sep).join('/');
  }

  /**
   * A file of a study's template, through the same confinement as every file a study
   * names: inside the study once links are resolved, a regular file, within the template
   * limit (src/study/files.ts). Built-in templates are naskah's own files.
   */
  const confined = (file: string): string => {
    const path = join(dir, file);
    if (builtIn || !study) return path;
    const rel = relative(study.dir, path).split(sep).join('/');
    const r = confineStudyFile(study.dir, rel, 'template', 'the template file', inspectFile);
    if ('code' in r) throw new NaskahError(r.code, r.message, { location: { file: rel }, hint: r.hint });
    return r.path;
  };
  const read = (file: string, what: string, hint: string): string => {
    const path = confined(file);
    try {
      return readFileSync(path, 'utf8');
    } catch {
      throw new NaskahError('template/missing-file', `the template "${name}" has no ${what} (${shown}/${file})`, {
        location: { file: `${shown}/${file}` },
        hint,
      });
    }
  };
  const layoutText = read(
    'layout.hbs',
    'layout',
    "A template folder holds layout.hbs (the page, in Handlebars) and style.css; start from a copy of naskah's templates/article/.",
  );
  const css = read('style.css', 'style sheet', 'Add style.css next to layout.hbs (it may be empty).');
  const configText = optionalText(confined('template.yaml'));
  const partialsDir = join(dir, 'partials');
  const partialFiles = isDirectory(partialsDir)
    ? readdirSync(partialsDir)
        .filter((f) => f.endsWith('.hbs'))
        .sort()
    : [];
  const partials = new Map(
    partialFiles.map((f) => [f.slice(0, -4), readFileSync(confined(join('partials', f)), 'utf8')]),
  );

  const files = [
    { path: `${shown}/layout.hbs`, content: layoutText },
    { path: `${shown}/style.css`, content: css },
    ...(configText !== undefined ? [{ path: `${shown}/template.yaml`, content: configText }] : []),
    ...partialFiles.map((f) => ({ path: `${shown}/partials/${f}`, content: partials.get(f.slice(0, -4))! })),
  ];
  const key = createHash('sha256')
    .update(JSON.stringify([name, builtIn, files]))
    .digest('hex');
  const hit = compiled.get(key);
  if (hit) return hit;

  const diskKey = createHash('sha256')
    .update(JSON.stringify([COMPILED_FORMAT, naskahCodeHash(), key]))
    .digest('hex');
  const stored = readCached(compiledFolder(), diskKey);
  let render: (data: object) => string;
  if (isCompiled(stored, [...partials.keys()])) {
    // Checked and compiled before, from these very files by this very code: Handlebars'
    // runtime runs it, and its compiler is not even loaded.
    const env = handlebarsRuntime().create();
    for (const [p, spec] of Object.entries(stored.partials)) env.registerPartial(p, env.template(evalSpec(spec)));
    render = env.template(evalSpec(stored.layout));
  } else {
    const env = handlebarsCompiler().create();
    const sources: { file: string; text: string }[] = [
      { file: `${shown}/layout.hbs`, text: layoutText },
      ...[...partials].map(([p, text]) => ({ file: `${shown}/partials/${p}.hbs`, text })),
    ];
    for (const s of sources) checkTemplateSource(env, s.file, s.text, new Set(partials.keys()));
    if (!sources.some((s) => /<head[\s>]/i.test(s.text)))
      throw new NaskahError('template/no-head', `the layout of "${name}" has no <head>`, {
        location: { file: `${shown}/layout.hbs` },
        hint: 'Write a whole HTML page: <!DOCTYPE html><html lang="{{lang}}"><head>…</head><body>…</body></html>.',
      });
    const compiledNow: Compiled = {
      layout: precompiled(env, layoutText),
      partials: Object.fromEntries([...partials].map(([p, text]) => [p, precompiled(env, text)])),
    };
    for (const [p, spec] of Object.entries(compiledNow.partials)) env.registerPartial(p, env.template(evalSpec(spec)));
    render = env.template(evalSpec(compiledNow.layout));
    writeCached(compiledFolder(), diskKey, compiledNow);
  }
  const { numbering, page } =
    configText !== undefined
      ? parseConfig(configText, `${shown}/template.yaml`)
      : { numbering: SEQUENTIAL, page: undefined };
  const template: Template = {
    name,
    builtIn,
    layout: (data) => withCsp(render(data)),
    css,
    numbering,
    ...(page ? { page } : {}),
    files,
  };
  compiled.set(key, template);
  return template;
}

/**
 * Checked and compiled layouts are kept on disk, so a build with an unchanged template
 * neither parses, checks nor compiles it (Handlebars' compiler was about a twentieth of a
 * one-study HTML build). What is kept is Handlebars' precompiled form of the layout and
 * partials (JavaScript source, the same form a fresh compile is run from), keyed by the
 * SHA-256 of the template's files and of naskah's code fingerprint (src/code-hash.ts: this
 * file's checks and the Handlebars version among it), so an entry exists only for files
 * that passed this code's checks, and any change gets a new entry. Files live in
 * node_modules/.cache/naskah-templates, or in the folder NASKAH_TEMPLATE_CACHE names;
 * deleting it is always safe.
 */
const COMPILED_FORMAT = 1;
const COMPILE_OPTIONS = { strict: false, noEscape: false } as const;
interface Compiled {
  layout: string;
  partials: Record<string, string>;
}
let compiledDir: string | null | undefined;
function compiledFolder(): string | null {
  if (compiledDir === undefined) compiledDir = cacheFolder('naskah-templates', 'NASKAH_TEMPLATE_CACHE', 'handlebars');
  return compiledDir;
}

function isCompiled(x: unknown, partialNames: string[]): x is Compiled {
  if (typeof x !== 'object' || x === null) return false;
  const layout: unknown = Reflect.get(x, 'layout');
  const partials: unknown = Reflect.get(x, 'partials');
  if (typeof layout !== 'string' || typeof partials !== 'object' || partials === null) return false;
  const names = Object.keys(partials);
  return (
    names.length === partialNames.length && partialNames.every((p) => typeof Reflect.get(partials, p) === 'string')
  );
}

/** Handlebars' precompiled form of a template: JavaScript source of an object literal (typed otherwise in its .d.ts). */
function precompiled(env: typeof Handlebars, text: string): string {
  const spec: unknown = env.precompile(text, COMPILE_OPTIONS);
  if (typeof spec !== 'string') throw new Error('Handlebars.precompile did not give JavaScript source');
  return spec;
}

/** A precompiled template (an object literal in JavaScript source) as the object Handlebars runs. */
function evalSpec(spec: string): TemplateSpecification {
  return new Function(`return ${spec};`)() as TemplateSpecification;
}
type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function optionalText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Handlebars' runtime: runs precompiled templates (bundled; a small part of the whole). */
function handlebarsRuntime(): typeof Handlebars {
  return (HandlebarsRuntimeModule as unknown as { default: typeof Handlebars }).default;
}

const require = createRequire(import.meta.url);
let compiler: typeof Handlebars | undefined;
/**
 * Handlebars with its compiler, for a layout not in the cache: loaded from node_modules on
 * first use (the `naskah` bundle leaves it out, scripts/compile.mjs), so a build whose
 * layout is cached does not parse it at start-up.
 */
function handlebarsCompiler(): typeof Handlebars {
  if (compiler) return compiler;
  compiler = require('handlebars') as typeof Handlebars;
  // Handlebars' parser throws a bare message; keep the position it knows.
  const parser = (compiler as unknown as { Parser: { parseError: (s: string, hash: unknown) => never } }).Parser;
  parser.parseError = (str: string, hash: unknown) => {
    const err = new Error(str) as Error & { hash?: unknown };
    err.hash = hash;
    throw err;
  };
  return compiler;
}

interface ParseHash {
  token?: string;
  expected?: string[];
  loc?: { first_line: number; first_column: number; last_line: number; last_column: number };
}

/** The fields a layout may insert unescaped ({{{…}}}): HTML that naskah made and sanitised. */
const HTML_FIELDS = new Set(['css', 'body', 'html', 'this', '.']);

type HbsNode = {
  type: string;
  loc?: { start: { line: number; column: number } };
  [k: string]: unknown;
};

function checkTemplateSource(env: typeof Handlebars, file: string, text: string, partials: Set<string>): void {
  let ast: HbsNode;
  try {
    ast = env.parse(text) as unknown as HbsNode;
  } catch (err) {
    const e = err as Error & { hash?: ParseHash; lineNumber?: number; column?: number };
    const block = blockProblem(text);
    if (block)
      throw new NaskahError('template/syntax', `Handlebars syntax error: ${block.message}`, {
        location: { file, line: block.line, column: block.column },
        hint: 'Every {{#if}}/{{#each}}/{{#unless}}/{{#with}} needs its own {{/if}}/{{/each}}/{{/unless}}/{{/with}}.',
      });
    const loc = e.hash?.loc;
    const what =
      e.hash?.token === 'EOF'
        ? 'the file ends inside a block: a {{#…}} has no {{/…}}'
        : e.hash?.token === 'INVALID'
          ? 'a malformed {{…}} expression (look for a missing "}" or a stray "{")'
          : e.hash
            ? `unexpected ${e.hash.token} (expected ${e.hash.expected?.join(', ')})`
            : e.message.replace(/ - \d+:\d+$/, '');
    throw new NaskahError('template/syntax', `Handlebars syntax error: ${what}`, {
      location: loc
        ? { file, line: loc.last_line, column: loc.last_column + 1 }
        : { file, line: e.lineNumber, column: e.column !== undefined ? e.column + 1 : undefined },
      hint: 'Every {{#if}}/{{#each}} needs its {{/if}}/{{/each}}, and every {{ its }}. See docs/templates.md.',
    });
  }
  const fail = (node: HbsNode, code: string, message: string, hint: string): never => {
    throw new NaskahError(code, message, {
      location: { file, line: node.loc?.start.line, column: (node.loc?.start.column ?? 0) + 1 },
      hint,
    });
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) walk(n);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const n = node as HbsNode;
    if (n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') {
      const nameNode = n.name as { type: string; original?: string };
      if (nameNode.type === 'SubExpression')
        fail(
          n,
          'template/dynamic-partial',
          'a partial chosen at run time ({{> (…)}})',
          'Name the partial: {{> footer}}.',
        );
      const pname = String(nameNode.original);
      if (!partials.has(pname))
        fail(
          n,
          'template/missing-partial',
          `the partial "${pname}" does not exist`,
          `Put it in partials/${pname}.hbs inside the template folder${partials.size ? ` (partials there: ${[...partials].join(', ')})` : ''}.`,
        );
    }
    if (n.type === 'MustacheStatement' && n.escaped === false) {
      const path = n.path as { original?: unknown };
      const field = String(path.original);
      if (!HTML_FIELDS.has(field.split('.').pop()!))
        fail(
          n,
          'template/unescaped-field',
          `{{{${field}}}} inserts "${field}" without escaping`,
          `Only HTML that naskah made may be inserted with triple braces (${[...HTML_FIELDS].filter((f) => f !== '.').join(', ')}); write {{${field}}}.`,
        );
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'loc' && v && typeof v === 'object') walk(v);
  };
  walk(ast);
  checkMarkup(file, text);
}

/** A block opened and never closed, or closed by the wrong name, found by matching {{#x}} with {{/x}}. */
function blockProblem(text: string): { message: string; line: number; column: number } | undefined {
  const pos = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: before[before.length - 1]!.length + 1 };
  };
  const stack: { name: string; offset: number }[] = [];
  for (const m of text.matchAll(/\{\{~?\s*([#/])\s*([\w.-]+)/g)) {
    const name = m[2]!;
    if (m[1] === '#') {
      stack.push({ name, offset: m.index });
      continue;
    }
    const open = stack.pop();
    if (!open) return { message: `{{/${name}}} closes a block that was never opened`, ...pos(m.index) };
    if (open.name !== name) {
      const o = pos(open.offset);
      return {
        message: `{{/${name}}} closes {{#${open.name}}}, opened at line ${o.line}, column ${o.column}`,
        ...pos(m.index),
      };
    }
  }
  const open = stack.pop();
  return open
    ? { message: `{{#${open.name}}} is never closed with {{/${open.name}}}`, ...pos(open.offset) }
    : undefined;
}

const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'link',
  'base',
  'form',
  'portal',
]);
const LOADING_ATTRS = new Set(['src', 'srcset', 'poster', 'data', 'background', 'action', 'formaction', 'ping']);

/** Refuses markup that would load or run something; the CSP forbids it anyway, but an error says so at once. */
function checkMarkup(file: string, text: string): void {
  // Handlebars expressions blanked (same length, so positions stay) before looking at tags.
  const html = text.replace(/\{\{[\s\S]*?\}\}\}?/g, (m) => m.replace(/[^\n]/g, ' '));
  const position = (offset: number) => {
    const before = html.slice(0, offset).split('\n');
    return { file, line: before.length, column: before[before.length - 1]!.length + 1 };
  };
  const refuse = (offset: number, message: string): never => {
    throw new NaskahError('template/unsafe', message, {
      location: position(offset),
      hint: 'A manuscript loads nothing and runs no script: keep styles in style.css, images as data: URLs, and no scripts or external files.',
    });
  };
  for (const m of html.matchAll(/<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const tag = m[1]!.toLowerCase();
    const attrsText = m[2] ?? '';
    if (FORBIDDEN_TAGS.has(tag)) refuse(m.index, `<${tag}> is not allowed in a layout`);
    const attrs = [...attrsText.matchAll(/([^\s=/"']+)\s*(?:=\s*("([^"]*)"|'([^']*)'|[^\s"'>]+))?/g)].map((a) => ({
      name: a[1]!.toLowerCase(),
      value: (a[3] ?? a[4] ?? a[2] ?? '').trim(),
    }));
    for (const a of attrs) {
      if (a.name.startsWith('on'))
        refuse(m.index, `the event handler ${a.name}= in <${tag}> is not allowed (no script runs)`);
      if (/^\s*(javascript|vbscript):/i.test(a.value))
        refuse(m.index, `a ${a.value.split(':')[0]}: URL in <${tag}> is not allowed`);
      const loads = LOADING_ATTRS.has(a.name) || (a.name.endsWith('href') && tag !== 'a');
      if (loads && a.value && !/^data:/i.test(a.value) && !a.value.startsWith('#'))
        refuse(m.index, `<${tag} ${a.name}="${a.value}"> would load a file; only data: URLs are allowed`);
    }
    if (tag === 'meta') {
      const equiv = attrs.find((a) => a.name === 'http-equiv');
      if (equiv && !(equiv.value.toLowerCase() === 'content-security-policy' && m[0] === CSP_META))
        refuse(m.index, `<meta http-equiv="${equiv.value}"> is not allowed (naskah sets the page's policy itself)`);
    }
  }
}

/**
 * template.yaml: `numbering: sequential` (default) or `numbering: chapter` with
 * `chapters: { methods: 3, … }`, and an optional `page:` (size, margins in mm, font,
 * fontSize in pt, lineSpacing).
 */
function parseConfig(text: string, file: string): { numbering: NumberingScheme; page?: PageLayout } {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    const e = err as Error & { linePos?: { line: number; col: number }[] };
    throw new NaskahError('template/config', `template.yaml cannot be read: ${e.message.split('\n')[0]}`, {
      location: { file, line: e.linePos?.[0]?.line, column: e.linePos?.[0]?.col },
    });
  }
  const config = (raw ?? {}) as Record<string, unknown>;
  const bad = (message: string): never => {
    throw new NaskahError('template/config', message, {
      location: { file },
      hint: 'template.yaml holds `numbering: sequential`, or `numbering: chapter` with `chapters: { methods: 3, results: 4, conclusion: 5 }`, and `page: { size: A4, margins: { top: 40, right: 30, bottom: 30, left: 40 }, font: Times New Roman, fontSize: 12, lineSpacing: 1.5 }`.',
    });
  };
  for (const k of Object.keys(config))
    if (!['numbering', 'chapters', 'page'].includes(k)) bad(`unknown key "${k}" in template.yaml`);
  const page = config.page === undefined ? undefined : parsePage(config.page, bad);
  const numbering = config.numbering ?? 'sequential';
  if (numbering === 'sequential') return { numbering: SEQUENTIAL, page };
  if (numbering !== 'chapter') return bad(`numbering is "${String(numbering)}"; use sequential or chapter`);
  const chapters = (config.chapters ?? {}) as Record<string, unknown>;
  const out: Record<string, number> = {};
  for (const [section, n] of Object.entries(chapters)) {
    if (!['methods', 'results', 'conclusion'].includes(section))
      bad(`chapters names "${section}"; the generated sections are methods, results and conclusion`);
    if (!Number.isInteger(n) || (n as number) < 1) bad(`the chapter of ${section} must be a whole number from 1`);
    out[section] = n as number;
  }
  return { numbering: { kind: 'chapter', chapters: out }, page };
}

function parsePage(raw: unknown, bad: (message: string) => never): PageLayout {
  const p = (raw ?? {}) as Record<string, unknown>;
  for (const k of Object.keys(p))
    if (!['size', 'margins', 'font', 'fontSize', 'lineSpacing'].includes(k))
      bad(`unknown key "page.${k}" in template.yaml`);
  if ((p.size ?? 'A4') !== 'A4') bad('page.size must be A4');
  const m = (p.margins ?? {}) as Record<string, unknown>;
  const mm = (side: string): number => {
    const v = m[side];
    if (typeof v !== 'number' || !(v >= 0 && v < 100))
      bad(`page.margins.${side} must be a number of millimetres (0–100)`);
    return v as number;
  };
  const positive = (k: string, v: unknown): number => {
    if (typeof v !== 'number' || !(v > 0)) bad(`page.${k} must be a positive number`);
    return v as number;
  };
  if (typeof p.font !== 'string' || !p.font) bad('page.font must name a font, e.g. Times New Roman');
  return {
    size: 'A4',
    margins: { top: mm('top'), right: mm('right'), bottom: mm('bottom'), left: mm('left') },
    font: p.font as string,
    fontSize: positive('fontSize', p.fontSize),
    lineSpacing: positive('lineSpacing', p.lineSpacing),
  };
}
