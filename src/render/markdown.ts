/**
 * A resolved manuscript tree (src/report/directives/nodes.ts) → sanitised HTML.
 *
 *   resolved mdast ─remark-rehype (+ handlers for naskah's nodes)─▶ hast
 *     ─rehype-sanitize─▶ insert trusted blocks (tables, SVG) ─▶ HTML
 *
 * Authored text is untrusted: the tree is sanitised. Tables and charts are built by naskah
 * from results (their text is escaped as hast text nodes or by vega's SVG writer) and are
 * inserted only after sanitising, in place of placeholders that only this module creates
 * (authored raw HTML never reaches it: resolution drops it).
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import { toHtml } from 'hast-util-to-html';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, walk, walkHast } from '../report/directives/walk.ts';
import type { NaskahCitation, NaskahFigure, NaskahTable, NaskahXref } from '../report/directives/index.ts';
import type { InlineRun } from '../report/citations/index.ts';
import { tableToHast } from './table.ts';
import { accessibleSvg } from './chart.ts';

const placeholder = (marker: string): Element => ({
  type: 'element',
  tagName: 'div',
  properties: { dataNaskahBlock: marker },
  children: [],
});

/** How naskah's resolved nodes look in HTML before sanitising: blocks as placeholders, the rest as text. */
const handlers = {
  naskahTable: (_state: unknown, node: NaskahTable): Element => placeholder(`table:${node.key}`),
  naskahFigure: (_state: unknown, node: NaskahFigure): Element => placeholder(`figure:${node.key}`),
  naskahXref: (_state: unknown, node: NaskahXref): ElementContent => ({ type: 'text', value: node.value }),
  naskahCitation: (_state: unknown, node: NaskahCitation): ElementContent[] =>
    node.runs.length ? node.runs.map(runToHast) : [{ type: 'text', value: node.value }],
};

/** One run of a formatted citation: italic and bold as em and strong, raised and lowered (numbered styles) as sup and sub. */
function runToHast(run: InlineRun): ElementContent {
  let out: ElementContent = { type: 'text', value: run.text };
  const wrap = (tagName: string) => {
    out = { type: 'element', tagName, properties: {}, children: [out] };
  };
  if (run.italic) wrap('em');
  if (run.bold) wrap('strong');
  if (run.superscript) wrap('sup');
  else if (run.subscript) wrap('sub');
  return out;
}

/**
 * GitHub's sanitising schema, minus everything that would load a resource (images,
 * media): the manuscript must load nothing. Only naskah's own block placeholders may
 * carry the data attribute.
 */
const LOADING_TAGS = new Set(['img', 'picture', 'source', 'video', 'audio', 'track', 'image']);
const SANITIZE_SCHEMA = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => !LOADING_TAGS.has(t)),
  attributes: { ...defaultSchema.attributes, div: [...(defaultSchema.attributes?.div ?? []), 'dataNaskahBlock'] },
};

// The unified processors, built once (building one per call was a large part of rendering).
let processors:
  | {
      toHast: ReturnType<typeof makeToHast>;
      sanitizer: ReturnType<typeof makeSanitizer>;
    }
  | undefined;
const makeToHast = () => unified().use(remarkRehype, { handlers }).freeze();
const makeSanitizer = () => unified().use(rehypeSanitize, SANITIZE_SCHEMA).freeze();
const built = () => (processors ??= { toHast: makeToHast(), sanitizer: makeSanitizer() });

/** HTML of a resolved tree; `svgs` are the charts by figure key, drawn beforehand (drawing is asynchronous). */
export function resolvedToHtml(tree: Root, svgs: Record<string, string> = {}): string {
  const blocks = new Map<string, NaskahTable | NaskahFigure>();
  walk(tree, (node) => {
    if (node.type === 'naskahTable') blocks.set(`table:${node.key}`, node);
    else if (node.type === 'naskahFigure') blocks.set(`figure:${node.key}`, node);
  });
  const { toHast, sanitizer } = built();
  // remark-rehype builds a new tree; the resolved tree stays as it was for other serialisers.
  const hast = toHast.runSync(tree) as HastRoot;
  const clean = sanitizer.runSync(hast) as HastRoot;
  insertBlocks(clean, blocks, svgs);
  // Raw nodes exist only where insertBlocks put vega's SVG. hast-util-to-html is what
  // rehype-stringify runs, called directly: a processor's stringify adds a virtual file and
  // its checks for every text (the body and each abstract paragraph and declaration).
  return toHtml(clean, { allowDangerousHtml: true });
}

function insertBlocks(tree: HastRoot, blocks: Map<string, NaskahTable | NaskahFigure>, svgs: Record<string, string>) {
  walkHast(tree, 'element', (el, index, parent) => {
    const marker = el.properties?.dataNaskahBlock;
    if (typeof marker !== 'string' || !parent || index === undefined) return;
    const block = blocks.get(marker);
    if (!block) return;
    const replacement =
      block.type === 'naskahTable'
        ? tableToHast(block.table, block.label, block.noteLabel)
        : figureToHast(block, svgs[block.key] ?? '');
    (parent as { children: ElementContent[] }).children[index] = replacement;
    return SKIP;
  });
}

function figureToHast(block: NaskahFigure, svg: string): Element {
  return {
    type: 'element',
    tagName: 'figure',
    properties: { className: ['naskah-figure'], id: `figure-${block.key}` },
    children: [
      {
        type: 'raw',
        value:
          svg && accessibleSvg(svg, `figure-${block.key}`, `${block.label} ${block.figure.caption}`, block.figure.alt),
      } as unknown as ElementContent,
      {
        type: 'element',
        tagName: 'figcaption',
        properties: {},
        children: [
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['label'] },
            children: [{ type: 'text', value: block.label }],
          },
          { type: 'text', value: ` ${block.figure.caption}` },
        ],
      },
    ],
  };
}
