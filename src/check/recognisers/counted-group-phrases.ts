/**
 * "dari 11 responden 33,33" names no group: the count has its own share right after it, so it is
 * one category of a list the sentence goes on with ("… ditunjukkan dari 11 responden 33,33,
 * kategori sangat tinggi sebanyak 6 responden 18,19, …"), and the counts after it are not parts
 * of those 11. A group phrase is one only when words, not a share, follow it ("dari 72 responden
 * dengan perilaku sakit …"). A whole number after it is left a group: it may be the next count
 * ("dari 72 responden 20 orang …"), not a share.
 */

/**
 * Whether the group phrase matched at `at` in `sentence` ("dari 11 responden") is a category's
 * count with its share after it; `countPct` is the count-and-share pattern of the caller
 * (./lost-percent-signs.ts, passed in so that the two files do not import each other).
 */
export function groupIsCountedShare(
  sentence: string,
  at: number,
  phrase: string,
  number: string,
  countPct: RegExp,
): boolean {
  const numberAt = at + phrase.indexOf(number);
  const pair = new RegExp(countPct.source, 'uy');
  pair.lastIndex = numberAt;
  const m = pair.exec(sentence);
  return m !== null && /[.,]\d/.test(m[2]!);
}
