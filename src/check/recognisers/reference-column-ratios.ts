/**
 * Odds-ratio tables whose page text prints the ratio column and the interval column one after
 * the other, each cell's lines stacked: "Status Merokok Tidak merokok Pernah merokok Merokok
 * 1259 1420 1956 1,00 3,44 1,69 Reference 1,37-8,66 0,742-3,35" (the counts column, then the
 * ratios of the three categories, the first 1,00, then the interval column, whose first cell
 * names the reference category). The ratio of category i is the one whose interval is the i-th
 * after the reference's cell.
 *
 * Read only when a table header naming a ratio and a CI comes before it, the marker word is
 * right after k ≥ 2 numbers the first of which is 1 (the reference's ratio), exactly k − 1
 * intervals follow it, and each ratio lies inside its interval (the proof that the columns were
 * paired as printed). Each ratio is then an estimate with its interval, held to the interval's
 * log-scale centre by checks/confidence-interval.ts.
 */
import type { EstimateReport, Num } from '../types.ts';
import { parseNum } from './numbers.ts';

const MARKER = /(?<![\p{L}])(?:reference|referensi|ref\.?|pembanding|rujukan)(?![\p{L}])/giu;
const INTERVAL = /^\s+(\d+(?:[.,]\d+)?)\s*[-–]\s*(\d+(?:[.,]\d+)?)(?![\d.,]*\s*[-–]\s*\d)(?=\s|$)/u;
const NUMBER_BEFORE = /(?<![\p{L}\p{N}.,-])(\d+(?:[.,]\d+)?)\s+$/u;
/** A header naming the ratio and its interval, within HEADER_REACH characters before the ratios. */
const HEADER =
  /(?<![\p{L}])(OR|RR|PR|POR|HR|[Oo]dds?\s+[Rr]atio|[Rr]asio\s+[Oo]dds|[Rr]isk\s+[Rr]atio)(?![\p{L}])[\s\S]*?(?:(\d{2})\s*%?\s*)?(?:CI|IK)(?![\p{L}])/u;
const HEADER_REACH = 2000;
const MAX_ROWS = 8;

/** The numbers printed right before `end`, separated by whitespace only, nearest last (at most `max`). */
function numbersBefore(text: string, end: number, max: number): Num[] {
  const out: Num[] = [];
  let at = end;
  while (out.length < max) {
    const m = NUMBER_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
    if (!m) break;
    const start = Math.max(0, at - 40) + m.index!;
    const num = parseNum(m[1]!, start);
    if (!num) break;
    out.unshift(num);
    at = start;
  }
  return out;
}

export function readReferenceColumnRatios(text: string): EstimateReport[] {
  const out: EstimateReport[] = [];
  for (const marker of text.matchAll(MARKER)) {
    const at = marker.index!;
    const intervals: { lower: Num; upper: Num }[] = [];
    let pos = at + marker[0].length;
    for (let m = INTERVAL.exec(text.slice(pos)); m && intervals.length < MAX_ROWS; m = INTERVAL.exec(text.slice(pos))) {
      const lower = parseNum(m[1]!, pos + m[0].indexOf(m[1]!));
      const upper = parseNum(m[2]!, pos + m[0].lastIndexOf(m[2]!));
      if (!lower || !upper || upper.value <= lower.value || lower.value <= 0) break;
      intervals.push({ lower, upper });
      pos += m[0].length;
    }
    if (intervals.length === 0) continue;
    const numbers = numbersBefore(text, at, intervals.length + 1);
    if (numbers.length !== intervals.length + 1 || numbers[0]!.value !== 1) continue;
    const ratios = numbers.slice(1);
    if (
      ratios.some(
        (r, i) => r.decimals === 0 || r.value < intervals[i]!.lower.value || r.value > intervals[i]!.upper.value,
      )
    )
      continue;
    const header = HEADER.exec(text.slice(Math.max(0, numbers[0]!.start - HEADER_REACH), numbers[0]!.start));
    if (!header) continue;
    const level = header[2] ? Number(header[2]) : 95;
    const label = /^(?:RR|PR|POR|HR)$/.test(header[1]!) ? header[1]! : 'OR';
    ratios.forEach((value, i) => {
      const { lower, upper } = intervals[i]!;
      const end = upper.start + upper.raw.length;
      out.push({
        family: 'ratio',
        label,
        value,
        ci: { level, lower, upper, start: lower.start, end },
        p: null,
        place: { start: value.start, end, quoteStart: value.start, quoteEnd: end },
        origin: 'table',
      });
    });
  }
  return out;
}
