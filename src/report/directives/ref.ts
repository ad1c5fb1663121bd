/**
 * `:ref[key]` and `:figref[key]`: a NaskahXref to a numbered table or figure of this text.
 * `:ref[x]` names the table of analysis x, or its figure when the text shows no table of x.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, walk } from './walk.ts';
import { contextOf, labelOf, replaceChild } from './context.ts';
import type { NaskahXref } from './nodes.ts';
import { knownHint, problem } from './problems.ts';

export const remarkRefs: Plugin<[], Root> = () => (tree, file) => {
  const { doc, numbers } = contextOf(file);
  walk(tree, 'textDirective', (node, index, parent) => {
    if ((node.name !== 'ref' && node.name !== 'figref') || !parent || index === undefined) return undefined;
    const key = labelOf(node);
    const table = node.name === 'ref' ? numbers.tables[key] : undefined;
    const figure = numbers.figures[key];
    let xref: NaskahXref | undefined;
    if (table !== undefined)
      xref = { type: 'naskahXref', kind: 'table', key, number: table, value: `${doc.labels.table} ${table}` };
    else if (figure !== undefined)
      xref = { type: 'naskahXref', kind: 'figure', key, number: figure, value: `${doc.labels.figure} ${figure}` };
    if (xref) {
      xref.position = node.position;
      return [SKIP, replaceChild(parent, index, [xref])];
    }
    const known =
      node.name === 'ref'
        ? [...Object.keys(numbers.tables), ...Object.keys(numbers.figures)]
        : Object.keys(numbers.figures);
    // A block the study has but this text does not show (often: its ::section is missing).
    const block = node.name === 'ref' && doc.tables[key] ? 'table' : doc.figures[key] ? 'figure' : undefined;
    const hint = block
      ? `The study has a ${block} "${key}", but this text does not show it: add ::${block}[${key}] or the ::section that shows it.`
      : knownHint(key, known, node.name === 'ref' ? 'Tables and figures shown' : 'Figures shown');
    const reason =
      node.name === 'ref'
        ? `:ref[${key}] refers to no table or figure in this manuscript`
        : `:figref[${key}] refers to no figure in this manuscript`;
    problem(file, node, 'unknown-ref', reason, hint, known);
    return replaceChild(parent, index, []);
  });
};
