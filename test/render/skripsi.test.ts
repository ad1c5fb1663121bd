/**
 * The built-in skripsi template end to end: asn-metro with `template: skripsi` builds to
 * HTML, PDF and Word in both languages with chapters BAB III–V, sections numbered per
 * chapter, tables and figures numbered "Tabel 4.1" / "Table 4.1" in captions and
 * cross-references alike in every format, the same numbers as the article, and the
 * faculty page layout (A4; 4 cm left margin, 3 cm top, right and bottom; Times New Roman
 * 12 pt; 1.5 lines). LibreOffice opens the Word file and prints the same (skipped where it
 * is not installed).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxExtractor } from '../../src/check/extractors/docx.ts';
import { docxText } from '../../src/render/docx/text.ts';
import { readZip } from '../../src/render/docx/zip.ts';
import { findOffice } from '../../src/render/office.mjs';
import { run } from '../helpers/io.ts';
import { htmlText, pdfText } from '../helpers/text.ts';
import { copyStudy, tempDir } from '../helpers/tmp.ts';

const root = tempDir();
const out = join(root, 'out');
const dir = join(out, 'asn-metro');
const html: Record<string, string> = {};
const text: Record<string, string> = {};
const pdf: Record<string, string> = {};
const docx: Record<string, Uint8Array> = {};
const word: Record<string, string> = {};
const part = (lang: string, name: string) => Buffer.from(readZip(docx[lang]!)!.get(name)!).toString('utf8');

beforeAll(async () => {
  const study = copyStudy('asn-metro', root);
  const yaml = join(study, 'study.yaml');
  writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('\nalpha: 0.05\n', '\nalpha: 0.05\ntemplate: skripsi\n'));
  const r = await run(['build', study, '--out', out, '--format', 'html,pdf,docx']);
  expect(r.code, r.stderr).toBe(0);
  for (const lang of ['id', 'en']) {
    html[lang] = readFileSync(join(dir, `${lang}.html`), 'utf8');
    text[lang] = htmlText(html[lang]!);
    pdf[lang] = (await pdfText(join(dir, `${lang}.pdf`))).text;
    docx[lang] = new Uint8Array(readFileSync(join(dir, `${lang}.docx`)));
    word[lang] = docxText(docx[lang]!)!;
  }
}, 240_000);

/** The level-2 headings of the body, as "BAB IV / Hasil dan Pembahasan". */
function chapters(page: string): string[] {
  const body = page.slice(page.indexOf('<main'), page.indexOf('</main>'));
  return [...body.matchAll(/<h2>([\s\S]*?)<\/h2>/g)].map((m) => m[1]!.replace(/<br>\s*/, ' / '));
}

describe('chapters and sections', () => {
  it('Bahasa Indonesia: BAB I (the authored introduction), BAB III–V (the generated chapters)', () => {
    expect(chapters(html.id!)).toEqual([
      'BAB I / Pendahuluan',
      'BAB III / Metode Penelitian',
      'BAB IV / Hasil dan Pembahasan',
      'BAB V / Simpulan dan Saran',
    ]);
    expect(html.id).toContain('<h3>3.1 Desain</h3>');
    expect(html.id).toContain('<h3>3.4 Analisis data</h3>');
    // The authored discussion is a section of BAB IV.
    expect(html.id).toContain('<h3>4.1 Pembahasan</h3>');
  });

  it('English: CHAPTER III Research Method …', () => {
    expect(chapters(html.en!)).toEqual([
      'CHAPTER I / Introduction',
      'CHAPTER III / Research Method',
      'CHAPTER IV / Results and Discussion',
      'CHAPTER V / Conclusions and Suggestions',
    ]);
    expect(html.en).toContain('<h3>3.1 Design</h3>');
    expect(html.en).toContain('<h3>4.1 Discussion</h3>');
  });
});

