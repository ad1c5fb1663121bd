/**
 * A million-row pretest–posttest file: time to read it from disk as `naskah stat` does
 * (readCsvFile + inferColumns) and to run descriptives, the paired t test and Lilliefors on it, with
 * the process's peak memory. The data are generated from a fixed seed, so every run
 * measures the same file. Target: under 2 s and 600 MB on a 2-core machine.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inferColumns } from '../src/data/columns.ts';
import { readCsvFile } from '../src/data/formats/csv.ts';
import { descriptives } from '../src/stats/descriptives.ts';
import { lilliefors } from '../src/stats/lilliefors.ts';
import { pairedT } from '../src/stats/paired-t.ts';
import { isFailure } from '../src/stats/types.ts';
import type { NumericInput } from '../src/stats/types.ts';
import { peakMemoryMb, report, timed } from './measure.ts';
import { seededRandom as prng } from '../test/helpers/prng.ts';

const ROWS = 1_000_000;

/** PSS-like totals: pre ~ N(24, 6) in 0..40, post = pre − N(3, 4), ~0.2% of posttests missing. */
function generate(path: string): void {
  const rand = prng(20240601);
  const normal = () => {
    const u = 1 - rand();
    const v = rand();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const clamp = (x: number) => Math.max(0, Math.min(40, Math.round(x)));
  // Written in small chunks so that generating leaves no large garbage for the timed part.
  const fd = openSync(path, 'w');
  let chunk = 'id,pre,post\n';
  for (let i = 1; i <= ROWS; i++) {
    const pre = clamp(24 + 6 * normal());
    const post = rand() < 0.002 ? '' : String(clamp(pre - 3 + 4 * normal()));
    chunk += `${i},${pre},${post}\n`;
    if (chunk.length > 1 << 16) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
}

const dir = mkdtempSync(join(tmpdir(), 'naskah-bench-'));
const file = join(dir, 'pretest_posttest.csv');
try {
  generate(file);
  const cpu0 = process.cpuUsage();
  const total = await timed(async () => {
    const read = await timed(() => {
      const columns = inferColumns(readCsvFile(file, { file }), { file });
      // Columns are made when first read: make the two the tests use inside the timing.
      void columns.pre;
      void columns.post;
      return columns;
    });
    const table = read.value;
    const pre = table.pre as NumericInput;
    const post = table.post as NumericInput;
    const dr = await timed(() => descriptives(pre));
    const tr = await timed(() => pairedT(pre, post));
    const lr = await timed(() => lilliefors(pre));
    for (const r of [dr.value, tr.value, lr.value]) if (isFailure(r)) throw new Error(r.error.message);
    return { read, dr, tr, lr };
  });
  const { read, dr, tr, lr } = total.value;
  report(`read ${ROWS.toLocaleString('en')} rows (readCsvFile + inferColumns)`, `${read.ms.toFixed(0)} ms`);
  report('descriptives (incl. sort for quartiles)', `${dr.ms.toFixed(0)} ms`);
  report('paired t test', `${tr.ms.toFixed(0)} ms`);
  report('Lilliefors test', `${lr.ms.toFixed(0)} ms`);
  report('total: read + descriptives + paired t + Lilliefors', `${total.ms.toFixed(0)} ms`, '< 2000 ms');
  const cpu = process.cpuUsage(cpu0);
  report('  of which CPU time (user + system, all threads)', `${((cpu.user + cpu.system) / 1000).toFixed(0)} ms`);
  report('peak memory (max RSS)', `${peakMemoryMb().toFixed(0)} MB`, '< 600 MB');
  const r = tr.value as { n: number; t: number };
  process.stdout.write(`  (paired t on ${r.n.toLocaleString('en')} complete pairs: t = ${r.t.toFixed(2)})\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
