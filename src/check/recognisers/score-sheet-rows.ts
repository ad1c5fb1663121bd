/**
 * Score sheets, as classroom action research (PTK) prints its observations: one row per student,
 * a score per indicator (each perhaps followed by its category, "9 Aktif 3 Kurang aktif"), the
 * row's total score last, and a "Jumlah" row of the column sums: "PD 9 Aktif 3 Kurang aktif 4
 * Sangat kurang aktif 16 Cukup Aktif RA 6 … Jumlah 147 74 99 320". Flattened into running text,
 * the rows are found by their number of scores: the Jumlah row's m numbers.
 *
 * The evidence is the Jumlah row: the R rows before it, m whole numbers each with only words
 * between them and a name (a word) before each row's first score, add up column by column to its
 * first m − 1 numbers (R is the largest number of rows for which they do), and its last number is
 * the sum of its others, or of the last column when all rows but one add up to their last number
 * (so the last column is the rows' total). Then each
 * row's total is held to the sum of its scores, and each column total to its column. A score
 * column that does not add up to its Jumlah leaves the table unread: its rows cannot be told from
 * what stands above them.
 */
import type { ListedSumReport, Num } from '../types.ts';
import { parseNum, parseNumberRun } from './numbers.ts';
import { tokensBetween, type Token } from './whitespace-tokens.ts';

const TOTAL_ROW = /(?<![\p{L}])(?:Jumlah|Total)(?:\s+(?:skor|nilai))?((?:\s+\d{1,5}){3,12})(?![\d.,]*\d)/giu;
const INTEGER = /^\d{1,5}$/u;
/** Words in a row between two scores (a category such as "Sangat kurang aktif"), or between rows (a name). */
const MAX_WORDS = 6;
const MAX_ROWS = 60;

const isWord = (t: Token) => /^[\p{L}][\p{L}'’.-]*$/u.test(t.raw);

/** The scores before the total row, nearest last, with whether a word stands right before each. */
function scoresBefore(toks: Token[]): { num: Num; afterWord: boolean }[] {
  const out: { num: Num; afterWord: boolean }[] = [];
  let words = 0;
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i]!;
    if (INTEGER.test(t.raw)) {
      const num = parseNum(t.raw, t.start);
      if (!num) break;
      out.unshift({ num, afterWord: i > 0 && isWord(toks[i - 1]!) });
      words = 0;
      continue;
    }
    if (!isWord(t) || ++words > MAX_WORDS) break;
  }
  return out;
}

/** Every score sheet's rows (each total against its scores) and column totals (each against its column). */
export function readScoreSheetRows(text: string): ListedSumReport[] {
  const out: ListedSumReport[] = [];
  for (const m of text.matchAll(TOTAL_ROW)) {
    const cellsAt = m.index! + m[0].length - m[1]!.length;
    // The cells are whole numbers only, so each reads as one.
    const totals = parseNumberRun(m[1]!, cellsAt)!;
    const width = totals.length;
    const parts = totals.slice(0, -1).reduce((s, n) => s + n.value, 0);
    const scores = scoresBefore(tokensBetween(text, Math.max(0, m.index! - 6000), m.index!));
    let rows = 0;
    for (let r = Math.min(MAX_ROWS, Math.floor(scores.length / width)); r >= 3; r--) {
      const block = scores.slice(scores.length - r * width);
      const columnSum = (c: number) => {
        let sum = 0;
        for (let i = 0; i < r; i++) sum += block[i * width + c]!.num.value;
        return sum;
      };
      const last = totals[width - 1]!.value;
      // Rows whose total is the sum of their scores: all but one, when only the last column's own
      // sum says that it is the rows' total.
      let adding = 0;
      for (let i = 0; i < r; i++) {
        let sum = 0;
        for (let c = 0; c < width - 1; c++) sum += block[i * width + c]!.num.value;
        if (sum === block[i * width + width - 1]!.num.value) adding++;
      }
      const fits =
        totals.slice(0, -1).every((t, c) => columnSum(c) === t.value) &&
        (last === parts || (last === columnSum(width - 1) && adding >= r - 1));
      if (fits && block.every((s, i) => i % width !== 0 || s.afterWord)) {
        rows = r;
        break;
      }
    }
    if (rows === 0) continue;
    const block = scores.slice(scores.length - rows * width).map((s) => s.num);
    for (let i = 0; i < rows; i++) {
      const row = block.slice(i * width, (i + 1) * width);
      const total = row[width - 1]!;
      out.push({
        values: row.slice(0, -1),
        total,
        mean: null,
        place: { start: total.start, end: total.end, quoteStart: row[0]!.start, quoteEnd: total.end },
      });
    }
    for (let c = 0; c < width; c++) {
      const column = block.filter((_, i) => i % width === c);
      const total = totals[c]!;
      out.push({
        values: column,
        total,
        mean: null,
        place: { start: total.start, end: total.end, quoteStart: m.index!, quoteEnd: cellsAt + m[1]!.length },
      });
    }
  }
  return out;
}
