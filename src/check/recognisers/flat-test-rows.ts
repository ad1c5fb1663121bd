/**
 * Tables of t tests whose layout was lost in page text: the header's column names, then each
 * row's label and its numbers, one after another in running text.
 *
 * - A result table whose header names its columns with t and its p among t tabel, df and a
 *   closing Keterangan: "Uji-t t Sig. 2-tailed t tabel Eksperimen - Kontrol 0,215 0,593 2,042",
 *   "Variabel t hitung t tabel Sig Harga 3,211 2,042 0,003 Jenis Produk 3,039 2,042 0,005".
 *   A row is a label (with a letter) and exactly as many numbers as the header has numeric
 *   columns, read in the header's order.
 * - SPSS's "Coefficients" table pasted flat, whose two-level header comes out as "Unstandardized
 *   Coefficients Standardized Coefficients t Sig. B Std. Error Beta" (or "B Std. Error Beta t
 *   Sig."): each row is B, Std. Error, Beta (absent for the constant), t and Sig.; a row is read
 *   only when its t is about B/SE, the proof that the columns were read right, and its t is then
 *   also held to B/SE at the printed decimals (a standard-error finding). With the "95.0%
 *   Confidence Interval for B" columns after them, each row ends in B's bounds, held to B.
 *
 * Each row gives a t test with its p (and its df when the table has a df column); a t already
 * read at the same place is not read again, and a p read alone there is dropped. Rows end at the
 * first label without its numbers.
 */
import type { Extraction, Num } from '../types.ts';
import { parseNum } from './numbers.ts';
import { equalP, tableTTest } from './table-t-tests.ts';
import { leftOpenBefore } from './open-statistic-columns.ts';
import { tableSaysOneTailed } from './table-tails.ts';
import { type AnovaDf, readRegressionAnovas, residualDfFor } from './regression-residual-df.ts';

type Column = 't' | 'p' | 'critical' | 'df' | 'note';

