/** Study loading: validation returns every problem with a rule id, field path and line:column. */
import { describe, expect, it } from 'vitest';
import { STUDY_REGISTRIES } from '../../src/build/registries.ts';
import { validateStudy, type StudyFiles } from '../../src/study/load.ts';

const BASE = `id: demo
title: { id: Judul, en: Title }
authors:
  - name: A. Penulis
design: one-group-pretest-posttest
data: { file: data.csv, id: id }
variables:
  jk:
    type: categorical
    levels: { L: Laki-laki, P: Perempuan }
instruments:
  pre: { use: pss-10, items: "pre_{1..10}" }
  post: { use: pss-10, items: "post_{1..10}" }
analyses:
  - { id: ciri, type: frequencies, variables: [jk] }
  - { id: uji, type: paired-comparison, before: pre, after: post }
`;

function files(yaml: string, extra: Record<string, string> = { '/s/data.csv': 'id\n' }): StudyFiles {
  const all: Record<string, string> = { '/s/study.yaml': yaml, ...extra };
  return { readText: (p) => all[p], isDirectory: (p) => p === '/s' };
}

const validate = (yaml: string) => validateStudy('/s', { cwd: '/', files: files(yaml), registries: STUDY_REGISTRIES });

describe('a valid study', () => {
  it('is normalised with defaults filled', () => {
    const v = validate(BASE);
    expect(v.errors).toEqual([]);
    const s = v.study!;
    expect(s.languages).toEqual(['id', 'en']);
    expect(s.alpha).toBe(0.05);
    expect(s.template).toBe('article');
    expect(s.variables.jk!.reference).toBe('L');
    expect(s.variables.jk!.levels![1]).toEqual({ code: 'P', label: { id: 'Perempuan', en: 'Perempuan' } });
    expect(s.instruments.pre!.items).toHaveLength(10);
    expect(s.instruments.pre!.items[9]).toBe('pre_10');
  });
});

describe('validation errors', () => {
  it('a misspelt key: suggestion and position, without throwing', () => {
    const v = validate(BASE.replace('design:', 'desgin:'));
    const e = v.errors.find((d) => d.code === 'study/unknown-key')!;
    expect(e.message).toBe('unknown key "desgin" in study.yaml');
    expect(e.hint).toBe('Did you mean "design"?');
    expect(e.location).toMatchObject({ file: 's/study.yaml', line: 5, column: 1 });
    expect(v.errors.some((d) => d.code === 'study/missing-key' && d.message.includes('"design"'))).toBe(true);
  });
  it('a value of the wrong kind says what was expected', () => {
    const v = validate(BASE.replace('design: one-group-pretest-posttest', 'design: experiment'));
    expect(v.errors[0]!.code).toBe('study/invalid-value');
    expect(v.errors[0]!.message).toContain('"one-group-pretest-posttest" or "quasi-experiment"');
    expect(v.errors[0]!.location).toMatchObject({ line: 5, column: 9, path: 'design' });
  });
  it('an unknown instrument gets the closest library id', () => {
    const v = validate(BASE.replace('use: pss-10, items: "pre', 'use: pss10, items: "pre'));
    expect(v.errors[0]).toMatchObject({ code: 'study/unknown-instrument', hint: 'Did you mean "pss-10"?' });
    expect(v.errors[0]!.location).toMatchObject({ line: 12, path: 'instruments.pre.use' });
  });
  it('the number of item columns must match the instrument', () => {
    const v = validate(BASE.replace('"pre_{1..10}"', '"pre_{1..9}"'));
    expect(v.errors[0]!.code).toBe('study/item-count');
    expect(v.errors[0]!.message).toContain('needs 10 item columns, but `items` gives 9');
  });
  it('an unknown analysis type and a misspelt variable', () => {
    const v = validate(BASE.replace('type: frequencies', 'type: frequency').replace('before: pre,', 'before: prre,'));
    expect(v.errors.map((e) => [e.code, e.hint])).toEqual([
      ['study/unknown-analysis-type', 'Did you mean "frequencies"?'],
    ]);
    const w = validate(BASE.replace('before: pre,', 'before: prre,'));
    expect(w.errors[0]).toMatchObject({ code: 'study/unknown-variable', hint: 'Did you mean "pre"?' });
    expect(w.errors[0]!.location).toMatchObject({ line: 16, path: 'analyses[1].before' });
  });
  it('a variable of the wrong type for the analysis', () => {
    const v = validate(BASE.replace('before: pre,', 'before: jk,'));
    expect(v.errors[0]!.code).toBe('study/variable-type');
  });
  it('duplicate analysis ids', () => {
    const v = validate(BASE.replace('id: uji', 'id: ciri'));
    expect(v.errors[0]!.code).toBe('study/duplicate-analysis-id');
  });
  it('YAML syntax errors have a line and column', () => {
    const v = validate('id: demo\ntitle: [x\n');
    expect(v.errors[0]!.code).toBe('study/yaml-syntax');
    expect(v.errors[0]!.location?.line).toBeGreaterThan(0);
  });
  it('a data file outside the study folder is refused', () => {
    const v = validate(BASE.replace('file: data.csv', 'file: ../secret.csv'));
    expect(v.errors[0]!.code).toBe('study/path-outside');
  });
  it('an unknown reference level', () => {
    const v = validate(
      BASE.replace(
        '    levels: { L: Laki-laki, P: Perempuan }',
        '    levels: { L: Laki-laki, P: Perempuan }\n    reference: Q',
      ),
    );
    expect(v.errors[0]!.code).toBe('study/unknown-level');
  });
});

describe('level order', () => {
  it('follows study.yaml even for number-like codes', () => {
    const v = validate(
      BASE.replace('    levels: { L: Laki-laki, P: Perempuan }', '    levels: { "1": Ya, "0": Tidak }'),
    );
    expect(v.errors).toEqual([]);
    expect(v.study!.variables.jk!.levels!.map((l) => l.code)).toEqual(['1', '0']);
    expect(v.study!.variables.jk!.reference).toBe('1');
  });
});
