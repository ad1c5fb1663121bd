/**
 * Any directive the family plugins left in the tree is not one of naskah's: reported and
 * removed, so the resolved tree holds no directive nodes.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { walk } from './walk.ts';
import { replaceChild } from './context.ts';
import { problem } from './problems.ts';

const INLINE = 'Inline directives: :stat[id], :value[id.field], :ref[id] (table number), :figref[id] (figure number).';
const BLOCK = 'Block directives: ::table[id], ::figure[id], ::section[methods|results|conclusion|…].';

export const remarkUnknownDirectives: Plugin<[], Root> = () => (tree, file) => {
  walk(tree, (node, index, parent) => {
    if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective')
      return undefined;
    if (!parent || index === undefined) return undefined;
    const d = node;
    const inline = d.type === 'textDirective';
    const marker = inline ? ':' : d.type === 'leafDirective' ? '::' : ':::';
    problem(file, d, 'unknown-directive', `unknown directive ${marker}${d.name}`, inline ? INLINE : BLOCK);
    return replaceChild(parent, index, []);
  });
};
