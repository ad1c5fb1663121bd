/**
 * HTML → PDF with headless Chromium through puppeteer-core. One browser process serves a
 * whole build; each document gets its own page. While printing, the page may load
 * nothing from the network: every request that is not a data: URL is aborted.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { NaskahError } from '../errors.ts';
import { browserInstallAdvice, findBrowser } from '../../scripts/browser.mjs';

export interface PrintOptions {
  /** Running footer text beside the page number (e.g. the short title). */
  footer?: string;
  /** Fixed PDF metadata date (reproducible builds). */
  date: Date;
  title: string;
  lang: string;
}

export interface Printer {
  print(html: string, options: PrintOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--font-render-hinting=none',
];

export function browserPath(env: Record<string, string | undefined> = process.env): string {
  const found = findBrowser(env as NodeJS.ProcessEnv);
  if (found) return found;
  let osId: string | undefined;
  try {
    osId = /^ID=(.*)$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1]?.replace(/"/g, '');
  } catch {
    osId = undefined;
  }
  throw new NaskahError('render/no-browser', 'PDF output needs Chromium or Chrome, and none was found', {
    hint: `${browserInstallAdvice(osId, env as NodeJS.ProcessEnv)} To build without PDFs, use --format html,json.`,
  });
}

export async function launchPrinter(executablePath: string): Promise<Printer> {
  const profile = mkdtempSync(join(tmpdir(), 'naskah-chromium-'));
  let browser: Browser;
  try {
    const { default: puppeteer } = await import('puppeteer-core');
    browser = await puppeteer.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, `--user-data-dir=${profile}`], protocolTimeout: 120_000 });
  } catch (err) {
    rmSync(profile, { recursive: true, force: true });
    throw new NaskahError('render/browser-failed', `could not start the browser at ${executablePath}: ${(err as Error).message.split('\n')[0]}`, {
      hint: 'Check that the browser runs (`chromium --version`), or point NASKAH_BROWSER at a working Chromium.',
    });
  }
  return {
    async print(html, options) {
      const page = await browser.newPage();
      try {
        await page.setRequestInterception(true);
        page.on('request', (req) => {
          if (req.url().startsWith('data:')) void req.continue();
          else void req.abort('blockedbyclient');
        });
        await page.setContent(html, { waitUntil: 'load' });
        const footer = `<div style="width:100%;font-family:'Liberation Serif',serif;font-size:8pt;color:#555;padding:0 22mm;display:flex;justify-content:space-between;"><span>${escapeHtml(options.footer ?? '')}</span><span class="pageNumber"></span></div>`;
        const pdf = await page.pdf({
          format: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<div></div>',
          footerTemplate: footer,
          margin: { top: '22mm', bottom: '24mm', left: '22mm', right: '22mm' },
          preferCSSPageSize: false,
          tagged: true,
        });
        return fixPdfDates(pdf, options.date);
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** PDF date string D:YYYYMMDDHHmmSS+00'00' for a UTC date. */
function pdfDate(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `D:${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}+00'00'`;
}

/**
 * Chromium stamps the print time into /CreationDate and /ModDate; replace both with the
 * fixed date so the same inputs give the same PDF bytes. The replacement keeps the byte
 * length (dates are padded to the original width) so the cross-reference table stays valid.
 */
export function fixPdfDates(pdf: Uint8Array, date: Date): Uint8Array {
  const buf = Buffer.from(pdf);
  const text = buf.toString('latin1');
  const fixed = pdfDate(date);
  const out = text.replace(/\/(CreationDate|ModDate) \((D:[^)]*)\)/g, (_m, key: string, old: string) => `/${key} (${fixed.padEnd(old.length, ' ').slice(0, Math.max(old.length, fixed.length))})`);
  return Buffer.from(out, 'latin1');
}
