/**
 * EViews regression output pasted as text, the way Indonesian economics theses print it:
 * "Included observations: 64 … Variable Coefficient Std. Error t-Statistic Prob. X1 -1.27E-05
 * 6.17E-06 -2.051499 0.0447 … C -1032.409 287.6585 -3.589008 0.0007 R-squared 0.627100 …
 * F-statistic 24.80485 … Prob(F-statistic) 0.000000", also with the header in Indonesian
 * ("Variabel Koefisien Std. Error t-Statistik Prob.") and without the Std. Error column.
 *
 * Each coefficient row gives a t test with its p and, with a Std. Error column, a t to hold to
 * B/SE. The df is n − k: n from "Included observations", k the number of coefficient rows, known
 * only when the rows run unbroken up to EViews's "R-squared" block; the regression's F is then
 * F(k − 1, n − k) when one row is the constant C. Panel output pooled by least squares (the
 * common effect model: "Method: Panel Least Squares … Total panel (balanced) observations: 85"
 * and no effects) is the same regression on n observations; panel output with fixed or random
 * effects (an "Effects Specification" block, "Panel EGLS"), whose effects take df that the
 * coefficient rows do not show, and a row count not closed by "R-squared" leave the tests
 * without df. A row whose t is far from B/SE was not read as EViews prints it and is skipped.
 */
import type { Extraction, Num, Place } from '../types.ts';
import { parseNum } from './numbers.ts';
import { equalP, tableTTest } from './table-t-tests.ts';
import { tokensBetween, type Token } from './whitespace-tokens.ts';

const HEADER =
  /(?<![\p{L}])Variab(?:le|el)\s+(?:Coefficient|Koefisien)\s+(?:(Std\.?\s*Error|Standar(?:d)?\s+Error)\s+)?t[\s-]*Stati(?:stic|stik)\s+Prob\.?(?=\s)/giu;
const NUMBER = /^[-−–]?(?:\d+[.,]\d+|[.,]\d+|\d+)(?:[eE][-+]?\d+)?$/u;
const OBSERVATIONS =
  /(?:Included\s+observations|Total\s+panel\s*\((?:un)?balanced\)\s+observations)\s*:?\s*(\d{1,6})/giu;
/** Panel output whose effects take df the coefficient rows do not show (fixed or random effects). */
const PANEL_EFFECTS =
  /Effects\s+Specification|Cross[\s-]*section\s+(?:fixed|random)|Period\s+(?:fixed|random)|Panel\s+EGLS/iu;
/** How far before its header an output's own lines ("Included observations") may stand. */
const PREAMBLE = 800;

const tokensFrom = (text: string, from: number, limit: number): Token[] =>
  tokensBetween(text, from, Math.min(text.length, from + limit));

const num = (t: Token): Num | null => parseNum(t.raw.replace(/^[−–]/u, '-'), t.start);

interface CoefficientRow {
  label: string;
  cells: Num[];
  start: number;
  end: number;
}

/** The coefficient rows after a header, and whether "R-squared" closes them (so none is missing). */
function readRows(toks: Token[], width: number): { rows: CoefficientRow[]; closed: boolean } {
  const rows: CoefficientRow[] = [];
  let i = 0;
  while (i < toks.length) {
    if (/^R-?squared$/iu.test(toks[i]!.raw)) return { rows, closed: rows.length > 0 };
    const labelStart = i;
    while (i < toks.length && !NUMBER.test(toks[i]!.raw) && i - labelStart < 6) i++;
    if (i === labelStart || i >= toks.length || i - labelStart >= 6) break;
    if (!toks.slice(labelStart, i).some((t) => /\p{L}/u.test(t.raw))) break;
    const label = toks
      .slice(labelStart, i)
      .map((t) => t.raw)
      .join(' ');
    const cells: Num[] = [];
    while (i < toks.length && NUMBER.test(toks[i]!.raw) && cells.length < width) {
      const v = num(toks[i]!);
      if (!v) break;
      cells.push(v);
      i++;
    }
    if (cells.length !== width) break;
    rows.push({ label, cells, start: toks[labelStart]!.start, end: cells[width - 1]!.end });
  }
  return { rows, closed: false };
}

