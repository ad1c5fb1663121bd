/**
 * Shapes shared by every statistic: inputs with `null` for missing values, and the error
 * value a statistic returns instead of estimates when none can be given. Results are
 * plain JSON data; a quantity that is undefined for the data at hand is `null` and the
 * result carries a `note` saying why.
 */

/** A numeric variable; `null` (or `undefined`, NaN, ±Infinity) is missing. */
export type NumericInput = ArrayLike<number | null | undefined>;

/** A level of a categorical variable as it appears in the data. */
export type Level = string | number;

/** A grouping/categorical variable; `null`, `undefined` and `''` are missing. */
export type GroupInput = ArrayLike<Level | null | undefined>;

/** Every error code a statistic can return (the report words each one). */
export const STAT_ERROR_CODES = [
  'too-few-observations',
  'zero-variance',
  'all-differences-zero',
  'group-levels',
  'n-out-of-range',
  'separation',
  'non-convergence',
  'collinearity',
  'invalid-values',
  'invalid-argument',
  'empty-cell',
] as const;

export type StatErrorCode = (typeof STAT_ERROR_CODES)[number];

export interface StatError {
  code: StatErrorCode;
  /** Plain-language English explanation; the report localises by `code`. */
  message: string;
}

/** What a statistic returns when it cannot give estimates: the error, plus the counts it knows. */
export interface StatFailure {
  error: StatError;
  n?: number;
  missing?: number;
  note?: string;
}

export function failure(
  code: StatErrorCode,
  message: string,
  counts: { n?: number; missing?: number } = {},
): StatFailure {
  const out: StatFailure = { error: { code, message } };
  if (counts.n !== undefined) out.n = counts.n;
  if (counts.missing !== undefined) out.missing = counts.missing;
  return out;
}

/** True when a statistic returned an error value instead of estimates. */
export function isFailure(result: unknown): result is StatFailure {
  return (
    typeof result === 'object' &&
    result !== null &&
    'error' in result &&
    typeof (result as StatFailure).error === 'object'
  );
}

/** Joins the notes collected while computing a result; `undefined` when there are none. */
export function joinNotes(notes: string[]): string | undefined {
  return notes.length ? notes.join('; ') : undefined;
}
