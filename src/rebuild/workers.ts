/**
 * Build threads for batch builds. Composing and rendering a manuscript is CPU work in
 * Node; on a machine with several cores, worker threads build studies side by side with
 * the main thread. The browser stays in the main thread: a worker that needs a PDF sends
 * the HTML there and gets the PDF bytes back, so every study still shares the one browser
 * and its pool of pages.
 *
 * The worker runs this very module: from the sources (tests, benches) through tsx's API,
 * from the `naskah` bundle (dist/main.cjs, where import.meta.url is the bundle) through
 * scripts/load-bundle.cjs, whose entry starts the worker side.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import type { BuildEffects, BuildOptions } from '../build/build.ts';
import { nodeEffects } from '../build/effects.ts';
import { NaskahError } from '../errors.ts';
import type { Printer, PrintOptions } from '../render/pdf.ts';
import { PACKAGE_ROOT } from '../version.ts';
import { buildOutcome, type BuildOutcome, threadStopped } from './outcome.ts';

type ToWorker =
  | { type: 'build'; job: number; dir: string; options: BuildOptions }
  | { type: 'printed'; req: number; pdf?: Uint8Array; error?: { code: string; message: string; hint?: string } }
  | { type: 'close' };
type FromWorker =
  | { type: 'ready' }
  | { type: 'done'; job: number; outcome: BuildOutcome }
  | { type: 'print'; req: number; html: string; options: PrintOptions };

/** A build thread as the main thread sees it. */
export interface BuildThread {
  /** Resolves when the thread has loaded naskah and can take studies. */
  ready: Promise<void>;
  build(dir: string, options: BuildOptions): Promise<BuildOutcome>;
  /** True once the thread has died (its studies come back as `threadStopped` outcomes). */
  readonly stopped: boolean;
  close(): Promise<void>;
}

/**
 * The worker's entry. From the bundle: the bundle itself. From the sources: a small script
 * that loads this module through tsx's API (a worker does not inherit the main thread's
 * TypeScript loader).
 */
function workerEntry(): { entry: URL | string; eval: boolean } {
  const self = new URL(import.meta.url);
  const file = fileURLToPath(self);
  // The CommonJS bundle (dist/main.cjs), through its code cache like the main thread; the
  // bundle's entry (src/cli/main.ts, startBuildThread) loads this module, which serves.
  if (file.endsWith('.cjs')) {
    const loader = join(dirname(file), '..', 'scripts', 'load-bundle.cjs');
    return {
      entry: `const l = require(${JSON.stringify(loader)}); process.once('exit', l.saveCodeCaches); l.loadBundle(${JSON.stringify(file)}, 'build-thread').startBuildThread();`,
      eval: true,
    };
  }
  if (!file.endsWith('.ts')) return { entry: self, eval: false };
  const api = pathToFileURL(join(PACKAGE_ROOT, 'node_modules', 'tsx', 'dist', 'esm', 'api', 'index.mjs')).href;
  return {
    entry: `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(self.href)}, ${JSON.stringify(self.href)}))`,
    eval: true,
  };
}

/** Starts a build thread; its PDFs print on `printer()` (the main thread's shared browser). */
export function startBuildThread(
  printer: () => Promise<Printer>,
  env: Record<string, string | undefined>,
  cwd: string,
): BuildThread {
  const { entry, eval: isEval } = workerEntry();
  const worker = new Worker(entry, {
    eval: isEval,
    workerData: { naskahBuildThread: true, env, cwd },
    env: env as NodeJS.ProcessEnv,
  });
  worker.unref();
  let nextJob = 0;
  const jobs = new Map<number, (o: BuildOutcome) => void>();
  let markReady!: () => void;
  let failReady!: (e: Error) => void;
  const ready = new Promise<void>((res, rej) => ((markReady = res), (failReady = rej)));
  let stopped: Error | undefined;
  const fail = (err: Error) => {
    stopped ??= err;
    failReady(err);
    for (const [, done] of jobs) done(threadStopped(stopped));
    jobs.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => code !== 0 && fail(new Error(`exit code ${code}`)));
  worker.on('message', (m: FromWorker) => {
    if (m.type === 'ready') markReady();
    else if (m.type === 'done') {
      jobs.get(m.job)?.(m.outcome);
      jobs.delete(m.job);
    } else if (m.type === 'print') {
      printer()
        .then((p) => p.print(m.html, m.options))
        .then(
          (pdf) => worker.postMessage({ type: 'printed', req: m.req, pdf } satisfies ToWorker),
          (err: unknown) => {
            const e =
              err instanceof NaskahError
                ? { code: err.code, message: err.message, hint: err.hint }
                : { code: 'render/print-failed', message: (err as Error)?.message ?? String(err) };
            worker.postMessage({ type: 'printed', req: m.req, error: e } satisfies ToWorker);
          },
        );
    }
  });
  return {
    ready,
    get stopped() {
      return stopped !== undefined;
    },
    build(dir, options) {
      if (stopped) return Promise.resolve(threadStopped(stopped));
      const job = nextJob++;
      return new Promise((resolve) => {
        jobs.set(job, resolve);
        worker.postMessage({ type: 'build', job, dir, options } satisfies ToWorker);
      });
    },
    async close() {
      worker.postMessage({ type: 'close' } satisfies ToWorker);
      await new Promise<void>((r) => {
        const t = setTimeout(() => void worker.terminate().then(() => r()), 5000);
        worker.once('exit', () => (clearTimeout(t), r()));
      });
    },
  };
}

/** The worker side: builds studies as the main thread asks, printing through it. */
function serve(port: MessagePort, data: { env: Record<string, string | undefined>; cwd: string }): void {
  let nextReq = 0;
  const prints = new Map<number, { resolve: (pdf: Uint8Array) => void; reject: (e: Error) => void }>();
  const remotePrinter: Printer = {
    print(html, options) {
      const req = nextReq++;
      return new Promise((resolve, reject) => {
        prints.set(req, { resolve, reject });
        port.postMessage({ type: 'print', req, html, options } satisfies FromWorker);
      });
    },
    close: async () => undefined,
  };
  const effects: BuildEffects = {
    ...nodeEffects({ cwd: data.cwd, env: data.env }),
    printer: async () => remotePrinter,
  };
  // Builds run one after another (the main thread keeps a next study queued here, so
  // this thread never waits for the main one, which may be busy building itself); with
  // PDFs, a build waiting for its print lets the next one start.
  let tail: Promise<unknown> = Promise.resolve();
  port.on('message', (m: ToWorker) => {
    if (m.type === 'build') {
      const run = () =>
        buildOutcome(m.dir, m.options, effects).then((outcome) =>
          port.postMessage({ type: 'done', job: m.job, outcome } satisfies FromWorker),
        );
      const withPdf = m.options.formats.includes('pdf');
      const next = tail.then(run);
      tail = withPdf ? Promise.resolve() : next;
      void next;
    } else if (m.type === 'printed') {
      const p = prints.get(m.req);
      prints.delete(m.req);
      if (m.pdf) p?.resolve(m.pdf);
      else
        p?.reject(
          new NaskahError(m.error?.code ?? 'render/print-failed', m.error?.message ?? 'printing failed', {
            hint: m.error?.hint,
          }),
        );
    } else if (m.type === 'close') port.close();
  });
  port.postMessage({ type: 'ready' } satisfies FromWorker);
}

if (!isMainThread && parentPort && (workerData as { naskahBuildThread?: boolean } | null)?.naskahBuildThread) {
  serve(parentPort, workerData as { env: Record<string, string | undefined>; cwd: string });
}
