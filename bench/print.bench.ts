/**
 * `npm run bench -- print`: where the time of a PDF goes, phase by phase.
 *
 * Builds asn-metro's HTML in both languages once, then, five times over (NASKAH_BENCH_RUNS),
 * starts the browser naskah would use (NASKAH_BROWSER, else the first one found), prints
 * both languages at once on two pages, and closes it. Prints the median of each phase:
 * browser start until it answers, page opening, loading the HTML (setDocumentContent until
 * the load event), waiting for fonts, Page.printToPDF, the reproducibility pass, killing the
 * browser, removing its profile. Beside them: the CPU time of the browser's processes (read
 * from /proc before it is closed: a killed browser's children are not reaped by Node, so
 * /usr/bin/time would not count them), of this process, and the browser's peak memory
 * summed over its processes. Nothing fails on timing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserPath, launchPrinter, type PrintPhase } from '../src/render/pdf.ts';
import { isBelow, processTable, report } from './measure.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..');
const RUNS = Number(process.env.NASKAH_BENCH_RUNS ?? 5);

/** CPU milliseconds and resident MB of every process below `root` (Linux /proc), by pid. */
function descendants(root: number): Map<number, { cpu: number; mb: number }> {
  const table = processTable();
  return new Map(
    [...table]
      .filter(([pid]) => isBelow(table, pid, root))
      .map(([pid, p]) => [pid, { cpu: p.cpuMs, mb: p.rssBytes / 1048576 }]),
  );
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const out = mkdtempSync(join(tmpdir(), 'naskah-bench-print-'));
try {
  const built = spawnSync(
    process.execPath,
    [join(repo, 'bin', 'naskah.mjs'), 'build', join('studies', 'asn-metro'), '--format', 'html', '--out', out],
    { cwd: repo, encoding: 'utf8' },
  );
  if (built.status !== 0) throw new Error(`building the HTML failed:\n${built.stderr}`);
  const html = ['id', 'en'].map((lang) => ({
    lang,
    html: readFileSync(join(out, 'asn-metro', `${lang}.html`), 'utf8'),
  }));
  const exe = browserPath();
  const phases = new Map<PrintPhase | 'total', number[]>();
  const browserCpu: number[] = [];
  const nodeCpu: number[] = [];
  let peakMb = 0;
  for (let run = 0; run < RUNS; run++) {
    const times: Partial<Record<PrintPhase, number>> = {};
    // Phases of the two pages overlap: each figure is the slower page's.
    const clock = (phase: PrintPhase, ms: number) => {
      times[phase] = Math.max(times[phase] ?? 0, ms);
    };
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const printer = await launchPrinter(exe, { pages: 2, phases: clock });
    let sampled = new Map<number, { cpu: number; mb: number }>();
    const sampler = setInterval(() => {
      const now = descendants(process.pid);
      peakMb = Math.max(
        peakMb,
        [...now.values()].reduce((a, p) => a + p.mb, 0),
      );
      for (const [pid, p] of now) sampled.set(pid, p);
    }, 100);
    await Promise.all(html.map((h) => printer.print(h.html, { date: new Date(0), title: 'bench', lang: h.lang })));
    clearInterval(sampler);
    const last = descendants(process.pid);
    peakMb = Math.max(
      peakMb,
      [...last.values()].reduce((a, p) => a + p.mb, 0),
    );
    sampled = new Map([...sampled, ...last]);
    await printer.close();
    const total = performance.now() - t0;
    const c = process.cpuUsage(c0);
    nodeCpu.push((c.user + c.system) / 1000);
    browserCpu.push([...sampled.values()].reduce((a, p) => a + p.cpu, 0));
    for (const [phase, ms] of Object.entries(times))
      phases.set(phase as PrintPhase, [...(phases.get(phase as PrintPhase) ?? []), ms]);
    phases.set('total', [...(phases.get('total') ?? []), total]);
  }
  report('browser', exe.replace(/.*\//, ''));
  const label: Record<PrintPhase | 'total', string> = {
    launch: 'start the browser (until it answers)',
    page: 'open a page',
    load: 'load the HTML (until the load event)',
    fonts: 'wait for fonts',
    print: 'Page.printToPDF',
    fix: 'reproducible dates and ids',
    close: 'stop the browser',
    profile: 'remove its profile',
    total: 'start, print both languages, stop',
  };
  for (const [phase, ms] of phases) report(`  ${label[phase]} (median of ${RUNS})`, `${median(ms).toFixed(0)} ms`);
  report('  CPU, browser processes (median)', `${median(browserCpu).toFixed(0)} ms`);
  report('  CPU, Node (this process, median)', `${median(nodeCpu).toFixed(0)} ms`);
  report('  peak memory, browser processes summed', `${peakMb.toFixed(0)} MB`);
  report('  machine load (1 min) / cores', `${loadavg()[0]!.toFixed(1)} / ${availableParallelism()}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
