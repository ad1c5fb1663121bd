/**
 * The .docx files opened by a real word processor: LibreOffice (headless) converts every
 * example study's id.docx and en.docx to PDF, and the converted text holds the title,
 * every table cell, the figure captions and pictures, and every reference of the HTML.
 * A reference .docx made by LibreOffice from a flat ODF text written here (not by naskah)
 * restyles asn-metro: its fonts, sizes and page set-up are in the output.
 *
 * Skipped when `soffice` is not installed (scripts/setup.mjs installs LibreOffice on Debian).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readZip } from '../../src/render/docx/zip.ts';
import { run } from '../helpers/io.ts';
import { htmlText } from '../helpers/text.ts';
import { copyStudy, REPO, tempDir } from '../helpers/tmp.ts';

const soffice = ['soffice', 'libreoffice'].find((c) => spawnSync(c, ['--version'], { stdio: 'ignore' }).status === 0);
if (!soffice) console.warn('docx-libreoffice: skipped, `soffice` (LibreOffice) is not installed');

const root = tempDir();
const out = join(root, 'out');
const studies = readdirSync(join(REPO, 'studies'))
  .filter((d) => existsSync(join(REPO, 'studies', d, 'study.yaml')))
  .sort();
const files = studies.flatMap((s) => ['id', 'en'].map((lang) => ({ study: s, lang, name: `${s}-${lang}` })));

/** LibreOffice with a profile of its own, so it runs beside any other LibreOffice on the machine. */
function convert(inputs: string[], to: string, outdir: string): void {
  execFileSync(
    soffice!,
    [
      `-env:UserInstallation=${pathToFileURL(join(root, 'lo-profile')).href}`,
      '--headless',
      '--convert-to',
      to,
      '--outdir',
      outdir,
      ...inputs,
    ],
    { stdio: 'ignore', timeout: 600_000 },
  );
}

/** Text and number of pictures drawn, page by page, of a PDF. */
async function readPdf(path: string): Promise<{ text: string; images: number }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), isEvalSupported: false }).promise;
  let text = '';
  let images = 0;
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    text += content.items.map((it) => ('str' in it ? it.str : '')).join('');
    const ops = await page.getOperatorList();
    images += ops.fnArray.filter((f) => f === pdfjs.OPS.paintImageXObject).length;
  }
  await doc.destroy();
  return { text, images };
}

/** Without any white space: a table cell's text is found however the PDF spaced or broke it. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(!soffice)('LibreOffice opens the .docx of every example study', () => {
  const pdfs = new Map<string, { text: string; images: number }>();
  beforeAll(async () => {
    const r = await run([
      'build',
      ...studies.map((s) => join(REPO, 'studies', s)),
      '--out',
      out,
      '--format',
      'html,docx',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const flat = join(root, 'docx');
    mkdirSync(flat);
    for (const f of files) copyFileSync(join(out, f.study, `${f.lang}.docx`), join(flat, `${f.name}.docx`));
    // One LibreOffice start for all of them: starting it is most of the time.
    convert(
      files.map((f) => join(flat, `${f.name}.docx`)),
      'pdf',
      join(root, 'pdf'),
    );
    for (const f of files) pdfs.set(f.name, await readPdf(join(root, 'pdf', `${f.name}.pdf`)));
  }, 900_000);

  it.each(files)('$study $lang.docx: title, tables, figures and references', ({ study, lang, name }) => {
    const html = readFileSync(join(out, study, `${lang}.html`), 'utf8');
    const pdf = pdfs.get(name)!;
    const text = squeeze(pdf.text);
    const title = htmlText(/<h1 class="title">([\s\S]*?)<\/h1>/.exec(html)![1]!).trim();
    expect(text).toContain(squeeze(title));
    const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((m) => m[1]!);
    for (const table of tables) {
      const caption = htmlText(/<caption>([\s\S]*?)<\/caption>/.exec(table)![1]!);
      expect(text).toContain(squeeze(caption));
      for (const cell of table.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g))
        expect(text, `${caption}: ${cell[1]}`).toContain(squeeze(htmlText(cell[1]!)));
    }
    const figures = [...html.matchAll(/<figcaption>([\s\S]*?)<\/figcaption>/g)].map((m) => squeeze(htmlText(m[1]!)));
    for (const caption of figures) expect(text).toContain(caption);
    const media = [...readZip(readFileSync(join(out, study, `${lang}.docx`)))!.keys()].filter((k) =>
      k.startsWith('word/media/'),
    );
    // Each figure is one SVG picture with its PNG fallback; LibreOffice draws each as one image.
    expect(media.length).toBe(2 * figures.length);
    expect(pdf.images).toBe(figures.length);
    const references = /<ol class="reference-list">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
    const entries = [...references.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => squeeze(htmlText(m[1]!)));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(text).toContain(entry);
  });
});

/**
 * A journal template written as flat ODF and saved as .docx by LibreOffice: Normal in
 * DejaVu Serif 13 pt, Heading 1 in DejaVu Sans 18 pt bold, US Letter with 3 cm side margins.
 */
