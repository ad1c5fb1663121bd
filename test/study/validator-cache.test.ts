/**
 * Validators are cached once per installation as ajv standalone code keyed by the schema's
 * hash: a process that finds the cached file validates exactly as a freshly compiled
 * validator does, and a changed schema gets its own validator, never a stale one.
 */
import { Type } from '@sinclair/typebox';
import { describe, expect, it, vi } from 'vitest';

const ctx = {
  file: 'study.yaml',
  locator: { locate: () => ({ line: 3, column: 5 }) },
  basePath: [] as (string | number)[],
  what: 'the study',
};

async function freshValidate() {
  vi.resetModules();
  return (await import('../../src/study/validate-schema.ts')).validateAgainst;
}

const schema = (minimum: number) =>
  Type.Object(
    { alpha: Type.Number({ minimum, description: 'validator-cache test' }), name: Type.String() },
    { additionalProperties: false },
  );

describe('the installation-wide validator cache', () => {
  it('gives the same diagnostics from a fresh process (the cached file) as the first compile', async () => {
    const first = (await freshValidate())(schema(3), { alpha: 1, name: 'x', nmae: 'y' }, ctx);
    const again = (await freshValidate())(schema(3), { alpha: 1, name: 'x', nmae: 'y' }, ctx);
    expect(first.length).toBe(2);
    expect(again).toEqual(first);
    expect(first.map((d) => d.message).join('\n')).toMatch(/nmae/);
    expect((await freshValidate())(schema(3), { alpha: 5, name: 'x' }, ctx)).toEqual([]);
  });

  it('a changed schema is validated by its own validator', async () => {
    expect((await freshValidate())(schema(3), { alpha: 5, name: 'x' }, ctx)).toEqual([]);
    const changed = (await freshValidate())(schema(10), { alpha: 5, name: 'x' }, ctx);
    expect(changed.length).toBe(1);
    expect(changed[0]!.message).toMatch(/10/);
  });
});
