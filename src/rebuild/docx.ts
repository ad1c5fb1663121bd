/**
 * Two .docx files of a study compared as a reader would: byte for byte first, and when
 * the bytes differ, by their text (src/render/docx/text.ts), so `naskah verify` and
 * `naskah diff` can tell a changed manuscript from a changed package (another naskah
 * version, another build date) and show the first line that differs.
 */
import { docxText } from '../render/docx/text.ts';

export interface DocxComparison {
  file: string;
  identical: boolean;
  /** Set when the bytes differ: whether the document's text is the same. */
  textIdentical?: boolean;
  /** The first line (1-based, paragraphs and table rows) whose text differs. */
  firstDifference?: { line: number; old: string; new: string };
}

export function compareDocx(file: string, old: Uint8Array, now: Uint8Array | undefined): DocxComparison {
  if (now && Buffer.from(old).equals(Buffer.from(now))) return { file, identical: true };
  const a = (docxText(old) ?? '').split('\n');
  const b = now ? (docxText(now) ?? '').split('\n') : [];
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++)
    if (a[i] !== b[i])
      return {
        file,
        identical: false,
        textIdentical: false,
        firstDifference: { line: i + 1, old: a[i] ?? '', new: b[i] ?? '' },
      };
  return { file, identical: false, textIdentical: true };
}
