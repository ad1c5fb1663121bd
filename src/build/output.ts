/**
 * The output folder of a build, guarded. naskah replaces `<out>/<id>/` as a whole, so it
 * must be sure that folder is its own and that replacing it cannot touch the study:
 *
 * - `<out>/<id>/` is replaced only when it is a folder naskah wrote (its manifest.json
 *   names the study) or an empty folder; anything else is refused, never deleted.
 * - `<out>/<id>/` may not be the study folder, a folder above it, or a folder that holds
 *   or lies inside one of its inputs (data, manuscript, references, template); `--out`
 *   may not be a file or a filesystem root.
 * - The swap is crash-safe: the new build is written to `<out>/.<id>.tmp-…`, the old one
 *   renamed to `<out>/.<id>.old-…`, the new one renamed into place, the old one removed.
 *   Between the two renames a crash leaves no `<out>/<id>/`, but a complete build beside
 *   it; the next build of the study restores it first (`recoverOutput`).
 * - Builds of one study are serialised by `<out>/.<id>.lock` (the PID of its holder); a
 *   lock whose process is gone is taken over.
 */
import {
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, isAbsolute, join, parse, relative, resolve, sep } from 'node:path';
import { NaskahError } from '../errors.ts';
import { outputMessages as M } from './messages.ts';

/** What the guard needs to know of a study: its folder and the paths of its inputs. */
export interface OutputClaim {
  outDir: string;
  id: string;
  studyDir: string;
  /** Absolute paths of the study's inputs (files and the folders they live in). */
  inputs: string[];
  /** The output folder as the user wrote it, for messages. */
  shown?: string;
}

/**
 * The real path of `p`, resolving symlinks of the part that exists. The system's realpath
 * (`.native`): one call where Node's own walks the path with an lstat per component, and a
 * build resolves a dozen paths twice.
 */
export function realish(p: string): string {
  const abs = resolve(p);
  try {
    return realpathSync.native(abs);
  } catch {
    const parent = dirname(abs);
    return parent === abs ? abs : join(realish(parent), abs.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)));
  }
}

/** True when `inner` is `outer` or lies inside it. */
export function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

/** A folder naskah wrote: it has a manifest.json that names this study. */
export function isNaskahBuild(dir: string, id: string): boolean {
  try {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { naskah?: unknown; study?: unknown };
    return typeof m.naskah === 'string' && m.study === id;
  } catch {
    return false;
  }
}

/**
 * Throws a NaskahError when building into `<outDir>/<id>/` could destroy anything that is
 * not an earlier build of this study.
 */
export function checkOutputTarget(claim: OutputClaim): void {
  const shown = claim.shown ?? claim.outDir;
  const outReal = realish(claim.outDir);
  const target = join(outReal, claim.id);
  const shownTarget = join(shown, claim.id);
  if (existsSync(claim.outDir) && !lstatOk(claim.outDir)?.isDirectory() && !isDirFollow(claim.outDir))
    throw new NaskahError('build/out-not-folder', M.outIsFile(shown), { hint: M.outIsFileHint });
  if (parse(outReal).root === outReal)
    throw new NaskahError('build/out-is-root', M.outIsRoot(shown), { hint: M.chooseOther });
  const study = realish(claim.studyDir);
  if (within(study, target))
    throw new NaskahError('build/out-overlaps-study', M.outHoldsStudy(shownTarget), { hint: M.chooseOther });
  for (const input of claim.inputs) {
    const real = realish(input);
    if (within(real, target) || within(target, real))
      throw new NaskahError('build/out-overlaps-input', M.outOverlapsInput(shownTarget, relative(study, real) || '.'), {
        hint: M.chooseOther,
      });
  }
  const st = lstatOk(target);
  if (!st) return;
  if (st.isSymbolicLink())
    throw new NaskahError('build/out-not-naskah', M.outIsLink(shownTarget), { hint: M.notOursHint(shownTarget) });
  if (!st.isDirectory())
    throw new NaskahError('build/out-not-naskah', M.targetIsFile(shownTarget), { hint: M.notOursHint(shownTarget) });
  if (readdirSync(target).length && !isNaskahBuild(target, claim.id))
    throw new NaskahError('build/out-not-naskah', M.notOurs(shownTarget), { hint: M.notOursHint(shownTarget) });
}

function lstatOk(p: string) {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}

function isDirFollow(p: string): boolean {
  try {
    return realpathSync.native(p) !== p && lstatSync(realpathSync.native(p)).isDirectory();
  } catch {
    return false;
  }
}

/** The steps of the swap, named for tests that stop a build at each (NASKAH_TEST_SWAP_KILL). */
export type SwapStep = 'written' | 'old-moved' | 'new-moved' | 'old-removed';