const COLUMNS: ReadonlyArray<[Column, string]> = [
  ['critical', String.raw`t[\s_-]*(?:tabel|table|kritis)`],
  ['t', String.raw`t(?:[\s_-]*(?:hitung|count|hit))?(?![\s_-]*(?:tabel|table|kritis))`],
  ['p', String.raw`(?:Sig(?:n|nifikansi)?\.?|p[\s-]*value|p|Prob\.?)(?:\s*\(?\s*[12]\s*-?\s*tailed\s*\)?)?`],
  ['df', String.raw`(?:df|db|dk)`],
  ['note', String.raw`(?:Keterangan|Ket\.|Kesimpulan|Keputusan)`],
];
const ANY_COLUMN = COLUMNS.map(([, re]) => `(?:${re})`).join('|');
const HEADER = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:${ANY_COLUMN})(?:\s+(?:${ANY_COLUMN})){1,4}(?=\s+[\p{L}])`,
  'giu',
);
const COLUMN_AT = COLUMNS.map(
  ([kind, re]) => [kind, new RegExp(String.raw`(?:${re})(?![\p{L}\p{N}])`, 'iuy')] as const,
);

const COEFFICIENTS =
  /(?:Unstandardi[sz]ed\s+Coefficients\s+Standardi[sz]ed\s+Coefficients\s+t\s+Sig\.?\s+B\s+Std\.?\s*Error\s+Beta|B\s+Std\.?\s*Error\s+Beta\s+t\s+Sig\.?)(?=\s)/giu;
/** The same table with its 95% interval for B: rows of B, SE, Beta, t, Sig., lower and upper bound. */
const COEFFICIENTS_WITH_CI =
  /Unstandardi[sz]ed\s+Coefficients\s+Standardi[sz]ed\s+Coefficients\s+t\s+Sig\.?\s+(\d{2})(?:[.,]0)?\s*%?\s+Confidence\s+Interval\s+for\s+B\s+B\s+Std\.?\s*Error\s+Beta\s+Lower\s+Bound\s+Upper\s+Bound(?=\s)/giu;

/** A number cell: with decimals (a signed t, a p such as ",000"), or a whole number (df). */
const DECIMAL = /^[-−–]?\d*[.,]\d+$/u;
const WHOLE = /^\d{1,5}$/u;

export interface Token {
  raw: string;
  start: number;
}

/** Whitespace-separated tokens from `from` on, up to `limit` characters; a blank line ends them unless `acrossBlankLines` (rows printed a blank line apart). */
export function tokensAfter(text: string, from: number, limit: number, acrossBlankLines = false): Token[] {
  const out: Token[] = [];
  const re = /\S+/gu;
  re.lastIndex = from;
  const end = Math.min(text.length, from + limit);
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    // A blank line ends the table.
    if (!acrossBlankLines && /\n\s*\n/.test(text.slice(out.length ? out[out.length - 1]!.start : from, m.index))) break;
    // Punctuation closing a sentence or a list item is not part of the number before it.
    const raw = m[0].replace(/(?<=\d)[.;:,)]+$/u, '');
    out.push({ raw, start: m.index });
  }
  return out;
}

const num = (t: Token): Num | null => parseNum(t.raw.replace(/^[−–]/, '-'), t.start);

interface Row {
  cells: Token[];
  start: number;
  end: number;
}

/**
 * Rows after a header: a label (tokens up to the first number with decimals, one of them with a
 * letter, at most eight) and the run of numbers after it, whose length `accepts` must allow.
 */
function readRows(tokens: Token[], accepts: (n: number) => boolean): Row[] {
  const rows: Row[] = [];
  let i = 0;
  while (i < tokens.length) {
    const labelStart = i;
    while (i < tokens.length && !DECIMAL.test(tokens[i]!.raw) && i - labelStart < 9) i++;
    const label = tokens.slice(labelStart, i);
    if (i >= tokens.length || label.length === 0 || label.length > 8) break;
    if (!label.some((t) => /\p{L}/u.test(t.raw))) break;
    const cellStart = i;
    while (i < tokens.length && (DECIMAL.test(tokens[i]!.raw) || WHOLE.test(tokens[i]!.raw))) i++;
    const cells = tokens.slice(cellStart, i);
    if (!accepts(cells.length)) break;
    const last = cells[cells.length - 1]!;
    rows.push({ cells, start: label[0]!.start, end: last.start + last.raw.length });
  }
  return rows;
}

/** The places of the tests' values and p-values read so far, and of the p-values now read with
 *  their t (dropped once, at the end: a search of all tests and a filter of all p-values for each
 *  row was quadratic). */
interface Read {
  valuesAt: Set<number>;
  psAt: Set<number>;
  dropped: Set<number>;
}

function push(
  extraction: Extraction,
  read: Read,
  t: Num,
  p: Num,
  df: number | null,
  row: Row,
  twoTailed: boolean,
): void {
  if (read.valuesAt.has(t.start) || read.psAt.has(p.start)) return;
  if (!(p.value <= 1) || p.value < 0 || p.decimals === 0) return;
  const place = {
    start: Math.min(t.start, p.start),
    end: Math.max(t.end, p.end),
    quoteStart: row.start,
    quoteEnd: row.end,
  };
  extraction.tests.push(tableTTest(t, df, equalP(p), twoTailed ? 'two' : 'unstated', place));
  read.valuesAt.add(t.start);
  read.psAt.add(p.start);
  read.dropped.add(p.start);
}

function headerColumns(header: string): { kinds: Column[]; twoTailed: boolean } | null {
  const kinds: Column[] = [];
  let at = 0;
  let twoTailed = false;
  while (at < header.length) {
    while (/\s/u.test(header[at] ?? '')) at++;
    if (at >= header.length) break;
    const found = COLUMN_AT.find(([, re]) => {
      re.lastIndex = at;
      return re.test(header);
    });
    if (!found) return null;
    const [kind, re] = found;
    if (kind === 'p' && /2\s*-?\s*tailed/i.test(header.slice(at, re.lastIndex))) twoTailed = true;
    kinds.push(kind);
    at = re.lastIndex;
  }
  const count = (k: Column) => kinds.filter((x) => x === k).length;
  if (count('t') !== 1 || count('p') !== 1 || count('critical') > 1 || count('df') > 1 || count('note') > 1)
    return null;
  if (kinds.includes('note') && kinds[kinds.length - 1] !== 'note') return null;
  // A number column first that is a whole number (df) would be taken for the label's.
  if (kinds[0] === 'df') return null;
  return { kinds, twoTailed };
}

function readResultTables(text: string, extraction: Extraction, read: Read): void {
  for (const m of text.matchAll(HEADER)) {
    const header = headerColumns(m[0]);
    if (!header) continue;
    // "χ2/t p": the column serves χ² as well as t (open-statistic-columns.ts).
    if (header.kinds[0] === 't' && leftOpenBefore(text, m.index!)) continue;
    const numeric: Column[] = header.kinds.filter((k) => k !== 'note');
    const rows = readRows(tokensAfter(text, m.index! + m[0].length, 1500), (n) => n === numeric.length);
    const before = extraction.tests.length;
    for (const row of rows) {
      const cell = (k: Column) => row.cells[numeric.indexOf(k)]!;
      const t = num(cell('t'));
      const p = num(cell('p'));
      if (!t || !p || t.decimals === 0) continue;
      let df: number | null = null;
      if (numeric.includes('df')) {
        if (!WHOLE.test(cell('df').raw)) continue;
        df = Number(cell('df').raw);
        if (df < 1) continue;
      }
      if (numeric.includes('critical')) {
        const c = num(cell('critical'));
        if (!c || !(c.value > 0.5 && c.value < 15)) continue;
      }
      push(extraction, read, t, p, df, row, header.twoTailed);
    }
    // A caption or note saying the tests are one-tailed (./table-tails.ts).
    const last = rows[rows.length - 1];
    if (!header.twoTailed && last && tableSaysOneTailed(text, m.index!, last.end))
      for (const test of extraction.tests.slice(before)) test.tails = 'one';
  }
}

function readCoefficients(text: string, extraction: Extraction, read: Read): void {
  const headers = [
    ...[...text.matchAll(COEFFICIENTS)].map((m) => ({ m, bounds: 0, level: 0 })),
    ...[...text.matchAll(COEFFICIENTS_WITH_CI)].map((m) => ({ m, bounds: 2, level: Number(m[1]) })),
  ];
  let anovas: AnovaDf[] | null = null;
  for (const { m, bounds, level } of headers) {
    const rows = readRows(tokensAfter(text, m.index! + m[0].length, 2500), (n) => n === 4 + bounds || n === 5 + bounds);
    // The t's df: the residual df of the model's ANOVA table (./regression-residual-df.ts).
    anovas ??= readRegressionAnovas(text);
    const df = residualDfFor(anovas, m.index!, rows.filter((r) => r.cells.length === 5 + bounds).length);
    for (const row of rows) {
      const [b, se] = row.cells.slice(0, 2).map(num);
      const last = row.cells.length - 1 - bounds;
      const t = num(row.cells[last - 1]!);
      const p = num(row.cells[last]!);
      if (!b || !se || !t || !p || !(se.value > 0)) continue;
      const ratio = b.value / se.value;
      // The t must be about B/SE (rounding of a small SE allowed for): else the columns are not these.
      if (Math.sign(ratio) !== Math.sign(t.value) || Math.abs(ratio - t.value) > 0.2 * Math.abs(t.value) + 0.05)
        continue;
      const before = extraction.tests.length;
      push(extraction, read, t, p, df, row, false);
      // …and the t itself against B/SE (checks/standard-error.ts), for a row read as a test here.
      if (extraction.tests.length > before && !extraction.tFromMeans.some((r) => r.t.start === t.start))
        extraction.tFromMeans.push({
          t,
          mean: b,
          sd: null,
          se,
          n: 0,
          place: { start: b.start, end: t.end, quoteStart: row.start, quoteEnd: row.end },
        });
      // B's interval, centred on B (checks/confidence-interval.ts).
      const [lower, upper] = row.cells.slice(last + 1).map(num);
      if (lower && upper && lower.value < upper.value)
        extraction.estimates.push({
          family: 'mean',
          label: 'B',
          value: b,
          ci: { level, lower, upper, start: lower.start, end: upper.end },
          p: null,
          place: { start: b.start, end: upper.end, quoteStart: row.start, quoteEnd: row.end },
          origin: 'table',
        });
    }
  }
}

export function readFlatTestRows(text: string, extraction: Extraction): void {
  const read: Read = { valuesAt: new Set(), psAt: new Set(), dropped: new Set() };
  for (const x of extraction.tests) {
    read.valuesAt.add(x.value.start);
    if (x.p) read.psAt.add(x.p.num.start);
  }
  readResultTables(text, extraction, read);
  readCoefficients(text, extraction, read);
  if (read.dropped.size > 0) extraction.pValues = extraction.pValues.filter((v) => !read.dropped.has(v.p.num.start));
}
