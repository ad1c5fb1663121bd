/**
 * SPSS crosstabs pasted as plain lines (single spaces, no tabs): each category row is a line of
 * counts, "Rendah Count 15 10 25", followed within a few lines by its percentage line, "% of
 * Total 42,9% 28,6% 71,4%" (an "Expected Count" line may stand between), and a "Total" row
 * closes the table. Which total the percentages are of is read from the label ("% of Total",
 * "% of total") or, for a bare "%", from the sums the table prints:
 * - every row's last percentage (its Total column) is 100: row percentages, of the row's total;
 * - every percentage of the Total row is 100: column percentages, of the column's total;
 * - the Total row's last percentage alone is 100: percentages of the grand total.
 * The counts must add up: each row's cells to its Total column, and the rows to the Total row.
 * A trailing p printed in the first row (a test's column spanning the rows) is set aside. The
 * 100% cells of totals are not checked (they are the totals themselves).
 */
import type { CountPct, Num, PercentGroup, TableBlock } from '../types.ts';
import { parseNum } from './numbers.ts';
import { linesWithOffsets } from './lines.ts';

const COUNT_LABEL = /(?:^|\s)(?:Count|Frekuensi|Frequency|Jumlah|f|n)\s+(?=\d)/u;
const PCT_LABEL = /^\s*(?:%\s*of\s*Total|%\s*dari\s*Total|%|Persen(?:tase)?)\s+(?=\d)/iu;
const NUMBERS = /(?<![\p{L}\d.,])(\d*[.,]?\d+)(%?)(?![\p{L}\d])/gu;
const TOTAL_ROW = /(?:^|\s)(?:Total|Jumlah)\s+(?:Count|Frekuensi|Frequency|f|n)?\s*\d/iu;

interface Line {
  counts: Num[];
  pcts: Num[];
  total: boolean;
  ofTotal: boolean;
}

function numbersAfter(line: string, at: number, base: number): Num[] {
  const out: Num[] = [];
  for (const m of line.slice(at).matchAll(NUMBERS)) {
    const n = parseNum(m[1]!, base + at + m.index!);
    if (n) out.push(n);
  }
  return out;
}

const isHundred = (n: Num) => Math.abs(n.value - 100) < 1e-9;
const near100 = (ps: Num[]) => Math.abs(ps.reduce((s, p) => s + p.value, 0) - 100) <= 1;

export function readCrosstabLines(text: string, tables: TableBlock[], taken: Set<number>): PercentGroup[] {
  if (!/%\s*of\s*Total|\n\s*%\s+\d/iu.test(text)) return [];
  const { lines, offsets } = linesWithOffsets(text);
  const out: PercentGroup[] = [];
  let block: Line[] = [];
  const flush = () => {
    if (block.length >= 2) out.push(...readBlock(block));
    block = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const base = offsets[i]!;
    if (line.includes('\t')) {
      flush();
      continue;
    }
    const c = COUNT_LABEL.exec(line);
    if (!c) {
      if (line.trim().length > 80) flush();
      continue;
    }
    if (tables.some((t) => base >= t.start && base < t.end)) {
      flush();
      continue;
    }
    let counts = numbersAfter(line, c.index + c[0].length, base);
    if (counts.length < 2 || counts.some((n, k) => n.decimals > 0 && k < counts.length - 1)) continue;
    // The percentage line: within the next three lines.
    let pcts: Num[] | null = null;
    let ofTotal = false;
    for (let j = i + 1; j <= i + 3 && j < lines.length; j++) {
      const p = PCT_LABEL.exec(lines[j]!);
      if (COUNT_LABEL.test(lines[j]!) && !/expected/iu.test(lines[j]!)) break;
      if (!p) continue;
      pcts = numbersAfter(lines[j]!, p[0].length, offsets[j]!);
      ofTotal = /total/iu.test(p[0]);
      break;
    }
    if (!pcts) continue;
    // A p printed at the end of the first row (0,434): one number more than the percentages.
    if (counts.length === pcts.length + 1 && counts[counts.length - 1]!.value < 1) counts = counts.slice(0, -1);
    if (counts.length !== pcts.length || counts.some((n) => n.decimals > 0) || pcts.some((p) => p.value > 100))
      continue;
    block.push({ counts, pcts, total: TOTAL_ROW.test(line), ofTotal });
    if (block[block.length - 1]!.total) flush();
  }
  flush();
  return out.filter((g) => !g.pairs.some((p) => taken.has(p.pct.start)));
}

function readBlock(block: Line[]): PercentGroup[] {
  const total = block[block.length - 1]!;
  const rows = block.slice(0, -1);
  const k = total.counts.length;
  if (!total.total || rows.length < 1 || rows.some((r) => r.counts.length !== k) || k < 2) return [];
  // The counts add up: each row to its Total column, and the rows to the Total row.
  const sum = (ns: Num[]) => ns.reduce((s, n) => s + n.value, 0);
  for (const r of [...rows, total]) if (sum(r.counts.slice(0, -1)) !== r.counts[k - 1]!.value) return [];
  for (let c = 0; c < k; c++)
    if (rows.reduce((s, r) => s + r.counts[c]!.value, 0) !== total.counts[c]!.value) return [];
  const grand = total.counts[k - 1]!.value;
  type Kind = 'total' | 'row' | 'column';
  let kind: Kind | null = null;
  if (
    block.every((r) => r.ofTotal) ||
    (isHundred(total.pcts[k - 1]!) &&
      !total.pcts.slice(0, -1).some(isHundred) &&
      !rows.some((r) => isHundred(r.pcts[k - 1]!)))
  )
    kind = 'total';
  else if (block.every((r) => isHundred(r.pcts[k - 1]!))) kind = 'row';
  else if (total.pcts.every(isHundred)) kind = 'column';
  if (!kind) return [];
  // The sums that make it so.
  if (kind === 'total' && !near100(rows.map((r) => r.pcts[k - 1]!))) return [];
  if (kind === 'row' && !block.every((r) => near100(r.pcts.slice(0, -1)))) return [];
  if (kind === 'column' && ![...Array(k).keys()].every((c) => near100(rows.map((r) => r.pcts[c]!)))) return [];
  const groups: PercentGroup[] = [];
  const make = (pairs: CountPct[], n: number, source: 'table' | 'row'): void => {
    const ps = pairs.filter((p) => p.count !== n);
    if (!ps.length) return;
    const start = Math.min(...ps.map((p) => p.countStart));
    const end = Math.max(...ps.map((p) => p.pct.end));
    groups.push({
      pairs: ps,
      statedTotals: [n],
      totalSource: source,
      place: { start, end, quoteStart: start, quoteEnd: end },
      para: -1,
    });
  };
  const pairOf = (r: Line, c: number): CountPct => ({
    count: r.counts[c]!.value,
    countStart: r.counts[c]!.start,
    pct: r.pcts[c]!,
    ownTotal: null,
    apart: true,
  });
  if (kind === 'total')
    for (const r of block)
      make(
        r.counts.map((_, c) => pairOf(r, c)),
        grand,
        'table',
      );
  else if (kind === 'row')
    for (const r of block)
      make(
        r.counts.map((_, c) => pairOf(r, c)),
        r.counts[k - 1]!.value,
        'row',
      );
  else
    for (let c = 0; c < k; c++)
      make(
        rows.map((r) => pairOf(r, c)),
        total.counts[c]!.value,
        'table',
      );
  return groups;
}
