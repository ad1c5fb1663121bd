/**
 * The running footer of a PDF (the short title at the bottom left, the page number at the
 * bottom right) is drawn by CSS page-margin boxes in the printed copy of the HTML
 * (withPageFooter), no longer by Page.printToPDF's footerTemplate. Each page carries its
 * own number and the title exactly as written, even with characters that mean something
 * in CSS or HTML, at the place the footerTemplate put them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/render/browser.mjs';
import { launchPrinter, type Printer, withPageFooter } from '../../src/render/pdf.ts';

const browser = findBrowser(process.env);
const css = (template: string) =>
  readFileSync(join(import.meta.dirname, '..', '..', 'templates', template, 'style.css'), 'utf8');
/** Three A4 pages of a template, each opened by a forced break. */
const manuscript = (template: string) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>uji</title><style>${css(template)}</style></head><body><main class="manuscript">${[
    1, 2, 3,
  ]
    .map((n) => `<h2 style="break-before:${n === 1 ? 'auto' : 'page'}">Bagian ${n}</h2><p>Isi halaman ${n}.</p>`)
    .join('')}</main></body></html>`;
const html = manuscript('article');
const title = 'Judul "pendek" <ASN> & \\ Metro';

interface Word {
  text: string;
  /** Left edge and right edge from the sheet's left, baseline from its bottom, in points. */
  left: number;
  right: number;
  baseline: number;
}

async function footerWords(pdf: Uint8Array): Promise<Word[][]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false })
    .promise;
  const pages: Word[][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const items = (await (await doc.getPage(i)).getTextContent()).items;
    pages.push(
      items
        .filter((it) => 'str' in it && it.str.trim() && it.transform[5]! < 24 * (72 / 25.4))
        .map((it) => {
          const t = it as { str: string; transform: number[]; width: number };
          return { text: t.str, left: t.transform[4]!, right: t.transform[4]! + t.width, baseline: t.transform[5]! };
        })
        .sort((a, b) => a.left - b.left),
    );
  }
  await doc.destroy();
  return pages;
}

describe('withPageFooter', () => {
  it("adds the style first in the head (a template's own margin boxes win) and leaves the rest as it was", () => {
    const out = withPageFooter(html, 'Judul');
    const at = html.indexOf('<head>') + '<head>'.length;
    const added = out.length - html.length;
    expect(out.slice(0, at)).toBe(html.slice(0, at));
    expect(out.slice(at + added)).toBe(html.slice(at));
    expect(out.slice(at, at + added)).toMatch(/^<style>@page\{@bottom-left\{content:"Judul";[^<]*<\/style>$/);
  });

  it('leaves no character in the title that could end the style element or the CSS string', () => {
    const style = withPageFooter('<p>x</p>', '</style><b>"\\');
    expect(style.startsWith('<style>@page{@bottom-left{content:"\\3c /style\\3e \\3c b\\3e \\22 \\5c ";')).toBe(true);
    expect(style.match(/<\/style>/g)).toHaveLength(1);
  });
});

describe.skipIf(!browser)('the printed footer', () => {
  let printer: Printer | undefined;
  let pages: Word[][] = [];
  beforeAll(async () => {
    printer = await launchPrinter(browser ?? '', { pages: 1 });
    pages = await footerWords(
      await printer.print(html, { date: new Date(0), title: 'uji', lang: 'id', footer: title }),
    );
  }, 60_000);
  afterAll(async () => {
    await printer?.close();
  });

  it('is on every page: the title as written, then the page number', () => {
    expect(pages.map((words) => words.map((w) => w.text).join(' | '))).toEqual([
      `${title} | 1`,
      `${title} | 2`,
      `${title} | 3`,
    ]);
  });

  it("gives way to a template's own footer in @page margin boxes", async () => {
    const own = html.replace('</head>', '<style>@page{@bottom-left{content:"catatan templat"}}</style></head>');
    const [first] = await footerWords(
      await printer!.print(own, { date: new Date(0), title: 'uji', lang: 'id', footer: title }),
    );
    expect(first!.map((w) => w.text)).toEqual(['catatan templat', '1']);
  });

  it("keeps its baseline on skripsi's pages and starts at their 40 mm left margin", async () => {
    // skripsi's root style has a 1.5 line height, which the footer must not inherit.
    const [first] = await footerWords(
      await printer!.print(manuscript('skripsi'), { date: new Date(0), title: 'uji', lang: 'id', footer: title }),
    );
    expect(first!.map((w) => w.text)).toEqual([title, '1']);
    expect(first![0]!.left).toBeCloseTo((40 * 72) / 25.4, 1);
    for (const w of first!) expect(w.baseline).toBeCloseTo(16.17, 2);
  });

  it('sits where the footerTemplate drew it', () => {
    // Measured with pdfjs on asn-metro's PDFs printed with the footerTemplate (commit
    // a33cddd), every page alike: the title starts at 62.355 pt (22 mm from the left edge),
    // the page number ends at 533.650 pt, both on a baseline 16.170 pt above the bottom edge.
    for (const words of pages) {
      expect(words[0]!.left).toBeCloseTo(62.355, 2);
      expect(words.at(-1)!.right).toBeCloseTo(533.65, 2);
      for (const w of words) expect(w.baseline).toBeCloseTo(16.17, 2);
    }
  });
});
