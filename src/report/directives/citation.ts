/**
 * Citations of the study's bibliography, pandoc-style, in text: `[@a; @b]`, `[-@a]` (the
 * year only), `[PSS-10; @a]` (a prefix inside the parentheses) and the narrative `@a`.
 * Each becomes a NaskahCitation in the study's CSL style and the document's language,
 * formatted by the citation engine once the whole text is read; an unknown key is
 * reported where it stands. Text inside directives is not searched (a label is
 * not prose).
 */
import type { PhrasingContent, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, walk } from './walk.ts';
import type { CitationEngine } from '../citations/index.ts';
import { contextOf, type PendingCitation, replaceChild } from './context.ts';
import type { CitationItem, NaskahCitation } from './nodes.ts';
import { knownHint, type Point, problem } from './problems.ts';

const CITE =
  /\[((?:[^\][@;]+;\s*)?(?:-?@[A-Za-z0-9_:.-]+)(?:\s*;\s*-?@[A-Za-z0-9_:.-]+)*)\]|(^|[^\w@])@([A-Za-z][A-Za-z0-9_:-]*[A-Za-z0-9])/g;

/** A narrative `@key` that names no entry is still meant as a citation when it looks like one (`name2020…`). */
const LOOKS_LIKE_KEY = /^[a-z]+\d{4}/;

export const remarkCitations: Plugin<[], Root> = () => (tree, file) => {
  const ctx = contextOf(file);
  const { doc, cited } = ctx;
  const engine = doc.citations;
  /** Whether `key` names an entry; reports it at `offset` in `text` when not. */
  const cite = (key: string, text: Text, offset: number): boolean => {
    if (!engine.has(key)) {
      const known = engine.keys();
      problem(
        file,
        placeIn(text, offset),
        'unknown-citation',
        `the citation @${key} is not in the study's references.bib`,
        knownHint(key, known, 'Entries'),
        known,
      );
      return false;
    }
    if (!cited.includes(key)) cited.push(key);
    return true;
  };
  walk(tree, (node, index, parent) => {
    if (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective')
      return SKIP;
    if (node.type !== 'text' || !parent || index === undefined || !node.value.includes('@')) return undefined;
    const out = citationsIn(node, (key) => engine.has(key), cite, ctx.pending);
    return out ? [SKIP, replaceChild(parent, index, out)] : undefined;
  });
};

/**
 * Formats the citations the plugin found in one text, all at once and in reading order
 * (numbered styles number by first citation; author-date styles disambiguate over every
 * work cited), and writes the result into their nodes. resolveText calls it after the
 * last part of a text is read.
 */
export function formatPendingCitations(engine: CitationEngine, pending: PendingCitation[]): void {
  if (!pending.length) return;
  const formatted = engine.cite(pending.map((p) => p.cluster));
  pending.forEach((p, i) => {
    const f = formatted[i];
    if (!f) return;
    p.node.value = f.text;
    p.node.runs = f.runs;
  });
  pending.length = 0;
}

function citationsIn(
  t: Text,
  has: (key: string) => boolean,
  cite: (key: string, text: Text, offset: number) => boolean,
  pending: PendingCitation[],
): PhrasingContent[] | undefined {
  const out: PhrasingContent[] = [];
  const text = (value: string) => {
    if (value) out.push({ type: 'text', value });
  };
  let last = 0;
  for (const m of t.value.matchAll(CITE)) {
    const start = m.index;
    if (m[1]) {
      const parts = m[1].split(';').map((k) => k.trim());
      const prefix = parts[0]!.includes('@') ? undefined : parts.shift();
      const items: CitationItem[] = [];
      let cursor = 0;
      for (const part of parts) {
        cursor = m[0].indexOf(part, cursor);
        const key = part.replace(/^-?@/, '');
        if (cite(key, t, start + cursor)) items.push({ key, suppressAuthor: part.startsWith('-') });
      }
      if (items.length < parts.length) continue;
      text(t.value.slice(last, start));
      const node = citation('parenthetical', items, prefix);
      out.push(node);
      pending.push({
        node,
        cluster: {
          items: items.map((item, i) => ({
            key: item.key,
            ...(item.suppressAuthor ? { suppressAuthor: true } : {}),
            ...(i === 0 && prefix ? { prefix: `${prefix}; ` } : {}),
          })),
        },
      });
      last = start + m[0].length;
    } else if (m[3]) {
      const key = m[3];
      // An address like a@b.id is left alone.
      if (!has(key) && !LOOKS_LIKE_KEY.test(key)) continue;
      const lead = m[2]!;
      if (!cite(key, t, start + lead.length)) continue;
      text(t.value.slice(last, start) + lead);
      const node = citation('narrative', [{ key, suppressAuthor: false }]);
      out.push(node);
      pending.push({ node, cluster: { items: [{ key }], narrative: true } });
      last = start + m[0].length;
    }
  }
  if (!out.length) return undefined;
  text(t.value.slice(last));
  return out;
}

/** A citation node whose text is filled in by formatPendingCitations. */
function citation(form: NaskahCitation['form'], items: CitationItem[], prefix?: string): NaskahCitation {
  return prefix === undefined
    ? { type: 'naskahCitation', form, items, value: '', runs: [] }
    : { type: 'naskahCitation', form, prefix, items, value: '', runs: [] };
}

/**
 * Where `offset` of a text node's value is in the file. Generated text included by
 * `::section` carries the directive's position without an offset: that position is it.
 */
function placeIn(t: Text, offset: number): Point | NonNullable<Text['position']> | undefined {
  const pos = t.position;
  if (!pos || pos.start.offset === undefined) return pos;
  const before = t.value.slice(0, offset);
  const newline = before.lastIndexOf('\n');
  if (newline < 0) return { line: pos.start.line, column: pos.start.column + offset };
  return { line: pos.start.line + before.split('\n').length - 1, column: offset - newline };
}