/**
 * Test hook: `NASKAH_TEST_SWAP_KILL=<step>` kills the process (SIGKILL, no clean-up) at
 * that step of the swap, so a test can prove every step leaves a complete build.
 */
function step(name: SwapStep): void {
  if (process.env.NASKAH_TEST_SWAP_KILL === name) process.kill(process.pid, 'SIGKILL');
}

/**
 * Writes a complete output set to `<outDir>/.<id>.tmp-…` and swaps it in for `<outDir>/<id>/`.
 * A failed write leaves the previous build untouched.
 */
export function swapOutputs(outDir: string, id: string, files: Map<string, string | Uint8Array>): void {
  mkdirSync(outDir, { recursive: true });
  const suffix = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const tmp = join(outDir, `.${id}.tmp-${suffix}`);
  const old = join(outDir, `.${id}.old-${suffix}`);
  const target = join(outDir, id);
  mkdirSync(tmp);
  try {
    // manifest.json last: a leftover with a manifest is a complete build.
    const ordered = [...files].sort(([a], [b]) => Number(a === 'manifest.json') - Number(b === 'manifest.json'));
    for (const [name, content] of ordered) writeFileSync(join(tmp, name), content);
    step('written');
    const had = existsSync(target);
    if (had) renameSync(target, old);
    step('old-moved');
    try {
      renameSync(tmp, target);
    } catch (err) {
      if (had) renameSync(old, target);
      throw err;
    }
    step('new-moved');
    if (had) rmSync(old, { recursive: true, force: true });
    step('old-removed');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** True when every output the folder's manifest lists is there (a finished build). */
function completeBuild(dir: string, id: string): boolean {
  if (!isNaskahBuild(dir, id)) return false;
  try {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { outputs?: { path: string }[] };
    return (m.outputs ?? []).every((o) => existsSync(join(dir, o.path)));
  } catch {
    return false;
  }
}

/**
 * Clears what a killed build left beside `<outDir>/<id>/`: when `<id>/` is missing, the
 * newest complete leftover (a written `.tmp-…`, else the moved-aside `.old-…`) is put
 * back; the other leftovers are removed. Call it holding the study's lock.
 */
export function recoverOutput(outDir: string, id: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(outDir);
  } catch {
    return undefined;
  }
  const leftovers = (kind: 'tmp' | 'old') => names.filter((n) => n.startsWith(`.${id}.${kind}-`)).sort();
  const target = join(outDir, id);
  let restored: string | undefined;
  if (!existsSync(target)) {
    for (const n of [...leftovers('tmp').reverse(), ...leftovers('old').reverse()]) {
      if (completeBuild(join(outDir, n), id)) {
        renameSync(join(outDir, n), target);
        restored = n;
        break;
      }
    }
  }
  for (const n of [...leftovers('tmp'), ...leftovers('old')])
    if (n !== restored) rmSync(join(outDir, n), { recursive: true, force: true });
  return restored;
}

/** True while the process with this PID exists (EPERM: it exists but is not ours). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Locks held by this process, so two builds of one study in one process also take turns. */
const heldHere = new Map<string, Promise<void>>();

/**
 * Takes `<outDir>/.<id>.lock`, waiting while another live build holds it (`onWait` is told
 * once, with the holder's PID). Returns the release.
 */
export async function lockOutput(
  outDir: string,
  id: string,
  onWait: (pid: number) => void,
  pollMs = 100,
): Promise<() => void> {
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, `.${id}.lock`);
  const key = resolve(path);
  // In-process turns first: the file lock alone cannot tell two builds of one PID apart.
  while (heldHere.has(key)) {
    onWait(process.pid);
    await heldHere.get(key);
  }
  let releaseHere!: () => void;
  heldHere.set(
    key,
    new Promise<void>((r) => {
      releaseHere = r;
    }),
  );
  let told = false;
  let unreadable = 0;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        heldHere.delete(key);
        releaseHere();
        throw err;
      }
    }
    let holder = Number.NaN;
    try {
      holder = Number.parseInt(readFileSync(path, 'utf8'), 10);
    } catch {
      continue; // released in between
    }
    // An empty lock is being written by its holder right now; one that stays empty was left by a crash.
    const stale = Number.isInteger(holder) ? holder !== process.pid && !alive(holder) : ++unreadable > 20;
    if (stale) {
      rmSync(path, { force: true });
      continue;
    }
    if (!told) onWait(holder);
    told = true;
    await new Promise((r) => setTimeout(r, pollMs));
  }
  return () => {
    rmSync(path, { force: true });
    heldHere.delete(key);
    releaseHere();
  };
}
