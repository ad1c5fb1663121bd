/**
 * The manifest of a build (manifest.json): which naskah, options, template and input
 * files (with their SHA-256) produced which outputs. It proves where a manuscript came
 * from (`naskah verify`) and decides whether a study is up to date (incremental builds).
 */
import { createHash } from 'node:crypto';
import type { Template } from '../render/template.ts';
import type { StudyFiles } from '../study/load.ts';
import type { Lang, Study } from '../study/types.ts';

export type OutputFormat = 'html' | 'pdf' | 'json' | 'docx';

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
  /** The browser that printed the PDFs (`chromium --version`), when there are PDFs. */
  browser?: string;
  study: string;
  template: string;
  options: { langs: Lang[]; formats: OutputFormat[]; pdfDate?: string };
  inputs: { path: string; sha256: string; bytes: number }[];
  outputs: { path: string; sha256: string; bytes: number }[];
}

/**
 * A build is up to date when the previous manifest records the same naskah (version and
 * code), options, template and inputs, and every output it lists is still there unchanged.
 */
export function upToDate(
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
