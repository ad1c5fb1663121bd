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

export interface ReferenceWords {
  /** The CSL locale citeproc formats citations and references with (its terms: "et al.", "Retrieved", "hlm."). */
  csl: string;
  /**
   * The CSL locale file (XML) of `csl`, for a language whose locale neither citation-js
   * nor naskah (src/report/citations/csl/) ships.
   */
  cslLocale?: string;
  etal: string;
  and: string;
  ed: string;
  eds: string;
  in: string;
  pp: string;
  edition: (n: string) => string;
  nd: string;
}

export const en: ReferenceWords = {
  csl: 'en-US',
  etal: 'et al.',
  and: 'and',
  ed: 'Ed.',
  eds: 'Eds.',
  in: 'In',
  pp: 'pp.',
  edition: (n: string) => `${ordinal(n)} ed.`,
  nd: 'n.d.',
};

export const id: ReferenceWords = {
  csl: 'id-ID',
  etal: 'dkk.',
  and: 'dan',
  ed: 'Ed.',
  eds: 'Ed.',
  in: 'Dalam',
  pp: 'hlm.',
  edition: (n: string) => `Edisi ke-${n}`,
  nd: 't.t.',
};
