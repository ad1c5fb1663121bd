/**
 * A group's size printed in brackets right before the count of that group: "pada kelompok ≥30
 * tahun (n=55), 22 orang (40%) patuh", "in the intervention group (n = 60), 45 (75.0%) improved".
 * The count is a share of that group, not of the sentence's other totals: read against the
 * sentence ("(n=25), 15 orang (60%) … (n=55), 22 orang (40%)", whose shares happen to add up to
 * 100), both shares were held to the sum 37 and flagged (wild11).
 */

const SIZE_THEN_COUNT = /\(\s*[nN]\s*=\s*(\d{1,3}(?:[.,]\d{3})+|\d+)\s*\)\s*[,;:]?\s*$/u;

/** The group size in brackets that ends `before` (the text between the previous pair and this count), or null. */
export function groupSizeBeforeCount(before: string, count: number): number | null {
  const m = SIZE_THEN_COUNT.exec(before);
  if (!m) return null;
  const size = Number(m[1]!.replace(/[.,]/g, ''));
  return size >= count && size > 0 ? size : null;
}
