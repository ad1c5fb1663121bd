/**
 * The study.yaml cache (src/study/yaml-cache.ts): a load from a stored entry gives the same
 * study, the same level order and the same messages at the same lines and columns as a
 * load that parses; values JSON would change are never stored.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

// The cache folder is read once per process: set before the loader is imported.
const folder = mkdtempSync(join(tmpdir(), 'naskah-study-cache-'));
process.env.NASKAH_STUDY_CACHE = folder;
const { STUDY_REGISTRIES } = await import('../../src/build/registries.ts');
const { validateStudy } = await import('../../src/study/load.ts');
const { jsonExact } = await import('../../src/study/yaml-cache.ts');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const BASE = `id: demo
title: { id: Judul, en: Title }
authors:
  - name: A. Penulis
design: one-group-pretest-posttest
data: { file: data.csv, id: id }
variables:
  kelas:
    type: categorical
    levels: { "2": Dua, "1": Satu, "10": Sepuluh }
  jk:
    type: categorical
instruments:
  pre: { use: pss-10, items: "pre_{1..10}" }
  post: { use: pss-10, items: "post_{1..10}" }
analyses:
  - { id: ciri, type: frequencies, variables: [kelas] }
  - { id: uji, type: paired-comparison, before: pre, after: post }
`;

const validate = (yaml: string) =>
  validateStudy('/s', {
    cwd: '/',
    files: {
      readText: (p) => ({ '/s/study.yaml': yaml, '/s/data.csv': 'id\n' })[p],
      isDirectory: (p) => p === '/s',
    },
    registries: STUDY_REGISTRIES,
  });

/** The outcome without the study's locate function (a new closure each load), with a located field. */
const comparable = (v: ReturnType<typeof validate>) => ({
  errors: v.errors,
  warnings: v.warnings,
  study: v.study && { ...v.study, locate: undefined },
  located: v.study?.locate(['analyses', 1, 'after']),
});

describe('the study.yaml cache', () => {
  it('a stored entry loads as the parse does: values, level order, warnings and their positions', () => {
    const cold = comparable(validate(BASE));
    expect(readdirSync(folder)).toHaveLength(1);
    const warm = comparable(validate(BASE));
    expect(warm).toEqual(cold);
    // The order study.yaml writes, not a JavaScript object's (which puts "1", "2", "10" first).
    expect(warm.study!.variables.kelas!.levels!.map((l) => l.code)).toEqual(['2', '1', '10']);
    // jk lists no levels: the warning points at its mapping (line 12, "type: categorical"),
    // though the values came from the cache.
    expect(warm.warnings.find((w) => w.code === 'study/no-levels')!.location).toMatchObject({ line: 12, column: 5 });
    // "post" in `  - { id: uji, type: paired-comparison, before: pre, after: post }` starts at column 61.
    expect(warm.located).toEqual({ file: 's/study.yaml', path: 'analyses[1].after', line: 18, column: 61 });
  });

  it('schema errors from a stored entry point where a fresh parse points', () => {
    const bad = BASE.replace('design: one-group-pretest-posttest', 'design: experiment');
    const cold = validate(bad);
    const warm = validate(bad);
    expect(warm.errors).toEqual(cold.errors);
    expect(warm.errors[0]!.location).toMatchObject({ line: 5, column: 9, path: 'design' });
  });

  it('stores nothing for a text that does not parse', () => {
    const before = readdirSync(folder).length;
    const broken = `${BASE}analyses: []\n`;
    expect(validate(broken).errors[0]!.code).toBe('study/yaml-syntax');
    expect(readdirSync(folder)).toHaveLength(before);
  });

  it('only values JSON gives back exactly are stored', () => {
    const js = (text: string) => parseDocument(text).toJS() as unknown;
    expect(jsonExact(js('a: [1, 2.5, x, true, null, { b: -3 }]'))).toBe(true);
    expect(jsonExact(js('a: .inf'))).toBe(false);
    expect(jsonExact(js('a: -.inf'))).toBe(false);
    expect(jsonExact(js('a: .nan'))).toBe(false);
    expect(jsonExact(js('a: -0'))).toBe(false);
  });
});
