/**
 * Progress of a batch build. On a terminal: one bar at the bottom, redrawn in place, with
 * the studies done, the study being built and an estimate of the time left; messages
 * (warnings, change summaries, failures) print above it. Not on a terminal (a log, CI):
 * plain lines only, no control characters.
 */
import { messages as M } from './messages.ts';

export interface ProgressIO {
  stderr(text: string): void;
  isTTY: boolean;
  /** Terminal width in columns (default 80). */
  columns?: number;
}

export class Progress {
  private done = 0;
  private readonly current = new Set<string>();
  private readonly started: number;
  private drawn = false;
  private readonly bar: boolean;

  constructor(
    private readonly io: ProgressIO,
    private readonly total: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.bar = io.isTTY && total > 1;
    this.started = now();
  }

  start(name: string): void {
    this.current.add(name);
    this.draw();
  }

  finish(name: string): void {
    this.current.delete(name);
    this.done++;
    this.draw();
  }

  /** A study that is no longer being built here (it will start again elsewhere). */
  drop(name: string): void {
    this.current.delete(name);
    this.draw();
  }

  /** Prints text (ending in a newline) above the bar. */
  print(text: string): void {
    if (!text) return;
    if (this.bar) {
      this.clear();
      this.io.stderr(text);
      this.draw();
    } else this.io.stderr(text);
  }

  /** Removes the bar before the final summary. */
  end(): void {
    if (this.bar) this.clear();
  }

  /** Seconds left, from the mean time per finished study so far; undefined before the first. */
  eta(): number | undefined {
    if (this.done === 0) return undefined;
    const elapsed = (this.now() - this.started) / 1000;
    return (elapsed / this.done) * (this.total - this.done);
  }

  /** The bar's text: `[█████·····] 37/100  asn-metro-37  12 s left`. */
  line(width = this.io.columns ?? 80): string {
    const cells = 20;
    const filled = Math.round((this.done / this.total) * cells);
    const eta = this.eta();
    const tail = [`${this.done}/${this.total}`, [...this.current].join(', '), eta === undefined ? '' : M.eta(eta)]
      .filter(Boolean)
      .join('  ');
    const text = `[${'█'.repeat(filled)}${'·'.repeat(cells - filled)}] ${tail}`;
    return [...text].length > width - 1 ? `${[...text].slice(0, width - 2).join('')}…` : text;
  }

  private draw(): void {
    if (!this.bar) return;
    this.io.stderr(`\r\x1b[2K${this.line()}`);
    this.drawn = true;
  }

  private clear(): void {
    if (this.drawn) this.io.stderr('\r\x1b[2K');
    this.drawn = false;
  }
}
