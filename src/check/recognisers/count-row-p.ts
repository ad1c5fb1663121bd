/**
 * The p of a two-group table's categorical row, printed beside its counts and no statistic: a
 * characteristic present or absent (`Hypertension 42 (50.6) 12 (35.3) 30 (61.2) 0.020`, under
 * `Total patients (N = 83) Survivors (N = 34) Non-survivors (N = 49) P-value`), or a variable of
 * two categories whose p stands on its first row or on its name's line (`Sex` … `Female 25
 * (30.1) …`, `Male 58 (69.9) …`). With each group's size from the header the row is a 2 × 2
 * table of counts, whose p a test of the counts gives (checks/count-row-p.ts).
 *
 * Read only when the layout leaves no doubt: every share of the row (or block) is its count over
 * its column's header size within rounding, so the counts are of those groups and the other
 * category of a one-row characteristic is the rest of the group; a block's counts add up to each
 * group's size; the row holds nothing but its n (%) cells (`42 (50.6)`, or `240 | 71.6` in a pipe
 * table) and the p. A third header size that is the sum of the other two is a Total column (its
 * counts must be the sum of the groups'), or the whole sample's size stated above the groups' when
 * the rows print the two groups' cells only. A row whose p is followed by category rows with no p
 * of their own, and that do not add up to the groups, is not read (the p may be that of a larger
 * table). Not read either: a header without a p column, a table whose caption, header or notes name
 * adjusted, trend, paired or matched, weighted, corrected or one-tailed tests, a regression, ratios
 * or a model of clustered or weighted data (the p is then not that of a test of the two groups'
 * counts); time points (waves, visits) that may be the same people as the two groups; a one-row
 * characteristic when the notes say answers are missing; a p some statistic of the row already
 * carries.
 */
import type { CountRowPReport, Extraction, Num, PReport } from '../types.ts';
import { lineIndexer, linesWithOffsets } from './lines.ts';
import { pOfAnotherTest } from './count-row-p-marks.ts';
import type { PublishedRow, RowToken } from './published-rows.ts';

