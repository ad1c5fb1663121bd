/**
 * The df of F tests printed without them in a table whose header names each F column with its
 * df: "Group F(2, 16), p-value (ES) Time F(1, 16), p-value (ES) Group x Time F(2, 16), p-value
 * (ES)" above rows of "F=1.1, F=33.9, F=4.3," (a two-way or mixed ANOVA's effects side by side).
 * A row line's F's without df take, in order, the df of the header's F columns, when the line has
 * exactly as many of them as the header has F columns.
 *
 * The header is the nearest line above the row (up to 40 lines, not past a caption) that names
 * an F with its df; a line naming F's with and without df, or rows whose F count differs from
 * the header's, are left alone.
 */
import type { Extraction, TestReport } from '../types.ts';
import { lineIndexer, linesWithOffsets } from './lines.ts';

/** `F(2, 16)`, `F (1,16)`: an F column heading with its df. */
const F_DF = /(?<![\p{L}\p{N}])F\s*\(\s*(\d+)\s*[,;]\s*(\d+)\s*\)/gu;
/** An F named with no df (`F =`, `F-value`). */
const BARE_F = /(?<![\p{L}\p{N}])F(?:\s*=|[\s-]*(?:value|ratio)\b)/iu;
const CAPTION = /^\s*(?:Table|Tabel)\s+\d/iu;
const HEADER_LINES = 40;

export function giveHeaderFDf(text: string, extraction: Extraction): void {
  const bare = extraction.tests.filter((t) => t.kind === 'F' && (t.df === null || t.df.length === 0));
  if (bare.length === 0 || text.search(F_DF) < 0) return;
  const { lines, offsets } = linesWithOffsets(text);
  const lineOf = lineIndexer(offsets);
  const byLine = new Map<number, TestReport[]>();
  for (const t of bare) {
    const l = lineOf(t.value.start);
    const list = byLine.get(l) ?? [];
    list.push(t);
    byLine.set(l, list);
  }
  // How many F's each line holds, with df or without.
  const fsOnLine = new Map<number, number>();
  for (const t of extraction.tests)
    if (t.kind === 'F') {
      const l = lineOf(t.value.start);
      if (byLine.has(l)) fsOnLine.set(l, (fsOnLine.get(l) ?? 0) + 1);
    }
  for (const [l, tests] of byLine) {
    let header: number[][] | null = null;
    for (let i = l - 1; i >= Math.max(0, l - HEADER_LINES); i--) {
      const line = lines[i]!;
      const dfs = [...line.matchAll(F_DF)].map((m) => [Number(m[1]), Number(m[2])]);
      if (dfs.length > 0) {
        if (!BARE_F.test(line.replace(F_DF, ''))) header = dfs;
        break;
      }
      if (CAPTION.test(line)) break;
    }
    if (!header || header.length !== tests.length) continue;
    // Every F of the row line is read without df: one read with df would shift the columns.
    if (fsOnLine.get(l) !== tests.length) continue;
    const ordered = [...tests].sort((a, b) => a.value.start - b.value.start);
    ordered.forEach((t, k) => {
      const df = header![k]!;
      if (df[0]! >= 1 && df[1]! >= 1) t.df = [df[0]!, df[1]!];
    });
  }
}
