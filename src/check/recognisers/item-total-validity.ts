/**
 * SPSS's Item-Total Statistics table with a validity label per item, the commonest way Indonesian
 * theses report item validity: "Scale Mean if Item Deleted, Scale Variance if Item Deleted,
 * Corrected Item-Total Correlation, [Squared Multiple Correlation,] Cronbach's Alpha if Item
 * Deleted", a column "Keterangan" of "Valid" / "Tidak Valid" put anywhere in the row, and the
 * critical r stated once in the text ("Nilai r tabel untuk 30 responden = 0,361"). Each label is
 * a decision of the item's corrected item-total r (the third number of its row, whatever comes
 * after it) against that critical r.
 *
 * The columns are known from SPSS, so a row is read by their order, not by guessing: the scale
 * mean and variance (decimals of 1 and more), then the r and one or two more numbers under 1 —
 * two when the header names "Squared Multiple Correlation", else one — with exactly one validity
 * label among or right after them. A row that does not fit ends the table. The critical r is the
 * one value the text names as r tabel near the table (a number under 1 and above 0,10, so that
 * α = 0,05 is not taken for it); a mention in a line about Cronbach's alpha or reliability is
 * the reliability threshold, not the critical r; two different values decline the table.
 */
import type { CriticalDecision, Num } from '../types.ts';
import { parseNum } from './numbers.ts';
import { tokensBetween, type Token } from './whitespace-tokens.ts';

const ANCHOR = /Item[\s-]*Total\s+Statistics|Corrected\s+Item[\s-]*(?:Total)?/giu;
const NAMES_CRITICAL_R = /(?<![\p{L}])(?:r[\s_-]*(?:tabel|table|kritis|critical)\b|tabel\s+r\b|rtabel\b)/giu;
const ABOUT_RELIABILITY = /alpha|alfa|reliab|cronbach/iu;
const DECIMAL = /^[-−–]?\d*[.,]\d+$/u;
const LABEL_WORD = /^(?:tidak|tak|valid|invalid|not|reliabel|reliable|unreliable)$/iu;
/** How far from a table its critical r may be stated. */
const CRITICAL_BEFORE = 3000;
const CRITICAL_AFTER = 1500;

/** Punctuation closing a number's cell (`0,45;`, `0,45)`) is not part of the number. */
const tokens = (text: string, from: number, to: number): Token[] =>
  tokensBetween(text, from, to).map((t) => ({ raw: t.raw.replace(/(?<=\d)[;:)]+$/u, ''), start: t.start }));

const num = (t: Token): Num | null => parseNum(t.raw.replace(/^[−–]/u, '-'), t.start);

interface ItemRow {
  r: Num;
  label: string;
  labelEnd: number;
}

/**
 * The rows of one table from token `i` on: each a scale mean, a variance, then `after` numbers
 * under 1 (the r first) with one validity label among or right after them, then at most five
 * tokens of the next item's name.
 */
function readRows(toks: Token[], i: number, after: number): ItemRow[] {
  const rows: ItemRow[] = [];
  // The first row's item name, after the header.
  while (i < toks.length && !isMean(toks[i]!)) i++;
  while (i < toks.length && isMean(toks[i]!)) {
    const variance = toks[i + 1] && DECIMAL.test(toks[i + 1]!.raw) ? num(toks[i + 1]!) : null;
    if (!variance || variance.value < 0) break;
    let j = i + 2;
    const small: Num[] = [];
    const label: Token[] = [];
    while (j < toks.length && (DECIMAL.test(toks[j]!.raw) || LABEL_WORD.test(toks[j]!.raw))) {
      if (DECIMAL.test(toks[j]!.raw)) {
        const v = num(toks[j]!);
        if (!v || Math.abs(v.value) >= 1 || small.length === after) break;
        small.push(v);
      } else label.push(toks[j]!);
      j++;
    }
    const validity = validityOf(label);
    if (small.length !== after || !validity) break;
    rows.push({ r: small[0]!, label: validity.text, labelEnd: validity.end });
    // The next item's name: a few tokens without decimals.
    let k = j;
    while (k < toks.length && k - j < 5 && !DECIMAL.test(toks[k]!.raw)) k++;
    if (k - j === 0 || k >= toks.length || !isMean(toks[k]!)) break;
    i = k;
  }
  return rows;
}