/** A group size in a header line: `(N = 34)`, `n=335`. */
const SIZE = /\b[nN]\s*=\s*(\d+)\b/g;
const CAPTION = /^\s*(?:Table|Tabel)\s+\d/iu;
/** How far above its rows a header may stand, and how many lines below them its notes run. */
const HEADER_LINES = 60;
const NOTE_LINES = 30;
/** How many lines may separate the groups' sized header lines (a header cell per line). */
const SPLIT_GAP = 2;
const P_COLUMN = /(?:^|[\s|(])(?:p|sig\.?)(?:[\s-]*values?)?(?![\p{L}\p{N}/])/imu;
const OTHER_TEST =
  /adjust|disesuaikan|\btrend|\btren\b|mcnemar|paired|berpasangan|\bmatched\b|mantel|cochran|weighted|tertimbang|bonferroni|\bholm\b|\bfdr\b|false discovery|corrected|one[\s-](?:tailed|sided)|satu sisi|regression|regresi|multivariable|multivariate|odds|\b[ac]?OR\b|\bRR\b|\bHR\b|imputed|imputation|post[\s-]?hoc|cluster|klaster|generali[sz]ed estimating|\bGEE\b|mixed[\s-]effects?|multilevel|random[\s-]effects?|survey[\s-]weighted|propensity/iu;
const MISSING = /\bmissing\b|\bunknown\b|tidak\s+diketahui|data\s+(?:yang\s+)?(?:hilang|tidak\s+lengkap)/iu;
const TIME_POINTS =
  /\b(?:pre|post)[\s-]?(?:test|intervention|treatment|training)?\b|\b(?:before|after|baseline|follow[\s-]?up|sebelum|sesudah)\b|\b(?:wave|round|visit|week|month|time\s*point|gelombang|kunjungan|minggu|bulan)\s*\d|\bT[0-9]\b/iu;

interface Cells {
  counts: number[];
  pcts: Num[];
  p: PReport | null;
  start: number;
}

function pOf(t: RowToken): PReport | null {
  if (t.kind !== 'num' || t.num.value > 1 || t.num.value < 0) return null;
  if (t.op === '=' && t.num.decimals === 0) return null;
  return { op: t.op, num: t.num, oneTailedLabel: false, start: t.start, end: t.end };
}

/** The row's n (%) cells and its p, or null when it holds anything else. */
function cellsOf(row: PublishedRow, k: number): Cells[] {
  // Whole numbers and ranges before the first n (%) cell belong to the label (`P/F >150 mmHg`,
  // `41 – 55`).
  const firstPair = row.tokens.findIndex((x) => x.kind === 'pair');
  const leadingLabel =
    firstPair > 0 &&
    row.tokens.slice(0, firstPair).every((x) => x.kind === 'interval' || (x.kind === 'num' && x.num.decimals === 0));
  const t = leadingLabel ? row.tokens.slice(firstPair) : row.tokens;
  const out: Cells[] = [];
  if (t.length > 0 && t.every((x) => x.kind === 'pair')) {
    if (t.length === k)
      out.push({ counts: t.map((x) => x.count), pcts: t.map((x) => x.pct), p: null, start: t[0]!.start });
  } else if (t.length === k + 1 && t.slice(0, k).every((x) => x.kind === 'pair')) {
    const p = pOf(t[k]!);
    const pairs = t.slice(0, k) as Extract<RowToken, { kind: 'pair' }>[];
    if (p) out.push({ counts: pairs.map((x) => x.count), pcts: pairs.map((x) => x.pct), p, start: t[0]!.start });
  } else if (
    t.every((x) => x.kind === 'num' && x.op === '=') ||
    (t.length === 2 * k + 1 && t.every((x) => x.kind === 'num'))
  ) {
    // `240 | 71.6 | 84 | 22.1 | 0.054`: count and share in cells of their own.
    const nums = t as Extract<RowToken, { kind: 'num' }>[];
    const read = (withP: boolean): Cells | null => {
      if (nums.length !== 2 * k + (withP ? 1 : 0)) return null;
      const p = withP ? pOf(nums[2 * k]!) : null;
      if (withP && !p) return null;
      const counts: number[] = [];
      const pcts: Num[] = [];
      for (let g = 0; g < k; g++) {
        const c = nums[2 * g]!;
        const s = nums[2 * g + 1]!;
        if (c.op !== '=' || s.op !== '=' || c.num.decimals > 0) return null;
        counts.push(c.num.value);
        pcts.push(s.num);
      }
      return { counts, pcts, p, start: nums[0]!.start };
    };
    for (const c of [read(false), read(true)]) if (c) out.push(c);
  }
  return out;
}

/** The header's group sizes above line `top`: one line of two or three, or one per line. */
function headerSizes(lines: string[], top: number): { sizes: number[]; header: string; sized: string } | null {
  let stop = Math.max(0, top - HEADER_LINES);
  const sizedAt: number[] = [];
  for (let i = top - 1; i >= stop; i--) {
    if (CAPTION.test(lines[i]!)) {
      stop = i;
      break;
    }
    const found = [...lines[i]!.matchAll(SIZE)].length;
    if (found === 0) continue;
    if (sizedAt.length > 0 && sizedAt[sizedAt.length - 1]! - i > SPLIT_GAP + 1) break;
    sizedAt.push(i);
  }
  if (sizedAt.length === 0) return null;
  const sizedLines = sizedAt.reverse().map((i) => lines[i]!);
  const sizes = sizedLines.flatMap((l) => [...l.matchAll(SIZE)].map((m) => Number(m[1])));
  if (sizes.length < 2 || sizes.length > 3) return null;
  return { sizes, header: lines.slice(stop, top).join('\n'), sized: sizedLines.join('\n') };
}

const fitsShare = (count: number, n: number, pct: Num) =>
  n > 0 && count <= n && Math.abs((100 * count) / n - pct.value) <= pct.half + 1e-9;

export function readCountRowPs(text: string, rows: PublishedRow[], extraction: Extraction): CountRowPReport[] {
  const out: CountRowPReport[] = [];
  if (!/\d\s*\(?\s*\d/.test(text)) return out;
  const { lines, offsets } = linesWithOffsets(text);
  const lineOf = lineIndexer(offsets);
  const attached = new Set(extraction.tests.flatMap((t) => (t.p ? [t.p.start] : [])));
  /** Per row: its groups' counts (the Total column dropped), its p, or null when it is no such row. */
  type Read = { counts: [number, number]; p: PReport | null; start: number } | null;
  const sizesCache = new Map<number, ReturnType<typeof headerSizes>>();
  const readRow = (
    row: PublishedRow,
  ): { read: Read; sizes: [number, number]; header: string; sized: string } | null => {
    const top = lineOf(row.start);
    let h = sizesCache.get(top);
    if (h === undefined) sizesCache.set(top, (h = headerSizes(lines, top)));
    if (!h) return null;
    const { sizes } = h;
    let groups: [number, number];
    let total = -1;
    if (sizes.length === 2) groups = [0, 1];
    else {
      const sum = sizes.reduce((a, b) => a + b, 0);
      total = sizes.findIndex((s) => s === sum - s);
      if (total < 0) return null;
      const rest = [0, 1, 2].filter((i) => i !== total);
      groups = [rest[0]!, rest[1]!];
    }
    const n: [number, number] = [sizes[groups[0]]!, sizes[groups[1]]!];
    let fitting = cellsOf(row, sizes.length).filter(
      (c) =>
        c.counts.every((count, i) => fitsShare(count, sizes[i]!, c.pcts[i]!)) &&
        (total < 0 || c.counts[total] === c.counts[groups[0]]! + c.counts[groups[1]]!),
    );
    let columns = groups;
    // A whole sample's size stated above the groups' ("(N = 83)", then "(n = 34)", "(n = 49)")
    // with rows of the two groups' cells only.
    if (fitting.length === 0 && total >= 0) {
      fitting = cellsOf(row, 2).filter((c) => c.counts.every((count, i) => fitsShare(count, n[i]!, c.pcts[i]!)));
      columns = [0, 1];
    }
    const read: Read =
      fitting.length === 1
        ? {
            counts: [fitting[0]!.counts[columns[0]]!, fitting[0]!.counts[columns[1]]!],
            p: fitting[0]!.p,
            start: fitting[0]!.start,
          }
        : null;
    return { read, sizes: n, header: h.header, sized: h.sized };
  };

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    // The p on the row itself, or on a variable's name line above its category rows.
    const onName = row.tokens.length === 1 ? pOf(row.tokens[0]!) : null;
    const first = onName ? null : readRow(row);
    if (!onName && !first?.read?.p) continue;
    const block: { counts: [number, number]; start: number }[] = [];
    let sizes: [number, number] | null = first ? first.sizes : null;
    let header = first?.header ?? '';
    let sized = first?.sized ?? '';
    if (first?.read) block.push(first.read);
    let j = i + 1;
    let broken = false;
    for (; j < rows.length; j++) {
      const r = readRow(rows[j]!);
      if (!r?.read || r.read.p) {
        // A row with counts that are not those of the groups is no category of the block.
        broken = !!r && !r.read && rows[j]!.tokens.some((t) => t.kind === 'pair');
        break;
      }
      if (sizes && (r.sizes[0] !== sizes[0] || r.sizes[1] !== sizes[1])) break;
      ({ sizes, header, sized } = r);
      block.push(r.read);
    }
    const p = onName ?? first?.read?.p ?? null;
    if (!p || !sizes || block.length === 0 || attached.has(p.start)) continue;
    const sums = [0, 1].map((g) => block.reduce((a, b) => a + b.counts[g]!, 0));
    let table: [number, number][];
    if (block.length === 1 && !onName && !broken) {
      const [a, b] = block[0]!.counts;
      table = [
        [a, b],
        [sizes[0] - a, sizes[1] - b],
      ];
    } else if (block.length === 2 && sums[0] === sizes[0] && sums[1] === sizes[1]) {
      table = block.map((r) => r.counts);
    } else continue;
    if (!P_COLUMN.test(header) || TIME_POINTS.test(sized)) continue;
    const lastLine = lineOf(rows[Math.max(i, j - 1)]!.end);
    const notes: string[] = [];
    for (let k = lastLine + 1; k < Math.min(lines.length, lastLine + 1 + NOTE_LINES) && !CAPTION.test(lines[k]!); k++)
      notes.push(lines[k]!);
    if (OTHER_TEST.test(`${header}\n${notes.join('\n')}`)) continue;
    // "t 0.004", "0.004*" over a note "* t test on BMI" (./count-row-p-marks.ts).
    if (pOfAnotherTest(text, p.num.start, p.num.end, notes.join('\n'))) continue;
    // With answers missing, the rest of a group is not the characteristic's absence.
    if (block.length === 1 && MISSING.test(`${header}\n${notes.join('\n')}`)) continue;
    if (table.some((r) => r.some((v) => v < 0))) continue;
    const quoteStart = offsets[lineOf(row.start)]!;
    const lastRow = rows[Math.max(i, j - 1)]!;
    const start = Math.min(p.start, block[0]!.start);
    const end = block.length === 1 ? Math.max(p.end, block[0]!.start) : Math.max(p.end, lastRow.end);
    out.push({ p, table, place: { start, end, quoteStart, quoteEnd: Math.max(lastRow.end, p.end) } });
  }
  return out;
}
