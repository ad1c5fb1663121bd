/**
 * One misprinted share, one flag, whichever comes first: a thesis may tell its table in prose
 * before printing it ("karyawan swasta sebanyak 1 orang atau sebesar 7,0%", then the table's row
 * "Karyawan swasta 1 7,0"), and the prose, read alone, may have no total (its shares, misprint
 * and all, do not add up to 100) and be flagged for the total its share implies. The same count
 * and printed share flagged once in a sentence and once in a table cell, close together, are one
 * slip: the first place printed keeps the flag. Each flag pairs with one other at most, so two
 * rows with the same values ("Karyawan swasta 1 7,0", "Wirausaha 1 7,0") told twice are two slips.
 */

/** A count and its share with a word between them: the share told in a sentence. */
const IN_WORDS = /\d\s+\p{L}[\p{L}\s]*\s\(?\d/u;

/** The count a percentages finding starts with ("1 7,0", "1 orang atau sebesar 7,0%"). */
const COUNT_AT_START = /^\(?(\d+)(?![\d.,]\d)/u;

/** How far apart the prose and its table may be printed. */
const NEAR = 2000;

interface Told {
  key: string;
  inWords: boolean;
  start: number;
  paired: boolean;
}

/**
 * A test, called on the inconsistent percentages findings in order of place, that says whether
 * one (at `start`, its quoted `values`, ending in the printed `share`) retells an earlier one.
 */
export function retoldElsewhere(): (start: number, values: string, share: string) => boolean {
  const earlier: Told[] = [];
  return (start, values, share) => {
    const count = COUNT_AT_START.exec(values)?.[1];
    if (count === undefined) return false;
    const key = `${count} ${share.replace(',', '.')}`;
    const inWords = IN_WORDS.test(values);
    const first = earlier.find((e) => !e.paired && e.key === key && e.inWords !== inWords && start - e.start <= NEAR);
    if (first) {
      first.paired = true;
      return true;
    }
    earlier.push({ key, inWords, start, paired: false });
    return false;
  };
}
