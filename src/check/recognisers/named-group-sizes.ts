/**
 * The size of a group the text names and sizes once ("Jumlah responden wisatawan nusantara adalah
 * sebanyak 34 orang"), for a later sentence that gives a share of that group by the same words
 * without its count ("Tingkat umur responden wisatawan nusantara … sebanyak 23%"): the share is of
 * those 34, even several paragraphs on and even when a paragraph in between states the size of
 * another group ("Jumlah responden wisatawan mancanegara adalah sebanyak 30 orang"), which a
 * share read against its paragraph's sample would take. Only a qualified group is read (a people
 * noun and one to three words after it): the whole sample ("jumlah responden") is its
 * paragraph's sample, ./percentages.ts.
 */

/** Words between the group and its size, which are not part of the group's name. */
const LINK = String.raw`(?:adalah|yaitu|ialah|ada|sebanyak|berjumlah|sejumlah|sebesar|sekitar)`;
const DEFINED = new RegExp(
  String.raw`(?<![\p{L}])(?:jumlah|banyaknya)\s+((?:responden|pasien|subjek|subyek|peserta|siswa|mahasiswa|pengunjung|wisatawan|pegawai|karyawan|ibu|balita|anak)(?:\s+(?!${LINK}(?![\p{L}]))[\p{L}][\p{L}-]*){1,3}?)\s+(?:${LINK}\s+){0,2}(\d{1,5})(?![.,]\d)\s+(?:orang|responden|jiwa)(?![\p{L}])`,
  'giu',
);

export interface NamedGroup {
  /** The group's words, lower case, single-spaced ("responden wisatawan nusantara"). */
  name: string;
  n: number;
  /** Offset where the text sizes it: only sentences after it are of that group. */
  at: number;
}

export function namedGroupSizes(text: string): NamedGroup[] {
  return [...text.matchAll(DEFINED)].map((m) => ({
    name: m[1]!.toLowerCase().replace(/\s+/g, ' '),
    n: Number(m[2]),
    at: m.index!,
  }));
}

/**
 * The size of the one sized group a sentence at `start` names by the same words, sized before it;
 * null when it names none, or groups (or one group sized twice) with different sizes.
 */
export function namedGroupSizeFor(sentence: string, start: number, groups: NamedGroup[]): number | null {
  const words = sentence.toLowerCase().replace(/\s+/g, ' ');
  const sizes = new Set(
    groups
      .filter((g) => g.at < start && new RegExp(String.raw`(?<![\p{L}])${g.name}(?![\p{L}])`, 'u').test(words))
      .map((g) => g.n),
  );
  return sizes.size === 1 ? [...sizes][0]! : null;
}
