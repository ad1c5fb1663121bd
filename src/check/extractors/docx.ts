/**
 * Word (.docx): mammoth converts the document to HTML, keeping tables as tables, and
 * the HTML reader turns that into lines. Line numbers are lines of the extracted text
 * (paragraphs and table rows); a .docx has no fixed pages.
 */
import mammoth from 'mammoth';
import type { Extractor } from './extractor.ts';
import { htmlToText } from './html.ts';

export const docxExtractor: Extractor = {
  name: 'Word',
  extensions: ['.docx'],
  async extract(data) {
    const { value } = await mammoth.convertToHtml({ buffer: data });
    const { text } = htmlToText(value);
    return { text };
  },
};
