/**
 * Citations of the study's bibliography, pandoc-style, in text: `[@a; @b]`, `[-@a]` (the
 * year only), `[PSS-10; @a]` (a prefix inside the parentheses) and the narrative `@a`.
 * Each becomes a NaskahCitation with the APA text in the document's language; an unknown
 * key is reported where it stands. Text inside directives is not searched (a label is
 * not prose).
 */
import type { PhrasingContent, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { BibliographyEntry } from '../document.ts';
import { contextOf, replaceChild } from './context.ts';
import type { CitationItem, NaskahCitation } from './nodes.ts';
import { knownHint, type Point, problem } from './problems.ts';

const CITE =
  /\[((?:[^\][@;]+;\s*)?(?:-?@[A-Za-z0-9_:.-]+)(?:\s*;\s*-?@[A-Za-z0-9_:.-]+)*)\]|(^|[^\w@])@([A-Za-z][A-Za-z0-9_:-]*[A-Za-z0-9])/g;

/** A narrative `@key` that names no entry is still meant as a citation when it looks like one (`name2020…`). */
const LOOKS_LIKE_KEY = /^[a-z]+\d{4}/;

export const remarkCitations: Plugin<[], Root> = () => (tree, file) => {
  const { doc, cited } = contextOf(file);
  const bibliography = doc.bibliography;
  /** The entry of `key`, or undefined after reporting it at `offset` in `text`. */
  const cite = (key: string, text: Text, offset: number): BibliographyEntry | undefined => {
    const entry = bibliography[key];
    if (!entry) {
      const known = Object.keys(bibliography);
      problem(
        file,
        placeIn(text, offset),
        'unknown-citation',
        `the citation @${key} is not in the study's references.bib`,
        knownHint(key, known, 'Entries'),
        known,
      );
      return undefined;
    }
    if (!cited.includes(key)) cited.push(key);
    return entry;
  };
  visit(tree, (node, index, parent) => {
    if (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective')
      return SKIP;
    if (node.type !== 'text' || !parent || index === undefined || !node.value.includes('@')) return undefined;
    const out = citationsIn(node, bibliography, cite);
    return out ? [SKIP, replaceChild(parent, index, out)] : undefined;
  });
};

function citationsIn(
  t: Text,
  bibliography: Record<string, BibliographyEntry>,
  cite: (key: string, text: Text, offset: number) => BibliographyEntry | undefined,
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
        const entry = cite(key, t, start + cursor);
        if (entry) items.push({ key, suppressAuthor: part.startsWith('-'), entry });
      }
      if (items.length < parts.length) continue;
      const works = items.map((i) =>
        i.suppressAuthor ? i.entry.citeYear : `${i.entry.citeAuthors}, ${i.entry.citeYear}`,
      );
      text(t.value.slice(last, start));
      out.push(citation('parenthetical', items, `(${[...(prefix ? [prefix] : []), ...works].join('; ')})`, prefix));
      last = start + m[0].length;
    } else if (m[3]) {
      const key = m[3];
      // An address like a@b.id is left alone.
      if (!bibliography[key] && !LOOKS_LIKE_KEY.test(key)) continue;
      const lead = m[2]!;
      const entry = cite(key, t, start + lead.length);
      if (!entry) continue;
      text(t.value.slice(last, start) + lead);
      out.push(
        citation('narrative', [{ key, suppressAuthor: false, entry }], `${entry.narrativeAuthors} (${entry.citeYear})`),
      );
      last = start + m[0].length;
    }
  }
  if (!out.length) return undefined;
  text(t.value.slice(last));
  return out;
}

function citation(form: NaskahCitation['form'], items: CitationItem[], value: string, prefix?: string): NaskahCitation {
  return prefix === undefined
    ? { type: 'naskahCitation', form, items, value }
    : { type: 'naskahCitation', form, prefix, items, value };
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
