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
import { scoreInstruments } from './instruments/score.ts';
import { composeDocument } from './report/index.ts';
import { renderHtml } from './render/html.ts';
import type { Printer } from './render/pdf.ts';
import { loadTemplate, type Template } from './render/template.ts';
import { loadStudy, type StudyFiles } from './study/load.ts';
import type { Lang, Study } from './study/types.ts';
import { NASKAH_VERSION } from './version.ts';

export type OutputFormat = 'html' | 'pdf' | 'json';

export interface BuildOptions {
  /** Output root; the study's files go to <outDir>/<id>/. */
  outDir: string;
  /** Languages to build (default: the study's). */
  langs?: Lang[];
  formats: OutputFormat[];
}

export interface BuildEffects {
  files: StudyFiles & DataFiles;
  /** The shared browser; called only when a PDF is wanted. */
  printer(): Promise<Printer>;
  /** Writes a study's complete output set, replacing the previous one as a whole. */
  writeOutputs(outDir: string, id: string, files: Map<string, string | Uint8Array>): void;
  /** The date stamped into PDF metadata (reproducible: from SOURCE_DATE_EPOCH or fixed). */
  pdfDate(): Date;
  cwd: string;
}

export interface BuildResult {
  id: string;
  /** Output file names written under <outDir>/<id>/. */
  outputs: string[];
  warnings: Diagnostic[];
  results: Results;
  /** results.json text (also written when json is among the formats). */
  resultsJson: string;
  html: Partial<Record<Lang, string>>;
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
  for (const lang of Object.keys(study.manuscript) as Lang[]) add(study.manuscript[lang]!.file, study.manuscript[lang]!.text);
  if (study.bibliography) add(study.bibliography.file, study.bibliography.text);
  for (const f of template.files) add(f.path, f.content);
  return out;
}

/** JSON with sorted-insertion-stable keys and a final newline: byte-identical for equal data. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

export async function buildStudy(studyDir: string, options: BuildOptions, effects: BuildEffects): Promise<BuildResult> {
  const { study, warnings } = loadStudy(studyDir, { cwd: effects.cwd, files: effects.files });
  const template = loadTemplate(study.template);
  const data = study.data ? scoreInstruments(study, readDataset(study, effects.files)) : undefined;
  const results = analyze(study, data);

  for (const [id, a] of Object.entries(results.analyses)) {
    for (const w of a.warnings ?? []) {
      warnings.push(analysisWarning(study, id, w));
    }
  }

  const inputs = studyInputs(study, effects.files, template);
  const resultsDoc = {
    naskah: NASKAH_VERSION,
    study: study.id,
    alpha: results.alpha,
    n: results.n,
    inputs: Object.fromEntries(inputs.filter((i) => !i.path.startsWith('templates/')).map((i) => [i.path, sha256(i.content)])),
    analyses: results.analyses,
  };
  const resultsJson = stableJson(resultsDoc);
  const outputs = new Map<string, string | Uint8Array>();
  if (options.formats.includes('json')) outputs.set('results.json', resultsJson);

  const langs = (options.langs ?? study.languages).filter((l) => study.languages.includes(l));
  const html: Partial<Record<Lang, string>> = {};
  for (const lang of langs) {
    const doc = composeDocument(study, results, lang, { version: NASKAH_VERSION });
    const rendered = await renderHtml(doc, template, NASKAH_VERSION);
    html[lang] = rendered.html;
    if (options.formats.includes('html')) outputs.set(`${lang}.html`, rendered.html);
    if (options.formats.includes('pdf')) {
      const printer = await effects.printer();
      const short = study.shortTitle ? study.shortTitle[lang] : '';
      outputs.set(`${lang}.pdf`, await printer.print(rendered.html, { footer: short, date: effects.pdfDate(), title: doc.title, lang }));
    }
  }

  const manifest = {
    naskah: NASKAH_VERSION,
    node: process.version,
    study: study.id,
    options: { langs, formats: [...options.formats].sort() },
    inputs: inputs.map((i) => ({ path: i.path, sha256: sha256(i.content), bytes: Buffer.byteLength(i.content) })),
    outputs: [...outputs.entries()].map(([name, content]) => ({ path: name, sha256: sha256(content), bytes: typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength })),
  };
  outputs.set('manifest.json', stableJson(manifest));
  effects.writeOutputs(options.outDir, study.id, outputs);
  return { id: study.id, outputs: [...outputs.keys()], warnings, results, resultsJson, html };
}

function analysisWarning(study: Study, id: string, w: { code: string; [k: string]: unknown }): Diagnostic {
  const index = study.analyses.findIndex((a) => a.id === id);
  const location = study.locate(['analyses', index]);
  if (w.code === 'small-n-test') {
    return {
      code: 'analysis/small-n-test',
      severity: 'warning',
      message: `analysis "${id}" asks for a significance test with only n = ${String(w.n)} pairs; its p-value cannot support a conclusion`,
      location,
      hint: `With fewer than ${String(w.minimum)} pairs describe each participant instead (type: reliable-change); the methods text states this limitation.`,
    };
  }
  return { code: `analysis/${w.code}`, severity: 'warning', message: `analysis "${id}": ${w.code}`, location };
}
