/**
 * Study loading: study folder → `Study`. Parses study.yaml keeping positions, validates it
 * against the schema and each analysis unit's schema, checks every name it uses
 * (instruments, variables, levels) with "did you mean" suggestions, normalises into
 * `Study` with defaults filled, and reads the authored manuscript and bibliography.
 *
 * `validateStudy` never throws: it returns `{ study, errors, warnings }`, every message
 * with a rule id, a field path and line:column. `loadStudy` throws the errors as one
 * NaskahError for callers that stop at the first failing study.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { type Document, LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import { NaskahError, suggest, type Diagnostic } from '../errors.ts';
import type { TSchema } from '@sinclair/typebox';
import { byLanguage, languageOf, sameInEvery } from './languages.ts';
import { languageName, missingLanguages } from './localized-texts.ts';
import { LANGS, StudySpecSchema, type LevelSpecT, type LocalizedTextSpec, type StudySpec } from './schema.ts';
import { analysisEntrySchema, scaleVariables, type StudyRegistries } from './registries.ts';
import type { AnalysisSpec, InstrumentUseDef, Lang, Level, Localized, Study, TextFile, VariableDef } from './types.ts';
import { confineStudyFile, type FileFacts, inspectFile } from './files.ts';
import { resolveCitationStyle } from './citation-style.ts';
import { validateAgainst } from './validate-schema.ts';
import { dataKind, type FileKind } from '../limits.ts';
import { type FieldPath, formatPath, type Locator, makeLocator } from './yaml-locate.ts';
import { readParsedYaml, writeParsedYaml } from './yaml-cache.ts';

/** File access the loader needs; tests pass an in-memory version. */
export interface StudyFiles {
  readText(path: string): string | undefined;
  /** The bytes of a file (binary data files); optional for in-memory test files. */
  readBytes?(path: string): Uint8Array | undefined;
  isDirectory(path: string): boolean;
  /** Type, size and real path (links resolved); absent for files that cannot link anywhere. */
  inspect?(path: string): FileFacts;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export const nodeStudyFiles: StudyFiles = {
  readText(path) {
    let bytes: Buffer;
    try {
      // Only regular files: reading a FIFO would wait forever, a device would never end.
      if (!statSync(path).isFile()) return undefined;
      bytes = readFileSync(path);
    } catch {
      return undefined;
    }
    // A binary data file (.sav, .xlsx, .dta) is hashed through this text: decoding its
    // invalid UTF-8 as U+FFFD would let two different files give the same hash, so text
    // that is not UTF-8 is read byte for byte (Latin-1) instead.
    try {
      return UTF8.decode(bytes);
    } catch {
      return bytes.toString('latin1');
    }
  },
  readBytes(path) {
    try {
      if (!statSync(path).isFile()) return undefined;
      return readFileSync(path);
    } catch {
      return undefined;
    }
  },
  inspect: inspectFile,
  isDirectory(path) {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  },
};

export interface StudyValidation {
  study?: Study;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

export function loc(text: LocalizedTextSpec): Localized;
export function loc(text: LocalizedTextSpec | undefined): Localized | undefined;
export function loc(text: LocalizedTextSpec | undefined): Localized | undefined {
  if (text === undefined) return undefined;
  // A language the study is not written in may have no text (validateStudy checks the study's own).
  return typeof text === 'string' ? sameInEvery(text) : byLanguage((lang) => text[lang] ?? '');
}

/**
 * A level as written: a label, or `{ code: <file value>, <lang>: label, … }`. A language
 * without its own label takes another language's, then the key.
 */
function levelDef(code: string, spec: LevelSpecT): Level {
  if (typeof spec === 'object' && 'code' in spec) {
    const given = LANGS.map((lang) => spec[lang]).find((label) => label !== undefined);
    return { code, label: byLanguage((lang) => spec[lang] ?? given ?? code), fileCode: String(spec.code) };
  }
  return { code, label: loc(spec) };
}

/** Expands `pss_pre_{1..10}` into pss_pre_1 … pss_pre_10; a list is used as is. */
export function expandItems(items: string | string[]): string[] {
  if (Array.isArray(items)) return items;
  const m = /^(.*)\{(\d+)\.\.(\d+)\}(.*)$/.exec(items);
  if (!m) return [items];
  const [, pre, a, b, post] = m;
  const from = Number(a);
  const to = Number(b);
  const out: string[] = [];
  for (let i = from; from <= to ? i <= to : i >= to; i += from <= to ? 1 : -1) out.push(`${pre}${i}${post}`);
  return out;
}

/** Resolves a study argument (folder or its study.yaml) to the folder. */
function resolveStudyDir(arg: string, cwd: string, files: StudyFiles = nodeStudyFiles): string {
  const abs = resolve(cwd, arg);
  if (files.isDirectory(abs)) return abs;
  if (basename(abs) === 'study.yaml' && files.readText(abs) !== undefined) return resolve(abs, '..');
  throw new NaskahError('study/not-found', `no study folder at "${arg}"`, {
    location: { file: arg },
    hint: 'Give the path of a study folder (one that contains study.yaml), e.g. `naskah build studies/asn-metro`. `naskah new <dir>` creates one.',
  });
}

/** Options of the loader: the registries of analysis types and instruments are passed in by the build stage. */
export interface LoadOptions {
  registries: StudyRegistries;
  cwd?: string;
  files?: StudyFiles;
}

export function validateStudy(dir: string, opts: LoadOptions): StudyValidation {
  const files = opts.files ?? nodeStudyFiles;
  const { analyses: analysisTypes, instruments: library } = opts.registries;
  const cwd = opts.cwd ?? process.cwd();
  const yamlPath = join(dir, 'study.yaml');
  const shown = relative(cwd, yamlPath) || yamlPath;
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const yamlCheck = confineStudyFile(dir, 'study.yaml', 'study.yaml', 'the study file', files.inspect?.bind(files));
  if ('code' in yamlCheck) {
    errors.push({ ...yamlCheck, severity: 'error', location: { file: shown } });
    return { errors, warnings };
  }
  const text = files.readText(yamlPath);
  if (text === undefined) {
    errors.push({
      code: 'study/no-study-yaml',
      severity: 'error',
      message: `the folder ${relative(cwd, dir) || '.'} has no study.yaml`,
      location: { file: shown },
      hint: 'Every study folder needs a study.yaml; `naskah new <dir>` writes a commented one to start from.',
    });
    return { errors, warnings };
  }

  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    // A NUL byte is never in a text file someone wrote: YAML would read it into a value and
    // blame that value, so name the byte and where it is instead.
    const before = text.slice(0, nul).split('\n');
    errors.push({
      code: 'study/not-text',
      severity: 'error',
      message: 'study.yaml holds a NUL byte (\\x00), which a text file written in an editor never contains',
      location: { file: shown, line: before.length, column: before.at(-1)!.length + 1 },
      hint: 'Open study.yaml in a text editor, delete the invisible character there and save it as UTF-8 text.',
    });
    return { errors, warnings };
  }
  // The parsed document is needed only to locate a problem in the file (and, without a
  // cached parse, for the value and the order of levels): parsed on first use.
  let parsedDoc: { doc: Document; counter: LineCounter } | undefined;
  const parse = () => {
    if (!parsedDoc) {
      const counter = new LineCounter();
      parsedDoc = {
        doc: parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true }),
        counter,
      };
    }
    return parsedDoc;
  };
  let cached = readParsedYaml(text);
  let raw: unknown;
  if (cached) raw = cached.raw;
  else {
    const { doc, counter } = parse();
    for (const e of doc.errors) {
      const pos = counter.linePos(e.pos[0]);
      errors.push({
        code: 'study/yaml-syntax',
        severity: 'error',
        message: `study.yaml is not valid YAML: ${e.message.split('\n')[0]}`,
        location: { file: shown, line: pos.line, column: pos.col },
        hint:
          e.code === 'DUPLICATE_KEY'
            ? 'Remove or rename the repeated key.'
            : 'Check the indentation and that every `key: value` pair is on its own line; quote values that contain `: ` or start with a special character.',
      });
    }
    if (errors.length) return { errors, warnings };
    try {
      // An alias expanded many times over (a "billion laughs" file) would fill memory: the
      // yaml library stops at maxAliasCount and says so.
      raw = doc.toJS({ maxAliasCount: 100 }) as unknown;
    } catch (err) {
      errors.push({
        code: 'study/yaml-aliases',
        severity: 'error',
        message: `study.yaml uses YAML aliases (*name) too often to expand safely: ${(err as Error).message.split('\n')[0]}`,
        location: { file: shown },
        hint: 'Write the values out instead of repeating anchors (&name) and aliases (*name); study.yaml needs none.',
      });
      return { errors, warnings };
    }
    cached = { raw, levelOrders: levelOrdersOf(doc) };
    writeParsedYaml(text, cached);
  }
  const levelOrders = cached.levelOrders;
  let realLocator: Locator | undefined;
  const locator: Locator = {
    locate: (path, at) => {
      if (!realLocator) {
        const { doc, counter } = parse();
        realLocator = makeLocator(doc, counter);
      }
      return realLocator.locate(path, at);
    },
  };
  const at = (path: FieldPath, key = false) => ({
    file: shown,
    path: formatPath(path),
    ...locator.locate(path, key ? 'key' : 'value'),
  });

  /** The absolute path of a file the study names, or undefined after recording why it may not be read. */
  const named = (rel: string, kind: FileKind, field: string, path: FieldPath | undefined): string | undefined => {
    const r = confineStudyFile(dir, rel, kind, field, files.inspect?.bind(files));
    if ('path' in r) return r.path;
    errors.push({
      ...r,
      severity: 'error',
      location: path ? at(path) : { file: relative(cwd, join(dir, rel)) || rel },
    });
    return undefined;
  };

  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    errors.push({
      code: 'study/invalid-value',
      severity: 'error',
      message: 'study.yaml should be a mapping of keys such as id, title, authors, design',
      location: { file: shown, line: 1, column: 1 },
    });
    return { errors, warnings };
  }
  errors.push(...validateAgainst(StudySpecSchema, raw, { file: shown, locator, basePath: [], what: 'study.yaml' }));
  const spec = raw as StudySpec;

  // Texts keyed by language are checked against the study's languages once every schema has run.
  const texts: [TSchema, unknown, FieldPath][] = [[StudySpecSchema, raw, []]];

  // Each analysis entry against its own unit's schema.
  const analyses: AnalysisSpec[] = [];
  const seenIds = new Map<string, number>();
  (Array.isArray(spec.analyses) ? spec.analyses : []).forEach((entry, i) => {
    if (!entry || typeof entry !== 'object') return;
    const type = String(entry.type ?? '');
    const unit = analysisTypes.get(type);
    if (!unit) {
      if (!type) return; // already reported as a missing key
      const close = suggest(type, analysisTypes.keys());
      errors.push({
        code: 'study/unknown-analysis-type',
        severity: 'error',
        message: `unknown analysis type "${type}"`,
        location: at(['analyses', i, 'type']),
        hint: close ? `Did you mean "${close}"?` : `Known types: ${[...analysisTypes.keys()].join(', ')}.`,
      });
      return;
    }
    const entrySchema = analysisEntrySchema(unit);
    errors.push(
      ...validateAgainst(entrySchema, entry, {
        file: shown,
        locator,
        basePath: ['analyses', i],
        what: `analysis "${String(entry.id)}"`,
      }),
    );
    texts.push([entrySchema, entry, ['analyses', i]]);
    if (seenIds.has(entry.id)) {
      errors.push({
        code: 'study/duplicate-analysis-id',
        severity: 'error',
        message: `two analyses have the id "${entry.id}" (analyses[${seenIds.get(entry.id)}] and analyses[${i}])`,
        location: at(['analyses', i, 'id']),
        hint: 'Give every analysis its own id; directives such as :stat[id] refer to it.',
      });
    }
    seenIds.set(entry.id, i);
    analyses.push(entry as AnalysisSpec);
  });
  const written = Array.isArray(spec.languages) ? spec.languages.filter((l) => languageOf(String(l))) : LANGS;
  for (const [schema, value, base] of texts)
    for (const m of missingLanguages(schema, value, written, base)) {
      const keys = m.missing.map((l) => `\`${l}:\``).join(' and ');
      errors.push({
        code: 'study/missing-language',
        severity: 'error',
        message: `${formatPath(m.path)} has no text in ${m.missing.map(languageName).join(' or ')}`,
        location: at(m.path),
        hint: `Add ${keys} with the text, or write one string for every language; the study is written in the languages of \`languages:\` (default ${LANGS.join(', ')}).`,
      });
    }
  if (errors.length) return { errors, warnings };

  // Normalise.
  const variables: Record<string, VariableDef> = {};
  for (const [name, v] of Object.entries(spec.variables ?? {})) {
    // Level order is the order written in study.yaml; a JS object would put number-like
    // codes ("1", "0") first in numeric order, so read the keys from the YAML node.
    const order = levelOrders[name] ?? Object.keys(v.levels ?? {});
    const levels = v.levels ? order.map((code) => levelDef(code, v.levels![code]!)) : undefined;
    if (v.type === 'categorical' && !levels) {
      warnings.push({
        code: 'study/no-levels',
        severity: 'warning',
        message: `categorical variable "${name}" lists no levels; they will be taken from the data in sorted order`,
        location: at(['variables', name]),
        hint: 'List the levels in table order under `levels:` to control the order and the labels.',
      });
    }
    if (v.type !== 'categorical' && v.levels) {
      errors.push({
        code: 'study/levels-not-categorical',
        severity: 'error',
        message: `variable "${name}" has levels but its type is ${v.type}`,
        location: at(['variables', name, 'levels']),
        hint: 'Use `type: categorical` for a variable with levels.',
      });
    }
    if (v.reference !== undefined && levels && !levels.some((l) => l.code === v.reference)) {
      const close = suggest(
        v.reference,
        levels.map((l) => l.code),
      );
      errors.push({
        code: 'study/unknown-level',
        severity: 'error',
        message: `reference level "${v.reference}" of "${name}" is not one of its levels (${levels.map((l) => l.code).join(', ')})`,
        location: at(['variables', name, 'reference']),
        hint: close ? `Did you mean "${close}"?` : 'Name one of the levels listed under `levels:`.',
      });
    }
    if (v.range && v.range[0] > v.range[1]) {
      errors.push({
        code: 'study/invalid-range',
        severity: 'error',
        message: `range of "${name}" is [${v.range[0]}, ${v.range[1]}]: the minimum is above the maximum`,
        location: at(['variables', name, 'range']),
        hint: 'Write the range as [min, max].',
      });
    }
    if (v.bins && v.type !== 'integer' && v.type !== 'number') {
      errors.push({
        code: 'study/bins-not-numeric',
        severity: 'error',
        message: `variable "${name}" has bins but is not numeric`,
        location: at(['variables', name, 'bins']),
        hint: 'Bins group a numeric variable (type integer or number).',
      });
    }
    variables[name] = {
      name,
      type: v.type,
      label: loc(v.label) ?? sameInEvery(name),
      levels,
      reference: v.reference ?? levels?.[0]?.code,
      range: v.range,
      bins: v.bins?.map((b) => ({ from: b.from, below: b.below, label: loc(b.label) })),
      missing: (v.missing ?? []).map(String),
      unit: loc(v.unit),
    };
  }

  const instruments: Record<string, InstrumentUseDef> = {};
  const derived = new Map<string, 'numeric' | 'categorical'>();
  for (const [name, u] of Object.entries(spec.instruments ?? {})) {
    const instrument = library.get(u.use);
    if (!instrument) {
      const close = suggest(u.use, library.keys());
      errors.push({
        code: 'study/unknown-instrument',
        severity: 'error',
        message: `unknown instrument "${u.use}"`,
        location: at(['instruments', name, 'use']),
        hint: close ? `Did you mean "${close}"?` : `The library has: ${[...library.keys()].join(', ')}.`,
      });
      continue;
    }
    const items = expandItems(u.items);
    if (items.length !== instrument.nItems) {
      errors.push({
        code: 'study/item-count',
        severity: 'error',
        message: `instrument "${name}" (${instrument.abbreviation}) needs ${instrument.nItems} item columns, but \`items\` gives ${items.length}`,
        location: at(['instruments', name, 'items']),
        hint: `List the ${instrument.nItems} columns in the instrument's item order, or use a pattern such as "${name}_{1..${instrument.nItems}}".`,
      });
    }
    if (variables[name]) {
      errors.push({
        code: 'study/name-clash',
        severity: 'error',
        message: `"${name}" is both a variable and an instrument`,
        location: at(['instruments', name], true),
        hint: 'An instrument creates a score variable of its own name; rename one of them.',
      });
    }
    instruments[name] = {
      name,
      use: u.use,
      items,
      label: loc(u.label),
      itemRange: instrument.itemRange,
      abbreviation: instrument.abbreviation,
    };
    for (const scale of instrument.scales) {
      const s = scaleVariables(name, scale.key);
      derived.set(s.name, 'numeric');
      derived.set(s.categoryName, 'categorical');
    }
  }
  for (const v of Object.values(variables)) if (v.bins) derived.set(`${v.name}.group`, 'categorical');

  // Names used by analyses must exist, with the role the analysis needs.
  const known = new Map<string, 'numeric' | 'categorical' | 'text'>(derived);
  for (const v of Object.values(variables))
    known.set(v.name, v.type === 'categorical' ? 'categorical' : v.type === 'text' ? 'text' : 'numeric');
  for (const u of Object.values(instruments))
    for (const item of u.items) if (!known.has(item)) known.set(item, 'numeric');
  analyses.forEach((a, i) => {
    const unit = analysisTypes.get(a.type)!;
    for (const ref of unit.variables(a)) {
      const path: FieldPath = ['analyses', i, ...ref.path];
      const kind = known.get(ref.name);
      if (!kind) {
        const close = suggest(ref.name, known.keys());
        errors.push({
          code: 'study/unknown-variable',
          severity: 'error',
          message: `analysis "${a.id}" uses "${ref.name}", which is neither a variable nor an instrument score`,
          location: at(path),
          hint: close ? `Did you mean "${close}"?` : 'Declare it under `variables:` (or `instruments:`) first.',
        });
        continue;
      }
      const ok =
        ref.role === 'any' ||
        (ref.role === 'numeric'
          ? kind === 'numeric'
          : ref.role === 'categorical' || ref.role === 'binary'
            ? kind === 'categorical'
            : true);
      if (!ok) {
        errors.push({
          code: 'study/variable-type',
          severity: 'error',
          message: `analysis "${a.id}" needs a ${ref.role === 'binary' ? 'two-level categorical' : ref.role} variable here, but "${ref.name}" is ${kind}`,
          location: at(path),
          hint:
            ref.role === 'numeric'
              ? 'Use a score or a numeric variable.'
              : 'Use a categorical variable (type: categorical), an instrument category, or a binned variable (`<name>.group`).',
        });
      }
    }
  });

  // Files the study names.
  let data: Study['data'];
  if (spec.data) {
    const dataPath = named(spec.data.file, dataKind(spec.data.file), 'data.file', ['data', 'file']);
    if (!dataPath) {
      // named() said why.
    } else if (files.readText(dataPath) === undefined) {
      errors.push({
        code: 'study/data-not-found',
        severity: 'error',
        message: `data file "${spec.data.file}" does not exist`,
        location: at(['data', 'file']),
        hint: `Put the CSV at ${relative(cwd, dataPath)}, or correct data.file.`,
      });
    }
    data = {
      file: spec.data.file,
      idColumn: spec.data.id,
      delimiter: spec.data.delimiter === 'tab' ? '\t' : spec.data.delimiter,
      decimal: spec.data.decimal,
      missing: (spec.data.missing ?? []).map(String),
      sheet: spec.data.sheet,
      header: spec.data.header,
    };
  } else if (analyses.length) {
    errors.push({
      code: 'study/no-data',
      severity: 'error',
      message: 'the study lists analyses but no data file',
      location: at(['analyses'], true),
      hint: 'Add `data: { file: data/<name>.csv }`, or remove the analyses for a narrative article.',
    });
  }

  const languages = (spec.languages ?? [...LANGS]) as Lang[];
  const manuscript: Partial<Record<Lang, TextFile>> = {};
  for (const lang of languages) {
    const rel = `manuscript/${lang}.md`;
    const path = named(rel, 'manuscript', 'the manuscript file', undefined);
    const t = path ? files.readText(path) : undefined;
    if (t !== undefined) manuscript[lang] = { file: rel, text: t };
  }
  const bibRel = spec.references ?? 'references.bib';
  const bibPath = named(bibRel, 'references', 'references', spec.references ? ['references'] : undefined);
  const bibText = bibPath ? files.readText(bibPath) : undefined;
  if (bibText !== undefined && /[\u0000\ufffd]/.test(bibText)) {
    // NUL bytes or bytes that are not UTF-8: a binary file (a .docx, a PDF), not BibTeX.
    errors.push({
      code: 'study/references-binary',
      severity: 'error',
      message: `references file "${bibRel}" is not a text file (it holds NUL bytes or bytes that are not UTF-8)`,
      location: spec.references ? at(['references']) : { file: relative(cwd, join(dir, bibRel)) || bibRel },
      hint: 'Export the bibliography as BibTeX (.bib, UTF-8) from your reference manager.',
    });
  }
  if (spec.references && bibText === undefined) {
    errors.push({
      code: 'study/references-not-found',
      severity: 'error',
      message: `references file "${spec.references}" does not exist`,
      location: at(['references']),
      hint: 'Put the BibTeX file in the study folder or correct `references:`.',
    });
  }
  const citationStyle = resolveCitationStyle(
    spec.citationStyle,
    (rel) => named(rel, 'csl', 'citationStyle', ['citationStyle']),
    files,
    () => at(['citationStyle']),
    errors,
  );
  // The reference document is read only for a .docx, but where it is and what it is are checked now.
  if (spec.referenceDocx) named(spec.referenceDocx, 'reference-docx', 'referenceDocx', ['referenceDocx']);

  if (errors.length) return { errors, warnings };
  const notice =
    spec.notice === undefined
      ? undefined
      : spec.notice === 'synthetic' || spec.notice === 'illustrative'
        ? { kind: spec.notice as 'synthetic' | 'illustrative' }
        : { kind: 'custom' as const, text: loc(spec.notice) };
  const study: Study = {
    dir,
    file: shown,
    id: spec.id,
    title: loc(spec.title),
    shortTitle: loc(spec.shortTitle),
    subjects: loc(spec.subjects),
    dataSource: spec.dataSource,
    authors: spec.authors.map((a) => ({
      name: a.name,
      affiliation: loc(a.affiliation),
      email: a.email,
      orcid: a.orcid,
      corresponding: a.corresponding ?? false,
    })),
    design: spec.design,
    languages,
    template: spec.template ?? 'article',
    referenceDocx: spec.referenceDocx,
    citationStyle,
    alpha: spec.alpha ?? 0.05,
    year: spec.year,
    keywords: byLanguage((lang) => spec.keywords?.[lang] ?? []),
    abstract: { background: loc(spec.abstract?.background), conclusion: loc(spec.abstract?.conclusion) },
    notice,
    declarations: {
      ethics: loc(spec.ethics),
      consent: loc(spec.consent),
      funding: loc(spec.funding),
      conflicts: loc(spec.conflicts),
      dataAvailability: loc(spec.dataAvailability),
    },
    methods: {
      setting: loc(spec.methods?.setting),
      participants: loc(spec.methods?.participants),
      intervention: loc(spec.methods?.intervention),
      procedure: loc(spec.methods?.procedure),
    },
    data,
    variables,
    instruments,
    analyses,
    manuscript,
    bibliography: bibText !== undefined ? { file: bibRel, text: bibText } : undefined,
    locate: (path) => at(path),
  };
  return { study, errors, warnings };
}

/** The study and its warnings, or a NaskahError listing every error. */
export function loadStudy(dirArg: string, opts: LoadOptions): { study: Study; warnings: Diagnostic[] } {
  const cwd = opts.cwd ?? process.cwd();
  const dir = resolveStudyDir(dirArg, cwd, opts.files);
  const v = validateStudy(dir, { ...opts, cwd });
  if (!v.study) throw NaskahError.fromDiagnostics(v.errors);
  return { study: v.study, warnings: v.warnings };
}

/**
 * The codes of each variable's levels in the order study.yaml writes them: a JavaScript
 * object would put number-like codes ("1", "0") first in numeric order.
 */
function levelOrdersOf(doc: Document): Record<string, string[]> {
  const orders: Record<string, string[]> = {};
  const variables = doc.get('variables', true);
  if (!isMap(variables)) return orders;
  for (const pair of variables.items) {
    const name = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const levels = doc.getIn(['variables', name, 'levels'], true);
    if (isMap(levels)) orders[name] = levels.items.map((p) => String(isScalar(p.key) ? p.key.value : p.key));
  }
  return orders;
}
