/**
 * Number formats for APA 7 reporting and its Indonesian adaptation. Rounding happens
 * only here, when text is composed; results.json keeps full precision.
 *
 * - Indonesian: decimal comma, leading zero kept (`p = 0,031`, `r = 0,48`).
 * - English: decimal point, no leading zero for quantities that cannot exceed 1 (p, r,
 *   α, R²), leading zero otherwise (`d = 0.88`).
 * - p: exact to three decimals, `< .001` below that, never `.000`; `> .999` at the top.
 * - Negative numbers use the minus sign (U+2212), as typeset manuscripts do.
 */

export interface NumberStyle {
  decimal: '.' | ',';
  /** Drop the leading zero of |x| < 1 for bounded quantities (p, r). */
  dropLeadingZeroBounded: boolean;
  /** Thousands separator for integers ≥ 10,000 (APA), e.g. `.` in Indonesian. */
  thousands: string;
}

export const MINUS = '\u2212';

/** Rounds half away from zero at `digits` decimals, robust to binary representation (1.005 → 1.01). */
export function roundHalfAway(x: number, digits: number): number {
  const f = 10 ** digits;
  const scaled = Math.abs(x) * f;
  // Taking 15 significant digits (below) moves `scaled` by at most 5e-15 of itself, so it
  // can change the rounding only when `scaled` is that close to a half: elsewhere rounding
  // `scaled` itself gives the same integer without the string round trip, which cost most
  // of a table's formatting. (NaN and huge values fail the test and take the long way.)
  const frac = scaled - Math.floor(scaled);
  const r =
    scaled < 1e15 && Math.abs(frac - 0.5) > 1e-12 * (scaled + 1)
      ? Math.round(scaled)
      : Math.round(Number(scaled.toPrecision(15)));
  return (Math.sign(x) * r) / f;
}

/** `x` with exactly `digits` decimals in the style; no sign on a value that rounds to zero. */
export function formatFixed(x: number, digits: number, style: NumberStyle, opts: { bounded?: boolean } = {}): string {
  if (!Number.isFinite(x)) return '—';
  const r = roundHalfAway(x, digits);
  let s = Math.abs(r).toFixed(digits);
  if (opts.bounded && style.dropLeadingZeroBounded && s.startsWith('0.')) s = s.slice(1);
  const [whole = '', frac] = s.split('.');
  let int = whole;
  if (style.thousands && int.length > 4) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, style.thousands);
  s = frac !== undefined ? `${int}${style.decimal}${frac}` : int;
  return r < 0 ? MINUS + s : s;
}

/** An integer count. */
export function formatInt(n: number, style: NumberStyle): string {
  return formatFixed(n, 0, style);
}

/** The p part after `p`: `= .031`, `< .001`, `> .999` (English) / `= 0,031`, `< 0,001` (Indonesian). */
export function formatPRelation(p: number, style: NumberStyle): string {
  if (p < 0.001) return `< ${formatFixed(0.001, 3, style, { bounded: true })}`;
  if (roundHalfAway(p, 3) >= 1) return `> ${formatFixed(0.999, 3, style, { bounded: true })}`;
  return `= ${formatFixed(p, 3, style, { bounded: true })}`;
}

/** p as a table cell: `.031`, `< .001`. */
export function formatPCell(p: number, style: NumberStyle): string {
  const rel = formatPRelation(p, style);
  return rel.startsWith('= ') ? rel.slice(2) : rel;
}

/** Percent with one decimal, without the % sign. */
export function formatPercent(x: number, style: NumberStyle): string {
  return formatFixed(x, 1, style);
}

/**
 * Decimals for a ratio and its interval (OR, 95% CI): two, or up to four when a value
 * other than exactly 1 would print as 1.00, or a positive value as 0.00 — a weight in
 * grams gives OR = 0.998, not a misleading "1.00 [1.00, 1.00]".
 */
export function ratioDigits(values: (number | null | undefined)[]): number {
  const shown = (x: number, d: number) => roundHalfAway(x, d);
  for (let d = 2; d < 4; d++) {
    const misleading = values.some(
      (x) =>
        typeof x === 'number' && Number.isFinite(x) && ((x !== 1 && shown(x, d) === 1) || (x > 0 && shown(x, d) === 0)),
    );
    if (!misleading) return d;
  }
  return 4;
}

/** Formatters bound to one language's number style. */
export interface Fmt {
  style: NumberStyle;
  /** Statistic or mean with `digits` decimals (default 2). */
  num(x: number | null | undefined, digits?: number): string;
  /** A bounded quantity (p, r, α) with `digits` decimals: no leading zero in English. */
  bounded(x: number | null | undefined, digits?: number): string;
  int(n: number | null | undefined): string;
  pct(x: number | null | undefined): string;
  /** `p = .031` / `p < .001`. */
  p(p: number | null | undefined): string;
  /** p for a table cell: `.031`, `< .001`. */
  pCell(p: number | null | undefined): string;
}

export const DASH = '—';

export function makeFmt(style: NumberStyle): Fmt {
  const ok = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);
  return {
    style,
    num: (x, digits = 2) => (ok(x) ? formatFixed(x, digits, style) : DASH),
    bounded: (x, digits = 2) => (ok(x) ? formatFixed(x, digits, style, { bounded: true }) : DASH),
    int: (n) => (ok(n) ? formatInt(n, style) : DASH),
    pct: (x) => (ok(x) ? formatPercent(x, style) : DASH),
    p: (p) => (ok(p) ? `p ${formatPRelation(p, style)}` : `p ${DASH}`),
    pCell: (p) => (ok(p) ? formatPCell(p, style) : DASH),
  };
}

export { midSentence } from '../../text.ts';

/** Clauses of one sentence joined by `separator`; a clause with nothing in it is left out. */
export function clauses(parts: string[], separator = '; '): string {
  return parts.filter((p) => p.trim() !== '').join(separator);
}

/** `value` with the type `T`: a checked widening (a literal to its union, an object to a record), never a cast. */
export function typed<T>(value: T): T {
  return value;
}
