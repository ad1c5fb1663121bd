/**
 * HTML → PDF with headless Chromium, driven over its DevTools pipe (cdp.ts). One browser process serves a
 * whole build; a small pool of pages prints several documents at once (a batch keeps
 * Chromium busy while Node composes the next study). The browser has no network at all:
 * names resolve to nothing, every connection goes to a dead proxy, its background
 * services (updates, sync, safe browsing, metrics, hints) are off, WebRTC may not use
 * UDP; a page runs no JavaScript and every request that is not data: or about: is
 * aborted. test/render/no-network.test.ts proves it under strace.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { NaskahError } from '../errors.ts';
import { PACKAGE_ROOT } from '../version.ts';
import { browserInstallAdvice, findBrowser } from './browser.mjs';
import { type CdpConnection, pipeConnection } from './cdp.ts';

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
  // The headless shell draws a frame only when asked over DevTools, which naskah never does:
  // a print lays out and paints the pages itself, so the compositor's frames were wasted.
  // Browser CPU for asn-metro's two languages fell from 150 to 128 ms per study (docs/pdf.md).
  // The whole browser ignores the switch.
  '--enable-begin-frame-control',
  // No GPU, and no software stand-in for one: without this the one process still loads
  // SwiftShader and Vulkan (15 MB more resident memory, six more threads); printing never
  // rasterises, so the PDFs are the same.
  '--disable-software-rasterizer',
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

/**
 * The browser's version as `<browser> --version` prints it, for the manifest of a build
 * with PDFs. Asking the browser starts it (0.25 s of CPU, half a second before the build
 * can go on); the answer is kept in node_modules/.cache/naskah-browser, keyed by the
 * executable's path, device, inode, size and times, so a browser that is upgraded or
 * replaced (a new file) is asked again. A read-only installation asks once per process.
 */
