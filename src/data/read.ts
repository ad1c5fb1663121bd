/**
 * Data stage: the study's data file → typed columns (`Dataset`). The file may be CSV,
 * SPSS (.sav), Excel (.xlsx) or Stata (.dta), recognised by its content (formats/); each
 * reads into the same table, and from there every format is checked and typed the same
 * way. Reads only the columns the study names (declared variables, instrument items, the
 * id column), coerces types, applies declared missing-value codes (the study's and the
 * file's own user-missing values), matches declared levels to the file's codes and value
 * labels, and checks ranges, levels and id uniqueness. Every problem names the row (or
 * sheet!cell, or case) and the column; all problems are collected before stopping, so one
 * run lists everything to fix. The raw file is never written.
 */
import { join } from 'node:path';
import { NaskahError, suggest, type Diagnostic } from '../errors.ts';
import { sameInEvery } from '../study/languages.ts';
import type { Level, Study, VariableDef } from '../study/types.ts';
import { parseNumber } from './csv.ts';
import { readDecimalColumn } from './decimal.ts';
import { csvTable } from './formats/csv.ts';
import { readTable, type RawColumn, type RawTable } from './formats/index.ts';
import type { CategoricalVariable, Dataset, NumericVariable, Variable } from './types.ts';

const MAX_REPORTED = 50;

export interface DataFiles {
  readText(path: string): string | undefined;
  /** The file's bytes (binary formats); without it, only CSV can be read. */
  readBytes?(path: string): Uint8Array | undefined;
}

/** Reads and checks the study's data file; throws a NaskahError listing every problem. */
export function readDataset(study: Study, files: DataFiles): Dataset {
  const src = study.data;
  if (!src) throw new NaskahError('data/none', 'the study has no data file', { location: { file: study.file } });
  const path = join(study.dir, src.file);
  const options = {
    file: src.file,
    delimiter: src.delimiter,
    decimal: src.decimal,
    sheet: src.sheet,
    header: src.header,
  };
  let table: RawTable;
  if (files.readBytes) {
    const bytes = files.readBytes(path);
    if (bytes === undefined) throw notFound(src.file, path);
    table = readTable(bytes, options);
  } else {
    const text = files.readText(path);
    if (text === undefined) throw notFound(src.file, path);
    table = csvTable(text, options);
  }
  return datasetFromTable(study, table);
}

function notFound(file: string, path: string): NaskahError {
  return new NaskahError('data/not-found', `data file "${file}" does not exist`, {
    location: { file: path },
    hint: 'Check data.file in study.yaml.',
  });
}

interface ColumnPlan {
  column: string;
  /** Where study.yaml names it, for the message. */
  namedAt: string;
  coerce: 'numeric' | 'categorical' | 'text';
  def?: VariableDef;
  integer: boolean;
  range?: [number, number];
  rangeWhat?: string;
}

