/** Plain text: UTF-8 (with or without BOM), or Windows-1252 when the bytes are not valid UTF-8. */
import type { Extractor } from './extractor.ts';

export function decodeText(data: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}

export const textExtractor: Extractor = {
  name: 'text',
  extensions: ['.txt', '.text'],
  async extract(data) {
    return { text: decodeText(data) };
  },
};
