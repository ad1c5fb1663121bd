/**
 * The resolved manuscript tree: what the directive plugins of this folder leave behind and
 * what every serialiser (HTML today; DOCX and JATS planned) reads. It is plain mdast
 * (https://github.com/syntax-tree/mdast) — paragraphs, headings, lists, emphasis, links,
 * `text` — plus the four node types below, and nothing that belongs to one output format.
 *
 * What a serialiser can rely on:
 * - No directive nodes remain (`textDirective`, `leafDirective`, `containerDirective`):
 *   `::section[…]` is spliced in as the generated section's own mdast, `:stat[…]` and
 *   `:value[…]` become `text` nodes in the document's language, the rest become the
 *   nodes below. A directive that could not be resolved is reported as a message and
 *   removed, so a tree with messages is never printed.
 * - No `html` nodes: raw HTML in authored text is untrusted and is dropped.
 * - Every string is final wording in the document's language; a serialiser chooses
 *   layout and markup only. Each inline node below is a Literal whose `value` is the text
 *   a plain-text serialiser shows, so `mdast-util-to-string` gives the reader's text.
 * - Positions (`position`) point into the authored file the node came from, or, for
 *   generated text, are absent or point at the `::section` directive that included it.
 */
import type { Literal, Node } from 'mdast';
import type { InlineRun } from '../citations/runs.ts';
import type { FigureModel, TableModel } from '../document.ts';

/**
 * `::table[key]`: an APA table, numbered in order of first appearance by the template's
 * scheme (`2` in an article, `4.1` in a skripsi's chapter IV). Block content.
 */
export interface NaskahTable extends Node {
  type: 'naskahTable';
  /** The table's key (`pre_post`, `pre_post.categories`); unique within a document. */
  key: string;
  /** The number as shown: `2`, `4.1`. */
  number: string;
  /** Label above the caption: `Tabel 2` / `Table 4.1`. */
  label: string;
  /** Word that opens the notes under the table, without its full stop: `Catatan` / `Note`. */
  noteLabel: string;
  table: TableModel;
}

/** `::figure[key]`: a chart, numbered in order of first appearance. Block content. */
export interface NaskahFigure extends Node {
  type: 'naskahFigure';
  key: string;
  /** The number as shown: `1`, `4.1`. */
  number: string;
  /** Label before the caption: `Gambar 1` / `Figure 1`. */
  label: string;
  /** The Vega-Lite specification, caption and text alternative; serialisers draw it. */
  figure: FigureModel;
}

/** `:ref[key]` / `:figref[key]`: a cross-reference to a numbered table or figure. Phrasing content. */
export interface NaskahXref extends Literal {
  type: 'naskahXref';
  kind: 'table' | 'figure';
  /** Key of the NaskahTable or NaskahFigure referred to. */
  key: string;
  /** The number as shown: `2`, `4.1`. */
  number: string;
  /** The reference as text: `Tabel 2` / `Table 2`. */
  value: string;
}

/** One work cited by a NaskahCitation. */
export interface CitationItem {
  key: string;
  /** `[-@key]`: the year only, the author being named in the sentence. */
  suppressAuthor: boolean;
}

/**
 * A citation of the study's bibliography in the study's CSL style (APA 7 unless
 * `citationStyle:` says otherwise): parenthetical `[@a; @b]`, `[-@a]`, `[PSS-10; @a]` or
 * narrative `@a`. Phrasing content.
 */
export interface NaskahCitation extends Literal {
  type: 'naskahCitation';
  /** `parenthetical`: `(Cohen et al., 1983)`; `narrative`: `Cohen et al. (1983)`. */
  form: 'parenthetical' | 'narrative';
  /** Text before the first work inside the parentheses (`PSS-10` in `[PSS-10; @a]`). */
  prefix?: string;
  items: CitationItem[];
  /** The citation as the reader sees it, in the document's language: `(Cohen dkk., 1983)`, `[3]`. */
  value: string;
  /**
   * The same text in runs with their typography (italic titles, superscript numbers of
   * some numbered styles): a serialiser that shows typography reads these, `value` is
   * their concatenation.
   */
  runs: InlineRun[];
}

declare module 'mdast' {
  interface Data {
    /** On the top-level nodes `::section[name]` spliced in: the generated section they came from (chapter numbering). */
    naskahSection?: string;
  }
  interface BlockContentMap {
    naskahTable: NaskahTable;
    naskahFigure: NaskahFigure;
  }
  interface PhrasingContentMap {
    naskahXref: NaskahXref;
    naskahCitation: NaskahCitation;
  }
  interface RootContentMap {
    naskahTable: NaskahTable;
    naskahFigure: NaskahFigure;
    naskahXref: NaskahXref;
    naskahCitation: NaskahCitation;
  }
}
