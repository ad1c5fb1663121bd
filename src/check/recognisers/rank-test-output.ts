/**
 * The "Test Statistics" block of a Wilcoxon or Mann–Whitney test as text keeps it: a row of Z
 * values, then a row of their two-sided p, one per column, "Z -2,727 Asymp. Sig. (2-tailed)
 * ,006", "Z 0,00 -0,816 P value 1,00 0,414", "Z -3,920b Asymp. Sig. (2-tailed) ,000" (a
 * footnote letter after a value). Each column is a z test with its p. The rows must have as many
 * values each (up to eight columns), and the passage before them must name a Wilcoxon or
 * Mann–Whitney test with no Kolmogorov–Smirnov test named after it: a Kolmogorov–Smirnov Z has
 * another distribution and is never read here.
 */
import type { Extraction, TestReport } from '../types.ts';
import { parseNum } from './numbers.ts';

/** How far before the block the test must be named. */
const PASSAGE = 1500;
const VALUE = String.raw`[-–]?\s?\d*[.,]\d+[a-z]?`;
const P_LABEL = String.raw`(?:Asymp(?:totic)?\.?\s*Sig\.?\s*(?:\(\s*2[-\s]?tailed\s*\))?|Sig\.?\s*\(\s*2[-\s]?tailed\s*\)|P[\s-]*value|Sig\.)`;
const BLOCK = new RegExp(
  String.raw`(?<![\p{L}])Z\s+((?:${VALUE}\s+){1,8}?)(${P_LABEL})\s*((?:\d*[.,]\d+[a-z]?(?:\s+|$)){1,8})`,
  'gu',
);
const NAMES_RANK_TEST = /wilcoxon|mann[-\s–]*whitney/giu;
const NAMES_KS = /kolmogorov|smirnov/iu;

/** Values as printed, with their offsets, footnote letters dropped. */
function values(raw: string, offset: number) {
  const out: { raw: string; start: number }[] = [];
  for (const m of raw.matchAll(/[-–]\s?\d*[.,]\d+|\d*[.,]\d+/gu))
    out.push({ raw: m[0].replace(/\s/g, ''), start: offset + m.index! });
  return out;
}

export function readRankTestOutput(text: string, extraction: Extraction): void {
  const taken = new Set(extraction.tests.map((t) => t.value.start));
  const dropped = new Set<number>();
  for (const m of text.matchAll(BLOCK)) {
    const at = m.index!;
    const before = text.slice(Math.max(0, at - PASSAGE), at);
    const named = [...before.matchAll(NAMES_RANK_TEST)].at(-1);
    if (!named || NAMES_KS.test(before.slice(named.index!))) continue;
    const zAt = at + m[0].indexOf(m[1]!);
    const labelEnd = m[0].indexOf(m[2]!, m[1]!.length) + m[2]!.length;
    const pAt = at + m[0].indexOf(m[3]!, labelEnd);
    const zs = values(m[1]!, zAt);
    const ps = values(m[3]!, pAt);
    if (zs.length !== ps.length) continue;
    const twoTailed = /2[-\s]?tailed/iu.test(m[2]!);
    for (let i = 0; i < zs.length; i++) {
      const z = parseNum(zs[i]!.raw.replace('–', '-'), zs[i]!.start);
      const p = parseNum(ps[i]!.raw, ps[i]!.start);
      if (!z || !p || p.value > 1 || taken.has(z.start)) continue;
      const test: TestReport = {
        kind: 'z',
        label: 'Z',
        op: '=',
        value: z,
        df: null,
        p: { op: '=', num: p, oneTailedLabel: false, start: p.start, end: p.end },
        tails: twoTailed ? 'two' : 'unstated',
        place: { start: z.start, end: p.end, quoteStart: at, quoteEnd: at + m[0].trimEnd().length },
        origin: 'table',
      };
      extraction.tests.push(test);
      // The p is now read with its Z: a bare p at the same place is dropped (all at the end: a
      // filter of all p-values for each Z was quadratic).
      dropped.add(p.start);
    }
  }
  if (dropped.size > 0) extraction.pValues = extraction.pValues.filter((v) => !dropped.has(v.p.num.start));
}
