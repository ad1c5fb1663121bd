/**
 * Frequency table as SPSS FREQUENCIES prints it: Percent uses all rows (missing
 * included) as the base, Valid Percent and Cumulative Percent use the non-missing rows.
 * Categories follow the level order (declared, or the oracle's sorted convention).
 * R: table(x, useNA = "ifany").
 */
import { codeLevels } from './levels.ts';
import { joinNotes, type GroupInput, type Level, type StatFailure } from './types.ts';

export interface FrequencyCategory {
  value: Level;
  n: number;
  percent: number | null;
  validPercent: number | null;
  cumulativePercent: number | null;
}

export interface FrequenciesResult {
  total: number;
  valid: number;
  missing: number;
  missingPercent: number | null;
  categories: FrequencyCategory[];
  note?: string;
}

export function frequencies(
  x: GroupInput,
  options: { levels?: readonly Level[] } = {},
): FrequenciesResult | StatFailure {
  const coded = codeLevels(x, options.levels);
  if ('error' in coded) return coded;
  const total = x.length;
  const counts = new Array<number>(coded.levels.length).fill(0);
  for (let i = 0; i < coded.codes.length; i++) {
    const c = coded.codes[i]!;
    if (c >= 0) counts[c]!++;
  }
  const valid = total - coded.missing;
  const notes: string[] = [];
  if (total === 0) notes.push('there are no rows');
  else if (valid === 0) notes.push('there are no non-missing values, so valid percentages are undefined');
  let cumulative = 0;
  const categories = coded.levels.map((value, i) => {
    const n = counts[i]!;
    cumulative += n;
    return {
      value,
      n,
      percent: total > 0 ? (100 * n) / total : null,
      validPercent: valid > 0 ? (100 * n) / valid : null,
      cumulativePercent: valid > 0 ? (100 * cumulative) / valid : null,
    };
  });
  const out: FrequenciesResult = {
    total,
    valid,
    missing: coded.missing,
    missingPercent: total > 0 ? (100 * coded.missing) / total : null,
    categories,
  };
  const note = joinNotes(notes);
  if (note) out.note = note;
  return out;
}
