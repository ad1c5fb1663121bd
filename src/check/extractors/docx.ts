/**
 * Word (.docx): mammoth converts the document to HTML, keeping tables as tables, and
 * the HTML reader turns that into lines. Line numbers are lines of the extracted text
 * (paragraphs and table rows); a .docx has no fixed pages.
 */
import type { Extractor } from './extractor.ts';
import { htmlToText } from './html.ts';

export const docxExtractor: Extractor = {
  name: 'Word',
  extensions: ['.docx'],
  async extract(data) {
    // Loaded only for .docx files: mammoth and its zip reader are not needed for anything else.
    const { default: mammoth } = await import('mammoth');
    const { value } = await mammoth.convertToHtml({ buffer: data });
    const { text } = htmlToText(value);
    return { text };
  },
};
