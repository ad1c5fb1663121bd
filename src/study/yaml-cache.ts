/**
 * study.yaml's parse, kept on disk: the yaml library's parse of a few kB is among the largest
 * costs of a one-study build (it runs cold, once per process). A study.yaml that parsed
 * without an error is kept as the value it gave, plus the written order of each variable's
 * levels (which a JavaScript object cannot keep for number-like codes), keyed by the SHA-256
 * of its text and of naskah's code fingerprint (src/code-hash.ts, which covers
 * package-lock.json and so the yaml library's version): a changed file or naskah gets a new
 * entry, so it never goes stale. Only values JSON gives back exactly are kept (plain
 * mappings, lists, strings, finite numbers, booleans, null). The document itself, needed
 * only to locate a problem in the file, is parsed when something asks for a location.
 * Files live in node_modules/.cache/naskah-yaml, or in the folder NASKAH_YAML_CACHE names;
 * deleting it is always safe.
 */
import { createHash } from 'node:crypto';
import { naskahCodeHash } from '../code-hash.ts';
import { cacheFolder, readCached, writeCached } from '../disk-cache.ts';

/** What a study.yaml gave: its value and, per variable with a mapping of levels, their codes in written order. */
export interface ParsedStudyYaml {
  raw: unknown;
  levelOrders: Record<string, string[]>;
}

const FORMAT = 1;
let folder: string | null | undefined;
const yamlFolder = () =>
  folder === undefined ? (folder = cacheFolder('naskah-yaml', 'NASKAH_YAML_CACHE', 'yaml')) : folder;

const keyOf = (text: string) =>
  createHash('sha256')
    .update(JSON.stringify([FORMAT, naskahCodeHash(), text]))
    .digest('hex');

export function readParsedYaml(text: string): ParsedStudyYaml | undefined {
  const stored = readCached(yamlFolder(), keyOf(text));
  if (!stored || typeof stored !== 'object') return undefined;
  const { raw, levelOrders } = stored as Partial<ParsedStudyYaml>;
  if (raw === undefined || !isOrders(levelOrders)) return undefined;
  return { raw, levelOrders };
}

export function writeParsedYaml(text: string, parsed: ParsedStudyYaml): void {
  if (!isPlainJson(parsed.raw)) return;
  writeCached(yamlFolder(), keyOf(text), parsed);
}

function isOrders(v: unknown): v is Record<string, string[]> {
  return (
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    Object.values(v).every((codes) => Array.isArray(codes) && codes.every((c) => typeof c === 'string'))
  );
}

/** True when JSON.parse(JSON.stringify(v)) gives v again, value for value. */
function isPlainJson(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (Array.isArray(v)) return v.every((x, i) => i in v && isPlainJson(x));
  if (typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return false;
  return Object.values(v).every(isPlainJson);
}
