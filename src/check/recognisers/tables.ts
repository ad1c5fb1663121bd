/**
 * What the columns and rows of a table are: counts, percentages (of the column total or
 * of the row total), cumulative percentages, means, SDs, test statistics, CIs; which
 * rows are totals ("Jumlah", "Total") and which are group headings that start a new
 * section. Header words are read in both languages, and SPSS's own (`Frequency`,
 * `Valid Percent`, `Std. Error Mean`, `Sig. (2-tailed)`). Without a header, a column of
 * whole numbers with a total row is counts, and one whose total is 100 is percentages.
 */
import type { ColumnRole, Lang, Num, TableBlock, TableRow } from '../types.ts';
import { parseCellNumber, parseCountPctCell, parseNum } from './numbers.ts';
import { parseRangeCell } from './intervals.ts';
import { isBareZeroCell } from './zero-count-cells.ts';
import { columnsBeforeHoldLabels } from './label-columns.ts';

export interface CellValue {
  num: Num;
  op: '=' | '<' | '>';
  percentSign: boolean;
  countPct?: { count: number; pct: Num };
  range?: { lower: Num; upper: Num };
  /** `6,56 (1,23–4,50)`: an estimate with its interval in one cell; `num` is the estimate. */
  withCi?: { lower: Num; upper: Num };
}

export interface Column {
  index: number;
  header: string;
  role: ColumnRole | null;
  /** The column of row totals (header "Total"/"Jumlah" over counts or percentages). */
  isTotal: boolean;
}

export interface LaidRow {
  row: TableRow;
  kind: 'body' | 'total' | 'group';
  /** Parsed value per column index (null: empty or not a number). */
  values: (CellValue | null)[];
}

export interface Layout {
  columns: Column[];
  rows: LaidRow[];
  width: number;
  /** Title and header text, lower-cased, for recognising SPSS output tables. */
  context: string;
}

const TOTAL_LABEL =
  /^(?:(?:valid|missing)\s+)?(?:total|jumlah|jumlah\s+total|total\s+keseluruhan|grand\s+total|keseluruhan|semua|all)$/i;
const TOTAL_HEADER = /(?:^|\s)(total|jumlah)(?:\s|$)/i;

export function isTotalLabel(label: string): boolean {
  return TOTAL_LABEL.test(label.trim().replace(/\s+/g, ' '));
}

