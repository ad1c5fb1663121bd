/**
 * A table's share retold in prose with another value. Theses print a frequency table and then
 * walk through it ("Tabel 5.1 … Pendidikan SD setara 53 73,61 SMP setara 12 16,67 …
 * Berdasarkan tingkat pendidikan, 76,39 lansia berpendidikan SD setara"): the prose names the
 * row by its label. A share told after the table (within 1,500 characters of its last pair) is
 * compared with the row whose label its clause names: the row whose label ends in the longest
 * run of words found whole in the five words after the share ("SD setara" of "Pendidikan SD
 * setara"), one row only and not a single short word ("Ya", "Tidak"), so that the prose is
 * tied to one row. The share must be of people (a % sign, "persen", or a word for people right
 * after it: "76,39 lansia", not "45,25 tahun"), in a sentence that names no mean or score, and
 * the only number of its sentence and printed nowhere in
 * the 1,500 characters before it (a cell of a table the readers left to its layout is not a
 * retelling). It is inconsistent only when it is none of the table's shares at all (a share
 * equal to another row's is left alone: the label may be read wrongly, and a row retold under
 * another name is not a misprint of this one); a negation the label does not hold ("tidak bekerja
 * sebagai petani") tells the rest of the table and is left alone.
 */
import type { CountPct } from '../types.ts';
import { makeFinding, type CheckContext, type CheckUnit, type Located } from './check.ts';

const AFTER_TABLE = 1500;
const PEOPLE: ReadonlySet<string> = new Set(
  'orang responden lansia pasien penderita ibu balita anak siswa mahasiswa pegawai karyawan perawat subjek sampel warga masyarakat keluarga respondents patients participants people persons women men children students'.split(
    ' ',
  ),
);
const MEAN_WORDS = /\b(?:rata-rata|rerata|mean|median|skor|score)\b/iu;
const NEGATIONS: ReadonlySet<string> = new Set(['tidak', 'tak', 'bukan', 'belum', 'non', 'not', 'no', 'never']);
/** A share and the words after it: "76,39 lansia berpendidikan SD setara". */
const PROSE_SHARE = /(?<![\p{N}.,])(\d{1,2}[.,]\d{1,2})(?![\p{N}]|[.,]\d)\s*%?\s+((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)/gu;
/** The label before a pair's count: the words just before it, back to the previous number. */
const LABEL_AT_END = /(\p{L}[\p{L}\s-]*?)\s*$/u;

interface LabelledRow {
  label: string;
  pair: CountPct;
}

const words = (s: string) => s.toLowerCase().split(/\s+/u).filter(Boolean);

function labelledRows(text: string, pairs: CountPct[]): LabelledRow[] {
  const rows: LabelledRow[] = [];
  pairs.forEach((pair, i) => {
    if (pair.apart) return;
    // A label is a few words: 60 characters before the count hold it (and keep the search short).
    const from = Math.max(i > 0 ? pairs[i - 1]!.pct.end : 0, pair.countStart - 60);
    if (from >= pair.countStart) return;
    const m = LABEL_AT_END.exec(text.slice(from, pair.countStart));
    if (m) rows.push({ label: m[1]!.replace(/\s+/gu, ' ').trim(), pair });
  });
  return rows;
}

/** Does the phrase hold these words, in order, as whole words? */
function names(phrase: string[], label: string[]): boolean {
  for (let i = 0; i + label.length <= phrase.length; i++) if (label.every((w, j) => phrase[i + j] === w)) return true;
  return false;
}

/**
 * The longest end of a row's label the phrase names ("SD setara" of "Pendidikan SD setara", whose
 * first word is the section's name): at least two words, or one of five letters or more.
 */
function namedPart(phrase: string[], label: string): string | null {
  const ws = words(label);
  for (let k = 0; k < ws.length; k++) {
    const part = ws.slice(k);
    if ((part.length >= 2 || part[0]!.length >= 5) && names(phrase, part)) return part.join(' ');
  }
  return null;
}

/**
 * Is the share the only number of its sentence? "sikap baik 20,7 dibanding sikap kurang baik
 * 79,3" names one row before its share and another after it; a sentence of one share and words
 * names only its own.
 */
function aloneInSentence(text: string, at: number, length: number): boolean {
  return (sentenceAround(text, at, length).match(/\d+(?:[.,]\d+)?/gu) ?? []).length === 1;
}

/** The sentence (or line) a number at `at` stands in. */
function sentenceAround(text: string, at: number, length: number): string {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at)) + 1;
  const ends = [text.indexOf('. ', at + length), text.indexOf('\n', at + length), text.length].filter((e) => e >= 0);
  return text.slice(start, Math.min(...ends));
}

