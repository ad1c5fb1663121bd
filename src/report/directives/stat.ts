/** `:stat[id]`: the APA statistic string of analysis `id` (`t(95) = 8.62, p < .001, d = 0.88`) as text. */
import type { Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, walk } from './walk.ts';
import { contextOf, labelOf, replaceChild } from './context.ts';
import { knownHint, problem } from './problems.ts';

export const remarkStat: Plugin<[], Root> = () => (tree, file) => {
  const { doc } = contextOf(file);
  walk(tree, 'textDirective', (node, index, parent) => {
    if (node.name !== 'stat' || !parent || index === undefined) return undefined;
    const key = labelOf(node);
    const value = doc.stats[key];
    if (value === undefined) {
      const known = Object.keys(doc.stats);
      problem(
        file,
        node,
        'unknown-analysis',
        `:stat[${key}] refers to no analysis with a test statistic`,
        knownHint(key, known, 'Analyses with statistics'),
        known,
      );
      return replaceChild(parent, index, []);
    }
    const text: Text = { type: 'text', value, position: node.position };
    return [SKIP, replaceChild(parent, index, [text])];
  });
};
