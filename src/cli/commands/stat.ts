/**
 * `naskah stat <test> <file.csv> --<arg> <value> …`: one statistical test on a bare CSV,
 * read by the oracle's convention (an empty cell is missing; a column whose every value
 * is a number is numeric). Prints the result object as JSON (`--json`, full precision)
 * or as a readable table in Indonesian or English (`--lang`).
 *
 * `runStatOnFile` is the whole path from file to result; the oracle tests call it too,
 * so what they check is exactly what the command prints with --json.
 */
import { statSync } from 'node:fs';
import { FILE_LIMITS, formatBytes } from '../../limits.ts';
import { resolve } from 'node:path';
import type { Command } from '../command.ts';
import { usageError } from '../command.ts';
import type { CsvData } from '../../data/csv.ts';
import { inferColumns } from '../../data/columns.ts';
import { readCsvFile } from '../../data/formats/csv.ts';
import { NaskahError } from '../../errors.ts';
import { STAT_TESTS } from '../../stats/registry.ts';
import { findStatTest, runStatTest, testUsage, type StatArgs } from '../stat-args.ts';
import { isFailure, type StatFailure } from '../../stats/types.ts';
import { makeFmt } from '../../report/locale/format.ts';
import { statLabelsEn, statLabelsId, type StatLabels } from '../../report/locale/stat-labels.ts';

/** Reads `file` (relative to `cwd`) and runs the registered test `test` with `args`. */
export function runStatOnFile(
  file: string,
  test: string,
  args: StatArgs,
  options: { cwd?: string; missing?: readonly string[] } = {},
): Record<string, unknown> | StatFailure {
  findStatTest(test);
  const path = resolve(options.cwd ?? process.cwd(), file);
  let data: CsvData;
  try {
    // A FIFO or device would never end, a huge file would exhaust memory: refuse both first.
    const st = statSync(path);
    if (!st.isFile() && !st.isDirectory())
      throw new NaskahError('stat/file-unreadable', `"${file}" is not a regular file (a device, pipe or socket)`, {
        location: { file },
        hint: 'Give the path of a CSV file.',
      });
    if (st.size > FILE_LIMITS.data)
      throw new NaskahError(
        'stat/file-too-large',
        `"${file}" is ${formatBytes(st.size)}, more than the ${formatBytes(FILE_LIMITS.data)} naskah reads for a data file`,
        { location: { file }, hint: 'Check that this is the right file; the limits are listed in docs/limits.md.' },
      );
    data = readCsvFile(path, { file });
  } catch (err) {
    if (err instanceof NaskahError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new NaskahError('stat/file-not-found', `cannot find the data file "${file}"`, {
        location: { file },
        hint: `Looked for ${path}. Paths are relative to the current folder.`,
      });
    }
    if (code === 'EISDIR')
      throw new NaskahError('stat/file-unreadable', `"${file}" is a folder, not a CSV file`, { location: { file } });
    throw new NaskahError(
      'stat/file-unreadable',
      `cannot read the data file "${file}" (${code ?? (err as Error).message})`,
      {
        location: { file },
        hint: code === 'EACCES' ? 'Check the file permissions.' : undefined,
      },
    );
  }
  const table = inferColumns(data, { file, missing: options.missing });
  return runStatTest(test, table, args, file);
}

const P_FIELDS = new Set(['p', 'pAsymptotic', 'pExact', 'exactP', 'fisherP', 'correlationP', 'lrP']);

type Scalar = string | number | boolean | null | undefined;

