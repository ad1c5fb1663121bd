/**
 * `naskah build --watch <study>`: build once, then rebuild on every save in the study
 * folder, and serve the manuscript on http://127.0.0.1 with a reload in the browser.
 *
 * - Rebuilds are HTML and results.json first (what the browser shows); when PDFs were
 *   asked for, they follow after the browser has reloaded.
 * - Saves arrive as bursts of file events (editors write temp files, rename, touch); one
 *   rebuild follows each burst after a short quiet time, and a save during a rebuild
 *   queues exactly one more.
 * - The reload script lives only in the page as served: the server adds it (and widens the
 *   page's Content-Security-Policy for it, with a per-session nonce) on the way out. The
 *   files in out/ stay script-free, byte-identical to a normal build.
 * - A failed rebuild prints its errors, shows them in a banner on the page, and leaves
 *   the last good build in out/ and in the browser.
 */
import { mkdtempSync, rmSync, watch, type FSWatcher } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { join, relative, resolve, sep } from 'node:path';
import { buildStudy, type BuildResult, type OutputFormat } from '../build/build.ts';
import { nodeEffects } from '../build/effects.ts';
import { NaskahError, formatDiagnostic } from '../errors.ts';
import { warmUpCharts } from '../render/chart.ts';
import type { Lang } from '../study/types.ts';
import { summaryLines } from './format.ts';
import { messages as M } from './messages.ts';

/** Where watch mode reports (the command line's IO fits). */
export interface WatchIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
}

export interface WatchOptions {
  studyDir: string;
  outDir: string;
  langs?: Lang[];
  formats: OutputFormat[];
  /** 0 picks a free port; undefined tries 4173 first. */
  port?: number;
  pages?: number;
  io: WatchIO;
  /** Quiet time after the last file event before rebuilding (ms). */
  debounceMs?: number;
  /** Stop on SIGINT/SIGTERM (default true; tests pass false and call close()). */
  handleSignals?: boolean;
}

export interface WatchBuild {
  ok: boolean;
  /** Milliseconds from the first file event of the save to the HTML on disk (rebuilds only). */
  latencyMs?: number;
  result?: BuildResult;
  error?: string;
}

export interface WatchSession {
  url: string;
  port: number;
  /** Resolves when the session has stopped. */
  closed: Promise<void>;
  close(): Promise<void>;
  /** Called after every build (the first one too). */
  onBuild(listener: (b: WatchBuild) => void): void;
  /** Resolves when no build (or warm-up) is running. */
  idle(): Promise<void>;
}

const DEFAULT_PORT = 4173;
/** Editor droppings that are not a save of an input. */
const IGNORED = /(^|[\\/])(\.[^\\/]*|[^\\/]*~|[^\\/]*\.sw[a-p]|[^\\/]*\.tmp|4913)$/;

