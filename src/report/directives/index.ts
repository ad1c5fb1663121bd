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
import type { AbstractBlock, BibliographyEntry, BodyPart, Document } from '../document.ts';
import { remarkBlocks } from './blocks.ts';
import { remarkCitations } from './citation.ts';
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
  /** The reference list: every cited entry, in APA order (by first author, then year). */
  references: { entry: BibliographyEntry; content: Root }[];
  /** Bibliography keys cited (body, then abstracts and declarations), in order of first citation. */
  cited: string[];
  tableNumbers: Record<string, number>;
  figureNumbers: Record<string, number>;
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
  return { tree: { type: 'root', children: trees.flatMap((t) => t.children) }, files };
}

export function resolveDocument(doc: Document): ResolvedDocument {
  const cited: string[] = [];
  const files: VFile[] = [];
  const numbers = { tables: {}, figures: {} };
  const body = resolveText(doc.body, { doc, numbers, cited });
  files.push(...body.files);
  // Short texts (an abstract paragraph, a declaration) stand alone: no sections, their own numbering.
  const short = { ...doc, sections: {} };
  const resolveShort = (markdown: string, d: Document = short): Root => {
    const r = resolveText([{ markdown }], { doc: d, numbers: { tables: {}, figures: {} }, cited });
    files.push(...r.files);
    return r.tree;
  };
  const abstracts = doc.abstracts.map((abstract) => ({
    abstract,
    paragraphs: abstract.paragraphs.map((p) => resolveShort(p)),
  }));
  const declarations = doc.declarations.map((d) => ({ title: d.title, content: resolveShort(d.text) }));
  // Reference entries cite nothing themselves: resolved against an empty bibliography, apart from `cited`.
  const entries = [...cited]
    .map((k) => doc.bibliography[k]!)
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  const bare = { ...short, bibliography: {} };
  const references = entries.map((entry) => {
    const r = resolveText([{ markdown: entry.reference }], {
      doc: bare,
      numbers: { tables: {}, figures: {} },
      cited: [],
    });
    files.push(...r.files);
    return { entry, content: r.tree };
  });
  const generated = `(generated ${doc.lang} text)`;
  return {
    doc,
    body: body.tree,
    abstracts,
    declarations,
    references,
    cited,
    tableNumbers: numbers.tables,
    figureNumbers: numbers.figures,
    problems: files.flatMap((f) => diagnosticsOf(f, generated)),
  };
}