export function datasetFromTable(study: Study, table: RawTable): Dataset {
  const file = study.data!.file;
  const errors: Diagnostic[] = [];
  const add = (d: Omit<Diagnostic, 'severity'>) => {
    if (errors.length < MAX_REPORTED) errors.push({ ...d, severity: 'error' });
  };
  const header = table.columns.map((c) => c.name);
  const colIndex = new Map(header.map((h, i) => [h, i]));

  if (table.nRows === 0) {
    throw new NaskahError('data/no-rows', `the data file ${file} has a header but no data rows`, {
      location: table.format === 'csv' ? { file, line: 1 } : { file },
      hint: 'Add one row per participant below the header (the columns are already named), then build again.',
    });
  }

  // What to read and how.
  const plans: ColumnPlan[] = [];
  for (const v of Object.values(study.variables)) {
    plans.push({
      column: v.name,
      namedAt: `variables.${v.name}`,
      coerce: v.type === 'categorical' ? 'categorical' : v.type === 'text' ? 'text' : 'numeric',
      def: v,
      integer: v.type === 'integer',
      range: v.range,
      rangeWhat: v.range ? `the range [${v.range[0]}, ${v.range[1]}] declared for ${v.name}` : undefined,
    });
  }
  for (const use of Object.values(study.instruments)) {
    use.items.forEach((item, k) => {
      if (plans.some((p) => p.column === item)) return;
      plans.push({
        column: item,
        namedAt: `instruments.${use.name}.items[${k}]`,
        coerce: 'numeric',
        integer: true,
        range: use.itemRange,
        rangeWhat: `the ${use.itemRange[0]}–${use.itemRange[1]} answer scale of ${use.abbreviation}`,
      });
    });
  }
  const idColumn = study.data!.idColumn;
  const named = new Set([...plans.map((p) => p.column), ...(idColumn ? [idColumn] : [])]);
  // Suggest only columns the study does not already use: the likely misspelling.
  const unclaimed = header.filter((h) => !named.has(h));
  for (const p of [...plans.map((p) => p.column), ...(idColumn ? [idColumn] : [])]) {
    if (!colIndex.has(p)) {
      const close = suggest(p, unclaimed);
      const plan = plans.find((q) => q.column === p);
      add({
        code: 'data/missing-column',
        message: `the column "${p}" named in study.yaml (${plan?.namedAt ?? 'data.id'}) is not in ${file}`,
        location: table.locateHeader(p),
        hint: close
          ? `Did you mean "${close}"? Rename the column in the file or the name in study.yaml.`
          : `The file's columns are: ${header.slice(0, 12).join(', ')}${header.length > 12 ? ', …' : ''}.`,
      });
    }
  }
  if (errors.length) throw NaskahError.fromDiagnostics(errors);

  const n = table.nRows;
  const rowNumbers = table.rowNumbers;
  const globalMissing = new Set(study.data!.missing);
  const variables = new Map<string, Variable>();
  const where = (r: number, column: string) => table.locate(r, column);

  for (const plan of plans) {
    const raw = table.columns[colIndex.get(plan.column)!]!;
    const missing = new Set([...globalMissing, ...(plan.def?.missing ?? [])]);
    const fileMissing = raw.missing;
    const isFileMissing = (x: number | string) =>
      fileMissing !== undefined &&
      (fileMissing.values.has(String(x)) ||
        (typeof x === 'number' && fileMissing.ranges.some(([lo, hi]) => x >= lo && x <= hi)));
    const cell = cellReader(raw);
    const fileLabel = raw.label && isDefaultLabel(plan.def, plan.column) ? { id: raw.label, en: raw.label } : undefined;
    if (plan.coerce === 'numeric') {
      if (raw.values.kind === 'string' && table.format !== 'csv') {
        add(textWhereNumber(table, raw, plan, file));
        continue;
      }
      // Text numbers are judged as a column first: which mark is the decimal and which
      // groups thousands (decimal.ts), so `1.250` is never silently 1.25.
      let normalise = (s: string) => s;
      if (raw.values.kind === 'string') {
        const text = (r: number) => {
          const c = cell(r);
          return typeof c !== 'string' || missing.has(c) || isFileMissing(c) ? null : c;
        };
        const reading = readDecimalColumn(text, n, table.decimal, (r) => where(r, plan.column));
        if (!reading.ok) {
          add({
            code: reading.code,
            message: reading.message,
            location: where(reading.row, plan.column),
            hint: reading.hint,
          });
          continue;
        }
        normalise = reading.normalise;
      }
      const values: (number | null)[] = new Array(n);
      for (let r = 0; r < n; r++) {
        const c = cell(r);
        if (c === null || missing.has(String(c)) || isFileMissing(c)) {
          values[r] = null;
          continue;
        }
        const x = typeof c === 'number' ? c : parseNumber(normalise(c), table.decimal);
        if (Number.isNaN(x)) {
          const s = c as string;
          const commaHint =
            table.decimal === '.' && /^\d+,\d+$/.test(s)
              ? table.format === 'csv'
                ? ' This looks like a decimal comma: declare `data: { decimal: "," }` (or save the file with ";" as separator).'
                : ' This looks like a decimal comma: declare `data: { decimal: "," }`, or store the cell as a number.'
              : '';
          add({
            code: 'data/not-a-number',
            message: `"${s}" in a numeric column is not a number`,
            location: where(r, plan.column),
            hint: `Correct the value, or leave the cell empty if it is missing (or declare its code under \`missing:\`).${commaHint}`,
          });
          values[r] = null;
          continue;
        }
        const shown = typeof c === 'number' ? String(c) : c;
        if (plan.integer && !Number.isInteger(x)) {
          add({
            code: 'data/not-an-integer',
            message: `${shown} is not a whole number, but ${plan.column} holds whole numbers`,
            location: where(r, plan.column),
            hint: 'Correct the value, or declare the variable as `type: number`.',
          });
        }
        if (plan.range && (x < plan.range[0] || x > plan.range[1])) {
          add({
            code: 'data/out-of-range',
            message: `${shown} is outside ${plan.rangeWhat}`,
            location: where(r, plan.column),
            hint: `Correct the entry (allowed: ${plan.range[0]} to ${plan.range[1]}), or leave it empty if the answer is missing.`,
          });
        }
        values[r] = x;
      }
      const nv: NumericVariable = {
        kind: 'numeric',
        name: plan.column,
        label: fileLabel ?? plan.def?.label ?? sameInEvery(plan.column),
        values,
        integer: plan.integer,
        range: plan.range,
        unit: plan.def?.unit,
      };
      variables.set(plan.column, nv);
      if (plan.def?.bins) variables.set(`${plan.column}.group`, binVariable(plan.def, values));
    } else if (plan.coerce === 'categorical') {
      const def = plan.def!;
      const codes: (string | null)[] = new Array(n);
      for (let r = 0; r < n; r++) {
        const c = cell(r);
        codes[r] = c === null || missing.has(String(c)) || isFileMissing(c) ? null : String(c);
      }
      let levels = def.levels;
      let values = codes;
      if (levels) {
        const matched = matchLevels(def, levels, codes, raw, file, table);
        if ('error' in matched) {
          add(matched.error);
        } else values = matched.values;
        const declared = levels.map((l) => l.code);
        values.forEach((v, r) => {
          if (v !== null && !declared.includes(v)) {
            const close = suggest(v, declared);
            const shown = raw.valueLabels?.get(v);
            add({
              code: 'data/unknown-level',
              message: `"${v}"${shown ? ` (${shown})` : ''} is not one of the levels of ${plan.column} (${declared.join(', ')})`,
              location: where(r, plan.column),
              hint: close
                ? `Did you mean "${close}"? Or add "${v}" under variables.${plan.column}.levels.`
                : `Correct the value or add it under variables.${plan.column}.levels in study.yaml.`,
            });
          }
        });
      } else if (raw.valueLabels?.size) {
        levels = labelledLevels(raw.valueLabels, codes);
      } else {
        levels = sortedLevels(codes).map((code) => ({ code, label: sameInEvery(code) }));
      }
      const cv: CategoricalVariable = {
        kind: 'categorical',
        name: plan.column,
        label: fileLabel ?? def.label,
        values,
        levels,
        reference: def.reference ?? levels[0]?.code ?? '',
      };
      variables.set(plan.column, cv);
    } else {
      const values: (string | null)[] = new Array(n);
      for (let r = 0; r < n; r++) {
        const c = cell(r);
        values[r] = c === null ? null : String(c);
      }
      variables.set(plan.column, { kind: 'text', name: plan.column, label: fileLabel ?? plan.def!.label, values });
    }
  }

  let ids: string[] | undefined;
  if (idColumn) {
    const cell = cellReader(table.columns[colIndex.get(idColumn)!]!);
    ids = Array.from({ length: n }, (_, r) => {
      const c = cell(r);
      return c === null ? '' : String(c);
    });
    const first = new Map<string, number>();
    ids.forEach((id, r) => {
      if (id === '') {
        add({
          code: 'data/missing-id',
          message: `the id cell is empty`,
          location: where(r, idColumn),
          hint: 'Every row needs a participant id.',
        });
      } else if (first.has(id)) {
        add({
          code: 'data/duplicate-id',
          message: `the id "${id}" appears again (first in row ${rowNumbers[first.get(id)!]})`,
          location: where(r, idColumn),
          hint: 'Each participant must appear once; remove the duplicated row or correct its id.',
        });
      } else first.set(id, r);
    });
  }

  if (errors.length) throw NaskahError.fromDiagnostics(errors);
  return { n, rowNumbers, ids, variables, file };
}

