/**
 * Errors are values: a stable code, a plain-language message, where it happened and
 * how to fix it. Stages return or throw `NaskahError`; the CLI entry is the one place
 * that catches and prints them (with a stack only under --debug).
 */

/** Where a problem is: a file position, a CSV cell, or a field path in study.yaml. */
export interface SourceLocation {
  file?: string;
  line?: number;
  column?: number;
  /** CSV data row, 1-based, counting the header as row 1 (as a spreadsheet shows it). */
  row?: number;
  /** CSV column name. */
  csvColumn?: string;
  /** Field path inside a structured file, e.g. `analyses[1].before`. */
  path?: string;
}

export type Severity = 'error' | 'warning';

/** One finding of validation or loading; a list of these never throws. */
export interface Diagnostic {
  /** Rule id, e.g. `study/unknown-key`, `data/out-of-range`. */
  code: string;
  severity: Severity;
  message: string;
  location?: SourceLocation;
  /** How to fix it. */
  hint?: string;
}

export class NaskahError extends Error {
  readonly code: string;
  readonly location?: SourceLocation;
  readonly hint?: string;
  /** Further problems of the same kind, when a stage collected several. */
  readonly related: Diagnostic[];

  constructor(
    code: string,
    message: string,
    opts: { location?: SourceLocation; hint?: string; related?: Diagnostic[]; cause?: unknown } = {},
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'NaskahError';
    this.code = code;
    this.location = opts.location;
    this.hint = opts.hint;
    this.related = opts.related ?? [];
  }

  static fromDiagnostics(diagnostics: Diagnostic[]): NaskahError {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0] ?? diagnostics[0];
    if (!first) return new NaskahError('internal', 'fromDiagnostics called with no diagnostics');
    return new NaskahError(first.code, first.message, {
      location: first.location,
      hint: first.hint,
      related: errors.slice(1),
    });
  }

  toDiagnostic(): Diagnostic {
    return { code: this.code, severity: 'error', message: this.message, location: this.location, hint: this.hint };
  }
}

/** `file:line:column`, `file, row 12, column "usia"`, or `file (analyses[0].before)`. */
function formatLocation(loc: SourceLocation | undefined): string {
  if (!loc) return '';
  const parts: string[] = [];
  let head = loc.file ?? '';
  if (loc.line !== undefined) head += `:${loc.line}${loc.column !== undefined ? `:${loc.column}` : ''}`;
  if (head) parts.push(head);
  if (loc.row !== undefined) parts.push(`row ${loc.row}`);
  if (loc.csvColumn !== undefined) parts.push(`column "${loc.csvColumn}"`);
  let out = parts.join(', ');
  if (loc.path) out += out ? ` (${loc.path})` : loc.path;
  return out;
}

/**
 * Text from a user's files made safe for a terminal: control characters (NUL, ESC and the
 * rest of C0 and C1, DEL) and the line and paragraph separators U+2028/U+2029 are shown
 * as escapes (`\x00`, `\x1b`, `\u2028`), so data cannot move the cursor, recolour or
 * clear the screen, or split one message over lines. Newline and tab are kept.
 */
export function escapeControl(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}

/** One diagnostic as the CLI prints it: `error[code] where: message\n  hint`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = formatLocation(d.location);
  let s = `${d.severity}[${d.code}]${where ? ` ${where}` : ''}: ${d.message}`;
  if (d.hint) s += `\n  ${d.hint}`;
  return escapeControl(s);
}

/** Nearest candidate by edit distance, for "did you mean …?" hints. */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return bestD <= limit ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
