/**
 * Rows of published tables as web pages and PDF text layers store them, whatever their
 * layout survived as: pipe rows (`| Yes | 1 (0.4) | 2 (0.9) | 0.56 | 2.0 (0.2-22.0) |`),
 * space-separated columns (`Yes 17 (18.7) 10 (4.8) <0.001 4.9 (1.9-12.8) 0.001`), or one
 * cell per line with blank or `|` lines between (a label line, then each number on its own
 * line). A row is a line with a label and its cells; in the one-cell-per-line layout, a label
 * line and the single-cell lines after it.
 *
 * Each row is read into tokens: count (percentage) pairs with or without the % sign
 * (`224 (99.6)`, `1280 (43.3%)`), pairs with their own total (`5/34 (14.8)`), ratios with
 * their interval in the same cell (`2.5 (1.5–4.2)`, `0.78(0.18-3.28)`), intervals standing
 * alone in a cell (`0.53 to 0.71`, `[1.095–1.115]`, `0.05–7.63`), and plain numbers (with `<`
 * and footnote stars). The readers in ./ratio-rows.ts and ./row-shares.ts turn these into
 * estimates and count–percentage groups.
 */
import { parseNum } from './numbers.ts';
import type { Lang, Num } from '../types.ts';
import { continuesSplitCell } from './split-cell-lines.ts';

export type { PairToken, PublishedRow, RowToken } from './published-row-types.ts';
import type { PublishedRow, RowToken } from './published-row-types.ts';

const N_EN = String.raw`(?:\d+(?:\.\d+)?|\.\d+)`;
const N_ID = String.raw`(?:\d+(?:[.,]\d+)?|[.,]\d+)`;
const DASH = String.raw`(?:[-–—‐]|\bto\b)`;
/** A whole count, its thousands grouped by commas or not (as the count (pct) cell reads it). */
const COUNT = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
const wholeCount = (raw: string) => Number(raw.replace(/,/g, ''));

function tokenRegex(lang: Lang): RegExp {
  const N = lang === 'id' ? N_ID : N_EN;
  // A comma between bounds only in English, where it is no decimal separator.
  const COMMA = lang === 'id' ? '(?!)' : ',';
  return new RegExp(
    [
      // 1: k/n (pct), thousands grouped or not (`1,408/10,629 (13.2)`): else the n alone would
      // read as a count whose share is of some other total
      String.raw`(?<![\p{L}\p{N}_.,/])(${COUNT})\s*\/\s*(${COUNT})\s*\(\s*(${N})\s*%?\s*\)`,
      // 4: ratio (lower–upper), in English also (lower, upper)
      String.raw`(?<![\p{L}\p{N}_.,])(${N})\s*\*{0,3}\s*[([]\s*(${N})\s*(${DASH}|${COMMA})\s*(${N})\s*[)\]]`,
      // 8: count (pct); the count may be glued to a label ending in a small letter (`No1130 (46)`, `Male120 (62.5)`)
      String.raw`(?:(?<![\p{L}\p{N}_.,])|(?<=\p{Ll}))(\d{1,3}(?:,\d{3})+|\d+)\s*\(\s*(${N})\s*(%?)\s*\)`,
      // 11: an interval alone, in English also `0.57, 1.32` (a space after the comma: not 1,234)
      String.raw`(?<![\p{L}\p{N}_.,])\[?\s*(${N})\s*(${DASH}|${COMMA}\s)\s*(${N})\s*\]?(?![\p{L}\p{N}_.,])`,
      // 14: a number, possibly a bound, with footnote stars
      String.raw`(?:([<>≤≥])\s*)?(?<![\p{L}\p{N}_.,])(${N})(?![\p{L}\p{N}_.,])\**`,
    ].join('|'),
    'gdu',
  );
}

function num(raw: string, at: number): Num | null {
  return parseNum(raw, at);
}

