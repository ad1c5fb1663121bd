/**
 * Verifying a build: rebuild the study into a temporary folder (HTML, Word files and
 * results.json, the languages of the build verified) and compare byte for byte; when they
 * differ, name the reported numbers and conclusions that differ, the first line of a Word
 * file's text that differs, and the inputs that are not the ones the manifest records.
 * `naskah verify` runs this.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStudy, type BuildEffects, type Manifest, type OutputFormat } from '../build/build.ts';
import { diffResults, type ResultsDiff } from '../build/diff.ts';
import { sha256 } from '../build/manifest.ts';
import type { ResultsDoc } from '../build/reported.ts';
import type { Lang } from '../study/types.ts';
import { NASKAH_VERSION } from '../version.ts';
import { compareDocx, type DocxComparison } from './docx.ts';
import { formatDiff } from './format.ts';
import { type BuildOnDisk, readRegular } from './load.ts';
import { messages as M } from './messages.ts';

export interface VerifyReport {
  study: string;
  against: string;
  identical: boolean;
  files: {
    file: string;
    identical: boolean;
    note?: 'missing' | 'not-rebuilt' | 'text-compared' | 'not-as-recorded';
    /** A Word file whose bytes differ: whether its text is the same, else where it first differs. */
    textIdentical?: boolean;
    firstDifference?: DocxComparison['firstDifference'];
  }[];
  /** Set when the PDFs were printed by another browser than the manifest records: their text was compared. */
  browserDiffers?: { recorded: string; current: string };
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
  const m = against.manifest;
  const langs = (m?.options?.langs ?? (htmlLangs.length ? htmlLangs : undefined)) as Lang[] | undefined;
  // Every format the build has: the manifest's, else what lies beside results.json.
  const recordedFormats = (m?.options?.formats ?? []).filter((f): f is OutputFormat =>
    ['html', 'pdf', 'json', 'docx'].includes(f),
  );
  const found: OutputFormat[] = against.html.size ? ['html', 'json'] : ['json'];
  if (against.docx.size) found.push('docx');
  const formats: OutputFormat[] = recordedFormats.length
    ? [...new Set<OutputFormat>([...recordedFormats, 'json'])]
    : found;
  const r = await buildStudy(studyDir, { outDir: tmp, langs, formats, force: true }, effects);
  const rebuiltBytes = (name: string) => {
    const p = join(tmp, r.id, name);
    return existsSync(p) ? readFileSync(p) : undefined;
  };
  const rebuilt = (name: string) => readFileSync(join(tmp, r.id, name), 'utf8');
  const current = JSON.parse(rebuilt('manifest.json')) as Manifest;

  const files: VerifyReport['files'] = [
    { file: 'results.json', identical: rebuilt('results.json') === against.resultsText },
  ];
  for (const [name, content] of against.html) {
    const now = rebuiltBytes(name);
    files.push({ file: name, identical: now !== undefined && now.toString('utf8') === content });
  }
  if (!m) for (const [name, content] of against.docx) files.push(compareDocx(name, content, rebuiltBytes(name)));
  let browserDiffers: VerifyReport['browserDiffers'];
  if (m) {
    const sameBrowser = (m.browser ?? '') === (current.browser ?? '');
    // Every output the manifest lists: there, as the manifest recorded it, and as rebuilt.
    for (const o of Array.isArray(m.outputs) ? m.outputs : []) {
      if (o.path === 'results.json' || against.html.has(o.path)) continue;
      // An output is a file of the build folder itself: a manifest naming another path
      // (../../x, a device) is not followed.
      const plain = typeof o.path === 'string' && /^[^/\\]+$/.test(o.path) && o.path !== '..' && o.path !== '.';
      const was = plain ? readRegular(join(against.dir, o.path)) : undefined;
      if (!was) {
        files.push({ file: o.path, identical: false, note: 'missing' });
        continue;
      }
      if (sha256(was) !== o.sha256) {
        files.push({ file: o.path, identical: false, note: 'not-as-recorded' });
        continue;
      }
      const now = rebuiltBytes(o.path);
      if (!now) files.push({ file: o.path, identical: false, note: 'not-rebuilt' });
      else if (o.path.endsWith('.pdf') && !sameBrowser) {
        browserDiffers = { recorded: m.browser ?? 'unknown', current: current.browser ?? 'unknown' };
        files.push({ file: o.path, identical: (await pdfText(was)) === (await pdfText(now)), note: 'text-compared' });
      } else if (o.path.endsWith('.docx')) files.push(compareDocx(o.path, was, now));
      else files.push({ file: o.path, identical: Buffer.compare(was, now) === 0 });
    }
    // The manifest itself: as rebuilt, apart from what names the software that built it.
    const path = join(against.dir, 'manifest.json');
    const software = { naskah: current.naskah, code: current.code, node: current.node, browser: current.browser };
    let same = false;
    try {
      const was = JSON.parse(readRegular(path)?.toString('utf8') ?? '') as Manifest;
      same = JSON.stringify({ ...was, ...software }) === JSON.stringify({ ...current, ...software });
    } catch {
      same = false;
    }
    files.push({ file: 'manifest.json', identical: same });
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
    browserDiffers,
  };

  if (m) {
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
    lines.push(
      `  ${f.note === 'missing' ? M.verifyGone(f.file) : f.note === 'not-as-recorded' ? M.verifyNotAsRecorded(f.file) : f.identical ? M.verifyIdentical(f.file, f.note === 'text-compared') : M.verifyDiffers(f.file, f.note === 'text-compared')}`,
    );
    if (f.textIdentical) lines.push(`    ${M.docxTextSame}`);
    if (f.firstDifference) lines.push(...M.docxTextDiffers(f.firstDifference).map((l) => `    ${l}`));
  }
  if (r.browserDiffers) lines.push(`  ${M.verifyBrowserDiffers(r.browserDiffers.recorded, r.browserDiffers.current)}`);
  if (r.inputsDiffer === undefined) lines.push(`  ${M.verifyNoManifest}`);
  else if (r.inputsDiffer.length) lines.push(`  ${M.verifyInputsDiffer(r.inputsDiffer)}`);
  else lines.push(`  ${M.verifyInputsSame(r.inputsChecked ?? 0)}`);
  if (r.codeDiffers) lines.push(`  ${M.verifyCodeDiffers(r.codeDiffers.recorded, r.codeDiffers.current)}`);
  if (r.changes) lines.push('', formatDiff(r.changes, `${r.study} (old = ${r.against}, new = rebuilt)`).trimEnd());
  lines.push('', r.identical ? M.verifyOk(r.files.some((f) => f.file.endsWith('.pdf'))) : M.verifyFailed);
  return `${lines.join('\n')}\n`;
}

/** The text of a PDF, page by page, for comparing PDFs printed by different browsers. */
async function pdfText(data: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    const doc = await pdfjs.getDocument({
      data: new Uint8Array(data),
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      verbosity: 0,
    }).promise;
    const pages: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
    }
    await doc.destroy();
    return pages.join('\f');
  } catch {
    return '\0unreadable';
  }
}
