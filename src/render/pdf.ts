/**
 * HTML → PDF with headless Chromium through puppeteer-core. One browser process serves a
 * whole build; a small pool of pages prints several documents at once (a batch keeps
 * Chromium busy while Node composes the next study). The browser has no network at all:
 * names resolve to nothing, every connection goes to a dead proxy, its background
 * services (updates, sync, safe browsing, metrics, hints) are off, WebRTC may not use
 * UDP; a page runs no JavaScript and every request that is not data: or about: is
 * aborted. test/render/no-network.test.ts proves it under strace.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { NaskahError } from '../errors.ts';
import { browserInstallAdvice, findBrowser } from './browser.mjs';

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
  // No network at all: no name resolves, and anything that would connect meets a dead proxy.
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
  '--dns-prefetch-disable',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-component-extensions-with-background-pages',
  '--disable-breakpad',
  '--metrics-recording-only',
  '--no-pings',
  '--no-service-autorun',
  '--password-store=basic',
  '--use-mock-keychain',
  '--disable-features=OptimizationHints,OptimizationGuideModelDownloading,MediaRouter,DialMediaRouteProvider,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater,NetworkTimeServiceQuerying,SafeBrowsingEnhancedProtection,InterestFeedContentSuggestions,DnsOverHttps,PrivacySandboxSettings4,AcceptCHFrame',
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--webrtc-ip-handling-policy=disable_non_proxied_udp',
];

/**
 * Stops the browser processes that use this profile (found by their --user-data-dir
 * argument, so no other Chromium is touched), so none writes into it while it is removed.
 * Linux only (/proc); elsewhere the browser's own launcher stops it on exit.
 */
