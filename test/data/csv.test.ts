/** CSV reading: separators, BOM, quotes, decimal comma, and positions of malformed input. */
import { describe, expect, it } from 'vitest';
import { parseCsv, parseNumber } from '../../src/data/csv.ts';
import { NaskahError } from '../../src/errors.ts';

describe('parseCsv', () => {
  it('detects ";" with the decimal comma, strips a BOM and CRLF', () => {
    const t = parseCsv('\ufeffid;skor\r\n1;2,5\r\n2;3\r\n');
    expect(t.delimiter).toBe(';');
    expect(t.decimal).toBe(',');
    expect(t.header).toEqual(['id', 'skor']);
    expect(t.rows).toEqual([
      ['1', '2,5'],
      ['2', '3'],
    ]);
    expect(parseNumber(t.rows[0]![1]!, t.decimal)).toBe(2.5);
  });
  it('reads quoted values with separators, doubled quotes and line breaks', () => {
    const t = parseCsv('a,b\n"x, y","say ""hi"""\n"multi\nline",2\n');
    expect(t.rows).toEqual([
      ['x, y', 'say "hi"'],
      ['multi\nline', '2'],
    ]);
    expect(t.lines).toEqual([2, 3]);
  });
  it('tabs are detected', () => {
    expect(parseCsv('a\tb\n1\t2').delimiter).toBe('\t');
  });
  it('an unterminated quote names its line and column', () => {
    try {
      parseCsv('a,b\n1,"open\n2,3\n', { file: 'd.csv' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NaskahError);
      expect((e as NaskahError).code).toBe('data/unterminated-quote');
      expect((e as NaskahError).location).toEqual({ file: 'd.csv', line: 2, column: 3 });
    }
  });
  it('a ragged row names the row', () => {
    expect(() => parseCsv('a,b,c\n1,2,3\n4,5\n', { file: 'd.csv' })).toThrow(
      'row 3 has 2 cells but the header has 3 columns',
    );
  });
  it('a trailing separator is tolerated', () => {
    expect(parseCsv('a,b\n1,2,\n').rows).toEqual([['1', '2']]);
  });
  it('an empty file and duplicate column names are errors', () => {
    expect(() => parseCsv('')).toThrow('empty');
    expect(() => parseCsv('a,a\n1,2')).toThrow('appears twice');
  });
});

describe('parseNumber', () => {
  it('never guesses', () => {
    expect(parseNumber('1.5', '.')).toBe(1.5);
    expect(parseNumber('1,5', ',')).toBe(1.5);
    expect(parseNumber('1,5', '.')).toBeNaN();
    expect(parseNumber('1.000,5', ',')).toBeNaN();
    expect(parseNumber('-2e3', '.')).toBe(-2000);
    expect(parseNumber('abc', '.')).toBeNaN();
  });
});

describe('a wrong separator', () => {
  const message = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return `${(e as NaskahError).code}: ${(e as NaskahError).message} ${(e as NaskahError).hint}`;
    }
    throw new Error('expected an error');
  };
  it('names the declared separator and the one the header uses', () => {
    const m = message(() => parseCsv('id,skor,usia\n1,2,30\n', { delimiter: ';', file: 'd.csv' }));
    expect(m).toBe(
      'data/wrong-separator: the header row is one column when split at ";" (data.delimiter), but 3 columns when split at ",": the file separates its values with "," Set `data: { delimiter: "," }` in study.yaml, or remove data.delimiter (naskah detects the separator).',
    );
  });
  it('says so before a row with a decimal comma looks too long', () => {
    expect(message(() => parseCsv('id;skor\n1;2,5\n', { delimiter: ',' }))).toMatch(/^data\/wrong-separator: .*at ","/);
  });
  it('recognises "|" and asks for a separator naskah reads', () => {
    expect(message(() => parseCsv('id|skor|usia\n1|2|30\n'))).toMatch(
      /3 columns when split at "\|".*Save the file with "," or ";"/,
    );
  });
  it('names a tab as tab', () => {
    expect(message(() => parseCsv('id\tskor\n1\t2\n', { delimiter: ',' }))).toMatch(/split at tab.*delimiter: "tab"/);
  });
  it('leaves a genuine one-column file alone', () => {
    expect(parseCsv('id\n1\n2\n').header).toEqual(['id']);
  });
});
