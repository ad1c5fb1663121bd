/** Helpers for bench files: wall time and the process's peak resident memory. */
export async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
}

/** Peak resident set size of this process so far, in MB. */
export function peakMemoryMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function report(label: string, figure: string, target?: string): void {
  process.stdout.write(`${label.padEnd(48)} ${figure.padStart(14)}${target ? `   (target ${target})` : ''}\n`);
}
