/**
 * Body Markdown → sanitised HTML, with naskah's directives.
 *
 *   parts (authored + generated) ─parse─▶ mdast ─splice ::section─▶ one tree
 *     ─number tables/figures─▶ resolve :stat :value :ref [@key] ─▶ hast
 *     ─rehype-sanitize─▶ insert trusted blocks (tables, SVG) ─▶ HTML
 *
 * Authored text is untrusted: raw HTML in it is dropped and the tree is sanitised.
 * Tables and charts are built by naskah from results (their text is escaped as hast text
 * nodes or by vega's SVG writer) and are inserted only after sanitising, in place of
 * placeholders that only this module creates.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Heading, Root as MdRoot, RootContent, PhrasingContent, Text } from 'mdast';
import type { Root as HastRoot, Element, ElementContent } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { NaskahError } from '../errors.ts';
import type { CiteCluster } from '../report/citations/index.ts';
import type { Document } from '../report/document.ts';
import { createNumberer, type Numberer } from '../report/numbering.ts';
import { tableToHast } from './table.ts';

export interface RenderedBody {
  html: string;
  /** Bibliography keys cited, in order of first citation. */
  cited: string[];
  /** "3" or, in a template that numbers by chapter, "4.1". */
  tableNumbers: Record<string, string>;
  figureNumbers: Record<string, string>;
}

type DirectiveNode = RootContent & {
  type: 'textDirective' | 'leafDirective' | 'containerDirective';
  name: string;
  attributes?: Record<string, string | null | undefined>;
  children: PhrasingContent[];
  position?: { start: { line: number; column: number } };
  data?: Record<string, unknown>;
};

const parser = unified().use(remarkParse).use(remarkDirective).freeze();

/**
 * Parsed trees of recent Markdown texts. Parsing is most of the rendering time, and the
 * same text comes back often: the authored manuscript on every rebuild after a data fix,
 * generated sections whose numbers did not change, every study of a batch that shares
 * boilerplate. Callers get a copy (later passes change the tree). Bounded, oldest first out.
 */
const parsed = new Map<string, MdRoot>();
const PARSED_MAX = 512;

function parsePart(markdown: string, file: string | undefined): MdRoot {
  const key = `${file ?? ''}\u0000${markdown}`;
  let cached = parsed.get(key);
  if (!cached) {
    cached = parser.parse(markdown) as MdRoot;
    // Remember which file each node came from, for error locations after splicing.
    visit(cached, (node) => {
      (node as { data?: Record<string, unknown> }).data = {
        ...(node as { data?: Record<string, unknown> }).data,
        naskahFile: file,
      };
    });
    if (parsed.size >= PARSED_MAX) parsed.delete(parsed.keys().next().value!);
    parsed.set(key, cached);
  }
  return cloneTree(cached);
}

/** A deep copy of a syntax tree (plain objects, arrays and primitives), faster than structuredClone. */
function cloneTree<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneTree) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k in value) out[k] = cloneTree((value as Record<string, unknown>)[k]);
    return out as T;
  }
  return value;
}

function fileOf(node: { data?: object }): string | undefined {
  return (node.data as { naskahFile?: string } | undefined)?.naskahFile;
}

function labelOf(node: DirectiveNode): string {
  return node.children
    .map((c) => ('value' in c ? String(c.value) : ''))
    .join('')
    .trim();
}

function directiveError(node: DirectiveNode, code: string, message: string, hint: string, doc: Document): NaskahError {
  const file = fileOf(node);
  const pos = node.position?.start;
  return new NaskahError(code, message, {
    location: file ? { file, line: pos?.line, column: pos?.column } : { file: `(generated ${doc.lang} text)` },
    hint,
  });
}

/** Replaces every ::section[name] with the generated section's content, recursively. */
function spliceSections(tree: MdRoot, doc: Document, depth = 0): void {
  const children: RootContent[] = [];
  for (const node of tree.children) {
    const d = node as DirectiveNode;
    if (d.type === 'leafDirective' && d.name === 'section') {
      const name = labelOf(d);
      const md = doc.sections[name];
      if (md === undefined) {
        const names = Object.keys(doc.sections).join(', ');
        throw directiveError(
          d,
          'manuscript/unknown-section',
          `unknown generated section "${name}"`,
          `Known sections: ${names}.`,
          doc,
        );
      }
      if (depth > 3)
        throw directiveError(
          d,
          'manuscript/section-loop',
          `sections include each other ("${name}")`,
          'Generated sections cannot include themselves.',
          doc,
        );
      const sub = parsePart(md, undefined);
      // The chapter numbering needs to know which generated section a heading opens.
      for (const n of sub.children) {
        const data = (n as { data?: Record<string, unknown> }).data;
        (n as { data?: Record<string, unknown> }).data = { ...data, naskahSection: data?.naskahSection ?? name };
      }
      spliceSections(sub, doc, depth + 1);
      children.push(...sub.children);
    } else children.push(node);
  }
  tree.children = children;
}

