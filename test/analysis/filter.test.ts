/**
 * `filter:` on any analysis entry: the expression language (parsed by naskah, never run as
 * JavaScript), missing values that never pass, the subset the unit receives, errors at the
 * study.yaml field with the position inside the condition, and the methods sentence.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { FilterError, filterRows, parseFilter } from '../../src/analysis/filter.ts';
import { NaskahError } from '../../src/errors.ts';
import { makeContext } from '../../src/report/context.ts';
import { LOCALES } from '../../src/report/locale/index.ts';
import { REPORT_UNITS } from '../../src/report/registry.ts';
import { loadMemoryStudy, studyYaml } from './helpers.ts';

const CSV = `jk,usia,unit,skor
P,40,a,10
L,36,a,12
P,30,b,14
P,,b,16
P,35,c,18
L,50,c,
,45,a,11
P,60,b,13
`;
const VARS = `  jk: { type: categorical, label: { id: Jenis kelamin, en: Sex }, levels: { P: { id: Perempuan, en: Female }, L: { id: Laki-laki, en: Male } } }
  usia: { type: number, label: { id: Usia, en: Age } }
  unit: { type: categorical, label: { id: Unit, en: Unit }, levels: { a: A, b: B, c: C } }
  skor: { type: number, label: { id: Skor, en: Score } }`;

const loaded = (filter: string) =>
  loadMemoryStudy(studyYaml(VARS, `  - { id: d, type: descriptives, variables: [skor], filter: "${filter}" }`), CSV);

const rowsOf = (filter: string) => {
  const { data } = loaded('usia >= 0');
  return filterRows(filter, data);
};

describe('the filter language', () => {
  it('combines comparisons with and, or, not, parentheses and in', () => {
    expect(rowsOf('jk == P and usia >= 35')).toEqual([0, 4, 7]);
    expect(rowsOf('jk == L or usia < 31')).toEqual([1, 2, 5]);
    expect(rowsOf('not (unit in [a, b])')).toEqual([4, 5]);
    expect(rowsOf("unit in ['a', c] and not jk != P")).toEqual([0, 4]);
    expect(rowsOf('usia > 35.5 and usia <= 50')).toEqual([0, 1, 5, 6]);
  });

  it('never lets a missing value pass, even under not', () => {
    // Row 3 has no age and row 6 no sex: unknown, so neither side of a not keeps them.
    expect(rowsOf('usia < 100')).not.toContain(3);
    expect(rowsOf('not usia < 100')).toEqual([]);
    expect(rowsOf('jk == P or jk == L')).not.toContain(6);
    expect(rowsOf('not jk == P')).toEqual([1, 5]);
    expect(rowsOf('jk == P or usia > 0')).toContain(6);
  });

  it('reports a mistake with its position', () => {
    const at = (src: string) => {
      try {
        parseFilter(src);
      } catch (e) {
        if (e instanceof FilterError) return [e.at, e.message];
      }
      return undefined;
    };
    expect(at('jk = P')).toEqual([3, 'a single "=" is not a comparison; write "==" to test equality']);
    expect(at('jk == P and')).toEqual([11, 'expected a variable name, found the end of the condition']);
    expect(at('(usia > 3')).toEqual([9, 'expected ")" to close the parenthesis, found the end of the condition']);
    expect(at('unit in [a b]')).toEqual([11, 'expected "," or "]" to close the list of values, found "b"']);
    expect(at('usia >= 35; x')).toEqual([10, '";" is not part of the filter language']);
  });
});

describe('filter: on an analysis entry', () => {
  it('runs the unit on the subset and records it', () => {
    const { study, data } = loaded('jk == P and usia >= 35');
    const r = analyze(study, data).analyses.d!;
    expect(r.subset).toEqual({ filter: 'jk == P and usia >= 35', n: 3 });
    if (r.type !== 'descriptives') throw new Error('not descriptives');
    expect(JSON.stringify(r)).toContain('"n":3');
  });

  it('names the subset and its n in the methods, in both languages', () => {
    const { study, data } = loaded('jk == P and usia >= 35');
    const results = analyze(study, data);
    const bound = REPORT_UNITS.get('descriptives')!.bind(results.analyses.d!, study.analyses[0]!);
    // descriptives has no methods sentence of its own, so the subset sentence names it by its caption.
    expect(bound.methods(makeContext(study, results, 'en', LOCALES.en))).toBe(
      'The analysis \u201cDescriptive statistics of score\u201d used only the subset Sex: Female and Age \u2265 35 (n = 3).',
    );
    expect(bound.methods(makeContext(study, results, 'id', LOCALES.id))).toBe(
      'Analisis \u201cStatistik deskriptif skor\u201d hanya menggunakan subkelompok Jenis kelamin: Perempuan dan Usia \u2265 35 (n = 3).',
    );
  });

  const errorOf = (filter: string) => {
    const { study, data } = loaded(filter);
    try {
      analyze(study, data);
    } catch (e) {
      if (e instanceof NaskahError) return e;
    }
    throw new Error('no error');
  };

  it('locates a mistake at the filter field in study.yaml and inside the condition', () => {
    const e = errorOf('jk == X');
    expect(e.message).toBe('analysis "d": filter "jk == X", at character 7: "X" is not a level of "jk" (levels: P, L)');
    expect(e.location?.line).toBe(12);
    expect(errorOf('umur > 3').message).toBe(
      'analysis "d": filter "umur > 3", at character 1: "umur" is not a variable of the study',
    );
    expect(errorOf('usia == tua').message).toContain(
      'at character 9: "usia" is numeric, so it is compared with a number, not "tua"',
    );
    expect(errorOf('unit > a').message).toContain('"unit" is not numeric, so only ==, != and in apply to it');
    expect(errorOf('usia > 100').message).toBe('analysis "d": filter "usia > 100" keeps none of the 8 rows');
  });
});
