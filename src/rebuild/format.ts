/**
 * Readable forms of a ResultsDiff: the table `naskah diff` prints and the short summary
 * `naskah build` prints after a rebuild. Wording comes from messages.ts.
 */
import type { ResultsDiff } from '../build/diff.ts';
import { messages as M } from './messages.ts';

/** Every changed number (analysis, quantity, old → new) and every changed conclusion. */
export function formatDiff(diff: ResultsDiff, what: string): string {
  if (!diff.changed) {
    const lines = [M.diffNone(what)];
    if (diff.belowPrecision) lines.push(`  ${M.diffPrecisionOnly(diff.belowPrecision)}`);
    return `${lines.join('\n')}\n`;
  }
  const lines = [M.diffHead(what, diff.numbers.length, diff.conclusions.length)];
  if (diff.numbers.length) {
    lines.push('', M.diffNumbersHead);
    const rows = diff.numbers.map((c) => [c.analysis, c.quantity, c.old, c.new]);
    lines.push(...table(rows));
  }
  if (diff.conclusions.length) {
    lines.push('', M.diffConclusionsHead);
    for (const c of diff.conclusions) lines.push(`  ${conclusionLine(c)}`);
  }
  if (diff.belowPrecision) lines.push('', M.diffPrecisionOnly(diff.belowPrecision));
  return `${lines.join('\n')}\n`;
}

function conclusionLine(c: ResultsDiff['conclusions'][number]): string {
  return `${c.analysis}${c.group !== undefined ? ` [${c.group}]` : ''}: ${c.message}`;
}

/** The lines `naskah build` prints after a rebuild: counts per analysis and every changed conclusion. */
export function summaryLines(diff: ResultsDiff, id: string, maxNumbers = 12): string[] {
  const byAnalysis = new Map<string, number>();
  for (const c of diff.numbers) byAnalysis.set(c.analysis, (byAnalysis.get(c.analysis) ?? 0) + 1);
  const lines = [M.buildSummary(id, diff.numbers.length, [...byAnalysis.entries()], diff.conclusions.length)];
  for (const c of diff.conclusions) lines.push(`  ${conclusionLine(c)}`);
  if (diff.numbers.length) {
    const shown = diff.numbers.slice(0, maxNumbers).map((c) => [c.analysis, c.quantity, c.old, c.new]);
    lines.push(
      `  ${M.buildSummaryNumbersHead}`,
      ...M.buildSummaryNumbers(table(shown), diff.numbers.length - shown.length).map(
        (l) => `  ${l.startsWith('  ') ? l : `  ${l}`}`,
      ),
    );
  }
  return lines;
}

/** Aligned `analysis  quantity  old → new` rows, indented by two spaces. */
function table(rows: string[][]): string[] {
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
  const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - [...s].length)) + s;
  return rows.map((r) => `  ${pad(r[0]!, w[0]!)}  ${pad(r[1]!, w[1]!)}  ${padStart(r[2]!, w[2]!)} → ${r[3]}`);
}