function killProfileUsers(profile: string): void {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    return;
  }
  for (const pid of pids) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--user-data-dir=${profile}`))
        process.kill(Number(pid), 'SIGKILL');
    } catch {
      // gone, or not ours to read
    }
  }
}

/** Chromium profiles of this process, removed on exit and on a signal so none is left in /tmp. */
const liveProfiles = new Map<string, () => void>();
let cleanupInstalled = false;
function removeProfilesOnExit(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  const cleanAll = () => {
    for (const clean of liveProfiles.values()) clean();
    liveProfiles.clear();
  };
  process.once('exit', cleanAll);
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)
    process.once(signal, () => {
      cleanAll();
      process.exit(code);
    });
}

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

/** How many pages print at once in the one browser (a batch keeps them all busy). */
export const DEFAULT_PAGES = 4;

/**
 * How long one manuscript may take to print, in seconds. Puppeteer's own default (30 s) is
 * reached on a busy machine (a CI runner, a batch beside other work) by a print that would
 * have finished; a generous default with `NASKAH_PRINT_TIMEOUT` to change it.
 */
export function printTimeoutMs(env: Record<string, string | undefined> = process.env): number {
  const s = Number(env.NASKAH_PRINT_TIMEOUT);
  return Number.isFinite(s) && s > 0 ? s * 1000 : 300_000;
}

export async function launchPrinter(executablePath: string, opts: { pages?: number } = {}): Promise<Printer> {
  const profile = mkdtempSync(join(tmpdir(), 'naskah-chromium-'));
  // Registered before the launch: a signal while the browser starts must remove it too.
  removeProfilesOnExit();
  liveProfiles.set(profile, () => {
    killProfileUsers(profile);
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
  });
  let browser: Browser;
  try {
    const { default: puppeteer } = await import('puppeteer-core');
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS, `--user-data-dir=${profile}`],
      protocolTimeout: Math.max(120_000, printTimeoutMs()),
    });
  } catch (err) {
    liveProfiles.delete(profile);
    rmSync(profile, { recursive: true, force: true });
    throw new NaskahError(
      'render/browser-failed',
      `could not start the browser at ${executablePath}: ${(err as Error).message.split('\n')[0]}`,
      {
        hint: 'Check that the browser runs (`chromium --version`), or point NASKAH_BROWSER at a working Chromium.',
      },
    );
  }
  const pool = pagePool(browser, Math.max(1, opts.pages ?? DEFAULT_PAGES));
  return {
    async print(html, options) {
      const page = await pool.acquire();
      let healthy = false;
      const timeout = printTimeoutMs();
      try {
        await page.setContent(html, { waitUntil: 'load', timeout });
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
          timeout,
        });
        healthy = true;
        return reproduciblePdf(pdf, options.date);
      } catch (err) {
        if (err instanceof Error && err.name === 'TimeoutError') {
          throw new NaskahError(
            'render/print-timeout',
            `the browser did not finish printing the PDF within ${timeout / 1000} s`,
            {
              hint: 'The machine may be busy: try again, build fewer studies at once, or allow more time with NASKAH_PRINT_TIMEOUT=<seconds>.',
            },
          );
        }
        throw err;
      } finally {
        pool.release(page, healthy);
      }
    },
    async close() {
      await pool.close();
      await browser.close();
      liveProfiles.delete(profile);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Up to `size` pages, reused from print to print (a new page costs more than the print of
 * a short manuscript); callers beyond that wait their turn. A page whose print failed is
 * closed rather than reused.
 */
function pagePool(browser: Browser, size: number) {
  const idle: Page[] = [];
  const waiting: ((p: Page) => void)[] = [];
  let open = 0;
  const create = async (): Promise<Page> => {
    open++;
    try {
      const page = await browser.newPage();
      // A manuscript is static: no script runs, whatever a template or a study brings.
      await page.setJavaScriptEnabled(false);
      // The page may load nothing from the network: every request but data: and about: is aborted.
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        if (/^(data|about):/.test(req.url())) void req.continue();
        else void req.abort('blockedbyclient');
      });
      return page;
    } catch (err) {
      open--;
      throw err;
    }
  };
  return {
    acquire(): Promise<Page> {
      const page = idle.pop();
      if (page) return Promise.resolve(page);
      if (open < size) return create();
      return new Promise((resolve) => waiting.push(resolve));
    },
    release(page: Page, healthy: boolean): void {
      if (!healthy) {
        open--;
        void page.close().catch(() => undefined);
        // A waiter gets a fresh page instead.
        const next = waiting.shift();
        if (next) void create().then(next, () => waiting.unshift(next));
        return;
      }
      const next = waiting.shift();
      if (next) next(page);
      else idle.push(page);
    },
    async close(): Promise<void> {
      await Promise.all(idle.splice(0).map((p) => p.close().catch(() => undefined)));
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
 * Makes Chromium's PDF a function of its inputs only: the print time it stamps into
 * /CreationDate and /ModDate becomes the fixed date (fixPdfDates), and a trailer /ID, if
 * the PDF has one, becomes a digest of the rest of the file. Every replacement keeps the
 * byte length, so the cross-reference offsets stay valid. (Chromium's Skia writer gives
 * the same bytes for the same page otherwise; test/build/determinism.test.ts checks two builds byte for byte.)
 */
export function reproduciblePdf(pdf: Uint8Array, date: Date): Uint8Array {
  // One latin1 view of the bytes (one char per byte), three length-keeping edits, one copy back.
  const text = renumberIdsText(fixDatesText(latin1(pdf), date));
  return Buffer.from(digestTrailerId(text), 'latin1');
}

function latin1(pdf: Uint8Array): string {
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
}

/** A trailer /ID becomes a digest of the rest of the file. */
function digestTrailerId(text: string): string {
  const id = /\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/.exec(text);
  if (!id) return text;
  const digest = createHash('sha256')
    .update(text.slice(0, id.index), 'latin1')
    .update(text.slice(id.index + id[0].length), 'latin1')
    .digest('hex')
    .toUpperCase();
  const fit = (old: string) => digest.repeat(Math.ceil(old.length / digest.length)).slice(0, old.length);
  const fixed = id[0].replace(/<([0-9A-Fa-f]+)>/g, (_m, hex: string) => `<${fit(hex)}>`);
  return text.slice(0, id.index) + fixed + text.slice(id.index + id[0].length);
}

/**
 * A tagged PDF names its structure elements after the page's DOM nodes, `(node00000067)`,
 * and a reused page keeps counting, so the same HTML printed on a page that printed
 * before gets other numbers. Replace each by its rank among the PDF's node numbers
 * (1, 2, …, same width): the same document always gets the same names, the names keep
 * their order (the ID tree stays sorted) and their length (the offsets stay valid), and
 * every reference to a name changes with it.
 */
export function renumberStructureIds(pdf: Uint8Array): Uint8Array {
  return Buffer.from(renumberIdsText(latin1(pdf)), 'latin1');
}

function renumberIdsText(text: string): string {
  const ids = [...new Set(Array.from(text.matchAll(/\(node(\d+)\)/g), (m) => m[1]!))].sort(
    (a, b) => Number(a) - Number(b) || a.length - b.length,
  );
  if (!ids.length) return text;
  const rank = new Map(ids.map((id, i) => [id, String(i + 1).padStart(id.length, '0')]));
  if ([...rank].some(([id, r]) => r.length !== id.length)) return text;
  return text.replace(/\(node(\d+)\)/g, (_m, id: string) => `(node${rank.get(id)!})`);
}

/**
 * Chromium stamps the print time into /CreationDate and /ModDate; replace both with the
 * fixed date so the same inputs give the same PDF bytes. The replacement keeps the byte
 * length (dates are padded to the original width) so the cross-reference table stays valid.
 */
export function fixPdfDates(pdf: Uint8Array, date: Date): Uint8Array {
  return Buffer.from(fixDatesText(latin1(pdf), date), 'latin1');
}

function fixDatesText(text: string, date: Date): string {
  const fixed = pdfDate(date);
  return text.replace(/\/(CreationDate|ModDate) \((D:[^)]*)\)/g, (m, key: string, old: string) =>
    fixed.length > old.length ? m : `/${key} (${fixed.padEnd(old.length, ' ')})`,
  );
}
