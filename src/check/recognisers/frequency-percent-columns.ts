/**
 * English "Frequency  Percent" tables without a total row (the sociodemographic Table 1 of
 * many published articles): each row is a category's label, its count and its percentage,
 * one variable's categories after another, whether the page keeps a row on a line
 * ("Marital status Married 9518 95.1") or gives each cell a line of its own.
 *
 * With no total printed, the total is found from the table itself: the rows are cut into
 * variables where their percentages add up to 100, and the sum of counts that at least two
 * variables share (more than any other sum) is the table's total. Each variable's shares are
 * then of its own sum (a variable with missing answers), of the n its label states
 * ("Cooking fuel (n=9884)"), or of the table's total, whichever most of them fit; a share
 * that fits none of these is checked against that one.
 *
 * The layout must be certain, or nothing is read: the header names exactly a count and a
 * percentage column; every row ends in a whole count and a percentage with decimals at the end
 * of its line; no other number stands where a column would (two groups side by side, a valid
 * or cumulative percent column); no Total row; the rows read end at prose or another caption;
 * and at least 4 in 5 shares fit one of their variable's totals. A table whose shares another
 * reader took is left to it.
 */
import { addsTo100, matches } from '../checks/percentages.ts';
import type { CountPct, Num, PercentGroup } from '../types.ts';
import { parseNum } from './numbers.ts';

const HEADER =
  /\b(?:Frequency|Frequencies|Number|Count|No\.)(?:\s*\(\s*n\s*\))?[ \t\r\n]+(?:Percent(?:age)?|%)(?:[ \t]*\(\s*%\s*\))?(?![\p{L}\d])/giu;
/** Column headers that mean more numbers per row than a count and its percentage. */
const OTHER_COLUMNS = /^[ \t\r\n]*(?:valid|cumulative|cum\.|mean|sd\b|p\b|p-value|or\b|odds|95%|χ|chi)/i;
/** A number glued to a comparison sign ("< 60", "≥ 6001") is part of a label, not a column. */
const TOKEN = /[<>≤≥]=?[ \t]*\d[\d.,]*|\d{1,3}(?:,\d{3})+(?![\d.,]*\d)|\d+(?:\.\d+)?%?(?![\p{L}\d\-–/])|\n|[^\s]+/gu;
const STATED_N = /\(\s*n\s*=\s*(\d{1,3}(?:,\d{3})+|\d+)\s*\)/i;
const TOTAL_ROW = /^(?:total|overall|all)$/i;
const CAPTION = /^(?:Table|Figure|Fig\.)$/i;
/** A label longer than this (in characters) is running text: the table has ended. */
const MAX_LABEL = 120;
const MIN_FIT = 0.8;
const PROSE = /[.!?]\s+\p{Lu}/u;

interface Tok {
  text: string;
  start: number;
  end: number;
  /** A bare number (a count or a percentage), not a label's. */
  num: Num | null;
  lineEnd: boolean;
}

interface Row {
  count: number;
  countStart: number;
  pct: Num;
  label: string;
  labelStart: number;
}

function tokensFrom(text: string, from: number): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    if (raw === '\n') {
      const last = out[out.length - 1];
      if (last) last.lineEnd = true;
      continue;
    }
    const bare = /^(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)%?$/.test(raw);
    const num = bare ? parseNum(raw.replace(/%$/, '').replace(/,(?=\d{3})/g, ''), start) : null;
    out.push({
      text: raw,
      start,
      end: start + raw.length,
      num: num && { ...num, end: start + raw.length },
      lineEnd: false,
    });
    // A whole table is at most a few hundred rows: stop reading far past the header.
    if (out.length > 4000) break;
  }
  const last = out[out.length - 1];
  if (last) last.lineEnd = true;
  return out;
}

/** The rows after a header, or null when the layout is not certain. */
function rowsAfter(text: string, toks: Tok[]): Row[] | null {
  const rows: Row[] = [];
  let labelFrom = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.num) {
      if (CAPTION.test(t.text) && toks[i + 1]?.num) break;
      continue;
    }
    const sofar = text.slice(toks[labelFrom]?.start ?? t.start, t.start);
    if (sofar.length > MAX_LABEL || PROSE.test(sofar)) break;
    const next = toks[i + 1];
    const isPair =
      t.num.decimals === 0 &&
      !t.text.endsWith('%') &&
      next?.num &&
      next.num.decimals > 0 &&
      next.num.value <= 100 &&
      next.lineEnd &&
      t.num.value >= 0;
    if (!isPair) {
      // A number inside a label is fine only when words follow it before the row's numbers;
      // two numbers in a row that are not a count and its percentage are another column.
      if (next?.num) return null;
      continue;
    }
    const labelToks = toks.slice(labelFrom, i);
    const labelStart = labelToks[0]?.start ?? t.start;
    const label = text.slice(labelStart, t.start).trim();
    // A pair right after a pair is a second group's column.
    if (label === '') return null;
    if (labelToks.some((l) => TOTAL_ROW.test(l.text))) return null;
    rows.push({ count: t.num.value, countStart: t.start, pct: next.num!, label, labelStart });
    i++;
    labelFrom = i + 1;
  }
  return rows;
}

