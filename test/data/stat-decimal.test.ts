/**
 * `naskah stat` judges the numbers of a column by the study reader's rule (issue 16):
 * in a `;` file with the decimal comma, `1.250` is 1250 when the column groups thousands
 * consistently; where `.` could be grouping or a decimal, or a column mixes `39,5` with
 * `52.5`, the read stops with a message naming two cells. Checked on both ways a column
 * is made (from the stream parser's typed columns, and from rows of text) and against
 * the study reader, and through the command itself.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';
import { type Column, inferColumns } from '../../src/data/columns.ts';
import { parseCsv } from '../../src/data/csv.ts';
import { csvTable, readCsvFile } from '../../src/data/formats/csv.ts';
import { datasetFromTable } from '../../src/data/read.ts';
import { formatDiagnostic, NaskahError } from '../../src/errors.ts';
import type { Study } from '../../src/study/types.ts';

const dir = mkdtempSync(join(tmpdir(), 'naskah-stat-decimal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
/** The file's columns, made from the stream parser (`fast`) or from rows of text (`rows`). */
function columns(text: string, path: 'fast' | 'rows'): Record<string, Column> {
  if (path === 'fast') {
    const file = join(dir, `d${++files}.csv`);
    writeFileSync(file, text);
    return inferColumns(readCsvFile(file, { file: 'd.csv' }), { file: 'd.csv' });
  }
  const table = parseCsv(text, { file: 'd.csv' });
  void table.rows; // once read, the rows are what the columns are made from
  return inferColumns(table, { file: 'd.csv' });
}

function failure(f: () => unknown): NaskahError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(NaskahError);
    return e as NaskahError;
  }
  throw new Error('expected an error');
}

const mean = (c: Column) => {
  const xs = Array.from(c as ArrayLike<number>).filter((x) => Number.isFinite(x));
  return xs.reduce((a, b) => a + b, 0) / xs.length;
};

const grouped = 'id;gaji;skor\n1;1.250;39,5\n2;2.500;41\n3;12.750;40,5\n4;;42\n5;1.000.000,5;38\n';
const mixed = 'id;skor\n1;39,5\n2;7\n3;52.5\n';
const ambiguous = 'id;gaji\n1;1.250\n2;1.25\n';
const ungrouped = 'id;gaji\n1;1.250\n2;12500\n';

describe.each(['fast', 'rows'] as const)('naskah stat columns (%s path)', (path) => {
  it('reads consistently grouped thousands: 1.250 is 1250, and the decimal comma', () => {
    const t = columns(grouped, path);
    expect(Array.from(t.gaji as Float64Array)).toEqual([1250, 2500, 12750, NaN, 1000000.5]);
    expect(mean(t.gaji!)).toBe(254125.125);
    expect(Array.from(t.skor as Float64Array)).toEqual([39.5, 41, 40.5, 42, 38]);
    expect(mean(t.skor!)).toBe(40.2);
  });

  it('refuses a column mixing 39,5 and 52.5, naming both cells', () => {
    const e = failure(() => columns(mixed, path).skor);
    expect(formatDiagnostic(e.toDiagnostic())).toBe(
      'error[data/mixed-decimal-marks] d.csv:4, row 4, column "skor": the column mixes decimal marks: "39,5" (row 2, column skor) uses "," but "52.5" (row 4, column skor) uses "."\n' +
        '  Write every number of the file with the same decimal mark ("," for this file), or save the file with "," between values if "." is its decimal mark (naskah stat reads "." as the decimal mark of a file separated by ",").',
    );
  });

  it('refuses 1.250 beside 1.25: the dot could be grouping or a decimal', () => {
    const e = failure(() => columns(ambiguous, path).gaji);
    expect(formatDiagnostic(e.toDiagnostic())).toBe(
      'error[data/ambiguous-number] d.csv:2, row 2, column "gaji": "1.250" (row 2, column gaji) could be 1250 (with "." grouping thousands) or a decimal, since "1.25" (row 3, column gaji) uses "." as a decimal mark\n' +
        '  Remove the thousands grouping from the column (write 1250, not 1.250), or save the file with "," between values if "." is its decimal mark (naskah stat reads "." as the decimal mark of a file separated by ",").',
    );
  });

  it('refuses 1.250 beside 12500, which is not grouped', () => {
    expect(failure(() => columns(ungrouped, path).gaji).message).toBe(
      '"1.250" (row 2, column gaji) groups thousands with "." but "12500" (row 3, column gaji) does not, so "." may be a decimal mark',
    );
  });

  it('reads a column written with the dot alone, where no cell could be grouping', () => {
    expect(Array.from(columns('id;x\n1;52.5\n2;3\n3;0.125\n', path).x as Float64Array)).toEqual([52.5, 3, 0.125]);
  });

  it('leaves --missing codes out of the judgement and the numbers', () => {
    const text = 'id;gaji\n1;1.250\n2;-9\n3;2.500\n4;9,99\n';
    const file = join(dir, `m${++files}.csv`);
    writeFileSync(file, text);
    const table = parseCsv(text, { file: 'd.csv' });
    if (path === 'rows') void table.rows;
    const source = path === 'fast' ? readCsvFile(file, { file: 'd.csv' }) : table;
    const t = inferColumns(source, { file: 'd.csv', missing: ['-9', '9,99'] });
    expect(Array.from(t.gaji as Float64Array)).toEqual([1250, NaN, 2500, NaN]);
  });

  it('leaves a text column alone, whatever its cells look like', () => {
    expect(columns('id;kode\n1;1.250\n2;1,5\n3;A-12\n', path).kode).toEqual(['1.250', '1,5', 'A-12']);
  });

  it('reads grouping with the comma in a "," file: "1,250.5" is 1250.5', () => {
    expect(Array.from(columns('id,x\n1,"1,250.5"\n2,"12,000"\n3,7.25\n', path).x as Float64Array)).toEqual([
      1250.5, 12000, 7.25,
    ]);
  });
});