// `[@a; @b]`, `[-@a]` (year only), `[PSS-10; @a]` (a prefix inside the parentheses), and narrative `@a`.
const CITE =
  /\[((?:[^\][@;]+;\s*)?(?:-?@[A-Za-z0-9_:.-]+)(?:\s*;\s*-?@[A-Za-z0-9_:.-]+)*)\]|(^|[^\w@])@([A-Za-z][A-Za-z0-9_:-]*[A-Za-z0-9])/g;

export function renderBody(doc: Document, figureSvgs: Record<string, string> = {}): RenderedBody {
  const tree: MdRoot = { type: 'root', children: [] };
  for (const part of doc.body) tree.children.push(...parsePart(part.markdown, part.file).children);
  spliceSections(tree, doc);

  // Pass 1: number headings, tables and figures in order of appearance, by the template's scheme.
  const tableNumbers: Record<string, string> = {};
  const figureNumbers: Record<string, string> = {};
  const numberer = createNumberer(doc.numbering, doc.chapterWords);
  visit(tree, (node) => {
    if (node.type === 'heading') {
      numberHeading(node as Heading, numberer);
      return SKIP;
    }
    const d = node as DirectiveNode;
    if (d.type !== 'leafDirective') return;
    const key = labelOf(d);
    if (d.name === 'table') {
      if (!doc.tables[key])
        throw directiveError(
          d,
          'manuscript/unknown-table',
          `::table[${key}] refers to no table`,
          hintFor(key, Object.keys(doc.tables), 'Tables'),
          doc,
        );
      if (!(key in tableNumbers)) tableNumbers[key] = numberer.block('table');
    } else if (d.name === 'figure') {
      if (!doc.figures[key])
        throw directiveError(
          d,
          'manuscript/unknown-figure',
          `::figure[${key}] refers to no figure`,
          hintFor(key, Object.keys(doc.figures), 'Figures'),
          doc,
        );
      if (!(key in figureNumbers)) figureNumbers[key] = numberer.block('figure');
    }
  });

  // Pass 2: resolve inline directives and citations; turn blocks into placeholders.
  const cited: string[] = [];
  const cite = (
    key: string,
    node: { data?: object; position?: { start: { line: number; column: number } } },
    offset: number,
  ) => {
    if (!doc.citations.has(key)) {
      const file = fileOf(node);
      const pos = node.position?.start;
      throw new NaskahError(
        'manuscript/unknown-citation',
        `the citation @${key} is not in the study's references.bib`,
        {
          location: file
            ? { file, line: pos?.line, column: pos ? pos.column + offset : undefined }
            : { file: `(generated ${doc.lang} text)` },
          hint: hintFor(key, doc.citations.keys(), 'Entries'),
        },
      );
    }
    if (!cited.includes(key)) cited.push(key);
  };
  // Citations are formatted together, after the walk, in reading order (the style numbers or disambiguates over all of them).
  const pendingCites: { cluster: CiteCluster; node: Text; parent: { children: PhrasingContent[] } }[] = [];
  visit(tree, (node, index, parent) => {
    const d = node as DirectiveNode;
    if (d.type === 'textDirective') {
      const key = labelOf(d);
      let text: string | undefined;
      if (d.name === 'stat') {
        text = doc.stats[key];
        if (text === undefined)
          throw directiveError(
            d,
            'manuscript/unknown-analysis',
            `:stat[${key}] refers to no analysis with a test statistic`,
            hintFor(key, Object.keys(doc.stats), 'Analyses with statistics'),
            doc,
          );
      } else if (d.name === 'value') {
        const digits = d.attributes?.digits != null ? Number(d.attributes.digits) : undefined;
        text = doc.value(key, digits);
        if (text === undefined)
          throw directiveError(
            d,
            'manuscript/unknown-value',
            `:value[${key}] does not name a number in results.json`,
            'Write analysisId.field, e.g. pre_post.meanDiff; the field must exist for the test actually chosen (see results.json).',
            doc,
          );
      } else if (d.name === 'ref') {
        // `:ref[x]` names the table of analysis x (or its figure when it has no table).
        if (key in tableNumbers) text = `${doc.labels.table} ${tableNumbers[key]}`;
        else if (key in figureNumbers) text = `${doc.labels.figure} ${figureNumbers[key]}`;
        else
          throw directiveError(
            d,
            'manuscript/unknown-ref',
            `:ref[${key}] refers to no table or figure in this manuscript`,
            hintFor(key, [...Object.keys(tableNumbers), ...Object.keys(figureNumbers)], 'Tables and figures shown'),
            doc,
          );
      } else if (d.name === 'figref') {
        if (key in figureNumbers) text = `${doc.labels.figure} ${figureNumbers[key]}`;
        else
          throw directiveError(
            d,
            'manuscript/unknown-ref',
            `:figref[${key}] refers to no figure in this manuscript`,
            hintFor(key, Object.keys(figureNumbers), 'Figures shown'),
            doc,
          );
      } else {
        throw directiveError(
          d,
          'manuscript/unknown-directive',
          `unknown directive :${d.name}`,
          'Inline directives: :stat[id], :value[id.field], :ref[id] (table number), :figref[id] (figure number).',
          doc,
        );
      }
      (parent as { children: unknown[] }).children[index!] = { type: 'text', value: text } satisfies Text;
      return SKIP;
    }
    if (d.type === 'leafDirective' || d.type === 'containerDirective') {
      const key = labelOf(d);
      if (d.name !== 'table' && d.name !== 'figure') {
        throw directiveError(
          d,
          'manuscript/unknown-directive',
          `unknown directive ::${d.name}`,
          'Block directives: ::table[id], ::figure[id], ::section[methods|results|conclusion|…].',
          doc,
        );
      }
      d.data = { ...d.data, hName: 'div', hProperties: { dataNaskahBlock: `${d.name}:${key}` }, hChildren: [] };
      return SKIP;
    }
    if (node.type === 'text' && parent) {
      const t = node as Text;
      if (!t.value.includes('@')) return;
      const out: PhrasingContent[] = [];
      let last = 0;
      for (const m of t.value.matchAll(CITE)) {
        const start = m.index!;
        if (m[1]) {
          const items = m[1].split(';').map((k) => k.trim());
          const prefix = items[0]!.includes('@') ? [] : [items.shift()!];
          const cluster: CiteCluster = {
            items: items.map((k, i) => {
              const key = k.replace(/^-?@/, '');
              cite(key, t, start);
              return {
                key,
                ...(k.startsWith('-') ? { suppressAuthor: true } : {}),
                ...(i === 0 && prefix.length ? { prefix: `${prefix[0]}; ` } : {}),
              };
            }),
          };
          out.push({ type: 'text', value: t.value.slice(last, start) });
          const placeholder: Text = { type: 'text', value: '' };
          out.push(placeholder);
          pendingCites.push({ cluster, node: placeholder, parent: parent as { children: PhrasingContent[] } });
          last = start + m[0].length;
        } else if (m[3]) {
          // Narrative form "@key" only when the key exists; an address like a@b.id is left alone.
          if (!doc.citations.has(m[3]) && !/^[a-z]+\d{4}/.test(m[3])) continue;
          cite(m[3], t, start + m[2]!.length);
          out.push({ type: 'text', value: `${t.value.slice(last, start)}${m[2]}` });
          const placeholder: Text = { type: 'text', value: '' };
          out.push(placeholder);
          pendingCites.push({
            cluster: { items: [{ key: m[3] }], narrative: true },
            node: placeholder,
            parent: parent as { children: PhrasingContent[] },
          });
          last = start + m[0].length;
        }
      }
      if (!out.length) return;
      out.push({ type: 'text', value: t.value.slice(last) });
      (parent as { children: PhrasingContent[] }).children.splice(index!, 1, ...out);
      return index! + out.length;
    }
    return undefined;
  });
  fillCitations(doc, pendingCites);

  const hast = toHast().runSync(tree as never) as HastRoot;
  const clean = sanitizer().runSync(hast) as HastRoot;
  insertBlocks(clean, doc, tableNumbers, figureNumbers, figureSvgs);
  // Raw nodes exist only where insertBlocks put vega's SVG; authored raw HTML was dropped by remark-rehype.
  const html = stringifier().stringify(clean);
  return { html, cited, tableNumbers, figureNumbers };
}

