/**
 * study.yaml's parse kept on disk (src/study/yaml-cache.ts): a study loaded from the cached
 * value equals the one parsed afresh, keeps the written order of number-like level codes,
 * and locates problems at the same line and column; a value JSON cannot give back is not kept.
 */
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers/tmp.ts';

const dir = tempDir('naskah-yaml-cache-');
const before = process.env.NASKAH_YAML_CACHE;
process.env.NASKAH_YAML_CACHE = dir;
afterAll(() => {
  if (before === undefined) delete process.env.NASKAH_YAML_CACHE;
  else process.env.NASKAH_YAML_CACHE = before;
});

const BASE = `id: demo
title: { id: Judul, en: Title }
authors:
  - name: A. Penulis
design: one-group-pretest-posttest
data: { file: data.csv, id: id }
variables:
  jk:
    type: categorical
    levels: { "1": Ya, "0": Tidak }
instruments:
  pre: { use: pss-10, items: "pre_{1..10}" }
  post: { use: pss-10, items: "post_{1..10}" }
analyses:
  - { id: ciri, type: frequencies, variables: [jk] }
  - { id: uji, type: paired-comparison, before: pre, after: post }
`;

/** validateStudy from freshly loaded modules: nothing parsed in memory carries over. */
async function validate(yaml: string) {
  vi.resetModules();
  const { validateStudy } = await import('../../src/study/load.ts');
  const { STUDY_REGISTRIES } = await import('../../src/build/registries.ts');
  const all: Record<string, string> = { '/s/study.yaml': yaml, '/s/data.csv': 'id\n' };
  return validateStudy('/s', {
    cwd: '/',
    files: { readText: (p) => all[p], isDirectory: (p) => p === '/s' },
    registries: STUDY_REGISTRIES,
  });
}

const entries = () => readdirSync(dir).filter((n) => n.endsWith('.json'));

describe('the study.yaml parse cache', () => {
  it('gives the same study, levels in written order', async () => {
    const first = await validate(BASE);
    expect(first.errors).toEqual([]);
    expect(first.study!.variables.jk!.levels!.map((l) => l.code)).toEqual(['1', '0']);
    expect(entries()).toHaveLength(1);
    const again = await validate(BASE);
    // As data (each load has its own module instances, so their functions are not the same objects).
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    expect(again.study!.variables.jk!.levels!.map((l) => l.code)).toEqual(['1', '0']);
    expect(entries()).toHaveLength(1);
  });

  it('locates a problem at the same place from a cached parse', async () => {
    const text = BASE.replace('design:', 'desgin:');
    const first = await validate(text);
    const again = await validate(text);
    expect(again.errors).toEqual(first.errors);
    expect(first.errors.find((d) => d.code === 'study/unknown-key')!.location).toMatchObject({
      file: 's/study.yaml',
      line: 5,
      column: 1,
    });
  });

  it('keeps no value that JSON would change (.nan)', async () => {
    const stored = entries().length;
    const text = BASE.replace('design: one-group-pretest-posttest', 'design: one-group-pretest-posttest\nalpha: .nan');
    const first = await validate(text);
    expect(entries()).toHaveLength(stored);
    expect(first.errors.length).toBeGreaterThan(0);
    expect((await validate(text)).errors).toEqual(first.errors);
  });
});
