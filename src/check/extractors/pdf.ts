/**
 * PDF through pdf.js (its legacy build, which runs in Node). Text items carry positions:
 * items on one baseline (within half a font size, so superscripts such as χ² stay on
 * their line) make one line, ordered left to right; a wide horizontal gap between items
 * is a table column and becomes a tab, a narrow one a space. Each line keeps its page
 * and its line number on that page.
 */
import type { Extracted, Extractor } from './extractor.ts';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Gap (in font sizes) above which two items on a line are in different table columns. */
const COLUMN_GAP = 1.6;
/** Gap below which two items are one word (a change of font inside `t(95)`). */
const JOIN_GAP = 0.12;

export function linesFromItems(items: Item[]): string[] {
  const sorted = items.filter((i) => i.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Item[][] = [];
  for (const it of sorted) {
    const line = lines[lines.length - 1];
    if (line) {
      const ref = line[0]!;
      const tol = 0.5 * Math.max(ref.size, it.size);
      if (Math.abs(ref.y - it.y) <= tol) {
        line.push(it);
        continue;
      }
    }
    lines.push([it]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let out = '';
    let prevEnd = -Infinity;
    for (const it of line) {
      const size = it.size || 10;
      // Chromium writes the space between table columns as one wide whitespace item.
      if (it.str.trim() === '') {
        if (out !== '' && it.width > COLUMN_GAP * size) out = out.replace(/ +$/, '') + '\t';
        else if (out !== '' && !/[ \t]$/.test(out)) out += ' ';
        prevEnd = Math.max(prevEnd, it.x + it.width);
        continue;
      }
      const gap = it.x - prevEnd;
      if (out !== '' && !out.endsWith('\t')) {
        if (gap > COLUMN_GAP * size) out = out.replace(/ +$/, '') + '\t';
        else if (gap > JOIN_GAP * size && !out.endsWith(' ') && !it.str.startsWith(' ')) out += ' ';
      }
      out += out.endsWith('\t') ? it.str.replace(/^ +/, '') : it.str;
      prevEnd = Math.max(prevEnd, it.x + it.width);
    }
    return out.replace(/ +$/, '');
  });
}

export async function pdfToText(data: Uint8Array): Promise<Extracted> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const text: string[] = [];
  const pages: number[] = [];
  const lines: number[] = [];
  const pageLines = async (p: number): Promise<string[]> => {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const items: Item[] = [];
    for (const raw of content.items) {
      if (!('str' in raw)) continue;
      const [a, b, c, d, e, f] = raw.transform as number[];
      const size = Math.hypot(c!, d!) || Math.hypot(a!, b!) || raw.height;
      items.push({ str: raw.str, x: e!, y: f!, width: raw.width, size });
    }
    page.cleanup();
    return linesFromItems(items);
  };
  try {
    // Several pages in flight at once: pdf.js answers each request through its message
    // queue, and keeping that queue busy is markedly faster than one page at a time.
    const WINDOW = 8;
    for (let first = 1; first <= doc.numPages; first += WINDOW) {
      const batch = [];
      for (let p = first; p < first + WINDOW && p <= doc.numPages; p++) batch.push(pageLines(p));
      const done = await Promise.all(batch);
      done.forEach((pl, k) => {
        pl.forEach((l, i) => {
          text.push(l);
          pages.push(first + k);
          lines.push(i + 1);
        });
      });
    }
  } finally {
    await doc.destroy();
  }
  return { text: text.join('\n'), pages, lines };
}

export const pdfExtractor: Extractor = {
  name: 'PDF',
  extensions: ['.pdf'],
  async extract(data) {
    return pdfToText(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  },
};
