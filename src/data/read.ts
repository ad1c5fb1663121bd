/**
 * Data stage: the study's CSV → typed columns (`Dataset`). Reads only the columns the
 * study names (declared variables, instrument items, the id column), coerces types,
 * applies declared missing-value codes, and checks ranges, levels and id uniqueness.
 * Every problem names the spreadsheet row and the column; all problems are collected
 * before stopping, so one run lists everything to fix. The raw file is never written.
 */
import { join } from 'node:path';
import { NaskahError, suggest, type Diagnostic } from '../errors.ts';
import { INSTRUMENTS } from '../instruments/library/index.ts';
import { sameInEvery } from '../study/languages.ts';
import type { Study, VariableDef } from '../study/types.ts';
import { parseCsv, parseNumber, type CsvTable } from './csv.ts';
import type { CategoricalVariable, Dataset, NumericVariable, Variable } from './types.ts';

const MAX_REPORTED = 50;

export interface DataFiles {
  readText(path: string): string | undefined;
}

/** Reads and checks the study's data file; throws a NaskahError listing every problem. */
export function readDataset(study: Study, files: DataFiles): Dataset {
  const src = study.data;
  if (!src) throw new NaskahError('data/none', 'the study has no data file', { location: { file: study.file } });
  const text = files.readText(join(study.dir, src.file));
  if (text === undefined) {
    throw new NaskahError('data/not-found', `data file "${src.file}" does not exist`, {
      location: { file: join(study.dir, src.file) },
      hint: 'Check data.file in study.yaml.',
    });
  }
  const csv = parseCsv(text, { delimiter: src.delimiter, decimal: src.decimal, file: src.file });
  return datasetFromCsv(study, csv);
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

export function datasetFromCsv(study: Study, csv: CsvTable): Dataset {
  const file = study.data!.file;
  const errors: Diagnostic[] = [];
  const add = (d: Omit<Diagnostic, 'severity'>) => {
    if (errors.length < MAX_REPORTED) errors.push({ ...d, severity: 'error' });
  };
  const colIndex = new Map(csv.header.map((h, i) => [h, i]));

  if (csv.rows.length === 0) {
    throw new NaskahError('data/no-rows', `the data file ${file} has a header but no data rows`, {
      location: { file, line: 1 },
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
    const inst = INSTRUMENTS.get(use.use)!;
    use.items.forEach((item, k) => {
      if (plans.some((p) => p.column === item)) return;
      plans.push({
        column: item,
        namedAt: `instruments.${use.name}.items[${k}]`,
        coerce: 'numeric',
        integer: true,
        range: inst.itemRange,
        rangeWhat: `the ${inst.itemRange[0]}–${inst.itemRange[1]} answer scale of ${inst.abbreviation}`,
      });
    });
  }
  const idColumn = study.data!.idColumn;
  const named = new Set([...plans.map((p) => p.column), ...(idColumn ? [idColumn] : [])]);
  // Suggest only columns the study does not already use: the likely misspelling.
  const unclaimed = csv.header.filter((h) => !named.has(h));
  for (const p of [...plans.map((p) => p.column), ...(idColumn ? [idColumn] : [])]) {
    if (!colIndex.has(p)) {
      const close = suggest(p, unclaimed);
      const plan = plans.find((q) => q.column === p);
      add({
        code: 'data/missing-column',
        message: `the column "${p}" named in study.yaml (${plan?.namedAt ?? 'data.id'}) is not in ${file}`,
        location: { file, line: 1, row: 1, csvColumn: p },
        hint: close
          ? `Did you mean "${close}"? Rename the column in the file or the name in study.yaml.`
          : `The file's columns are: ${csv.header.slice(0, 12).join(', ')}${csv.header.length > 12 ? ', …' : ''}.`,
      });
    }
  }
  if (errors.length) throw NaskahError.fromDiagnostics(errors);

  const n = csv.rows.length;
  const rowNumbers = csv.rows.map((_, i) => i + 2);
  const globalMissing = new Set(study.data!.missing);
  const variables = new Map<string, Variable>();
  const where = (r: number, column: string) => ({ file, line: csv.lines[r], row: rowNumbers[r], csvColumn: column });

  for (const plan of plans) {
    const j = colIndex.get(plan.column)!;
    const missing = new Set([...globalMissing, ...(plan.def?.missing ?? [])]);
    const cells = csv.rows.map((row) => row[j]!.trim());
    if (plan.coerce === 'numeric') {
      const values: (number | null)[] = new Array(n);
      for (let r = 0; r < n; r++) {
        const s = cells[r]!;
        if (s === '' || missing.has(s)) {
          values[r] = null;
          continue;
        }
        const x = parseNumber(s, csv.decimal);
        if (Number.isNaN(x)) {
          const commaHint =
            csv.decimal === '.' && /^\d+,\d+$/.test(s)
              ? ' This looks like a decimal comma: declare `data: { decimal: "," }` (or save the file with ";" as separator).'
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
        if (plan.integer && !Number.isInteger(x)) {
          add({
            code: 'data/not-an-integer',
            message: `${s} is not a whole number, but ${plan.column} holds whole numbers`,
            location: where(r, plan.column),
            hint: 'Correct the value, or declare the variable as `type: number`.',
          });
        }
        if (plan.range && (x < plan.range[0] || x > plan.range[1])) {
          add({
            code: 'data/out-of-range',
            message: `${s} is outside ${plan.rangeWhat}`,
            location: where(r, plan.column),
            hint: `Correct the entry (allowed: ${plan.range[0]} to ${plan.range[1]}), or leave it empty if the answer is missing.`,
          });
        }
        values[r] = x;
      }
      const nv: NumericVariable = {
        kind: 'numeric',
        name: plan.column,
        label: plan.def?.label ?? sameInEvery(plan.column),
        values,
        integer: plan.integer,
        range: plan.range,
        unit: plan.def?.unit,
      };
      variables.set(plan.column, nv);
      if (plan.def?.bins) variables.set(`${plan.column}.group`, binVariable(plan.def, values));
    } else if (plan.coerce === 'categorical') {
      const def = plan.def!;
      const values = cells.map((s) => (s === '' || missing.has(s) ? null : s));
      let levels = def.levels;
      if (levels) {
        const codes = levels.map((l) => l.code);
        values.forEach((v, r) => {
          if (v !== null && !codes.includes(v)) {
            const close = suggest(v, codes);
            add({
              code: 'data/unknown-level',
              message: `"${v}" is not one of the levels of ${plan.column} (${codes.join(', ')})`,
              location: where(r, plan.column),
              hint: close
                ? `Did you mean "${close}"? Or add "${v}" under variables.${plan.column}.levels.`
                : `Correct the value or add it under variables.${plan.column}.levels in study.yaml.`,
            });
          }
        });
      } else {
        levels = sortedLevels(values).map((code) => ({ code, label: sameInEvery(code) }));
      }
      const cv: CategoricalVariable = {
        kind: 'categorical',
        name: plan.column,
        label: def.label,
        values,
        levels,
        reference: def.reference ?? levels[0]?.code ?? '',
      };
      variables.set(plan.column, cv);
    } else {
      variables.set(plan.column, {
        kind: 'text',
        name: plan.column,
        label: plan.def!.label,
        values: cells.map((s) => (s === '' ? null : s)),
      });
    }
  }

  let ids: string[] | undefined;
  if (idColumn) {
    const j = colIndex.get(idColumn)!;
    ids = csv.rows.map((row) => row[j]!.trim());
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
