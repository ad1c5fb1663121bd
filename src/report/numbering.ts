/**
 * Numbering of headings, tables and figures in reading order, by the scheme a template
 * chooses. Format-neutral: the HTML writer and a Word writer both walk the document in
 * reading order and ask the same numberer, so "Tabel 4.1" is the same everywhere.
 *
 * - `sequential` (the article): tables and figures 1, 2, 3 …; headings as written.
 * - `chapter` (the skripsi): the level-2 headings are chapters, numbered in Roman
 *   ("BAB IV" / "CHAPTER IV"); a generated section opens the chapter the template gives
 *   it (methods → III, results → IV, conclusion → V) under the chapter's usual title; an
 *   authored level-2 heading before those opens the next chapter (Pendahuluan → BAB I),
 *   and one inside a generated chapter becomes a section of it (Pembahasan → 4.4).
 *   Sections are numbered 4.1, 4.2 …, subsections 4.1.1, and tables and figures per
 *   chapter: Tabel 4.1, Gambar 4.1.
 */

export type NumberingScheme =
  | { kind: 'sequential' }
  | {
      kind: 'chapter';
      /** Generated section name → its chapter number. */
      chapters: Record<string, number>;
    };

export const SEQUENTIAL: NumberingScheme = { kind: 'sequential' };

/** Words a chapter scheme needs, from the locale. */
export interface ChapterWords {
  /** "BAB" / "CHAPTER". */
  chapter: string;
  /** The usual chapter title of a generated section: methods → "Metode Penelitian". */
  titles: Record<string, string>;
}

export interface NumberedHeading {
  depth: number;
  /** A chapter heading: its label ("BAB IV") on a line of its own above the title. */
  chapterLabel?: string;
  /** The number put before the heading text ("4.1"). */
  number?: string;
  /** Replacement text for the heading (a generated chapter's usual title). */
  text?: string;
}

export interface Numberer {
  /** The next heading in reading order; `section` names the generated section it opens, if any. */
  heading(depth: number, section?: string): NumberedHeading;
  /** The number of the next new table or figure in reading order: "3" or "4.1". */
  block(kind: 'table' | 'figure'): string;
}

export function createNumberer(scheme: NumberingScheme, words?: ChapterWords): Numberer {
  if (scheme.kind === 'sequential') {
    const count = { table: 0, figure: 0 };
    return { heading: (depth) => ({ depth }), block: (kind) => String(++count[kind]) };
  }
  const chapters = scheme.chapters;
  let chapter = 0;
  let generated = false;
  let counters: number[] = [];
  let blocks = { table: 0, figure: 0 };
  const open = (n: number, isGenerated: boolean) => {
    chapter = n;
    generated = isGenerated;
    counters = [];
    blocks = { table: 0, figure: 0 };
  };
  const numbered = (depth: number): NumberedHeading => {
    if (chapter === 0 || depth < 3) return { depth };
    const level = depth - 3;
    counters = counters.slice(0, level + 1);
    while (counters.length <= level) counters.push(0);
    counters[level]!++;
    return { depth, number: [chapter, ...counters].join('.') };
  };
  return {
    heading(depth, section) {
      if (depth === 2 && section && chapters[section] !== undefined) {
        open(chapters[section]!, true);
        return {
          depth: 2,
          chapterLabel: `${words?.chapter ?? ''} ${roman(chapter)}`.trim(),
          text: words?.titles[section],
        };
      }
      // Authored headings inside a generated chapter sit one level below it.
      if (generated && section === undefined) return numbered(depth + 1);
      if (depth === 2) {
        open(chapter + 1, false);
        return { depth: 2, chapterLabel: `${words?.chapter ?? ''} ${roman(chapter)}`.trim() };
      }
      return numbered(depth);
    },
    block(kind) {
      if (chapter === 0) return String(++blocks[kind]);
      return `${chapter}.${++blocks[kind]}`;
    },
  };
}

export function roman(n: number): string {
  const parts: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of parts)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}
