/**
 * JSON Schema validation (ajv) with messages a researcher can act on: what was expected,
 * where in study.yaml, and a suggestion for a misspelt key.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { TSchema } from '@sinclair/typebox';
import type { Diagnostic } from '../errors.ts';
import { suggest } from '../errors.ts';
import { formatPath, pointerToPath, type FieldPath, type Locator } from './yaml-locate.ts';

const require = createRequire(import.meta.url);
const AJV_OPTIONS = { allErrors: true, strict: false } as const;
let ajv: import('ajv').Ajv | undefined;
let cacheDir: string | null | undefined;

/**
 * Validators are cached once per installation as ajv standalone code, in
 * node_modules/.cache/naskah-validators/<hash>.cjs, keyed by the SHA-256 of the schema's
 * JSON, ajv's version and its options: a changed schema gets a new file, so the cache
 * never goes stale. Loading ajv and generating a validator cost about a tenth of a
 * one-study build; requiring the cached file costs a millisecond. A read-only
 * installation compiles in memory as before.
 */
function validatorsDir(): string | null {
  if (cacheDir !== undefined) return cacheDir;
  try {
    const ajvDir = dirname(require.resolve('ajv/package.json'));
    const version = (require('ajv/package.json') as { version: string }).version;
    cacheDir = join(dirname(ajvDir), '.cache', 'naskah-validators', `ajv-${version}`);
  } catch {
    cacheDir = null;
  }
  return cacheDir;
}

function compileSchema(schema: TSchema, text: string): ValidateFunction {
  const dir = validatorsDir();
  const key = createHash('sha256').update(JSON.stringify(AJV_OPTIONS)).update(text).digest('hex').slice(0, 32);
  const file = dir ? join(dir, `${key}.cjs`) : undefined;
  if (file) {
    try {
      return loadStandalone(file);
    } catch {
      // Not cached yet (or unreadable): compile below.
    }
  }
  const { Ajv } = require('ajv') as typeof import('ajv');
  ajv ??= new Ajv({ ...AJV_OPTIONS, code: { source: true } });
  const validate = ajv.compile(schema);
  if (dir && file) {
    try {
      const standaloneCode = (require('ajv/dist/standalone/index.js') as typeof import('ajv/dist/standalone/index.js'))
        .default;
      mkdirSync(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, standaloneCode(ajv, validate));
      renameSync(tmp, file);
    } catch {
      // A read-only installation: the validator compiled in memory serves this process.
    }
  }
  return validate;
}

/**
 * A cached validator, run through a V8 code cache of its own (<hash>-v8-<V8 version>.bin
 * beside it) so that a start of naskah neither parses nor compiles the study schema's
 * validator, the largest (about 140 kB): half the time of requiring it. The code cache is
 * written once the validator has run (its functions are compiled then); V8 accepts it only
 * for a source of the same length, and the source of a given file name is always the same
 * (the name is the hash of the schema, ajv's version and options). A cache V8 rejects is
 * written again.
 */