/** Cell r of a column: a number, trimmed non-empty text, or null (empty, system-missing). */
function cellReader(raw: RawColumn): (r: number) => number | string | null {
  const v = raw.values;
  if (v.kind === 'number') {
    const d = v.data;
    return (r) => {
      const x = d[r]!;
      return Number.isNaN(x) ? null : x;
    };
  }
  const d = v.data;
  return (r) => {
    const c = d[r];
    if (c === null || c === undefined) return null;
    if (typeof c === 'number') return Number.isNaN(c) ? null : c;
    const s = c.trim();
    return s === '' ? null : s;
  };
}

/** True when study.yaml gave the variable no label of its own (then the file's label is used). */
function isDefaultLabel(def: VariableDef | undefined, column: string): boolean {
  return !def || (def.label.id === column && def.label.en === column);
}

/** A text column (SPSS string variable, Stata str#) where the study needs numbers. */
function textWhereNumber(
  table: RawTable,
  raw: RawColumn,
  plan: ColumnPlan,
  file: string,
): Omit<Diagnostic, 'severity'> {
  const sample = (raw.values.data as (string | null)[]).find((s) => s !== null && s.trim() !== '');
  return {
    code: 'data/text-column',
    message: `${plan.column} is a text (string) variable in ${file}${sample !== undefined ? ` (e.g. "${sample}")` : ''}, but ${plan.namedAt} needs numbers`,
    location: table.locateHeader(plan.column),
    hint:
      table.format === 'sav'
        ? 'In SPSS, change the variable to Numeric (Variable View > Type, or ALTER TYPE), save, and build again; or declare it `type: categorical` or `type: text` if it is not a number.'
        : 'Store the variable as numeric in the file, or declare it `type: categorical` or `type: text` if it is not a number.',
  };
}

