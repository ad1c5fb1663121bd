/**
 * Decimal marks and thousands grouping (issue 16): `1.250` in a decimal-comma file is
 * 1250 when the column is grouped consistently, an error when it could be either, and a
 * column mixing `39,5` with `52.5` is an error naming both cells.
 */
import { describe, expect, it } from 'vitest';
import { datasetFromTable } from '../../src/data/read.ts';
import { csvTable } from '../../src/data/formats/csv.ts';
import type { NumericVariable } from '../../src/data/types.ts';
import { formatDiagnostic, NaskahError } from '../../src/errors.ts';
import type { Study } from '../../src/study/types.ts';

/** The few fields of a study the data stage reads: one numeric variable `x`. */
function study(): Study {
  const label = { id: 'x', en: 'x' };
  return {
    dir: '/s',
    file: '/s/study.yaml',
    data: { file: 'data/d.csv', missing: [] },
    variables: { x: { name: 'x', type: 'number', label } },
    instruments: {},
  } as unknown as Study;
}

function read(text: string, decimal?: '.' | ','): (number | null)[] {
  const ds = datasetFromTable(study(), csvTable(text, { file: 'data/d.csv', decimal }));
  return (ds.variables.get('x') as NumericVariable).values;
}

function failure(text: string, decimal?: '.' | ','): string {
  try {
    read(text, decimal);
  } catch (e) {
    expect(e).toBeInstanceOf(NaskahError);
    return formatDiagnostic((e as NaskahError).toDiagnostic());
  }
  throw new Error('expected an error');
}

describe('decimal comma files (";")', () => {
  it('reads consistently grouped thousands: 1.250 is 1250', () => {
    expect(read('id;x\n1;1.250\n2;12\n3;2.500,5\n4;1.000.000\n5;39,5\n')).toEqual([1250, 12, 2500.5, 1e6, 39.5]);
  });
  it('still reads a plain dot decimal when no cell could be grouping', () => {
    expect(read('id;x\n1;52.5\n2;3\n')).toEqual([52.5, 3]);
  });
  it('refuses 39,5 beside 52.5, naming both cells', () => {
    const m = failure('id;x\n1;39,5\n2;7\n3;52.5\n');
    expect(m).toMatch(/mixed-decimal-marks/);
    expect(m).toMatch(/"39,5" \(row 2, column x\) uses "," but "52\.5" \(row 4, column x\) uses "\."/);
    expect(m).toMatch(/data: \{ decimal: "\." \}/);
  });
  it('refuses 1.250 beside 1.25: the dot could be grouping or a decimal', () => {
    const m = failure('id;x\n1;1.250\n2;1.25\n');
    expect(m).toMatch(/ambiguous-number/);
    expect(m).toMatch(/"1\.250" \(row 2, column x\) could be 1250/);
    expect(m).toMatch(/"1\.25" \(row 3, column x\)/);
    expect(m).toMatch(/Remove the thousands grouping/);
  });
  it('refuses inconsistent grouping: 1.250 beside 12500', () => {
    const m = failure('id;x\n1;1.250\n2;12500\n');
    expect(m).toMatch(
      /ambiguous-number.*"1\.250" \(row 2, column x\) groups thousands with "\." but "12500" \(row 3, column x\) does not/,
    );
  });
  it('a leading zero is never grouping: 0.125 is a decimal', () => {
    expect(read('id;x\n1;0.125\n2;4\n')).toEqual([0.125, 4]);
  });
});

describe('decimal point files (",")', () => {
  it('reads quoted comma grouping: "1,250.5" is 1250.5', () => {
    expect(read('id,x\n1,"1,250.5"\n2,"12,000"\n3,7.25\n')).toEqual([1250.5, 12000, 7.25]);
  });
  it('refuses "39,5" beside 52.5, naming both cells', () => {
    const m = failure('id,x\n1,52.5\n2,"39,5"\n');
    expect(m).toMatch(
      /mixed-decimal-marks.*"52\.5" \(row 2, column x\) uses "\." but "39,5" \(row 3, column x\) uses ","/,
    );
  });
  it('refuses "1,250" beside "1,25"', () => {
    expect(failure('id,x\n1,"1,250"\n2,"1,25"\n')).toMatch(/ambiguous-number/);
  });
  it('a declared decimal comma turns the rules round', () => {
    expect(read('id,x\n1,"1.250,5"\n2,"3,5"\n', ',')).toEqual([1250.5, 3.5]);
  });
});
