/**
 * Rows of an independent-samples t-test table: a label, each group's "mean ± SD", then t and
 * p (`| Post-test SPD | 34.13 ± 5.49 | 41.77 ± 6.85 | −4.763 | 0.000** |`, or the same with
 * spaces between the cells), under a header that gives the two group sizes (`Control group
 * (n = 30) | Intervention group (n = 30)`) and names a t column. The sizes make the df
 * (n₁ + n₂ − 2), so p is checked against t(df), and t against the means and SDs
 * (./two-group-t.ts's check). Two sizes in the header are two groups; a table whose title or
 * header says "paired" or "dependent" is not read, nor one that names Welch's test, a rank test or
 * an adjusted p (its p is not that of t with n₁ + n₂ − 2 df). A label may name its cells' format
 * (`Knowledge score (x ± s)`), and the header is looked for above the whole run of rows, however
 * long the table.
 *
 * The notes below the rows say as often as the title what the p is ("Note. One-tailed tests.",
 * "adjusted for baseline scores", "Mann–Whitney U test for …"): such notes leave the table
 * unread. So does a header whose two sized columns are time points of the same people
 * ("Pre-test (n = 30) | Post-test (n = 30)", before/after, baseline/follow-up): a paired test
 * whose df is n − 1, not n₁ + n₂ − 2, even when no word says paired.
 */
import type { Extraction, Num, PReport, TwoGroupTReport } from '../types.ts';
import { parseNum } from './numbers.ts';
import { cellsLeftToRight, linesWithOffsets } from './lines.ts';
import { tableTTest } from './table-t-tests.ts';
import { type SplitSizes, splitGroupSizes } from './split-group-sizes.ts';

const N = String.raw`\d+(?:\.\d+)?`;
const SEP = String.raw`\s*(?:\|\s*)?`;
/** Between two numeric cells, a space or a bar at least: cells stored glued (`16.375.2 ± 14.31.700.34`) cannot be split. */
const CELL = String.raw`(?=[\s|])${SEP}`;
const ROW = new RegExp(
  String.raw`^\s*\|?\s*[^\d|±\n][^|±\n]*?${SEP}(${N})\s*±\s*(${N})${CELL}(${N})\s*±\s*(${N})${CELL}([-−–]?${N})\**${CELL}([<>]?)\s*(${N})\**\s*\|?[\s|]*$`,
  'u',
);
/** A group size in a header line: `(n = 30)`, `N=2954`. */
const SIZE = /\b[nN]\s*=\s*(\d+)\b/g;
const T_HEADER = /(?:^|[|\s])t(?:[-\s]?(?:value|test|stat))?(?=$|[|\s])/imu;
const PAIRED = /\b(?:paired|dependent|related[-\s]samples?|within[-\s]subjects?)\b/iu;
/** A p that is not that of Student's t with n₁ + n₂ − 2 df: Welch's df, a rank test, an adjusted p. */
const NOT_POOLED_P = /\b(?:welch|mann|whitney|wilcoxon|adjusted|bonferroni|holm|fdr|corrected)\b/iu;
const HEADER_LINES = 6;
/** How many non-blank lines after a run of rows are read as the table's notes. */
const NOTE_LINES = 3;
/** Notes saying the p is not that of a two-sided Student's t between the two groups. */
const NOT_POOLED_NOTE = /\b(?:one[\s-](?:tailed|sided)|1[\s-]tailed|ancova|covariates?|adjusted|paired)\b/iu;
/** Column names that are time points of the same people, not two groups. */
const TIME_POINTS =
  /\b(?:pre|post)[\s-]?(?:test|intervention|treatment|training)?\b|\b(?:before|after|baseline|follow[\s-]?up)\b/iu;
/** A label's note of what its cells are: `(x ± s)`, `(mean ± SD)`, `(x̄ ± s)`. */
const CELL_FORMAT = /\((?:x\u0304?|x̄|mean|M)\s*±\s*(?:s|SD|s\.d\.)\)/giu;
/** A Markdown table's separator line (`|---|:--:|`). */
const isSeparator = (line: string): boolean => line.includes('|') && line.includes('--') && /^[\s|:-]+$/u.test(line);

/** The line with a label's cell-format note blanked out (same length, so places stay those of the text). */
const withoutCellFormat = (line: string): string => line.replace(CELL_FORMAT, (m) => ' '.repeat(m.length));

