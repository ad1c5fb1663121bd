/**
 * The built-in skripsi template end to end: asn-metro with `template: skripsi` builds to
 * HTML and PDF in both languages with chapters BAB III–V, sections numbered per chapter,
 * tables and figures numbered "Tabel 4.1" / "Table 4.1", the same numbers as the article,
 * and the faculty page layout (A4; 4 cm left margin, 3 cm top; 12 pt serif).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/io.ts';
import { htmlText, pdfText } from '../helpers/text.ts';
import { copyStudy, tempDir } from '../helpers/tmp.ts';

const root = tempDir();
const out = join(root, 'out');
const dir = join(out, 'asn-metro');
const html: Record<string, string> = {};
const text: Record<string, string> = {};
const pdf: Record<string, string> = {};

beforeAll(async () => {
  const study = copyStudy('asn-metro', root);
  const yaml = join(study, 'study.yaml');
  writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('\nalpha: 0.05\n', '\nalpha: 0.05\ntemplate: skripsi\n'));
  const r = await run(['build', study, '--out', out]);
  expect(r.code, r.stderr).toBe(0);
  for (const lang of ['id', 'en']) {
    html[lang] = readFileSync(join(dir, `${lang}.html`), 'utf8');
    text[lang] = htmlText(html[lang]!);
    pdf[lang] = (await pdfText(join(dir, `${lang}.pdf`))).text;
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
