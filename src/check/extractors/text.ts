/** Plain text: UTF-8 (with or without BOM), or Windows-1252 when the bytes are not valid UTF-8. */
import type { Extractor } from './extractor.ts';

export function decodeText(data: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    return decodeWindows1252(data);
  }
}

/** Windows-1252 differs from Latin-1 in 0x80–0x9F (curly quotes, dashes, €), which Word-exported text uses. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(data: Buffer): string {
  let out = '';
  for (const b of data) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

export const textExtractor: Extractor = {
  name: 'text',
  extensions: ['.txt', '.text'],
  async extract(data) {
    return { text: decodeText(data) };
  },
};