/**
 * Declared levels matched to the file's values: a declared level is the file's value when
 * its explicit `code:` is that value, or its key is the value or the value's label, or its
 * label (either language) is the value's label. Returns the values recoded to the declared
 * keys; a declared level that matches nothing is an error naming both.
 */
function matchLevels(
  def: VariableDef,
  levels: Level[],
  codes: (string | null)[],
  raw: RawColumn,
  file: string,
  table: RawTable,
): { values: (string | null)[] } | { error: Omit<Diagnostic, 'severity'> } {
  const labels = raw.valueLabels;
  const explicit = levels.some((l) => l.fileCode !== undefined);
  if (!labels?.size && !explicit) return { values: codes };
  const observed = new Set(codes.filter((c): c is string => c !== null));
  const fileValues = new Set([...(labels?.keys() ?? []), ...observed]);
  const norm = (s: string) => s.trim().toLowerCase();
  const byLabel = new Map<string, string>();
  for (const [value, label] of labels ?? []) if (!byLabel.has(norm(label))) byLabel.set(norm(label), value);
  const recode = new Map<string, string>();
  const unmatched: Level[] = [];
  for (const level of levels) {
    const candidates =
      level.fileCode !== undefined
        ? [level.fileCode]
        : [
            level.code,
            byLabel.get(norm(level.code)),
            byLabel.get(norm(level.label.id)),
            byLabel.get(norm(level.label.en)),
          ];
    const value = candidates.find((c): c is string => c !== undefined && fileValues.has(c) && !recode.has(c));
    if (value === undefined) unmatched.push(level);
    else recode.set(value, level.code);
  }
  // A declared level with no value is a level nobody chose (count 0), unless the file has
  // values no level took: then the level is most likely misnamed.
  const left = [...observed].filter((v) => !recode.has(v));
  if (unmatched.length && left.length) {
    const level = unmatched[0]!;
    const shown = left.map((v) => (labels?.get(v) ? `${v} = ${labels.get(v)}` : v));
    const example = left[0]!;
    return {
      error: {
        code: 'data/level-not-in-file',
        message: `the level "${level.code}" (${level.label.id}) declared for ${def.name} in study.yaml matches no value in ${file}, where ${def.name} also has ${shown.join(', ')} that no declared level matches`,
        location: table.locateHeader(def.name),
        hint: `Name the file's value with \`code:\`, e.g. \`${level.code}: { code: ${/^-?\d+(\.\d+)?$/.test(example) ? example : JSON.stringify(example)}, id: ${level.label.id}, en: ${level.label.en} }\`, or make the level's key or label the file's value or value label.`,
      },
    };
  }
  return { values: codes.map((c) => (c === null ? null : (recode.get(c) ?? c))) };
}

/** Levels of the values that occur, in code order, labelled with the file's value labels. */
function labelledLevels(valueLabels: Map<string, string>, codes: (string | null)[]): Level[] {
  const keys = sortedLevels(codes);
  return keys.map((code) => {
    const label = valueLabels.get(code) ?? code;
    return { code, label: { id: label, en: label } };
  });
}

/** Levels of an undeclared categorical column: numeric order when all are numbers, else code-point order. */
export function sortedLevels(values: (string | null)[]): string[] {
  const set = [...new Set(values.filter((v): v is string => v !== null))];
  const numeric = set.every((s) => !Number.isNaN(Number(s)) && s.trim() !== '');
  return numeric ? set.sort((a, b) => Number(a) - Number(b)) : set.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function binVariable(def: VariableDef, values: (number | null)[]): CategoricalVariable {
  const bins = def.bins!;
  const levels = bins.map((b, i) => ({ code: String(i + 1), label: b.label }));
  const inBin = (x: number, b: (typeof bins)[number]) =>
    (b.from === undefined || x >= b.from) && (b.below === undefined || x < b.below);
  return {
    kind: 'categorical',
    name: `${def.name}.group`,
    label: def.label,
    values: values.map((x) => {
      if (x === null) return null;
      const k = bins.findIndex((b) => inBin(x, b));
      return k < 0 ? null : String(k + 1);
    }),
    levels,
    reference: levels[0]!.code,
  };
}
