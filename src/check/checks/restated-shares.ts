/**
 * One misprinted share, one flag. A thesis prints a table and then retells it in prose ("Tabel
 * 4.2 … Meragukan 18 19,3 … sebanyak 18 responden 19,3"): the prose copies the table's share,
 * misprint and all. The second flag would count one slip twice; the first, where the share was
 * printed first, already points at it. A restatement is a later share flagged with the same
 * count, the same total and the same printed share, told in words: a
 * word stands between its count and its share ("18 responden 19,3"). Two cells of a table with
 * the same values ("41 (58.5)" in both arms of n = 70) are two misprints, and both stay.
 */
import type { Located } from './check.ts';
import { retoldElsewhere } from './prose-table-shares.ts';

/** The printed share a percentages finding ends at: its last number ("56,56", "(19,3%)"). */
const SHARE_AT_END = /(\d+(?:[.,]\d+)?)\s*%?\s*\)?\s*$/u;

/** The count and total a share was recomputed from, as its recomputation begins. */
const COUNT_OF_TOTAL = /^\d+\/\d+(?= = )/u;

/** A count and its share with a word between them: the share told in a sentence. */
const IN_WORDS = /\d\s+\p{L}[\p{L}\s]*\s\(?\d/u;

export function withoutRestatedShares(text: string, located: Located[]): Located[] {
  const seen = new Set<string>();
  const told = retoldElsewhere();
  return located.filter(({ finding: f }) => {
    if (f.check !== 'percentages' || f.verdict !== 'inconsistent') return true;
    const values = text.slice(f.start, f.end);
    const share = SHARE_AT_END.exec(values)?.[1];
    if (share === undefined) return true;
    // Prose before its table, or a sentence whose total is unknown (./prose-table-shares.ts).
    if (told(f.start, values, share)) return false;
    // "18/93 = 19,35% dari total tabel 93": the count and total, whichever way the total was found.
    const ofTotal = COUNT_OF_TOTAL.exec(f.recomputed)?.[0];
    if (ofTotal === undefined) return true;
    const key = `${ofTotal} ${share.replace(',', '.')}`;
    if (seen.has(key) && IN_WORDS.test(values)) return false;
    seen.add(key);
    return true;
  });
}
