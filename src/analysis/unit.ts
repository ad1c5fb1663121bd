/**
 * An analysis type is a registered unit (src/analysis/units/<type>.ts): the schema of its
 * study.yaml entry, the variables it reads (so the loader can check names and suggest
 * corrections), and a pure `run` that returns plain data. Wording lives in the report
 * stage, never here.
 */
import type { TSchema } from '@sinclair/typebox';
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

export interface AnalysisResult {
  type: string;
  /** The test that produced `result` (oracle test name), or a descriptive kind. */
  test: string;
  checks: AssumptionCheck[];
  reason: Reason;
  /** The test's result object with oracle field names, full precision. */
  result: Record<string, unknown>;
  /** The alternative test when a check failed for a test the study fixed. */
  sensitivity?: { test: string; reason: Reason; result: Record<string, unknown> };
  decision?: Decision;
  /** Descriptive summaries the tables need beside the test (e.g. before/after descriptives). */
  summary?: Record<string, unknown>;
  /** Per-group results when the analysis was split by a group variable (`by:`). */
  groups?: ({ level: string } & Omit<AnalysisResult, 'type' | 'groups'>)[];
  /** Warnings worth showing in the build output and the methods text (codes + params). */
  warnings?: Reason[];
}

export interface AnalysisContext {
  study: Study;
  alpha: number;
}

export interface AnalysisUnit<S extends AnalysisSpec = AnalysisSpec> {
  type: string;
  /** Schema for the entry's fields besides `id` and `type` (which every entry has). */
  schema: TSchema;
  /** Variables the entry names, for validation against the study's variables. */
  variables(spec: S): VariableRef[];
  run(spec: S, data: Dataset, ctx: AnalysisContext): AnalysisResult;
}