export async function watchStudy(opts: WatchOptions): Promise<WatchSession> {
  const { io } = opts;
  const effects = nodeEffects({ cwd: io.cwd, env: io.env, pages: opts.pages });
  const fast: OutputFormat[] = [...new Set<OutputFormat>(['html', ...opts.formats.filter((f) => f !== 'pdf')])];
  const wantPdf = opts.formats.includes('pdf');
  const nonce = randomBytes(12).toString('base64');
  const listeners: ((b: WatchBuild) => void)[] = [];
  const clients = new Set<ServerResponse>();
  let id: string | undefined;
  let langs: Lang[] = opts.langs ?? [];
  let lastError: string | undefined;
  let closing = false;
  /** The language last opened in the browser. */
  let viewed: Lang | undefined;
  /** HTML of the build in progress, served before it is on disk. */
  const fresh = new Map<Lang, string>();

  const send = (event: string, data: string) => {
    const payload = `event: ${event}\ndata: ${data.replace(/\n/g, '\ndata: ')}\n\n`;
    for (const c of clients) c.write(payload);
  };

  // Builds run one at a time; a save during a build queues one more.
  let running: Promise<void> | undefined;
  let pending = false;
  let firstEvent: number | undefined;
  const rebuild = async (force: boolean): Promise<void> => {
    const savedAt = firstEvent;
    firstEvent = undefined;
    const b: WatchBuild = { ok: false };
    const announced = new Set<Lang>();
    // The language the browser shows is rendered first, served from memory and announced
    // at once; the rest of the build (other language, results.json, the swap) follows.
    const onHtml = (lang: Lang, html: string) => {
      fresh.set(lang, html);
      if (announced.size === 0 && (lang === viewed || viewed === undefined || !langs.includes(viewed))) {
        if (savedAt !== undefined) b.latencyMs = performance.now() - savedAt;
        announced.add(lang);
        lastError = undefined;
        send('reload', lang);
      }
    };
    try {
      const r = await buildStudy(
        opts.studyDir,
        { outDir: opts.outDir, langs: opts.langs, formats: fast, force, firstLang: viewed, onHtml },
        effects,
      );
      b.ok = true;
      b.result = r;
      id = r.id;
      langs = (Object.keys(r.html) as Lang[]).length
        ? (Object.keys(r.html) as Lang[])
        : langs.length
          ? langs
          : r.outputs.filter((o) => o.endsWith('.html')).map((o) => o.slice(0, -5) as Lang);
      fresh.clear();
      lastError = undefined;
      const rest = langs.filter((l) => !announced.has(l));
      if (rest.length) send('reload', rest.join(','));
      let text = r.warnings.map((w) => `${formatDiagnostic(w)}\n`).join('');
      if (b.latencyMs !== undefined) text += `${M.watchRebuilt(r.id, b.latencyMs)}\n`;
      else
        text += r.skipped
          ? `${M.skipped(r.id, relative(io.cwd, join(opts.outDir, r.id)) || '.')}\n`
          : `built ${r.id} → ${relative(io.cwd, join(opts.outDir, r.id)) || '.'}/ (${r.outputs.join(', ')})\n`;
      if (r.changes) text += `${summaryLines(r.changes, r.id).join('\n')}\n`;
      io.stderr(text);
      if (wantPdf) {
        const full = await buildStudy(
          opts.studyDir,
          { outDir: opts.outDir, langs: opts.langs, formats: opts.formats, force: false },
          effects,
        );
        io.stderr(
          `${full.skipped ? 'PDF up to date' : 'PDF ready'}: ${full.outputs.filter((o) => o.endsWith('.pdf')).join(', ')}\n`,
        );
      }
    } catch (err) {
      const text =
        err instanceof NaskahError
          ? [err.toDiagnostic(), ...err.related].map(formatDiagnostic).join('\n')
          : `internal error: ${(err as Error)?.stack ?? String(err)}`;
      b.error = text;
      lastError = text;
      fresh.clear();
      io.stderr(`${text}\n${M.watchFailed(id ?? opts.studyDir)}\n`);
      send('failed', text);
    }
    for (const l of listeners) l(b);
  };
  const schedule = (force: boolean) => {
    if (closing) return;
    if (running) {
      pending = true;
      return;
    }
    running = rebuild(force).finally(() => {
      running = undefined;
      if (pending && !closing) {
        pending = false;
        schedule(true);
      }
    });
  };

  // The server: the manuscript with the reload script, and the event stream.
  const server = createServer((req, res) => void serve(req, res));
  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    // Only pages opened on this machine by name: another Host is a page elsewhere rebinding
    // its name to 127.0.0.1 to read the manuscript (DNS rebinding).
    if (!localHost(req.headers.host))
      return text(res, 403, 'forbidden: open the page as http://127.0.0.1 or localhost');
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return text(res, 400, 'bad request: the path is not a valid URL');
    }
    if (path === '/__naskah/events') {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': naskah\n\n');
      if (lastError) res.write(`event: failed\ndata: ${lastError.replace(/\n/g, '\ndata: ')}\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (path === '/' || path === '/index.html') {
      if (!id || !langs.length) return text(res, 503, lastError ?? 'building…');
      res.writeHead(302, { location: `/${langs[0]}.html` });
      return void res.end();
    }
    const name = path.slice(1);
    if (!id || !/^([a-z]{2}\.(html|pdf)|results\.json|manifest\.json)$/.test(name)) return text(res, 404, 'not found');
    const lang = name.endsWith('.html') ? (name.slice(0, -5) as Lang) : undefined;
    if (lang) viewed = lang;
    const inMemory = lang ? fresh.get(lang) : undefined;
    let body: Buffer;
    try {
      body = inMemory !== undefined ? Buffer.from(inMemory) : await readFile(join(opts.outDir, id, name));
    } catch {
      return text(res, 404, `${name} is not built`);
    }
    if (lang) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return void res.end(withReload(body.toString('utf8'), nonce));
    }
    const type = name.endsWith('.pdf') ? 'application/pdf' : 'application/json; charset=utf-8';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  const port = await listen(server, opts.port);
  const url = `http://127.0.0.1:${port}/`;

  // The first build, then a warm-up, then the watcher.
  schedule(false);
  await running;
  running = warmUp(opts, effects, fast).finally(() => {
    running = undefined;
    if (pending && !closing) {
      pending = false;
      schedule(true);
    }
  });
  io.stderr(`${M.watchServing(id ? `${url}${langs[0] ?? 'en'}.html` : url)}\n`);

  const outAbs = resolve(opts.outDir) + sep;
  const onEvent = (_event: string, file: string | Buffer | null) => {
    const f = file ? String(file) : '';
    if (f && IGNORED.test(f)) return;
    if (resolve(opts.studyDir, f).startsWith(outAbs)) return;
    firstEvent ??= performance.now();
    clearTimeout(timer);
    timer = setTimeout(() => schedule(true), opts.debounceMs ?? 25);
  };
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher;
  try {
    watcher = watch(opts.studyDir, { recursive: true }, onEvent);
  } catch {
    watcher = watch(opts.studyDir, {}, onEvent);
  }
  io.stderr(`${M.watchWatching(relative(io.cwd, opts.studyDir) || '.')}\n`);

  let resolveClosed!: () => void;
  const closed = new Promise<void>((r) => (resolveClosed = r));
  const heartbeat = setInterval(() => {
    for (const c of clients) c.write(': ping\n\n');
  }, 15_000);
  const close = async () => {
    if (closing) return closed;
    closing = true;
    clearTimeout(timer);
    clearInterval(heartbeat);
    watcher.close();
    for (const c of clients) c.end();
    clients.clear();
    server.closeAllConnections?.();
    await new Promise<void>((r) => server.close(() => r()));
    await running?.catch(() => undefined);
    await effects.close();
    if (opts.handleSignals !== false) {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    resolveClosed();
    return closed;
  };
  const onSignal = () => void close();
  if (opts.handleSignals !== false) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  const idle = async () => {
    while (running) await running.catch(() => undefined);
  };
  return { url, port, closed, close, onBuild: (l) => void listeners.push(l), idle };
}

/**
 * Two throwaway builds into a temporary folder right after the first one, so that the
 * first save after starting is as fast as later ones: V8 optimises the pipeline's hot
 * code only after it has run a few times.
 */
async function warmUp(
  opts: WatchOptions,
  effects: ReturnType<typeof nodeEffects>,
  formats: OutputFormat[],
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'naskah-watch-'));
  try {
    for (let i = 0; i < 2; i++)
      await buildStudy(opts.studyDir, { outDir: dir, langs: opts.langs, formats, force: true }, effects);
    // The builds took their charts from the disk cache: load and warm vega for the first changed chart.
    await warmUpCharts();
  } catch {
    // A study that does not build yet: the real build reports why.
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The served page: the manuscript plus a small script that reloads on `reload` events and
 * shows a failed rebuild's errors in a banner. The page's CSP forbids scripts; the served
 * copy allows this one script (by nonce) and the event stream from the same origin.
 */
export function withReload(html: string, nonce: string): string {
  const script =
    `<script nonce="${nonce}">(()=>{const es=new EventSource('/__naskah/events');` +
    `es.addEventListener('reload',(e)=>{if(!e.data||e.data.split(',').includes(document.documentElement.lang))location.reload()});` +
    `es.addEventListener('failed',(e)=>{let b=document.getElementById('naskah-watch-error');` +
    `if(!b){b=document.createElement('pre');b.id='naskah-watch-error';` +
    `b.style.cssText='position:fixed;left:0;right:0;top:0;margin:0;padding:1em;background:#fee;color:#900;border-bottom:2px solid #900;white-space:pre-wrap;font:13px monospace;z-index:9999';` +
    `document.body.prepend(b)}b.textContent=e.data});})();</script>`;
  const csp = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/i;
  const withCsp = csp.test(html)
    ? html.replace(
        csp,
        (_m, a: string, policy: string, z: string) =>
          `${a}${policy}; script-src 'nonce-${nonce}'; connect-src 'self'${z}`,
      )
    : html;
  return withCsp.includes('</body>') ? withCsp.replace('</body>', `${script}\n</body>`) : withCsp + script;
}

/** True for a Host header naming this machine: localhost, 127.0.0.1 or [::1], any port. */
export function localHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = /^(\[[^\]]*\]|[^:]*)(?::\d+)?$/.exec(host.trim().toLowerCase())?.[1];
  return name === 'localhost' || name === '127.0.0.1' || name === '[::1]';
}

function text(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`${body}\n`);
}

/** Listens on 127.0.0.1: the given port, or 4173 falling back to a free port when it is taken. */
function listen(server: Server, port: number | undefined): Promise<number> {
  const attempt = (p: number) =>
    new Promise<number>((resolvePort, reject) => {
      const onError = (err: Error) => {
        server.off('listening', onListening);
        reject(err);
      };
      const onListening = () => {
        server.off('error', onError);
        const addr = server.address();
        resolvePort(typeof addr === 'object' && addr ? addr.port : p);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(p, '127.0.0.1');
    });
  if (port !== undefined) {
    return attempt(port).catch((err: NodeJS.ErrnoException) => {
      throw new NaskahError(
        'watch/port',
        `cannot serve on 127.0.0.1:${port}: ${err.code === 'EADDRINUSE' ? 'the port is in use' : err.message}`,
        { hint: 'Pick another port with --port N, or --port 0 for any free port.' },
      );
    });
  }
  return attempt(DEFAULT_PORT).catch(() => attempt(0));
}
