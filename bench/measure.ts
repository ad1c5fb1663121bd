/** Helpers for bench files: wall time and the process's peak resident memory. */
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
