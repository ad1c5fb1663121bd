/**
 * A two-group t table whose rows are the groups, each ending in its size, the t and p printed in
 * the first group's row only: "Kelompok Responden Mean ± SD t p n Perlakuan 16,71 ± 10,626 1,744
 * 0.088 24 Kontrol 12,00 ± 7,880 24" (Indonesian nursing theses print their baseline comparisons
 * so). The sizes make the df (n₁ + n₂ − 2): p is checked against t(df), and t against the means
 * and SDs (./two-group-t.ts's check, Student's or Welch's t). A caption or header naming a paired
 * test, or a rank test, leaves the table unread: its t is not that of two independent groups.
 */
import type { Extraction, Num, PReport, TwoGroupTReport } from '../types.ts';
import { parseNum } from './numbers.ts';
import { tableTTest } from './table-t-tests.ts';
import { TIME_POINT_LABEL } from './summary-column-declines.ts';

const HEADER = /(?<![\p{L}])(?:Mean|Rerata|Rata-rata)\s*±\s*(?:SD|SB|s)\s+t\s+p(?:[\s-]*value)?\s+n(?![\p{L}\p{N}])/giu;
const NUM = String.raw`\d+(?:[.,]\d+)?`;
/** The two group rows right after the header: label, M ± SD, t, p, n; then label, M ± SD, n. */
const ROWS = new RegExp(
  String.raw`^\s+([^\d±\n]{1,60}?)\s+(${NUM})\s*±\s*(${NUM})\s+([-−–]?${NUM})\s+([<>]?)\s*(${NUM})\s+(\d{1,5})\s+([^\d±\n]{1,60}?)\s+(${NUM})\s*±\s*(${NUM})\s+(\d{1,5})(?![\d.,]*\d)`,
  'u',
);
const NOT_INDEPENDENT = /\b(?:paired|berpasangan|dependent|wilcoxon|mann|whitney|welch)\b/iu;
const CAPTION_REACH = 300;

export function readGroupSizeLastTRows(text: string, extraction: Extraction): TwoGroupTReport[] {
  const out: TwoGroupTReport[] = [];
  for (const h of text.matchAll(HEADER)) {
    const after = h.index! + h[0].length;
    if (NOT_INDEPENDENT.test(text.slice(Math.max(0, h.index! - CAPTION_REACH), after))) continue;
    const m = ROWS.exec(text.slice(after, after + 400));
    // Rows that are two measurements of the same people (Pretest, Posttest) take a paired t.
    if (!m || TIME_POINT_LABEL.test(m[1]!) || TIME_POINT_LABEL.test(m[8]!)) continue;
    // Each group's cells in order: the offset of every captured number in the text.
    let from = 0;
    const at = (i: number): Num | null => {
      const k = m[0].indexOf(m[i]!, from);
      from = k + m[i]!.length;
      return parseNum(m[i]!.replace(/^[−–]/u, '-'), after + k);
    };
    const [m1, s1, t] = [at(2), at(3), at(4)];
    const p = at(6);
    const n1 = at(7);
    const [m2, s2, n2] = [at(9), at(10), at(11)];
    if (!m1 || !s1 || !t || !p || !n1 || !m2 || !s2 || !n2 || p.value > 1) continue;
    if (n1.value < 2 || n2.value < 2 || t.decimals === 0) continue;
    const df = n1.value + n2.value - 2;
    const start = after + m[0].search(/\S/u);
    const place = { start, end: n2.end, quoteStart: start, quoteEnd: n2.end };
    out.push({
      t,
      df,
      groups: [
        { mean: m1, sd: s1, n: n1.value },
        { mean: m2, sd: s2, n: n2.value },
      ],
      place,
    });
    if (extraction.tests.some((x) => x.place.start < place.end && x.place.end > place.start)) continue;
    const op = m[5] === '<' ? '<' : m[5] === '>' ? '>' : '=';
    const pReport: PReport = { op, num: p, oneTailedLabel: false, start: p.start, end: p.end };
    const test = tableTTest(t, df, pReport, 'unstated', { ...place, start: t.start, end: p.end });
    extraction.tests.push(test);
    extraction.pValues.push({ p: pReport, place: test.place, attached: true });
  }
  return out;
}
