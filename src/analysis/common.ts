/**
 * Pieces the analysis units share: typed access to dataset variables, splitting by a
 * group variable, assumption checks recorded as data, and the hypothesis decision.
 */
import type { CategoricalVariable, Dataset, NumericVariable, Variable } from '../data/types.ts';
import { shapiroWilk } from '../stats/shapiro-wilk.ts';
import { lilliefors } from '../stats/lilliefors.ts';
import { isFailure } from '../stats/types.ts';
import type { AssumptionCheck, Decision, VariableRef, VariableRole } from './unit.ts';
import type { FieldPath } from '../study/yaml-locate.ts';
import { NaskahError } from '../errors.ts';
import type { Study } from '../study/types.ts';

export function variable(data: Dataset, name: string): Variable {
  const v = data.variables.get(name);
  // The study loader has checked every name an analysis uses, so this is a bug if it fires.
  if (!v) throw new Error(`variable "${name}" is not in the dataset`);
  return v;
}

export function numeric(data: Dataset, name: string): NumericVariable {
  const v = variable(data, name);
  if (v.kind !== 'numeric') throw new Error(`variable "${name}" is not numeric`);
  return v;
}

export function categorical(data: Dataset, name: string): CategoricalVariable {
  const v = variable(data, name);
  if (v.kind !== 'categorical') throw new Error(`variable "${name}" is not categorical`);
  return v;
}

export function levelCodes(v: CategoricalVariable): string[] {
  return v.levels.map((l) => l.code);
}

/** Row indices per level of a categorical variable, in level order (levels without rows kept). */
export function splitRows(v: CategoricalVariable): { level: string; rows: number[] }[] {
  const out = v.levels.map((l): { level: string; rows: number[] } => ({ level: l.code, rows: [] }));
  const idx = new Map(out.map((g, i) => [g.level, i]));
  v.values.forEach((x, r) => {
    if (x !== null) out[idx.get(x)!]?.rows.push(r);
  });
  return out;
}

export function pick<T>(values: T[], rows: number[]): T[] {
  return rows.map((r) => values[r]!);
}

/** Element-wise a − b with null where either is missing. */
export function difference(a: (number | null)[], b: (number | null)[]): (number | null)[] {
  return a.map((x, i) => (x === null || b[i] === null || b[i] === undefined ? null : x - b[i]!));
}

/**
 * Levene's test as an assumption check: passed when p ≥ alpha; a test the data do not
 * allow (a group without spread, say) counts as passed with the note "undefined", so the
 * classic test stays the choice rather than a correction nothing calls for.
 */
export function homogeneityCheck(
  levene: { f: number; p: number } | null | undefined,
  alpha: number,
  target: string,
): AssumptionCheck {
  return levene
    ? { check: 'homogeneity', test: 'levene', target, passed: levene.p >= alpha, statistic: levene.f, p: levene.p }
    : { check: 'homogeneity', test: 'levene', target, passed: true, statistic: null, p: null, note: 'undefined' };
}

/**
 * Normality of a sample: Shapiro–Wilk where it is defined (3 ≤ n ≤ 5000), Lilliefors
 * above that; passed when p ≥ alpha. A sample too small to test counts as not passed,
 * so a parametric test is never chosen on an untested assumption.
 */
export function normalityCheck(values: (number | null)[], alpha: number, target: string): AssumptionCheck {
  const present = values.filter((v): v is number => v !== null);
  if (present.length > 5000) {
    const l = lilliefors(values);
    if (!isFailure(l))
      return { check: 'normality', test: 'lilliefors', target, passed: l.p >= alpha, statistic: l.d, p: l.p };
  }
  const sw = shapiroWilk(values);
  if (isFailure(sw))
    return {
      check: 'normality',
      test: 'shapiro-wilk',
      target,
      passed: false,
      statistic: null,
      p: null,
      note: sw.error.code,
    };
  return { check: 'normality', test: 'shapiro-wilk', target, passed: sw.p >= alpha, statistic: sw.w, p: sw.p };
}

export type Direction = 'decrease' | 'increase' | 'difference' | 'positive' | 'negative';

/** The decision for a before–after or two-group effect whose sign is `effect` (> 0: first > second). */
export function decide(
  p: number | null,
  effect: number,
  alpha: number,
  expected?: Direction,
  kind: 'paired' | 'groups' | 'association' = 'paired',
): Decision {
  const significant = p !== null && p < alpha;
  let direction: Decision['direction'];
  if (effect === 0) direction = 'none';
  else if (kind === 'paired') direction = effect > 0 ? 'decrease' : 'increase';
  else if (kind === 'groups') direction = effect > 0 ? 'higher-first' : 'higher-second';
  else direction = effect > 0 ? 'positive' : 'negative';
  const d: Decision = { significant, direction, p };
  if (expected) {
    d.expected = expected;
    d.asExpected =
      expected === 'difference'
        ? direction !== 'none'
        : expected === direction ||
          (expected === 'increase' && direction === 'higher-first') ||
          (expected === 'decrease' && direction === 'higher-second');
  }
  return d;
}

/**
 * A mistake in an analysis entry that only the data reveal (e.g. a group variable with the
 * wrong number of levels): a NaskahError pointing at the field in study.yaml.
 */
export function analysisError(
  study: Study,
  spec: { id: string },
  field: (string | number)[],
  code: string,
  message: string,
  hint?: string,
): NaskahError {
  const index = study.analyses.findIndex((a) => a.id === spec.id);
  return new NaskahError(`analysis/${code}`, `analysis "${spec.id}": ${message}`, {
    location: study.locate(['analyses', index, ...field]),
    hint,
  });
}

/** The reference of an optional variable field of an entry: none when the field is absent. */
export function optionalRef(path: FieldPath, name: string | undefined, role: VariableRole): VariableRef[] {
  return name ? [{ path, name, role }] : [];
}
