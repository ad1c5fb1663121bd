/** Helpers for bench files: wall time, the process's peak resident memory, and other processes' from /proc. */
import { readdirSync, readFileSync } from 'node:fs';

export async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
}

/**
 * Wall time and this process's CPU time (user + system): on a shared machine the wall
 * time includes waiting for a core, the CPU time is what the work itself cost.
 */
export async function timedCpu<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number; cpuMs: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, ms, cpuMs: (c.user + c.system) / 1000 };
}

/** Peak resident set size of this process so far, in MB. */
export function peakMemoryMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function report(label: string, figure: string, target?: string): void {
  process.stdout.write(`${label.padEnd(48)} ${figure.padStart(14)}${target ? `   (target ${target})` : ''}\n`);
}

/** One process as Linux's /proc/<pid>/stat shows it: its parent, CPU time and resident memory. */
export interface ProcessStat {
  parent: number;
  cpuMs: number;
  rssBytes: number;
}

/** Every process of the machine by pid (empty where there is no /proc). */
export function processTable(): Map<number, ProcessStat> {
  const table = new Map<number, ProcessStat>();
  let pids: string[];
  try {
    pids = readdirSync('/proc');
  } catch {
    return table;
  }
  for (const p of pids) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      // Fields after the command name, which may itself hold spaces and parentheses.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(p), {
        parent: Number(f[1]),
        cpuMs: (Number(f[11]) + Number(f[12])) * 10, // clock ticks of 1/100 s
        rssBytes: Number(f[21]) * 4096,
      });
    } catch {
      // The process ended while we looked.
    }
  }
  return table;
}

/** Whether `pid` runs below `root` (a child, grandchild …) in `table`. */
export function isBelow(table: Map<number, ProcessStat>, pid: number, root: number): boolean {
  for (let q = table.get(pid)?.parent; q !== undefined && q > 1; q = table.get(q)?.parent) if (q === root) return true;
  return false;
}
