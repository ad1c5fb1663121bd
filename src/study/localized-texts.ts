/**
 * Texts keyed by language (`{ id: …, en: … }`) must give every language the study is
 * written in. The schema allows any subset of the known languages, so this check walks a
 * value beside its schema and reports each text that lacks one of the study's languages.
 */
import type { TSchema } from '@sinclair/typebox';
import { languageOf, languages } from './languages.ts';
import type { FieldPath } from './yaml-locate.ts';

type Json = Record<string, unknown>;

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Answers of isPerLanguage by schema object: the walk asks for every node of every study's
 * schema. The language list is fixed once it has been read (languages.ts), so an answer stays true.
 */
const perLanguage = new WeakMap<Json, boolean>();

/** A schema of one field per known language (see `perLanguage` in schema.ts). */
function isPerLanguage(schema: Json): boolean {
  let answer = perLanguage.get(schema);
  if (answer === undefined) perLanguage.set(schema, (answer = isPerLanguageNow(schema)));
  return answer;
}

function isPerLanguageNow(schema: Json): boolean {
  const props = schema.properties;
  if (schema.type !== 'object' || !isObject(props)) return false;
  const ids = languages().map((l) => l.id);
  const keys = Object.keys(props);
  return keys.length === ids.length && keys.every((k) => ids.includes(k));
}

export interface MissingLanguages {
  path: FieldPath;
  /** The study's languages the text lacks. */
  missing: string[];
}

/** Every text under `value` (validated by `schema`) that lacks one of `wanted`. */
export function missingLanguages(
  schema: TSchema,
  value: unknown,
  wanted: readonly string[],
  path: FieldPath = [],
): MissingLanguages[] {
  const s = schema as Json;
  if (isPerLanguage(s)) {
    if (!isObject(value)) return [];
    const missing = wanted.filter((l) => !(l in value));
    return missing.length ? [{ path, missing }] : [];
  }
  const out: MissingLanguages[] = [];
  if (Array.isArray(s.anyOf)) for (const branch of s.anyOf) out.push(...missingLanguages(branch, value, wanted, path));
  if (isObject(value)) {
    const props = isObject(s.properties) ? s.properties : {};
    const pattern = isObject(s.patternProperties) ? Object.values(s.patternProperties)[0] : undefined;
    for (const [k, v] of Object.entries(value)) {
      const sub = (props[k] ?? pattern) as TSchema | undefined;
      if (sub) out.push(...missingLanguages(sub, v, wanted, [...path, k]));
    }
  }
  if (Array.isArray(value) && isObject(s.items))
    value.forEach((v, i) => out.push(...missingLanguages(s.items as TSchema, v, wanted, [...path, i])));
  return out;
}

/** "Bahasa Indonesia (`id`)" */
export function languageName(id: string): string {
  return `${languageOf(id)?.name ?? id} (\`${id}\`)`;
}
