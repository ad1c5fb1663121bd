/**
 * `npm run bench -- readers`: the data-file readers on a large study, 200,000 rows × 50
 * columns (an id, a sex column as text or labelled codes, an age, 47 answers 0–4), written
 * here as a bytecode-compressed SPSS .sav (as SPSS and haven write by default), an
 * uncompressed .sav and an Excel .xlsx. Each file is read in its own Node process, so the
 * peak memory printed (the process's maximum resident set) is the reader's own.
 * Targets: under 5 s and 1 GB each.
 *
 *   node --import tsx bench/readers.bench.ts [rows]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTable } from '../src/data/formats/index.ts';
import { peakMemoryMb, report } from './measure.ts';
import { writeSav, writeXlsx, type BenchTable } from './writers.ts';

const self = fileURLToPath(import.meta.url);

if (process.argv[2] === 'read') {
  const file = process.argv[3]!;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const table = readTable(readFileSync(file), { file });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  let sum = 0;
  for (const c of table.columns) {
    if (c.values.kind === 'number') for (const x of c.values.data) if (!Number.isNaN(x)) sum += x;
  }
  process.stdout.write(
    JSON.stringify({ ms, cpuMs, mb: peakMemoryMb(), rows: table.nRows, cols: table.columns.length, sum }),
  );
} else if (process.argv[2] === 'write') {
  const [, , , dir, rowsArg] = process.argv;
  const table = benchTable(Number(rowsArg));
  writeFileSync(join(dir!, 'big.sav'), writeSav(table, true));
  writeFileSync(join(dir!, 'big-uncompressed.sav'), writeSav(table, false));
  writeFileSync(join(dir!, 'big.xlsx'), writeXlsx(table));
} else {
  const rows = Number(process.argv[2] ?? 200_000);
  const dir = mkdtempSync(join(tmpdir(), 'naskah-bench-readers-'));
  // Wall time on a shared machine depends on its load; the CPU time less so.
  report(`load average (1 min) on ${availableParallelism()} cores`, loadavg()[0]!.toFixed(1));
  try {
    // The files are written by a child process: a child's peak memory (maxRSS) starts from
    // its parent's at the fork, so this process stays small while the readers are measured.
    const w = spawnSync(process.execPath, ['--import', 'tsx', self, 'write', dir, String(rows)], { stdio: 'inherit' });
    if (w.status !== 0) throw new Error('writing the bench files failed');
    const files = [
      { label: '.sav bytecode-compressed', path: join(dir, 'big.sav') },
      { label: '.sav uncompressed', path: join(dir, 'big-uncompressed.sav') },
      { label: '.xlsx', path: join(dir, 'big.xlsx') },
    ];
    for (const f of files) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', self, 'read', f.path], { encoding: 'utf8' });
      if (r.status !== 0) {
        process.stderr.write(r.stderr);
        process.exitCode = 1;
        continue;
      }
      const m = JSON.parse(r.stdout) as { ms: number; cpuMs: number; mb: number; rows: number; cols: number };
      const size = (statSync(f.path).size / 1e6).toFixed(0);
      report(`read ${m.rows} × ${m.cols} ${f.label} (${size} MB)`, `${(m.ms / 1000).toFixed(2)} s`, '< 5 s');
      report('  CPU time of the read', `${(m.cpuMs / 1000).toFixed(2)} s`);
      report('  peak memory', `${m.mb.toFixed(0)} MB`, '< 1 GB');
      if (m.rows !== rows || m.cols !== 50) {
        process.stderr.write(`wrong shape: ${m.rows} × ${m.cols}\n`);
        process.exitCode = 1;
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Deterministic data: answers from a small linear congruential generator. */
function benchTable(rows: number): BenchTable {
  let seed = 20261202;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed >>> 16;
  };
  const columns: BenchTable['columns'] = [
    { name: 'id', values: Float64Array.from({ length: rows }, (_, i) => i + 1) },
    { name: 'jenis_kelamin', values: Float64Array.from({ length: rows }, () => 1 + (next() % 2)), labels: ['L', 'P'] },
    { name: 'usia', values: Float64Array.from({ length: rows }, () => 20 + (next() % 40)) },
  ];
  for (let k = 1; k <= 47; k++) {
    columns.push({
      name: `item_${k}`,
      values: Float64Array.from({ length: rows }, () => (next() % 50 === 0 ? Number.NaN : next() % 5)),
    });
  }
  return { rows, columns };
}
