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
  return structuredClone(cached);
}
