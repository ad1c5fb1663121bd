/**
 * Indonesian shares of a subgroup the sentence names before them: "Responden perempuan sebanyak
 * 40 orang (66,7%), dan dari responden perempuan tersebut yang bekerja sebanyak 10 orang
 * (25,0%)" — 10 is a quarter of the 40 women, not a sixth of the 60 respondents the paragraph
 * states. The referring words ("dari … tersebut/itu", "di antaranya", "dari mereka", "dari
 * jumlah tersebut", or a group named: "dari responden perempuan", "di antara kelompok kasus")
 * come before the pair, not words about the text ("pada tabel tersebut"), and every pair after them in the sentence is of that
 * subgroup. Its size is the count of the one pair printed before the words, when the share is
 * that count's; otherwise (none, two — either may be the subgroup — or a share of the whole
 * sample, as authors also write them) the pair is not read. ./subgroup-shares.ts reads the English
 * "of these".
 */
import type { CountPct } from '../types.ts';

const REFERS_BACK =
  /(?<![\p{L}])(?:(?:dari|di\s?antara|diantara|pada)\s+(?:[\p{L}-]+\s+){0,4}?(?:tersebut|itu)|di\s?antaranya|diantara\s+mereka|dari\s+mereka|(?:dari|di\s?antara|diantara)\s+(?:(?:responden|pasien|subjek|siswa|mahasiswa|pegawai|karyawan|peserta)\s+)?(?:laki-laki|perempuan|pria|wanita|kelompok\s+[\p{L}-]+))(?![\p{L}])/giu;
/** Referring words about the text, not people: "pada tabel tersebut", "dari hasil tersebut". */
const ABOUT_TEXT = /tabel|gambar|grafik|diagram|hasil|penelitian|data|uji|analisis|kuesioner|waktu|tahun|bulan/iu;

/**
 * Gives the pairs of `pairs` (offsets from `base` into `sentence`) after a subgroup's referring
 * words the count of the one pair before those words as their own total; returns the pairs that
 * have no such count to be read against, which the caller leaves out.
 */
export function subgroupSharesId(sentence: string, base: number, pairs: CountPct[]): Set<CountPct> {
  const unread = new Set<CountPct>();
  const marks = [...sentence.matchAll(REFERS_BACK)].filter((m) => !ABOUT_TEXT.test(m[0]));
  if (marks.length === 0) return unread;
  // The first referring words that stand before some pair; the pairs before them hold the subgroup.
  const mark = marks.find((m) => pairs.some((p) => p.countStart - base >= m.index! + m[0].length));
  if (!mark) return unread;
  const markAt = mark.index!;
  const before = pairs.filter((p) => p.pct.end - base <= markAt);
  const after = pairs.filter((p) => p.countStart - base >= markAt + mark[0].length && p.ownTotal === null);
  const referent = before.length === 1 ? before[0]!.count : null;
  const sum = after.reduce((s, p) => s + p.count, 0);
  for (const p of after) {
    // Authors also give such a share of the whole sample ("59 responden (74,7%) …, di antaranya 38
    // responden (48,1%)": 38/79): a share that is not of the subgroup is of an unknown total.
    const fits = referent !== null && Math.abs((100 * p.count) / referent - p.pct.value) <= p.pct.half + 1e-9;
    if (referent !== null && referent >= sum && fits) p.ownTotal = referent;
    else unread.add(p);
  }
  return unread;
}
