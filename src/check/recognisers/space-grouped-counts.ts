/**
 * Counts whose thousands are grouped by a space, as journals print them in SI style: "Of 12 450
 * patients, 2 130 (17.1%) had diabetes", "Dementia 17 898 (2.97)". Read digit group by digit
 * group, "2 130 (17.1%)" is a count of 130 after a stray 2, and the sum of such tails (130 + 320
 * = 450) passes for the total of shares that are really of 12 450: a false alarm on every share.
 *
 * Two numbers side by side are also what a flattened table row prints ("≥60 535 489 (91.4)": a
 * row's total 535, then its count 489), so the group before a count is joined to it only when
 *  - the sentence shows that it groups thousands with spaces: a number of three or more groups
 *    ("2 406 932"), or a grouped number that can only be one ("n = 12 450", "of 12 450",
 *    "12 450 patients");
 *  - the count has exactly three digits and the group before it one to three, with one space
 *    between and no digit, decimal mark or other group just before;
 *  - the group before it is no total of it: count / group does not print as the share ("535 489
 *    (91.4)": 489/535 = 91.4%, a row's total and count, stays two numbers).
 */

/** One space-like character between digit groups: a space, a no-break space, a thin space. */
const GAP = '[ \\u00A0\\u2009\\u202F]';
const PEOPLE = String.raw`(?:patients?|participants?|people|persons?|subjects?|respondents?|individuals?|cases|controls|children|women|men|adults|students|births|deaths|responden|orang|pasien|peserta|subjek|siswa|balita|bayi|ibu|penduduk|jiwa)`;

/** A grouped number that cannot be two: three or more groups, or two after "n =" / "of" or before people. */
const SURELY_GROUPED = [
  new RegExp(String.raw`(?<![\d.,]|\d${GAP})\d{1,3}(?:${GAP}\d{3}){2,}(?![\d.,]\d|${GAP}?\d)`, 'u'),
  new RegExp(
    String.raw`(?:\b[Nn]\s*=\s*|\b(?:of|among|from|total(?:ling)?|dari|sebanyak|sejumlah|total)\s+)\d{1,3}(?:${GAP}\d{3})+(?![\d.,]?\d)`,
    'iu',
  ),
  new RegExp(String.raw`(?<![\d.,]|\d${GAP})\d{1,3}(?:${GAP}\d{3})+\s+${PEOPLE}\b`, 'iu'),
];

/** Does the sentence print a number whose thousands are surely grouped by a space? */
export function groupsThousandsBySpace(sentence: string): boolean {
  return SURELY_GROUPED.some((re) => re.test(sentence));
}

/**
 * The whole count when the three-digit count at `countAt` of `sentence` is the last group of a
 * number grouped by spaces (`2 130` → 2130, `10 320` → 10320), with where that number starts;
 * null when the count stands alone or the sentence gives no sign of such grouping.
 * `pct` is the share printed with the count and `decimals` the decimals it was printed with.
 */
export function spaceGroupedCount(
  sentence: string,
  countAt: number,
  count: number,
  pct: number,
  decimals: number,
): { count: number; at: number } | null {
  if (!/^\d{3}(?!\d|[.,]\d)/u.test(sentence.slice(countAt))) return null;
  const lead = new RegExp(String.raw`(?<![\d.,]|\d${GAP})(\d{1,3}(?:${GAP}\d{3})*)${GAP}$`, 'u').exec(
    sentence.slice(0, countAt),
  );
  if (!lead) return null;
  const head = Number(lead[1]!.replace(/\D/gu, ''));
  // "535 489 (91.4)": the row's total, then its count, in a flattened table.
  if (head > 0 && count <= head && Math.abs((100 * count) / head - pct) <= 0.5 * 10 ** -decimals + 1e-9) return null;
  if (!groupsThousandsBySpace(sentence)) return null;
  return { count: head * 1000 + count, at: lead.index };
}