export function browserVersion(executablePath: string): string | undefined {
  let key: string;
  try {
    const st = statSync(executablePath, { bigint: true });
    key = createHash('sha256')
      .update([executablePath, st.dev, st.ino, st.size, st.mtimeNs, st.ctimeNs].join('\0'))
      .digest('hex')
      .slice(0, 40);
  } catch {
    return undefined;
  }
  const known = versions.get(key);
  if (known !== undefined) return known || undefined;
  const file = join(PACKAGE_ROOT, 'node_modules', '.cache', 'naskah-browser', `${key}.txt`);
  try {
    const saved = readFileSync(file, 'utf8');
    if (saved.trim()) {
      versions.set(key, saved.trim());
      return saved.trim();
    }
  } catch {
    // Not asked yet.
  }
  const r = spawnSync(executablePath, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  const version = r.status === 0 ? r.stdout.trim() : '';
  versions.set(key, version);
  if (version)
    try {
      mkdirSync(dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, version);
      renameSync(tmp, file);
    } catch {
      // A read-only installation: memory serves this process.
    }
  return version || undefined;
}
const versions = new Map<string, string>();

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

/**
 * Switches Puppeteer used to add, kept so the browser behaves as it did: no throttling of a
 * page that is not in front (several print at once), no hang monitor, no crash reporter,
 * colours in sRGB whatever the machine's profile, no scrollbars, no sound.
 */
const AUTOMATION_ARGS = [
  '--allow-pre-commit-input',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-crash-reporter',
  '--disable-hang-monitor',
  '--disable-infobars',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-search-engine-choice-screen',
  '--export-tagged-pdf',
  '--force-color-profile=srgb',
  '--hide-scrollbars',
  '--mute-audio',
  '--headless',
  '--remote-debugging-pipe',
];

/**
 * The whole browser in one process: renderer, GPU and network service as threads of the
 * browser process, and no zygote to fork renderers from. Measured on asn-metro (both
 * languages, headless shell, 2 cores): 1.1 s of CPU and 210 MB in all instead of 2.2 s
 * and 600 MB (RSS summed over seven processes), as starting each renderer process cost
 * more than printing a short manuscript; the PDF bytes are the same. The price is one
 * thread for all layout and printing, so pages print one after another: on a machine
 * with more than two cores a batch printing on more than two pages keeps a process per page.
 */
const ONE_PROCESS_ARGS = ['--single-process', '--no-zygote'];

function oneProcess(pages: number): boolean {
  return pages <= 2 || availableParallelism() <= 2;
}

/** A4 and the manuscript margins, in inches, as Page.printToPDF takes them (22 mm = 22 × 3.78 px / 96). */
const MM = 3.78 / 96;
const PAPER = { paperWidth: 8.2677, paperHeight: 11.6929 };

/** Where the time of a print goes, phase by phase (bench/print.bench.ts). */
export type PhaseClock = (phase: PrintPhase, ms: number) => void;
export type PrintPhase = 'launch' | 'page' | 'load' | 'fonts' | 'print' | 'fix' | 'close' | 'profile';

export async function launchPrinter(
  executablePath: string,
  opts: { pages?: number; phases?: PhaseClock } = {},
): Promise<Printer> {
  const clock = opts.phases ?? (() => undefined);
  const since = (phase: PrintPhase, t0: number) => clock(phase, performance.now() - t0);
  const launched = performance.now();
  const pages = Math.max(1, opts.pages ?? DEFAULT_PAGES);
  const profile = mkdtempSync(join(tmpdir(), 'naskah-chromium-'));
  let child: ChildProcess | undefined;
  // Registered before the launch: a signal while the browser starts must remove it too.
  removeProfilesOnExit();
  const removeProfile = () => {
    liveProfiles.delete(profile);
    if (child?.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    killProfileUsers(profile);
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
  };
  liveProfiles.set(profile, removeProfile);
  let conn: CdpConnection;
  let exited: Promise<void>;
  let firstPage: string | undefined;
  try {
    child = spawn(
      executablePath,
      [
        ...CHROMIUM_ARGS,
        ...AUTOMATION_ARGS,
        ...(oneProcess(pages) ? ONE_PROCESS_ARGS : []),
        `--user-data-dir=${profile}`,
        'about:blank',
      ],
      {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
      },
    );
    const browser = child;
    // The last lines the browser wrote, to say why it did not start.
    let said = '';
    browser.stderr!.setEncoding('utf8');
    browser.stderr!.on('data', (t: string) => {
      said = (said + t).slice(-2000);
    });
    conn = pipeConnection(browser.stdio[3] as Writable, browser.stdio[4] as Readable);
    exited = new Promise<void>((resolve) => {
      const gone = (why: string) => {
        conn.fail(new Error(`the browser ${why}${said.trim() ? `: ${said.trim().split('\n').pop()}` : ''}`));
        resolve();
      };
      browser.once('error', (err) => gone(`could not be started (${err.message})`));
      browser.once('exit', (code, signal) => gone(`exited (${signal ?? `code ${code}`})`));
    });
    const { targetInfos } = await withTimeout(
      conn.send('Target.getTargets'),
      Math.max(120_000, printTimeoutMs()),
      () => new Error('the browser did not answer'),
    );
    firstPage = (targetInfos as { type: string; targetId: string }[]).find((t) => t.type === 'page')?.targetId;
    since('launch', launched);
  } catch (err) {
    removeProfile();
    throw new NaskahError(
      'render/browser-failed',
      `could not start the browser at ${executablePath}: ${(err as Error).message.split('\n')[0]}`,
      {
        hint: 'Check that the browser runs (`chromium --version`), or point NASKAH_BROWSER at a working Chromium.',
      },
    );
  }
  // Every request a page makes is stopped here: data: and about: go on, anything else fails.
  conn.on('Fetch.requestPaused', (p: { requestId: string; request: { url: string } }, sessionId) => {
    const allowed = /^(data|about):/.test(p.request.url);
    void conn
      .send(
        allowed ? 'Fetch.continueRequest' : 'Fetch.failRequest',
        allowed ? { requestId: p.requestId } : { requestId: p.requestId, errorReason: 'BlockedByClient' },
        sessionId,
      )
      .catch(() => undefined);
  });
  const pool = pagePool(conn, pages, since, () => {
    const reuse = firstPage;
    firstPage = undefined;
    return reuse;
  });
  // The pages of a study's two languages open while Node is still composing the HTML.
  pool.warm(Math.min(pages, 2));
  return {
    async print(html, options) {
      const page = await pool.acquire();
      let healthy = false;
      const timeout = printTimeoutMs();
      try {
        const printed = withTimeout(
          printPage(conn, page, withPageFooter(html, options.footer ?? ''), since),
          timeout,
          () => {
            return new NaskahError(
              'render/print-timeout',
              `the browser did not finish printing the PDF within ${timeout / 1000} s`,
              {
                hint: 'The machine may be busy: try again, build fewer studies at once, or allow more time with NASKAH_PRINT_TIMEOUT=<seconds>.',
              },
            );
          },
        );
        const pdf = await printed;
        healthy = true;
        const fixing = performance.now();
        const fixed = reproduciblePdf(pdf, options.date);
        since('fix', fixing);
        return fixed;
      } finally {
        pool.release(page, healthy);
      }
    },
    async close() {
      // The profile is thrown away, so nothing the browser would save on a polite close matters.
      const closing = performance.now();
      child?.kill('SIGKILL');
      await exited;
      since('close', closing);
      const removing = performance.now();
      removeProfile();
      since('profile', removing);
    },
  };
}

/** A page (tab) of the browser, attached by its flat session. */
interface PageSession {
  targetId: string;
  sessionId: string;
  frameId: string;
}

/** Opens a page that runs no script and may fetch nothing (the interception above answers its requests). */
async function openPage(conn: CdpConnection, existing?: string): Promise<PageSession> {
  const targetId: string = existing ?? (await conn.send('Target.createTarget', { url: 'about:blank' })).targetId;
  const { sessionId } = await conn.send('Target.attachToTarget', { targetId, flatten: true });
  const [, , , tree] = await Promise.all([
    // A manuscript is static: no script runs, whatever a template or a study brings.
    conn.send('Emulation.setScriptExecutionDisabled', { value: true }, sessionId),
    conn.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] }, sessionId),
    conn.send('Page.enable', {}, sessionId),
    conn.send('Page.getFrameTree', {}, sessionId),
    // Laid out for print from the start: Page.printToPDF then needs no second style pass
    // to switch the page from screen to print and back (about 5 % of the browser's CPU).
    conn.send('Emulation.setEmulatedMedia', { media: 'print' }, sessionId),
  ]);
  return { targetId, sessionId, frameId: tree.frameTree.frame.id };
}

