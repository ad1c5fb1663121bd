/**
 * Tables with one row per group — label, n, then one "mean (SD)" per outcome column — closed by a
 * row that names the test and gives one p per column:
 *
 *     Sugar consumption
 *      Yes 203 1.7 (1.9) 2.3 (2.7)
 *      No 72 0.8 (2.1) 1.2 (1.8)
 *     t test, P value 0.07 0.04
 *
 * Each column's p is then recomputable from the rows above it (checks/summary-test-columns.ts):
 * a t test between exactly two rows, a one-way ANOVA between two or more.
 *
 * Read only with strict evidence: the closing row starts with the test's name (t test, ANOVA,
 * F test, uji t, uji F) and carries no other number; the group rows are the unbroken run of rows
 * right above it, every one with its n and the same number of "mean (SD)" cells as the test row
 * has p's. A row named as a total is left out when its n is the groups' sum. The p's are
 * reported not checkable when the sizes do not add up (a total row of another n, or an unnamed
 * row whose n is the others' sum: which rows are groups is unknown) or a t test stands under
 * other than two groups. Not read: a test named as paired, Welch's, rank-based or adjusted.
 */
import type { Num, PReport, SummaryTestColumnReport } from '../types.ts';
import { parseNum } from './numbers.ts';
import { linesWithOffsets } from './lines.ts';
import { summaryColumnsDecline } from './summary-column-declines.ts';

const N = String.raw`\d+(?:[.,]\d+)?`;
const CELL = new RegExp(String.raw`(${N})\s*\(\s*(${N})\s*\)`, 'gu');
const GROUP_ROW = new RegExp(String.raw`^\s*(\S.*?)\s+(\d+)((?:\s+${N}\s*\(\s*${N}\s*\))+)\s*$`, 'u');
const TEST_ROW = new RegExp(
  String.raw`^\s*(t[-\s]?tests?|student'?s\s+t[-\s]?tests?|(?:one[-\s]way\s+)?anova|f[-\s]?tests?|uji[-\s]t|uji[-\s]f|anova\s+satu\s+arah)\b([^\d\n]*?)((?:\s+[<>]?\s*${N})+)\s*$`,
  'iu',
);
const OTHER_TEST =
  /\b(?:welch|paired|berpasangan|rank|mann|wilcoxon|kruskal|adjusted|corrected|one[-\s]?(?:tailed|sided)|satu\s+sisi)\b/iu;
const TOTAL_LABEL = /\b(?:total|jumlah|overall|all|semua|keseluruhan)\b/iu;

/** A table row is short; longer lines (flat text) are not tried, so the regexes stay linear. */
const MAX_ROW = 2000;

interface GroupRow {
  label: string;
  total: boolean;
  n: number;
  cells: { mean: Num; sd: Num }[];
}

function readGroupRow(line: string, lineStart: number): GroupRow | null {
  const m = line.length <= MAX_ROW ? GROUP_ROW.exec(line) : null;
  if (!m) return null;
  const n = Number(m[2]);
  const cellsAt = m[0].lastIndexOf(m[3]!);
  const cells: { mean: Num; sd: Num }[] = [];
  for (const c of m[3]!.matchAll(CELL)) {
    const at = lineStart + cellsAt + c.index!;
    const mean = parseNum(c[1]!, at);
    const sd = parseNum(c[2]!, at + c[0].indexOf(c[2]!, c[1]!.length));
    if (!mean || !sd) return null;
    cells.push({ mean, sd });
  }
  return { label: m[1]!, total: TOTAL_LABEL.test(m[1]!), n, cells };
}

export function readSummaryTestColumns(text: string): SummaryTestColumnReport[] {
  const out: SummaryTestColumnReport[] = [];
  if (!text.includes('(')) return out;
  const { lines, offsets } = linesWithOffsets(text);
  lines.forEach((line, i) => {
    const m = line.length <= MAX_ROW ? TEST_ROW.exec(line) : null;
    if (!m || OTHER_TEST.test(m[2]!)) return;
    const test = /^\s*(?:t|student|uji[-\s]t)/iu.test(m[1]!) ? 't' : 'anova';
    const pRaws = [...m[3]!.matchAll(new RegExp(String.raw`([<>]?)\s*(${N})`, 'gu'))];
    const rows: GroupRow[] = [];
    for (let k = i - 1; k >= 0; k--) {
      const row = readGroupRow(lines[k]!, offsets[k]!);
      if (!row) break;
      rows.unshift(row);
    }
    if (rows.some((r) => r.n < 2 || r.cells.length !== pRaws.length)) return;
    if (summaryColumnsDecline(lines, i - rows.length, i, m[2]!, rows)) return;
    const groups = rows.filter((r) => !r.total);
    const totals = rows.filter((r) => r.total);
    if (groups.length < 2) return;
    const sum = groups.reduce((a, r) => a + r.n, 0);
    const sizesUnclear =
      totals.length > 1 ||
      (totals.length === 1 && totals[0]!.n !== sum) ||
      (totals.length === 0 && groups.length > 2 && groups.some((r) => r.n === sum - r.n));
    const notCheckable = sizesUnclear ? 'sizes' : test === 't' && groups.length !== 2 ? 'groups' : undefined;
    const pStart = offsets[i]! + m[0].lastIndexOf(m[3]!);
    pRaws.forEach((pm, col) => {
      const num = parseNum(pm[2]!, pStart + pm.index! + pm[0].length - pm[2]!.length);
      if (!num || num.value > 1 || num.decimals === 0) return;
      const op = pm[1] === '<' ? '<' : pm[1] === '>' ? '>' : '=';
      const p: PReport = { op, num, oneTailedLabel: false, start: num.start, end: num.end };
      out.push({
        test,
        p,
        groups: groups.map((r) => ({ mean: r.cells[col]!.mean, sd: r.cells[col]!.sd, n: r.n })),
        ...(notCheckable ? { notCheckable } : {}),
        place: { start: num.start, end: num.end, quoteStart: offsets[i]!, quoteEnd: offsets[i]! + line.length },
      });
    });
  });
  return out;
}
