/**
 * buildStudy — the whole pipeline for one study folder:
 *
 *   study folder ──load──▶ Study ──read──▶ Dataset ──score──▶ Dataset' ──analyze──▶ Results
 *   Results + Study ──compose(lang)──▶ Document ──render──▶ HTML ──print──▶ PDF
 *   outputs ──▶ out/.<id>.tmp-… ──swap──▶ out/<id>/   (never a mix of old and new files)
 *
 * The stages in the middle are pure; everything that touches the world (files, the
 * browser, the clock, logging) comes in through `effects`, so tests can swap it.
 */
import { createHash } from 'node:crypto';
import { analyze, type Results } from './analysis/index.ts';
import { readDataset, type DataFiles } from './data/read.ts';
import type { Diagnostic } from './errors.ts';
import type { Reason } from './analysis/unit.ts';
import { warningText } from './build-warnings.ts';
import { scoreInstruments } from './instruments/score.ts';
import { composeDocument } from './report/index.ts';
import { renderHtml } from './render/html.ts';
import type { Printer } from './render/pdf.ts';
import { loadTemplate, type Template } from './render/template.ts';
import { loadStudy, type StudyFiles } from './study/load.ts';
import type { Lang, Study } from './study/types.ts';
import { NASKAH_VERSION } from './version.ts';
import { diffResults, type ResultsDiff } from './regen/diff.ts';
import type { ResultsDoc } from './regen/reported.ts';

export type OutputFormat = 'html' | 'pdf' | 'json';

export interface BuildOptions {
  /** Output root; the study's files go to <outDir>/<id>/. */
  outDir: string;
  /** Languages to build (default: the study's). */
  langs?: Lang[];
  formats: OutputFormat[];
  /** Rebuild even when <outDir>/<id>/ is up to date (default: skip an up-to-date study). */
  force?: boolean;
  /** Render this language first (watch mode: the one the browser shows). */
  firstLang?: Lang;
  /** Called with each language's HTML as soon as it is rendered, before anything is written. */
  onHtml?(lang: Lang, html: string): void;
}

export interface BuildEffects {
  files: StudyFiles & DataFiles;
  /** The shared browser; called only when a PDF is wanted. */
  printer(): Promise<Printer>;
  /** Writes a study's complete output set, replacing the previous one as a whole. */
  writeOutputs(outDir: string, id: string, files: Map<string, string | Uint8Array>): void;
  /** A file of the current build in <outDir>/<id>/, or undefined when there is none. */
  readOutput(outDir: string, id: string, name: string): Uint8Array | undefined;
  /** Keeps the results.json a rebuild replaced, for `naskah diff`; returns where (relative to cwd when inside it). */
  keepPrevious(outDir: string, id: string, files: Map<string, string | Uint8Array>): string;
  /** The date stamped into PDF metadata (reproducible: from SOURCE_DATE_EPOCH or fixed). */
  pdfDate(): Date;
  /** Fingerprint of naskah's own code (src/regen/code-hash.ts). */
  codeHash(): string;
  cwd: string;
}

