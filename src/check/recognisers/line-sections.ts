/**
 * Frequency tables whose rows kept their lines but lost their columns (single spaces), read
 * section by section after their caption: a characteristics table with one section per variable,
 * each closed by its own total row ("Usia:" / "1 45-54 tahun 16 31,4" / … / "Total 51 100" /
 * "Pendidikan F %" / "1 SD 18 35,3" / … / "Total 51 100"). broken-tables.ts reads one table per
 * caption and stops at its first total; this reader also takes the sections after it, a caption
 * that goes on over a line with one number (a year: "Dampit Tahun 2018"), and a row whose empty
 * count is a dash ("3 Buruk - 0").
 *
 * Each line's trailing numbers (or dashes) are its cells. A section is the data lines (two cells
 * or more, every one as wide) before a total line whose first cell is N and whose other cells are
 * 100; lines of fewer cells are read only before a section's first data line (headers, a
 * variable's name, a caption's last line), and anywhere else they void the section. The count
 * column is the first whose integers add up to N with, right after it, percentages adding up to
 * 100 within a point; each of its shares is then checked against N (a dash is a count of 0 and
 * is not reported).
 */
import type { CountPct, Num, PercentGroup, TableBlock } from '../types.ts';
import { CAPTION, regionAfter } from './broken-tables.ts';
import { parseNum } from './numbers.ts';

const CELL = /^(?:\d+(?:[.,]\d+)?|[.,]\d+)%?$|^[-–—]$/u;
const TOTAL = /^(?:total|jumlah|Σ)$/iu;

interface Line {
  cells: (Num | null)[];
  total: boolean;
}

function lineOf(line: string, base: number): Line {
  const words = [...line.matchAll(/\S+/gu)];
  let k = words.length;
  while (k > 0 && CELL.test(words[k - 1]![0])) k--;
  const cells: (Num | null)[] = [];
  for (const w of words.slice(k)) {
    if (/^[-–—]$/u.test(w[0])) cells.push(null);
    else cells.push(parseNum(w[0].replace(/%$/u, ''), base + w.index!));
  }
  return { cells, total: k > 0 && TOTAL.test(words[k - 1]![0]) };
}

/** A printed trailing zero after two decimals may be padding (13,30 for 13,3). */
function padded(n: Num): Num {
  return n.decimals >= 2 && n.raw.endsWith('0') ? { ...n, half: n.half * 10 } : n;
}

function sectionGroup(data: Line[], total: Line): PercentGroup | null {
  const n = total.cells[0];
  if (data.length < 2 || !n || n.decimals > 0 || n.value <= 0) return null;
  if (total.cells.slice(1).some((c) => !c || Math.abs(c.value - 100) > 1e-9)) return null;
  const w = data[0]!.cells.length;
  if (w < 2 || data.some((l) => l.cells.length !== w)) return null;
  for (let c = 0; c + 1 < w; c++) {
    const counts = data.map((l) => l.cells[c]);
    if (counts.some((x) => x && x.decimals > 0)) continue;
    if (counts.reduce((s, x) => s + (x ? x.value : 0), 0) !== n.value) continue;
    const pcts = data.map((l) => l.cells[c + 1]);
    if (pcts.some((p) => !p || p.value > 100)) return null;
    if (Math.abs(pcts.reduce((s, p) => s + p!.value, 0) - 100) > 1) return null;
    const pairs: CountPct[] = [];
    counts.forEach((count, i) => {
      if (count)
        pairs.push({ count: count.value, countStart: count.start, pct: padded(pcts[i]!), ownTotal: null, apart: true });
    });
    if (pairs.length < 2) return null;
    const start = Math.min(...pairs.map((p) => p.countStart));
    const end = Math.max(...pairs.map((p) => p.pct.end));
    return {
      pairs,
      statedTotals: [n.value],
      totalSource: 'table',
      place: { start, end, quoteStart: start, quoteEnd: end },
      para: -1,
    };
  }
  return null;
}

export function readLineSections(text: string, tables: TableBlock[], taken: Set<number>): PercentGroup[] {
  if (!/(?:Tabel|Table)\s+\d/u.test(text)) return [];
  const out: PercentGroup[] = [];
  for (const cap of text.matchAll(CAPTION)) {
    const [start, end] = regionAfter(text, cap.index! + cap[0].length);
    if (end <= start || tables.some((t) => t.start < end && start < t.end)) continue;
    let data: Line[] = [];
    let void_ = false;
    let at = start;
    for (const raw of text.slice(start, end).split('\n')) {
      const line = lineOf(raw, at);
      at += raw.length + 1;
      if (line.total) {
        const g = void_ ? null : sectionGroup(data, line);
        if (g && !g.pairs.some((p) => taken.has(p.pct.start))) out.push(g);
        data = [];
        void_ = false;
      } else if (line.cells.length >= 2) data.push(line);
      else if (data.length > 0) void_ = true;
    }
  }
  return out;
}
