/**
 * A batch on two cores prints on two one-process browsers (a one-process browser lays out
 * its pages on one thread); one study, or a machine with more cores, keeps one browser.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { processTable } from '../../bench/measure.ts';
import { findBrowser } from '../../src/render/browser.mjs';
import { browserCount, launchPrinter, type Printer } from '../../src/render/pdf.ts';

describe('browserCount', () => {
  it('is two for a batch (three pages or more) on two cores, one otherwise', () => {
    expect(browserCount(4, 2)).toBe(2);
    expect(browserCount(3, 2)).toBe(2);
    // One study asks for two pages: a second browser would only cost its start-up.
    expect(browserCount(2, 2)).toBe(1);
    expect(browserCount(1, 2)).toBe(1);
    // One core: nothing to run a second thread on.
    expect(browserCount(4, 1)).toBe(1);
    // More cores: one browser with a renderer process per page.
    expect(browserCount(4, 4)).toBe(1);
  });
});

const browser = findBrowser(process.env);
describe.skipIf(!browser || browserCount(4) !== 2)('a printer of four pages on two cores', () => {
  let printer: Printer | undefined;
  afterAll(async () => {
    await printer?.close();
  });

  it('starts two browsers and gives every document its own PDF', async () => {
    // One process each (--single-process), children of this one.
    const children = () => new Set([...processTable()].filter(([, p]) => p.parent === process.pid).map(([pid]) => pid));
    const before = children();
    printer = await launchPrinter(browser ?? '', { pages: 4 });
    expect([...children()].filter((pid) => !before.has(pid))).toHaveLength(2);
    const docs = ['satu', 'dua', 'tiga', 'empat', 'lima', 'enam'];
    const pdfs = await Promise.all(
      docs.map((word) =>
        printer!.print(
          `<!doctype html><html><head><title>${word}</title></head><body><p>kata ${word}</p></body></html>`,
          {
            date: new Date(0),
            title: word,
            lang: 'id',
          },
        ),
      ),
    );
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const texts = await Promise.all(
      pdfs.map(async (pdf) => {
        const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
        const items = (await (await doc.getPage(1)).getTextContent()).items;
        await doc.destroy();
        return items.map((it) => ('str' in it ? it.str : '')).join(' ');
      }),
    );
    texts.forEach((text, i) => expect(text).toContain(`kata ${docs[i]}`));
  }, 60_000);
});