describe('the same rule as the study reader', () => {
  const study = (column: string) =>
    ({
      dir: '/s',
      file: '/s/study.yaml',
      data: { file: 'd.csv', missing: [] },
      variables: { [column]: { name: column, type: 'number', label: { id: column, en: column } } },
      instruments: {},
    }) as unknown as Study;
  const studyRead = (text: string, column: string) =>
    datasetFromTable(study(column), csvTable(text, { file: 'd.csv' })).variables.get(column) as {
      values: (number | null)[];
    };

  it.each([
    ['mixed', mixed, 'skor'],
    ['ambiguous', ambiguous, 'gaji'],
    ['ungrouped', ungrouped, 'gaji'],
  ])('%s: the same error and cells', (_name, text, column) => {
    const stat = failure(() => columns(text, 'fast')[column]);
    const fromStudy = failure(() => studyRead(text, column));
    expect(stat.code).toBe(fromStudy.code);
    expect(stat.message).toBe(fromStudy.message);
    expect(stat.location).toEqual(fromStudy.location);
  });

  it('grouped thousands: the same numbers', () => {
    const values = studyRead(grouped, 'gaji').values;
    expect(values).toEqual([1250, 2500, 12750, null, 1000000.5]);
    expect(Array.from(columns(grouped, 'fast').gaji as Float64Array)).toEqual(values.map((v) => v ?? NaN));
  });
});

describe('naskah stat on a decimal-comma file', () => {
  function io(): CliIO & { out: string; err: string } {
    const o = {
      out: '',
      err: '',
      stdout(t: string) {
        o.out += t;
      },
      stderr(t: string) {
        o.err += t;
      },
      isTTY: false,
      cwd: dir,
      env: {},
    };
    return o;
  }

  it('gives the mean of grouped thousands as thousands', async () => {
    writeFileSync(join(dir, 'gaji.csv'), grouped);
    const o = io();
    expect(await main(['stat', 'descriptives', 'gaji.csv', '--x', 'gaji', '--json'], o)).toBe(0);
    const r = JSON.parse(o.out);
    expect(r.n).toBe(4);
    expect(r.missing).toBe(1);
    expect(r.mean).toBe(254125.125);
    expect(r.min).toBe(1250);
  });

  it('stops on mixed decimal marks with one message, exit 1', async () => {
    writeFileSync(join(dir, 'campur.csv'), mixed);
    const o = io();
    expect(await main(['stat', 'descriptives', 'campur.csv', '--x', 'skor'], o)).toBe(1);
    expect(o.out).toBe('');
    expect(o.err).toContain(
      'error[data/mixed-decimal-marks] campur.csv:4, row 4, column "skor": the column mixes decimal marks: "39,5" (row 2, column skor) uses "," but "52.5" (row 4, column skor) uses "."',
    );
  });
});
