/**
 * A row label that ends in digits, run together with the ratio after it where a page stores a
 * table's cells without separators: " Later than 01:301.75 (1.15–2.65)" is the bedtime category
 * "later than 01:30", then OR 1.75 (1.15–2.65); " 06:00–07:001.07 (0.83–1.38)" is 07:00, then
 * 1.07. The leading digits of the value as read (one or two) belong to the label when the value
 * touches the character before it (no space: the label runs into it), the value as read lies
 * outside its own interval, and without those digits it sits at the interval's centre on the log
 * scale, within the rounding of what is printed (1.75 against √(1.15·2.65) = 1.746). A ratio
 * printed after a space, a cell border "|" or an opening bracket is a ratio as printed, and one
 * outside its interval whose shorter reading is no better stays flagged. A value read with a
 * leading zero before a digit ("001.07") is no ratio as printed: its leading zeros are the
 * label's, whatever the interval.
 */
import { EPS, numInterval, overlaps, type Interval } from '../rounding.ts';
import type { Num } from '../types.ts';
import { parseNum } from './numbers.ts';

const MAX_LABEL_DIGITS = 2;

/** The centres √(lower·upper) reachable when each printed bound moves within its rounding. */
export function centreRange(lower: Num, upper: Num): Interval {
  const lo = numInterval(lower);
  const hi = numInterval(upper);
  return [Math.sqrt(Math.max(lo[0], 0) * Math.max(hi[0], 0)), Math.sqrt(lo[1] * hi[1])];
}

const insideInterval = (v: Num, lower: Num, upper: Num) =>
  v.value + v.half >= lower.value - lower.half - EPS && v.value - v.half <= upper.value + upper.half + EPS;

/** The ratio without the label's digits run into it, when they are a label's (else the value as read). */
export function withoutGluedLabel(text: string, value: Num, lower: Num, upper: Num): Num {
  const before = text[value.start - 1];
  // A space, a cell border or an opening bracket before the ratio: it starts a cell of its own.
  if (before === undefined || /[\s|([{]/.test(before)) return value;
  const digits = /^\d+/.exec(value.raw)?.[0];
  if (!digits || digits.length < 2) return value;
  // "07:001.07": no ratio is printed with a leading zero before a digit; those zeros are minutes.
  if (/^0\d/.test(digits)) {
    for (let k = 1; k <= MAX_LABEL_DIGITS && k < digits.length; k++)
      if (!/^0\d/.test(value.raw.slice(k))) return parseNum(value.raw.slice(k), value.start + k) ?? value;
    return value;
  }
  if (insideInterval(value, lower, upper)) return value;
  const centre = centreRange(lower, upper);
  for (let k = 1; k <= MAX_LABEL_DIGITS && k < digits.length; k++) {
    const rest = value.raw.slice(k);
    // A ratio's integer part has no leading zero unless it is "0.…".
    if (/^0\d/.test(rest)) continue;
    const shorter = parseNum(rest, value.start + k);
    if (shorter && overlaps(numInterval(shorter), centre)) return shorter;
  }
  return value;
}
