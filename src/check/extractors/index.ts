/** The extractors by file ending, and reading a file through the right one. */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { NaskahError } from '../../errors.ts';
import { CHECK_FILE_LIMIT } from '../../limits.ts';
import { readMessages as M } from './messages.ts';
import { TOO_LARGE } from './extractor.ts';
import type { Extracted, Extractor } from './extractor.ts';
import { textExtractor } from './text.ts';
import { markdownExtractor } from './markdown.ts';
import { htmlExtractor } from './html.ts';
import { pdfExtractor } from './pdf.ts';
import { docxExtractor } from './docx.ts';

export const EXTRACTORS: Extractor[] = [textExtractor, markdownExtractor, htmlExtractor, pdfExtractor, docxExtractor];

export function supportedExtensions(): string[] {
  return EXTRACTORS.flatMap((e) => e.extensions);
}

/** Code of every "cannot read this file" error; `naskah check` exits with 2 for it. */
export const UNREADABLE = 'check/unreadable';

export async function extractFile(path: string): Promise<Extracted> {
  const ext = extname(path).toLowerCase();
  const extractor = EXTRACTORS.find((e) => e.extensions.includes(ext));
  if (!extractor) {
    throw new NaskahError(
      UNREADABLE,
      `cannot read ${path}: ${ext ? `"${ext}" files are not supported` : 'the file name has no extension'}`,
      {
        location: { file: path },
        hint: `naskah check reads ${supportedExtensions().join(', ')}. Save or export the manuscript in one of these formats.`,
      },
    );
  }
  let data: Buffer;
  try {
    // Only a regular file of a sensible size: a FIFO would wait forever, /dev/zero never ends.
    const facts = await stat(path);
    if (facts.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (!facts.isFile())
      throw new NaskahError(UNREADABLE, M.notRegular(path), { location: { file: path }, hint: M.notRegularHint });
    if (facts.size > CHECK_FILE_LIMIT)
      throw new NaskahError(TOO_LARGE, M.tooLarge(facts.size, CHECK_FILE_LIMIT), {
        location: { file: path },
        hint: M.tooLargeHint,
      });
    data = await readFile(path);
  } catch (err) {
    if (err instanceof NaskahError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (err as Error).message;
    throw new NaskahError(UNREADABLE, `cannot read ${path}: ${why}`, {
      location: { file: path },
      hint: 'Check the path and that the file is readable.',
      cause: err,
    });
  }
  try {
    return await extractor.extract(data, path);
  } catch (err) {
    if (err instanceof NaskahError) throw err;
    throw new NaskahError(UNREADABLE, `cannot read ${path} as ${extractor.name}: ${(err as Error).message}`, {
      location: { file: path },
      hint: `The file may be damaged, password-protected or not really ${extractor.name}. Open it and save it again, or export the text to .txt.`,
      cause: err,
    });
  }
}
