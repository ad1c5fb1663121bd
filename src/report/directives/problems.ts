/**
 * Problems in manuscript text are vfile messages: each plugin reports with
 * `file.message(reason, place)` and goes on, so one build finds every mistake in every
 * file. A message carries the rule id (`unknown-analysis`), `source: 'naskah'`, the hint
 * in `note`, the candidates in `expected`, and is fatal (it fails the build). The build
 * turns them into the Diagnostics every other stage reports, code `manuscript/<rule>`.
 */
import type { Node } from 'mdast';
import type { VFile } from 'vfile';
import { type Diagnostic, suggest } from '../../errors.ts';

export const SOURCE = 'naskah';

export type Position = NonNullable<Node['position']>;
export type Point = Position['start'];

export function problem(
  file: VFile,
  place: Node | Position | Point | undefined,
  rule: string,
  reason: string,
  hint: string,
  expected?: string[],
): void {
  const where = place && 'type' in place ? place.position : place;
  const message = file.message(reason, { place: where, ruleId: rule, source: SOURCE });
  message.fatal = true;
  message.note = hint;
  if (expected) message.expected = expected;
}

/** `Did you mean "pre_post"? Analyses with statistics in this study: a, b.` */
export function knownHint(key: string, known: string[], what: string): string {
  if (!known.length) return 'This study has none.';
  const close = suggest(key, known);
  return `${close && close !== key ? `Did you mean "${close}"? ` : ''}${what} in this study: ${known.join(', ')}.`;
}

/**
 * The messages of one file as Diagnostics, in reading order. Generated text has no file
 * (`file.path` unset) and no line a reader could open, so it is named `generated` alone.
 */
export function diagnosticsOf(file: VFile, generated: string): Diagnostic[] {
  const located = file.messages
    .filter((m) => m.source === SOURCE)
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (a.m.line ?? 0) - (b.m.line ?? 0) || (a.m.column ?? 0) - (b.m.column ?? 0) || a.i - b.i);
  return located.map(({ m }) => ({
    code: `manuscript/${m.ruleId}`,
    severity: m.fatal ? 'error' : 'warning',
    message: m.reason,
    location: file.path ? { file: file.path, line: m.line, column: m.column } : { file: generated },
    hint: m.note,
  }));
}
