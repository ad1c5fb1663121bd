/**
 * The total named right before a count, "dari 518 ibu hamil sebanyak 102 orang (19.69%)",
 * "of the 45 mothers, 28 (62.2%)": the count is a share of that total. Read only when the
 * sentence's own list of stated totals misses it (the noun after the number, "ibu hamil", is
 * not one the stated-total pattern knows), so that another total of the sentence ("dari 530
 * orang ibu hamil sebanyak 120 orang") is not taken for it.
 */
import type { Lang } from '../types.ts';
import { parseCount } from './numbers.ts';

const TOTAL_THEN_COUNT =
  /(?:^|[^\p{L}])(?:dari|of|from|among|out\s+of)\s+(?:the\s+|total\s+|seluruh\s+)?(\d{1,3}(?:[.,]\d{3})+|\d+)\s+(?:[\p{L}-]+[\s,]+){1,4}?$/iu;

/** The total named in `before` (the text between the previous pair and this count), or null. */
export function totalBeforeCount(before: string, count: number, lang: Lang): number | null {
  const m = TOTAL_THEN_COUNT.exec(before);
  if (!m) return null;
  const total = parseCount(m[1]!, lang);
  return total !== null && total >= count ? total : null;
}
