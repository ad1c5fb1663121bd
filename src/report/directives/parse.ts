/** Markdown text → mdast with naskah's directive syntax (remark-parse + remark-directive). */
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { naskahCodeHash } from '../../code-hash.ts';
import { cacheFolder, readCached, writeCached } from '../../disk-cache.ts';

const parser = unified().use(remarkParse).use(remarkDirective).freeze();

/**
 * Parsed trees of recent Markdown texts. Parsing is most of the rendering time, and the
 * same text comes back often: the authored manuscript on every rebuild after a data fix,
 * generated sections whose numbers did not change, every study of a batch that shares
 * boilerplate. Callers get a copy (the plugins change the tree). Bounded, oldest first out.
 */
const parsed = new Map<string, Root>();
const PARSED_MAX = 512;

export function parseMarkdown(markdown: string): Root {
  let cached = parsed.get(markdown);
  if (!cached) {
    cached = parsedOnDisk(markdown);
    if (parsed.size >= PARSED_MAX) parsed.delete(parsed.keys().next().value!);
    parsed.set(markdown, cached);
  }
  // Plugins rewrite the tree in place; each caller gets its own copy of the cached parse.
  return copyTree(cached);
}

/**
 * A deep copy of a parsed tree: what structuredClone gives for the plain objects, arrays and
 * scalars a parser builds (every object a fresh plain one), several times faster.
 */
function copyTree<T>(value: T): T;
function copyTree(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v: unknown) => copyTree(v));
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    const v = copyTree(Reflect.get(value, k));
    // An attribute an author named __proto__ stays an own property, as structuredClone keeps it.
    if (k === '__proto__')
      Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    else out[k] = v;
  }
  return out;
}

/**
 * Parsed trees are also kept on disk, so a build in a new process whose texts did not change
 * (a `--force` rebuild, `naskah verify`) does not run the Markdown parser at all: parsing was
 * the largest share of a one-study HTML build's CPU once the charts came from their cache.
 * An entry is keyed by the SHA-256 of the text and of naskah's code fingerprint
 * (src/code-hash.ts: naskah's sources and package-lock.json, hence the parser's exact
 * version), so it never goes stale; a tree read back equals the parser's
 * (test/report/parse-cache.test.ts). Files live in node_modules/.cache/naskah-markdown, or in
 * the folder NASKAH_MARKDOWN_CACHE names; deleting it is always safe.
 */
const FORMAT = 1;
let folder: string | null | undefined;
const markdownFolder = () =>
  folder === undefined ? (folder = cacheFolder('naskah-markdown', 'NASKAH_MARKDOWN_CACHE', 'unified')) : folder;

function parsedOnDisk(markdown: string): Root {
  const key = createHash('sha256')
    .update(JSON.stringify([FORMAT, naskahCodeHash(), markdown]))
    .digest('hex');
  const stored = readCached(markdownFolder(), key);
  if (isRoot(stored)) return stored;
  const tree = parser.parse(markdown);
  // JSON leaves out properties whose value is undefined: store what a reader will get back.
  const plain: unknown = JSON.parse(JSON.stringify(tree));
  if (!isRoot(plain)) return tree;
  writeCached(markdownFolder(), key, plain);
  return plain;
}

/** A stored tree (a damaged or foreign file is parsed again). */
function isRoot(x: unknown): x is Root {
  if (typeof x !== 'object' || x === null) return false;
  return Reflect.get(x, 'type') === 'root' && Array.isArray(Reflect.get(x, 'children'));
}
