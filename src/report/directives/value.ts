/**
 * `:value[id.field]{digits=2}`: one number of results.json, formatted by the document's
 * locale for what the quantity is (p-values as APA p, bounded quantities without a leading
 * zero in English), as text.
 */
import type { Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, walk } from './walk.ts';
import { contextOf, labelOf, replaceChild } from './context.ts';
import { problem } from './problems.ts';
import { digitsAttribute } from '../directive-attributes.ts';

export const remarkValue: Plugin<[], Root> = () => (tree, file) => {
  const { doc } = contextOf(file);
  walk(tree, 'textDirective', (node, index, parent) => {
    if (node.name !== 'value' || !parent || index === undefined) return undefined;
    const key = labelOf(node);
    const digits = digitsAttribute(`:value[${key}]`, node.attributes ?? undefined);
    if (!digits.ok) {
      problem(file, node, 'bad-attribute', digits.message, digits.hint);
      return replaceChild(parent, index, []);
    }
    const value = doc.value(key, digits.value);
    if (value === undefined) {
      problem(
        file,
        node,
        'unknown-value',
        `:value[${key}] does not name a number in results.json`,
        'Write analysisId.field, e.g. pre_post.meanDiff; the field must exist for the test actually chosen (see results.json).',
      );
      return replaceChild(parent, index, []);
    }
    const text: Text = { type: 'text', value, position: node.position };
    return [SKIP, replaceChild(parent, index, [text])];
  });
};
