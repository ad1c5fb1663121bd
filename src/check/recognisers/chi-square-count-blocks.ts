/**
 * Tables of categorical variables by an outcome whose last columns are a χ² and its p, where the
 * χ² printed for a variable is the one its counts give: "GenderMale58 (66.7%)29 (33.3%)1.1310.180
 * / Female78 (59.5%)53 (40.5%)" under "VariablesCategoryHypertensionX2P value" (a web table
 * whose cells the page runs together; the same rows with spaces between the cells read alike).
 * A variable is a block of category rows of "count (share)" cells, its χ² and p printed on its
 * first row or on its name's line ("Gender 0.457 0.499b"); the df is (categories − 1)(groups −
 * 1), a Total column ("All (N = 118)", each row's count the sum of the others) being no group. A
 * header may name several statistics ("t/χ2/Z P"): the counts say which blocks are χ².
 *
 * That df is only as sure as the layout, and chi-square-blocks.ts asks a table's p's to confirm
 * it, which a table of wrong p's cannot do. Here the counts confirm it instead: Pearson's χ² of a
 * block's counts, recomputed, is the χ² the table prints (within its rounding) for at least two
 * blocks and for more than half of them; then every block's p is checked against its printed χ²
 * at that df. A caption or note naming Fisher's, an exact, trend or likelihood-ratio test, a
 * Total cell that is no Total column, an empty category or group, or a block of one row leaves
 * the table (or the block) unread.
 *
 * In a table of row shares (each row's shares fit its counts but one row at most), those
 * counts also give each share's total: a misprinted share of the row ("66 (61.9%)41 (38.3%)":
 * 66 of 107 is 61.7%) is flagged.
 *
 * Glued cells are split where the page ran them together: a χ² and a p ("1.1310.180") at the
 * shortest χ² after which a p (0.… or 1.…) ends the row, and a count glued to a label that ends
 * in digits ("Less than 6085 (63%)50 (37%)") at the one tail of its digits with which the row's
 * shares fit its counts (85 of 135 is 63%).
 */
import { pearsonChiSquare } from './pearson-chi-square.ts';
import { matches } from '../checks/percentages.ts';
import type { CountPct, Extraction, Num, PercentGroup, PReport, TestReport } from '../types.ts';
import { linesWithOffsets } from './lines.ts';
import { parseNum } from './numbers.ts';
import { addTestsNotYetRead, tableChiSquareTest } from './chi-square-blocks.ts';

/** A header ending in a χ² column and a p column, perhaps run together ("HypertensionX2P value"). */
const HEADER =
  /(?:χ\s*2|χ²|x\s?2|chi[-\s]?squared?)(?:\s*\/\s*[A-Za-z]{1,2})*(?:[\s-]*(?:value|test|statistic))?[\s|]*(?:p[-\s]?value|p|sig\.?)[\s|]*$/iu;
const PAIR = /(\d+)\s*\(\s*(\d{1,3}(?:\.\d{1,2})?)\s*%?\s*\)/gu;
/** After a row's last pair: nothing, or its χ² and p, with or without space between them (a footnote mark allowed). */
const STATS = /^[\s|]*(?:(\d+\.\d+?)[\s|]*([<>]?)\s*([01]?\.\d+)[a-e†‡§*]?)?[\s|]*$/u;
/** A variable's name (no digits), then its χ² (perhaps a bare 0) and p. */
const VARIABLE_STATS = /^[^\d|]*\p{L}[^\d|]*?[\s|]+(\d+(?:\.\d+)?)[\s|]+([<>]?)\s*(\d?\.\d+|1|0)[a-e†‡§*]?[\s|]*$/du;
/** A caption or note naming a test whose p is not Pearson's χ² of the counts. */
const OTHER_TEST = /\b(?:fisher|exact\s+test|trend|linear[-\s]by[-\s]linear|likelihood[-\s]ratio)/iu;
const CAPTION = /^\s*(?:table|tabel)\s+\d/iu;
const CAPTION_LINES = 6;
const NOTE_LINES = 4;
const MAX_LINES = 120;
const MAX_ROW_CHARS = 300;

type Stats = { chi: Num; op: PReport['op']; p: Num; lineStart: number; lineEnd: number };

