/**
 * The answers to one questionnaire statement given as shares, each named by its Likert code
 * in brackets: "14,6% (SS), 62,5% (S), 20,8% (TS), dan 4,2% (STS)". Each respondent gives one
 * answer, so the shares are one distribution. Read only as a run of three or more such shares,
 * their codes all different and from one agreement scale, with nothing but commas, semicolons
 * and "dan/and" between them.
 */
import type { Num } from '../types.ts';
import { parseNum } from './numbers.ts';

/** The codes of an agreement scale: sangat setuju … sangat tidak setuju (and their middles). */
const CODES = new Set(['SS', 'S', 'N', 'R', 'RR', 'KS', 'CS', 'TS', 'STS']);
/** The full scales: a list that names every answer of one of them has left none out. */
const FULL_SCALES: readonly (readonly string[])[] = [
  ['SS', 'S', 'TS', 'STS'],
  ['SS', 'S', 'N', 'TS', 'STS'],
  ['SS', 'S', 'R', 'TS', 'STS'],
  ['SS', 'S', 'RR', 'TS', 'STS'],
  ['SS', 'S', 'KS', 'TS', 'STS'],
  ['SS', 'S', 'CS', 'TS', 'STS'],
];
const SHARE = /(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s*%\s*\(\s*([A-Z]{1,3})\s*\)/gu;
const BETWEEN = /^\s*(?:[,;]\s*)?(?:(?:dan|and)\s+)?$/iu;

export interface LikertShareList {
  shares: Num[];
  codes: string[];
  /** Whether the codes name every answer of a scale. */
  complete: boolean;
  start: number;
  end: number;
}

export function readLikertShareLists(text: string): LikertShareList[] {
  const out: LikertShareList[] = [];
  let run: { share: Num; code: string; end: number }[] = [];
  const flush = () => {
    const codes = run.map((r) => r.code);
    if (run.length >= 3 && new Set(codes).size === codes.length) {
      const set = new Set(codes);
      out.push({
        shares: run.map((r) => r.share),
        codes,
        complete: FULL_SCALES.some((s) => s.length === set.size && s.every((c) => set.has(c))),
        start: run[0]!.share.start,
        end: run.at(-1)!.end,
      });
    }
    run = [];
  };
  for (const m of text.matchAll(SHARE)) {
    const share = parseNum(m[1]!, m.index);
    const code = m[2]!;
    const last = run.at(-1);
    if (last && !BETWEEN.test(text.slice(last.end, m.index))) flush();
    if (!share || !CODES.has(code) || share.value > 100) {
      flush();
      continue;
    }
    run.push({ share, code, end: m.index + m[0].length });
  }
  flush();
  return out;
}