/** A scale mean if item deleted: a number with decimals, 1 or more. */
function isMean(t: Token): boolean {
  if (!DECIMAL.test(t.raw)) return false;
  const v = num(t);
  return v !== null && v.value >= 1;
}

/** The one validity label among a row's label words ("Valid", "Tidak Valid"), reliability labels aside. */
function validityOf(words: Token[]): { text: string; end: number } | null {
  const found: { text: string; end: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!/^(?:valid|invalid)$/iu.test(w.raw)) continue;
    const prev = words[i - 1];
    const negated = prev !== undefined && /^(?:tidak|tak|not)$/iu.test(prev.raw);
    found.push({ text: negated ? `${prev!.raw} ${w.raw}` : w.raw, end: w.start + w.raw.length });
  }
  return found.length === 1 ? found[0]! : null;
}

/** The critical r the text names near a table, when it names one value only. */
function statedCriticalR(text: string, from: number, to: number): Num | null {
  const values = new Map<number, Num>();
  for (const m of text.slice(0, to).matchAll(NAMES_CRITICAL_R)) {
    if (m.index! < from) continue;
    const lineStart = text.lastIndexOf('\n', m.index!) + 1;
    const lineEnd = text.indexOf('\n', m.index!);
    if (ABOUT_RELIABILITY.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) continue;
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 200).split(/\n[ \t]*\n/u)[0]!;
    for (const n of after.matchAll(/(?<![\d.,])\d*[.,]\d{2,4}(?![\d.,]*\d)/gu)) {
      const v = parseNum(n[0], m.index! + m[0].length + n.index!);
      if (!v || v.value <= 0.1 || v.value >= 1) continue;
      values.set(v.value, v);
      break;
    }
  }
  return values.size === 1 ? [...values.values()][0]! : null;
}

/**
 * The decisions read so far with those of SPSS Item-Total Statistics tables, each against the
 * critical r the text states. Such a row read by another reader (validity-tables.ts takes a
 * lone row's Alpha if Item Deleted for r tabel) is replaced: the SPSS columns say which number
 * is which.
 */
export function withItemTotalValidity(text: string, decisions: readonly CriticalDecision[]): CriticalDecision[] {
  const read = readItemTotalValidity(text);
  const owned = new Set(read.map((d) => d.stat.start));
  return [...decisions.filter((d) => !owned.has(d.stat.start)), ...read];
}

function readItemTotalValidity(text: string): CriticalDecision[] {
  const out: CriticalDecision[] = [];
  const anchors = [...text.matchAll(ANCHOR)].map((m) => m.index!);
  let readTo = -1;
  for (let a = 0; a < anchors.length; a++) {
    const at = anchors[a]!;
    if (at < readTo) continue;
    const toks = tokens(text, at, text.length);
    // The header: up to the first number, where it must name the columns.
    const first = toks.findIndex((t) => DECIMAL.test(t.raw));
    if (first < 0) break;
    const header = text.slice(at, toks[first]!.start);
    if (
      !/Scale\s+Mean/iu.test(header) ||
      !/Alpha/iu.test(header) ||
      !/(?:Keterangan|Ket\.?|Validitas|Kesimpulan)/iu.test(header)
    )
      continue;
    const rows = readRows(toks, 0, /Squared\s+Multiple/iu.test(header) ? 3 : 2);
    if (rows.length === 0) continue;
    const end = rows[rows.length - 1]!.labelEnd;
    readTo = end;
    const critical = statedCriticalR(
      text,
      Math.max(0, at - CRITICAL_BEFORE),
      Math.min(text.length, end + CRITICAL_AFTER),
    );
    if (!critical) continue;
    for (const row of rows) {
      out.push({
        kind: 'r',
        stat: row.r,
        critical,
        significant: !/^(?:tidak|tak|in|not)/iu.test(row.label),
        decision: row.label,
        place: { start: row.r.start, end: row.labelEnd, quoteStart: row.r.start, quoteEnd: row.labelEnd },
      });
    }
  }
  return out;
}
