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
import { FILE_LIMITS, type FileKind } from '../limits.ts';
import { fileMessages as M } from './messages.ts';

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
  if (rel.trim() === '') return { code: 'study/invalid-value', message: M.empty(field), hint: M.emptyHint };
  const abs = resolve(dir, rel);
  if (isAbsolute(rel) || !within(abs, dir))
    return { code: 'study/path-outside', message: M.outside(field, rel), hint: M.outsideHint };
  if (!inspect) return { path: abs };
  const facts = inspect(abs);
  if (facts.type === 'missing') return { path: abs };
  const realDir = inspect(dir).real;
  if (!within(facts.real, realDir) && !roots.some((r) => within(facts.real, inspect(r).real)))
    return { code: 'study/path-outside', message: M.linkOutside(field, rel, facts.real), hint: M.linkOutsideHint };
  if (facts.type === 'directory')
    return { code: 'study/not-a-file', message: M.folder(field, rel), hint: M.folderHint(rel) };
  if (facts.type === 'other')
    return { code: 'study/not-a-file', message: M.notRegular(field, rel), hint: M.notRegularHint };
  if (facts.size > FILE_LIMITS[kind])
    return {
      code: 'study/file-too-large',
      message: M.tooLarge(field, rel, facts.size, FILE_LIMITS[kind], kind),
      hint: M.tooLargeHint,
    };
  return { path: abs };
}
