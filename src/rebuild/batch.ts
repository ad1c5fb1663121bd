/**
 * Batch builds: many studies at once with one shared browser, a progress bar on a
 * terminal (plain lines otherwise), and a failing study that does not stop the others;
 * the end lists the failures with their errors. `naskah build` with several studies runs this.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import type { OutputFormat } from '../build/build.ts';
import { nodeEffects } from '../build/effects.ts';
import { formatDiagnostic, type Diagnostic } from '../errors.ts';
import type { Lang } from '../study/types.ts';
import { summaryLines } from './format.ts';
import { messages as M } from './messages.ts';
import { Progress } from './progress.ts';
import { buildOutcome, type BuildOutcome } from './outcome.ts';
import type { BuildThread } from './workers.ts';

/** Where a batch reports and what it builds with (the command line's IO fits). */
export interface BatchIO {
  stderr(text: string): void;
  /** True when stderr is a terminal: a progress bar instead of plain lines. */
  isTTY: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
}

export interface BatchOptions {
  outDir: string;
  /** The --out value as the user wrote it, for messages. */
  outName: string;
  langs?: Lang[];
  formats: OutputFormat[];
  force: boolean;
  pages?: number;
  /** Threads that build studies (default: one per core but one, for a batch of 6 or more). */
  jobs?: number;
  debug?: boolean;
}

export type BuiltStudy = Extract<BuildOutcome, { ok: true }>['result'];

export interface BatchReport {
  built: BuiltStudy[];
  skipped: BuiltStudy[];
  failures: { dir: string; errors: Diagnostic[] }[];
  /** True when a failure was a bug in naskah rather than a problem of the study. */
  internal: boolean;
  seconds: number;
}

/**
 * Builds many studies with one shared browser. The main thread and, for a larger batch on
 * a machine with several cores, worker threads (src/rebuild/workers.ts) take studies from
 * one queue; with PDFs, a few studies are in flight per thread so that Chromium's pages
 * stay busy while Node composes the next study.
 */
