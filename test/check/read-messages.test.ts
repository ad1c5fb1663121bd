/** The refusals of a file given to `naskah check` (src/check/extractors/messages.ts), word for word. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NaskahError } from '../../src/errors.ts';
import { extractFile } from '../../src/check/extractors/index.ts';
import { readMessages as M } from '../../src/check/extractors/messages.ts';

const MiB = 1024 * 1024;

describe('check read messages', () => {
  it('word each refusal exactly', () => {
    expect(M.notRegular('/dev/zero.txt')).toBe(
      'cannot read /dev/zero.txt: it is not a regular file (a device, pipe or socket)',
    );
    expect(M.tooLarge(400 * MiB, 300 * MiB)).toBe('the file is 400 MB, more than the 300 MB naskah check reads');
    expect(M.wordTooLarge('text (XML) parts', 600 * MiB, 16 * MiB)).toBe(
      'the Word file is too large to check: its text (XML) parts would unpack to 600 MB, more than the 16 MB naskah check reads from a Word file',
    );
    expect(M.wordPartOverStated('word/document.xml', 2048)).toBe(
      'the part word/document.xml does not unpack, or unpacks to more than the 2048 bytes its zip directory states',
    );
    expect(M.wordNotZip).toBe('it is not a zip package, as every .docx is');
    expect(M.pdfNoPages).toBe('it has no pages; export the manuscript to PDF again');
    expect(M.pdfNoText).toBe(
      'it has no text layer (a scanned document?); run OCR on it or check the original .docx or .txt',
    );
  });

  it('says why a .docx that is not a zip package cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'naskah-read-'));
    try {
      const path = join(dir, 'naskah.docx');
      await import('node:fs').then((fs) => fs.writeFileSync(path, 'plain text, not a zip'));
      const err = await extractFile(path).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(NaskahError);
      expect((err as NaskahError).message).toBe(`cannot read ${path} as Word: ${M.wordNotZip}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
