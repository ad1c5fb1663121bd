/**
 * Questionnaire processing tables of Indonesian theses, one per statement: each answer's Likert
 * score, the number of respondents who gave it and their product, then the Total of the
 * products ("Jawaban Skor Jumlah Responden Jumlah Skor Skor x Jumlah Responden Sangat Setuju 5
 * 11 55 Setuju 4 8 32 Biasa Saja 3 11 33 Tidak Setuju 2 Sangat Tidak Setuju 1 Total 120"). An
 * answer nobody gave prints its score alone. A table broken over a page repeats its caption and
 * header ("Tabel 4.54 … Lanjutan Jawaban Skor …") before its last rows; that repetition is
 * skipped.
 *
 * The evidence that the rows were read as printed: the scores run down (or up) by one, each row
 * is a label in words then its score (and its count and product), and the Total is either the
 * sum of the printed products or the sum of score × count. Then the products are held to their
 * Total (a product misprinted, 5 × 13 printed 45, leaves the column short of a Total of 126).
 */
import type { ListedSumReport, Num } from '../types.ts';
import { parseNum } from './numbers.ts';

const HEADER =
  /\bSkor\s+Jumlah\s+(?:Responden|Jawaban)\s+(?:Jumlah\s+Skor\s*)?(?:\(?\s*Skor\s*[x×*]\s*Jumlah\s+(?:Responden|Jawaban)\s*\)?)?/giu;
const TOTAL = /\b(?:Total|Jumlah)\s+(\d{1,6})(?![\d.,]*\d)/iu;
/** One row: its label in words, its score, and (when anyone gave that answer) its count and product. */
const ROW = /([\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){0,4})\s+(\d{1,2})(?:\s+(\d{1,4})\s+(\d{1,5}))?(?=\s|$)/uy;
/** How far the Total may stand from the header. */
const REACH = 800;

interface Row {
  score: number;
  count: Num | null;
  product: Num | null;
}

/** The rows of a region, or null when anything but rows stands in it. */
function rowsOf(region: string, offset: number): Row[] | null {
  const rows: Row[] = [];
  let i = region.search(/\S/u);
  if (i < 0) return null;
  while (i < region.length) {
    ROW.lastIndex = i;
    const m = ROW.exec(region);
    if (!m) return null;
    const productAt = m[0].length - (m[4]?.length ?? 0);
    const countAt = m[0].slice(0, productAt).trimEnd().length - (m[3]?.length ?? 0);
    const count = m[3] ? parseNum(m[3], offset + m.index + countAt) : null;
    const product = m[4] ? parseNum(m[4], offset + m.index + productAt) : null;
    rows.push({ score: Number(m[2]), count, product });
    i = m.index + m[0].length;
    while (i < region.length && /\s/u.test(region[i]!)) i++;
  }
  return rows;
}

export function readLikertScoreProducts(text: string): ListedSumReport[] {
  const out: ListedSumReport[] = [];
  for (const h of text.matchAll(HEADER)) {
    const from = h.index + h[0].length;
    const rest = text.slice(from, from + REACH);
    const total = TOTAL.exec(rest);
    if (!total) continue;
    // A page break repeats the caption and header: keep the rows on either side of it.
    const region = rest.slice(0, total.index);
    const again = [...region.matchAll(HEADER)];
    if (again.length > 1) continue;
    let gap: [number, number] | null = null;
    if (again.length === 1) {
      const caption = region.slice(0, again[0]!.index).search(/\bTabel\s+\d[\d.]*\b(?![\s\S]*\bTabel\s+\d)/u);
      if (caption < 0) continue;
      gap = [caption, again[0]!.index + again[0]![0].length];
    }
    const parts: [string, number][] = gap
      ? [
          [region.slice(0, gap[0]), from],
          [region.slice(gap[1]), from + gap[1]],
        ]
      : [[region, from]];
    const rows: Row[] = [];
    let bad = false;
    for (const [part, offset] of parts) {
      const r = rowsOf(part, offset);
      if (!r) bad = true;
      else rows.push(...r);
    }
    if (bad || rows.length < 3) continue;
    const step = rows[1]!.score - rows[0]!.score;
    if (Math.abs(step) !== 1 || rows.some((r, k) => k > 0 && r.score - rows[k - 1]!.score !== step)) continue;
    const filled = rows.filter((r) => r.count && r.product);
    if (filled.length < 2) continue;
    const totalNum = parseNum(total[1]!, from + total.index + total[0].lastIndexOf(total[1]!));
    if (!totalNum) continue;
    const printed = filled.reduce((s, r) => s + r.product!.value, 0);
    const recomputed = filled.reduce((s, r) => s + r.score * r.count!.value, 0);
    if (totalNum.value !== printed && totalNum.value !== recomputed) continue;
    const values = filled.map((r) => r.product!);
    out.push({
      values,
      total: totalNum,
      mean: null,
      place: { start: filled[0]!.count!.start, end: totalNum.end, quoteStart: h.index, quoteEnd: totalNum.end },
    });
  }
  return out;
}
