/**
 * Rows of a two-group table that print each group's "mean ± SD" and then only a p, no t
 * (`Age, years 61.14 ± 7.86 62.02 ± 8.09 0.224`), in a table whose notes say how its continuous
 * variables were compared: by t tests (`t-tests for continuous variables, chi-square tests for
 * categorical variables`). With the two group sizes from the header (on one line or one per line,
 * ./split-group-sizes.ts) the p can be recomputed from the means and SDs (checks/summary-p.ts).
 *
 * Not read: a table that names no t test, or that names another test or an adjusted p anywhere in
 * its caption, header or notes (Welch's, a rank test, ANCOVA, a paired or one-tailed test — its
 * p is not that of Student's or Welch's t between the two groups); a header with a t column
 * (./two-group-t-rows.ts reads those rows, t and all); a header whose two sized columns are time
 * points of the same people; cells stored glued. A table whose notes say data are missing is
 * marked so: its groups may be smaller than the header says.
 */
import type { Num, PReport, SummaryPReport } from '../types.ts';
import { parseNum } from './numbers.ts';
import { cellsLeftToRight, linesWithOffsets } from './lines.ts';
import { splitGroupSizes } from './split-group-sizes.ts';

const N = String.raw`\d+(?:\.\d+)?`;
/** A space or a bar between numeric cells: glued cells cannot be split. */
const CELL = String.raw`(?=[\s|])\s*(?:\|\s*)?`;
const ROW = new RegExp(
  String.raw`^\s*\|?\s*[^\d|±\n][^|±\n]*?\s*(?:\|\s*)?(${N})\s*±\s*(${N})${CELL}(${N})\s*±\s*(${N})${CELL}([<>]?)\s*(${N})\**\s*\|?[\s|]*$`,
  'u',
);
const T_TESTS = /\b(?:t[-\s]?tests?|student'?s\s+t)\b/iu;
const OTHER_TEST =
  /\b(?:welch|mann|whitney|wilcoxon|kruskal|rank|median|adjusted|bonferroni|holm|fdr|corrected|ancova|covariates?|paired|dependent|one[\s-](?:tailed|sided)|anova|non-?parametric)\b/iu;
const T_COLUMN = /(?:^|[|\s])t(?:[-\s]?(?:value|stat))?(?=$|[|\s])/imu;
const TIME_POINTS =
  /\b(?:pre|post)[\s-]?(?:test|intervention|treatment|training)?\b|\b(?:before|after|baseline|follow[\s-]?up)\b/iu;
const MISSING =
  /missing|not available|unknown|excluded|incomplete|available for|data available|complete data|variations? in the number/iu;
const CAPTION = /^\s*(?:Table|Tabel)\s+\d/iu;
/** How many lines below a row the table's notes are looked for. */
const NOTE_LINES = 30;

function numAt(raw: string, line: string, lineStart: number, from: number): Num | null {
  const at = line.indexOf(raw, from);
  return at < 0 ? null : parseNum(raw, lineStart + at);
}

export function readSummaryPRows(text: string): SummaryPReport[] {
  const out: SummaryPReport[] = [];
  if (!text.includes('±') || !T_TESTS.test(text)) return out;
  const { lines, offsets } = linesWithOffsets(text);
  lines.forEach((line, i) => {
    if (!line.includes('±')) return;
    const m = ROW.exec(line);
    if (!m) return;
    const split = splitGroupSizes(lines, i);
    if (!split || split.sizedLines.some((l) => TIME_POINTS.test(l))) return;
    // The header from the caption down to the row, and the notes below it up to the next caption.
    const below: string[] = [];
    for (let k = i + 1; k < Math.min(lines.length, i + 1 + NOTE_LINES) && !CAPTION.test(lines[k]!); k++)
      below.push(lines[k]!);
    const notes = below.join('\n');
    const header = split.header;
    if (!T_TESTS.test(`${header}\n${notes}`) || OTHER_TEST.test(`${header}\n${notes}`)) return;
    if (T_COLUMN.test(header)) return;
    const [n1, n2] = split.sizes;
    if (n1 < 2 || n2 < 2) return;
    const lineStart = offsets[i]!;
    const next = cellsLeftToRight(lineStart, (raw, from) => numAt(raw, line, lineStart, from));
    const m1 = next(m[1]!);
    const s1 = next(m[2]!);
    const m2 = next(m[3]!);
    const s2 = next(m[4]!);
    const pNum = next(m[6]!);
    if (!m1 || !s1 || !m2 || !s2 || !pNum || pNum.value > 1 || pNum.decimals === 0) return;
    const op = m[5] === '<' ? '<' : m[5] === '>' ? '>' : '=';
    const p: PReport = { op, num: pNum, oneTailedLabel: false, start: pNum.start, end: pNum.end };
    out.push({
      p,
      groups: [
        { mean: m1, sd: s1, n: n1 },
        { mean: m2, sd: s2, n: n2 },
      ],
      missingData: MISSING.test(`${header}\n${notes}`),
      place: {
        start: m1.start,
        end: pNum.end,
        quoteStart: lineStart,
        quoteEnd: lineStart + line.length,
      },
    });
  });
  return out;
}