/** Puts the HTML into the page, waits for its images and fonts, and prints it. */
async function printPage(
  conn: CdpConnection,
  page: PageSession,
  html: string,
  since: (phase: PrintPhase, t0: number) => void,
): Promise<Uint8Array> {
  let t0 = performance.now();
  const { sessionId, frameId } = page;
  const loaded = new Promise<void>((resolve) => {
    const onLoad = (_p: unknown, from: string | undefined) => {
      if (from !== sessionId) return;
      conn.off('Page.loadEventFired', onLoad);
      resolve();
    };
    conn.on('Page.loadEventFired', onLoad);
  });
  await conn.send('Page.setDocumentContent', { frameId, html }, sessionId);
  await loaded;
  since('load', t0);
  t0 = performance.now();
  // Fonts a template embeds (@font-face, data: URLs) are ready before the pages are laid
  // out; the system's fonts need no wait. The page runs no script of its own; this one
  // runs in a world of its own.
  if (/@font-face/i.test(html)) {
    const { executionContextId } = await conn.send(
      'Page.createIsolatedWorld',
      { frameId, worldName: 'naskah-print' },
      sessionId,
    );
    await conn.send(
      'Runtime.evaluate',
      { expression: 'document.fonts.ready.then(() => true)', contextId: executionContextId, awaitPromise: true },
      sessionId,
    );
  }
  since('fonts', t0);
  t0 = performance.now();
  const { data } = await conn.send(
    'Page.printToPDF',
    {
      ...PAPER,
      landscape: false,
      // The footer is in the page's own CSS (withPageFooter): a footerTemplate is laid out
      // as a document of its own for every page, which cost a fifth of the browser's CPU.
      displayHeaderFooter: false,
      printBackground: true,
      scale: 1,
      marginTop: 22 * MM,
      marginBottom: 24 * MM,
      marginLeft: 22 * MM,
      marginRight: 22 * MM,
      pageRanges: '',
      preferCSSPageSize: false,
      generateTaggedPDF: true,
      generateDocumentOutline: false,
    },
    sessionId,
  );
  since('print', t0);
  return Buffer.from(data as string, 'base64');
}

