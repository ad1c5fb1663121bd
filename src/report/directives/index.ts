/**
 * Resolution: the composed Document's Markdown (authored and generated) → the resolved
 * mdast of nodes.ts, with every directive and citation replaced, and every problem of every
 * text collected as a message. It knows nothing of any output format; the render stage
 * serialises the result (src/render/markdown.ts for HTML).
 *
 *   every part:  parse ─▶ phase 1: ::section (splice), ::table/::figure (number)
 *   then every part:      phase 2: [@key], :ref/:figref, :stat, :value,
 *                                  unknown directives (reported), raw HTML (dropped)
 *
 * Phase 1 runs over all parts of a text before phase 2, so `:ref` may name a table that a
 * later part shows. A new directive family is a plugin file here and one `.use()` below;
 * when it needs a node of its own, a type in nodes.ts and a handler in each serialiser.
 */
import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Diagnostic } from '../../errors.ts';
import type { ReferenceEntry } from '../citations/index.ts';
import type { AbstractBlock, BodyPart, Document } from '../document.ts';
import { createNumberer, SEQUENTIAL } from '../numbering.ts';
import { remarkBlocks } from './blocks.ts';
import { formatPendingCitations, remarkCitations } from './citation.ts';
import type { DirectiveContext } from './context.ts';
import { parseMarkdown } from './parse.ts';
import { diagnosticsOf } from './problems.ts';
import { remarkDropRawHtml } from './raw-html.ts';
import { remarkRefs } from './ref.ts';
import { remarkSections } from './section.ts';
import { remarkStat } from './stat.ts';
import { remarkUnknownDirectives } from './unknown.ts';
import { remarkValue } from './value.ts';

export type * from './nodes.ts';

/** A Document with all its Markdown resolved: what every serialiser reads. */
export interface ResolvedDocument {
  doc: Document;
  body: Root;
  /** Each abstract with its paragraphs resolved, one tree per paragraph. */
  abstracts: { abstract: AbstractBlock; paragraphs: Root[] }[];
  declarations: { title: string; content: Root }[];
  /**
   * The reference list from the citation engine: every cited work in the style's order
   * (APA: by first author, then year; numbered styles: by number), each as text and as
   * runs with its typography, and its number in a numbered style (`1.`, `[1]`).
   */
  references: ReferenceEntry[];
  /** Bibliography keys cited (body, then abstracts and declarations), in order of first citation. */
  cited: string[];
  /** Table and figure numbers as shown: `2`, or `4.1` in a template that numbers by chapter. */
  tableNumbers: Record<string, string>;
  figureNumbers: Record<string, string>;
  /** Every problem found in every text, in reading order; a document with errors must not be printed. */
  problems: Diagnostic[];
}

const structure = unified().use(remarkSections).use(remarkBlocks).freeze();
const inline = unified()
  .use(remarkCitations)
  .use(remarkRefs)
  .use(remarkStat)
  .use(remarkValue)
  .use(remarkUnknownDirectives)
  .use(remarkDropRawHtml)
  .freeze();

/** Resolves the parts of one text (sharing numbering and citations) into one tree. */
export function resolveText(parts: BodyPart[], ctx: DirectiveContext): { tree: Root; files: VFile[] } {
  const files = parts.map(
    (p) => new VFile(p.file === undefined ? { data: { naskah: ctx } } : { path: p.file, data: { naskah: ctx } }),
  );
  const trees = parts.map((p) => parseMarkdown(p.markdown));
  trees.forEach((tree, i) => structure.runSync(tree, files[i]));
  trees.forEach((tree, i) => inline.runSync(tree, files[i]));
  // One text's citations are formatted together, after all its parts are read (see citation.ts).
  formatPendingCitations(ctx.doc.citations, ctx.pending);
  return { tree: { type: 'root', children: trees.flatMap((t) => t.children) }, files };
}

export function resolveDocument(doc: Document): ResolvedDocument {
  const cited: string[] = [];
  const files: VFile[] = [];
  const numbers = { tables: {}, figures: {}, numberer: createNumberer(doc.numbering, doc.chapterWords) };
  const body = resolveText(doc.body, { doc, numbers, cited, pending: [] });
  files.push(...body.files);
  // Short texts (an abstract paragraph, a declaration) stand alone: no sections, their own numbering.
  const short = { ...doc, sections: {} };
  const resolveShort = (markdown: string): Root => {
    const r = resolveText([{ markdown }], {
      doc: short,
      numbers: { tables: {}, figures: {}, numberer: createNumberer(SEQUENTIAL) },
      cited,
      pending: [],
    });
    files.push(...r.files);
    return r.tree;
  };
  const abstracts = doc.abstracts.map((abstract) => ({
    abstract,
    paragraphs: abstract.paragraphs.map((p) => resolveShort(p)),
  }));
  const declarations = doc.declarations.map((d) => ({ title: d.title, content: resolveShort(d.text) }));
  const generated = `(generated ${doc.lang} text)`;
  const problems = files.flatMap((f) => diagnosticsOf(f, generated));
  return {
    doc,
    body: body.tree,
    abstracts,
    declarations,
    references: doc.citations.bibliography(),
    cited,
    tableNumbers: numbers.tables,
    figureNumbers: numbers.figures,
    problems,
  };
}
