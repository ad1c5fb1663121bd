/**
 * Minitab's t-test output pasted as text (`Paired T for Before - After`, then a table headed
 * `N Mean StDev SE Mean` with one row per sample and, for a paired test, a `Difference` row,
 * then `95% CI for mean difference: (0.477, 4.190)` and `T-Test of mean difference = 0 (vs ≠
 * 0): T-Value = 2.70  P-Value = 0.017`; a two-sample test prints `DF = 18` after its p). Each
 * row is a mean with its SD, SE and N (the SE is checked against SD/√N); a paired test's t has
 * N − 1 df from the Difference row and is checked against the mean difference and its SE, and
 * its interval is the mean difference's; a two-sample test's t takes the DF it prints.
 */
import type { Extraction, Num, Place, PReport } from '../types.ts';
import { parseNum } from './numbers.ts';
import { linesWithOffsets } from './lines.ts';
import { tableTTest } from './table-t-tests.ts';

const N = String.raw`-?\d*\.?\d+`;
const HEADER = /^\s*N\s+Mean\s+StDev\s+SE\s+Mean\s*$/u;
const ROW = new RegExp(String.raw`^\s*(\S.*?)\s+(\d+)\s+(${N})\s+(${N})\s+(${N})\s*$`, 'u');
const PAIRED = /\bPaired\s+T\b/u;
const T_LINE = new RegExp(String.raw`T-Value\s*=\s*(${N})\s+P-Value\s*=\s*(\d*\.?\d+)(?:\s+DF\s*=\s*(\d+))?`, 'u');
const CI_LINE = new RegExp(
  String.raw`(\d+(?:\.\d+)?)%\s+CI\s+for\s+(?:mean\s+)?difference:\s*\(\s*(${N})\s*,\s*(${N})\s*\)`,
  'u',
);
/** How many lines after the rows the CI and the T-Value line are looked for. */
const AFTER_LINES = 8;

const at = (m: RegExpExecArray, g: number, lineStart: number): Num | null =>
  parseNum(m[g]!, lineStart + m.indices![g]![0]);

export function readMinitabTOutput(text: string, extraction: Extraction): void {
  if (!text.includes('StDev') || !text.includes('SE Mean')) return;
  const { lines, offsets } = linesWithOffsets(text);
  const rowRe = new RegExp(ROW.source, 'du');
  for (let h = 0; h < lines.length; h++) {
    if (!HEADER.test(lines[h]!)) continue;
    const title = lines.slice(Math.max(0, h - 4), h).join('\n');
    let difference: { mean: Num; sd: Num; se: Num; n: number; place: Place } | null = null;
    let i = h + 1;
    for (; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.trim() === '') continue;
      const m = rowRe.exec(line);
      if (!m) break;
      const start = offsets[i]!;
      const [mean, sd, se] = [3, 4, 5].map((g) => at(m, g, start));
      const n = Number(m[2]);
      if (!mean || !sd || !se || n < 2 || sd.value < 0 || se.value <= 0) break;
      const place: Place = { start: mean.start, end: se.end, quoteStart: start, quoteEnd: start + line.length };
      const isDifference = /^Difference$/iu.test(m[1]!.trim());
      extraction.descriptives.push({
        kind: isDifference ? 'difference' : 'mean',
        label: m[1]!.trim(),
        mean,
        sd,
        se,
        n,
        items: null,
        integerEvidence: null,
        itemMeanUnknownCount: false,
        place,
        origin: 'table',
      });
      if (isDifference) difference = { mean, sd, se, n, place };
    }
    // The interval and the test below the rows.
    let ci: { level: number; lower: Num; upper: Num } | null = null;
    for (let k = i; k < Math.min(lines.length, i + AFTER_LINES); k++) {
      const line = lines[k]!;
      const start = offsets[k]!;
      const c = new RegExp(CI_LINE.source, 'du').exec(line);
      if (c) {
        const lower = at(c, 2, start);
        const upper = at(c, 3, start);
        if (lower && upper && lower.value < upper.value) ci = { level: Number(c[1]), lower, upper };
        continue;
      }
      const tm = new RegExp(T_LINE.source, 'du').exec(line);
      if (!tm) continue;
      const t = at(tm, 1, start);
      const p = at(tm, 2, start);
      if (!t || !p || p.value > 1) break;
      const paired = PAIRED.test(title) && difference !== null;
      const df = tm[3] !== undefined ? Number(tm[3]) : paired ? difference!.n - 1 : null;
      if (df === null || df < 1) break;
      if (extraction.tests.some((x) => x.place.start <= t.start && t.start < x.place.end)) break;
      const place: Place = { start: t.start, end: p.end, quoteStart: start, quoteEnd: start + line.length };
      const pReport: PReport = { op: '=', num: p, oneTailedLabel: false, start: p.start, end: p.end };
      extraction.tests.push(tableTTest(t, df, pReport, 'two', place));
      extraction.pValues = extraction.pValues.filter((x) => x.p.start !== p.start);
      extraction.pValues.push({ p: pReport, place, attached: true });
      if (paired && difference) {
        extraction.tFromMeans.push({
          t,
          mean: difference.mean,
          sd: null,
          se: difference.se,
          n: 0,
          place: { ...difference.place, end: t.end },
        });
        if (ci)
          extraction.estimates.push({
            family: 'mean',
            label: 'Mean Difference',
            value: difference.mean,
            ci: { level: ci.level, lower: ci.lower, upper: ci.upper, start: ci.lower.start, end: ci.upper.end },
            p: pReport,
            se: difference.se,
            df,
            place: { ...difference.place, end: ci.upper.end },
            origin: 'table',
          });
      }
      break;
    }
  }
}
