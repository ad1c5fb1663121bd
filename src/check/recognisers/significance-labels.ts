/**
 * A table's last column that states the decision for its p, pasted flat with the rest of the
 * table: "Koefisien Sign. Keterangan … Harga 0,827 0,003 Signifikan … Lokasi 0,535 0,013
 * Signifikan", "t hitung t tabel Sig Keterangan Umur 1,210 2,042 0,236 Tidak Signifikan". When a
 * header names a p column (Sig., Sign., p, p-value, Signifikansi, Prob.) right before a column of
 * remarks (Keterangan, Ket., Kesimpulan, Keputusan), each p below it (at most 1, with decimals)
 * followed by a decision ("Signifikan", "Tidak Signifikan", "Bermakna", "Ho ditolak", "Ha
 * diterima" …, capitalised as a table cell is: "signifikan" in lower case is prose, whose number
 * may be a coefficient) is a conclusion drawn from that p, judged at --alpha. The rows end at a
 * blank line, a "Sumber:" line, the first sentence of prose after the table, or 1,500 characters.
 */
import type { ConclusionReport } from '../types.ts';
import { parseNum } from './numbers.ts';

const HEADER =
  /(?<![\p{L}])(?:Sig(?:n|nifikansi)?\.?(?:\s*\(?\s*2\s*-?\s*tailed\s*\)?)?|p[\s-]*value|p|Prob\.?)\s+(?:Keterangan|Ket\.|Kesimpulan|Keputusan)(?![\p{L}])/giu;
/** A p cell and the decision right after it: [whole, p, not, significant word or hypothesis decision]. */
const LABELLED =
  /(?<![\p{L}\p{N}.,])(\d*[.,]\d+)\s+(?:(Tidak|TIDAK|Non|NON)[\s-]*)?(Signifikan|SIGNIFIKAN|Bermakna|BERMAKNA|Significant|SIGNIFICANT|H[oO0₀]\s+(?:ditolak|diterima)|H[aA1₁]\s+(?:ditolak|diterima))(?![\p{L}])/gu;
const REACH = 1500;
const TABLE_END = /\n\s*\n|(?<![\p{L}])(?:Sumber|Source)\s*:|\p{Ll}{3,}\.\s+\p{Lu}/u;

export function readSignificanceLabels(text: string): ConclusionReport[] {
  const out: ConclusionReport[] = [];
  let readUpTo = 0;
  for (const h of text.matchAll(HEADER)) {
    const from = Math.max(h.index! + h[0].length, readUpTo);
    // The table ends at a blank line, its source line, or the first sentence of prose after it.
    const end = text.slice(from, from + REACH).search(TABLE_END);
    const to = from + (end < 0 ? Math.min(REACH, text.length - from) : end);
    readUpTo = to;
    for (const m of text.slice(from, to).matchAll(LABELLED)) {
      const start = from + m.index!;
      const p = parseNum(m[1]!, start);
      if (!p || p.value > 1) continue;
      const word = m[3]!.toLowerCase();
      let significant: boolean;
      if (/^h/u.test(word)) {
        const nullHypothesis = /^h[o0₀]/u.test(word);
        const rejected = /ditolak$/u.test(word);
        significant = nullHypothesis === rejected;
        if (m[2]) continue;
      } else significant = !m[2];
      const end = start + m[0].length;
      out.push({
        p,
        alpha: null,
        significant,
        decision: m[0].slice(m[1]!.length).trim(),
        place: { start, end, quoteStart: start, quoteEnd: end },
      });
    }
  }
  return out;
}
