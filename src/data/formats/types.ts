/**
 * What every input format reads into: a table of columns with the metadata the file
 * holds (variable labels, value labels, declared missing values). The data stage turns
 * it into typed variables the same way for every format, so an analysis gives the same
 * result from the same data in CSV, SPSS, Excel or Stata.
 */
import type { SourceLocation } from '../../errors.ts';

export type FormatId = 'csv' | 'sav' | 'xlsx' | 'dta';

/** Values of one column: numbers (NaN = missing), text, or both (a spreadsheet column). */
export type RawValues =
  | { kind: 'number'; data: Float64Array }
  | { kind: 'string'; data: (string | null)[] }
  | { kind: 'mixed'; data: (number | string | null)[] };

export interface RawColumn {
  name: string;
  values: RawValues;
  /** The file's variable label (SPSS, Stata). */
  label?: string;
  /** Value → label (SPSS, Stata): keys are String(number) for numeric columns, the trimmed text for strings. */
  valueLabels?: Map<string, string>;
  /** Values the file declares missing (SPSS user-missing, Stata .a–.z are already NaN). */
  missing?: { values: Set<string>; ranges: [number, number][] };
}

export interface RawTable {
  format: FormatId;
  columns: RawColumn[];
  nRows: number;
  /** Where a cell is, for messages: CSV row and column, sheet!cell, case number. */
  locate(row: number, column: string): SourceLocation;
  /** Where a column's name is (the header row), for messages about the column. */
  locateHeader(column: string): SourceLocation;
  /** Row numbers as the user sees them (CSV/Excel row, SPSS/Stata case), for messages. */
  rowNumbers: number[];
  /** Decimal mark for numbers written as text. */
  decimal: '.' | ',';
}

/** Options from study.yaml's `data:` that a format may use. */
export interface ReadOptions {
  /** File name as written in study.yaml, for messages. */
  file: string;
  delimiter?: ',' | ';' | '\t';
  decimal?: '.' | ',';
  /** Excel: sheet name or 1-based number. */
  sheet?: string | number;
  /** Excel: row of the column names (1-based). */
  header?: number;
}

/** One input format: how to recognise its bytes and how to read them. */
export interface InputFormat {
  id: FormatId;
  /** Name for messages, e.g. "SPSS data file (.sav)". */
  name: string;
  extensions: string[];
  /** True when the bytes are this format. */
  sniff(bytes: Uint8Array): boolean;
  read(bytes: Uint8Array, options: ReadOptions): RawTable;
}