const ROLE_PATTERNS: [ColumnRole, RegExp][] = [
  ['cumPercent', /cumulative|kumulatif/i],
  ['validPercent', /valid\s*percent|persen\s*valid/i],
  ['countPct', /\b[nf]\s*\(\s*%\s*\)|jumlah\s*\(\s*%\s*\)|frekuensi\s*\(\s*%\s*\)/i],
  ['percent', /^%$|^\(%\)$|percent|persen|persentase|prosentase|proporsi|^%\s|\s%$|\(%\)/i],
  ['se', /std\.?\s*error|^s\.?e\.?$|^sem$|galat\s+baku|kesalahan\s+baku/i],
  ['sd', /std\.?\s*dev|^sd$|^sb$|simpangan\s+baku|standar\s+deviasi|standard\s+deviation/i],
  ['meanSquare', /mean\s+square|rata-rata\s+kuadrat|kuadrat\s+tengah/i],
  ['mean', /^mean$|^mean\s+difference$|^rata-rata|^rerata|^m$|^x̄$|^mean\s+diff|selisih\s+rata|^mean\s+score/i],
  ['min', /^min(?:imum)?\.?$|^nilai\s+min|^terendah$/i],
  ['max', /^max(?:imum)?\.?$|^maks(?:imum)?\.?$|^nilai\s+maks|^tertinggi$/i],
  ['wald', /^wald$/i],
  // `OR (IK 95%)`, `AOR [95% CI]`: the ratio and its interval in one cell.
  [
    'ratioCi',
    /^(?:a|c|p)?(?:or|rr|pr|hr)\s*[([]\s*(?:95\s*%\s*)?(?:ci|ik)|^(?:a|c|p)?(?:or|rr|pr|hr)\s*[([]?\s*95\s*%/i,
  ],
  ['ratio', /^(?:a|c|p)?or$|^exp\s*\(\s*b\s*\)$|^rr$|^pr$|^hr$|odds\s+ratio|rasio\s+odds/i],
  ['lower', /lower|batas\s+bawah|^bawah$/i],
  ['upper', /upper|batas\s+atas|^atas$/i],
  ['ci', /\bci\b|\bik\b|confidence|kepercayaan|95\s*%/i],
  ['p', /^sig\.?|^p$|^p[-\s]?value|^nilai\s+p|^p\s*\(|signifikansi|asymp|^exact\s+sig/i],
  ['df', /^df$|^db$|^dk$|^d\.f\.$/i],
  ['t', /^t$|^t\s*hitung$|^t[-\s]?value$|^nilai\s+t$/],
  ['F', /^F$|^F\s*hitung$|^F[-\s]?(?:[Tt]est|[Vv]alue|[Rr]atio)$/],
  ['chi2', /chi|χ|^x²$|^x2$|^value$/i],
  ['z', /^z$/i],
  ['r', /^r$/],
  ['b', /^b$|^β$|^koefisien/i],
  ['n', /^n$|^jumlah\s+sampel$/],
  ['count', /^(?:n|f|frequency|frekuensi|count|jumlah|banyaknya|total|responden|orang|σ)$/i],
];

function roleOf(header: string): ColumnRole | null {
  const h = header.trim().replace(/\s+/g, ' ');
  if (!h) return null;
  for (const [role, re] of ROLE_PATTERNS) if (re.test(h)) return role;
  // A count column may name its sample size: "Frekuensi (N = 139)", "Total (n=211)".
  const sized = h.replace(/\s*\(\s*n\s*=\s*\d+\s*\)$/i, '');
  if (sized !== h) return roleOf(sized);
  return null;
}

const CELL_NUM = String.raw`-?(?:\d+(?:[.,]\d+)?|[.,]\d+)`;
const VALUE_WITH_CI = new RegExp(
  String.raw`^\s*(${CELL_NUM})\s*[a-e*]{0,2}\s*[([]\s*(${CELL_NUM})\s*(?:–|—|-|;|,\s|to|sampai|hingga|s\.?\s?d\.?)\s*(${CELL_NUM})\s*[\])]\s*$`,
  'd',
);

export function parseValue(text: string, start: number, lang: Lang): CellValue | null {
  if (!text) return null;
  const cp = parseCountPctCell(text, start, lang);
  if (cp) return { num: cp.pct, op: '=', percentSign: text.includes('%'), countPct: cp };
  const single = parseCellNumber(text, start);
  if (single) return single;
  const withCi = VALUE_WITH_CI.exec(text);
  if (withCi) {
    const at = (k: number) => start + withCi.indices![k]![0];
    const num = parseNum(withCi[1]!, at(1));
    const lower = parseNum(withCi[2]!, at(2));
    const upper = parseNum(withCi[3]!, at(3));
    if (num && lower && upper) return { num, op: '=', percentSign: false, withCi: { lower, upper } };
  }
  const range = parseRangeCell(text, start);
  if (range?.lower && range.upper)
    return { num: range.lower, op: '=', percentSign: false, range: { lower: range.lower, upper: range.upper } };
  return null;
}

/** Lays out a table block: header text per column, roles, and each row's values by column. */
export function layoutTable(block: TableBlock, lang: Lang): Layout {
  const all = [...block.header, ...block.body];
  const width = all.reduce((w, r) => Math.max(w, r.cells.length), 0);
  // Header rows shorter than the body are right-aligned (SPSS pastes leave out the label columns).
  const headerText: string[] = Array.from({ length: width }, () => '');
  const lastHeader: string[] = Array.from({ length: width }, () => '');
  block.header.forEach((h, hi) => {
    const shift = width - h.cells.length;
    const spanning = hi < block.header.length - 1;
    let carry = '';
    h.cells.forEach((c, i) => {
      // An upper header row's empty cells after a heading lie under that heading (a colspan).
      const text = c.text || (spanning ? carry : '');
      if (c.text) carry = c.text;
      if (!text) return;
      headerText[i + shift] = (headerText[i + shift] ? `${headerText[i + shift]} ` : '') + text;
      if (c.text) lastHeader[i + shift] = c.text;
    });
  });
  const context = (
    block.title +
    ' ' +
    block.header.map((h) => h.cells.map((c) => c.text).join(' ')).join(' ')
  ).toLowerCase();

  const statsTable = headerText.some((h) => /mean|rata|std|sig|^t$|\bdf\b|wald|exp|lower|upper|min|max/i.test(h));
  const columns: Column[] = [];
  for (let i = 0; i < width; i++) {
    let role = roleOf(lastHeader[i]!) ?? roleOf(headerText[i]!);
    if (role === 'count' && statsTable && /^n$/i.test(lastHeader[i]!.trim())) role = 'n';
    if (role === 'n' && !statsTable) role = 'count';
    columns.push({ index: i, header: headerText[i]!, role, isTotal: false });
  }
  // A "Total"/"Jumlah" column is a column of row totals only when other columns of its kind come before it
  // (in a plain frequency table "Jumlah" is just the count column).
  for (const col of columns) {
    if (!col.role || !TOTAL_HEADER.test(col.header)) continue;
    col.isTotal = columns.some((o) => o.index < col.index && o.role === col.role && !TOTAL_HEADER.test(o.header));
  }
  // A column of "n (%)" cells is counts with percentages whatever its header says (the header may
  // have been a spanning row that PDF text put above the table). Read from full-width rows, so that
  // shorter rows can be laid out against it.
  const fullRows = block.body.filter((r) => r.cells.length === width);
  if (block.header.length > 0) {
    for (const col of columns) {
      if (col.role !== null) continue;
      const vals = fullRows.map((r) => r.cells[col.index]!).filter((c) => c.text !== '');
      // …a count of zero printed bare among them too (./zero-count-cells.ts).
      const pairs = vals.filter((c) => parseCountPctCell(c.text, c.start, lang));
      if (pairs.length && vals.every((c) => pairs.includes(c) || isBareZeroCell(c.text))) col.role = 'countPct';
    }
  }
  const roleColumns = columns.filter((c) => c.role !== null);

  const rows: LaidRow[] = block.body.map((row) => {
    const values: (CellValue | null)[] = Array.from({ length: width }, () => null);
    const parsed = row.cells.map((c) => parseValue(c.text, c.start, lang));
    if (row.cells.length === width || roleColumns.length === 0) {
      parsed.forEach((v, i) => (values[i] = v));
    } else {
      // Rows of another width (SPSS drops empty trailing cells): numbers, left to right, fill the role columns.
      const nums = parsed.filter((v): v is CellValue => v !== null);
      if (nums.length <= roleColumns.length) nums.forEach((v, k) => (values[roleColumns[k]!.index] = v));
    }
    const hasNumber = parsed.some((v) => v !== null);
    // A first column without a role holds the row's name even when it is a number (an age, a year).
    if (!row.label && row.cells[0]?.text && columns[0]?.role === null) row.label = row.cells[0].text;
    const kind: LaidRow['kind'] = !hasNumber ? 'group' : isTotalLabel(row.label) ? 'total' : 'body';
    return { row, kind, values };
  });

  // Without a header: a column with a "%" or summing to 100 at a total row is percentages; whole numbers are counts.
  if (block.header.length === 0 || roleColumns.length === 0) inferRoles(columns, rows);
  return { columns, rows, width, context };
}

function inferRoles(columns: Column[], rows: LaidRow[]): void {
  const totals = rows.filter((r) => r.kind === 'total');
  for (const col of columns) {
    const vals = rows
      .filter((r) => r.kind === 'body')
      .map((r) => r.values[col.index])
      .filter((v): v is CellValue => v !== null);
    if (vals.length === 0) continue;
    if (vals.every((v) => v.countPct)) {
      col.role = 'countPct';
      continue;
    }
    if (vals.some((v) => v.range || v.op !== '=' || v.num.value < 0)) continue;
    const totalVal = totals.map((t) => t.values[col.index]).find((v) => v);
    if (
      vals.some((v) => v.percentSign) ||
      (totalVal && Math.abs(totalVal.num.value - 100) < 0.51 && vals.some((v) => v.num.decimals > 0))
    ) {
      col.role = 'percent';
    } else if (vals.every((v) => v.num.decimals === 0) && totalVal && totalVal.num.decimals === 0) {
      col.role = 'count';
    }
  }
}

const SPSS_SECTION = /^(valid|missing|hilang|sah|tidak\s+sah)$/i;

/**
 * Sections of a table: runs of rows between group headings, or — when the table has two
 * label columns (variable, category) — from one filled first cell to the next, as in a
 * table of participant characteristics ("Jenis kelamin | Laki-laki | 32 | 33,3").
 */
export function sections(layout: Layout): LaidRow[][] {
  const firstRole = layout.columns.find((c) => c.role !== null)?.index ?? 0;
  // …when the columns before it hold labels, not numbers of a column of unknown kind (./label-columns.ts).
  // The second of two label columns names categories ("Male", "< 35"); a second column of plain
  // numbers on every full row is counts whose header gave them no role ("Banyaknya siswa"), which
  // also leaves the first role far to the right: each row of such a table is no section of its own.
  const full = layout.rows.filter((r) => r.kind !== 'group' && r.row.cells.length === layout.width);
  const countsSecond = full.length > 0 && full.every((r) => r.values[1]?.op === '=' && !r.values[1].range);
  const grouped = firstRole >= 2 && !countsSecond && columnsBeforeHoldLabels(layout.rows, firstRole);
  const out: LaidRow[][] = [];
  let cur: LaidRow[] = [];
  for (const r of layout.rows) {
    if (r.kind === 'group') {
      if (cur.length) out.push(cur);
      cur = [];
      continue;
    }
    const first = r.row.cells[0]?.text ?? '';
    if (
      grouped &&
      r.kind === 'body' &&
      cur.length &&
      r.row.cells.length === layout.width &&
      first &&
      !SPSS_SECTION.test(first)
    ) {
      out.push(cur);
      cur = [];
    }
    cur.push(r);
  }
  if (cur.length) out.push(cur);
  return out;
}

const PERCENT_ROLES = new Set<ColumnRole>(['percent', 'validPercent', 'countPct']);
const COUNT_ROLES = new Set<ColumnRole>(['count', 'n', 'countPct']);

export function isPercentColumn(c: Column): boolean {
  return c.role !== null && PERCENT_ROLES.has(c.role);
}

export function isCountColumn(c: Column): boolean {
  return c.role !== null && COUNT_ROLES.has(c.role);
}

/** The count column a percentage column is a percentage of: the same cell for `n (%)`, else the nearest count column to its left. */
export function countColumnFor(layout: Layout, pct: Column): Column | null {
  if (pct.role === 'countPct') return pct;
  let best: Column | null = null;
  for (const c of layout.columns) {
    if (c.index >= pct.index) break;
    if (c.role === 'count' || c.role === 'n') best = c;
  }
  return best ?? layout.columns.find((c) => c.role === 'count' || c.role === 'n') ?? null;
}

/** The count in a cell: a plain whole number, or the count of an `n (%)` cell. */
export function countIn(v: CellValue | null | undefined): number | null {
  if (!v) return null;
  if (v.countPct) return v.countPct.count;
  if (v.op !== '=' || v.num.decimals !== 0 || v.range) return null;
  return v.num.value;
}

/** The percentage in a cell: a plain number, or the percentage of an `n (%)` cell. */
export function pctIn(v: CellValue | null | undefined): Num | null {
  if (!v) return null;
  if (v.countPct) return v.countPct.pct;
  if (v.op !== '=' || v.range) return null;
  return v.num;
}

/**
 * Row percentages: a "Total" column of percentages that reads 100 on every row means
 * each row's percentages are of that row's total (a cross table), not of the column's.
 */
export function rowPercentTotalColumn(layout: Layout): { count: Column; pct: Column } | null {
  const totalPct = layout.columns.find((c) => c.isTotal && isPercentColumn(c));
  if (!totalPct) return null;
  const rows = layout.rows.filter((r) => r.kind !== 'group');
  const vals = rows.map((r) => pctIn(r.values[totalPct.index])).filter((v): v is Num => v !== null);
  if (vals.length === 0 || !vals.every((v) => Math.abs(v.value - 100) <= v.half + 1e-9)) return null;
  const count = countColumnFor(layout, totalPct);
  return count ? { count, pct: totalPct } : null;
}

/** Does each row's percentages (of several count columns) add up to 100, allowing each its rounding? */
function rowAddsTo100(pcts: Num[]): boolean {
  const sum = pcts.reduce((s, p) => s + p.value, 0);
  const slack = pcts.reduce((s, p) => s + p.half, 0);
  return Math.abs(sum - 100) <= slack + 1e-9;
}

/**
 * How a table's percentages are meant: of a Total column (row percentages with the row
 * total printed), of the row's own counts (row percentages without a Total column: every
 * row's percentages add up to 100), or of the column (null).
 */
export function rowPercentMode(layout: Layout): { kind: 'total-column'; count: Column } | { kind: 'row-sum' } | null {
  const byColumn = rowPercentTotalColumn(layout);
  if (byColumn) return { kind: 'total-column', count: byColumn.count };
  const pctCols = layout.columns.filter(isPercentColumn);
  if (pctCols.length < 2) return null;
  const rows = layout.rows.filter((r) => r.kind !== 'group');
  const withAll = rows.filter((r) => pctCols.every((c) => pctIn(r.values[c.index])));
  if (withAll.length === 0 || withAll.length < rows.length / 2) return null;
  return withAll.every((r) => rowAddsTo100(pctCols.map((c) => pctIn(r.values[c.index])!))) ? { kind: 'row-sum' } : null;
}