interface Row {
  counts: number[];
  /** Where each count starts (a count glued to its label starts at its kept digits). */
  countStarts: number[];
  pcts: Num[];
  stats: Stats | null;
  lineStart: number;
  lineEnd: number;
}

/** A variable: its χ² and p (on its name's line or its first row), and its category rows. */
interface Block {
  stats: Stats | null;
  rows: Row[];
}

export function readChiSquareCountBlocks(text: string, extraction: Extraction): PercentGroup[] {
  const shares: PercentGroup[] = [];
  if (!/χ|x\s?2|chi/iu.test(text)) return shares;
  const { lines, offsets } = linesWithOffsets(text);
  for (let h = 0; h < lines.length; h++) {
    if (lines[h]!.length > MAX_ROW_CHARS || !HEADER.test(lines[h]!)) continue;
    const blocks: Block[] = [];
    let end = h + 1;
    for (; end < lines.length && end <= h + MAX_LINES; end++) {
      const line = lines[end]!;
      if (CAPTION.test(line) || line.length > MAX_ROW_CHARS || HEADER.test(line)) break;
      const row = rowOf(line, offsets[end]!);
      if (row) {
        if (row.stats || blocks.length === 0) blocks.push({ stats: row.stats, rows: [] });
        blocks.at(-1)!.rows.push(row);
        continue;
      }
      // A variable's name with its χ² and p ("Gender 0.457 0.499b") opens its block; a name
      // alone, a blank line or a row of another kind (a mean ± SD with its t) ends the one above.
      const named = variableStats(line, offsets[end]!);
      if (named || line.trim() === '' || !/\d/u.test(line) || /\p{L}/u.test(line)) {
        blocks.push({ stats: named, rows: [] });
        continue;
      }
      break;
    }
    const around = lines.slice(Math.max(0, h - CAPTION_LINES), Math.min(lines.length, end + NOTE_LINES)).join('\n');
    h = end - 1;
    if (OTHER_TEST.test(around)) continue;
    const read = blocks.filter((b) => b.stats && b.rows.length >= 2 && b.rows.slice(1).every((r) => !r.stats));
    const all = read.flatMap((b) => b.rows);
    const width = all[0]?.counts.length ?? 0;
    if (width < 2 || all.some((r) => r.counts.length !== width)) continue;
    // A Total column ("All (N = 118)" before the groups) is no group of the test.
    const drop = totalColumn(all);
    const groupsOf = (r: Row) => r.counts.filter((_, k) => k !== drop);
    if (all.some((r) => hasTotalCell(groupsOf(r)))) continue;
    const groups = drop === null ? width : width - 1;
    if (groups < 2) continue;
    const tests: TestReport[] = [];
    let confirmed = 0;
    let checkedBlocks = 0;
    for (const b of read) {
      const chi = pearsonChiSquare(b.rows.map(groupsOf));
      if (chi === null) continue;
      checkedBlocks++;
      const s = b.stats!;
      const fits = Math.abs(chi - s.chi.value) <= s.chi.half + 1e-9;
      if (fits) confirmed++;
      // A block larger than 2 × 2 whose χ² is not that of its counts may be of categories merged
      // (sparse cells) and so of fewer df than its rows give: its p is not checked.
      else if (b.rows.length > 2 || groups > 2) continue;
      tests.push(tableChiSquareTest(s, (b.rows.length - 1) * (groups - 1)));
    }
    if (confirmed < 2 || confirmed * 2 <= checkedBlocks) continue;
    addTestsNotYetRead(extraction, tests);
    if (drop === null) shares.push(...rowShares(all));
  }
  return shares;
}

/**
 * The rows' shares, each of its row's counts, when the table is one of row shares: all its rows
 * but one (and two thirds of them) fit so. The counts are those the χ² confirmed.
 */
