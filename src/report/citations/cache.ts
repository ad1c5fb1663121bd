/**
 * What citation-js and citeproc make of the same input is cached, in memory and on disk,
 * so that a build whose bibliography, style and citations did not change neither loads
 * them nor builds a citeproc engine. Building one engine for a style and locale costs
 * about half a second of CPU (a build in two languages builds two), loading the libraries
 * about a seventh of one; reading a cached answer costs a millisecond.
 *
 * Only the libraries' own output is cached (citeproc's HTML strings, CSL-JSON items), keyed
 * by the SHA-256 of every input and of the libraries' versions, so naskah's handling of
 * that output (runs.ts, index.ts) always runs afresh and a changed input or library gets a
 * new entry: the cache never goes stale. Files live in node_modules/.cache/naskah-citations
 * beside the validators' cache (src/study/validate-schema.ts), or in the folder
 * NASKAH_CITATION_CACHE names; a read-only installation keeps to memory. Failures are never
 * cached: they throw before anything is stored.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { cacheFolder, readCached, writeCached } from '../../disk-cache.ts';

const require = createRequire(import.meta.url);

/** Bump when the shape of a cached value changes. */
const FORMAT = 1;

let versions: string | undefined;
/** The versions of the libraries whose output is cached: part of every key. */
function libraryVersions(): string {
  if (versions === undefined) {
    const version = (pkg: string) => {
      try {
        const manifest: unknown = require(`${pkg}/package.json`);
        const v: unknown = typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, 'version') : '?';
        return String(v);
      } catch {
        return '?';
      }
    };
    versions = ['@citation-js/core', '@citation-js/plugin-csl', '@citation-js/plugin-bibtex', 'citeproc']
      .map((p) => `${p}@${version(p)}`)
      .join(' ');
  }
  return versions;
}

let dir: string | null | undefined;
function cacheDir(): string | null {
  if (dir === undefined) dir = cacheFolder('naskah-citations', 'NASKAH_CITATION_CACHE', 'citeproc');
  return dir;
}

const memory = new Map<string, unknown>();

/** The key of a computation: its kind and inputs, with the libraries' versions. */
export function cacheKey(kind: string, ...inputs: unknown[]): string {
  return createHash('sha256')
    .update(JSON.stringify([FORMAT, libraryVersions(), kind, inputs]))
    .digest('hex');
}

/**
 * The key of a computation over a list of bibliography items: `cacheKey(kind, ...inputs,
 * digests)`, where each item enters as the SHA-256 of its JSON, computed once per item object.
 * A study's bibliography and naskah's built-in references are parsed once per process and
 * reused by every engine (two per study in a batch); writing out and hashing their forty-odd
 * entries afresh for every key was most of making an engine. A key of the items' digests is
 * as specific as one of the items. The items must not change once hashed (citeproc does not
 * change them).
 */
export function cacheKeyWithItems(kind: string, inputs: unknown[], items: readonly object[]): string {
  return cacheKey(kind, ...inputs, items.map(itemDigest));
}

const itemDigests = new WeakMap<object, string>();
function itemDigest(item: object): string {
  let d = itemDigests.get(item);
  if (d === undefined) itemDigests.set(item, (d = createHash('sha256').update(JSON.stringify(item)).digest('hex')));
  return d;
}

const digests = new Map<string, string>();
const DIGESTS_MAX = 64;

/**
 * The SHA-256 of a large text that many keys include (a CSL style, a locale), computed once
 * per process: hashing a freshly built ~100 kB string costs about 2 ms each time, a map lookup
 * of the same text almost nothing. A key holding the digest is as specific as one holding the text.
 */
export function digestOf(text: string): string {
  let d = digests.get(text);
  if (d === undefined) {
    d = createHash('sha256').update(text).digest('hex');
    if (digests.size >= DIGESTS_MAX) digests.delete(digests.keys().next().value!);
    digests.set(text, d);
  }
  return d;
}

/**
 * `compute()`'s value for `key`, from memory, else from the disk, else computed and stored.
 * `valid` checks a value read back (a file from another naskah, or a damaged one, is computed again).
 */
export function cached<T>(key: string, valid: (x: unknown) => x is T, compute: () => T): T {
  const hit = memory.get(key);
  if (hit !== undefined && valid(hit)) return hit;
  const d = cacheDir();
  const read = readCached(d, key);
  if (read !== undefined && valid(read)) {
    memory.set(key, read);
    return read;
  }
  const value = compute();
  memory.set(key, value);
  writeCached(d, key, value);
  return value;
}
