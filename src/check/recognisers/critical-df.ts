/**
 * Degrees of freedom printed only with a statistic's critical value. Theses in Indonesian often
 * report "diperoleh nilai F=11,329 dan probabilitas 0,03" and give the df a few sentences later,
 * where the table value is looked up: "F tabel (n1=3,n2=8) 4,07", "F tabel (3;8)",
 * "F(0,05;3;8)", "t tabel (0,025;30)", "t tabel (df = 30)", or the spreadsheet call
 * "=tinv(0,05;7)". A t or F read without (all of) its df takes them from such a notation of its
 * own kind in the same passage (within PASSAGE characters) when every notation of that kind there
 * gives the same df; a test printed with its df, or a passage whose notations disagree, is left
 * as it is.
 */
import type { Extraction, TestReport } from '../types.ts';
import { dfStatedWithCriticalT } from './critical-df-statements.ts';

/** How far (in characters, either side) a notation may sit from the test it serves. */
const PASSAGE = 1200;

const TABLED = String.raw`(?:[_\s-]*\(?\s*(?:tabel|table|kritis|critical|crit)\b\s*\)?)`;
const LEVEL = String.raw`(?:(?:α|alpha|a)\s*(?:\/\s*2\s*)?=?\s*)?0?[.,]\d+\s*[;,]\s*`;
const NUM = String.raw`(\d{1,4})`;
/** F's two df: "F tabel (n1=3,n2=8)", "F tabel (3;8)", "F tabel (0,05;3;8)", "F(0,05; 3; 8)". */
const F_NOTATION = new RegExp(
  String.raw`(?<![\p{L}])F(?:${TABLED}\s*\(\s*(?:${LEVEL})?|\s*\(\s*${LEVEL})` +
    String.raw`(?:(?:n|v|df|db|dk)\s*1\s*=\s*)?${NUM}\s*[;,]\s*(?:(?:n|v|df|db|dk)\s*2\s*=\s*)?${NUM}\s*\)`,
  'giu',
);
/** t's df: "t tabel (0,025;30)", "t tabel (df = 30)", "t(0,025; 30)", "=tinv(0,05;7)". */
const T_NOTATION = new RegExp(
  String.raw`(?:(?<![\p{L}])t(?:${TABLED}\s*\(\s*(?:${LEVEL})?|\s*\(\s*${LEVEL})(?:(?:df|db|dk)\s*=\s*)?${NUM}\s*\)` +
    String.raw`|\b(?:t\.?inv(?:\.2t)?)\s*\(\s*0?[.,]\d+\s*[;,]\s*${NUM}\s*\))`,
  'giu',
);

interface Notation {
  at: number;
  df: number[];
  /** The span of text whose tests it may serve, when narrower than the passage around it. */
  from?: number;
  to?: number;
}

function notations(text: string, re: RegExp, count: number): Notation[] {
  const out: Notation[] = [];
  for (const m of text.matchAll(re)) {
    const df = m
      .slice(1)
      .filter((g) => g !== undefined)
      .map(Number);
    if (df.length === count && df.every((d) => d > 0)) out.push({ at: m.index!, df });
  }
  return out;
}

/** Gives a t or F that lacks df the df of the critical value its passage looks up. */
export function fillDfFromCriticalValues(text: string, extraction: Extraction): void {
  const byKind: Record<'t' | 'F', Notation[]> = {
    F: notations(text, F_NOTATION, 2),
    t: [...notations(text, T_NOTATION, 1), ...dfStatedWithCriticalT(text)],
  };
  for (const test of extraction.tests) {
    if (test.kind !== 't' && test.kind !== 'F') continue;
    const needed = test.kind === 'F' ? 2 : 1;
    if ((test.df?.length ?? 0) >= needed && test.df!.every((d) => d > 0)) continue;
    const near = byKind[test.kind].filter(
      (n) =>
        n.at >= test.place.start - PASSAGE &&
        n.at <= test.place.end + PASSAGE &&
        (n.from === undefined || (test.place.start >= n.from && test.place.end <= n.to!)),
    );
    if (near.length === 0) continue;
    const key = near[0]!.df.join(';');
    if (!near.every((n) => n.df.join(';') === key)) continue;
    setDf(test, near[0]!.df);
  }
}

function setDf(test: TestReport, df: number[]): void {
  test.df = [...df];
}
