/**
 * The word processor the Word-output tests open .docx files with: LibreOffice, installed
 * by the set-up (scripts/setup.mjs, Debian's libreoffice-writer-nogui). A .docx written
 * with the `docx` package converts headless to a PDF whose text holds the heading, the
 * paragraph and every cell of the table. Skipped (with the reason) where LibreOffice is
 * not installed.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { findOffice } from '../../src/render/office.mjs';
import { pdfText } from '../helpers/text.ts';
import { tempDir } from '../helpers/tmp.ts';

const soffice = findOffice();

describe.skipIf(!soffice)(`LibreOffice (${soffice ?? 'not installed: run the set-up as root on Debian'})`, () => {
  it('converts a .docx to PDF headless', async () => {
    const dir = tempDir('naskah-soffice-');
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Hasil Penelitian', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ children: [new TextRun('Skor stres menurun: t(95) = 8,62; p < 0,001.')] }),
            new Table({
              rows: [
                new TableRow({ children: [cell('Variabel'), cell('M'), cell('SD')] }),
                new TableRow({ children: [cell('Stres sebelum'), cell('14,73'), cell('4,59')] }),
              ],
            }),
          ],
        },
      ],
    });
    const docx = join(dir, 'uji.docx');
    writeFileSync(docx, await Packer.toBuffer(doc));
    // A private profile, so runs in parallel (and a user's open LibreOffice) do not collide.
    const r = spawnSync(
      soffice!,
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        docx,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    const pdf = join(dir, 'uji.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text, pages } = await pdfText(pdf);
    expect(pages).toBe(1);
    const flat = text.replace(/\s+/g, ' ');
    for (const s of ['Hasil Penelitian', 't(95) = 8,62; p < 0,001.', 'Variabel', 'Stres sebelum', '14,73', '4,59'])
      expect(flat).toContain(s);
  }, 180_000);
});
