/**
 * Odds, risk and hazard ratios in the rows of published tables (./published-rows.ts): a ratio
 * with its interval in one cell (`2.5 (1.5–4.2)`), or a ratio cell followed by an interval
 * cell (`1.105 | [1.095–1.115]`, `0.64 | 0.05–7.63`), with a standard error between them
 * (`0.62 | 0.05 | 0.53 to 0.71`); the row's p is the number right after the interval
 * (`<0.001`, `0.030*`), unless that number starts the next ratio (univariate and
 * multivariate columns side by side).
 *
 * Read only near words that name a ratio (OR, AOR, COR, RR, HR, odds, hazard ratio, Exp(B))
 * within the 40 rows above, and never in rows about medians, means, SDs or ranges, whose
 * intervals are not confidence intervals, nor in running text (the sentence reader's).
 */
import type { EstimateReport, Extraction, Num, PReport } from '../types.ts';
import { isProse, rowIndexer, type PublishedRow, type RowToken } from './published-rows.ts';
import { boundPrintedAsPercent, printedAsPercent } from './percent-not-ratio.ts';
import { pColumnBeforeRatio } from './ratio-header.ts';
import { withoutGluedLabel } from './glued-ratio-labels.ts';
import { runsIntoCounts } from './counts-glued-ratios.ts';
import { pAcrossColumnCell } from './column-cell-p.ts';
import { onlyAcrossColumnsP } from './trend-p-column.ts';
import { intervalColumnKinds } from './interval-columns.ts';
import { mayBeRatioOfNextCell } from './ratio-cell-of-interval.ts';
import { dashIsMinusSign } from './minus-not-range.ts';
import { withLostPoint } from './lost-point-bounds.ts';
import { referenceRatioColumns } from './reference-label-columns.ts';
import { unreadCellBetween } from './unread-cells-before-interval.ts';

/** Abbreviations are matched in capitals only ("or" is a word). */
const RATIO_ABBR = /\b(?:[ac]?ORs?|[CA]ORs?|RRs?|HRs?|IRRs?)\b/g;
const RATIO_WORD = /odds|hazard ratio|risk ratio|rate ratio|prevalence ratio|exp\s*\(\s*b\s*\)/gi;
const NOT_RATIO_ROW = /median|\biqr\b|interquartile|range|\bmean\b|\bsd\b|±|std\.?\s*dev/i;
const CONTEXT_ROWS = 40;
/** Rows a table of ratios may go without one (a variable's heading, its reference row) and
 *  still be the same table: its header's ratio word then serves rows more than 40 below it. */
const TABLE_GAP_ROWS = 4;
/** A reference category's cell in a ratio column. */
const REFERENCE_CELL = /\bRef(?:erence)?\b\.?|\bReferensi\b|\bPembanding\b/gi;

function within(v: Num, lower: Num, upper: Num): boolean {
  return v.value + v.half >= lower.value - lower.half && v.value - v.half <= upper.value + upper.half;
}

function pOf(t: RowToken | undefined, next: RowToken | undefined): PReport | null {
  if (!t || t.kind !== 'num') return null;
  if (t.num.value > 1 || t.num.value < 0) return null;
  if (t.op === '=' && (t.num.decimals === 0 || next?.kind === 'interval')) return null;
  return { op: t.op, num: t.num, oneTailedLabel: false, start: t.start, end: t.end };
}

function labelOf(word: string): string {
  if (/hazard|^HRs?$/i.test(word)) return 'HR';
  if (/risk ratio|^RRs?$/i.test(word)) return 'RR';
  if (/^IRRs?$/i.test(word) || /rate ratio/i.test(word)) return 'IRR';
  if (/exp/i.test(word)) return 'Exp(B)';
  return 'OR';
}