function tokenise(line: string, offset: number, lang: Lang): { tokens: RowToken[]; firstAt: number } {
  const re = tokenRegex(lang);
  const tokens: RowToken[] = [];
  let firstAt = line.length;
  for (const m of line.matchAll(re)) {
    const at = offset + m.index;
    const end = at + m[0].length;
    const pos = (g: number) => offset + m.indices![g]![0];
    let t: RowToken | null = null;
    if (m[1] !== undefined) {
      const pct = num(m[3]!, pos(3));
      if (pct && pct.value <= 100)
        t = { kind: 'ownPair', count: wholeCount(m[1]), total: wholeCount(m[2]!), countStart: at, pct, start: at, end };
    } else if (m[4] !== undefined) {
      const value = num(m[4], pos(4));
      const lower = num(m[5]!, pos(5));
      const upper = num(m[7]!, pos(7));
      // Bounds after a comma must both carry decimals (`(3.231,15.644)`, not `(1,234)`).
      const commaOk = m[6] !== ',' || (lower?.decimals && upper?.decimals);
      if (value && lower && upper && commaOk) t = { kind: 'ratioCi', value, lower, upper, start: at, end };
    } else if (m[8] !== undefined) {
      const pct = num(m[9]!, pos(9));
      if (pct && pct.value <= 100)
        t = {
          kind: 'pair',
          count: Number(m[8].replace(/,/g, '')),
          countStart: at,
          pct,
          hasSign: m[10] === '%',
          start: at,
          end,
        };
    } else if (m[11] !== undefined) {
      const lower = num(m[11], pos(11));
      const upper = num(m[13]!, pos(13));
      const commaOk = !m[12]!.startsWith(',') || (lower?.decimals && upper?.decimals);
      if (lower && upper && commaOk) t = { kind: 'interval', lower, upper, start: at, end };
    } else if (m[15] !== undefined) {
      const n = num(m[15], pos(15));
      const op = m[14] === '<' || m[14] === '≤' ? '<' : m[14] === '>' || m[14] === '≥' ? '>' : '=';
      if (n) t = { kind: 'num', op, num: n, start: at, end };
    }
    if (t) {
      if (tokens.length === 0) firstAt = m.index;
      tokens.push(t);
    }
  }
  return { tokens, firstAt };
}

/** A line that is one number-like cell (the one-cell-per-line layout): `96`, `59 (61.5)`, `<0.001`, `2.5 (1.5–4.2)`. */
function isSingleCell(trimmed: string, tokens: RowToken[], firstAt: number): boolean {
  if (tokens.length !== 1 || firstAt !== 0) return false;
  const t = tokens[0]!;
  // A bound or a range without decimals (`<15`, `>65`, `6-12`) is an age group's label, not a p or an interval.
  if (t.kind === 'num' && t.op !== '=' && t.num.decimals === 0) return false;
  if (t.kind === 'interval' && t.lower.decimals === 0 && t.upper.decimals === 0) return false;
  return t.end - t.start >= trimmed.replace(/[*\s]+$/, '').length;
}

/**
 * A row that reads as running text (a label of more than ten words, or two sentences): prose is
 * the sentence reader's, whose labels (`OR =`, `n =`) say what each number is.
 */
export function isProse(row: PublishedRow): boolean {
  return isProseLabel(row.label);
}

function isProseLabel(label: string): boolean {
  return label.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length > 10 || /\p{Ll}{2,}\.\s+\p{Lu}/u.test(label);
}

/**
 * For each offset, the index of the row that starts at or before it: how far, in rows, a table
 * row is from a header word above it (one-cell-per-line tables spread a row over many lines).
 */
export function rowIndexer(rows: PublishedRow[]): (at: number) => number {
  return (at) => {
    let lo = 0;
    let hi = rows.length - 1;
    if (hi < 0 || rows[0]!.start > at) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (rows[mid]!.start <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/**
 * Whether a row is at most `reach` rows below one of `marks` (row indices, ascending): a
 * binary search, so that long texts with many tables stay linear in practice.
 */
export function nearMark(marks: number[], index: number, reach: number): boolean {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]! <= index) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && index - marks[lo - 1]! <= reach;
}

/** The rows of a text, with their tokens (see the file comment). */
export function publishedRows(text: string, lang: Lang): PublishedRow[] {
  const rows: PublishedRow[] = [];
  let offset = 0;
  let lineNo = 0;
  let current: PublishedRow | null = null;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const index = lineNo++;
    // Pipes and footnote marks around cells are layout, not content.
    const bare = line.replace(/[|]/g, ' ');
    const trimmed = bare.trim();
    if (trimmed === '' || /^-+$/.test(trimmed.replace(/\s/g, ''))) continue;
    const lead = bare.length - bare.trimStart().length;
    // Running text is not tokenised: its rows are the sentence reader's (see isProse).
    const firstDigit = trimmed.search(/\d/);
    const before = firstDigit < 0 ? trimmed : trimmed.slice(0, firstDigit);
    if (isProseLabel(before)) {
      current = { label: before.trim(), tokens: [], start, end: start + line.length, line: index, labelOnly: true };
      rows.push(current);
      continue;
    }
    // "40 |" then "(0.5) |": one cell split over two lines (./split-cell-lines.ts).
    if (current && continuesSplitCell(text, bare, start, current, lang, tokenise)) continue;
    const { tokens, firstAt } = tokenise(bare.slice(lead), start + lead, lang);
    if (current && isSingleCell(trimmed, tokens, firstAt)) {
      current.tokens.push(...tokens);
      current.end = start + line.length;
      current.labelOnly = false;
      continue;
    }
    current = {
      label: trimmed.slice(0, Math.min(firstAt, trimmed.length)).trim(),
      tokens,
      start,
      end: start + line.length,
      line: index,
      labelOnly: tokens.length === 0,
    };
    rows.push(current);
  }
  return rows;
}
