/**
 * What the loader takes from a parsed study.yaml, kept on disk by the text: the document as
 * plain values and the order of each variable's level keys (which a JavaScript object would
 * reorder). Parsing study.yaml with the yaml library (a CST, then a document of nodes with
 * their ranges) was the largest single part of a study's CPU in a batch, about 3 ms; a build
 * whose study.yaml did not change (a `--force` rebuild, `naskah verify`, the next run of a
 * faculty's batch) reads this instead. The document itself is parsed only when a message
 * needs a line and column (validateStudy's locator), so every message points where it did.
 *
 * An entry is keyed by the SHA-256 of the text and of naskah's code fingerprint
 * (src/code-hash.ts: naskah's sources and package-lock.json, hence the yaml library's exact
 * version), so it never goes stale. Only a text that parsed without errors is stored, and only
 * when JSON gives its values back exactly (no ±Infinity, NaN or −0 from `.inf`, `.nan`,
 * `-0`). Files live in node_modules/.cache/naskah-study, or in the folder NASKAH_STUDY_CACHE
 * names; deleting it is always safe.
 */
import { createHash } from 'node:crypto';
import { type Document, isMap, isScalar } from 'yaml';
import { naskahCodeHash } from '../code-hash.ts';
import { cacheFolder, readCached, writeCached } from '../disk-cache.ts';

export interface StudyYamlValues {
  /** The document's value (Document.toJS). */
  raw: unknown;
  /** Each variable's level codes as study.yaml writes them, where `levels` is a mapping. */
  levelOrder: Map<string, string[]>;
}

const FORMAT = 1;
let folder: string | null | undefined;
const studyFolder = () =>
  folder === undefined ? (folder = cacheFolder('naskah-study', 'NASKAH_STUDY_CACHE', 'yaml')) : folder;

const keyOf = (text: string) =>
  createHash('sha256')
    .update(JSON.stringify([FORMAT, naskahCodeHash(), text]))
    .digest('hex');

/** The level codes of every variable whose `levels` is a mapping, in the order the file writes them. */
export function levelOrderOf(doc: Document, raw: unknown): Map<string, string[]> {
  const order = new Map<string, string[]>();
  const variables: unknown = isPlainObject(raw) ? raw.variables : undefined;
  if (!isPlainObject(variables)) return order;
  for (const name of Object.keys(variables)) {
    const levels = doc.getIn(['variables', name, 'levels'], true);
    if (isMap(levels))
      order.set(
        name,
        levels.items.map((p) => String(isScalar(p.key) ? p.key.value : p.key)),
      );
  }
  return order;
}

/** The stored values of a study.yaml with this text, if any. */
export function storedStudyYaml(text: string): StudyYamlValues | undefined {
  const stored = readCached(studyFolder(), keyOf(text));
  if (!isPlainObject(stored) || !('raw' in stored) || !Array.isArray(stored.levelOrder)) return undefined;
  const levelOrder = new Map<string, string[]>();
  for (const entry of stored.levelOrder) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) return undefined;
    const codes: unknown[] = entry[1];
    if (!codes.every((c) => typeof c === 'string')) return undefined;
    levelOrder.set(entry[0], codes.map(String));
  }
  return { raw: stored.raw, levelOrder };
}

/** Stores the values of a study.yaml that parsed without errors (when JSON keeps them exactly). */
export function storeStudyYaml(text: string, values: StudyYamlValues): void {
  if (!jsonExact(values.raw)) return;
  writeCached(studyFolder(), keyOf(text), { raw: values.raw, levelOrder: [...values.levelOrder] });
}

/** True when JSON.parse(JSON.stringify(value)) is the same value: plain data, finite numbers, no −0. */
export function jsonExact(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every((v, i) => i in value && jsonExact(v));
  if (isPlainObject(value)) return Object.values(value).every(jsonExact);
  return false;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto: unknown = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}
