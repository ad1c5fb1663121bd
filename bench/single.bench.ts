/**
 * `npm run bench -- single`: one study, as a researcher builds it, beside its anchors.
 *
 *   - `node bin/naskah.mjs build studies/asn-metro --format html,json --force`, median of 5,
 *     beside R Markdown rendering bench/asn-metro.Rmd (the same report, one language) with
 *     ASN_CSV pointing at the data, when Rscript and rmarkdown are installed (target: naskah
 *     at least 10× faster);
 *   - the same through `npm run --silent naskah -- …` (target: at most 0.25 s more), and the
 *     set-up check's own share of it, measured inside the naskah process (NASKAH_SETUP_TIMING=1;
 *     target: under 30 ms);
 *   - both languages with PDF, median of 5 (target: at most 1.2 s);
 *   - peak memory of each (targets: ~125 MB HTML, ~215 MB with PDF, as before): the
 *     largest single process (what /usr/bin/time reports), and for the PDF build also
 *     Node and the browser's processes summed (sampled from /proc every 50 ms).
 * The PDF build's CPU time includes the browser's: naskah runs it as one process on two
 * cores, which Node reaps; with a process per page (more cores) its renderers, killed
 * with it, would be missing from the figure.
 * Each run is its own process; wall time and CPU time (user + system, from /usr/bin/time
 * when present) are printed side by side, since on a shared machine the wall time includes
 * waiting for a core. Nothing fails on timing. NASKAH_BENCH_SKIP_NPM=1 leaves out the npm
 * figure (where `npm run` must not run its set-up); NASKAH_BENCH_RUNS changes the 5.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isBelow, processTable, report } from './measure.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..');
const RUNS = Number(process.env.NASKAH_BENCH_RUNS ?? 5);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Run {
  wall: number;
  cpu?: number;
  peakMb?: number;
  /** Peak of the resident memory of every process of the command, summed. */
  summedMb?: number;
  /** The set-up check's wall and CPU milliseconds, when the process printed them (bin/naskah.mjs). */
  setup?: { ms: number; cpuMs: number };
}

/** Resident MB of every process below `root`, summed (Linux /proc; 0 elsewhere). */
function treeMb(root: number): number {
  const table = processTable();
  let sum = 0;
  for (const [pid, p] of table) if (isBelow(table, pid, root)) sum += p.rssBytes;
  return sum / 1048576;
}

