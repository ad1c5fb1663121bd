/**
 * Numbers as researchers print them: decimal point or decimal comma (`8.624`, `8,624`),
 * no leading zero (`.05`, `,000`), minus as `-`, `−` (normalised to `-`) or an en dash
 * after `=`, and SPSS's footnote letters (`3.841a`). Every parsed number keeps how many
 * decimals it was printed with, because that is the rounding it stands for.
 */
import type { Lang, Num } from '../types.ts';

/**
 * A power of ten written out, as very small p's are printed ("2.4 × 10−9", "1 x 10^-16",
 * "7.4 × 10⁻⁶"; a page's text often keeps the minus of a lost superscript). Only a negative
 * exponent: "2 × 10" and "3 x 10-minute sessions" are not numbers of this kind.
 */
const TIMES_TEN = String.raw`\s?[×x]\s?10\s?(?:\^\s?-\s?\d{1,3}|-\d{1,3}|⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?![\d.,]\d)`;

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** "2.4 × 10−9" (minus already normalised to "-") → "2.4e-9"; other text unchanged. */
function timesTenAsExponent(s: string): string {
  return s.replace(/\s?[×x]\s?10\s?(?:\^\s?-\s?(\d+)|-(\d+)|⁻([⁰¹²³⁴⁵⁶⁷⁸⁹]+))$/u, (_all, a, b, c) => {
    const digits = a ?? b ?? [...(c as string)].map((d) => SUPERSCRIPT_DIGITS.indexOf(d)).join('');
    return `e-${digits}`;
  });
}

/**
 * One unsigned number: `8`, `8.62`, `8,62`, `.05`, `,000`, or with thousands grouped by the
 * other separator (`2,000.20`, `1.224,08`), which only reads one way whatever the language.
 * A grouped number followed by another separator and digit (`0.123,0.456`, two numbers
 * without a space) is not one.
 */
export const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+\.\d+(?![.,]\d)|\d{1,3}(?:\.\d{3})+,\d+(?![.,]\d)|\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][-+]?\d+|${TIMES_TEN})?`;

/** A number with an optional sign; an en dash directly before digits is a minus here. */
export const SIGNED_NUM = String.raw`(?:[-–]\s{0,2})?${NUM}`;

/** Parses a printed number; null when it is not one. `start` is its offset in the text. */
export function parseNum(raw: string, start = 0): Num | null {
  let s = timesTenAsExponent(raw.trim());
  // Thousands grouped by one separator and decimals after the other: the last one is the decimal.
  if (/\d[.,]\d{3}[.,]?/.test(s) && s.includes('.') && s.includes(',')) {
    const dec = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
    s = `${s.slice(0, dec).replace(/[.,]/g, '')}.${s.slice(dec + 1)}`;
  }
  const m = /^([-–]\s*)?(\d*)(?:[.,](\d+))?(?:[eE]([-+]?\d+))?$/.exec(s);
  if (!m || (m[2] === '' && m[3] === undefined)) return null;
  const intPart = m[2] || '0';
  const frac = m[3] ?? '';
  const exp = m[4] ? Number(m[4]) : 0;
  const mantissa = Number(`${intPart}.${frac || '0'}`);
  const sign = m[1] ? -1 : 1;
  const value = sign * mantissa * 10 ** exp;
  const decimals = frac.length;
  return { value, decimals, half: 0.5 * 10 ** (exp - decimals), raw: raw.trim(), start, end: start + raw.length };
}

/**
 * The numbers of a run of cells printed with spaces between them (`12 30 58`), each at its own
 * offset (`offset` is the run's); null when any cell is not a number, so the run is no row of numbers.
 */
export function parseNumberRun(raw: string, offset: number): Num[] | null {
  const out: Num[] = [];
  for (const m of raw.matchAll(/\S+/gu)) {
    const n = parseNum(m[0], offset + m.index!);
    if (!n) return null;
    out.push(n);
  }
  return out;
}

/** A count: an integer, possibly with a thousands separator of the language (`1.234` in id, `1,234` in en). */
export function parseCount(raw: string, lang: Lang): number | null {
  const s = raw.trim();
  if (/^\d+$/.test(s)) return Number(s);
  const sep = lang === 'id' ? '.' : ',';
  const re = new RegExp(`^\\d{1,3}(?:\\${sep}\\d{3})+$`);
  if (re.test(s)) return Number(s.split(sep).join(''));
  return null;
}

/** Significant digits as printed (`8.62` → 3, `.045` → 2, `0,000` → 0). */
export function significantDigits(num: Num): number {
  const digits = num.raw
    .replace(/^[-–]\s?/, '')
    .replace(/[eE].*$/, '')
    .replace(/[.,]/, '');
  const trimmed = digits.replace(/^0+/, '');
  return trimmed.length;
}

/** A table cell that is one number, allowing a footnote letter and a trailing `%`: `3.841a`, `27,1%`. */
export function parseCellNumber(
  text: string,
  start = 0,
): { num: Num; percentSign: boolean; op: '=' | '<' | '>' } | null {
  const m = /^\s*([<>≤≥]\s*)?([-–]?\s?(?:\d+(?:[.,]\d+)?|[.,]\d+))\s*([a-e*]{0,2})?\s*(%)?\s*$/.exec(text);
  if (!m) return null;
  const lead = text.indexOf(m[2]!);
  const num = parseNum(m[2]!, start + lead);
  if (!num) return null;
  const rawOp = m[1]?.trim();
  const op = rawOp === '<' || rawOp === '≤' ? '<' : rawOp === '>' || rawOp === '≥' ? '>' : '=';
  return { num, percentSign: Boolean(m[4]), op };
}

/** `26 (27,1)` or `26 (27,1%)`: a count with its percentage in one table cell. */
export function parseCountPctCell(text: string, start: number, lang: Lang): { count: number; pct: Num } | null {
  const m = /^\s*(\d+(?:[.,]\d{3})*)\s*\(\s*(\d+(?:[.,]\d+)?)\s*%?\s*\)\s*$/.exec(text);
  if (!m) return null;
  const count = parseCount(m[1]!, lang);
  const pctStart =
    start +
    text.indexOf('(') +
    1 +
    (text.slice(text.indexOf('(') + 1).length - text.slice(text.indexOf('(') + 1).trimStart().length);
  const pct = parseNum(m[2]!, pctStart);
  if (count === null || !pct) return null;
  return { count, pct };
}
