/**
 * Value-by-group data for the group comparisons: listwise over (value, group), values
 * gathered per level in level order, and the per-group summary every comparison reports.
 */
import { codeLevels } from './levels.ts';
import { isPresent, checkLengths } from './missing.ts';
import { mean, sd } from './summary.ts';
import { failure, type GroupInput, type Level, type NumericInput, type StatFailure } from './types.ts';

export interface GroupedData {
  levels: Level[];
  /** Values of each level, in level order (declared levels may be empty). */
  groups: Float64Array[];
  /** Rows dropped because the value or the group is missing. */
  missing: number;
  /** Complete rows. */
  n: number;
}

export function groupValues(
  value: NumericInput,
  group: GroupInput,
  levels?: readonly Level[],
): GroupedData | StatFailure {
  checkLengths([value, group]);
  const coded = codeLevels(group, levels);
  if ('error' in coded) return coded;
  const k = coded.levels.length;
  const counts = new Int32Array(k);
  for (let i = 0; i < value.length; i++) {
    const c = coded.codes[i]!;
    if (c >= 0 && isPresent(value[i])) counts[c]!++;
  }
  const groups = Array.from(counts, (c) => new Float64Array(c));
  const fill = new Int32Array(k);
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = coded.codes[i]!;
    const v = value[i];
    if (c >= 0 && isPresent(v)) {
      groups[c]![fill[c]!++] = v;
      n++;
    }
  }
  return { levels: coded.levels, groups, missing: value.length - n, n };
}

/** Exactly two levels (group 1 = first, group 2 = second), each with at least `minPerGroup` values. */
export function twoGroups(
  value: NumericInput,
  group: GroupInput,
  levels: readonly Level[] | undefined,
  minPerGroup: number,
): GroupedData | StatFailure {
  if (levels && levels.length !== 2) {
    return failure(
      'group-levels',
      `a two-group test needs exactly 2 levels, but ${levels.length} were declared (${levels.join(', ')})`,
    );
  }
  const g = groupValues(value, group, levels);
  if ('error' in g) return g;
  if (g.levels.length !== 2) {
    return failure(
      'group-levels',
      g.levels.length < 2
        ? `the group variable has ${g.levels.length === 0 ? 'no levels' : `only one level (${g.levels.join(', ')})`} among complete rows; two are needed`
        : `the group variable has ${g.levels.length} levels (${g.levels.join(', ')}); a two-group test needs exactly 2 (declare which two to compare)`,
      { n: g.n, missing: g.missing },
    );
  }
  for (let j = 0; j < 2; j++) {
    if (g.groups[j]!.length < minPerGroup) {
      return failure(
        'too-few-observations',
        `group "${String(g.levels[j])}" has ${g.groups[j]!.length} value(s); at least ${minPerGroup} are needed`,
        { n: g.n, missing: g.missing },
      );
    }
  }
  return g;
}

export interface GroupSummary {
  level: Level;
  n: number;
  mean: number | null;
  /** n − 1; null when n < 2. */
  sd: number | null;
  se: number | null;
}

export function summarizeGroup(level: Level, x: Float64Array): GroupSummary {
  const n = x.length;
  if (n === 0) return { level, n, mean: null, sd: null, se: null };
  const m = mean(x);
  if (n < 2) return { level, n, mean: m, sd: null, se: null };
  const s = sd(x, m);
  return { level, n, mean: m, sd: s, se: s / Math.sqrt(n) };
}