/** The number of observations the output states before its header (after any earlier output). */
function observations(text: string, from: number, headerAt: number): number | null {
  let n: number | null = null;
  for (const m of text.slice(from, headerAt).matchAll(OBSERVATIONS)) n = Number(m[1]);
  return n;
}

/** The t tests (and t = B/SE) of EViews coefficient tables, and the regression's F when its df are known. */
export function readEviewsOutput(text: string, extraction: Extraction): void {
  const valuesAt = new Set(extraction.tests.map((t) => t.value.start));
  const dropped = new Set<number>();
  let previousEnd = 0;
  for (const m of text.matchAll(HEADER)) {
    const at = m.index!;
    const withSe = m[1] !== undefined;
    const width = withSe ? 4 : 3;
    const { rows, closed } = readRows(tokensFrom(text, at + m[0].length, 4000), width);
    if (rows.length === 0) continue;
    const from = Math.max(previousEnd, at - PREAMBLE);
    const lastEnd = rows[rows.length - 1]!.end;
    const statsEnd = Math.min(text.length, lastEnd + 700);
    previousEnd = lastEnd;
    const n = observations(text, from, at);
    const panel = PANEL_EFFECTS.test(text.slice(from, statsEnd));
    const k = rows.length;
    const df = closed && n !== null && !panel && n - k > 0 ? n - k : null;
    for (const row of rows) {
      const [b, se, t, p] = withSe ? row.cells : [row.cells[0]!, null, row.cells[1]!, row.cells[2]!];
      if (!b || !t || !p || t.decimals === 0 || p.decimals === 0 || p.value < 0 || p.value > 1) continue;
      if (se) {
        if (!(se.value > 0)) continue;
        const ratio = b.value / se.value;
        if (Math.sign(ratio) !== Math.sign(t.value) || Math.abs(ratio - t.value) > 0.2 * Math.abs(t.value) + 0.05)
          continue;
      }
      if (valuesAt.has(t.start)) continue;
      const place: Place = { start: t.start, end: p.end, quoteStart: row.start, quoteEnd: row.end };
      extraction.tests.push(tableTTest(t, df, equalP(p), 'two', place));
      valuesAt.add(t.start);
      dropped.add(p.start);
      if (se) extraction.tFromMeans.push({ t, mean: b, sd: null, se, n: 0, place: { ...place, start: b.start } });
    }
    if (df !== null && rows.some((r) => /^C$/u.test(r.label)))
      readRegressionF(text, lastEnd, statsEnd, k - 1, df, extraction, dropped);
  }
  if (dropped.size > 0) extraction.pValues = extraction.pValues.filter((v) => !dropped.has(v.p.num.start));
}

/** "F-statistic 24.80485 … Prob(F-statistic) 0.000000" in the block after the coefficients. */
function readRegressionF(
  text: string,
  from: number,
  to: number,
  df1: number,
  df2: number,
  extraction: Extraction,
  dropped: Set<number>,
): void {
  const block = text.slice(from, to);
  const f = /(?<![\p{L}(])F-statisti[ck]\s+(\d+(?:[.,]\d+)?)/iu.exec(block);
  const p = /Prob\s*\(?\s*F-statisti[ck]\s*\)?\s+(\d*[.,]\d+)/iu.exec(block);
  if (!f || !p || df1 < 1) return;
  const value = parseNum(f[1]!, from + f.index! + f[0].length - f[1]!.length);
  const pNum = parseNum(p[1]!, from + p.index! + p[0].length - p[1]!.length);
  if (!value || !pNum || value.decimals === 0 || pNum.value > 1) return;
  if (extraction.tests.some((t) => t.value.start === value.start)) return;
  extraction.tests.push({
    kind: 'F',
    label: 'F',
    op: '=',
    value,
    df: [df1, df2],
    p: equalP(pNum),
    tails: 'unstated',
    place: {
      start: Math.min(value.start, pNum.start),
      end: Math.max(value.end, pNum.end),
      quoteStart: from + f.index!,
      quoteEnd: pNum.end,
    },
    origin: 'table',
  });
  dropped.add(pNum.start);
}