export function readRatioRows(text: string, rows: PublishedRow[], out: Extraction): void {
  // The row of every ratio word, to know whether a row is near one.
  const rowOf = rowIndexer(rows);
  const words = [...text.matchAll(RATIO_ABBR), ...text.matchAll(RATIO_WORD)]
    .map((m) => ({ row: rowOf(m.index), word: m[0], at: m.index }))
    .sort((a, b) => a.row - b.row);
  if (words.length === 0) return;
  const taken = new Set<number>();
  for (const e of out.estimates) {
    taken.add(e.value.start);
    if (e.ci) taken.add(e.ci.lower.start);
  }
  const levelOf = (at: number) => {
    const before = text.slice(Math.max(0, at - 3000), at);
    const m = [...before.matchAll(/(\d{2})\s*%\s*(?:CI|C\.I\.|confidence)/gi)].pop();
    return m ? Number(m[1]) : 95;
  };

  let w = 0;
  // The ratio columns of a table that marks its reference categories: as many as the
  // reference row has "Ref." cells (its ratios are those cells, so its numbers are not ratios).
  let refColumns = 0;
  // The last row read as ratios and the ratio word it was read under.
  let lastRatioRow = Number.NEGATIVE_INFINITY;
  let lastRatioWord = -1;
  rows.forEach((row, index) => {
    while (w + 1 < words.length && words[w + 1]!.row <= index) w++;
    const word = words[w]!;
    const sameTable = lastRatioWord === w && index - lastRatioRow <= TABLE_GAP_ROWS;
    if (word.row > index || (index - word.row > CONTEXT_ROWS && !sameTable)) return;
    const pFirst = pColumnBeforeRatio(text, word.at, word.word.length);
    const noOwnP = onlyAcrossColumnsP(text.slice(word.at, row.start));
    const lineStart = text.lastIndexOf('\n', word.at) + 1;
    const lineEnd = text.indexOf('\n', word.at);
    const kinds = intervalColumnKinds(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
    if (NOT_RATIO_ROW.test(row.label) || isProse(row)) return;
    const refs = text.slice(row.start, row.end).match(REFERENCE_CELL)?.length ?? 0;
    if (refs > 0) {
      refColumns = referenceRatioColumns(text, row, refs);
      return;
    }
    const place = { start: row.start, end: row.end, quoteStart: row.start, quoteEnd: row.end };
    const t = row.tokens;
    // Interval cells before the ratio columns (a proportion with its interval, say) are not ratios.
    const intervalsAt = t.flatMap((tok, k) => (tok.kind === 'ratioCi' || tok.kind === 'interval' ? [k] : []));
    const firstRatio =
      refColumns > 0 && intervalsAt.length > refColumns ? intervalsAt[intervalsAt.length - refColumns]! : 0;
    // A header naming a coefficient's or a difference's interval beside the ratio's
    // (./interval-columns.ts): only the intervals under its ratio headings, one per heading.
    if (kinds && kinds.length !== intervalsAt.length) return;
    const notRatio = new Set(kinds ? intervalsAt.filter((_, j) => kinds[j] === 'other') : []);
    for (let k = firstRatio; k < t.length; k++) {
      const tok = t[k]!;
      if (notRatio.has(k)) continue;
      let value: Num | null = null;
      let lower: Num | null = null;
      let upper: Num | null = null;
      /** The token index of the ratio's value. */
      let valueAt = k;
      if (tok.kind === 'ratioCi') {
        ({ lower, upper } = tok);
        // "0.928 (0784–1.099)": a point lost in print (./lost-point-bounds.ts).
        lower = withLostPoint(lower, upper);
        value = withoutGluedLabel(text, tok.value, tok.lower, tok.upper);
        if (runsIntoCounts(value, lower, upper)) continue;
        // The row is read with its pipes blanked: a ratio and an interval in two cells.
        if (text.slice(value.end, lower.start).includes('|') && !mayBeRatioOfNextCell(text, value)) continue;
      } else if (tok.kind === 'interval') {
        ({ lower, upper } = tok);
        if (dashIsMinusSign(text, lower, upper)) continue;
        const a = t[k - 1];
        const b = t[k - 2];
        const near = a?.kind === 'num' && a.op === '=' ? a.num : null;
        const far = b?.kind === 'num' && b.op === '=' ? b.num : null;
        // `OR | SE | CI`: the standard error sits between the ratio and its interval.
        value = near && far && !within(near, lower, upper) && within(far, lower, upper) ? far : near;
        valueAt = value === far ? k - 2 : k - 1;
        if (value && !mayBeRatioOfNextCell(text, value)) continue;
        // "| .82 | 1.16a | .47 – 2.85 |": the interval's own estimate is unread (./unread-cells-before-interval.ts).
        if (value && unreadCellBetween(text, t, valueAt, k)) continue;
      }
      if (!value || !lower || !upper) continue;
      if (printedAsPercent(text, value) || boundPrintedAsPercent(text, lower, upper)) continue;
      // Bounds the wrong way round in one cell ("6.97 (3.59–3.51)") are a misprinted interval, to
      // be checked; alone in a cell they may be any two numbers.
      const reversed = tok.kind === 'ratioCi' && upper.value < lower.value && upper.decimals > 0;
      if (!(value.value > 0 && lower.value >= 0 && (upper.value > lower.value || reversed))) continue;
      // Confidence bounds of a ratio carry decimals; `13-65` is a range of ages.
      if (lower.decimals === 0 && upper.decimals === 0) continue;
      if (taken.has(value.start) || taken.has(lower.start)) continue;
      let p = noOwnP ? null : pFirst ? pOf(t[valueAt - 1], t[valueAt]) : pOf(t[k + 1], t[k + 2]);
      if (p && !pFirst && pAcrossColumnCell(text, value.start, upper.end, p.start)) p = null;
      const estimate: EstimateReport = {
        family: 'ratio',
        label: labelOf(word.word),
        value,
        ci: { level: levelOf(row.start), lower, upper, start: lower.start, end: upper.end },
        p,
        place,
        origin: 'table',
      };
      out.estimates.push(estimate);
      taken.add(value.start);
      lastRatioRow = index;
      lastRatioWord = w;
    }
  });
}
