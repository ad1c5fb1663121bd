/**
 * The manuscript text as the recognisers see it. Normalisation replaces characters one
 * for one (Unicode minus → `-`, no-break and thin spaces → space, CR → space), so every
 * offset in the normalised text is also an offset in the original and line numbers
 * survive. Line and page numbers to report come from the extractor when the text was
 * pulled out of another format (HTML source lines, PDF pages).
 */

const ONE_FOR_ONE: Record<string, string> = {
  '\u2212': '-', // minus sign
  '\u2012': '-', // figure dash
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\r': ' ',
  '\u00ad': ' ', // soft hyphen
};

const ONE_FOR_ONE_RE = /[\u2212\u2012\u2010\u2011\u00a0\u2007\u2009\u200a\u202f\u2002\u2003\r\u00ad]/g;

/** Control characters PDF text layers leave between a sign and its number (`=\x01 -\x072.30`). */
const CONTROL_RE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

export function normalise(text: string): string {
  // A lone CR (old Mac line ends) is a line break; CR before LF is dropped to a space.
  const unified = text.replace(/\r(?!\n)/g, '\n');
  return unified.replace(ONE_FOR_ONE_RE, (c) => ONE_FOR_ONE[c] ?? c).replace(CONTROL_RE, ' ');
}

export class Source {
  readonly text: string;
  /** The text before normalisation (same length), for quoting what the author wrote. */
  private readonly original: string;
  private readonly lineStarts: number[];
  private readonly pages?: number[];
  private readonly lines?: number[];

  /**
   * `respell` rewrites the normalised text one character for one (thousands grouped by spaces:
   * ./recognisers/space-grouped-counts.ts); quotes still come from the text as written.
   */
  constructor(
    raw: string,
    opts: { pages?: number[]; lines?: number[]; respell?: (normalised: string) => string } = {},
  ) {
    this.original = raw.replace(/\r(?!\n)/g, '\n');
    const normalised = normalise(raw);
    const respelled = opts.respell?.(normalised);
    this.text = respelled !== undefined && respelled.length === normalised.length ? respelled : normalised;
    this.lineStarts = [0];
    for (let i = 0; i < this.text.length; i++) if (this.text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    this.pages = opts.pages;
    this.lines = opts.lines;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 0-based index of the line holding `offset`. */
  lineIndex(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  lineStart(index: number): number {
    return this.lineStarts[index] ?? this.text.length;
  }

  lineEnd(index: number): number {
    const next = this.lineStarts[index + 1];
    return next === undefined ? this.text.length : next - 1;
  }

  lineText(index: number): string {
    return this.text.slice(this.lineStart(index), this.lineEnd(index));
  }

  /** The line (and page) to report for an offset. */
  locate(offset: number): { line: number; page?: number } {
    const i = this.lineIndex(offset);
    const line = this.lines?.[i] ?? i + 1;
    const page = this.pages?.[i];
    return page === undefined ? { line } : { line, page };
  }

  /** Text between two offsets as one readable line: whitespace collapsed, cells separated by ` | `. */
  quote(start: number, end: number, max = 240): string {
    const raw = this.original.slice(start, end);
    let s = raw
      .split('\n')
      .map((l) =>
        l
          .split('\t')
          .map((c) => c.trim())
          .filter((c) => c !== '')
          .join(' | '),
      )
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (s.length > max) s = `${s.slice(0, max - 1).trimEnd()}…`;
    return s;
  }
}
