/**
 * English tables of categorical variables by group whose last two columns are a χ² and its p
 * (`Variables Total (N = 211) Likely (N = 73) … χ 2 P`, `… Chi value (x2) P-value`), one line
 * per category, its counts with their shares (`≤50 62 (29.4%) 22 (30.1%) 20 (37.1%)`). The df
 * is not printed; it follows from the table: (categories − 1)(groups − 1), the categories being
 * the rows of a variable's block (a line naming the variable, then its category rows) and the
 * groups the count cells of a row (less one when every row's first or last count is the sum of
 * the others: a total column). Each block's one χ² and p, printed on the variable's line or on
 * one of its rows, is then a χ² test with that df.
 *
 * That reading is only as sure as the table's layout, so it is declined when it is not certain:
 * a statistic column naming two tests (`χ2 or t`), a table that mentions an exact, trend or
 * likelihood-ratio test, a block with a row of bare counts (an empty share), a category or a
 * group with no one in it (software drops them from the df), a statistic with a footnote mark
 * (`5.21a`), two statistics in one block. And the table is read only when its own p's confirm
 * the df: at least three blocks, more than half of them with a p that fits χ²(df), as a misread
 * layout (categories merged for the test) would give p's that mostly do not.
 *
 * Rows that are not categories of the test: a block's "Total" row (the sum of its rows) is left
 * out of its categories; a row of missing or unknown values ("Missing 5 (4.2) 3 (3.8)"), which
 * the test may or may not have counted, leaves the block unread; so does a category printed
 * empty ("Widowed - -", or its label alone), which would otherwise start a block of its own and
 * take the categories after it from the variable's.
 */
import { allowedRange, pFits } from '../checks/p-from-statistic.ts';
import type { Extraction, Num, PReport, TestReport } from '../types.ts';
import { parseNum } from './numbers.ts';
import { linesWithOffsets } from './lines.ts';

const HEADER =
  /(?:^|[\s|])(?:χ\s*2|χ²|x2|chi[-\s]?squared?|chi(?:[-\s]+value)?\s*\(\s*[xχ]\s*2\s*\)|chi[-\s]+value)(?:[\s-]+(?:value|test|statistic))?[\s|]+(?:p[-\s]?value|p|sig\.?)[\s|]*$/iu;
/** A statistic column that serves two tests, or a table whose p's come from other tests. */
const NOT_CHI_SQUARE =
  /(?:χ\s*2|χ²|x2|chi[-\s]?squared?)\s*(?:or|\/)\s*(?:t|F|Z|U)\b|\b(?:t|F|Z|U)\s*(?:or|\/)\s*(?:χ|x2|chi)|\b(?:fisher|exact\s+test|trend|linear[-\s]by[-\s]linear|likelihood[-\s]ratio|mann|kruskal|wilcoxon)/iu;
const PAIR = /(\d+)\s*\(\s*(\d+(?:\.\d+)?)\s*%?\s*\)/gu;
/** What may follow a row's last pair: nothing, or the block's χ² and p. */
const STATS = /^[\s|]*(?:(\d+\.\d+)[\s|]+([<>]?)\s*(\d*\.\d+))?[\s|]*$/u;
/** A variable's line: a label, perhaps with the block's χ² and p. */
const VARIABLE = /^[\s|]*([^\d|]*\p{L}[^\d|]*?)[\s|]*(?:[\s|](\d+\.\d+)[\s|]+([<>]?)\s*(\d*\.\d+))?[\s|]*$/u;
/** A row of a continuous variable: a mean ± SD, a median, a mean (SD). */
const MEASURE_ROW = /±|\b(?:mean|median|SD|IQR)\b/iu;
/** A row of values the test may have left out. */
const MISSING_ROW =
  /^[\s|]*(?:missing|unknown|not\s+(?:stated|reported|recorded|known)|no\s+(?:response|answer)|non[-\s]?response)\b/iu;
