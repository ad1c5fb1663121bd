/** Markdown text → mdast with naskah's directive syntax (remark-parse + remark-directive). */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

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
    cached = parser.parse(markdown);
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