/** Applies the numberer's verdict to a heading: a chapter label on its own line, a section number, the chapter's usual title. */
function numberHeading(h: Heading, numberer: Numberer): void {
  const section = (h.data as { naskahSection?: string } | undefined)?.naskahSection;
  const n = numberer.heading(h.depth, section);
  h.depth = Math.min(6, n.depth) as Heading['depth'];
  if (n.text !== undefined) h.children = [{ type: 'text', value: n.text }];
  if (n.number) h.children.unshift({ type: 'text', value: `${n.number} ` });
  if (n.chapterLabel) h.children.unshift({ type: 'text', value: n.chapterLabel }, { type: 'break' });
}

/** Puts each formatted citation where its placeholder is: plain runs as text, italic and bold as emphasis and strong, raised and lowered as <sup> and <sub>. */
function fillCitations(
  doc: Document,
  pending: { cluster: CiteCluster; node: Text; parent: { children: PhrasingContent[] } }[],
): void {
  if (!pending.length) return;
  const formatted = doc.citations.cite(pending.map((p) => p.cluster));
  pending.forEach((p, i) => {
    const nodes: PhrasingContent[] = formatted[i]!.runs.map((r) => {
      let node: PhrasingContent = { type: 'text', value: r.text };
      if (r.italic) node = { type: 'emphasis', children: [node] };
      if (r.bold) node = { type: 'strong', children: [node] };
      // Superscript citation numbers (many medical styles): mdast has no node for them, remark-rehype takes the tag name.
      if (r.superscript || r.subscript)
        node = { type: 'emphasis', data: { hName: r.superscript ? 'sup' : 'sub' }, children: [node] };
      return node;
    });
    const at = p.parent.children.indexOf(p.node);
    if (at >= 0) p.parent.children.splice(at, 1, ...nodes);
  });
}

