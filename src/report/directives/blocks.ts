/**
 * `::table[key]` and `::figure[key]`: the analysis' table or chart as a NaskahTable or
 * NaskahFigure node, numbered in order of first appearance across the whole text (a
 * repeated block keeps its number) by the template's scheme: 1, 2, 3 … in an article,
 * 4.1, 4.2 … per chapter in a skripsi. Headings are numbered in the same walk (the
 * skripsi's "BAB IV" and "4.1"), since a chapter number depends on where a table stands.
 * Runs over every part of a text before `:ref` does, so a reference may come before the
 * table it names.
 */
import type { Heading, Root } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, walk } from './walk.ts';
import type { Numberer } from '../numbering.ts';
import { contextOf, labelOf, replaceChild } from './context.ts';
import type { NaskahFigure, NaskahTable } from './nodes.ts';
import { knownHint, problem } from './problems.ts';

export const remarkBlocks: Plugin<[], Root> = () => (tree, file) => {
  const { doc, numbers } = contextOf(file);
  // Headings carry the generated section they open on their top-level node; nested nodes inherit it.
  walk(tree, (node, index, parent) => {
    if (node.type === 'heading') {
      numberHeading(node, numbers.numberer);
      return SKIP;
    }
    if (node.type !== 'leafDirective' || (node.name !== 'table' && node.name !== 'figure')) return undefined;
    if (!parent || index === undefined) return undefined;
    const key = labelOf(node);
    if (node.name === 'table') {
      const table = doc.tables[key];
      if (!table) {
        const known = Object.keys(doc.tables);
        problem(
          file,
          node,
          'unknown-table',
          `::table[${key}] refers to no table`,
          knownHint(key, known, 'Tables'),
          known,
        );
        return replaceChild(parent, index, []);
      }
      const number = (numbers.tables[key] ??= numbers.numberer.block('table'));
      const block: NaskahTable = {
        type: 'naskahTable',
        key,
        number,
        label: `${doc.labels.table} ${number}`,
        noteLabel: doc.labels.note,
        table,
        position: node.position,
      };
      return replaceChild(parent, index, [block]);
    }
    const figure = doc.figures[key];
    if (!figure) {
      const known = Object.keys(doc.figures);
      problem(
        file,
        node,
        'unknown-figure',
        `::figure[${key}] refers to no figure`,
        knownHint(key, known, 'Figures'),
        known,
      );
      return replaceChild(parent, index, []);
    }
    const number = (numbers.figures[key] ??= numbers.numberer.block('figure'));
    const block: NaskahFigure = {
      type: 'naskahFigure',
      key,
      number,
      label: `${doc.labels.figure} ${number}`,
      figure,
      position: node.position,
    };
    return replaceChild(parent, index, [block]);
  });
};

/** Applies the numberer's verdict to a heading: a chapter label on its own line, a section number, the chapter's usual title. */
function numberHeading(h: Heading, numberer: Numberer): void {
  const n = numberer.heading(h.depth, h.data?.naskahSection);
  h.depth = headingDepth(n.depth);
  if (n.text !== undefined) h.children = [{ type: 'text', value: n.text }];
  if (n.number) h.children.unshift({ type: 'text', value: `${n.number} ` });
  if (n.chapterLabel) h.children.unshift({ type: 'text', value: n.chapterLabel }, { type: 'break' });
}

function headingDepth(d: number): Heading['depth'] {
  if (d <= 1) return 1;
  if (d === 2) return 2;
  if (d === 3) return 3;
  if (d === 4) return 4;
  if (d === 5) return 5;
  return 6;
}
