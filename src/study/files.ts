/**
 * The files a study names, confined: a path in study.yaml (data, references, template,
 * CSL, reference document) and the manuscript files must be regular files inside the
 * study folder once symbolic links are resolved (or inside naskah's built-in templates),
 * and no larger than the limit for their kind (src/limits.ts). A link out of the folder,
 * a folder, a FIFO or a device, and a file too large to be an input are refused with a
 * message before anything reads them, so nothing outside the study reaches a manuscript
 * and nothing hangs or fills memory.
 */
import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { FILE_LIMITS, type FileKind, formatBytes } from '../limits.ts';

/** What the file system says of a path, symbolic links resolved. */
export interface FileFacts {
  /** The real path (links resolved); the path itself when it does not exist. */
  real: string;
  type: 'file' | 'directory' | 'other' | 'missing';
  size: number;
}

/** What the file system says of a path: its type and size, and where its links lead. */
export function inspectFile(path: string): FileFacts {
  try {
    const st = statSync(path);
    return {
      // The system's realpath: one call, not an lstat per path component.
      real: realpathSync.native(path),
      type: st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'other',
      size: st.size,
    };
  } catch {
    return { real: path, type: 'missing', size: 0 };
  }
}

/** A refusal of a named file; the loader adds where in study.yaml the name is. */
export interface FileProblem {
  code: string;
  message: string;
  hint: string;
}

function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

/**
 * Checks the file `rel` that a study in `dir` names as `field`. `inspect` is the file
 * system's answer (absent for in-memory files, which cannot link anywhere); `roots` are
 * further folders it may resolve into (the built-in templates). Returns the absolute path,
 * or the problem; a missing file is not a problem here (callers say "does not exist").
 */
export function confineStudyFile(
  dir: string,
  rel: string,
  kind: FileKind,
  field: string,
  inspect: ((path: string) => FileFacts) | undefined,
  roots: string[] = [],
): { path: string } | FileProblem {
  if (rel.trim() === '')
    return {
      code: 'study/invalid-value',
      message: `${field} is empty`,
      hint: 'Give the path of a file inside the study folder, relative to study.yaml.',
    };
  const abs = resolve(dir, rel);
  if (isAbsolute(rel) || !within(abs, dir))
    return {
      code: 'study/path-outside',
      message: `${field} "${rel}" points outside the study folder`,
      hint: 'Keep every file the study uses inside its folder (e.g. data/pss.csv), so the folder is complete on its own.',
    };
  if (!inspect) return { path: abs };
  const facts = inspect(abs);
  if (facts.type === 'missing') return { path: abs };
  const realDir = inspect(dir).real;
  if (!within(facts.real, realDir) && !roots.some((r) => within(facts.real, inspect(r).real)))
    return {
      code: 'study/path-outside',
      message: `${field} "${rel}" is a link to ${facts.real}, outside the study folder`,
      hint: 'Copy the file into the study folder instead of linking to it, so the study is complete on its own and its manifest names what was read.',
    };
  if (facts.type === 'directory')
    return {
      code: 'study/not-a-file',
      message: `${field} "${rel}" is a folder, not a file`,
      hint: `Name the file inside it, e.g. ${rel.replace(/\/$/, '')}/<name>.`,
    };
  if (facts.type === 'other')
    return {
      code: 'study/not-a-file',
      message: `${field} "${rel}" is not a regular file (a device, pipe or socket)`,
      hint: 'Name an ordinary file saved in the study folder.',
    };
  if (facts.size > FILE_LIMITS[kind])
    return {
      code: 'study/file-too-large',
      message: `${field} "${rel}" is ${formatBytes(facts.size)}, more than the ${formatBytes(FILE_LIMITS[kind])} naskah reads for ${describe(kind)}`,
      hint: 'Check that this is the right file; the limits are listed in docs/limits.md.',
    };
  return { path: abs };
}

function describe(kind: FileKind): string {
  const names: Record<FileKind, string> = {
    'study.yaml': 'a study.yaml',
    data: 'a data file',
    spreadsheet: 'a spreadsheet',
    manuscript: 'a manuscript file',
    references: 'a references file',
    template: 'a template file',
    csl: 'a citation style',
    'reference-docx': 'a reference document',
  };
  return names[kind];
}
