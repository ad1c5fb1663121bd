/**
 * Levels of categorical variables. Default order is the oracle's convention: if every
 * non-missing value is numeric, levels sort numerically and stay numbers; otherwise they
 * are strings sorted by Unicode code point (C locale: "B" < "a", "D3" < "S1" < "SMA").
 * A study may declare the order instead; declared levels that never occur are kept
 * (empty) so tables follow the declaration, and a value outside the declaration is an error.
 */
import { failure, type GroupInput, type Level, type StatFailure } from './types.ts';

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function isMissingLevel(v: unknown): v is null | undefined {
  if (v === null || v === undefined) return true;
  if (typeof v === 'number') return !Number.isFinite(v);
  return typeof v === 'string' && v.trim() === '';
}

/** Compares strings by Unicode code point (not UTF-16 unit, not locale). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.codePointAt(i)!;
    const cb = b.codePointAt(i)!;
    if (ca !== cb) return ca - cb;
    if (ca > 0xffff) i++;
  }
  return a.length - b.length;
}

/** True when every non-missing value is a number or numeric text. */
export function isNumericColumn(values: GroupInput): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (isMissingLevel(v)) continue;
    if (typeof v === 'number') continue;
    if (!NUMBER_TEXT.test(String(v).trim())) return false;
  }
  return true;
}

function keyOf(v: Level, numeric: boolean): string {
  if (typeof v === 'number') return numeric ? `n:${v}` : `s:${String(v)}`;
  const s = v.trim();
  return numeric && NUMBER_TEXT.test(s) ? `n:${Number(s)}` : `s:${s}`;
}

/** Distinct non-missing values in the default order. */
export function observedLevels(values: GroupInput): Level[] {
  const numeric = isNumericColumn(values);
  if (numeric) {
    const seen = new Set<number>();
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (!isMissingLevel(v)) seen.add(typeof v === 'number' ? v : Number(String(v).trim()));
    }
    return [...seen].sort((a, b) => a - b);
  }
  const seen = new Set<string>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!isMissingLevel(v)) seen.add(typeof v === 'number' ? String(v) : v.trim());
  }
  return [...seen].sort(compareCodePoints);
}

export interface CodedLevels {
  /** Levels in table order. */
  levels: Level[];
  /** Index into `levels` for each row; −1 for missing. */
  codes: Int32Array;
  /** Rows with a missing value. */
  missing: number;
}

/**
 * Codes a categorical column against the declared levels (or the observed ones).
 * A non-missing value that is not a declared level gives a `group-levels` error.
 */
export function codeLevels(values: GroupInput, declared?: readonly Level[]): CodedLevels | StatFailure {
  const numeric = isNumericColumn(values);
  const levels = declared ? [...declared] : observedLevels(values);
  const index = new Map<string, number>();
  levels.forEach((l, i) => {
    const k = keyOf(l, numeric);
    if (!index.has(k)) index.set(k, i);
  });
  if (declared && index.size !== levels.length) {
    return failure('invalid-argument', `the declared levels (${levels.join(', ')}) contain a duplicate`);
  }
  const codes = new Int32Array(values.length);
  let missing = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (isMissingLevel(v)) {
      codes[i] = -1;
      missing++;
      continue;
    }
    const c = index.get(keyOf(v, numeric));
    if (c === undefined) {
      return failure(
        'group-levels',
        `the value "${String(v)}" is not one of the declared levels (${levels.join(', ')})`,
      );
    }
    codes[i] = c;
  }
  return { levels, codes, missing };
}

/** True when two level values name the same level (1 and "1" do). */
export function sameLevel(a: Level, b: Level): boolean {
  const numeric =
    (typeof a === 'number' || NUMBER_TEXT.test(a.trim())) && (typeof b === 'number' || NUMBER_TEXT.test(b.trim()));
  return keyOf(a, numeric) === keyOf(b, numeric);
}