/** Runs a command once; wall seconds, CPU seconds and peak RSS from /usr/bin/time, summed RSS from /proc. */
async function once(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  const t0 = performance.now();
  const child = TIME
    ? spawn(TIME, ['-f', 'NASKAH_TIME %U %S %M', cmd, ...args], { cwd: repo, env, stdio: ['ignore', 'ignore', 'pipe'] })
    : spawn(cmd, args, { cwd: repo, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (t: string) => {
    stderr += t;
  });
  let summed = 0;
  const sampler = setInterval(() => {
    summed = Math.max(summed, treeMb(child.pid!));
  }, 50);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const wall = (performance.now() - t0) / 1000;
  if (status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${stderr}`);
  const m = /NASKAH_TIME (\S+) (\S+) (\d+)/.exec(stderr);
  const summedMb = summed || undefined;
  const s = /naskah setup check: (\S+) ms, CPU (\S+) ms/.exec(stderr);
  return {
    wall,
    summedMb,
    ...(m ? { cpu: Number(m[1]) + Number(m[2]), peakMb: Number(m[3]) / 1024 } : {}),
    ...(s ? { setup: { ms: Number(s[1]), cpuMs: Number(s[2]) } } : {}),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function medianOf(cmd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<Run> {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(cmd, args, env));
  const cpus = runs.flatMap((r) => (r.cpu === undefined ? [] : [r.cpu]));
  const peaks = runs.flatMap((r) => (r.peakMb === undefined ? [] : [r.peakMb]));
  const summed = runs.flatMap((r) => (r.summedMb === undefined ? [] : [r.summedMb]));
  const setups = runs.flatMap((r) => (r.setup ? [r.setup] : []));
  return {
    wall: median(runs.map((r) => r.wall)),
    cpu: cpus.length ? median(cpus) : undefined,
    peakMb: peaks.length ? Math.max(...peaks) : undefined,
    summedMb: summed.length ? Math.max(...summed) : undefined,
    setup: setups.length
      ? { ms: median(setups.map((x) => x.ms)), cpuMs: median(setups.map((x) => x.cpuMs)) }
      : undefined,
  };
}

const fmt = (r: Run) => `${r.wall.toFixed(2)} s${r.cpu === undefined ? '' : ` (CPU ${r.cpu.toFixed(2)} s)`}`;

function rAvailable(): boolean {
  return spawnSync('Rscript', ['-e', 'library(rmarkdown); library(ggplot2)'], { stdio: 'ignore' }).status === 0;
}

const out = mkdtempSync(join(tmpdir(), 'naskah-bench-single-'));
try {
  const compile = (await import(pathToFileURL(join(repo, 'scripts', 'compile.mjs')).href)) as {
    ensureCompiled(): Promise<void>;
  };
  await compile.ensureCompiled();
  const study = join('studies', 'asn-metro');
  const build = (formats: string) => [
    join('bin', 'naskah.mjs'),
    'build',
    study,
    '--format',
    formats,
    '--force',
    '--out',
    out,
  ];
  await once(process.execPath, build('html,json')); // warm the file cache and the validator cache

  const html = await medianOf(process.execPath, build('html,json'));
  report(`naskah html,json, both languages (median of ${RUNS})`, fmt(html));
  if (rAvailable()) {
    const rmd = join(here, 'asn-metro.Rmd');
    const render = `rmarkdown::render(${JSON.stringify(rmd)}, output_dir = ${JSON.stringify(out)}, quiet = TRUE)`;
    const r = await medianOf('Rscript', ['-e', render], {
      ...process.env,
      ASN_CSV: join(repo, study, 'data', 'pss.csv'),
    });
    report(`R Markdown, one language, HTML (median of ${RUNS})`, fmt(r));
    report('  naskah is faster by (wall)', `${(r.wall / html.wall).toFixed(1)}×`, '≥ 10×');
    if (r.cpu && html.cpu) report('  naskah is faster by (CPU)', `${(r.cpu / html.cpu).toFixed(1)}×`);
  } else {
    report('R Markdown, one language, HTML', 'R not installed');
  }

  if (process.env.NASKAH_BENCH_SKIP_NPM === '1') report('npm run --silent naskah -- build …', 'skipped');
  else {
    const viaNpm = await medianOf('npm', ['run', '--silent', 'naskah', '--', ...build('html,json').slice(1)], {
      ...process.env,
      NASKAH_SETUP_TIMING: '1',
    });
    report(`npm run --silent naskah -- build … (median of ${RUNS})`, fmt(viaNpm));
    report('  more than node bin/naskah.mjs', `${(viaNpm.wall - html.wall).toFixed(2)} s`, '≤ 0.25 s');
    if (viaNpm.setup)
      report(
        '  of which the set-up check (in-process)',
        `${viaNpm.setup.ms.toFixed(1)} ms (CPU ${viaNpm.setup.cpuMs.toFixed(1)} ms)`,
        '< 30 ms',
      );
  }

  await once(process.execPath, build('html,pdf,json')); // the browser's files into the page cache
  const pdf = await medianOf(process.execPath, build('html,pdf,json'));
  report(`naskah html,pdf,json, both languages (median of ${RUNS})`, fmt(pdf), '≤ 1.2 s');
  // The wall-time difference swings with the machine's load; the CPU difference does not.
  report(
    '  the PDFs, beyond html,json',
    `${(pdf.wall - html.wall).toFixed(2)} s${pdf.cpu !== undefined && html.cpu !== undefined ? ` (CPU ${(pdf.cpu - html.cpu).toFixed(2)} s)` : ''}`,
  );

  if (html.peakMb) report('peak memory, html,json (naskah process)', `${html.peakMb.toFixed(0)} MB`, '≤ 125 MB');
  if (pdf.peakMb) report('peak memory, with PDF (largest process)', `${pdf.peakMb.toFixed(0)} MB`, '≤ 215 MB');
  if (pdf.summedMb) report('peak memory, with PDF (Node + browser summed)', `${pdf.summedMb.toFixed(0)} MB`);
  report('machine load (1 min) / cores', `${loadavg()[0]!.toFixed(1)} / ${availableParallelism()}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
