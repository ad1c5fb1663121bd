/**
 * `npm run bench -- build`: a faculty rebuilding a hundred theses.
 *
 * Builds 100 copies of asn-metro, each with its own id, as one batch of `naskah build`
 * (the bundled command, as users run it: build threads beside the main thread, one
 * shared browser with several pages at once):
 *   - HTML and results.json alone, both languages;
 *   - HTML, results.json and PDF, both languages;
 * and measures watch mode: the time from a save to the HTML on disk, over several saves.
 * Each measurement runs in its own Node process, so each peak memory is its own (Node's
 * peak resident set, and Chromium's peak summed over its processes for the PDF run).
 * Figures are printed with their targets; nothing fails on timing.
 *
 *   npm run bench -- build            all three
 *   node --import tsx bench/build.bench.ts html 30    one mode, 30 copies
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CliIO } from '../src/cli/command.ts';
import { peakMemoryMb, report } from './measure.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..');
const [mode, countArg] = process.argv.slice(2);
const COPIES = Number(countArg ?? process.env.NASKAH_BENCH_COPIES ?? 100);

/** `count` copies of asn-metro under `root`/studies, with ids asn-metro-001…; returns their folders. */
function copies(root: string, count: number): string[] {
  const dirs: string[] = [];
  for (let i = 1; i <= count; i++) {
    const id = `asn-metro-${String(i).padStart(3, '0')}`;
    const dir = join(root, 'studies', id);
    cpSync(join(repo, 'studies', 'asn-metro'), dir, { recursive: true });
    const yaml = join(dir, 'study.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^id: .*$/m, `id: ${id}`));
    dirs.push(dir);
  }
  return dirs;
}

/**
 * The `naskah` command as users run it: the esbuild bundle (compiled first when the
 * sources are newer), whose build threads load the bundle too.
 */
async function loadCli(): Promise<(argv: string[], io: CliIO) => Promise<number>> {
  const compile = (await import(pathToFileURL(join(repo, 'scripts', 'compile.mjs')).href)) as { ensureCompiled(): Promise<void>; bundlePath: string };
  await compile.ensureCompiled();
  const bundle = (await import(pathToFileURL(compile.bundlePath).href)) as { main(argv: string[], io: CliIO): Promise<number> };
  return bundle.main;
}

const silent = (root: string): CliIO => ({ stdout: () => undefined, stderr: () => undefined, isTTY: false, cwd: root, env: process.env });

/** Peak resident memory of this process's descendants (Chromium), sampled from /proc. */
function childMemorySampler(): { stop(): number } {
  let peak = 0;
  const sample = () => {
    try {
      const parent = new Map<number, number>();
      const rss = new Map<number, number>();
      for (const p of readdirSync('/proc')) {
        if (!/^\d+$/.test(p)) continue;
        try {
          const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          parent.set(Number(p), Number(fields[1]));
          rss.set(Number(p), Number(fields[21]) * 4096);
        } catch {
          // The process ended while we looked.
        }
      }
      const mine = (pid: number): boolean => {
        for (let q = parent.get(pid); q !== undefined && q > 1; q = parent.get(q)) if (q === process.pid) return true;
        return false;
      };
      let sum = 0;
      for (const [pid, bytes] of rss) if (mine(pid)) sum += bytes;
      peak = Math.max(peak, sum);
    } catch {
      // No /proc (not Linux): no figure.
    }
  };
  const timer = setInterval(sample, 250);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak / 1024 / 1024;
    },
  };
}

