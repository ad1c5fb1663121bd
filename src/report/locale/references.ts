/**
 * Words of reference lists and in-text citations (APA 7 and its Indonesian adaptation:
 * "dkk." for "et al.", "Edisi ke-2" for "2nd ed.", "hlm." for "pp.").
 */

/** "2nd", "11th", "23rd" */
function ordinal(n: string): string {
  const k = Number(n);
  if (!Number.isInteger(k)) return n;
  const s = k % 100 >= 11 && k % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][k % 10] ?? 'th');
  return `${k}${s}`;
}

export const en = {
  etal: 'et al.',
  and: 'and',
  ed: 'Ed.',
  eds: 'Eds.',
  in: 'In',
  pp: 'pp.',
  edition: (n: string) => `${ordinal(n)} ed.`,
  nd: 'n.d.',
};

export type ReferenceWords = typeof en;

export const id: ReferenceWords = {
  etal: 'dkk.',
  and: 'dan',
  ed: 'Ed.',
  eds: 'Ed.',
  in: 'Dalam',
  pp: 'hlm.',
  edition: (n: string) => `Edisi ke-${n}`,
  nd: 't.t.',
};
