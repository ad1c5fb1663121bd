/**
 * The tokens and rows of a table that lost its layout, shared by the flat-table reader
 * (./flat-tables.ts) and the readers it calls for particular row shapes
 * (./numbered-frequency-rows.ts), so that neither imports the other's module.
 */
import type { Num } from '../types.ts';

/** A token of a flattened cross table (./flat-cross-tables.ts and ./label-number-rows.ts). */
export type Tok = { kind: 'num'; num: Num } | { kind: 'word' | 'break'; start: number; end: number };

export type FlatTok =
  | { kind: 'num'; num: Num; integer: boolean }
  | { kind: 'pct' | 'unit' | 'total' | 'word' | 'break'; start: number; end: number };

/** A count and its share; `apart` when the counts and the shares were printed as two columns. */
export interface FlatRow {
  count: Num;
  pct: Num;
  apart?: boolean;
}
