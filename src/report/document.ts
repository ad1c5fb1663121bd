/**
 * The manuscript in one language, composed but not yet rendered: front matter, body
 * parts as Markdown (authored and generated), and the blocks and values that directives
 * in that Markdown refer to. Every string here is final wording in the document's
 * language; the render stage only lays it out.
 */
import type { Lang } from '../study/types.ts';
import type { CitationEngine } from './citations/index.ts';
import type { ChapterWords, NumberingScheme } from './numbering.ts';

export interface TableCell {
  text: string;
  align?: 'left' | 'right' | 'center';
  colspan?: number;
  rowspan?: number;
  /** Emphasis for group headings and total rows. */
  strong?: boolean;
  /** Indent level for nested row labels (categories under a variable). */
  indent?: number;
}

export interface TableRow {
  cells: TableCell[];
  /** `group`: a heading row spanning the table; `total`: a summary row with a rule above. */
  kind?: 'group' | 'total';
}

export interface TableModel {
  /** Block key used by directives: `pre_post` or `pre_post.categories`. */
  key: string;
  caption: string;
  head: TableCell[][];
  rows: TableRow[];
  /** Notes under the table ("Catatan." / "Note."), Markdown-free plain text. */
  notes: string[];
  /** `small` sets a wide table in a smaller type so it fits the page. */
  size?: 'small';
}

export interface FigureModel {
  key: string;
  caption: string;
  /** A Vega-Lite specification; the render stage turns it into inline SVG. */
  spec: Record<string, unknown>;
  /** Text alternative for screen readers. */
  alt: string;
}

export interface AbstractBlock {
  lang: Lang;
  heading: string;
  title: string;
  paragraphs: string[];
  keywordsLabel: string;
  keywords: string[];
}

export interface Labels {
  table: string;
  figure: string;
  references: string;
  note: string;
  declarations: string;
  correspondence: string;
  and: string;
  page: string;
  generatedBy: string;
}

/** The part of the body a Markdown string came from, for error locations. */
export interface BodyPart {
  /** Study-relative file of authored text; absent for generated text. */
  file?: string;
  markdown: string;
}

export interface Document {
  lang: Lang;
  studyId: string;
  title: string;
  authors: { name: string; affiliation?: string; email?: string; corresponding: boolean }[];
  /** Notice on the first page (synthetic or illustrative data). */
  notice?: string;
  /** Abstracts, the document's own language first. */
  abstracts: AbstractBlock[];
  /** Body parts in order; authored files may include generated sections with ::section[name]. */
  body: BodyPart[];
  /** Generated sections by name, each Markdown with its own heading. */
  sections: Record<string, string>;
  tables: Record<string, TableModel>;
  figures: Record<string, FigureModel>;
  /** `:stat[id]` text per analysis id. */
  stats: Record<string, string>;
  /** `:value[path]` resolver: formatted value, or undefined when the path does not exist. */
  value(path: string, digits?: number): string | undefined;
  /**
   * Citations and the reference list in the study's CSL style, over every entry of the
   * study's bibliography and naskah's built-in references. Stateful: it formats citations
   * in reading order (numbered styles number by first citation) and lists what was cited.
   */
  citations: CitationEngine;
  declarations: { title: string; text: string }[];
  labels: Labels;
  /** How headings, tables and figures are numbered (chosen by the template), and the chapter words it needs. */
  numbering: NumberingScheme;
  chapterWords: ChapterWords;
  /** Messages the build should show (e.g. a t-test requested at n = 3). */
  warnings: string[];
}
