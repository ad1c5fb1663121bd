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
