/**
 * The two group sizes of a two-group table whose header did not keep them on one line: each
 * group's name and size on a line of its own, with a line between at most (`Experimental Group
 * (n = 22)`, `n (%)`, `Control Group (n = 22)`, as a page stores a header cell per line), and
 * the header standing above other blocks of the table (its categorical rows) rather than right
 * above the rows read. The header is looked for upward from those rows to the table's caption
 * (`Table 2 …`, whose N is the whole sample's, not a group's): the nearest line with a size
 * decides. Two sizes on it are the groups; one size is a group only with exactly one more
 * sized line close above it; anything else (three sizes, a lone size) is no pair of groups.
 */

/** A group size in a header line: `(n = 22)`, `N=2954`. */
const SIZE = /\b[nN]\s*=\s*(\d+)\b/g;
const CAPTION = /^\s*(?:Table|Tabel)\s+\d/iu;
/** How far above the rows a table's header may stand. */
const MAX_LINES = 60;
/** How many lines may separate the two groups' sized header lines. */
const SPLIT_GAP = 2;

export interface SplitSizes {
  sizes: [number, number];
  /** The header lines that gave them, top first (to test what kind of columns they name). */
  sizedLines: [string, string];
  /** The lines from the caption (or the search's top) down to the rows, for the table's words. */
  header: string;
}

const sizesOf = (line: string): number[] => [...line.matchAll(SIZE)].map((m) => Number(m[1]));

/** The two groups' sizes above the row at line index `top`, or null. */
export function splitGroupSizes(lines: string[], top: number): SplitSizes | null {
  let first = -1;
  let stop = Math.max(0, top - MAX_LINES);
  for (let i = top - 1; i >= stop; i--) {
    if (CAPTION.test(lines[i]!)) {
      stop = i;
      break;
    }
    if (first < 0 && sizesOf(lines[i]!).length > 0) first = i;
  }
  if (first < 0) return null;
  const header = lines.slice(stop, top).join('\n');
  const near = sizesOf(lines[first]!);
  if (near.length === 2) return { sizes: [near[0]!, near[1]!], sizedLines: [lines[first]!, lines[first]!], header };
  if (near.length !== 1) return null;
  const upper: number[] = [];
  for (let i = first - 1; i >= Math.max(stop, first - 1 - SPLIT_GAP); i--) {
    if (CAPTION.test(lines[i]!)) break;
    const s = sizesOf(lines[i]!);
    if (s.length === 0) continue;
    if (s.length !== 1 || upper.length > 0) return null;
    upper.push(i);
  }
  if (upper.length !== 1) return null;
  const u = upper[0]!;
  // A third sized line just above the pair (the caption's N aside) makes it no pair of groups.
  if (u > 0 && !CAPTION.test(lines[u - 1]!) && sizesOf(lines[u - 1]!).length > 0) return null;
  return { sizes: [sizesOf(lines[u]!)[0]!, near[0]!], sizedLines: [lines[u]!, lines[first]!], header };
}
