/**
 * A journal's own Word template as the style source (pandoc's "reference doc"): its
 * styles.xml (fonts, sizes, spacing, heading and caption styles), its theme and font
 * table (styles may name theme fonts), and its page size and margins (the last sectPr of
 * its document.xml). naskah's paragraphs use Word's standard style ids, so the journal's
 * definitions of Normal, Title, Heading1, Caption … apply; a style naskah uses that the
 * journal does not define is kept from naskah's own styles (package.ts).
 */
import { UNZIPPED_LIMIT } from '../../limits.ts';
import { referenceDocxMessages as M } from './messages.ts';
import { listZip, readZip, unzippedSize } from './zip.ts';

export interface ReferenceDocx {
  styles: string;
  theme?: Uint8Array;
  fontTable?: Uint8Array;
  /** `<w:pgSz …/>` and `<w:pgMar …/>` of the template's last section. */
  pageSize?: string;
  pageMargins?: string;
  /** The template's text width in twips: tables span it, figures are at most as wide. */
  textWidth?: number;
}

/** The styles and page set-up of a .docx, or a sentence saying why the file is not a usable Word document. */
export function readReferenceDocx(bytes: Uint8Array): ReferenceDocx | { problem: string } {
  const parts = listZip(bytes);
  if (parts && unzippedSize(parts) > UNZIPPED_LIMIT)
    return { problem: M.tooLarge(unzippedSize(parts), UNZIPPED_LIMIT) };
  const zip = parts && readZip(bytes);
  if (parts && !zip) return { problem: M.damaged };
  if (!zip) return { problem: M.notZip };
  const styles = zip.get('word/styles.xml');
  if (!styles) return { problem: M.noStyles };
  const text = (b: Uint8Array | undefined) => (b ? Buffer.from(b).toString('utf8') : '');
  const document = text(zip.get('word/document.xml'));
  const sections = [...document.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)];
  const section = sections.at(-1)?.[0] ?? '';
  const pageSize = /<w:pgSz\b[^>]*\/>/.exec(section)?.[0];
  const pageMargins = /<w:pgMar\b[^>]*\/>/.exec(section)?.[0];
  const attr = (el: string | undefined, name: string) => {
    const v = el ? new RegExp(`\\bw:${name}="(-?\\d+)"`).exec(el)?.[1] : undefined;
    return v === undefined ? undefined : Number(v);
  };
  const width = attr(pageSize, 'w');
  const left = attr(pageMargins, 'left');
  const right = attr(pageMargins, 'right');
  const textWidth =
    width !== undefined && left !== undefined && right !== undefined && width - left - right > 1440
      ? width - left - right
      : undefined;
  return {
    styles: text(styles),
    theme: zip.get('word/theme/theme1.xml'),
    fontTable: zip.get('word/fontTable.xml'),
    pageSize,
    pageMargins,
    textWidth,
  };
}