export interface BuildResult {
  id: string;
  /** Output file names written under <outDir>/<id>/ (for a skipped study: those already there). */
  outputs: string[];
  warnings: Diagnostic[];
  /** True when the study was up to date and nothing was built. */
  skipped: boolean;
  results: Results;
  /** results.json text (also written when json is among the formats). */
  resultsJson: string;
  html: Partial<Record<Lang, string>>;
  /** What changed against the previous build in <outDir>/<id>/, when it had a results.json. */
  changes?: ResultsDiff;
  /** Where the replaced results.json was kept, when the reported results changed. */
  previous?: string;
  /** Milliseconds from the start of the build until the HTML was rendered. */
  htmlMs?: number;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Every input file of a study with its content: the manifest and incremental builds hash these. */
export function studyInputs(study: Study, files: StudyFiles, template: Template): { path: string; content: string }[] {
  const out: { path: string; content: string }[] = [];
  const add = (path: string, content: string | undefined) => {
    if (content !== undefined) out.push({ path, content });
  };
  add('study.yaml', files.readText(`${study.dir}/study.yaml`));
  if (study.data) add(study.data.file, files.readText(`${study.dir}/${study.data.file}`));
  for (const lang of Object.keys(study.manuscript) as Lang[])
    add(study.manuscript[lang]!.file, study.manuscript[lang]!.text);
  if (study.bibliography) add(study.bibliography.file, study.bibliography.text);
  if (study.citationStyle && 'xml' in study.citationStyle) add(study.citationStyle.file, study.citationStyle.xml);
  for (const f of template.files) add(f.path, f.content);
  return out;
}

/** JSON with sorted-insertion-stable keys and a final newline: byte-identical for equal data. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** What manifest.json records (and what decides whether a study is up to date). */
export interface Manifest {
  naskah: string;
  /** SHA-256 of naskah's own code (src/, package.json, package-lock.json). */
  code: string;
  node: string;
  study: string;
  template: string;
  options: { langs: Lang[]; formats: OutputFormat[]; pdfDate?: string };
  inputs: { path: string; sha256: string; bytes: number }[];
  outputs: { path: string; sha256: string; bytes: number }[];
}

export async function buildStudy(studyDir: string, options: BuildOptions, effects: BuildEffects): Promise<BuildResult> {
  const t0 = performance.now();
  // One build reads each file once (the loader, the data reader and the manifest all ask).
  const files = onceFiles(effects.files);
  const { study, warnings } = loadStudy(studyDir, { cwd: effects.cwd, files });
  const template = loadTemplate(study.template, study);
  const inputs = studyInputs(study, files, template);
  const langs = (options.langs ?? study.languages).filter((l) => study.languages.includes(l));
  const formats = [...new Set(options.formats)].sort();
  const pdfDate = formats.includes('pdf') ? effects.pdfDate() : undefined;
  const recorded = {
    naskah: NASKAH_VERSION,
    code: effects.codeHash(),
    node: process.version,
    study: study.id,
    template: study.template,
    options: { langs, formats, ...(pdfDate ? { pdfDate: pdfDate.toISOString() } : {}) },
    inputs: inputs.map((i) => ({ path: i.path, sha256: sha256(i.content), bytes: Buffer.byteLength(i.content) })),
  };

  const oldManifestBytes = effects.readOutput(options.outDir, study.id, 'manifest.json');
  const previousManifest = parseJson<Manifest>(oldManifestBytes);
  if (
    !options.force &&
    previousManifest &&
    upToDate(previousManifest, recorded, (name) => effects.readOutput(options.outDir, study.id, name))
  ) {
    const resultsJson = Buffer.from(
      effects.readOutput(options.outDir, study.id, 'results.json') ?? new Uint8Array(),
    ).toString('utf8');
    const doc = parseJson<Results>(resultsJson);
    if (doc)
      for (const [id, a] of Object.entries(doc.analyses))
        for (const w of a.warnings ?? []) warnings.push(analysisWarning(study, id, w));
    return {
      id: study.id,
      outputs: previousManifest.outputs.map((o) => o.path),
      warnings,
      skipped: true,
      results: doc ?? { study: study.id, alpha: study.alpha, n: 0, analyses: {} },
      resultsJson,
      html: {},
    };
  }

  const data = study.data ? scoreInstruments(study, readDataset(study, files)) : undefined;
  const results = analyze(study, data);

  for (const [id, a] of Object.entries(results.analyses)) {
    for (const w of a.warnings ?? []) {
      warnings.push(analysisWarning(study, id, w));
    }
  }

  const resultsDoc = {
    naskah: NASKAH_VERSION,
    study: study.id,
    alpha: results.alpha,
    n: results.n,
    inputs: Object.fromEntries(
      // The template shapes the pages, not the results: its files are in the manifest only.
      recorded.inputs.filter((i) => !template.files.some((f) => f.path === i.path)).map((i) => [i.path, i.sha256]),
    ),
    analyses: results.analyses,
  };
  const resultsJson = stableJson(resultsDoc);
  const outputs = new Map<string, string | Uint8Array>();
  if (formats.includes('json')) outputs.set('results.json', resultsJson);

  const html: Partial<Record<Lang, string>> = {};
  const titles: Partial<Record<Lang, string>> = {};
  const order =
    options.firstLang && langs.includes(options.firstLang)
      ? [options.firstLang, ...langs.filter((l) => l !== options.firstLang)]
      : langs;
  for (const lang of order) {
    const doc = composeDocument(study, results, lang, { version: NASKAH_VERSION, numbering: template.numbering });
    const rendered = await renderHtml(doc, template, NASKAH_VERSION);
    html[lang] = rendered.html;
    titles[lang] = doc.title;
    options.onHtml?.(lang, rendered.html);
  }
  // Outputs in the study's language order, whatever order they were rendered in.
  const docs = langs.map((lang) => ({ lang, title: titles[lang]!, html: html[lang]! }));
  if (formats.includes('html')) for (const d of docs) outputs.set(`${d.lang}.html`, d.html);
  const htmlMs = performance.now() - t0;
  if (formats.includes('pdf')) {
    // Both languages print at once, on pages of the one shared browser.
    const printer = await effects.printer();
    const pdfs = await Promise.all(
      docs.map((d) =>
        printer.print(d.html, {
          footer: study.shortTitle ? study.shortTitle[d.lang] : '',
          date: pdfDate!,
          title: d.title,
          lang: d.lang,
        }),
      ),
    );
    docs.forEach((d, i) => outputs.set(`${d.lang}.pdf`, pdfs[i]!));
  }

  const manifest: Manifest = {
    ...recorded,
    outputs: [...outputs.entries()].map(([name, content]) => ({
      path: name,
      sha256: sha256(content),
      bytes: typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength,
    })),
  };
  outputs.set('manifest.json', stableJson(manifest));

  // The previous results, to say what changed; read before the swap replaces them.
  const oldResults = effects.readOutput(options.outDir, study.id, 'results.json');
  const oldText = oldResults ? Buffer.from(oldResults).toString('utf8') : undefined;
  effects.writeOutputs(options.outDir, study.id, outputs);

  let changes: ResultsDiff | undefined;
  let previous: string | undefined;
  const oldDoc = parseJson<ResultsDoc>(oldText);
  if (oldDoc) {
    changes = diffResults(oldDoc, resultsDoc as ResultsDoc);
    if (oldText !== resultsJson) {
      const kept = new Map<string, string | Uint8Array>([['results.json', oldText!]]);
      if (oldManifestBytes) kept.set('manifest.json', oldManifestBytes);
      previous = effects.keepPrevious(options.outDir, study.id, kept);
    }
  }
  return {
    id: study.id,
    outputs: [...outputs.keys()],
    warnings,
    skipped: false,
    results,
    resultsJson,
    html,
    changes,
    previous,
    htmlMs,
  };
}

/**
 * A build is up to date when the previous manifest records the same naskah (version and
 * code), options, template and inputs, and every output it lists is still there unchanged.
 */
function upToDate(
  prev: Manifest,
  now: Omit<Manifest, 'outputs'>,
  read: (name: string) => Uint8Array | undefined,
): boolean {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (prev.naskah !== now.naskah || prev.code !== now.code || prev.template !== now.template) return false;
  if (!same(prev.options, now.options)) return false;
  if (
    !same(
      prev.inputs?.map((i) => [i.path, i.sha256]),
      now.inputs.map((i) => [i.path, i.sha256]),
    )
  )
    return false;
  if (!Array.isArray(prev.outputs)) return false;
  return prev.outputs.every((o) => {
    const content = read(o.path);
    return content !== undefined && sha256(content) === o.sha256;
  });
}

function parseJson<T>(text: string | Uint8Array | undefined): T | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(typeof text === 'string' ? text : Buffer.from(text).toString('utf8')) as T;
  } catch {
    return undefined;
  }
}

/** File access that reads each path once per build. */
function onceFiles(files: StudyFiles & DataFiles): StudyFiles & DataFiles {
  const texts = new Map<string, string | undefined>();
  return {
    ...files,
    readText(path: string) {
      if (!texts.has(path)) texts.set(path, files.readText(path));
      return texts.get(path);
    },
  };
}

function analysisWarning(study: Study, id: string, w: Reason): Diagnostic {
  const index = study.analyses.findIndex((a) => a.id === id);
  const { message, hint } = warningText(id, w);
  return {
    code: `analysis/${w.code}`,
    severity: 'warning',
    message,
    location: study.locate(['analyses', index]),
    hint,
  };
}
