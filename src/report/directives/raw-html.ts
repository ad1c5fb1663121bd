/**
 * Raw HTML in authored Markdown is untrusted and belongs to one output format: it is
 * dropped, as the HTML output has always done, and no serialiser ever sees it.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { walk } from './walk.ts';
import { replaceChild } from './context.ts';

export const remarkDropRawHtml: Plugin<[], Root> = () => (tree) => {
  walk(tree, 'html', (_node, index, parent) =>
    parent && index !== undefined ? replaceChild(parent, index, []) : undefined,
  );
};
