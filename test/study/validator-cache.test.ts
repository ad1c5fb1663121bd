/**
 * Validators are cached once per installation as ajv standalone code keyed by the schema's
 * hash: a process that finds the cached file validates exactly as a freshly compiled
 * validator does, and a changed schema gets its own validator, never a stale one.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Type } from '@sinclair/typebox';
import { describe, expect, it, vi } from 'vitest';
import { REPO } from '../helpers/tmp.ts';

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

describe("a cached validator's V8 code cache", () => {
  it('is written once the validator has run, used, and written again when V8 rejects it', async () => {
    // A schema of its own (the description), so that the first call compiles it.
    const own = Type.Object(
      { beta: Type.Integer({ maximum: 4, description: `code-cache test ${process.pid}` }) },
      { additionalProperties: false },
    );
    const require = createRequire(import.meta.url);
    const ajv = require('ajv/package.json') as { version: string };
    const dir = join(
      dirname(dirname(require.resolve('ajv/package.json'))),
      '.cache',
      'naskah-validators',
      `ajv-${ajv.version}`,
    );
    // The key of src/study/validate-schema.ts: the options' JSON, then the schema's.
    const key = createHash('sha256')
      .update(JSON.stringify({ allErrors: true, strict: false }))
      .update(JSON.stringify(own))
      .digest('hex')
      .slice(0, 32);
    const codeCaches = () => readdirSync(dir).filter((n) => n.startsWith(`${key}-v8-`) && n.endsWith('.bin'));
    const bad = { beta: 7 };
    const first = (await freshValidate())(own, bad, ctx);
    expect(first.length).toBe(1);
    expect(first[0]!.message).toMatch(/4/);
    // The standalone file existed only from here on: the second process runs it and stores the code cache.
    expect((await freshValidate())(own, bad, ctx)).toEqual(first);
    expect(codeCaches()).toHaveLength(1);
    const cacheFile = join(dir, codeCaches()[0]!);
    expect((await freshValidate())(own, bad, ctx)).toEqual(first);
    expect((await freshValidate())(own, { beta: 3 }, ctx)).toEqual([]);
    // A new process (this one's V8 would find the source in its own compilation cache and
    // not look at the file): the damaged cache is rejected, the diagnostics are the same and
    // the cache is written again.
    writeFileSync(cacheFile, 'not a code cache');
    const script = [
      `import { validateAgainst } from ${JSON.stringify(join(REPO, 'src', 'study', 'validate-schema.ts'))};`,
      `const schema = ${JSON.stringify(own)};`,
      `const ctx = { file: 'study.yaml', locator: { locate: () => ({ line: 3, column: 5 }) }, basePath: [], what: 'the study' };`,
      'process.stdout.write(JSON.stringify(validateAgainst(schema, { beta: 7 }, ctx)));',
    ].join('\n');
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual(first);
    expect(readFileSync(cacheFile).length).toBeGreaterThan(100);
  });
});