function rowShares(rows: Row[]): PercentGroup[] {
  const sum = (r: Row) => r.counts.reduce((s, c) => s + c, 0);
  const fitting = rows.filter((r) => r.counts.every((c, k) => matches(c, sum(r), r.pcts[k]!))).length;
  if (fitting < rows.length - 1 || 3 * fitting < 2 * rows.length) return [];
  return rows.map((r) => {
    const pairs: CountPct[] = r.counts.map((count, k) => ({
      count,
      countStart: r.countStarts[k]!,
      pct: r.pcts[k]!,
      ownTotal: null,
    }));
    return {
      pairs,
      statedTotals: [sum(r)],
      totalSource: 'rowCounts',
      place: { start: r.countStarts[0]!, end: r.pcts.at(-1)!.end + 2, quoteStart: r.lineStart, quoteEnd: r.lineEnd },
      para: -1,
    };
  });
}

/** The index of a column every row's count of which is the sum of the others (first or last), or null. */
function totalColumn(rows: Row[]): number | null {
  const width = rows[0]?.counts.length ?? 0;
  if (width < 3) return null;
  const sumsAt = (k: number) =>
    rows.every((r) => 2 * r.counts[k]! === r.counts.reduce((s, c) => s + c, 0) && r.counts[k]! > 0);
  if (sumsAt(0)) return 0;
  if (sumsAt(width - 1)) return width - 1;
  return null;
}

/** A variable's name, then its χ² and p (a footnote mark allowed): "Gender 0.457 0.499b". */
function variableStats(line: string, at: number): Stats | null {
  const m = VARIABLE_STATS.exec(line);
  if (!m) return null;
  const chi = parseNum(m[1]!, at + m.indices![1]![0]);
  const p = parseNum(m[3]!, at + m.indices![3]![0]);
  if (!chi || !p || p.value > 1) return null;
  return { chi, op: m[2] === '<' ? '<' : m[2] === '>' ? '>' : '=', p, lineStart: at, lineEnd: at + line.length };
}

/** A row of two or more "count (share)" cells, then perhaps its χ² and p; null for any other line. */
function rowOf(line: string, at: number): Row | null {
  const pairs = [...line.matchAll(PAIR)];
  if (pairs.length < 2) return null;
  const last = pairs.at(-1)!;
  const tail = STATS.exec(line.slice(last.index! + last[0].length));
  if (!tail) return null;
  const pcts: Num[] = [];
  for (const m of pairs) {
    const pct = parseNum(m[2]!, at + m.index! + m[0].indexOf(m[2]!, m[1]!.length));
    if (!pct) return null;
    pcts.push(pct);
  }
  const counts = pairs.map((m) => Number(m[1]));
  const countStarts = pairs.map((m) => at + m.index!);
  const first = unglued(pairs[0]![1]!, counts, pcts);
  countStarts[0]! += pairs[0]![1]!.length - String(first).length;
  counts[0] = first;
  let stats: Row['stats'] = null;
  if (tail[1]) {
    const tailAt = at + last.index! + last[0].length;
    const chiAt = tailAt + tail[0].indexOf(tail[1]);
    const chi = parseNum(tail[1], chiAt);
    const p = parseNum(tail[3]!, tailAt + tail[0].lastIndexOf(tail[3]!));
    if (!chi || !p || p.value > 1) return null;
    stats = {
      chi,
      op: tail[2] === '<' ? '<' : tail[2] === '>' ? '>' : '=',
      p,
      lineStart: at,
      lineEnd: at + line.length,
    };
  }
  return { counts, countStarts, pcts, stats, lineStart: at, lineEnd: at + line.length };
}

/** The first count, or the one tail of its digits with which every share of the row fits the row's counts. */
function unglued(digits: string, counts: number[], pcts: Num[]): number {
  const fitsWith = (first: number) => {
    const all = [first, ...counts.slice(1)];
    const sum = all.reduce((s, c) => s + c, 0);
    return all.every((c, k) => matches(c, sum, pcts[k]!));
  };
  const whole = Number(digits);
  if (fitsWith(whole)) return whole;
  const tails = [...digits]
    .map((_, k) => digits.slice(k))
    .slice(1)
    .filter((d) => !d.startsWith('0'));
  const fitting = tails.map(Number).filter(fitsWith);
  return fitting.length === 1 ? fitting[0]! : whole;
}

/** A count that is the sum of the row's others: a Total column. */
function hasTotalCell(counts: number[]): boolean {
  if (counts.length < 3) return false;
  const sum = counts.reduce((s, c) => s + c, 0);
  return counts.some((c) => c > 0 && 2 * c === sum);
}
