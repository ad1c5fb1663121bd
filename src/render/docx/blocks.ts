/**
 * mdast of the resolved tree → Word paragraphs, lists and tables. Every string is the
 * tree's final wording; this file chooses markup only. Authored links become hyperlinks
 * only for web and mail addresses (a manuscript points nowhere else).
 */
import {
  ExternalHyperlink,
  FootnoteReferenceRun,
  type ImageRun,
  Paragraph,
  type ParagraphChild,
  type Table,
  TextRun,
} from 'docx';
import type { BlockContent, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { captionLine, captionNumber } from './caption.ts';
import { pictureRun, type Picture } from './figure.ts';
import { tableBlocks } from './table.ts';
import { STYLE } from './styles.ts';

interface RunFormat {
  italics?: boolean;
  bold?: boolean;
  strike?: boolean;
  code?: boolean;
  link?: boolean;
}

type Block = Paragraph | Table;

export class BlockWriter {
  private listInstance = 0;
  /**
   * `textWidth`: the page's text width in twips, which tables span. `thesis`: a skripsi's
   * layout (chapters on a new page; captions centred on one line, a table's above it and a
   * figure's below), as the HTML skripsi template lays them out.
   */
  constructor(
    private readonly pictures: Map<string, Picture>,
    private readonly textWidth: number,
    private readonly thesis = false,
  ) {}

  footnoteReference(id: number): FootnoteReferenceRun {
    return new FootnoteReferenceRun(id);
  }

  /** A heading of the manuscript: `##` (the body's sections) is Word's Heading 1. */
  heading(level: number, text: string | PhrasingContent[]): Paragraph {
    const style = STYLE.heading[Math.min(Math.max(level, 1), 3) - 1]!;
    return new Paragraph({
      style,
      // A thesis' chapter starts a page.
      pageBreakBefore: this.thesis && level <= 1 ? true : undefined,
      children: typeof text === 'string' ? [new TextRun(text)] : this.runs(text),
    });
  }

  /**
   * The blocks of a tree. `style`: the paragraph style of its paragraphs (an abstract, a
   * reference entry); `lead`: runs put before the first paragraph's text (a declaration's title).
   */
  blocks(tree: Root, style?: string, lead: ParagraphChild[] = []): Block[] {
    const out: Block[] = [];
    let first = true;
    for (const node of tree.children) {
      const blocks = this.block(node, style, first ? lead : []);
      if (blocks.length) first = false;
      out.push(...blocks);
    }
    return out;
  }

  private block(node: RootContent, style: string | undefined, lead: ParagraphChild[], level = 0): Block[] {
    switch (node.type) {
      case 'heading':
        // The document's title is the only level 1; a `#` in authored text is a section too.
        return [this.heading(Math.max(1, node.depth - 1), node.children)];
      case 'paragraph':
        return [new Paragraph({ style, children: [...lead, ...this.runs(node.children)] })];
      case 'list':
        return this.list(node.ordered ?? false, node.children, level);
      case 'blockquote':
        return node.children.flatMap((c) => this.block(c, STYLE.quote, []));
      case 'code':
        return node.value
          .split('\n')
          .map((line) => new Paragraph({ style, children: [new TextRun({ text: line, font: 'Courier New' })] }));
      case 'thematicBreak':
        return [new Paragraph({ alignment: 'center', children: [new TextRun('* * *')] })];
      case 'naskahTable':
        return tableBlocks(node.table, node.label, node.number, node.noteLabel, this.textWidth, this.thesis);
      case 'naskahFigure':
        return this.figure(node.key, node.label, node.number, node.figure.caption, node.figure.alt);
      default:
        return [];
    }
  }

  /** APA: the figure's number (bold) and title (italics) above it, as for tables; a thesis: one caption line below it. */
  private figure(key: string, label: string, number: string, caption: string, alt: string): Block[] {
    const picture = this.pictures.get(key);
    const image: ImageRun[] = picture ? [pictureRun(picture, { name: `${label}. ${caption}`, description: alt })] : [];
    if (this.thesis)
      return [
        new Paragraph({ style: STYLE.figure, children: image }),
        new Paragraph({ style: STYLE.caption, children: captionLine(label, number, caption) }),
      ];
    return [
      new Paragraph({ style: STYLE.caption, children: captionNumber(label, number) }),
      new Paragraph({ style: STYLE.tableTitle, children: [new TextRun(caption)] }),
      new Paragraph({ style: STYLE.figure, children: image }),
    ];
  }

  private list(ordered: boolean, items: ListItem[], level: number): Block[] {
    // Each ordered list counts from 1: a numbering instance of its own.
    const instance = ++this.listInstance;
    const numbering = { reference: ordered ? 'ordered' : 'bullet', level: Math.min(level, 2), instance };
    const out: Block[] = [];
    for (const item of items) {
      item.children.forEach((child: BlockContent | ListItem['children'][number], i) => {
        if (child.type === 'list') out.push(...this.list(child.ordered ?? false, child.children, level + 1));
        else if (child.type === 'paragraph')
          out.push(
            new Paragraph({
              numbering: i === 0 ? numbering : undefined,
              indent: i === 0 ? undefined : { left: 720 * (level + 1) },
              children: this.runs(child.children),
            }),
          );
        else out.push(...this.block(child, undefined, [], level + 1));
      });
    }
    return out;
  }

  runs(nodes: PhrasingContent[], f: RunFormat = {}): ParagraphChild[] {
    return nodes.flatMap((n) => this.run(n, f));
  }

  private run(node: PhrasingContent, f: RunFormat): ParagraphChild[] {
    switch (node.type) {
      case 'text':
      case 'naskahXref':
      case 'naskahCitation':
        // A line break inside a Markdown paragraph is a space in the reader's text.
        return [textRun(node.value.replace(/\s*\n\s*/g, ' '), f)];
      case 'inlineCode':
        return [textRun(node.value, { ...f, code: true })];
      case 'emphasis':
        return this.runs(node.children, { ...f, italics: true });
      case 'strong':
        return this.runs(node.children, { ...f, bold: true });
      case 'delete':
        return this.runs(node.children, { ...f, strike: true });
      case 'break':
        return [new TextRun({ break: 1 })];
      case 'link':
        if (/^(https?:|mailto:)/i.test(node.url))
          return [new ExternalHyperlink({ link: node.url, children: this.runs(node.children, { ...f, link: true }) })];
        return this.runs(node.children, f);
      case 'image':
        return node.alt ? [textRun(node.alt, f)] : [];
      default:
        return [];
    }
  }
}

function textRun(text: string, f: RunFormat): TextRun {
  return new TextRun({
    text,
    italics: f.italics || undefined,
    bold: f.bold || undefined,
    strike: f.strike || undefined,
    font: f.code ? 'Courier New' : undefined,
    style: f.link ? 'Hyperlink' : undefined,
  });
}