function numAt(raw: string, line: string, lineStart: number, from: number): Num | null {
  const at = line.indexOf(raw, from);
  return parseNum(raw.replace(/[−–]/u, '-'), lineStart + at);
}

/** Split sizes naming two groups of a pooled two-sided t, not time points nor another test. */
function splitHeaderReadable(split: SplitSizes | null): split is SplitSizes {
  if (!split) return false;
  if (split.sizedLines.some((l) => TIME_POINTS.test(l))) return false;
  return !PAIRED.test(split.header) && !NOT_POOLED_P.test(split.header);
}

export function readTwoGroupTRows(text: string, extraction: Extraction): TwoGroupTReport[] {
  const out: TwoGroupTReport[] = [];
  if (!text.includes('±')) return out;
  const { lines, offsets: starts } = linesWithOffsets(text);
  const matches = lines.map((line) => (line.includes('±') ? ROW.exec(withoutCellFormat(line)) : null));
  // The first line of each run of rows (a Markdown separator line belongs to the run).
  const runTop: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const inRun = i > 0 && (matches[i - 1] !== null || isSeparator(lines[i - 1]!));
    runTop.push(inRun ? runTop[i - 1]! : i);
  }
  // The notes below each run of rows.
  const notesAfter = (i: number): string => {
    let end = i;
    while (end + 1 < lines.length && (matches[end + 1] !== null || isSeparator(lines[end + 1]!))) end++;
    return lines
      .slice(end + 1)
      .filter((l) => l.trim() !== '')
      .slice(0, NOTE_LINES)
      .join('\n');
  };
  lines.forEach((line, i) => {
    const m = matches[i];
    if (!m) return;
    const top = runTop[i]!;
    const above = lines.slice(Math.max(0, top - HEADER_LINES), i);
    const header = above.join('\n');
    if (PAIRED.test(header) || NOT_POOLED_P.test(header) || !T_HEADER.test(header)) return;
    const notes = notesAfter(i);
    if (PAIRED.test(notes) || NOT_POOLED_P.test(notes) || NOT_POOLED_NOTE.test(notes)) return;
    // The nearest header line with two sizes gives the groups.
    const sizedLines = above.filter((l) => [...l.matchAll(SIZE)].length === 2);
    const sizedLine = sizedLines[sizedLines.length - 1];
    if (sizedLine !== undefined && TIME_POINTS.test(sizedLine)) return;
    // …else one size per line, or the header above the table's other blocks (./split-group-sizes.ts).
    const split = sizedLine === undefined ? splitGroupSizes(lines, top) : null;
    if (sizedLine === undefined && !splitHeaderReadable(split)) return;
    const sizes = split ? split.sizes : [...sizedLine!.matchAll(SIZE)].map((s) => Number(s[1]));
    if (sizes.some((n) => n < 2)) return;
    const lineStart = starts[i]!;
    const next = cellsLeftToRight(lineStart, (raw, from) => numAt(raw, line, lineStart, from));
    const m1 = next(m[1]!);
    const s1 = next(m[2]!);
    const m2 = next(m[3]!);
    const s2 = next(m[4]!);
    const t = next(m[5]!);
    const p = next(m[7]!);
    if (!m1 || !s1 || !m2 || !s2 || !t || !p || p.value > 1) return;
    const place = {
      start: lineStart + (line.length - line.trimStart().length),
      end: lineStart + line.trimEnd().length,
      quoteStart: lineStart,
      quoteEnd: lineStart + line.length,
    };
    const df = sizes[0]! + sizes[1]! - 2;
    out.push({
      t,
      df,
      groups: [
        { mean: m1, sd: s1, n: sizes[0]! },
        { mean: m2, sd: s2, n: sizes[1]! },
      ],
      place,
    });
    if (extraction.tests.some((x) => x.place.start < place.end && x.place.end > place.start)) return;
    const op = m[6] === '<' ? '<' : m[6] === '>' ? '>' : '=';
    const pReport: PReport = { op, num: p, oneTailedLabel: false, start: p.start, end: p.end };
    const test = tableTTest(t, df, pReport, 'unstated', { ...place, start: t.start, end: p.end });
    extraction.tests.push(test);
    extraction.pValues.push({ p: pReport, place: test.place, attached: true });
  });
  return out;
}
