/**
 * Descriptions that give each variable's minimum and maximum before its mean: "variabel A nilai
 * minimum -1,181 nilai maximum 2,912 nilai mean 0,29741 dan nilai std. deviation 0,821071,
 * variabel B nilai minimum -0,124 nilai maximum 0,104 nilai mean -0,02002 …". SPSS prints the
 * mean first, so the sentence reader takes a minimum or maximum after a mean as its own; here
 * those after a mean are the next variable's. The order is known when the first mean has a
 * minimum or maximum right before it (nothing numeric between) and the last mean has none after
 * it: then every mean takes the ones between the mean before it and itself.
 */
import type { Labelled } from './labels.ts';

const isRange = (l: Labelled) => (l.role === 'min' || l.role === 'max') && l.op === '=';

/** Whether every mean of the sentence has its minimum and maximum written before it. */
export function minMaxBeforeEachMean(sentence: string, base: number, means: Labelled[], labelled: Labelled[]): boolean {
  if (means.length < 2) return false;
  const first = means[0]!;
  const last = means[means.length - 1]!;
  const before = labelled.filter((l) => isRange(l) && l.start < first.start);
  const nearest = before[before.length - 1];
  if (!nearest || /\d/.test(sentence.slice(nearest.end - base, first.start - base))) return false;
  return !labelled.some((l) => isRange(l) && l.start > last.start);
}

/** A mean's own minimum or maximum when they come before it: between the mean before and itself. */
export function rangeBefore(
  role: 'min' | 'max',
  mean: Labelled,
  previousMeanEnd: number,
  labelled: Labelled[],
): Labelled['num'] | null {
  const own = labelled.filter(
    (l) => l.role === role && isRange(l) && l.start > previousMeanEnd && l.start < mean.start,
  );
  return own[own.length - 1]?.num ?? null;
}
