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
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CliIO } from '../src/cli/command.ts';
import { isBelow, processTable, report } from './measure.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..');
const [mode, countArg] = process.argv.slice(2);
const COPIES = Number(countArg ?? process.env.NASKAH_BENCH_COPIES ?? 100);

/**
 * The HTML batch before the work of issue #15: this bench, 100 copies, run with the code of
 * commit 2e9bae3 on the 2-core development machine when it was quiet (1-minute load 2.1):
 * 25.1 studies/s, 56 ms CPU per study. The anchor of the target "twice today's rate".
 */
const BEFORE_15_HTML = { rate: 25.1, cpuMs: 56 };
/** Issue #15's target for the HTML batch on 2 cores. */
const TARGET_HTML_RATE = 60;

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

const silent = (root: string): CliIO => ({
  stdout: () => undefined,
  stderr: () => undefined,
  isTTY: false,
  cwd: root,
  env: process.env,
});

/**
 * Peak resident memory, sampled from /proc every 250 ms: of the naskah process itself and,
 * summed, of its descendants (Chromium's processes). Also the CPU time of the descendants
 * that are not naskah's own children (a browser's renderers and helpers): naskah stops its
 * throwaway browser with SIGKILL, so those are reaped by init and their CPU time never
 * reaches naskah's (or this process's) children's rusage.
 */
function memorySampler(root: number): { stop(): { naskah: number; children: number; grandchildrenCpuMs: number } } {
  let peakRoot = 0;
  let peakChildren = 0;
  const grandchildCpu = new Map<number, number>();
  const sample = () => {
    try {
      const table = processTable();
      let sum = 0;
      for (const [pid, p] of table) {
        if (!isBelow(table, pid, root)) continue;
        sum += p.rssBytes;
        if (p.parent !== root) grandchildCpu.set(pid, p.cpuMs);
      }
      peakRoot = Math.max(peakRoot, table.get(root)?.rssBytes ?? 0);
      peakChildren = Math.max(peakChildren, sum);
    } catch {
      // No /proc (not Linux): no figure.
    }
  };
  const timer = setInterval(sample, 250);
  return {
    stop() {
      clearInterval(timer);
      const grandchildrenCpuMs = [...grandchildCpu.values()].reduce((a, b) => a + b, 0);
      return { naskah: peakRoot / 1024 / 1024, children: peakChildren / 1024 / 1024, grandchildrenCpuMs };
    },
  };
}

async function batch(withPdf: boolean): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'naskah-bench-'));
  try {
    const dirs = copies(root, COPIES);
    // Compiling the bundle (when the sources are newer) is not part of the figure.
    const compile = (await import(pathToFileURL(join(repo, 'scripts', 'compile.mjs')).href)) as {
      ensureCompiled(): Promise<void>;
    };
    await compile.ensureCompiled();
    // The command exactly as users run it, in its own process: start-up, module loading,
    // build threads and the shared browser are all inside the figure.
    const args = [
      join(repo, 'bin', 'naskah.mjs'),
      'build',
      ...dirs.map((d) => relative(root, d)),
      '--out',
      'out',
      '--format',
      withPdf ? 'html,pdf,json' : 'html,json',
      '--force',
      ...(process.env.NASKAH_BENCH_JOBS ? ['--jobs', process.env.NASKAH_BENCH_JOBS] : []),
    ];
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    const sampler = memorySampler(child.pid!);
    const done: number[] = [];
    let errors = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (t: string) => {
      for (const _ of t.matchAll(/^built /gm)) done.push(performance.now());
      if (/failed|error/.test(t)) errors += t;
    });
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
    const seconds = (performance.now() - t0) / 1000;
    const memory = sampler.stop();
    const usage = cpuOfChildren() + memory.grandchildrenCpuMs;
    if (code !== 0) throw new Error(`the batch failed (exit code ${code}):\n${errors}`);
    // The second half of the batch: the rate once modules are loaded and V8 has optimised the pipeline.
    const half = Math.floor(done.length / 2);
    const steady = done.length > 3 ? (done.length - 1 - half) / ((done[done.length - 1]! - done[half]!) / 1000) : NaN;
    const label = withPdf ? 'HTML + PDF' : 'HTML only';
    report(`${label}: ${COPIES} studies, both languages`, `${seconds.toFixed(1)} s`);
    report(
      `${label}: studies per second, whole command`,
      (COPIES / seconds).toFixed(1),
      withPdf
        ? '≥ 8'
        : `≥ ${TARGET_HTML_RATE} on 2 cores, and ≥ ${(2 * BEFORE_15_HTML.rate).toFixed(1)} = twice ${BEFORE_15_HTML.rate} before #15 (2e9bae3, quiet)`,
    );
    report(`${label}: studies per second, second half`, steady.toFixed(1));
    // CPU time of the command (all its threads and processes) per study: the cost of a
    // study, independent of what else the machine is doing (wall time is not).
    const cpuPerStudy = usage / COPIES;
    report(
      `${label}: CPU time per study`,
      `${cpuPerStudy.toFixed(0)} ms`,
      withPdf
        ? undefined
        : `≤ ${(2000 / TARGET_HTML_RATE).toFixed(0)} ms for ${TARGET_HTML_RATE}/s on 2 cores; before #15: ${BEFORE_15_HTML.cpuMs} ms`,
    );
    // What that CPU time allows when every core builds and nothing else runs: a rate that a
    // loaded machine does not move much (the wall rates above it do).
    if (!withPdf)
      report(
        `${label}: rate the CPU time allows, ${availableParallelism()} cores`,
        ((availableParallelism() * 1000) / cpuPerStudy).toFixed(1),
        `≥ ${TARGET_HTML_RATE}; before #15: ${((availableParallelism() * 1000) / BEFORE_15_HTML.cpuMs).toFixed(1)}`,
      );
    report(`${label}: machine load (1 min) / cores`, `${loadavg()[0]!.toFixed(1)} / ${availableParallelism()}`);
    report(`${label}: peak memory, naskah (Node)`, `${memory.naskah.toFixed(0)} MB`);
    if (withPdf) report(`${label}: peak memory, Chromium (all processes)`, `${memory.children.toFixed(0)} MB`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** CPU milliseconds used by this process's finished children (and theirs) since the last call. */
let childCpuSeen = 0;
function cpuOfChildren(): number {
  // The children's share of CPU time is in /proc/self/stat (cutime + cstime, in clock ticks).
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(f[13]) + Number(f[14]);
    const ms = (ticks * 1000) / 100 - childCpuSeen;
    childCpuSeen += ms;
    return ms;
  } catch {
    return NaN;
  }
}

async function watchLatency(): Promise<void> {
  const { watchStudy } = await import('../src/rebuild/watch.ts');
  const root = mkdtempSync(join(tmpdir(), 'naskah-bench-'));
  try {
    const [dir] = copies(root, 1);
    const session = await watchStudy({
      studyDir: dir!,
      outDir: join(root, 'out'),
      formats: ['html', 'json'],
      port: 0,
      handleSignals: false,
      io: silent(root),
    });
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
    report(
      'watch: save → HTML ready (asn-metro), median',
      `${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms`,
      '≤ 300 ms',
    );
    report(`watch: save → HTML ready, slowest of ${saves}`, `${sorted[sorted.length - 1]!.toFixed(0)} ms`);
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
    const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), m, String(COPIES)], {
      stdio: 'inherit',
      cwd: repo,
    });
    if (r.status !== 0) process.exitCode = 1;
  }
}