/** The readable form of a result: aligned label/value lines, sections and tables. */
function formatStatResult(
  testName: string,
  result: Record<string, unknown> | StatFailure,
  labels: StatLabels,
  meta: { file?: string; args?: StatArgs } = {},
): string {
  const fmt = makeFmt(labels.style);
  const label = (key: string) => labels.fields[key] ?? key;
  // `decimals`: false prints integers as integers; a table column with any fraction
  // prints all its numbers with 3 decimals so they line up.
  const value = (key: string, v: unknown, decimals = false): string => {
    if (v === null || v === undefined) return labels.notDefined;
    if (typeof v === 'boolean') return v ? labels.yes : labels.no;
    if (typeof v === 'string') return labels.values[v] ?? v;
    if (typeof v === 'number') {
      if (P_FIELDS.has(key)) return fmt.pCell(v);
      if (Number.isInteger(v) && !decimals) return fmt.int(v);
      return Math.abs(v) >= 1e-3 || v === 0 ? fmt.num(v, 3) : v.toExponential(2).replace('.', labels.style.decimal);
    }
    if (Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null))
      return v.map((x) => value('', x)).join(', ');
    return String(v);
  };
  const lines: string[] = [];
  lines.push(`${labels.tests[testName] ?? testName} (${testName})`);
  if (meta.file) lines.push(`${labels.file}: ${meta.file}`);
  if (meta.args) {
    const shown = Object.entries(meta.args)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k} = ${Array.isArray(v) ? v.join(', ') : String(v)}`);
    if (shown.length) lines.push(shown.join('; '));
  }
  lines.push('');
  const keyValues = (entries: [string, unknown][], indent: string) => {
    const width = Math.max(0, ...entries.map(([k]) => label(k).length));
    for (const [k, v] of entries) lines.push(`${indent}${label(k).padEnd(width)}  ${value(k, v)}`);
  };
  const table = (rows: string[][], indent: string) => {
    const widths = rows[0]!.map((_, j) => Math.max(...rows.map((r) => (r[j] ?? '').length)));
    const numericCol = widths.map((_, j) => rows.slice(1).every((r) => /^[−\d<>.,\s—e+-]*$/.test(r[j] ?? '')));
    for (const r of rows) {
      lines.push(
        indent +
          r
            .map((cell, j) => (numericCol[j] ? cell.padStart(widths[j]!) : cell.padEnd(widths[j]!)))
            .join('  ')
            .trimEnd(),
      );
    }
  };
  if (isFailure(result)) {
    const e = result.error;
    lines.push(`${labels.error}: ${labels.errors[e.code] ?? e.code} [${e.code}]`);
    lines.push(`  ${e.message}`);
    const counts = (['n', 'missing'] as const)
      .filter((k) => result[k] !== undefined)
      .map((k): [string, unknown] => [k, result[k]]);
    if (counts.length) {
      lines.push('');
      keyValues(counts, '');
    }
    return `${lines.join('\n')}\n`;
  }
  const scalars: [string, unknown][] = [];
  const blocks: [string, unknown][] = [];
  for (const [k, v] of Object.entries(result)) {
    if (k === 'note') continue;
    const isScalar =
      v === null || typeof v !== 'object' || (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object'));
    (isScalar ? scalars : blocks).push([k, v]);
  }
  keyValues(scalars, '');
  for (const [k, v] of blocks) {
    lines.push('', label(k));
    if (Array.isArray(v) && v.length && v.every((x) => Array.isArray(x))) {
      // McNemar's table has one set of levels for both margins.
      const rowsLv = (result.rowLevels ?? (k === 'table' ? result.levels : undefined)) as Scalar[] | undefined;
      const colsLv = (result.colLevels ?? (k === 'table' ? result.levels : undefined)) as Scalar[] | undefined;
      const fractional = (v as unknown[][]).some((r) => r.some((x) => typeof x === 'number' && !Number.isInteger(x)));
      const body = (v as unknown[][]).map((r, i) => [
        rowsLv ? value('', rowsLv[i]) : '',
        ...r.map((x) => value('', x, fractional)),
      ]);
      table(colsLv ? [['', ...colsLv.map((c) => value('', c))], ...body] : body, '  ');
    } else if (Array.isArray(v)) {
      const keys = [...new Set(v.flatMap((o) => (o && typeof o === 'object' ? Object.keys(o) : [])))];
      if (keys.length === 0) continue;
      const cell = (o: unknown, key: string) => (o as Record<string, unknown>)[key];
      const fractional = new Set(
        keys.filter((key) => v.some((o) => typeof cell(o, key) === 'number' && !Number.isInteger(cell(o, key)))),
      );
      const rows = [keys.map(label), ...v.map((o) => keys.map((key) => value(key, cell(o, key), fractional.has(key))))];
      table(rows, '  ');
    } else if (v && typeof v === 'object') {
      keyValues(Object.entries(v), '  ');
    }
  }
  if (typeof result.note === 'string' && result.note) lines.push('', `${labels.note}: ${result.note}`);
  return `${lines.join('\n')}\n`;
}

function helpDetails(): string {
  const lines = [
    'Runs one statistical test on a CSV file (header row; an empty cell is missing, and so is',
    'a cell equal to one of the --missing codes, e.g. --missing 99,-9, as in study.yaml).',
    'Levels of group variables are sorted (numbers numerically, text by code point) unless',
    'given with --levels. p-values are two-sided; intervals are 95%.',
    '',
    'Tests and their arguments:',
  ];
  for (const t of STAT_TESTS) {
    lines.push(`  ${testUsage(t)}`);
    lines.push(`      ${t.summary}`);
    for (const a of t.args)
      lines.push(
        `      --${a.name}: ${a.description}${a.required ? '' : ` (optional${a.defaultText ? `; default ${a.defaultText}` : ''})`}`,
      );
  }
  lines.push(
    '',
    'Exit codes: 0 result printed; 1 a mistake in the command or the file;',
    '3 the test has no estimate for these data (e.g. separation), explained in the output.',
    '',
    'Examples:',
    '  naskah stat paired-t data/pss.csv --x pss_pre --y pss_post',
    '  naskah stat logistic-regression data/survey.csv --outcome stres_tinggi --predictors shift_malam,usia --json',
    '  naskah stat independent-t data/quasi.csv --value dass_post --group kelompok --lang id',
  );
  return lines.join('\n');
}

/** The codes of `--missing 99,-9` (text, compared with each cell's trimmed text). */
function missingCodes(option: string | boolean | undefined): string[] | undefined {
  if (typeof option !== 'string') return undefined;
  const codes = option
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  if (!codes.length) throw usageError(statCommand, '--missing lists no codes (e.g. --missing 99,-9)');
  return codes;
}

export const statCommand: Command = {
  name: 'stat',
  summary: 'run one statistical test on a CSV file (R-exact results, readable or JSON)',
  usage: 'naskah stat <test> <file.csv> --<arg> <value> … [--missing CODE,…] [--json] [--lang id|en]',
  details: helpDetails(),
  options: [
    { name: 'json', type: 'boolean', description: 'print the result object as JSON (full precision)' },
    { name: 'lang', type: 'string', value: 'id|en', description: 'language of the readable output (default en)' },
    {
      name: 'missing',
      type: 'string',
      value: 'CODE,CODE,…',
      description:
        'codes that mean "missing" in every column, as `data: { missing: [...] }` in study.yaml (an empty cell always is), e.g. --missing 99,-9',
    },
  ],
  allowExtraOptions: true,
  async run(args, io) {
    const [test, file, ...rest] = args.positionals;
    if (!test) throw usageError(statCommand, `name a test (one of: ${STAT_TESTS.map((t) => t.name).join(', ')})`);
    const spec = findStatTest(test);
    if (!file) throw usageError(statCommand, `name the CSV file to run ${test} on (naskah stat ${testUsage(spec)})`);
    if (rest.length)
      throw usageError(statCommand, `unexpected argument "${rest[0]}" (arguments of a test are given as --name value)`);
    const lang = args.options.lang ?? 'en';
    if (lang !== 'id' && lang !== 'en')
      throw usageError(statCommand, `--lang must be id or en (got "${String(lang)}")`);
    const statArgs: StatArgs = { ...args.extra };
    const result = runStatOnFile(file, test, statArgs, { cwd: io.cwd, missing: missingCodes(args.options.missing) });
    if (args.options.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else
      io.stdout(formatStatResult(test, result, lang === 'id' ? statLabelsId : statLabelsEn, { file, args: statArgs }));
    return isFailure(result) ? 3 : 0;
  },
};
