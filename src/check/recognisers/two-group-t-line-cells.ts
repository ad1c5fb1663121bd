/**
 * A two-group t-test table stored one cell per line, its t and p in one cell "t(p)": each
 * row's label, then "7.28 ± 1.77", "5.41 ± 1.06", "−3.74(<.001)", under a header naming that
 * cell "t(p value)" and the two groups' sizes ("Experimental (n = 30)", "Control (n = 30)";
 * ./split-group-sizes.ts). As in ./two-group-t-rows.ts (the same table with a row per line), the
 * sizes make the df (n₁ + n₂ − 2), so p is checked against t(df) and t against the means and
 * SDs. Blank lines between cells are skipped. A text that says its tests are paired, Welch's,
 * rank tests, one-tailed or adjusted is not read: its p is not that of Student's t with those df.
 * The table need not say which t it is, so a p that fits Welch's t (its df from the printed SDs
 * and sizes) and not Student's is read at Welch's df, as the t itself is held to either.
 */
import type { Num, PReport, TwoGroupTReport, Extraction } from '../types.ts';
import { linesWithOffsets } from './lines.ts';
import { parseNum } from './numbers.ts';
import { allowedRange, pFits } from '../checks/p-from-statistic.ts';
import { splitGroupSizes } from './split-group-sizes.ts';
import { tableTTest } from './table-t-tests.ts';

/** The header naming the t-with-p cell: "t(p value)", "t (p-value)", "t(p valueᵇ)". */
const T_P_HEADER = /(?<![\p{L}\p{N}])t\s*\(\s*p[\s-]*value/iu;
const MEAN_SD = /^\s*([-−–]?\d+(?:\.\d+)?)\s*±\s*(\d+(?:\.\d+)?)\s*$/u;
const T_P = /^\s*([-−–]?\d+\.\d+)\s*\(\s*([<>]?)\s*(\d*\.\d+)\s*\)\s*$/u;
/** Words saying the p is not that of a two-sided pooled t between two independent groups. */
const NOT_POOLED =
  /\b(?:paired|dependent[-\s]samples?|welch|mann|whitney|wilcoxon|adjusted|bonferroni|holm|fdr|corrected|one[\s-](?:tailed|sided)|ancova|covariates?)\b/iu;

export function readTwoGroupTLineCells(text: string, extraction: Extraction): TwoGroupTReport[] {
  const out: TwoGroupTReport[] = [];
  if (!text.includes('±') || !T_P_HEADER.test(text) || NOT_POOLED.test(text)) return out;
  const all = linesWithOffsets(text);
  // Cells a blank line apart are the same table's: read the non-blank lines.
  const kept = all.lines.map((l, i) => [l, all.offsets[i]!] as const).filter(([l]) => l.trim() !== '');
  const lines = kept.map(([l]) => l);
  const numIn = (i: number, raw: string, from = 0): Num | null => {
    const at = lines[i]!.indexOf(raw, from);
    return parseNum(raw.replace(/^[−–]/u, '-'), kept[i]![1] + at);
  };
  for (let i = 0; i + 2 < lines.length; i++) {
    const a = MEAN_SD.exec(lines[i]!);
    const b = a && MEAN_SD.exec(lines[i + 1]!);
    const c = b && T_P.exec(lines[i + 2]!);
    if (!a || !b || !c) continue;
    const split = splitGroupSizes(lines, i);
    if (!split || !T_P_HEADER.test(split.header) || split.sizes.some((n) => n < 2)) continue;
    const m1 = numIn(i, a[1]!);
    const s1 = numIn(i, a[2]!, lines[i]!.indexOf('±'));
    const m2 = numIn(i + 1, b[1]!);
    const s2 = numIn(i + 1, b[2]!, lines[i + 1]!.indexOf('±'));
    const t = numIn(i + 2, c[1]!);
    const p = numIn(i + 2, c[3]!, lines[i + 2]!.indexOf('('));
    if (!m1 || !s1 || !m2 || !s2 || !t || !p || p.value > 1) continue;
    const [n1, n2] = split.sizes;
    const df = n1 + n2 - 2;
    const lastLine = kept[i + 2]!;
    const place = {
      start: t.start,
      end: p.end + 1,
      quoteStart: kept[i]![1],
      quoteEnd: lastLine[1] + lastLine[0].length,
    };
    out.push({
      t,
      df,
      groups: [
        { mean: m1, sd: s1, n: n1 },
        { mean: m2, sd: s2, n: n2 },
      ],
      place: { ...place, start: t.start, end: p.end + 1 },
    });
    i += 2;
    if (extraction.tests.some((x) => x.place.start < place.end && x.place.end > place.start)) continue;
    const op = c[2] === '<' ? '<' : c[2] === '>' ? '>' : '=';
    const pReport: PReport = { op, num: p, oneTailedLabel: false, start: p.start, end: p.end };
    const test = tableTTest(t, df, pReport, 'unstated', place);
    const welch = welchDf(s1.value, n1, s2.value, n2);
    if (welch !== null && !pFits(allowedRange(test, [df]), pReport) && pFits(allowedRange(test, [welch]), pReport))
      test.df = [welch];
    extraction.tests.push(test);
    extraction.pValues.push({ p: pReport, place: test.place, attached: true });
  }
  return out;
}

/** Welch–Satterthwaite df of two groups' SDs and sizes, or null when both SDs are 0. */
function welchDf(s1: number, n1: number, s2: number, n2: number): number | null {
  const v1 = (s1 * s1) / n1;
  const v2 = (s2 * s2) / n2;
  const denominator = (v1 * v1) / (n1 - 1) + (v2 * v2) / (n2 - 1);
  return denominator > 0 ? (v1 + v2) ** 2 / denominator : null;
}
