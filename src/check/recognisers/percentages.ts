/**
 * Counts with their percentages in prose: `26 (27,1%)`, `sebanyak 26 orang (27,1%)`,
 * `26 responden atau 27,1%`, `27,1% (n = 26)`, `(n = 26; 27,1%)`, `26/96 (27,1%)`,
 * `26 dari 96 responden (27,1%)`; and totals a sentence states: `N = 96`, `dari 96
 * responden`, `of 96 participants`. A number followed by a unit (`35 tahun (27%)`) or
 * after a comparison or range (`≥ 35`, `20–29`) is not a count.
 */
import type { CountPct, Lang, PercentGroup } from '../types.ts';
import type { Span } from './segments.ts';
import { parseCount, parseNum } from './numbers.ts';

const COUNT = String.raw`(\d{1,3}(?:[.,]\d{3})+|\d+)`;
const PCT = String.raw`(\d+(?:[.,]\d+)?)`;
const NOT_AFTER = String.raw`(?<![\p{L}\p{N}.,\-–<>≤≥\/+±]|[<>≤≥]\s|[-–]\s)`;
const WORDS = String.raw`(?:\s+([\p{L}][\p{L}\-/]*(?:\s+[\p{L}][\p{L}\-/]*){0,2}))?`;

/** count [of total] [words] (pct%) | count [words] atau pct% */
const COUNT_FIRST = new RegExp(
  String.raw`${NOT_AFTER}${COUNT}(?:\s*\/\s*(\d+)|\s+(?:dari|of|out\s+of)\s+(\d+))?${WORDS}\s*(?:\(\s*${PCT}\s*%\s*\)|,?\s+(?:atau|yaitu|or)\s+${PCT}\s*%)`,
  'gdu',
);
/** pct% (n = count) */
const PCT_FIRST = new RegExp(
  String.raw`(?<![\p{N}.,])${PCT}\s*%\s*\(\s*(?:[nNf]\s*=\s*)?${COUNT}(?:\s+[\p{L}]+)?\s*\)`,
  'gdu',
);
/** (n = count; pct%) */
const N_EQUALS = new RegExp(String.raw`\(\s*[nN]\s*=\s*${COUNT}\s*[;,]\s*${PCT}\s*%\s*\)`, 'gdu');

const UNIT_WORDS =
  /^(tahun|thn|years?|yrs?|bulan|months?|hari|days?|minggu|weeks?|jam|hours?|menit|minutes?|detik|seconds?|kali|times|kg|g|cm|mm|m|km|ml|l|mg|mmhg|persen|percent|poin|points?|skor|score|item|items|butir|rupiah|rp|juta|ribu|tingkat|level|kelas|sks)$/i;

const STATED_TOTAL = [
  /\b[Nn]\s*=\s*(\d{1,3}(?:[.,]\d{3})+|\d+)(?![.,]?\d|\s*[;,]\s*\d+(?:[.,]\d+)?\s*%)/dgu,
  // "sebanyak 3 orang" (as many as 3 people) names a category's count, not the total: only words
  // that say "of all" or "in total" state one.
  /\b(?:dari|of|among|out\s+of|total(?:nya)?|seluruh|keseluruhan|melibatkan|involving|terhadap|jumlah\s+(?:total|seluruh|keseluruhan))\s+(?:the\s+|total\s+|sebanyak\s+|seluruh\s+)?(\d{1,3}(?:[.,]\d{3})+|\d+)\s+(?:orang\s+)?(?:responden|orang|subjek|subyek|partisipan|peserta|pasien|sampel|participants|respondents|subjects|patients|pegawai|karyawan|ASN|siswa|mahasiswa|students|employees|workers|pekerja|perawat|nurses|informan)\b/dgiu,
];

export function readPercentages(text: string, spans: Span[], lang: Lang): PercentGroup[] {
  const groups: PercentGroup[] = [];
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    if (!sentence.includes('%')) continue;
    const pairs = pairsIn(sentence, span.start, lang);
    if (pairs.length === 0) continue;
    const pairCounts = new Set(pairs.map((p) => p.countStart));
    const statedTotals: number[] = [];
    for (const re of STATED_TOTAL) {
      for (const m of sentence.matchAll(re)) {
        const numStart = span.start + m.indices![1]![0];
        if (pairCounts.has(numStart)) continue;
        const v = parseCount(m[1]!, lang);
        // A total smaller than one of its own counts is not the total of these counts.
        if (v !== null && v > 0 && pairs.every((p) => p.count <= v)) statedTotals.push(v);
      }
    }
    groups.push({
      pairs,
      statedTotals: [...new Set(statedTotals)],
      place: { start: span.start, end: span.end, quoteStart: span.start, quoteEnd: span.end },
      para: span.para ?? -1,
    });
  }
  return groups;
}

export function pairsIn(sentence: string, base: number, lang: Lang): CountPct[] {
  const pairs: CountPct[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && a < e);
  for (const m of sentence.matchAll(N_EQUALS)) {
    const idx = m.indices!;
    const count = parseCount(m[1]!, lang);
    const pct = parseNum(m[2]!, base + idx[2]![0]);
    if (count === null || !pct) continue;
    pairs.push({ count, countStart: base + idx[1]![0], pct, ownTotal: null });
    taken.push([m.index!, idx[0]![1]]);
  }
  for (const m of sentence.matchAll(PCT_FIRST)) {
    const idx = m.indices!;
    if (!free(m.index!, idx[0]![1])) continue;
    const count = parseCount(m[2]!, lang);
    const pct = parseNum(m[1]!, base + idx[1]![0]);
    if (count === null || !pct) continue;
    pairs.push({ count, countStart: base + idx[2]![0], pct, ownTotal: null });
    taken.push([m.index!, idx[0]![1]]);
  }
  for (const m of sentence.matchAll(COUNT_FIRST)) {
    const idx = m.indices!;
    if (!free(m.index!, idx[0]![1])) continue;
    const words = m[4];
    if (words?.split(/\s+/).some((w) => UNIT_WORDS.test(w))) continue;
    // "pada tahun 2019 (45%)": a year, not a count.
    if (
      /^(19|20)\d\d$/.test(m[1]!) &&
      /(tahun|year|in|pada|sejak|since)\s+$/i.test(sentence.slice(Math.max(0, m.index! - 8), m.index!))
    )
      continue;
    const count = parseCount(m[1]!, lang);
    const pctRaw = m[5] ?? m[6]!;
    const pctIdx = (idx[5] ?? idx[6])!;
    const pct = parseNum(pctRaw, base + pctIdx[0]);
    if (count === null || !pct) continue;
    const totalRaw = m[2] ?? m[3];
    pairs.push({ count, countStart: base + idx[1]![0], pct, ownTotal: totalRaw ? Number(totalRaw) : null });
    taken.push([m.index!, idx[0]![1]]);
  }
  return pairs.sort((a, b) => a.countStart - b.countStart);
}