/** `promise`, or `timeoutError()` once `ms` have passed. */
function withTimeout<T>(promise: Promise<T>, ms: number, timeoutError: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(timeoutError()), ms);
  });
  promise.catch(() => undefined);
  return Promise.race([promise, timedOut]).finally(() => clearTimeout(timer));
}

/**
 * Up to `size` pages, reused from print to print (a new page costs more than the print of
 * a short manuscript); callers beyond that wait their turn. The browser's first tab is the
 * first page (one renderer fewer). A page whose print failed is closed rather than reused.
 */
function pagePool(
  conn: CdpConnection,
  size: number,
  since: (phase: PrintPhase, t0: number) => void,
  initial: () => string | undefined,
) {
  const idle: PageSession[] = [];
  const waiting: ((p: PageSession) => void)[] = [];
  /** Pages opened ahead of their first print. */
  const warming: Promise<PageSession>[] = [];
  let open = 0;
  const create = async (): Promise<PageSession> => {
    open++;
    try {
      const t0 = performance.now();
      const page = await openPage(conn, initial());
      since('page', t0);
      return page;
    } catch (err) {
      open--;
      throw err;
    }
  };
  return {
    warm(count: number): void {
      for (let i = 0; i < count && open < size; i++) {
        const page = create();
        page.catch(() => undefined);
        warming.push(page);
      }
    },
    acquire(): Promise<PageSession> {
      const page = idle.pop();
      if (page) return Promise.resolve(page);
      // A page that failed to open is opened again for this print (its error, if it fails twice).
      const warm = warming.shift();
      if (warm) return warm.catch(() => create());
      if (open < size) return create();
      return new Promise((resolve) => waiting.push(resolve));
    },
    release(page: PageSession, healthy: boolean): void {
      if (!healthy) {
        open--;
        void conn.send('Target.closeTarget', { targetId: page.targetId }).catch(() => undefined);
        // A waiter gets a fresh page instead.
        const next = waiting.shift();
        if (next) void create().then(next, () => waiting.unshift(next));
        return;
      }
      const next = waiting.shift();
      if (next) next(page);
      else idle.push(page);
    },
  };
}

/**
 * The manuscript with its running footer as CSS page-margin boxes: the short title at the
 * bottom left, the page number at the bottom right, in 8 pt Liberation Serif, grey, 15 pt
 * above the sheet's edge. This is the footer Page.printToPDF's footerTemplate drew before,
 * to the pixel (pdftoppm, 60 and 150 dpi, asn-metro in both languages) and to the
 * hundredth of a point in pdftotext's word boxes; the page number's 15/32 px of right
 * padding keeps it where the template put it (Chromium laid the template out on a page
 * that much narrower than the sheet). The boxes span the page's text column: on a template
 * with 22 mm side margins (article) that is where the footer always was; on skripsi's (40 and
 * 30 mm) the footer now lines up with the text instead of sitting 22 mm from each edge. The
 * font is set whole (line height included) so that nothing of the template's root style
 * (skripsi's 1.5 line height) moves it: its baseline is 16.17 pt above the edge on both.
 * Only the printed copy gets the style; the HTML output is untouched. A template that draws
 * a footer of its own in @page margin boxes overrides this one.
 */
export function withPageFooter(html: string, footer: string): string {
  const box =
    "font:8pt/normal 'Liberation Serif',serif;letter-spacing:normal;word-spacing:normal;text-transform:none;color:#555;vertical-align:bottom;padding-bottom:15pt;";
  const style = `<style>@page{@bottom-left{content:${cssString(footer)};${box}text-align:left}@bottom-right{content:counter(page);${box}text-align:right;padding-right:0.46875px}}</style>`;
  // First in the head, so that a template's own @page margin boxes come later and win.
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) return style + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + style + html.slice(at);
}

/** A CSS string literal; also safe inside an HTML <style> element (no < or & is left). */
function cssString(s: string): string {
  return `"${s.replace(/[\\"<>&\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
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
