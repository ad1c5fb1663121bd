/**
 * A count of people with its group named right after it and then its share: "diperoleh 25
 * orang dari 32 siswa 78,13% telah tuntas", or with the % sign lost, "37 orang dari 43 siswa
 * 86.04 telah mencapai ketuntasan"; and the rest of that group later in the sentence: "sedangkan
 * 6 siswa lainnya 13,95 belum tuntas". lost-percent-signs.ts reads a group named before its
 * counts ("dari 72 responden … 20 responden 27,82"); count-of-total-shares.ts a count of its
 * total written "25 dari 32"; percentages.ts a share in brackets or after "atau". Here the number
 * straight after the group is the share.
 *
 * A share without its % sign is read only in a sentence with no % sign (and no "persen"), and
 * only with one or two decimals (a whole number after a group may be a score, a year or the next
 * count); no share followed by a unit, above 100, or of a count larger than its group is read.
 * Each share is held to its group.
 */
import type { Lang, Num, PercentGroup } from '../types.ts';
import type { Span } from './segments.ts';
import { parseCount, parseNum } from './numbers.ts';

const PEOPLE = String.raw`(?:orang|responden|subjek|pasien|siswa|mahasiswa|peserta(?:\s+didik)?|murid|ibu|balita|anak|pegawai|karyawan|perawat|guru)`;
/** A share, with its % sign or without it, not followed by a unit or another digit. */
const SHARE = String.raw`(\d{1,3}(?:[.,]\d{1,2})?)(?![\p{N}]|[.,]\d)(\s*%)?(?!\s*(?:persen|tahun|thn|bulan|minggu|hari|jam|menit|kali|kg|gram|gr|g|mg|ml|l|cm|mm|m|mmhg|poin|skor|nilai)\b)`;
/** "37 orang dari 43 siswa 86.04": the count, its group, its share. */
const COUNT_OF_GROUP = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,\-–/])(\d{1,5})\s+(?:${PEOPLE}\s+)?dari\s+(\d{1,5})\s+${PEOPLE}\s+${SHARE}`,
  'giu',
);
/** "6 siswa lainnya 13,95": the rest of the group. */
const REST_OF_GROUP = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,\-–/])(\d{1,5})\s+${PEOPLE}\s+(?:lainnya|sisanya|selebihnya)\s+${SHARE}`,
  'giu',
);

/** A share printed with its % sign, or without it in a sentence that prints none, with decimals. */
const isShare = (pct: Num, signed: boolean, sentence: string) =>
  pct.value <= 100 && (signed || (pct.decimals > 0 && !/%|\bpersen\b/i.test(sentence)));

export function readCountBeforeGroupShares(text: string, spans: Span[], lang: Lang): PercentGroup[] {
  const groups: PercentGroup[] = [];
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    const place = { start: span.start, end: span.end, quoteStart: span.start, quoteEnd: span.end };
    let group: { n: number; end: number } | null = null;
    for (const m of sentence.matchAll(COUNT_OF_GROUP)) {
      const count = parseCount(m[1]!, lang);
      const n = Number(m[2]);
      const pct = parseNum(m[3]!, span.start + m.index! + m[0].lastIndexOf(m[3]!));
      if (count === null || !pct || !isShare(pct, Boolean(m[4]), sentence) || !(n > 0) || count > n) continue;
      groups.push({
        pairs: [{ count, countStart: span.start + m.index!, pct, ownTotal: n }],
        statedTotals: [],
        place,
        para: -1,
      });
      group = { n, end: m.index! + m[0].length };
    }
    if (!group) continue;
    for (const m of sentence.slice(group.end).matchAll(REST_OF_GROUP)) {
      const at = group.end + m.index!;
      const count = parseCount(m[1]!, lang);
      const pct = parseNum(m[2]!, span.start + at + m[0].lastIndexOf(m[2]!));
      if (count === null || !pct || !isShare(pct, Boolean(m[3]), sentence) || count > group.n) continue;
      groups.push({
        pairs: [{ count, countStart: span.start + at, pct, ownTotal: group.n }],
        statedTotals: [],
        place,
        para: -1,
      });
    }
  }
  return groups;
}