export async function buildMany(dirs: string[], opts: BatchOptions, io: BatchIO): Promise<BatchReport> {
  const t0 = performance.now();
  if (dirs.length >= BATCH_MIN_FOR_THREADS) setFlagsFromString(`--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`);
  const effects = nodeEffects({ cwd: io.cwd, env: io.env, pages: opts.pages });
  const progress = new Progress(
    { stderr: io.stderr, isTTY: io.isTTY, columns: Number(io.env.COLUMNS) || undefined },
    dirs.length,
  );
  const report: BatchReport = { built: [], skipped: [], failures: [], internal: false, seconds: 0 };
  const withPdf = opts.formats.includes('pdf');
  const jobs = Math.max(1, Math.min(opts.jobs ?? defaultJobs(dirs.length), dirs.length));
  // With PDFs, a few studies in flight per thread keep the browser's pages busy; HTML alone is CPU-bound.
  const perThread = withPdf ? Math.max(2, Math.ceil((opts.pages ?? 4) / (2 * jobs)) + 1) : 1;
  const options = { outDir: opts.outDir, langs: opts.langs, formats: opts.formats, force: opts.force };
  const dest = (id: string) => join(opts.outName, id);

  const queue = [...dirs];
  const handle = (dir: string, outcome: BuildOutcome, ms: number) => {
    if (outcome.ok) {
      const r = outcome.result;
      let text = r.warnings.map((w) => `${formatDiagnostic(w)}\n`).join('');
      if (r.skipped) {
        report.skipped.push(r);
        text += `${M.skipped(r.id, dest(r.id))}\n`;
      } else {
        report.built.push(r);
        text += `built ${r.id} → ${dest(r.id)}/ (${r.outputs.join(', ')}) in ${(ms / 1000).toFixed(1)} s\n`;
        if (r.changes) {
          const lines = summaryLines(r.changes, r.id);
          if (r.previous && r.changes.changed) lines.push(`  ${M.buildSummaryDetails(r.previous, dest(r.id))}`);
          text += `${lines.join('\n')}\n`;
        }
      }
      progress.print(text);
      return;
    }
    const diags: Diagnostic[] = outcome.internal
      ? [
          {
            code: 'internal',
            severity: 'error',
            message: `internal error: ${outcome.message ?? 'unknown'}`,
            hint: opts.debug
              ? outcome.stack
              : 'This is a bug in naskah. Run again with --debug to see the stack trace, and report it.',
          },
        ]
      : outcome.diagnostics;
    if (outcome.internal) report.internal = true;
    report.failures.push({ dir, errors: diags });
    let text = `failed ${dir}:\n`;
    for (const d of diags.slice(0, 20)) text += `  ${formatDiagnostic(d).replace(/\n/g, '\n  ')}\n`;
    if (diags.length > 20) text += `  … and ${diags.length - 20} more\n`;
    progress.print(text);
  };
  const retried = new Set<string>();
  const lane = async (build: (dir: string) => Promise<BuildOutcome>) => {
    for (let dir = queue.shift(); dir !== undefined; dir = queue.shift()) {
      const name = dir.split(/[\\/]/).filter(Boolean).pop() ?? dir;
      progress.start(name);
      const t = performance.now();
      const outcome = await build(dir);
      if (!outcome.ok && outcome.threadStopped && !retried.has(dir)) {
        // The thread died (not necessarily because of this study): another lane builds it, once.
        retried.add(dir);
        queue.unshift(dir);
        progress.drop(name);
        return;
      }
      handle(dir, outcome, performance.now() - t);
      progress.finish(name);
    }
  };

  const threads: BuildThread[] = [];
  try {
    const lanes: Promise<void>[] = [];
    if (jobs > 1) {
      const { startBuildThread } = await import('./workers.ts');
      for (let i = 1; i < jobs; i++) {
        const thread = startBuildThread(() => effects.printer(), io.env, io.cwd);
        threads.push(thread);
        // A thread joins once it has loaded; the main thread builds meanwhile.
        // One more study than it works on, queued in the thread, so it never waits for the main thread.
        for (let k = 0; k < perThread + 1; k++)
          lanes.push(
            thread.ready.then(
              () => lane((dir) => thread.build(dir, options)),
              () => undefined,
            ),
          );
      }
    }
    const local = (dir: string) => buildOutcome(dir, options, effects);
    for (let k = 0; k < perThread; k++) lanes.push(lane(local));
    await Promise.all(lanes);
    // Studies handed back by a thread that died after the main thread's lanes had finished.
    while (queue.length) await lane(local);
  } finally {
    progress.end();
    await Promise.all(threads.map((t) => t.close()));
    await effects.close();
  }
  report.seconds = (performance.now() - t0) / 1000;
  if (dirs.length > 1 || report.failures.length) {
    io.stderr(`${M.batchDone(report.built.length, report.skipped.length, dirs.length, report.seconds)}\n`);
    if (report.failures.length) {
      io.stderr(`${M.batchFailures(report.failures.length)}\n`);
      for (const f of report.failures) {
        const first = f.errors[0];
        io.stderr(
          `  ${f.dir}: ${first ? formatDiagnostic(first).split('\n')[0] : 'failed'}${f.errors.length > 1 ? ` (+${f.errors.length - 1} more)` : ''}\n`,
        );
      }
    }
  }
  return report;
}

/** A batch this large starts build threads (on several cores) and runs V8 with a larger interrupt budget. */
const BATCH_MIN_FOR_THREADS = 6;

/**
 * V8's interrupt budget in a batch: sixteen times Node 20's default (67584 bytes of bytecode
 * run between checks whether a function is hot enough to optimise). A batch runs the same
 * code for every study, so the code worth optimising gets optimised anyway; with the
 * default, V8 also compiled (and threw away) many functions that are hot only briefly.
 * Measured on 100 copies of asn-metro (html,json, 2 cores): about a fifth less CPU per study.
 * The flag is process-wide (build threads share it) and set once the batch is known to be
 * one; a single-study build keeps V8's default.
 */
const BATCH_INTERRUPT_BUDGET = 16 * 67584;

/**
 * Threads that build: one per core but one for a batch worth starting threads for, else
 * the main thread alone. The spare core serves the browser and the system; measured on
 * 2 cores (npm run bench), a second build thread cost more warm-up than it gained.
 */
function defaultJobs(studies: number): number {
  return studies >= BATCH_MIN_FOR_THREADS ? Math.max(1, Math.min(availableParallelism() - 1, 8)) : 1;
}