describe('tables and figures numbered per chapter', () => {
  it.each([
    ['id', 'Tabel', 'Gambar', 'Karakteristik partisipan', 'Tabel 4.1 menyajikan karakteristik partisipan.'],
    [
      'en',
      'Table',
      'Figure',
      'Characteristics of the participants',
      'Table 4.1 shows the characteristics of the participants.',
    ],
  ])('%s', (lang, table, figure, caption, sentence) => {
    const t = text[lang]!;
    expect(t).toContain(sentence);
    expect(t).toContain(`${table} 4.1 ${caption} `);
    for (const n of ['4.2', '4.3', '4.4']) expect(t).toContain(`${table} ${n} `);
    expect(t).toContain(`${figure} 4.1 `);
    expect(t).not.toMatch(new RegExp(`${table} [1-9] `));
    // :ref in the authored discussion points at the same number.
    expect(t).toContain(`(${table} 4.3)`);
  });

  it('keeps every number of the article', () => {
    expect(text.id).toContain('t(95) = 8,62; p < 0,001; d = 0,88');
    expect(text.en).toContain('t(95) = 8.62, p < .001, d = 0.88');
  });
});

describe('PDF', () => {
  it.each(['id', 'en'])('%s.pdf has the chapters and "Tabel/Table 4.1"', (lang) => {
    const t = pdf[lang]!.replace(/\s+/g, ' ');
    if (lang === 'id') {
      expect(t).toMatch(/BAB IV ?HASIL DAN PEMBAHASAN/);
      expect(t).toContain('Tabel 4.1 Karakteristik partisipan');
      expect(t).toContain('Gambar 4.1');
    } else {
      expect(t).toMatch(/CHAPTER IV ?RESULTS AND DISCUSSION/);
      expect(t).toContain('Table 4.1 Characteristics of the participants');
      expect(t).toContain('Figure 4.1');
    }
  });

  it('A4 with a 4 cm left and a 3 cm top margin, 12 pt Liberation Serif (Times New Roman metrics)', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(join(dir, 'id.pdf'))) }).promise;
    const page = await doc.getPage(4); // BAB I: body text on a page of its own
    const [, , width, height] = page.view as number[];
    expect(Math.round((width! / 72) * 25.4)).toBe(210);
    expect(Math.round((height! / 72) * 25.4)).toBe(297);
    const items = (await page.getTextContent()).items.filter((i) => 'str' in i && i.str.trim()) as {
      str: string;
      transform: number[];
    }[];
    const mm = (pt: number) => (pt / 72) * 25.4;
    const body = items.filter((i) => mm(height! - i.transform[5]!) < 297 - 30); // above the footer
    const left = Math.min(...body.map((i) => mm(i.transform[4]!)));
    const top = Math.min(...body.map((i) => mm(height! - i.transform[5]!)));
    expect(left).toBeGreaterThanOrEqual(39.5);
    expect(left).toBeLessThan(41);
    // The first baseline sits one line below the 3 cm top margin.
    expect(top).toBeGreaterThan(30);
    expect(top).toBeLessThan(37);
    const bodySize = items.find((i) => i.str.includes('Stres kerja'))!.transform[0];
    // Chromium prints at a scale a hair under 1 (11.93 pt for 12 pt).
    expect(Math.abs(bodySize! - 12)).toBeLessThan(0.1);
    const fonts = readFileSync(join(dir, 'id.pdf'), 'latin1').match(/\/FontName \/\w+\+([\w-]+)/g) ?? [];
    expect(fonts.some((f) => f.endsWith('+LiberationSerif'))).toBe(true);
    await doc.destroy();
  });
});

/** Every table and figure number in reading order: "Tabel 4.1", "Gambar 4.1", "Tabel 4.3" … */
const numbers = (t: string) => [...t.matchAll(/\b(?:Tabel|Gambar|Table|Figure) \d+(?:\.\d+)?\b/g)].map((m) => m[0]);

