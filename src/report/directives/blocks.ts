/**
 * `::table[key]` and `::figure[key]`: the analysis' table or chart as a NaskahTable or
 * NaskahFigure node, numbered in order of first appearance across the whole text (a
 * repeated block keeps its number). Runs over every part of a text before `:ref` does, so
 * a reference may come before the table it names.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { contextOf, labelOf, replaceChild } from './context.ts';
import type { NaskahFigure, NaskahTable } from './nodes.ts';
import { knownHint, problem } from './problems.ts';

export const remarkBlocks: Plugin<[], Root> = () => (tree, file) => {
  const { doc, numbers } = contextOf(file);
  visit(tree, 'leafDirective', (node, index, parent) => {
    if ((node.name !== 'table' && node.name !== 'figure') || !parent || index === undefined) return undefined;
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
      const number = (numbers.tables[key] ??= Object.keys(numbers.tables).length + 1);
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
    const number = (numbers.figures[key] ??= Object.keys(numbers.figures).length + 1);
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
