/**
 * When a table of group rows of n and "x (y)" cells closed by a test row
 * (./summary-test-columns.ts) is not one whose p's a test between independent groups gives from
 * means and SDs, though its layout is the same:
 *
 * - the header or the notes say the bracketed number is not an SD (a standard error, a median and
 *   its IQR or range, a count and its %): "Scores by group, mean (SE)";
 * - the rows are time points of the same people (pre-test / post-test, baseline, week 4,
 *   sebelum / sesudah), whose test is paired or repeated-measures even when named "t test", or
 *   items of one questionnaire ("Item 1", "Pernyataan 3") the same people answered;
 * - the test row names another test or an adjusted p (repeated measures, trend, Bonferroni,
 *   ANCOVA, two-way ANOVA) or its numbers are the statistic, not p ("t-test statistic 0.65 0.39");
 * - every cell of a column is a whole number whose bracketed number is its share of the row's n:
 *   counts and %, not means and SDs.
 */
import type { Num } from '../types.ts';

/** Words of a header or note saying the bracketed number is not a standard deviation. */
const NOT_SD =
  /\b(?:SE|SEM|S\.E\.?|SE\s*M|standard\s+errors?|std\.?\s*errors?|galat\s+baku|kesalahan\s+baku|median|IQR|interquartile|range|rentang|min(?:imum)?\s*[-–,;]\s*max(?:imum)?|CI|n\s*\(\s*%\s*\)|count|frekuensi)\b/iu;
/** Group labels that are time points of the same people (whose test is paired or repeated). */
export const TIME_POINT_LABEL =
  /\b(?:pre|post)[\s-]?(?:tests?|intervention|treatment|training|op(?:erative)?)?\b|\b(?:before|after|baseline|follow[\s-]?up|sebelum|sesudah|setelah)\b|\b(?:wave|round|visit|week|month|day|year|time\s*point|gelombang|kunjungan|minggu|bulan|hari|tahun|pertemuan|siklus)\s*\d|\bT[0-9]\b/iu;
/** Group labels that are items of one questionnaire, answered by the same people: "Item 1", "Pernyataan 3". */
const ITEM_LABEL = /^\s*(?:items?|butir|pernyataan|soal|questions?|statements?|pertanyaan)\s*\d/iu;
/** Words on the test row naming another test, an adjusted p, or a statistic in place of p. */
const NOT_OWN_P =
  /\b(?:repeated|berulang|mixed|two[-\s]?way|dua\s+arah|factorial|trend|tren|linear|bonferroni|holm|tukey|scheff[eé]|post[-\s]?hoc|lanjut|ancova|covariat\w*|kovariat|controlled|controlling|disesuaikan|statistics?|statistik|hitung|[tF][-\s]?(?:values?|ratio|stat)|nilai\s+[tF]|df|db)\b/iu;

/** Non-blank lines above the first group row (back to a table caption) and below the test row. */
const HEADER_LINES = 6;
const NOTE_LINES = 3;
const CAPTION = /^\s*(?:Table|Tabel)\s+[\dIVX]/iu;

function headerAndNotes(lines: string[], firstRow: number, testRow: number): string {
  const around: string[] = [];
  for (let k = firstRow - 1, seen = 0; k >= 0 && seen < HEADER_LINES; k--) {
    if (!lines[k]!.trim()) continue;
    around.push(lines[k]!);
    seen++;
    if (CAPTION.test(lines[k]!)) break;
  }
  for (let k = testRow + 1, seen = 0; k < lines.length && seen < NOTE_LINES; k++) {
    if (!lines[k]!.trim()) continue;
    if (CAPTION.test(lines[k]!)) break;
    around.push(lines[k]!);
    seen++;
  }
  return around.join('\n');
}

export interface SummaryColumnRow {
  label: string;
  n: number;
  cells: { mean: Num; sd: Num }[];
}

const isShareOf = (cell: { mean: Num; sd: Num }, n: number): boolean =>
  cell.mean.decimals === 0 && n > 0 && Math.abs((100 * cell.mean.value) / n - cell.sd.value) <= cell.sd.half + 1e-9;

/** True when the rows, their header and notes, or the test row's words say these p's are not the groups' test. */
export function summaryColumnsDecline(
  lines: string[],
  firstRow: number,
  testRow: number,
  testWords: string,
  rows: SummaryColumnRow[],
): boolean {
  if (NOT_OWN_P.test(testWords)) return true;
  if (rows.some((r) => TIME_POINT_LABEL.test(r.label) || ITEM_LABEL.test(r.label))) return true;
  if (NOT_SD.test(headerAndNotes(lines, firstRow, testRow))) return true;
  const columns = rows[0]?.cells.length ?? 0;
  for (let col = 0; col < columns; col++) if (rows.every((r) => isShareOf(r.cells[col]!, r.n))) return true;
  return false;
}