const TOTAL_ROW = /^[\s|]*total[\s|:]*$/iu;
/** A category printed with dashes for its cells: no one in it, or not reported. */
const EMPTY_ROW = /\p{L}[^\d|]*?(?:[\s|]+[-–—])+[\s|]*$/u;
const CAPTION_LINES = 6;
const NOTE_LINES = 5;
const MAX_LINES = 200;
/** A longer line is a paragraph, not a table row. */
const MAX_ROW_CHARS = 300;

interface Stats {
  chi: Num;
  op: '=' | '<' | '>';
  p: Num;
  lineStart: number;
  lineEnd: number;
}

interface Block {
  counts: number[][];
  stats: Stats[];
  /** A row the layout does not explain (bare counts, text after the pairs). */
  unsure: boolean;
  /** The block whose category rows this block's label line follows directly. */
  before?: Block | undefined;
}

function statsAt(m: RegExpExecArray, group: number, line: string, lineStart: number): Stats | null {
  if (!m[group]) return null;
  const chiAt = m.indices![group]![0];
  const pAt = m.indices![group + 2]![0];
  const chi = parseNum(m[group]!, lineStart + chiAt);
  const p = parseNum(m[group + 2]!, lineStart + pAt);
  if (!chi || !p || p.value > 1) return null;
  const op = m[group + 1] === '<' ? '<' : m[group + 1] === '>' ? '>' : '=';
  return { chi, op, p, lineStart, lineEnd: lineStart + line.length };
}

const STATS_D = new RegExp(STATS.source, 'du');
const VARIABLE_D = new RegExp(VARIABLE.source, 'du');

/** The blocks of one table, from the line after its header to its first blank line after rows. */
function readBlocks(lines: string[], starts: number[], from: number): { blocks: Block[]; end: number } {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let rows = 0;
  let i = from;
  for (; i < lines.length && i < from + MAX_LINES; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      if (rows > 0) break;
      continue;
    }
    if (line.length > MAX_ROW_CHARS) break;
    const pairs = [...line.matchAll(PAIR)];
    if (pairs.length > 0) {
      if (!current) continue;
      rows++;
      const first = pairs[0]!;
      const last = pairs[pairs.length - 1]!;
      const between = pairs.slice(1).every((p, k) => {
        const prev = pairs[k]!;
        return /^[\s|]*$/u.test(line.slice(prev.index + prev[0].length, p.index));
      });
      // A row has a label before its cells (a word, or a bracket such as "51-70" or ">70").
      if (line.slice(0, first.index).trim() === '') {
        current.unsure = true;
        continue;
      }
      const rest = STATS_D.exec(line.slice(last.index + last[0].length));
      if (!between || !rest) {
        current.unsure = true;
        continue;
      }
      const counts = pairs.map((p) => Number(p[1]));
      const label = line.slice(0, first.index);
      if (MISSING_ROW.test(label)) current.unsure = true;
      if (TOTAL_ROW.test(label)) {
        // The variable's total is no category; a "total" that is not the rows' sum is not understood.
        const sums = counts.map((_, g) => current!.counts.reduce((a, r) => a + (r[g] ?? 0), 0));
        if (counts.some((c, g) => c !== sums[g])) current.unsure = true;
        continue;
      }
      current.counts.push(counts);
      const offset = starts[i]! + last.index + last[0].length;
      const s = statsAt(rest, 1, line, offset);
      if (s) current.stats.push({ ...s, lineStart: starts[i]!, lineEnd: starts[i]! + line.length });
      continue;
    }
    if (current && current.counts.length > 0 && EMPTY_ROW.test(line)) {
      current.unsure = true;
      continue;
    }
    const v = VARIABLE_D.exec(line);
    if (v) {
      const before: Block | undefined = current && current.counts.length > 0 ? current : undefined;
      current = { counts: [], stats: [], unsure: false, before };
      blocks.push(current);
      const s = statsAt(v, 2, line, starts[i]!);
      if (s) current.stats.push(s);
      continue;
    }
    // A row of means or medians is another variable's: the block before it ends. Any other row
    // (bare counts, a statistic with a footnote mark) may be one of its categories: it is unread.
    if (current && !MEASURE_ROW.test(line)) current.unsure = true;
    current = null;
  }
  // A label alone between a block's categories and more categories with no statistic of their
  // own may be an empty category of that block: its df is not certain.
  for (const b of blocks) if (b.before && b.stats.length === 0 && b.counts.length > 0) b.before.unsure = true;
  return { blocks, end: i };
}