/** The index of the last sorted value at or before x, or −1. */
function lastAtOrBefore(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export const restatedRowSharesCheck: CheckUnit = {
  id: 'repeated-values',
  run(ctx: CheckContext): Located[] {
    const text = ctx.source.text;
    const groups = ctx.extraction.percentGroups;
    if (groups.length === 0) return [];
    const pairs = groups.flatMap((g) => g.pairs).sort((a, b) => a.pct.start - b.pct.start);
    const rows = labelledRows(text, pairs);
    // Rows and groups are in text order: the ones before a share are found by binary search, not
    // by a scan per share (a long text has thousands of both).
    const rowEnds = rows.map((r) => r.pair.pct.end);
    const spans = groups.map((g) => g.place).sort((a, b) => a.start - b.start);
    const spanStarts = spans.map((g) => g.start);
    let reach = 0;
    const reachBy = spans.map((g) => (reach = Math.max(reach, g.end)));
    const inGroup = (at: number) => {
      const i = lastAtOrBefore(spanStarts, at);
      // Some group starting at or before the share still runs past it.
      return i >= 0 && reachBy[i]! > at;
    };
    const out: Located[] = [];
    for (const m of text.matchAll(PROSE_SHARE)) {
      const at = m.index;
      const last = lastAtOrBefore(rowEnds, at);
      if (last < 1 || at - rowEnds[last]! > AFTER_TABLE) continue;
      let first = last;
      while (first > 0 && at - rowEnds[first - 1]! <= AFTER_TABLE) first--;
      const table = rows.slice(first, last + 1);
      if (table.length < 2 || inGroup(at)) continue;
      const value = Number(m[1]!.replace(',', '.'));
      const decimals = m[1]!.length - m[1]!.search(/[.,]/u) - 1;
      if (table.some((r) => Math.abs(r.pair.pct.value - value) < 1e-9 || r.pair.pct.decimals !== decimals)) continue;
      // A share printed anywhere before it (a cell the readers left to a table layout) is no slip.
      const before = text.slice(Math.max(0, at - AFTER_TABLE), at);
      if (new RegExp(String.raw`(?<![\p{N}.,])${m[1]!.replace(/[.,]/u, '[.,]')}(?![\p{N}]|[.,]\d)`, 'u').test(before))
        continue;
      if (!aloneInSentence(text, at, m[1]!.length)) continue;
      const phrase = words(m[2]!);
      // A share of people: "76,39 lansia …", "47,50% responden …", not a mean ("45,25 tahun …").
      if (!(/%|persen/u.test(m[0]) || PEOPLE.has(phrase[0]!))) continue;
      if (MEAN_WORDS.test(sentenceAround(text, at, m[1]!.length))) continue;
      const named = table.flatMap((r) => {
        const part = namedPart(phrase, r.label);
        return part === null ? [] : [{ row: r, part }];
      });
      if (named.length === 0) continue;
      const longest = Math.max(...named.map((n) => n.part.length));
      const best = named.filter((n) => n.part.length === longest);
      if (best.length !== 1) continue;
      const row = best[0]!.row;
      // "62,50 responden tidak bekerja sebagai petani" tells the rest of the table, not the row.
      const partWords = words(best[0]!.part);
      if (phrase.some((w) => NEGATIONS.has(w) && !partWords.includes(w))) continue;
      const place = { start: at, end: at + m[1]!.length, quoteStart: at, quoteEnd: at + m[0].length };
      out.push(
        makeFinding(
          ctx,
          'repeated-values',
          'inconsistent',
          place,
          m[0],
          ctx.m.restatedRowShareRecomputed(row.label, row.pair.count, row.pair.pct.raw),
          ctx.m.restatedRowShare(m[1]!, row.pair.pct.raw),
        ),
      );
    }
    return out;
  },
};