function loadStandalone(file: string): ValidateFunction {
  const source = readFileSync(file, 'utf8');
  const cacheFile = `${file.slice(0, -'.cjs'.length)}-v8-${process.versions.v8.replace(/[^\w.-]/g, '_')}.bin`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // Not written yet.
  }
  const script = new Script(`(function (exports, require, module) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} as { default?: ValidateFunction } | ValidateFunction };
  script.runInThisContext()(module.exports, createRequire(file), module);
  const validate = ((module.exports as { default?: ValidateFunction }).default ?? module.exports) as ValidateFunction;
  if (cachedData && !script.cachedDataRejected) return validate;
  let saved = false;
  const firstRun = ((value: unknown) => {
    const ok = validate(value);
    firstRun.errors = validate.errors;
    if (!saved) {
      saved = true;
      try {
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cacheFile);
      } catch {
        // A read-only cache folder: compiled again next time.
      }
    }
    return ok;
  }) as ValidateFunction;
  return firstRun;
}

const compiled = new WeakMap<TSchema, ValidateFunction>();
/**
 * Compiled validators by the schema's JSON text too: a schema built afresh on every load
 * (e.g. an analysis entry's schema assembled from its unit) compiles once per process, not
 * once per study (ajv's compile is the slowest step of loading, and it keeps every
 * compiled schema, so recompiling also grew memory in a batch).
 */
const compiledByText = new Map<string, ValidateFunction>();

function validatorFor(schema: TSchema): ValidateFunction {
  let validate = compiled.get(schema);
  if (validate) return validate;
  const text = JSON.stringify(schema);
  validate = compiledByText.get(text);
  if (!validate) {
    validate = compileSchema(schema, text);
    compiledByText.set(text, validate);
  }
  compiled.set(schema, validate);
  return validate;
}

export function validateAgainst(
  schema: TSchema,
  value: unknown,
  ctx: { file: string; locator: Locator; basePath: FieldPath; what: string },
): Diagnostic[] {
  const validate = validatorFor(schema);
  if (validate(value)) return [];
  return simplify(validate.errors ?? []).map((e) => toDiagnostic(e, schema, ctx));
}

/**
 * ajv reports every failed branch of a union; keep, per location, the most specific
 * error (unknown key, missing field, wrong type), and drop union noise when a branch
 * error explains the value.
 */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const out: ErrorObject[] = [];
  const seen = new Set<string>();
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  for (const e of errors) {
    if (anyOfPaths.has(e.instancePath) && e.keyword !== 'anyOf') {
      // A branch error at the union's own location (e.g. "must be string") is noise;
      // the anyOf error states the alternatives.
      if (e.keyword === 'type' || e.keyword === 'const') continue;
    }
    if (e.keyword === 'anyOf') {
      // When a nested branch failed deeper, that error is more useful.
      const deeper = errors.some((o) => o.instancePath.startsWith(`${e.instancePath}/`) && o.keyword !== 'type');
      if (deeper) continue;
    }
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

function describeSchema(schema: Record<string, unknown> | undefined): string {
  if (!schema) return 'a valid value';
  if (schema.description && typeof schema.description === 'string' && !schema.anyOf) return schema.description;
  if (Array.isArray(schema.anyOf)) {
    const alts = (schema.anyOf as Record<string, unknown>[]).map((s) =>
      'const' in s ? JSON.stringify(s.const) : describeSchema(s),
    );
    return alts.join(' or ');
  }
  if ('const' in schema) return JSON.stringify(schema.const);
  if (schema.type === 'object') {
    const props = Object.keys((schema.properties as object) ?? {});
    return props.length ? `a mapping with ${props.join(', ')}` : 'a mapping';
  }
  if (schema.type === 'array') return 'a list';
  if (schema.type === 'string') return 'a text';
  if (schema.type === 'number') return 'a number';
  if (schema.type === 'integer') return 'a whole number';
  if (schema.type === 'boolean') return 'true or false';
  return 'a valid value';
}

function toDiagnostic(
  e: ErrorObject,
  root: TSchema,
  ctx: { file: string; locator: Locator; basePath: FieldPath; what: string },
): Diagnostic {
  const path = [...ctx.basePath, ...pointerToPath(e.instancePath)];
  const where = (p: FieldPath, at: 'key' | 'value' = 'value') => ({
    file: ctx.file,
    path: formatPath(p),
    ...ctx.locator.locate(p, at),
  });
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const parent = schemaAt(root, pointerToPath(e.instancePath));
      const allowed = Object.keys((parent?.properties as object) ?? {});
      const close = suggest(key, allowed);
      return {
        code: 'study/unknown-key',
        severity: 'error',
        message: `unknown key "${key}" in ${ctx.what}${formatPath(path) ? ` at ${formatPath(path)}` : ''}`,
        location: where([...path, key], 'key'),
        hint: close ? `Did you mean "${close}"?` : `Allowed keys here: ${allowed.join(', ')}.`,
      };
    }
    case 'required': {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      const sub = schemaAt(root, [...pointerToPath(e.instancePath), missing]);
      return {
        code: 'study/missing-key',
        severity: 'error',
        message: `${formatPath(path) || ctx.what} is missing the required key "${missing}"`,
        location: where(path),
        hint: `Add \`${missing}:\` with ${describeSchema(sub as Record<string, unknown>)}.`,
      };
    }
    default: {
      const sub = schemaAt(root, pointerToPath(e.instancePath)) as Record<string, unknown> | undefined;
      const expected = e.keyword === 'anyOf' ? describeSchema(sub) : describeKeyword(e, sub);
      return {
        code: 'study/invalid-value',
        severity: 'error',
        message: `${formatPath(path) || ctx.what} ${expected.startsWith('must') ? expected : `should be ${expected}`}`,
        location: where(path),
      };
    }
  }
}

function describeKeyword(e: ErrorObject, sub: Record<string, unknown> | undefined): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'type':
      return describeSchema({ type: p.type });
    case 'pattern':
      return sub?.description
        ? `${String(sub.description)} (got a value that does not match)`
        : `text matching ${String(p.pattern)}`;
    case 'minItems':
      return `a list with at least ${String(p.limit)} item(s)`;
    case 'uniqueItems':
      return 'a list without repeated items';
    case 'exclusiveMinimum':
      return `a number above ${String(p.limit)}`;
    case 'exclusiveMaximum':
      return `a number below ${String(p.limit)}`;
    case 'minimum':
      return `a number ≥ ${String(p.limit)}`;
    case 'maximum':
      return `a number ≤ ${String(p.limit)}`;
    case 'const':
      return JSON.stringify(p.allowedValue);
    default:
      return e.message ? `valid (${e.message})` : 'valid';
  }
}

/** The sub-schema for a data path (following properties, records, arrays, tuples and unions). */
function schemaAt(schema: unknown, path: FieldPath): Record<string, unknown> | undefined {
  let s = schema as Record<string, unknown> | undefined;
  for (const seg of path) {
    if (!s) return undefined;
    if (Array.isArray(s.anyOf)) {
      s =
        (s.anyOf as Record<string, unknown>[]).find((b) => b.type === (typeof seg === 'number' ? 'array' : 'object')) ??
        s;
    }
    if (typeof seg === 'number') {
      s = (Array.isArray(s.items) ? (s.items as unknown[])[seg] : (s.items ?? s.prefixItems)) as
        | Record<string, unknown>
        | undefined;
    } else if (s.properties && (s.properties as Record<string, unknown>)[seg]) {
      s = (s.properties as Record<string, Record<string, unknown>>)[seg];
    } else if (s.patternProperties) {
      s = Object.values(s.patternProperties as Record<string, Record<string, unknown>>)[0];
    } else if (s.additionalProperties && typeof s.additionalProperties === 'object') {
      s = s.additionalProperties as Record<string, unknown>;
    } else return undefined;
  }
  return s;
}
