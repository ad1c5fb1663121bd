/**
 * Rows of a paired t-test table that lost its layout in page or PDF text, broken over lines
 * anywhere: "Perawat gigi 7,32±2,221 7,84±1,667 +0,52±1,803 -1,780 0,083 38" under a header
 * "… Selisih t p df" — the mean±SD before and after, the mean difference±its SD, then t, p and
 * df in the header's order. Each row is a t-test (its p is checked against t and df) and a t
 * from a mean difference (t must be d/(SD/√n) with n = df + 1).
 */
import type { Extraction, Num, Place } from '../types.ts';
import { parseNum } from './numbers.ts';

const NUM = String.raw`\d+(?:[.,]\d+)?`;
const PM = String.raw`([-+−–]?${NUM})\s*±\s*(${NUM})`;
const ROW = new RegExp(
  String.raw`(?<![\p{N}.,±])${PM}\s+${PM}\s+${PM}\s+([-−–]?\d+[.,]\d+|\d*[.,]\d+|\d{1,4})\s+([-−–]?\d+[.,]\d+|\d*[.,]\d+|\d{1,4})\s+([-−–]?\d+[.,]\d+|\d*[.,]\d+|\d{1,4})(?![\p{N}±]|[.,]\d)`,
  'gdu',
);
/** The header's last three columns: t, p and df in either order of p and df. */
const HEADER = /(?:^|\s)t\s+(?:(p|sig\.?)\s+(df|db)|(df|db)\s+(p|sig\.?))(?=\s|$)/im;

const num = (raw: string, at: number): Num | null => parseNum(raw.replace(/^[−–]/, '-').replace(/^\+/, ''), at);

/**
 * "7,85±1,406 8,05±1,395 +0,20±1,005": a difference equal to the difference of the two printed
 * means may have been computed from them (8,05 − 7,85), after their rounding: it carries both
 * roundings, [0,19; 0,21], not its own [0,195; 0,205], while t was computed from the data.
 */
function subtractedWidth(before: Num | null, after: Num | null, diff: Num): number {
  if (!before || !after) return diff.half;
  const step = 10 ** -diff.decimals;
  const subtracted = Math.abs(after.value - before.value);
  return Math.abs(subtracted - Math.abs(diff.value)) < step / 100
    ? Math.max(diff.half, before.half + after.half)
    : diff.half;
}

export function readPairedTRows(text: string, out: Extraction): void {
  if (!text.includes('±')) return;
  for (const m of text.matchAll(ROW)) {
    const header = HEADER.exec(text.slice(Math.max(0, m.index! - 800), m.index!));
    if (!header) continue;
    const dfFirst = header[3] !== undefined;
    const idx = m.indices!;
    const at = (k: number) => idx[k]![0];
    const diff = num(m[5]!, at(5));
    const sdDiff = num(m[6]!, at(6));
    const t = num(m[7]!, at(7));
    const p = num(dfFirst ? m[9]! : m[8]!, at(dfFirst ? 9 : 8));
    const dfRaw = dfFirst ? m[8]! : m[9]!;
    if (!diff || !sdDiff || !t || !p || !/^\d{1,4}$/.test(dfRaw) || t.decimals === 0) continue;
    const df = Number(dfRaw);
    if (df < 1 || p.value > 1 || sdDiff.value <= 0) continue;
    const place: Place = { start: m.index!, end: idx[0]![1], quoteStart: m.index!, quoteEnd: idx[0]![1] };
    const width = subtractedWidth(num(m[1]!, at(1)), num(m[3]!, at(3)), diff);
    out.tests.push({
      kind: 't',
      label: 't',
      op: '=',
      value: t,
      df: [df],
      p: { op: '=', num: p, oneTailedLabel: false, start: p.start, end: p.end },
      tails: 'unstated',
      place: { ...place, start: t.start },
      origin: 'table',
    });
    // The sign of a paired t depends on which measurement is subtracted, the printed difference says
    // only the direction of change: their sizes are compared.
    out.tFromMeans.push({
      t,
      mean: { ...diff, value: Math.abs(diff.value) * (t.value < 0 ? -1 : 1), half: width },
      sd: sdDiff,
      se: null,
      n: df + 1,
      place,
    });
  }
}
