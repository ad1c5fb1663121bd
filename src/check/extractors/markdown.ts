/**
 * Markdown: the text line for line (so line numbers stay those of the file), with the
 * inline markup that would split a statistic removed: `*t*(95)` → `t(95)`, links to
 * their text, heading marks, inline HTML tags. Pipe tables stay as they are; the table
 * reader splits them.
 */
import type { Extractor } from './extractor.ts';
import { decodeText } from './text.ts';
import { decodeEntities } from './html.ts';

export function stripMarkdownLine(line: string): string {
  return decodeEntities(
    line
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<\/?[a-zA-Z][^>]*>/g, '')
      .replace(/`+/g, '')
      .replace(/\*+/g, '')
      .replace(/(^|[^\p{L}\p{N}])_{1,2}([^_\n]+?)_{1,2}(?=[^\p{L}\p{N}]|$)/gu, '$1$2'),
  );
}

export const markdownExtractor: Extractor = {
  name: 'Markdown',
  extensions: ['.md', '.markdown'],
  async extract(data) {
    return { text: decodeText(data).split('\n').map(stripMarkdownLine).join('\n') };
  },
};
