/**
 * Numbers whose thousands are grouped by a space, as journals print them in SI style ("Of 12 450
 * patients, 2 130 (17.1%) had diabetes", a table's "(n = 3 208)" over "Male 1 412 (44.0)"). Read
 * digit group by digit group, "2 130 (17.1%)" is a count of 130 after a stray 2, and the tails
 * of a table's rows (412 + 796 = 1 208) pass for the total of shares that are really of 3 208:
 * a false alarm on every share. The space inside such a number is therefore replaced, one
 * character for one (offsets and quotes unchanged), by the language's thousands separator, which
 * every reader already takes: "2,130" in English, "2.130" in Indonesian.
 *
 * Two numbers side by side are also what a flattened table row prints ("≥60 535 489 (91.4)": a
 * row's total 535, then its count 489; "Total 270 243 201": three columns), so a run of digit
 * groups is joined only when
 *  - the text shows somewhere that it groups thousands by spaces: a run after "n =" or "of",
 *    or before a noun of people ("n = 3 208", "of 12 450", "12 450 patients");
 *  - the run is a number by its place: after "n =" / "of" or before people as above, alone in a
 *    table cell (between pipes or tabs), or a count right before its share "(44.0)"; in English
 *    also a df ("df = 1 198", which shows the grouping by itself);
 *  - its first group has one to three digits, every other group three, with one space between,
 *    and nothing just before it that makes it part of a range, a bound or another number
 *    ("51-70 106", "≥60 535", "12 945 794");
 *  - a count before its share is not a row's total and its count: "842 578 (68.6)" stays two
 *    numbers, 578/842 = 68.6%.
 */
import type { Lang } from '../types.ts';

/** One space between digit groups (no-break and thin spaces are spaces by then: ../source.ts). */
const RUN = /(?<![\d.,]|\d |[-–‐<>≤≥±/^]\s?|\p{L}-?)(\d{1,3})((?: \d{3})+)(?!\d|[.,]\d)/gu;
const PEOPLE =
  /^\s+(?:patients?|participants?|people|persons?|subjects?|respondents?|individuals?|cases|controls|children|women|men|adults|students|births|deaths|infants|mothers|pregnancies|households|responden|orang|pasien|peserta|subjek|siswa|balita|bayi|ibu|penduduk|jiwa|kasus|rumah\s+tangga)\b/iu;
const SIZE_BEFORE =
  /(?:\b[Nn]\s*=\s*|\b(?:of|among|from|totall?ing|total\s+of|dari|sebanyak|sejumlah|berjumlah)\s+(?:the\s+|all\s+)?)$/iu;
/** A label that ends in its own number ("Grade 3", "Week 2", "Table 2"): that number and the next are two. */
const LABEL_NUMBER_BEFORE =
  /\b(?:tables?|tabel|figures?|fig\.|gambar|grafik|step|langkah|models?|groups?|kelompok|grup|no\.?|nomor|items?|soal|question|pertanyaan|lampiran|appendix|chapter|bab|grade|stage|stadium|class|kelas|type|tipe|level|tingkat|derajat|phase|fase|tahap|wave|gelombang|round|weeks?|minggu|days?|hari|months?|bulan|years?|tahun|semester|visit|kunjungan|dose|dosis|cycle|siklus|trimester|paritas|gravida|score|skor|zone|zona|ward|bangsal|room|ruang|site|region|wilayah|district|kecamatan|desa|rt|rw|cluster|klaster|arm|quintile|kuintil|quartile|kuartil|tertile|decile)\s*$/iu;
/** "df = 1 198": a df, which English prints grouped; the place of one number. */
const DF_BEFORE = /\b(?:df|d\.f\.|degrees\s+of\s+freedom)\s*[=:]?\s*$/iu;
const SHARE_AFTER = /^\s*\(\s*(\d{1,3}(?:[.,]\d+)?)\s*%?\s*\)/u;
const CELL_BEFORE = /(?:^|[|\t])[ ]*$/u;
const CELL_AFTER = /^[ ]*(?:$|[|\t])/u;

interface Run {
  start: number;
  end: number;
  groups: number[];
  sized: boolean;
  df: boolean;
  cell: boolean;
  share: { pct: number; decimals: number } | null;
}

function runsIn(text: string): Run[] {
  const out: Run[] = [];
  for (const m of text.matchAll(RUN)) {
    const start = m.index!;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 40);
    // "Table 2 100 patients", "Step 1 250 …": a label's number, then another.
    if (LABEL_NUMBER_BEFORE.test(before)) continue;
    const groups = [Number(m[1]), ...m[2]!.trim().split(' ').map(Number)];
    const shareMatch = SHARE_AFTER.exec(after);
    const pctRaw = shareMatch?.[1];
    out.push({
      start,
      end,
      groups,
      sized: SIZE_BEFORE.test(before) || PEOPLE.test(after),
      df: DF_BEFORE.test(before),
      cell: CELL_BEFORE.test(before) && CELL_AFTER.test(after),
      share: pctRaw ? { pct: Number(pctRaw.replace(',', '.')), decimals: pctRaw.split(/[.,]/)[1]?.length ?? 0 } : null,
    });
  }
  return out;
}

/** "842 578 (68.6)": a row's total and its count, 578/842 = 68.6% within the share's rounding. */
function totalThenCount(run: Run): boolean {
  if (run.groups.length !== 2 || !run.share) return false;
  const [head, count] = run.groups as [number, number];
  return (
    head > 0 &&
    count <= head &&
    Math.abs((100 * count) / head - run.share.pct) <= 0.5 * 10 ** -run.share.decimals + 1e-9
  );
}

/**
 * The text with the spaces inside numbers grouped by spaces replaced by the thousands separator of
 * `lang` (same length); the text itself when it shows no such grouping.
 */
export function joinSpaceGroupedThousands(text: string, lang: Lang): string {
  if (!/\d \d{3}/u.test(text)) return text;
  const runs = runsIn(text);
  // A df grouped by a space is one number in English; Indonesian reads "1.198" as a decimal, so
  // there it is left (./grouped-df.ts).
  const dfGrouped = (r: Run) => lang === 'en' && r.df;
  if (!runs.some((r) => r.sized || dfGrouped(r))) return text;
  const sep = lang === 'id' ? '.' : ',';
  let out = '';
  let at = 0;
  for (const r of runs) {
    if (!(r.sized || dfGrouped(r) || r.cell || (r.share && !totalThenCount(r)))) continue;
    out += text.slice(at, r.start) + text.slice(r.start, r.end).replace(/ /gu, sep);
    at = r.end;
  }
  return out + text.slice(at);
}
