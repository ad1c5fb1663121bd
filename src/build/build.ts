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

import { dirname, isAbsolute, join, normalize } from 'node:path';
import { analyze, type Results } from '../analysis/index.ts';
import { readDataset, type DataFiles } from '../data/read.ts';
import { type Diagnostic, NaskahError } from '../errors.ts';
import type { Reason } from '../analysis/unit.ts';
import { warningText } from './warnings.ts';
import { scoreInstruments } from '../instruments/score.ts';
import { composeDocument } from '../report/index.ts';
import { type ResolvedDocument, resolveDocument } from '../report/directives/index.ts';
import type { ReferenceDocx } from '../render/docx/reference.ts';
import { manuscriptProblems, renderHtml } from '../render/html.ts';
import type { Printer } from '../render/pdf.ts';
import { loadTemplate, type Template } from '../render/template.ts';
import { loadStudy, type StudyFiles } from '../study/load.ts';
import type { Lang, Study } from '../study/types.ts';
import { NASKAH_VERSION, PACKAGE_ROOT } from '../version.ts';
import { STUDY_REGISTRIES } from './registries.ts';
import { diffResults, type ResultsDiff } from './diff.ts';
import { type Manifest, type OutputFormat, sha256, stableJson, studyInputs, upToDate } from './manifest.ts';
import type { OutputClaim } from './output.ts';
import type { ResultsDoc } from './reported.ts';

export type { Manifest, OutputFormat };

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
  /**
   * Checks that <outDir>/<id>/ may be replaced (a folder naskah wrote, overlapping none of
   * the study's inputs) and takes the study's build lock; returns its release. Optional:
   * outputs kept in memory need no guard.
   */
  claimOutput?(claim: OutputClaim): Promise<() => void>;
  /** Writes a study's complete output set, replacing the previous one as a whole. */
  writeOutputs(outDir: string, id: string, files: Map<string, string | Uint8Array>): void;
  /** A file of the current build in <outDir>/<id>/, or undefined when there is none. */
  readOutput(outDir: string, id: string, name: string): Uint8Array | undefined;
  /** Keeps the results.json a rebuild replaced, for `naskah diff`; returns where (relative to cwd when inside it). */
  keepPrevious(outDir: string, id: string, files: Map<string, string | Uint8Array>): string;
  /** The date stamped into PDF and DOCX metadata (reproducible: from SOURCE_DATE_EPOCH or fixed). */
  pdfDate(): Date;
  /** The browser's version (`chromium --version`), recorded in the manifest of a build with PDFs. */
  browserVersion?(): Promise<string | undefined> | string | undefined;
  /** A binary file of the study (a reference .docx), or undefined when it cannot be read. */
  readBytes?(path: string): Uint8Array | undefined;
  /** Fingerprint of naskah's own code (src/code-hash.ts). */
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

export async function buildStudy(studyDir: string, options: BuildOptions, effects: BuildEffects): Promise<BuildResult> {
  const t0 = performance.now();
  // One build reads each file once (the loader, the data reader and the manifest all ask).
  const files = onceFiles(effects.files);
  const { study, warnings } = loadStudy(studyDir, { cwd: effects.cwd, files, registries: STUDY_REGISTRIES });
  const template = loadTemplate(study.template, study);
  const release = await effects.claimOutput?.({
    outDir: options.outDir,
    id: study.id,
    studyDir: study.dir,
    inputs: inputPaths(study, template),
  });
  try {
    return await buildClaimed(study, warnings, template, files, options, effects, t0);
  } finally {
    release?.();
  }
}

/** The files and folders of a study that an output folder must never overlap. */
function inputPaths(study: Study, template: Template): string[] {
  const paths = [join(study.dir, 'study.yaml'), join(study.dir, 'manuscript')];
  if (study.data) paths.push(join(study.dir, study.data.file), dirname(join(study.dir, study.data.file)));
  if (study.bibliography) paths.push(join(study.dir, study.bibliography.file));
  if (study.referenceDocx) paths.push(join(study.dir, study.referenceDocx));
  if (study.citationStyle && 'xml' in study.citationStyle) paths.push(join(study.dir, study.citationStyle.file));
  for (const f of template.files) paths.push(dirname(join(template.builtIn ? PACKAGE_ROOT : study.dir, f.path)));
  return paths.filter((p) => p !== study.dir);
}

