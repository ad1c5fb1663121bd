/**
 * A print that takes longer than allowed ends in a located, user-worded error rather than
 * Puppeteer's "Timed out after waiting 30000ms" reported as a bug; the allowance is 300 s
 * unless NASKAH_PRINT_TIMEOUT says otherwise.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { NaskahError } from '../../src/errors.ts';
import { findBrowser } from '../../src/render/browser.mjs';
import { launchPrinter, type Printer, printTimeoutMs } from '../../src/render/pdf.ts';

describe('the print time allowance', () => {
  it('is 300 s by default and NASKAH_PRINT_TIMEOUT seconds when set to a positive number', () => {
    expect(printTimeoutMs({})).toBe(300_000);
    expect(printTimeoutMs({ NASKAH_PRINT_TIMEOUT: '45' })).toBe(45_000);
    expect(printTimeoutMs({ NASKAH_PRINT_TIMEOUT: '0' })).toBe(300_000);
    expect(printTimeoutMs({ NASKAH_PRINT_TIMEOUT: 'lama' })).toBe(300_000);
  });
});

const browser = findBrowser(process.env);
describe.skipIf(!browser)('a print that runs out of time', () => {
  let printer: Printer | undefined;
  afterAll(async () => {
    delete process.env.NASKAH_PRINT_TIMEOUT;
    await printer?.close();
  });

  it('is reported as render/print-timeout with a hint naming NASKAH_PRINT_TIMEOUT', async () => {
    printer = await launchPrinter(browser ?? '', { pages: 1 });
    process.env.NASKAH_PRINT_TIMEOUT = '0.001';
    const html = `<!doctype html><html><body>${'<p>kalimat</p>'.repeat(20_000)}</body></html>`;
    const err = await printer.print(html, { date: new Date(0), title: 'uji', lang: 'id' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(NaskahError);
    expect(err).toMatchObject({ code: 'render/print-timeout' });
    expect(String((err as NaskahError).message)).toBe('the browser did not finish printing the PDF within 0.001 s');
    expect((err as NaskahError).hint).toContain('NASKAH_PRINT_TIMEOUT=<seconds>');
  }, 60_000);
});
