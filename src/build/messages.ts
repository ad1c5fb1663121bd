/**
 * The sentences that name a changed conclusion (src/build/diff.ts): one line each,
 * `<analysis>: <what changed>`. English CLI output, as all messages about rebuilds
 * (src/rebuild/messages.ts).
 */
export const messages = {
  significance: (now: boolean, oldP: string, newP: string) =>
    now
      ? `now significant (p ${rel(oldP)} → p ${rel(newP)})`
      : `no longer significant (p ${rel(oldP)} → p ${rel(newP)})`,
  direction: (from: string, to: string) => `direction of the effect changed: ${from} → ${to}`,
  test: (from: string, to: string, reason?: string) =>
    `test chosen changed: ${from} → ${to}${reason ? ` (${reason})` : ''}`,
  check: (what: string, passed: boolean, oldP: string, newP: string) =>
    `${what}: assumption ${passed ? 'now holds' : 'now rejected'}${oldP !== '—' || newP !== '—' ? ` (p ${rel(oldP)} → p ${rel(newP)})` : ''}`,
  threshold: (variable: string, moves: string[]) =>
    `${variable}: a count crossed a category threshold (${moves.join(', ')})`,
  classification: (where: string, from: string, to: string) => `${where}: ${from} → ${to}`,
  failed: (message: string) => `could not be computed any more: ${message}`,
  recovered: () => 'computed again (it failed before)',
  added: (test: string) => `new analysis (${test})`,
  removed: () => 'analysis removed',
  move: (category: string, from: string, to: string) => `${category}: ${from} → ${to}`,
};

/** `< .001` stays as is; a plain value becomes `= .031`. */
function rel(shown: string): string {
  return /^[<>]/.test(shown) ? shown : `= ${shown}`;
}

/** Refusals of an output folder (src/build/output.ts) and the lock between builds. */
export const outputMessages = {
  outIsFile: (out: string) => `the output folder "${out}" is a file`,
  outIsFileHint: 'Give --out a folder (it is created when missing), e.g. --out out.',
  outIsRoot: (out: string) => `refusing to write builds into the filesystem root "${out}"`,
  chooseOther:
    'Choose an output folder outside the study, e.g. --out out (the default), which naskah creates beside the studies.',
  outHoldsStudy: (target: string) =>
    `refusing to build into "${target}": it is the study folder or a folder that contains it, and the build would replace it`,
  outOverlapsInput: (target: string, input: string) =>
    `refusing to build into "${target}": it overlaps the study's input "${input}", which the build would replace`,
  outIsLink: (target: string) => `refusing to replace "${target}": it is a symbolic link, not a folder naskah wrote`,
  targetIsFile: (target: string) => `refusing to replace "${target}": it is a file, not a folder naskah wrote`,
  notOurs: (target: string) =>
    `refusing to replace "${target}": it holds files but no manifest.json of this study, so naskah did not write it`,
  notOursHint: (target: string) =>
    `naskah only replaces folders it built. Move or rename "${target}", or choose another --out.`,
  waiting: (id: string, pid: number) => `waiting for another build of ${id} (process ${pid}) to finish…`,
  recovered: (id: string, from: string) => `restored ${id} from ${from}, left by a build that was interrupted`,
};
