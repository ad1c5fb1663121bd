/**
 * Fisher's exact test on every r × c (larger than 2 × 2) table of the oracle's chi-square
 * cases, as `naskah stat chi-square` computes it: the table is read from the case's CSV,
 * then the p-value is timed alone. Target: each under 1 s.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inferColumns } from '../src/data/columns.ts';
import { parseCsv } from '../src/data/csv.ts';
import { crosstab } from '../src/stats/crosstab.ts';
import { fisherTest } from '../src/stats/fisher-monte-carlo.ts';
import { report, timedCpu } from './measure.ts';

const oracle = join(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/oracle');
const cases = JSON.parse(readFileSync(join(oracle, 'cases.json'), 'utf8')) as {
  id: string;
  test: string;
  data: string;
  args: { row: string; col: string };
  expected: { fisherP?: number; observed?: number[][] };
}[];

let worst = 0;
let worstCpu = 0;
for (const c of cases) {
  if (c.test !== 'chi-square') continue;
  const obs = c.expected.observed;
  if (!obs || (obs.length === 2 && obs[0]!.length === 2)) continue;
  const table = inferColumns(parseCsv(readFileSync(join(oracle, c.data), 'utf8'), { file: c.data }));
  const tab = crosstab(table[c.args.row]!, table[c.args.col]!);
  if ('error' in tab) throw new Error(tab.error.message);
  const n = tab.counts.flat().reduce((a, b) => a + b, 0);
  const run = await timedCpu(() => fisherTest(tab.counts));
  worst = Math.max(worst, run.ms);
  worstCpu = Math.max(worstCpu, run.cpuMs);
  const ok =
    c.expected.fisherP === undefined || Math.abs(run.value.p - c.expected.fisherP) <= 1e-6 * c.expected.fisherP;
  report(
    `${c.id}: ${tab.counts.length}×${tab.counts[0]!.length}, n = ${n}, p = ${run.value.p.toPrecision(6)} (${run.value.method}${ok ? ', = R' : ', ≠ R'})`,
    `${run.ms.toFixed(0)} ms (CPU ${run.cpuMs.toFixed(0)})`,
    '< 1000 ms',
  );
}
report('slowest r × c table', `${worst.toFixed(0)} ms (CPU ${worstCpu.toFixed(0)})`, '< 1000 ms');