async function buildClaimed(
  study: Study,
  warnings: Diagnostic[],
  template: Template,
  files: StudyFiles & DataFiles,
  options: BuildOptions,
  effects: BuildEffects,
  t0: number,
): Promise<BuildResult> {
  const reference = study.referenceDocx ? referenceBytes(study, effects) : undefined;
  const inputs: { path: string; content: string | Uint8Array }[] = studyInputs(study, files, template);
  if (reference) inputs.push({ path: study.referenceDocx!, content: reference });
  const langs = (options.langs ?? study.languages).filter((l) => study.languages.includes(l));
  const formats = [...new Set(options.formats)].sort();
  const pdfDate = formats.includes('pdf') || formats.includes('docx') ? effects.pdfDate() : undefined;
  const pdfBrowser = formats.includes('pdf') ? await effects.browserVersion?.() : undefined;
  const recorded = {
    naskah: NASKAH_VERSION,
    code: effects.codeHash(),
    node: process.version,
    ...(pdfBrowser ? { browser: pdfBrowser } : {}),
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

  // The browser starts now and launches while the statistics and the HTML are composed;
  // the PDF step below awaits it. A failed launch is reported there, not as unhandled here.
  const printerStarted = formats.includes('pdf') ? effects.printer() : undefined;
  printerStarted?.catch(() => undefined);
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
  const problems: Diagnostic[] = [];
  const resolvedDocs: Partial<Record<Lang, ResolvedDocument>> = {};
  // Each language prints as soon as its HTML is ready, while Node composes the next one
  // (and the Word files): the browser's work overlaps Node's instead of following it.
  const printing: Partial<Record<Lang, Promise<Uint8Array>>> = {};
  for (const lang of order) {
    const doc = composeDocument(study, results, lang, { version: NASKAH_VERSION, numbering: template.numbering });
    // One resolution serves every format written from it.
    const resolved = resolveDocument(doc);
    // A manuscript's problems are collected over every language before the build fails.
    const rendered = await renderHtml(doc, template, NASKAH_VERSION, resolved).catch(manuscriptProblems(problems));
    if (!rendered) continue;
    html[lang] = rendered.html;
    titles[lang] = doc.title;
    resolvedDocs[lang] = resolved;
    options.onHtml?.(lang, rendered.html);
    if (printerStarted) {
      const printed = printerStarted.then((printer) =>
        printer.print(rendered.html, {
          footer: study.shortTitle ? study.shortTitle[lang] : '',
          date: pdfDate!,
          title: doc.title,
          lang,
        }),
      );
      // Awaited below; a build that fails first (another language's problems) leaves it.
      printed.catch(() => undefined);
      printing[lang] = printed;
    }
  }
  if (problems.length) throw NaskahError.fromDiagnostics(problems);
  // Outputs in the study's language order, whatever order they were rendered in.
  const docs = langs.map((lang) => ({ lang, title: titles[lang]!, html: html[lang]! }));
  if (formats.includes('html')) for (const d of docs) outputs.set(`${d.lang}.html`, d.html);
  if (formats.includes('docx')) {
    // Loaded only when asked for: the docx package and the SVG rasteriser are large.
    const { readReferenceDocx, renderDocx } = await import('../render/docx/index.ts');
    let styleSource: ReferenceDocx | undefined;
    if (reference) {
      const read = readReferenceDocx(reference);
      if ('problem' in read)
        throw new NaskahError(
          'study/reference-docx-invalid',
          `referenceDocx "${study.referenceDocx}" ${read.problem}`,
          {
            location: study.locate(['referenceDocx']),
            hint: "Name the journal's Word template (.docx, saved by Word or LibreOffice) in the study folder.",
          },
        );
      styleSource = read;
    }
    for (const d of docs)
      outputs.set(
        `${d.lang}.docx`,
        await renderDocx(resolvedDocs[d.lang]!, {
          date: pdfDate!,
          footer: study.shortTitle ? study.shortTitle[d.lang] : '',
          reference: styleSource,
          page: template.page,
          thesis: template.numbering.kind === 'chapter',
        }),
      );
  }
  const htmlMs = performance.now() - t0;
  if (formats.includes('pdf')) {
    const pdfs = await Promise.all(docs.map((d) => printing[d.lang]!));
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
    changes = diffResults(oldDoc, resultsDoc as unknown as ResultsDoc);
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
 * The reference .docx a study names: a file inside the study folder (naskah reads nothing
 * outside it), read as bytes. Its problems are errors only where they matter: a missing
 * file here, a file that is not Word's when a .docx is written.
 */
function referenceBytes(study: Study, effects: BuildEffects): Uint8Array {
  const rel = study.referenceDocx!;
  // For a message only: finding the line may parse study.yaml (src/study/yaml-cache.ts).
  const location = () => study.locate(['referenceDocx']);
  if (isAbsolute(rel) || normalize(rel).split(/[\\/]/).includes('..'))
    throw new NaskahError('study/reference-docx-outside', `referenceDocx "${rel}" is outside the study folder`, {
      location: location(),
      hint: 'Put the Word template in the study folder and give its path relative to study.yaml, e.g. `referenceDocx: jurnal.docx`.',
    });
  const bytes = effects.readBytes?.(join(study.dir, rel));
  if (!bytes)
    throw new NaskahError('study/reference-docx-not-found', `referenceDocx "${rel}" does not exist`, {
      location: location(),
      hint: "Put the journal's Word template in the study folder or correct `referenceDocx:` in study.yaml.",
    });
  return bytes;
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