interface Variable {
  rows: Row[];
  sum: number;
  stated: number | null;
}

function variablesOf(rows: Row[]): Variable[] {
  const out: Variable[] = [];
  let cur: Row[] = [];
  for (const r of rows) {
    // A share printed as zero still adds up to 100 with the list before it: it ends that list
    // ("Animal dung 319 3.2 / Others 3 0.0") far more often than it begins the next.
    const prev = out[out.length - 1];
    if (cur.length === 0 && prev && r.pct.value <= r.pct.half) {
      prev.rows.push(r);
      prev.sum += r.count;
      continue;
    }
    cur.push(r);
    const pcts = cur.map((c) => c.pct);
    if (addsTo100(pcts)) {
      const m = STATED_N.exec(cur[0]!.label);
      const stated = m ? Number(m[1]!.replace(/,/g, '')) : null;
      out.push({ rows: cur, sum: cur.reduce((s, c) => s + c.count, 0), stated });
      cur = [];
      continue;
    }
    const sum = pcts.reduce((s, p) => s + p.value, 0);
    const slack = pcts.reduce((s, p) => s + p.half, 0);
    if (sum > 100 + slack) break;
  }
  return out;
}

/** The sum that at least two variables share, more than any other; null when there is none. */
function tableTotal(vars: Variable[]): number | null {
  const counts = new Map<number, number>();
  for (const v of vars) counts.set(v.sum, (counts.get(v.sum) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 2 || (second && second[1] === best[1])) return null;
  return best[0];
}

function groupOf(
  text: string,
  v: Variable,
  rows: Row[],
  total: number,
  source: 'stated' | 'inferred' | 'table',
): PercentGroup {
  const pairs: CountPct[] = rows.map((r) => ({ count: r.count, countStart: r.countStart, pct: r.pct, ownTotal: null }));
  const first = v.rows[0]!;
  const last = v.rows[v.rows.length - 1]!;
  const lineEnd = text.indexOf('\n', last.pct.end);
  return {
    pairs,
    statedTotals: [total],
    place: {
      start: rows[0]!.countStart,
      end: rows[rows.length - 1]!.pct.end,
      quoteStart: first.labelStart,
      quoteEnd: lineEnd < 0 ? text.length : Math.max(lineEnd, last.pct.end),
    },
    para: -1,
    totalSource: source,
  };
}

/**
 * Count and percentage pairs of English frequency tables without a total row, as groups
 * whose one stated total is the one each share is checked against. `read` holds the starts of
 * percentages other readers took: a table with any of them is left to them.
 */
export function readFrequencyPercentColumns(text: string, read: Set<number>): PercentGroup[] {
  const out: PercentGroup[] = [];
  let after = 0;
  for (const h of text.matchAll(HEADER)) {
    const headerEnd = h.index! + h[0].length;
    if (h.index! < after || OTHER_COLUMNS.test(text.slice(headerEnd, headerEnd + 40))) continue;
    const rows = rowsAfter(text, tokensFrom(text, headerEnd));
    if (!rows || rows.length < 4 || rows.some((r) => read.has(r.pct.start))) continue;
    after = rows[rows.length - 1]!.pct.end;
    const vars = variablesOf(rows);
    const total = tableTotal(vars);
    if (vars.length < 2 || total === null) continue;
    const groups: PercentGroup[] = [];
    let fit = 0;
    let all = 0;
    for (const v of vars) {
      const candidates: { total: number; source: 'stated' | 'inferred' | 'table' }[] = [];
      if (v.stated !== null) candidates.push({ total: v.stated, source: 'stated' });
      if (!candidates.some((c) => c.total === v.sum)) candidates.push({ total: v.sum, source: 'inferred' });
      if (!candidates.some((c) => c.total === total)) candidates.push({ total, source: 'table' });
      const fits = candidates.map((c) => v.rows.filter((r) => matches(r.count, c.total, r.pct)).length);
      const most = Math.max(...fits);
      all += v.rows.length;
      if (most === 0) continue;
      const main = candidates[fits.indexOf(most)]!;
      const byTotal = new Map<(typeof candidates)[number], Row[]>();
      for (const r of v.rows) {
        const c = matches(r.count, main.total, r.pct)
          ? main
          : (candidates.find((k) => matches(r.count, k.total, r.pct)) ?? main);
        if (c !== main || matches(r.count, main.total, r.pct)) fit++;
        byTotal.set(c, [...(byTotal.get(c) ?? []), r]);
      }
      for (const [c, rs] of byTotal) groups.push(groupOf(text, v, rs, c.total, c.source));
    }
    if (fit < MIN_FIT * all) continue;
    for (const g of groups) out.push(g);
  }
  return out;
}
