/**
 * English frequency tables whose last two columns are a count and its percentage, without
 * brackets or % signs, under a header ending "Frequency Percent(age)" (`Variable Categories
 * Frequency Percentage`, or the header's cells one per line): each row a label, a count and a
 * percentage with decimals, on one line (`Age of mother 15–24 2414 24.1`) or one cell per line
 * (`Male` / `109` / `46.4`). A variable's rows are the run whose percentages add up to 100, and
 * their counts' sum is its total, as for any list of shares.
 *
 * A variable whose percentages add up to 100 but whose counts hold one misprint (`No 7964 79.6`
 * / `Yes 1960 20.4`: 7964 and 2042 of 10,006) would have every share held to the wrong sum; when
 * most variables of the table share one total and all its shares but one fit that total, the
 * table's total is the variable's, and only the misprinted pair is flagged.
 */
import { addsTo100, matches } from '../checks/percentages.ts';
import type { CountPct, Num, PercentGroup } from '../types.ts';
import { parseNum } from './numbers.ts';

const HEADER = /\bFrequenc(?:y|ies)(?:\s*\(\s*n\s*\))?\s+Percent(?:age)?(?:\s*\(\s*%\s*\))?[ \t\u00a0]*$/gimu;
const COUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d+)`;
const PCT = String.raw`(\d{1,3}\.\d+)`;
const ROW = new RegExp(String.raw`^(.*?\S)[ \t]+${COUNT}[ \t]+${PCT}[ \t]*$`, 'du');
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u;
/** A line that ends the table: a caption, a note, or running text. */
const END = /^(?:Table|Figure|Fig\.|Source|Note|Abbreviations?)\b/iu;
const MAX_LINES = 400;
const MAX_ROW_CHARS = 200;

interface Row {
  count: number;
  countStart: number;
  pct: Num;
  lineStart: number;
  lineEnd: number;
}

/** The rows after a header, split where the layout breaks (a label with one or three numbers). */
function readRuns(text: string, from: number): Row[][] {
  const runs: Row[][] = [[]];
  const brk = () => {
    if (runs[runs.length - 1]!.length > 0) runs.push([]);
  };
  let label = false;
  let numbers: { raw: string; start: number; lineStart: number; lineEnd: number }[] = [];
  const flush = () => {
    if (label && numbers.length === 2) {
      const [c, p] = numbers as [(typeof numbers)[0], (typeof numbers)[0]];
      const pct = parseNum(p.raw, p.start);
      if (/^[\d,]+$/u.test(c.raw) && pct && pct.decimals > 0 && pct.value <= 100)
        runs[runs.length - 1]!.push({
          count: Number(c.raw.replace(/,/g, '')),
          countStart: c.start,
          pct,
          lineStart: c.lineStart,
          lineEnd: p.lineEnd,
        });
      else brk();
    } else if (numbers.length > 0) brk();
    numbers = [];
  };
  let offset = from;
  let lines = 0;
  // No more text than MAX_LINES rows can hold (a split of the whole rest per header would be quadratic).
  for (const line of text.slice(from, from + MAX_LINES * (MAX_ROW_CHARS + 1)).split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (++lines > MAX_LINES) break;
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (END.test(trimmed) || line.length > MAX_ROW_CHARS) break;
    const row = ROW.exec(line);
    // A row's label is anything but a number (a word, a bracket such as "25–29" or "< 60").
    if (row && !NUMBER.test(row[1]!.trim())) {
      flush();
      label = true;
      numbers = [
        { raw: row[2]!, start: start + row.indices![2]![0], lineStart: start, lineEnd: start + line.length },
        { raw: row[3]!, start: start + row.indices![3]![0], lineStart: start, lineEnd: start + line.length },
      ];
      flush();
      label = false;
      continue;
    }
    if (NUMBER.test(trimmed)) {
      numbers.push({
        raw: trimmed,
        start: start + line.indexOf(trimmed),
        lineStart: start,
        lineEnd: start + line.length,
      });
      continue;
    }
    // A label line (a word, or a bracket such as "< 60"): the row before it ends.
    flush();
    label = true;
  }
  flush();
  return runs.filter((r) => r.length > 0);
}

/** A run cut into variables: consecutive rows whose percentages add up to 100. */
function blocksOf(run: Row[]): Row[][] {
  const blocks: Row[][] = [];
  let current: Row[] = [];
  let closed = false;
  for (const row of run) {
    // A share printed as zero right after a variable's shares reach 100 may close that variable
    // ("Others 3 0.0") or open the next: it is read with neither.
    if (row.pct.value === 0 && current.length === 0 && closed) continue;
    closed = false;
    current.push(row);
    const slack = current.reduce((s, r) => s + r.pct.half, 0) + 1e-9;
    while (current.length > 1 && current.reduce((s, r) => s + r.pct.value, 0) > 100 + slack) current.shift();
    if (current.length >= 2 && addsTo100(current.map((r) => r.pct))) {
      blocks.push(current);
      current = [];
      closed = true;
    }
  }
  return blocks;
}

const sumOf = (rows: Row[]) => rows.reduce((s, r) => s + r.count, 0);

function group(row: Row, total: number, source: PercentGroup['totalSource']): PercentGroup {
  const pair: CountPct = { count: row.count, countStart: row.countStart, pct: row.pct, ownTotal: null };
  return {
    pairs: [pair],
    statedTotals: [total],
    place: { start: row.lineStart, end: row.lineEnd, quoteStart: row.lineStart, quoteEnd: row.lineEnd },
    para: -1,
    totalSource: source,
  };
}

export function readFrequencyColumns(text: string, taken: Set<number>): PercentGroup[] {
  const out: PercentGroup[] = [];
  if (!/frequenc/iu.test(text)) return out;
  for (const h of text.matchAll(HEADER)) {
    const from = h.index + h[0].length + 1;
    const all = readRuns(text, from).flatMap(blocksOf);
    const blocks = all.filter((b) => !b.some((r) => taken.has(r.pct.start)));
    // The table's total: the sum most variables share (at least two, more than any other sum),
    // counting the variables another reader already took: they are the same table's evidence.
    const sums = new Map<number, number>();
    for (const b of all) sums.set(sumOf(b), (sums.get(sumOf(b)) ?? 0) + 1);
    const ranked = [...sums].sort((a, b) => b[1] - a[1]);
    const tableTotal = ranked[0] && ranked[0][1] >= 2 && (ranked[1]?.[1] ?? 0) < ranked[0][1] ? ranked[0][0] : null;
    for (const b of blocks) {
      const sum = sumOf(b);
      const misfits = (n: number) => b.filter((r) => !matches(r.count, n, r.pct)).length;
      const useTable = tableTotal !== null && sum !== tableTotal && misfits(sum) > 0 && misfits(tableTotal) <= 1;
      for (const r of b) {
        out.push(useTable ? group(r, tableTotal!, 'table') : group(r, sum, 'inferred'));
        taken.add(r.pct.start);
      }
    }
  }
  return out;
}
