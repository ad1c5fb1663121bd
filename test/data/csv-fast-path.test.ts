/**
 * Unquoted cells (numbers converted from bytes while scanning, rows made only when asked
 * for) must behave exactly like quoted ones: the same rows, line numbers, columns and
 * errors. Each input is compared with itself plus a quoted header name.
 */
import { describe, expect, it } from 'vitest';
import { inferColumns } from '../../src/data/columns.ts';
import { csvData, parseCsv, type CsvOptions } from '../../src/data/csv.ts';
import type { NaskahError } from '../../src/errors.ts';

/** The same table through the general parser: the first header name quoted. */
function viaQuoted(text: string, options: CsvOptions = {}) {
  const quoted = text.replace(/^(\s*)([^,;\t\r\n]+)/, '$1"$2"');
  expect(quoted).toContain('"');
  return parseCsv(quoted, options);
}

const inputs: [string, string, CsvOptions?][] = [
  ['plain integers', 'id,pre,post\n1,24,16\n2,21,15\n3,18,22\n'],
  ['CRLF, blank lines, no final newline', 'id,x\r\n\r\n1,2.5\r\n\r\n2,-0\r\n3,'],
  ['missing and blank cells, trailing separators', 'a,b,c\n1,,3\n , 2 ,\n4,5,6,\n7,8,9, ,\n'],
  ['exponents, signs, long and odd numbers', 'v,w\n1e3,+5\n-2.50,.5\n5.,12345678901234567890\n0.1,007\n'],
  ['text columns', 'g,v\nA,1\nb,2\nA,x\n,3\n'],
  ['decimal comma with semicolons', 'id;skor\n1;3,5\n2;4\n3;-1,25\n'],
  ['tabs', 'id\tskor\n1\t3.5\n2\t\n'],
];

describe('CSV quote-free fast path', () => {
  it.each(inputs)('%s: same rows, lines and columns as the general parser', (_name, text, options) => {
    const fast = parseCsv(text, options);
    const general = viaQuoted(text, options);
    expect(csvData(fast)).toBeDefined();
    const fastColumns = inferColumns(fast);
    const generalColumns = inferColumns(general);
    expect(Object.keys(fastColumns)).toEqual(Object.keys(generalColumns));
    for (const key of Object.keys(fastColumns)) {
      // Object.is keeps −0 apart from 0, as Number() does.
      fastColumns[key]!.forEach((v, i) =>
        expect(Object.is(v, generalColumns[key]![i]), `${key}[${i}]: ${String(v)}`).toBe(true),
      );
    }
    expect(fast.header).toEqual(general.header);
    expect(fast.rows).toEqual(general.rows);
    expect(fast.lines).toEqual(general.lines);
    expect(fast.delimiter).toBe(general.delimiter);
    expect(fast.decimal).toBe(general.decimal);
  });

  it('keeps a lone CR inside a line as content (as the quote-free parser always did)', () => {
    const csv = parseCsv('a,b\n1,x\ry\n2,3\r\n');
    expect(csv.rows).toEqual([
      ['1', 'x\ry'],
      ['2', '3'],
    ]);
    expect(csv.lines).toEqual([2, 3]);
  });

  it('uses the rows, once read and changed, instead of the text', () => {
    const csv = parseCsv('a,b\n1,2\n3,4\n');
    csv.rows[0]![1] = 'x';
    expect(csvData(csv)).toBeUndefined();
    expect(inferColumns(csv)).toEqual({ a: Float64Array.from([1, 3]), b: ['x', '4'] });
  });

  it('reads the --missing codes as missing on both paths, by the cell text', () => {
    const text = 'a,b,c\n1,99,x\n 99 ,2,NA\n99.0,3,y\n';
    const expected = { a: Float64Array.from([1, NaN, 99]), b: Float64Array.from([NaN, 2, 3]), c: ['x', null, 'y'] };
    const fast = parseCsv(text);
    expect(csvData(fast)).toBeDefined();
    expect(inferColumns(fast, { missing: ['99', 'NA'] })).toEqual(expected);
    expect(inferColumns(viaQuoted(text), { missing: ['99', 'NA'] })).toEqual(expected);
    expect(inferColumns(parseCsv(text)).c).toEqual(['x', 'NA', 'y']);
  });

  it('reports a ragged row with its row and line, as the general parser does', () => {
    const text = 'a,b,c\n1,2,3\n\n4,5\n';
    const errorOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as NaskahError;
      }
      throw new Error('no error');
    };
    const fast = errorOf(() => parseCsv(text));
    const general = errorOf(() => viaQuoted(text));
    expect(fast.code).toBe('data/ragged-row');
    expect(fast.message).toBe(general.message);
    expect(fast.location).toEqual(general.location);
    expect(fast.location?.line).toBe(4);
    expect(errorOf(() => parseCsv('a,b\n1,2,3\n')).message).toBe('row 2 has 3 cells but the header has 2 columns');
  });
});
