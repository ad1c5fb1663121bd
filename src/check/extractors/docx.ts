/**
 * Word (.docx): mammoth converts the document to HTML, keeping tables as tables, and
 * the HTML reader turns that into lines. Line numbers are lines of the extracted text
 * (paragraphs and table rows); a .docx has no fixed pages.
 *
 * Before mammoth sees the file, its zip directory is read: a file whose parts would
 * unpack to more than the limits of src/limits.ts (a few KB that expand to hundreds of
 * MB of paragraphs) is "too large", and each XML part is unpacked once, held to the size
 * the directory states, so a part that lies about its size cannot reach mammoth either.
 * Images are not converted: only text is checked.
 */
import { NaskahError } from '../../errors.ts';
import { DOCX_XML_LIMIT, UNZIPPED_LIMIT } from '../../limits.ts';
import { listZip, unpackPart, unzippedSize } from '../../render/docx/zip.ts';
import { type Extractor, TOO_LARGE } from './extractor.ts';
import { htmlToText } from './html.ts';
import { readMessages as M } from './messages.ts';

export const docxExtractor: Extractor = {
  name: 'Word',
  extensions: ['.docx'],
  async extract(data, path) {
    const parts = listZip(data);
    if (!parts) throw new Error(M.wordNotZip);
    const xml = parts.filter((p) => /\.(xml|rels)$/i.test(p.name));
    const xmlSize = unzippedSize(xml);
    const tooLarge = (what: string, size: number, limit: number) =>
      new NaskahError(TOO_LARGE, M.wordTooLarge(what, size, limit), {
        location: { file: path },
        hint: M.wordTooLargeHint,
      });
    if (unzippedSize(parts) > UNZIPPED_LIMIT) throw tooLarge('parts', unzippedSize(parts), UNZIPPED_LIMIT);
    if (xmlSize > DOCX_XML_LIMIT) throw tooLarge('text (XML) parts', xmlSize, DOCX_XML_LIMIT);
    for (const p of xml) if (!unpackPart(p)) throw new Error(M.wordPartOverStated(p.name, p.size));
    // Loaded only for .docx files: mammoth and its zip reader are not needed for anything else.
    const { default: mammoth } = await import('mammoth');
    const { value } = await mammoth.convertToHtml(
      { buffer: data },
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    const { text } = htmlToText(value);
    return { text };
  },
};
