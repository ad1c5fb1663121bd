/**
 * An analysis type is a registered unit (src/analysis/units/<type>.ts): the schema of its
 * study.yaml entry, the variables it reads (so the loader can check names and suggest
 * corrections), and a pure `run` that returns plain data. Wording lives in the report
 * stage, never here.
 */
import type { TObject } from '@sinclair/typebox';
import type { Dataset } from '../data/types.ts';
import type { AnalysisSpec, Study } from '../study/types.ts';
import type { VariableRef } from '../study/registries.ts';

// The study loader checks variable references, so their type is the study stage's.
export type { VariableRef, VariableRole } from '../study/registries.ts';

/** One assumption check an analysis ran, as data (the report words it). */
export interface AssumptionCheck {
  /** e.g. `normality`, `homogeneity`, `expected-counts`, `sample-size`. */
  check: string;
  /** Which test was used for the check, e.g. `shapiro-wilk`, `levene`. */
  test: string;
  /** What it was applied to, e.g. `differences`, `intervensi`, a variable name. */
  target?: string;
  /** Whether the assumption holds at the study's alpha. */
  passed: boolean;
  /** The check's own statistic and p (plain numbers), or null when it could not be run. */
  statistic?: number | null;
  p?: number | null;
  /** Why a check could not be run (e.g. `n-out-of-range`). */
  note?: string;
}

/** Why a test was chosen: a code the locale turns into a sentence, with its parameters. */
export interface Reason {
  code: string;
  [param: string]: unknown;
}

/** A hypothesis decision in data form: drives conclusions and abstract sentences. */
export interface Decision {
  significant: boolean;
  /** Direction of the observed effect: `decrease`, `increase`, `none`, or a named group. */
  direction: 'decrease' | 'increase' | 'none' | 'positive' | 'negative' | 'higher-first' | 'higher-second';
  /** The expected direction from study.yaml, when stated. */
  expected?: string;
  /** Whether the observed direction matches the expected one. */
  asExpected?: boolean;
  p: number | null;
}

/** What every analysis result carries besides its typed test result. */
export interface ResultEnvelope {
  checks: AssumptionCheck[];
  reason: Reason;
  decision?: Decision;
  /** Warnings worth showing in the build output and the methods text (codes + params). */
  warnings?: Reason[];
  /** The entry's `filter:` and the number of rows it kept, when the analysis ran on a subset. */
  subset?: { filter: string; n: number };
}

/** The smallest shape of a result: the test that produced it (oracle test name, or a descriptive kind) and its numbers. */
export interface TestOutcome {
  test: string;
  result: unknown;
}

/**
 * One analysis' entry in results.json: `type` names the unit; `Body` is the unit's own
 * structure, usually a union discriminated on `test` so that `result` (oracle field names,
 * full precision) has the type of the statistic that produced it.
 */
export type AnalysisResult<Type extends string = string, Body extends TestOutcome = TestOutcome> = {
  type: Type;
} & ResultEnvelope &
  Body;

export interface AnalysisContext {
  study: Study;
  alpha: number;
}

/**
 * An analysis type: `Spec` is the static type of `schema` (the full entry schema, built
 * with entrySchema()), `Result` what `run` returns.
 */
export interface AnalysisUnit<Spec extends AnalysisSpec, Result extends AnalysisResult> {
  type: Result['type'];
  /** Schema of the whole study.yaml entry (id, type, title and the unit's own fields). */
  schema: TObject & { static: Spec };
  /** Variables the entry names, for validation against the study's variables. */
  variables(spec: Spec): VariableRef[];
  run(spec: Spec, data: Dataset, ctx: AnalysisContext): Result;
}

/** A registered unit with its types hidden behind a check of the entry against its schema. */
export interface RegisteredAnalysis<Result extends AnalysisResult> {
  type: string;
  /** The unit's own fields (besides id, type and title), as the reference docs list them. */
  schema: TObject;
  /** The whole entry, as the study loader validates it. */
  entrySchema: TObject;
  /** Whether the type's `by:` is the generic one: the same analysis per level of a variable. */
  splitsBy: boolean;
  variables(spec: AnalysisSpec): VariableRef[];
  run(spec: AnalysisSpec, data: Dataset, ctx: AnalysisContext): Result;
}
