/**
 * An extractor turns one file format into plain text for the checks: table rows as
 * tab-separated lines, and for each line of that text the line (and page) of the source
 * to report. One extractor per format, each in its own file, registered in ./index.ts.
 */
export interface Extracted {
  text: string;
  /** Page of each text line (index 0 = line 1), for paged formats. */
  pages?: number[];
  /** Line to report for each text line, when it differs from the text's own numbering. */
  lines?: number[];
}

export interface Extractor {
  /** Format name for messages, e.g. "PDF". */
  name: string;
  /** Lower-case file name endings, with the dot. */
  extensions: string[];
  extract(data: Buffer, path: string): Promise<Extracted>;
}

/** Code of "this file is too large to check"; `naskah check` exits with 2 for it. */
export const TOO_LARGE = 'check/too-large';
