/**
 * A category whose label is a number, run together with its first count where a page stores a
 * table's cells without separators: " 1146 (25)439 (75)" is category "1" of the number of
 * under-five children, then 146 (25%) and 439 (75%). In a row of row shares (its percentages add
 * up to 100) with no label before its first count, the leading digits of that count (one or two)
 * are the label when without them every share of the row matches its count of the row's sum
 * (146/585 = 24.96, 439/585 = 75.04) and with them the shares do not (1146/1585 = 72.30). A row
 * with a label of its own is left as it is: its first count is a count.
 */
import { EPS } from '../rounding.ts';
import type { Num } from '../types.ts';

interface Pair {
  count: number;
  countStart: number;
  pct: Num;
}

const MAX_LABEL_DIGITS = 2;

const allMatch = (counts: number[], pcts: Num[]) => {
  const total = counts.reduce((s, c) => s + c, 0);
  return total > 0 && counts.every((c, i) => Math.abs((100 * c) / total - pcts[i]!.value) <= pcts[i]!.half + EPS);
};

/** The row's pairs, the first one without its label's digits when they are a numeric label (else the pairs as given). */
export function withoutNumericLabel<P extends Pair>(label: string, pairs: P[], text: string): P[] {
  if (label !== '' || pairs.length < 2) return pairs;
  const first = pairs[0]!;
  const digits = /^\d+/.exec(text.slice(first.countStart))?.[0];
  if (!digits || Number(digits) !== first.count) return pairs;
  const pcts = pairs.map((p) => p.pct);
  const rest = pairs.slice(1).map((p) => p.count);
  if (allMatch([first.count, ...rest], pcts)) return pairs;
  for (let k = 1; k <= MAX_LABEL_DIGITS && k < digits.length; k++) {
    if (digits[k] === '0') continue;
    const count = Number(digits.slice(k));
    if (allMatch([count, ...rest], pcts))
      return [{ ...first, count, countStart: first.countStart + k }, ...pairs.slice(1)];
  }
  return pairs;
}
