/**
 * The arguments of `naskah stat <test>` (and of the oracle's cases): checked against the
 * test's declared arguments in the registry (src/stats/registry.ts), column names
 * resolved in the table, then the test run. Every result passes through `sanitizeResult`,
 * so nothing non-finite escapes.
 *
 * User mistakes (unknown test, argument or column, a text column where numbers are
 * needed) are `NaskahError`s with a hint; a statistic that cannot be estimated on the
 * data returns its `{ error: { code, message } }` value instead.
 */
import type { Column, ColumnTable } from '../data/columns.ts';
import { NaskahError, suggest } from '../errors.ts';
import { sanitizeResult } from '../stats/finite.ts';
import { STAT_TEST_NAMES, STAT_TESTS, type ResolvedArgs, type StatTest } from '../stats/registry.ts';
import type { Level, StatFailure } from '../stats/types.ts';

/** Argument values as the oracle (JSON) or the command line (strings) gives them. */
export type StatArgValue = string | number | (string | number)[];
export type StatArgs = Record<string, StatArgValue | undefined>;

export function findStatTest(name: string): StatTest {
  const test = STAT_TESTS.find((t) => t.name === name);
  if (test) return test;
  const close = suggest(name, STAT_TEST_NAMES);
  throw new NaskahError('stat/unknown-test', `unknown test "${name}"${close ? ` (did you mean "${close}"?)` : ''}`, {
    hint: `Known tests: ${STAT_TEST_NAMES.join(', ')}.`,
  });
}

/** Usage line of one test: `paired-t FILE.csv --x COLUMN --y COLUMN`. */
export function testUsage(test: StatTest): string {
  const parts = test.args.map((a) => {
    const value =
      a.kind === 'column'
        ? 'COLUMN'
        : a.kind === 'columns'
          ? 'COL,COL,…'
          : a.kind === 'number'
            ? 'NUMBER'
            : a.kind === 'level'
              ? 'LEVEL'
              : 'LEVEL,LEVEL,…';
    const s = `--${a.name} ${value}`;
    return a.required ? s : `[${s}]`;
  });
  return `${test.name} FILE.csv ${parts.join(' ')}`;
}

function isNumericColumn(c: Column): boolean {
  for (const v of c) if (v !== null && typeof v !== 'number') return false;
  return true;
}

function columnOf(table: ColumnTable, name: string, arg: string, test: StatTest, file?: string): Column {
  const c = Object.hasOwn(table, name) ? table[name] : undefined;
  if (c) return c;
  const names = Object.keys(table);
  const close = suggest(name, names);
  throw new NaskahError(
    'stat/unknown-column',
    `there is no column "${name}" (given as --${arg})${close ? `; did you mean "${close}"?` : ''}`,
    {
      location: { file },
      hint: `Columns in this file: ${names.join(', ')}.\nUsage: naskah stat ${testUsage(test)}`,
    },
  );
}

function listOf(v: StatArgValue): (string | number)[] {
  if (Array.isArray(v)) return v;
  if (typeof v === 'number') return [v];
  return v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A level given on the command line as text names a number in a numeric column. */
function asLevel(v: string | number, column: Column | undefined): Level {
  if (typeof v === 'number') return v;
  if (column && isNumericColumn(column) && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return v;
}

/** Checks `args` against the test's spec and resolves column names in `table`. */
function resolveArgs(test: StatTest, table: ColumnTable, args: StatArgs, file?: string): ResolvedArgs {
  const usage = `Usage: naskah stat ${testUsage(test)}`;
  const known = test.args.map((a) => a.name);
  for (const name of Object.keys(args)) {
    if (args[name] === undefined) continue;
    if (!known.includes(name)) {
      const close = suggest(name, known);
      throw new NaskahError(
        'stat/unknown-argument',
        `the test ${test.name} has no argument --${name}${close ? ` (did you mean --${close}?)` : ''}`,
        { hint: usage },
      );
    }
  }
  const out: ResolvedArgs = { columns: {}, columnLists: {}, numbers: {}, levels: {}, levelLists: {} };
  // The columns as read, for the level arguments that name one of them.
  const columns: Record<string, Column> = {};
  const requireNumeric = (c: Column, name: string, arg: string) => {
    if (!isNumericColumn(c)) {
      const sample = [...c].find((v) => v !== null && typeof v !== 'number');
      throw new NaskahError(
        'stat/not-numeric',
        `the column "${name}" (--${arg}) holds text such as "${String(sample)}", but ${test.name} needs numbers`,
        {
          location: { file, csvColumn: name },
          hint: 'Choose a numeric column, or fix the non-numeric cells (an empty cell is a missing value).',
        },
      );
    }
  };
  // Columns first: level arguments are read against their column.
  for (const spec of test.args) {
    const v = args[spec.name];
    if (v === undefined || v === '') {
      if (spec.required) {
        throw new NaskahError(
          'stat/missing-argument',
          `the test ${test.name} needs --${spec.name} (${spec.description})`,
          { hint: usage },
        );
      }
      continue;
    }
    if (spec.kind === 'column') {
      if (typeof v !== 'string')
        throw new NaskahError('stat/invalid-argument', `--${spec.name} must be one column name`, { hint: usage });
      const c = columnOf(table, v, spec.name, test, file);
      if (spec.numeric) requireNumeric(c, v, spec.name);
      out.columns[spec.name] = c;
      columns[spec.name] = c;
    } else if (spec.kind === 'columns') {
      const names = listOf(v).map(String);
      if (names.length === 0)
        throw new NaskahError('stat/missing-argument', `--${spec.name} lists no columns`, { hint: usage });
      out.columnLists[spec.name] = names.map((name) => {
        const c = columnOf(table, name, spec.name, test, file);
        if (spec.numeric) requireNumeric(c, name, spec.name);
        return { name, values: c };
      });
    } else if (spec.kind === 'number') {
      const x = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim().replace(',', '.')) : NaN;
      if (!Number.isFinite(x) || (typeof v === 'string' && v.trim() === '')) {
        throw new NaskahError('stat/invalid-argument', `--${spec.name} must be a number (got "${String(v)}")`, {
          hint: usage,
        });
      }
      out.numbers[spec.name] = x;
    }
  }
  for (const spec of test.args) {
    const v = args[spec.name];
    if (v === undefined || v === '') continue;
    const column = spec.of ? columns[spec.of] : undefined;
    if (spec.kind === 'level') {
      if (Array.isArray(v))
        throw new NaskahError('stat/invalid-argument', `--${spec.name} must be a single level`, { hint: usage });
      out.levels[spec.name] = asLevel(v, column);
    } else if (spec.kind === 'levels') {
      out.levelLists[spec.name] = listOf(v).map((l) => asLevel(l, column));
    }
  }
  return out;
}

/**
 * Runs a registered test on a table. Throws NaskahError for user mistakes; returns the
 * (sanitised) result object, which may be a `{ error }` value when no estimate exists.
 */
export function runStatTest(
  testName: string,
  table: ColumnTable,
  args: StatArgs,
  file?: string,
): Record<string, unknown> | StatFailure {
  const test = findStatTest(testName);
  const resolved = resolveArgs(test, table, args, file);
  return sanitizeResult(test.run(resolved)) as Record<string, unknown> | StatFailure;
}
