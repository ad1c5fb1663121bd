/**
 * `::section[name]`: splices in the generated section's own Markdown (methods, results,
 * conclusion, …), parsed to mdast, so the directives inside it resolve like authored ones.
 * Spliced nodes take the position of the `::section` that included them: a problem inside
 * generated text points at the line of the authored file where that text came in.
 */
import type { Node, Root } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, walk } from './walk.ts';
import type { VFile } from 'vfile';
import { contextOf, labelOf, replaceChild } from './context.ts';
import { parseMarkdown } from './parse.ts';
import { type Position, problem } from './problems.ts';

/** Sections may include sections this deep; deeper is a loop. */
const MAX_DEPTH = 3;

export const remarkSections: Plugin<[], Root> = () => (tree, file) => splice(tree, file, 0);

function splice(tree: Root, file: VFile, depth: number): void {
  const { sections } = contextOf(file).doc;
  walk(tree, 'leafDirective', (node, index, parent) => {
    if (node.name !== 'section' || !parent || index === undefined) return undefined;
    const name = labelOf(node);
    const markdown = sections[name];
    if (markdown === undefined) {
      problem(
        file,
        node,
        'unknown-section',
        `unknown generated section "${name}"`,
        `Known sections: ${Object.keys(sections).join(', ')}.`,
        Object.keys(sections),
      );
      return replaceChild(parent, index, []);
    }
    if (depth > MAX_DEPTH) {
      problem(
        file,
        node,
        'section-loop',
        `sections include each other ("${name}")`,
        'Generated sections cannot include themselves.',
      );
      return replaceChild(parent, index, []);
    }
    const sub = parseMarkdown(markdown);
    // Before the sections it includes are spliced, so their problems are placed here too.
    if (node.position) relocate(sub, node.position);
    // The chapter numbering needs to know which generated section a heading opens.
    for (const n of sub.children) n.data = { ...n.data, naskahSection: n.data?.naskahSection ?? name };
    splice(sub, file, depth + 1);
    return [SKIP, replaceChild(parent, index, sub.children)];
  });
}

/** Points every node of generated text at the directive that included it (no offset: not a span of the file). */
function relocate(tree: Root, at: Position): void {
  const start = { line: at.start.line, column: at.start.column };
  const end = { line: at.end.line, column: at.end.column };
  walk(tree, (node: Node) => {
    node.position = { start, end };
  });
}