/** The number of groups: the count cells of a row, less a total column every row shows. */
function groupsOf(blocks: Block[]): { groups: number; total: 'first' | 'last' | null } | null {
  const rows = blocks.flatMap((b) => b.counts);
  if (rows.length < 2) return null;
  const cells = rows[0]!.length;
  if (rows.some((r) => r.length !== cells)) return null;
  const sum = (r: number[]) => r.reduce((a, b) => a + b, 0);
  const totalFirst = rows.every((r) => r[0] === sum(r.slice(1)));
  const totalLast = rows.every((r) => r[cells - 1] === sum(r.slice(0, -1)));
  const total = totalFirst ? 'first' : totalLast ? 'last' : null;
  const groups = total ? cells - 1 : cells;
  return groups >= 2 ? { groups, total } : null;
}

/** The χ² test of a table row that prints a χ² and its p, of `df` its table gives, placed from χ² to p and quoted as the row. */
export function tableChiSquareTest(
  s: { chi: Num; op: PReport['op']; p: Num; lineStart: number; lineEnd: number },
  df: number,
): TestReport {
  const pReport: PReport = { op: s.op, num: s.p, oneTailedLabel: false, start: s.p.start, end: s.p.end };
  return {
    kind: 'chi2',
    label: 'χ²',
    op: '=',
    value: s.chi,
    df: [df],
    p: pReport,
    tails: 'unstated',
    place: { start: s.chi.start, end: s.p.end, quoteStart: s.lineStart, quoteEnd: s.lineEnd },
    origin: 'table',
  };
}

/** Adds each of a table's tests, with its p, unless a test already read overlaps it. */
export function addTestsNotYetRead(extraction: Extraction, tests: TestReport[]): void {
  for (const t of tests) {
    if (extraction.tests.some((x) => x.place.start < t.place.end && x.place.end > t.place.start)) continue;
    extraction.tests.push(t);
    extraction.pValues.push({ p: t.p!, place: t.place, attached: true });
  }
}

export function readChiSquareBlocks(text: string, extraction: Extraction): void {
  if (!/χ|x2|chi/iu.test(text)) return;
  const { lines, offsets: starts } = linesWithOffsets(text);
  for (let h = 0; h < lines.length; h++) {
    if (lines[h]!.length > MAX_ROW_CHARS || !HEADER.test(lines[h]!)) continue;
    const { blocks, end } = readBlocks(lines, starts, h + 1);
    const around = lines.slice(Math.max(0, h - CAPTION_LINES), Math.min(lines.length, end + NOTE_LINES)).join('\n');
    h = end - 1;
    if (NOT_CHI_SQUARE.test(around)) continue;
    const layout = groupsOf(blocks);
    if (layout === null) continue;
    const { groups, total } = layout;
    const tests: TestReport[] = [];
    for (const b of blocks) {
      if (b.unsure || b.stats.length !== 1 || b.counts.length < 2) continue;
      const dataCells = b.counts.map((r) => (total === 'first' ? r.slice(1) : total === 'last' ? r.slice(0, -1) : r));
      // A category or a group with no one in it is dropped from the test by software: its df is not certain.
      if (dataCells.some((r) => r.every((c) => c === 0))) continue;
      if (Array.from({ length: groups }, (_, g) => dataCells.every((r) => r[g] === 0)).some(Boolean)) continue;
      tests.push(tableChiSquareTest(b.stats[0]!, (b.counts.length - 1) * (groups - 1)));
    }
    const fitting = tests.filter((t) => pFits(allowedRange(t, t.df), t.p!)).length;
    if (tests.length < 3 || fitting * 2 <= tests.length) continue;
    addTestsNotYetRead(extraction, tests);
  }
}
