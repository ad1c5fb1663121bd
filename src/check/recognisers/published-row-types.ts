/**
 * The rows and tokens ./published-rows.ts reads, apart from it so that the units it calls
 * (./split-cell-lines.ts) can name them without importing the reader back.
 */
import type { Num } from '../types.ts';

export type RowToken =
  | { kind: 'pair'; count: number; countStart: number; pct: Num; hasSign: boolean; start: number; end: number }
  | { kind: 'ownPair'; count: number; total: number; countStart: number; pct: Num; start: number; end: number }
  | { kind: 'ratioCi'; value: Num; lower: Num; upper: Num; start: number; end: number }
  | { kind: 'interval'; lower: Num; upper: Num; start: number; end: number }
  | { kind: 'num'; op: '=' | '<' | '>'; num: Num; start: number; end: number };

/** A count (percentage) cell of a row. */
export type PairToken = Extract<RowToken, { kind: 'pair' }>;

export interface PublishedRow {
  /** The text before the first token (the row's label), trimmed. */
  label: string;
  tokens: RowToken[];
  /** Offsets of the row in the text (first and last line). */
  start: number;
  end: number;
  /** Index of the row's first line. */
  line: number;
  /** The row is a label with no number at all (a variable's name above its categories). */
  labelOnly: boolean;
}
