/**
 * A crude odds ratio beside the counts it is computed from: "18–25 | 60 | 83 | 1.02(.63-1.68)",
 * or "Yes | 45 (30.2) | 104 (69.8) | 2.3 (1.2–4.1)",
 * each row giving its two outcome counts, one row of each variable marked as the reference
 * ("Above 30 | 70 | 49 | 1.00"). The crude (unadjusted) ratio of a row is its odds over the
 * reference row's odds, (b/a)/(b₀/a₀), or the inverse when the table takes the first outcome's
 * odds, which it does not print: either is accepted. Counts of another kind (group sizes, a
 * total and its part) would make a run of false alarms, so the rows are read only in a text
 * where at least MIN_FITS of them, and MIN_SHARE of all, fit: then a row that fits neither way
 * is a ratio its counts do not give.
 *
 * Only the ratio is checked, not its bounds: a Woolf interval is what a logistic regression with
 * one categorical predictor prints, but Cornfield, exact and mid-p intervals (Epi Info, OpenEpi)
 * of the same counts are not, and nothing in a table says which was used. Adjusted ratios do not
 * follow from the counts: a row is read only below a header naming crude ratios ("COR",
 * "crude", "unadjusted") within HEADER_REACH characters, and only the first ratio after its
 * counts, which is where such tables print the crude one.
 */
import type { Num } from '../types.ts';
import { numInterval, overlaps } from '../rounding.ts';
import { publishedRows, type PublishedRow, type RowToken } from '../recognisers/published-rows.ts';
import { makeFinding, type CheckUnit, type Located } from './check.ts';

const NAMES_CRUDE = /\bCOR\b|\bcrude\b|\bunadjusted\b/giu;
const HEADER_REACH = 3000;
const MIN_FITS = 3;
const MIN_SHARE = 2 / 3;
const MIN_TABLE_SHARE = 1 / 3;

interface CountRow {
  row: PublishedRow;
  a: number;
  b: number;
  ratio: Num;
  reference: boolean;
}

/** A count cell: a whole number, or the count of a count (percentage) cell. */
function countOf(t: RowToken | undefined): number | null {
  if (t?.kind === 'pair') return t.count;
  return t?.kind === 'num' && t.op === '=' && t.num.decimals === 0 && /^\d+$/.test(t.num.raw) ? t.num.value : null;
}

/** The row's first two counts followed by a ratio, and that ratio, or null. */
function countRow(row: PublishedRow): CountRow | null {
  const ts = row.tokens;
  for (let k = 0; k + 2 < ts.length; k++) {
    const a = countOf(ts[k]);
    const b = countOf(ts[k + 1]);
    const r = ts[k + 2]!;
    // Both counts printed alike: two bare numbers, or two count (percentage) cells.
    if (a === null || b === null || ts[k]!.kind !== ts[k + 1]!.kind) continue;
    if (r.kind === 'ratioCi' && r.value.value > 0) return { row, a, b, ratio: r.value, reference: false };
    // The reference row prints 1 (or 1.00) and no interval.
    if (r.kind === 'num' && r.op === '=' && r.num.value === 1) return { row, a, b, ratio: r.num, reference: true };
    // A number in the label ("Above 30 | 70 | 49 | 1.00") comes before the counts.
  }
  return null;
}

interface Compared {
  item: CountRow;
  ref: CountRow;
  odds: number;
}

/**
 * The printed ratio is the counts' ratio rounded, possibly twice: software prints 1.725 for
 * 1.7247 and the table 1.73, so the value rounded to one more decimal may sit on the edge.
 */
function fits(ratio: Num, value: number): boolean {
  const scale = 10 ** (ratio.decimals + 1);
  const once = Math.round(value * scale) / scale;
  return overlaps(numInterval(ratio), [value, value]) || overlaps(numInterval(ratio), [once, once]);
}

/** Each non-reference row with the odds ratio its counts give against its group's one reference row. */
function compared(rows: PublishedRow[], headers: number[]): Compared[] {
  const out: Compared[] = [];
  let group: CountRow[] = [];
  const flush = () => {
    const refs = group.filter((g) => g.reference);
    const ref = refs[0];
    if (refs.length === 1 && ref && ref.a > 0 && ref.b > 0)
      for (const g of group)
        if (!g.reference && g.a > 0 && g.b > 0) out.push({ item: g, ref, odds: g.b / g.a / (ref.b / ref.a) });
    group = [];
  };
  for (const row of rows) {
    const c = countRow(row);
    const underHeader = headers.some((h) => h <= row.start && row.start - h <= HEADER_REACH);
    if (!c || !underHeader) {
      flush();
      continue;
    }
    group.push(c);
  }
  flush();
  return out;
}

export const crudeRatiosFromCountsCheck: CheckUnit = {
  id: 'confidence-interval',
  run(ctx) {
    const text = ctx.source.text;
    const headers = [...text.matchAll(NAMES_CRUDE)].map((m) => m.index);
    if (headers.length === 0) return [];
    const rows = compared(publishedRows(text, ctx.lang), headers);
    const fitsEither = (r: Compared) => fits(r.item.ratio, r.odds) || fits(r.item.ratio, 1 / r.odds);
    const fitting = rows.filter(fitsEither).length;
    if (fitting < MIN_FITS || fitting < MIN_SHARE * rows.length) return [];
    // Each table (the rows under one header) must agree on its own too, so that a table of
    // another kind beside a crude one (a multilevel model's "COR") is not judged by the other's
    // rows: counts fit such ratios by chance rarely (1 of 14 and 2 of 12 rows in two development
    // tables), a crude table with two misprints in three rows still one in three.
    const tableOf = (r: Compared) => Math.max(...headers.filter((h) => h <= r.item.row.start));
    const tables = new Map<number, Compared[]>();
    for (const r of rows) tables.set(tableOf(r), [...(tables.get(tableOf(r)) ?? []), r]);
    const out: Located[] = [];
    for (const r of rows) {
      const { item, ref, odds } = r;
      const table = tables.get(tableOf(r))!;
      if (fitsEither(r) || table.filter(fitsEither).length < table.length * MIN_TABLE_SHARE) continue;
      // The table's own orientation is unknown: the nearer of the two is shown.
      const shown =
        Math.abs(Math.log(item.ratio.value / odds)) <= Math.abs(Math.log(item.ratio.value * odds)) ? odds : 1 / odds;
      out.push(
        makeFinding(
          ctx,
          'confidence-interval',
          'inconsistent',
          { start: item.ratio.start, end: item.ratio.end, quoteStart: item.row.start, quoteEnd: item.row.end },
          `OR = ${item.ratio.raw}; ${item.a}, ${item.b} / ${ref.a}, ${ref.b}`,
          ctx.m.crudeRatioRecomputed(shown),
          ctx.m.crudeRatioNotFromCounts(),
        ),
      );
    }
    return out;
  },
};
