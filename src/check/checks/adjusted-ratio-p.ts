/**
 * An adjusted ratio (AOR, aHR, "Adj OR", "adjusted odds ratio") comes from a regression model,
 * and its software prints the interval and the p of the same Wald test: exp(b ± z·SE) and
 * p = 2Φ(−|b/SE|). The allowance the interval check gives a ratio's p (a factor of two, or 15%
 * of z, for a p that may come from a χ², likelihood-ratio or exact test of the counts) does not
 * apply to it: its p must match the interval's Wald p within rounding. "2.50 (1.45, 4.33)" gives
 * p 0.0010–0.0011, and "1.89 (1.10–3.23)" 0.019–0.022, so a printed 0.01 is an error.
 *
 * A ratio counts as adjusted when its label says so, or when its row stands in a table whose
 * header (the lines from the table's caption, or its block's start, to the row) names adjusted
 * ratios and it is the row's last ratio with an interval (crude columns come before adjusted
 * ones, and a crude ratio's p may be a χ² test's). A p printed before the ratio, or a table or
 * sentence that names a test of the counts (χ², Fisher, bivariate), keeps the allowance: such a
 * p is from the crude analysis. So does a model whose p or interval is not the Wald pair (a
 * likelihood-ratio or exact p, Firth's penalised fit, a bootstrap interval, a mixed model), and a
 * p labelled crude. Tables of profile-likelihood intervals are already left out
 * (not-wald-tables.ts).
 */
import type { EstimateReport, Extraction } from '../types.ts';
import { blockOf, blockStarts } from '../blocks.ts';
import type { CheckContext } from './check.ts';

/** Adjusted-ratio labels: "AOR", "aHR", "Adj OR", "Adj. RR", "OR adj", "adjusted odds ratio", "OR yang disesuaikan". */
const ADJUSTED_RATIO = [
  // Case matters for the prefixed forms: "Apr" and "arr" are words.
  /(?<![\p{L}\p{N}])[aA](?:OR|HR|RR|PR|IRR)(?![\p{L}\p{N}])/u,
  /\badj(?:usted)?\.?\s*(?:OR|HR|RR|PR|IRR)\b|\b(?:OR|HR|RR|PR|IRR)\s*[(\s]\s*adj(?:usted)?\b|\badjusted\s+(?:odds|hazards?|risk|prevalence|rate)\s+ratios?\b|\b(?:OR|HR|RR|PR|rasio\s+odds)\s+(?:yang\s+)?disesuaikan\b/iu,
];
const namesAdjustedRatio = (s: string): boolean => ADJUSTED_RATIO.some((r) => r.test(s));
/** A test of the counts, or a bivariate (crude) analysis, named where the p may be its. */
const COUNT_OR_CRUDE_P =
  /chi[\s-]*squares?|kai[\s-]*kuadrat|χ\s*²|χ2|\bx2\b|\bFisher|\bexact\s+test|uji\s+eksak|\bYates|\bbivariat|\bunivariat|\blog[\s-]?rank/iu;
/**
 * A model whose interval or p is not the Wald pair of the same fit: a likelihood-ratio, exact,
 * penalised (Firth), Bayesian or permutation p, a bootstrap or profile interval, a mixed model
 * (whose software may test on t with its own df).
 */
const NOT_WALD_P =
  /likelihood[\s-]*ratio|\bLR\s*tests?\b|\bLRT\b|\bexact\b|\bFirth|penali[sz]ed|bootstrap|\bprofile|\bmixed\b|multi-?level|hierarchical|random[\s-]effects?|\bBayes|credible|permutation|rasio\s+kemungkinan|\beksak\b/iu;
/** A crude (unadjusted) ratio column named beside the adjusted one. */
const CRUDE_RATIO = /(?<![\p{L}\p{N}])[cC](?:OR|HR|RR|PR)(?![\p{L}\p{N}])|\b(?:crude|unadjusted|kasar)\b/iu;
/** A p column of another hypothesis than the row's ratio: a trend across the rows, an interaction, heterogeneity. */
const OTHER_P = /\btrend|\btren\b|\binteracti|\binteraksi|\bheterogen/iu;
/** A table caption line: the header of a table starts no earlier than it. */
const CAPTION = /(?:^|\n)[ \t]*(?:Table|Tabel)\s+[\dIVXivx]+/gu;
/** How far above its row a table's header may lie. */
const REACH = 3000;

const startsCache = new WeakMap<object, number[]>();

/** The text above the estimate's row that can hold its table's header. */
function headerAbove(ctx: CheckContext, e: EstimateReport): string {
  const text = ctx.source.text;
  let starts = startsCache.get(ctx.source);
  if (!starts) startsCache.set(ctx.source, (starts = blockStarts(text)));
  const rowStart = e.place.quoteStart;
  const from = Math.max(0, rowStart - REACH);
  const window = text.slice(from, rowStart);
  let caption = -1;
  for (const m of window.matchAll(CAPTION)) caption = m.index!;
  const start = caption >= 0 ? from + caption : Math.max(from, blockOf(starts, rowStart));
  return text.slice(start, rowStart);
}

/** Is this ratio an adjusted one whose printed p is its model's Wald p? */
export function adjustedRatioP(ctx: CheckContext, e: EstimateReport): boolean {
  const ci = e.ci;
  if (e.family !== 'ratio' || !ci || !e.p || e.p.start < ci.end) return false;
  const quote = ctx.source.text.slice(e.place.quoteStart, e.place.quoteEnd);
  const header = e.origin === 'table' ? headerAbove(ctx, e) : '';
  const around = `${header}\n${quote}`;
  if (COUNT_OR_CRUDE_P.test(around) || OTHER_P.test(around) || NOT_WALD_P.test(around)) return false;
  // A p labelled as the crude one ("AOR 1.89, 95% CI 1.10–3.23; crude p = 0.010").
  if (CRUDE_RATIO.test(ctx.source.text.slice(ci.end, e.p.start))) return false;
  if (namesAdjustedRatio(e.label)) return true;
  if (namesAdjustedRatio(quote) && !CRUDE_RATIO.test(quote)) return true;
  if (!namesAdjustedRatio(header)) return false;
  const row = rowIntervals(ctx.extraction).get(e.place.quoteStart) ?? [];
  // The row's last ratio with an interval: the others are the crude columns…
  if (row.some((start) => start > ci.start)) return false;
  // …and where the table has crude columns too, a row with one ratio may have only its crude one.
  return !CRUDE_RATIO.test(header) || row.some((start) => start < ci.start);
}

const rowsCache = new WeakMap<Extraction, Map<number, number[]>>();

/** Where each row's ratio intervals start, by the row's quote start: one pass, not one per ratio. */
function rowIntervals(extraction: Extraction): Map<number, number[]> {
  let rows = rowsCache.get(extraction);
  if (rows) return rows;
  rows = new Map();
  for (const o of extraction.estimates) {
    if (o.family !== 'ratio' || !o.ci) continue;
    const starts = rows.get(o.place.quoteStart);
    if (starts) starts.push(o.ci.start);
    else rows.set(o.place.quoteStart, [o.ci.start]);
  }
  rowsCache.set(extraction, rows);
  return rows;
}