async function batch(withPdf: boolean): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'naskah-bench-'));
  try {
    const dirs = copies(root, COPIES);
    // Compiling the bundle (when the sources are newer) and loading it are not part of the figure.
    const cli = await loadCli();
    const sampler = childMemorySampler();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let errors = '';
    const done: number[] = [];
    const stderr = (t: string) => {
      for (const _ of t.matchAll(/^built /gm)) done.push(performance.now());
      if (/failed|error/.test(t)) errors += t;
    };
    const code = await cli(['build', ...dirs, '--out', join(root, 'out'), '--format', withPdf ? 'html,pdf,json' : 'html,json', '--force', ...(process.env.NASKAH_BENCH_JOBS ? ['--jobs', process.env.NASKAH_BENCH_JOBS] : [])], { ...silent(root), stderr });
    const seconds = (performance.now() - t0) / 1000;
    // The second half of the batch: the rate once modules are loaded and V8 has optimised the pipeline.
    const half = Math.floor(done.length / 2);
    const steady = done.length > 3 ? (done.length - 1 - half) / ((done[done.length - 1]! - done[half]!) / 1000) : NaN;
    const cpu = process.cpuUsage(cpu0);
    const chromium = sampler.stop();
    if (code !== 0) throw new Error(`the batch failed (exit code ${code}):\n${errors}`);
    const label = withPdf ? 'HTML + PDF' : 'HTML only';
    report(`${label}: ${COPIES} studies, both languages`, `${seconds.toFixed(1)} s`);
    report(`${label}: studies per second, whole batch`, (COPIES / seconds).toFixed(1), withPdf ? '≥ 2 on 2 cores' : '≥ 30 on 2 cores');
    report(`${label}: studies per second, second half`, steady.toFixed(1));
    // CPU time of Node (all its threads) per study: the cost of a study, independent of
    // what else the machine is doing (wall time is not, on a busy machine).
    report(`${label}: Node CPU time per study`, `${((cpu.user + cpu.system) / 1000 / COPIES).toFixed(0)} ms`);
    report(`${label}: machine load (1 min) / cores`, `${loadavg()[0]!.toFixed(1)} / ${availableParallelism()}`);
    report(`${label}: peak memory, Node`, `${peakMemoryMb().toFixed(0)} MB`);
    if (withPdf) report(`${label}: peak memory, Chromium (all processes)`, `${chromium.toFixed(0)} MB`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function watchLatency(): Promise<void> {
  const { watchStudy } = await import('../src/regen/watch.ts');
  const root = mkdtempSync(join(tmpdir(), 'naskah-bench-'));
  try {
    const [dir] = copies(root, 1);
    const session = await watchStudy({ studyDir: dir!, outDir: join(root, 'out'), formats: ['html', 'json'], port: 0, handleSignals: false, io: silent(root) });
    const latencies: number[] = [];
    session.onBuild((b) => b.latencyMs !== undefined && latencies.push(b.latencyMs));
    const csv = join(dir!, 'data', 'pss.csv');
    const original = readFileSync(csv, 'utf8').split('\n');
    const header = original[0]!.split(',');
    const saves = 12;
    for (let i = 0; i < saves; i++) {
      // Each save corrects a different answer (a new data set every time: nothing cached).
      const lines = [...original];
      const row = 2 + i;
      const cells = lines[row]!.split(',');
      const col = header.indexOf(`pss_post_${(i % 10) + 1}`);
      cells[col] = String((Number(cells[col]) + 1) % 5);
      lines[row] = cells.join(',');
      const seen = latencies.length;
      writeFileSync(csv, lines.join('\n'));
      while (latencies.length === seen) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, 200));
    }
    await session.close();
    const sorted = [...latencies].sort((a, b) => a - b);
    report('watch: save → HTML ready (asn-metro), median', `${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms`, '≤ 300 ms');
    report('watch: save → HTML ready, slowest of ' + saves, `${sorted[sorted.length - 1]!.toFixed(0)} ms`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (mode === 'html') await batch(false);
else if (mode === 'pdf') await batch(true);
else if (mode === 'watch') await watchLatency();
else {
  // Each measurement in a fresh process: its own warm-up, its own peak memory.
  for (const m of ['html', 'pdf', 'watch']) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), m, String(COPIES)], { stdio: 'inherit', cwd: repo });
    if (r.status !== 0) process.exitCode = 1;
  }
}