describe('Word', () => {
  it.each([
    ['id', 'Tabel', 'Gambar', 'Karakteristik partisipan', 'Tabel 4.1 menyajikan karakteristik partisipan.'],
    [
      'en',
      'Table',
      'Figure',
      'Characteristics of the participants',
      'Table 4.1 shows the characteristics of the participants.',
    ],
  ])('%s.docx: chapters, captions and cross-references numbered per chapter as in the HTML', (lang, table, figure, caption, sentence) => {
    const t = word[lang]!;
    expect(t).toContain(sentence);
    // The caption on one line: the number, then the title.
    expect(t.split('\n')).toContain(`${table} 4.1 ${caption}`);
    expect(t).toMatch(new RegExp(`^${figure} 4\\.1 `, 'm'));
    expect(t).toContain(`(${table} 4.3)`);
    // The same numbers in the same order as the HTML, captions and cross-references alike.
    expect(numbers(t)).toEqual(numbers(text[lang]!));
    expect(numbers(t)).toContain(`${table} 4.4`);
    expect(t).not.toMatch(new RegExp(`${table} [1-9](?![.\\d])`));
    const chapter = lang === 'id' ? 'BAB' : 'CHAPTER';
    const title = lang === 'id' ? 'Hasil dan Pembahasan' : 'Results and Discussion';
    expect(t).toContain(`${chapter} IV\n${title}`);
  });

  it("naskah check reads the same numbers from the .docx (mammoth reads the caption fields' results)", async () => {
    const { text: read } = await docxExtractor.extract(Buffer.from(docx.id!), join(dir, 'id.docx'));
    expect(read).toContain('Tabel 4.1 Karakteristik partisipan');
    expect(numbers(read)).toEqual(numbers(text.id!));
  });

  it('naskah check finds every statistic of the skripsi .docx consistent', async () => {
    const r = await run(['check', join(dir, 'en.docx'), '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Summary: [1-9]\d* consistent, 0 inconsistent, 0 decision errors/);
  });

  it("caption numbers are Word SEQ fields restarting in each chapter, with naskah's number as their result", () => {
    const xml = part('id', 'word/document.xml');
    const fields = [
      ...xml.matchAll(
        /<w:t[^>]*>(Tabel|Gambar) (\d+)\.<\/w:t><\/w:r>(?:<w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:fldChar w:fldCharType="begin"\/><\/w:r>)<w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:instrText>([^<]*)<\/w:instrText><\/w:r><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:fldChar w:fldCharType="separate"\/><\/w:r><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t[^>]*>(\d+)<\/w:t>/g,
      ),
    ].map((m) => `${m[1]} ${m[2]}.${m[4]} {${m[3]}}`);
    expect(fields).toEqual([
      'Tabel 4.1 {SEQ Tabel \\* ARABIC \\s 1}',
      'Gambar 4.1 {SEQ Gambar \\* ARABIC \\s 1}',
      'Tabel 4.2 {SEQ Tabel \\* ARABIC \\s 1}',
      'Gambar 4.2 {SEQ Gambar \\* ARABIC \\s 1}',
      'Tabel 4.3 {SEQ Tabel \\* ARABIC \\s 1}',
      'Gambar 4.3 {SEQ Gambar \\* ARABIC \\s 1}',
      'Tabel 4.4 {SEQ Tabel \\* ARABIC \\s 1}',
      'Gambar 4.4 {SEQ Gambar \\* ARABIC \\s 1}',
    ]);
  });

  it('the faculty page: A4, margins 4 cm left and 3 cm top, right and bottom, Times New Roman 12 pt, 1.5 lines', () => {
    const xml = part('id', 'word/document.xml');
    const sections = [...xml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    // The title page and abstracts, then the body.
    expect(sections).toHaveLength(2);
    const cm = (twips: number) => Math.round((twips / 1440) * 2.54 * 10) / 10;
    for (const s of sections) {
      expect(s).toContain('<w:pgSz w:w="11906" w:h="16838"'); // A4
      const margin = (side: string) => cm(Number(new RegExp(`<w:pgMar\\b[^>]*\\bw:${side}="(\\d+)"`).exec(s)![1]));
      expect([margin('left'), margin('top'), margin('right'), margin('bottom')]).toEqual([4, 3, 3, 3]);
    }
    // Front matter numbered i, ii … (no number on the title page), the body from 1.
    expect(sections[0]).toMatch(/<w:pgNumType w:start="1" w:fmt="lowerRoman"\/>/);
    expect(sections[0]).toContain('<w:titlePg/>');
    expect(sections[1]).toMatch(/<w:pgNumType w:start="1" w:fmt="decimal"\/>/);
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(part('id', 'word/styles.xml'))![0];
    expect(defaults).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(defaults).toContain('<w:sz w:val="24"/>'); // half-points: 12 pt
    expect(defaults).toMatch(/<w:spacing[^>]*w:line="360"/); // 240ths of a line: 1.5
    // Body paragraphs justified with the first line indented 1.25 cm; chapters centred in capitals on a new page.
    const styles = part('id', 'word/styles.xml');
    const style = (id: string) => new RegExp(`<w:style[^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)![0];
    expect(style('BodyText')).toContain('<w:ind w:firstLine="709"/>');
    expect(style('Heading1')).toContain('<w:caps/>');
    expect(style('Heading1')).toContain('<w:jc w:val="center"/>');
    const chapter = /<w:p>(?:(?!<\/w:p>).)*?<w:t[^>]*>BAB IV<\/w:t>/.exec(xml)![0];
    expect(chapter).toContain('<w:pageBreakBefore/>');
    expect(part('id', 'word/footer1.xml')).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
  });
});

const soffice = findOffice();

describe.skipIf(!soffice)(`Word file opened by LibreOffice (${soffice ?? 'not installed'})`, () => {
  it('prints the chapters and "Tabel 4.1" on the faculty page', async () => {
    const converted = join(root, 'converted');
    execFileSync(
      soffice!,
      [
        `-env:UserInstallation=${pathToFileURL(join(root, 'lo-profile')).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        converted,
        join(dir, 'id.docx'),
      ],
      { stdio: 'ignore', timeout: 170_000 },
    );
    const file = join(converted, 'id.pdf');
    const t = (await pdfText(file)).text.replace(/\s+/g, ' ');
    expect(t).toMatch(/BAB IV HASIL DAN PEMBAHASAN/);
    expect(t).toContain('Tabel 4.1 Karakteristik partisipan');
    expect(t).toContain('Gambar 4.3');
    expect(numbers(t)).toEqual(numbers(text.id!));

    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)) }).promise;
    // The page of BAB I: body text only.
    let page = await doc.getPage(1);
    for (let n = 1; n <= doc.numPages; n++) {
      page = await doc.getPage(n);
      const strs = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
      if (strs.includes('BAB I') && strs.includes('Stres kerja')) break;
    }
    const [, , width, height] = page.view as number[];
    const mm = (p: number) => (p / 72) * 25.4;
    expect(Math.round(mm(width!))).toBe(210);
    expect(Math.round(mm(height!))).toBe(297);
    const items = (await page.getTextContent()).items.filter((i) => 'str' in i && i.str.trim()) as {
      str: string;
      transform: number[];
    }[];
    const body = items.filter((i) => mm(height! - i.transform[5]!) < 297 - 25); // above the page number
    expect(Math.min(...body.map((i) => mm(i.transform[4]!)))).toBeCloseTo(40, 0);
    const top = Math.min(...body.map((i) => mm(height! - i.transform[5]!)));
    expect(top).toBeGreaterThan(30);
    expect(top).toBeLessThan(37);
    const paragraph = items.find((i) => i.str.includes('Stres kerja'))!;
    expect(paragraph.transform[0]).toBeCloseTo(12, 1);
    // The first line indented 1.25 cm from the 4 cm margin.
    expect(mm(paragraph.transform[4]!)).toBeCloseTo(52.5, 0);
    await doc.destroy();
  }, 180_000);
});