/** Renders a short Markdown text (abstract paragraph, declaration) with citations resolved and sanitised. */
export function renderInline(markdown: string, doc: Document): { html: string; cited: string[] } {
  const sub: Document = { ...doc, body: [{ markdown }], sections: {} };
  const r = renderBody(sub);
  return { html: r.html, cited: r.cited };
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
      stringifier: ReturnType<typeof makeStringifier>;
    }
  | undefined;
const makeToHast = () => unified().use(remarkRehype).freeze();
const makeSanitizer = () => unified().use(rehypeSanitize, SANITIZE_SCHEMA).freeze();
const makeStringifier = () => unified().use(rehypeStringify, { allowDangerousHtml: true }).freeze();
const built = () =>
  (processors ??= { toHast: makeToHast(), sanitizer: makeSanitizer(), stringifier: makeStringifier() });
const toHast = () => built().toHast;
const sanitizer = () => built().sanitizer;
const stringifier = () => built().stringifier;

function hintFor(_key: string, known: string[], what: string): string {
  return known.length ? `${what} in this study: ${known.join(', ')}.` : `This study has none.`;
}

function insertBlocks(
  tree: HastRoot,
  doc: Document,
  tableNumbers: Record<string, string>,
  figureNumbers: Record<string, string>,
  svgs: Record<string, string>,
): void {
  visit(tree, 'element', (el: Element, index, parent) => {
    const marker = el.properties?.dataNaskahBlock;
    if (typeof marker !== 'string' || !parent || index === undefined) return;
    const [kind, key] = [marker.slice(0, marker.indexOf(':')), marker.slice(marker.indexOf(':') + 1)];
    let replacement: ElementContent;
    if (kind === 'table') {
      replacement = tableToHast(doc.tables[key]!, `${doc.labels.table} ${tableNumbers[key]}`, doc.labels.note);
    } else {
      const fig = doc.figures[key]!;
      replacement = {
        type: 'element',
        tagName: 'figure',
        properties: { className: ['naskah-figure'], id: `figure-${key}` },
        children: [
          { type: 'raw', value: svgs[key] ?? '' } as unknown as ElementContent,
          {
            type: 'element',
            tagName: 'figcaption',
            properties: {},
            children: [
              {
                type: 'element',
                tagName: 'span',
                properties: { className: ['label'] },
                children: [{ type: 'text', value: `${doc.labels.figure} ${figureNumbers[key]}` }],
              },
              { type: 'text', value: ` ${fig.caption}` },
            ],
          },
        ],
      };
    }
    (parent as { children: ElementContent[] }).children[index] = replacement;
    return SKIP;
  });
}
