/**
 * SPSS's "Chi-Square Tests" table pasted as text, its rows run together or one per line:
 * "Pearson Chi-Square 45.187 a 26 .011 Likelihood Ratio 19.899 26 .796 Linear-by-Linear
 * Association 3.398 1 .065 N of Valid Cases 59". Each row is the test's name, its value (a
 * footnote letter glued to it or standing apart, "4.261a", "b 3.102"), its df and its Asymp. Sig.:
 * a χ² with its df and p. Exact significances after the first Sig. column, and Fisher's exact
 * test (no value, no df), are not read. The row names are SPSS's own, so no other table reads as
 * these rows.
 */
import type { Extraction, PReport, TestReport } from '../types.ts';
import { parseNum } from './numbers.ts';

const ROW =
  /(?<![\p{L}])(Pearson Chi-Square|Likelihood Ratio|Linear-by-Linear Association|Continuity Correction)\s*(?:[a-d]\s+)?(\d+(?:[.,]\d+)?|[.,]\d+)\s*[a-d]?\s+(\d{1,3})\s+(\d?[.,]\d+|[01])(?![\d.,]*\d|\s*%)/giu;

export function readSpssChiSquareTests(text: string, extraction: Extraction): void {
  for (const m of text.matchAll(ROW)) {
    const at = m.index!;
    const valueAt = at + m[0].indexOf(m[2]!, m[1]!.length);
    const value = parseNum(m[2]!, valueAt);
    const pAt = at + m[0].lastIndexOf(m[4]!);
    const p = parseNum(m[4]!, pAt);
    const df = Number(m[3]);
    if (!value || !p || p.value > 1 || df < 1) continue;
    const end = p.end;
    if (extraction.tests.some((t) => t.place.start < end && t.place.end > at)) continue;
    const pReport: PReport = { op: '=', num: p, oneTailedLabel: false, start: p.start, end: p.end };
    const test: TestReport = {
      kind: 'chi2',
      label: 'χ²',
      op: '=',
      value,
      df: [df],
      p: pReport,
      tails: 'unstated',
      place: { start: valueAt, end, quoteStart: at, quoteEnd: end },
      origin: 'table',
    };
    extraction.tests.push(test);
    extraction.pValues.push({ p: pReport, place: test.place, attached: true });
  }
}
