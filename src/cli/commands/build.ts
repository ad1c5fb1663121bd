/**
 * `naskah build [STUDY_DIR…]`: builds studies into out/<id>/. With no study given, every
 * folder under studies/ that holds a study.yaml.
 *
 * - A study whose inputs, template, options and naskah (version and code) are unchanged
 *   since its last build is skipped (`--force` rebuilds).
 * - After a rebuild it prints what changed against the previous build: how many reported
 *   numbers changed and every conclusion that changed (src/regen/diff.ts).
 * - Many studies share one browser, several pages printing at once, while Node composes
 *   the next study; a progress bar on a terminal, plain lines otherwise. A failing study
 *   does not stop the others; the end lists the failures with their errors (exit code 1).
 * - `--watch` rebuilds one study on every save and serves its HTML with live reload.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import type { OutputFormat } from '../../build.ts';
import { nodeEffects, isDirectory } from '../../effects.ts';
import { NaskahError, formatDiagnostic, type Diagnostic } from '../../errors.ts';
import { browserPath } from '../../render/pdf.ts';
import { summaryLines } from '../../regen/format.ts';
import { messages as M } from '../../regen/messages.ts';
import { Progress } from '../../regen/progress.ts';
import { buildOutcome, type BuildOutcome, type BuildThread } from '../../regen/workers.ts';
import { LANGS, type Lang } from '../../study/schema.ts';
import { listOption, usageError, type CliIO, type Command } from '../command.ts';

const FORMATS: OutputFormat[] = ['html', 'pdf', 'json'];

export function findStudies(root: string): string[] {
  if (!isDirectory(root)) return [];
  return readdirSync(root)
    .sort()
    .map((d) => join(root, d))
    .filter((d) => isDirectory(d) && readdirSync(d).includes('study.yaml'));
}

export const buildCommand: Command = {
  name: 'build',
  summary: 'build study folders into manuscripts (HTML, PDF) and results.json',
  usage: 'naskah build [STUDY_DIR…] [--out DIR] [--lang id,en] [--format html,pdf,json] [--force] [--watch [--port N]]',
  details: `Each study is written to <out>/<id>/: results.json, manifest.json, <lang>.html and
<lang>.pdf. The files are written to a temporary folder first and swapped in whole, so a
failed build leaves the previous output untouched. With no STUDY_DIR, every folder under
studies/ is built.

A study is skipped when its inputs (study.yaml, data, manuscript, bibliography, template),
the options and naskah itself (version and code) are the same as in its manifest.json and
its outputs are intact; --force rebuilds it anyway. After a rebuild, naskah prints how many
reported numbers changed and every conclusion that changed (significance, direction, the
test chosen, a count crossing a category threshold); the replaced results.json is kept in
<out>/.previous/<id>/ for \`naskah diff\`.

Output is reproducible: the same inputs give byte-identical results.json and HTML on any
machine and in any time zone; PDF dates come from SOURCE_DATE_EPOCH when it is set and are
2000-01-01 otherwise.

--watch builds one study, then rebuilds it (HTML and results.json; PDF too when --format
names it) on every save in its folder and serves <lang>.html on http://127.0.0.1 with a
reload in the browser; the files in <out> never contain the reload script.

Exit code 0 when every study built (or was up to date), 1 when any failed.

Examples:
  naskah build studies/asn-metro
  naskah build --lang en --format html
  naskah build --watch studies/asn-metro`,
  options: [
    { name: 'out', type: 'string', value: 'DIR', description: 'output folder (default: out)' },
    {
      name: 'lang',
      type: 'string',
      value: 'LIST',
      description: "languages to build, comma-separated (default: the study's)",
    },
    {
      name: 'format',
      type: 'string',
      value: 'LIST',
      description: 'outputs: html, pdf, json (default: all three; with --watch: html, json)',
    },
    { name: 'force', short: 'f', type: 'boolean', description: 'rebuild studies that are up to date' },
    {
      name: 'watch',
      short: 'w',
      type: 'boolean',
      description: 'rebuild one study on every save and serve its HTML with live reload',
    },
    {
      name: 'port',
      type: 'string',
      value: 'N',
      description: 'port for --watch on 127.0.0.1 (default: 4173, or a free one)',
    },
    {
      name: 'pages',
      type: 'string',
      value: 'N',
      description: 'PDFs printed at once in the shared browser (default: 4)',
    },
    {
      name: 'jobs',
      short: 'j',
      type: 'string',
      value: 'N',
      description: 'threads building studies at once (default: one per core but one, for 6 or more studies)',
    },
  ],
  async run(args, io) {
    const langs = listOption(args.options.lang) as Lang[] | undefined;
    for (const l of langs ?? [])
      if (!(LANGS as readonly string[]).includes(l))
        throw usageError(this, `unknown language "${l}" in --lang (use ${LANGS.join(', ')})`);
    const formatsGiven = listOption(args.options.format) as OutputFormat[] | undefined;
    for (const f of formatsGiven ?? [])
      if (!FORMATS.includes(f)) throw usageError(this, `unknown format "${f}" in --format (use ${FORMATS.join(', ')})`);
    const outName = typeof args.options.out === 'string' ? args.options.out : 'out';
    const outDir = resolve(io.cwd, outName);
    const pages = positiveInt(this, 'pages', args.options.pages) ?? undefined;

    if (args.options.watch) {
      if (args.positionals.length !== 1) throw usageError(this, '--watch builds one study: give exactly one STUDY_DIR');
      const port = positiveInt(this, 'port', args.options.port, true);
      const formats = formatsGiven ?? ['html', 'json'];
      if (formats.includes('pdf')) browserPath(io.env);
      const { watchStudy } = await import('../../regen/watch.ts');
      const session = await watchStudy({
        studyDir: resolve(io.cwd, args.positionals[0]!),
        outDir,
        langs,
        formats,
        port: port ?? undefined,
        pages,
        io,
      });
      await session.closed;
      return 0;
    }

    const formats = formatsGiven ?? FORMATS;
    let dirs = args.positionals;
    if (!dirs.length) {
      dirs = findStudies(join(io.cwd, 'studies'));
      if (!dirs.length) {
        throw new NaskahError('build/no-studies', 'no study given and no studies/ folder with studies here', {
          hint: 'Run `naskah build <study-folder>`, or run it where studies/<name>/study.yaml exist. `naskah new <dir>` creates a study.',
        });
      }
    }
    // Fail before building anything when PDFs are wanted but no browser exists.
    if (formats.includes('pdf')) browserPath(io.env);

    const jobs = positiveInt(this, 'jobs', args.options.jobs);
    const report = await buildMany(
      dirs,
      {
        outDir,
        outName,
        langs,
        formats,
        force: Boolean(args.options.force),
        pages,
        jobs,
        debug: Boolean(args.options.debug),
      },
      io,
    );
    return report.internal ? 70 : report.failures.length ? 1 : 0;
  },
};

function positiveInt(
  command: Command,
  name: string,
  value: string | boolean | undefined,
  allowZero = false,
): number | undefined {
  if (value === undefined || value === false) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(n) || n < (allowZero ? 0 : 1))
    throw usageError(command, `--${name} needs a whole number${allowZero ? '' : ' of at least 1'}`);
  return n;
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
 * a machine with several cores, worker threads (src/regen/workers.ts) take studies from
 * one queue; with PDFs, a few studies are in flight per thread so that Chromium's pages
 * stay busy while Node composes the next study.
 */
export async function buildMany(dirs: string[], opts: BatchOptions, io: CliIO): Promise<BatchReport> {
  const t0 = performance.now();
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
      const { startBuildThread } = await import('../../regen/workers.ts');
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

/**
 * Threads that build: one per core but one for a batch worth starting threads for, else
 * the main thread alone. The spare core serves the browser and the system; measured on
 * 2 cores (npm run bench), a second build thread cost more warm-up than it gained.
 */
export function defaultJobs(studies: number): number {
  return studies >= 6 ? Math.max(1, Math.min(availableParallelism() - 1, 8)) : 1;
}