const TEMPLATE_FODT = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" style:font-family-generic="roman"/>
  <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
 </office:font-face-decls>
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph" style:class="text">
   <style:text-properties style:font-name="DejaVu Serif" fo:font-size="13pt"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:default-outline-level="1" style:class="text">
   <style:text-properties style:font-name="DejaVu Sans" fo:font-size="18pt" fo:font-weight="bold"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.59cm" fo:page-height="27.94cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="3cm"/></style:page-layout>
 </office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
 <office:body><office:text><text:h text:style-name="Heading_20_1" text:outline-level="1">Templat Jurnal</text:h><text:p text:style-name="Standard">Naskah ditulis di sini.</text:p></office:text></office:body>
</office:document>
`;

describe.skipIf(!soffice)('a reference .docx made by LibreOffice restyles the manuscript', () => {
  let styles: string;
  let document: string;
  let pdf: { text: string; images: number };
  beforeAll(async () => {
    const dir = join(root, 'template');
    mkdirSync(dir);
    writeFileSync(join(dir, 'jurnal.fodt'), TEMPLATE_FODT);
    convert([join(dir, 'jurnal.fodt')], 'docx', dir);
    const study = copyStudy('asn-metro', join(root, 'studies'));
    copyFileSync(join(dir, 'jurnal.docx'), join(study, 'jurnal.docx'));
    const yaml = readFileSync(join(study, 'study.yaml'), 'utf8');
    writeFileSync(join(study, 'study.yaml'), `${yaml.trimEnd()}\nreferenceDocx: jurnal.docx\n`);
    const r = await run(['build', study, '--out', join(root, 'ref-out'), '--lang', 'en', '--format', 'docx']);
    expect(r.code, r.stderr).toBe(0);
    const docx = readFileSync(join(root, 'ref-out', 'asn-metro', 'en.docx'));
    const zip = readZip(docx)!;
    styles = Buffer.from(zip.get('word/styles.xml')!).toString('utf8');
    document = Buffer.from(zip.get('word/document.xml')!).toString('utf8');
    const pdfDir = join(root, 'ref-pdf');
    writeFileSync(join(root, 'ref-en.docx'), docx);
    convert([join(root, 'ref-en.docx')], 'pdf', pdfDir);
    pdf = await readPdf(join(pdfDir, 'ref-en.pdf'));
  }, 600_000);

  const style = (id: string) =>
    new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0];

  it("takes Normal and Heading 1 from the template's styles", () => {
    expect(style('Normal')).toMatch(/<w:rFonts w:ascii="DejaVu Serif"/);
    expect(style('Normal')).toContain('<w:sz w:val="26"/>');
    expect(style('Heading1')).toMatch(/<w:rFonts w:ascii="DejaVu Sans"/);
    expect(style('Heading1')).toContain('<w:sz w:val="36"/>');
    // naskah's own styles the template lacks are still there, and the manuscript's language.
    expect(style('Bibliography')).toContain('w:hanging="720"');
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*?<w:lang w:val="en-US"/);
    expect(document).toMatch(/<w:pStyle w:val="Heading1"\/>/);
  });

  it("takes the template's page size and margins", () => {
    expect(document).toMatch(/<w:pgSz w:w="12240" w:h="15840"\/>/);
    expect(document).toMatch(/<w:pgMar w:left="1701" w:right="1701"/);
  });

  it('opens in LibreOffice with the whole manuscript', () => {
    expect(squeeze(pdf.text)).toContain(squeeze('Effectiveness of Stress Management Training on Perceived Stress'));
    expect(squeeze(pdf.text)).toContain(squeeze('Comparison of the stress score before the training'));
    // One picture per figure of the Word file.
    expect(pdf.images).toBe(document.match(/<wp:docPr /g)?.length);
  });
});
