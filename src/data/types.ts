/**
 * A study's data after reading and scoring: one typed column per variable, `null` for
 * missing, with what the report needs to label it. Columnar, because every analysis
 * reads whole variables.
 */
import type { Level, Localized } from '../study/types.ts';

export interface NumericVariable {
  kind: 'numeric';
  name: string;
  label: Localized;
  values: (number | null)[];
  /** Whole numbers only (affects formatting and GRIM-safe reporting). */
  integer: boolean;
  range?: [number, number];
  unit?: Localized;
}

export interface CategoricalVariable {
  kind: 'categorical';
  name: string;
  label: Localized;
  values: (string | null)[];
  /** Levels in table order. */
  levels: Level[];
  /** Reference level code (odds ratios, regression dummies). */
  reference: string;
}

export interface TextVariable {
  kind: 'text';
  name: string;
  label: Localized;
  values: (string | null)[];
}

export type Variable = NumericVariable | CategoricalVariable | TextVariable;

export interface Dataset {
  /** Number of rows (participants). */
  n: number;
  /** Spreadsheet row number of each data row (header = row 1), for messages. */
  rowNumbers: number[];
  /** Participant ids, when the study names an id column. */
  ids?: string[];
  variables: Map<string, Variable>;
  /** Data file, relative to the study folder. */
  file: string;
}
