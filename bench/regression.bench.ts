/**
 * A million-row survey file with an outcome and ten numeric predictors: time to read it
 * from disk as `naskah stat` does (readCsvFile streams it into typed columns, inferColumns
 * judges each column) and to fit the multiple linear regression (coefficients, SEs,
 * tolerance/VIF, Durbin–Watson), with the process's peak memory. Seeded data, so every
 * run measures the same file. Target (issue 11): read + fit under 2 s.
 */
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inferColumns } from '../src/data/columns.ts';
import { readCsvFile } from '../src/data/formats/csv.ts';
import { linearRegression } from '../src/stats/linear-regression.ts';
import { isFailure, type NumericInput } from '../src/stats/types.ts';
import { seededRandom as prng } from '../test/helpers/prng.ts';
import { peakMemoryMb, report, timedCpu } from './measure.ts';

const ROWS = 1_000_000;
const P = 10;
const names = Array.from({ length: P }, (_, j) => `x${j + 1}`);

/** Predictors: Likert-like totals and ages (integers), ~0.1% missing; y = Σ bⱼxⱼ + N(0, 5). */
function generate(path: string): void {
  const rand = prng(20240602);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const fd = openSync(path, 'w');
  let chunk = `id,y,${names.join(',')}\n`;
  const x = new Array<number>(P);
  for (let i = 1; i <= ROWS; i++) {
    let y = 10;
    for (let j = 0; j < P; j++) {
      x[j] = j === 0 ? Math.round(20 + 45 * rand()) : Math.round(10 + 4 * normal() + (j > 1 ? 0.5 * x[j - 1]! : 0));
      y += (j % 3 === 0 ? 0.3 : -0.2) * x[j]!;
    }
    const yText = rand() < 0.001 ? '' : (y + 5 * normal()).toFixed(2);
    chunk += `${i},${yText},${x.join(',')}\n`;
    if (chunk.length > 1 << 16) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
}

const dir = mkdtempSync(join(tmpdir(), 'naskah-bench-'));
const file = join(dir, 'survey_regression.csv');
try {
  generate(file);
  const total = await timedCpu(async () => {
    const read = await timedCpu(() => {
      const columns = inferColumns(readCsvFile(file, { file }), { file });
      // Columns are made when first read: make the ones the model uses inside the timing.
      for (const name of ['y', ...names]) void columns[name];
      return columns;
    });
    const table = read.value;
    const fit = await timedCpu(() =>
      linearRegression(
        table.y as NumericInput,
        names.map((name) => ({ name, values: table[name]! })),
      ),
    );
    if (isFailure(fit.value)) throw new Error(fit.value.error.message);
    return { read, fit };
  });
  const { read, fit } = total.value;
  const both = (x: { ms: number; cpuMs: number }) => `${x.ms.toFixed(0)} ms (CPU ${x.cpuMs.toFixed(0)} ms)`;
  const mb = (statSync(file).size / 1e6).toFixed(0);
  report(`read ${ROWS.toLocaleString('en')} rows × 12 columns (${mb} MB)`, both(read));
  report(`linear regression, ${P} predictors`, both(fit));
  report('total: read + regression', both(total), '< 2000 ms');
  const yes = (ms: number) => (ms < 2000 ? 'yes' : 'no');
  report('  within 2 s', `wall ${yes(total.ms)}, CPU ${yes(total.cpuMs)}`);
  report('peak memory (max RSS)', `${peakMemoryMb().toFixed(0)} MB`);
  const r = fit.value as { n: number; r2: number; durbinWatson: number };
  process.stdout.write(
    `  (n = ${r.n.toLocaleString('en')}, R² = ${r.r2.toFixed(4)}, Durbin–Watson = ${r.durbinWatson.toFixed(3)})\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
