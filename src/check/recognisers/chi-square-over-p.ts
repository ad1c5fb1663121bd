/**
 * A 2 × 2 block of a two-group table whose statistic column holds the χ² on the block's first
 * row and its p on the second, as a page stores one column "t-test/χ2 … p-values" (cells split
 * by bars or lines): "| Female (n %) | 55 91.7 | 50 94.3 | χ2 0.306 | Male (n %) | 5 8.3 | 3 5.7 |
 * 0.584 |". Two categories in two groups make a χ² of 1 df; the χ² is read with that df and the
 * p below it (the p-value check then recomputes it).
 *
 * Read only when the block leaves no doubt that it is one variable's two categories in two
 * groups: each row is a label without digits and two count–share cells (`55 91.7`, `21 (36.2)`),
 * and in each group the two shares are the two counts over their sum, within rounding (so they
 * add up to 100). A χ² already read is left alone.
 */
import type { Extraction, Num, PReport, TestReport } from '../types.ts';
import { parseNum } from './numbers.ts';

const N = String.raw`\d+(?:\.\d+)?|\.\d+`;
/** A cell border: a bar or a line break, with spaces around. */
const SEP = String.raw`\s*[|\n]\s*`;
/** A count and its share: `55 91.7`, `21 (36.2)`. */
const PAIR = String.raw`(\d+)\s+\(?\s*(${N})\s*%?\s*\)?`;
const LABEL = String.raw`[^\d|\n]+`;
const BLOCK = new RegExp(
  String.raw`(?<=[|\n]\s*)${LABEL}${SEP}${PAIR}${SEP}${PAIR}${SEP}(?:χ\s*2|χ²|chi[\s-]*square|X2)\s*=?\s*(${N})${SEP}${LABEL}${SEP}${PAIR}${SEP}${PAIR}${SEP}([<>]?)\s*(${N})(?=\s*[|\n]|\s*$)`,
  'gdiu',
);

/** How far before a block its table's header may name the column's p. */
const HEADER_REACH = 1500;
/** The header names a p (`χ2/p`, `p-values`, `Sig.`) … */
const P_NAMED = /(?<![\p{L}])(?:p|sig\.?)(?:[\s-]*values?)?(?![\p{L}\p{N}])/iu;
/** … and no other number the cell under the χ² could hold: an effect size or a ratio. */
const OTHER_NAMED = /φ|\bphi\b|cram[eé]r|\beffect\s+size|\bodds\b|\bOR\b|\bdf\b|\bdb\b/iu;

/** The share fits the count over the group's two counts. */
const fits = (count: number, total: number, share: Num) =>
  total > 0 && Math.abs((100 * count) / total - share.value) <= share.half + 1e-9;

export function readChiSquareOverP(text: string, extraction: Extraction): void {
  if (!/χ\s*2|χ²|chi[\s-]*square|X2/iu.test(text)) return;
  for (const m of text.matchAll(BLOCK)) {
    const g = m.indices!;
    const num = (i: number) => parseNum(m[i]!, g[i]![0]);
    const counts = [1, 3, 6, 8].map((i) => Number(m[i]));
    const shares = [2, 4, 7, 9].map(num);
    if (shares.some((s) => !s)) continue;
    // The number under the χ² is its p only where the header says the column holds p's.
    const header = text.slice(Math.max(0, m.index! - HEADER_REACH), m.index!);
    if (!P_NAMED.test(header) || OTHER_NAMED.test(header)) continue;
    const [a1, b1, a2, b2] = counts as [number, number, number, number];
    const [sa1, sb1, sa2, sb2] = shares as [Num, Num, Num, Num];
    // Group one's counts run down the first cells of both rows, group two's down the second.
    if (!fits(a1, a1 + a2, sa1) || !fits(a2, a1 + a2, sa2) || !fits(b1, b1 + b2, sb1) || !fits(b2, b1 + b2, sb2))
      continue;
    const value = num(5);
    const pNum = num(11);
    if (!value || !pNum || pNum.value > 1 || pNum.decimals === 0) continue;
    if (extraction.tests.some((t) => t.value.start === value.start)) continue;
    const op = m[10] === '<' ? '<' : m[10] === '>' ? '>' : '=';
    const p: PReport = { op, num: pNum, oneTailedLabel: false, start: pNum.start, end: pNum.end };
    const test: TestReport = {
      kind: 'chi2',
      label: 'χ²',
      op: '=',
      value,
      df: [1],
      dfFromTwoByTwo: true,
      p,
      tails: 'unstated',
      place: { start: value.start, end: pNum.end, quoteStart: m.index!, quoteEnd: m.index! + m[0].length },
      origin: 'table',
    };
    extraction.tests.push(test);
    extraction.pValues.push({ p, place: test.place, attached: true });
  }
}
