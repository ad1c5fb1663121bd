/**
 * A questionnaire in the built-in library: items, answer range, reverse-scored items,
 * how scores are formed, cut-offs, and the sources. A unit per instrument in
 * src/instruments/library/; its wording (name, description, scale and category labels)
 * is in the locale, src/report/locale/instruments.ts, under the same id, key and codes.
 */

export interface CategoryCut {
  code: string;
  /** Inclusive bounds of the score. */
  from: number;
  to: number;
}

export interface Scale {
  /** Subscale key (`stress`, `role_ambiguity`); empty for a single-scale instrument. */
  key: string;
  /** 1-based item numbers in the instrument's order. */
  items: number[];
  /** Score = multiplier · Σ items (DASS-21 doubles its sums to match DASS-42 norms). */
  multiplier?: number;
  range: [number, number];
  categories: CategoryCut[];
}

export interface Instrument {
  id: string;
  abbreviation: string;
  nItems: number;
  /** Allowed raw answers, inclusive. */
  itemRange: [number, number];
  /** 1-based items scored as (min + max − answer). */
  reverse: number[];
  scales: Scale[];
  /** BibTeX keys of the instrument's sources (must be in references.bib). */
  citations: string[];
  /** Normative SD and reliability for the reliable change index, with their source. */
  norms?: { sd: number; reliability: number; source: string };
}
