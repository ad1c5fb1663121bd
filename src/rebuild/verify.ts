/**
 * Verifying a build: rebuild the study into a temporary folder (HTML, Word files and
 * results.json, the languages of the build verified) and compare byte for byte; when they
 * differ, name the reported numbers and conclusions that differ, the first line of a Word
 * file's text that differs, and the inputs that are not the ones the manifest records.
 * `naskah verify` runs this.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStudy, type BuildEffects, type Manifest, type OutputFormat } from '../build/build.ts';
import { diffResults, type ResultsDiff } from '../build/diff.ts';
import type { ResultsDoc } from '../build/reported.ts';
import type { Lang } from '../study/types.ts';
import { NASKAH_VERSION } from '../version.ts';
import { compareDocx, type DocxComparison } from './docx.ts';
import { formatDiff } from './format.ts';
import type { BuildOnDisk } from './load.ts';
import { messages as M } from './messages.ts';

export interface VerifyReport {
  study: string;
  against: string;
  identical: boolean;
  files: {
    file: string;
    identical: boolean;
    textIdentical?: boolean;
    firstDifference?: DocxComparison['firstDifference'];
  }[];
  /** Inputs whose SHA-256 differs from the manifest (changed, added or missing); undefined without a manifest. */
  inputsDiffer?: string[];
  inputsChecked?: number;
  /** Set when the manifest was written by other naskah code. */
  codeDiffers?: { recorded: string; current: string };
  changes?: ResultsDiff;
}

export async function verify(
  studyDir: string,
  against: BuildOnDisk,
  tmp: string,
  effects: BuildEffects,
): Promise<VerifyReport> {
  const htmlLangs = [...new Set([...against.html.keys(), ...against.docx.keys()])].map((f) => f.slice(0, 2) as Lang);
  const langs = (against.manifest?.options?.langs ?? (htmlLangs.length ? htmlLangs : undefined)) as Lang[] | undefined;
  const formats: OutputFormat[] = against.html.size ? ['html', 'json'] : ['json'];
  if (against.docx.size) formats.push('docx');
  const r = await buildStudy(studyDir, { outDir: tmp, langs, formats, force: true }, effects);
  const rebuilt = (name: string) => readFileSync(join(tmp, r.id, name), 'utf8');

  const files = [{ file: 'results.json', identical: rebuilt('results.json') === against.resultsText }];
  for (const [name, content] of against.html) {
    let now: string | undefined;
    try {
      now = rebuilt(name);
    } catch {
      now = undefined;
    }
    files.push({ file: name, identical: now === content });
  }
  for (const [name, content] of against.docx) {
    let now: Uint8Array | undefined;
    try {
      now = readFileSync(join(tmp, r.id, name));
    } catch {
      now = undefined;
    }
    files.push(compareDocx(name, content, now));
  }
  const report: VerifyReport = {
    study: r.id,
    against: against.shown,
    identical: files.every((f) => f.identical),
    files,
  };

  const m = against.manifest;
  if (m) {
    const current = JSON.parse(rebuilt('manifest.json')) as Manifest;
    const before = new Map((m.inputs ?? []).map((i) => [i.path, i.sha256]));
    const now = new Map(current.inputs.map((i) => [i.path, i.sha256]));
    report.inputsChecked = now.size;
    report.inputsDiffer = [...new Set([...before.keys(), ...now.keys()])].filter((p) => before.get(p) !== now.get(p));
    if (m.naskah !== NASKAH_VERSION || (m.code && m.code !== current.code)) {
      report.codeDiffers = {
        recorded: `${m.naskah}${m.code ? ` (code ${m.code.slice(0, 12)})` : ''}`,
        current: `${NASKAH_VERSION} (code ${current.code.slice(0, 12)})`,
      };
    }
  }
  if (!files[0]!.identical) report.changes = diffResults(against.results, JSON.parse(r.resultsJson) as ResultsDoc);
  return report;
}

export function formatReport(r: VerifyReport): string {
  const lines = [M.verifyHead(r.study, r.against)];
  for (const f of r.files) {
    lines.push(`  ${f.identical ? M.verifyIdentical(f.file) : M.verifyDiffers(f.file)}`);
    if (f.textIdentical) lines.push(`    ${M.docxTextSame}`);
    if (f.firstDifference) lines.push(...M.docxTextDiffers(f.firstDifference).map((l) => `    ${l}`));
  }
  if (r.inputsDiffer === undefined) lines.push(`  ${M.verifyNoManifest}`);
  else if (r.inputsDiffer.length) lines.push(`  ${M.verifyInputsDiffer(r.inputsDiffer)}`);
  else lines.push(`  ${M.verifyInputsSame(r.inputsChecked ?? 0)}`);
  if (r.codeDiffers) lines.push(`  ${M.verifyCodeDiffers(r.codeDiffers.recorded, r.codeDiffers.current)}`);
  if (r.changes) lines.push('', formatDiff(r.changes, `${r.study} (old = ${r.against}, new = rebuilt)`).trimEnd());
  lines.push('', r.identical ? M.verifyOk : M.verifyFailed);
  return `${lines.join('\n')}\n`;
}
