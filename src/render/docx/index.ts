/**
 * A resolved manuscript (src/report/directives) → a Word document (.docx), written with
 * the `docx` package from the same tree the HTML serialiser reads (../markdown.ts), never
 * from the HTML. The page matches the HTML layout's first page: title (the notice on
 * synthetic or illustrative data as its footnote), authors, affiliations, correspondence,
 * abstracts with keywords; then the body, declarations and the reference list.
 *
 *   resolved tree ─blocks.ts─▶ docx objects ─Packer─▶ zip ─package.ts─▶ reproducible .docx
 *                                                          (reference .docx styles applied)
 *
 * Loaded only when a build asks for docx (the docx package and resvg are large).
 */
import { titlePageAuthors } from '../authors.ts';
import {
  AlignmentType,
  Document as WordDocument,
  Footer,
  type ISectionOptions,
  LevelFormat,
  NumberFormat,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  TabStopType,
  TextRun,
} from 'docx';
import { NaskahError } from '../../errors.ts';
import type { ResolvedDocument } from '../../report/directives/index.ts';
import { chartToSvg } from '../chart.ts';
import type { PageLayout } from '../template.ts';
import { BlockWriter } from './blocks.ts';
import { drawPicture, type Picture } from './figure.ts';
import { reproduciblePackage } from './package.ts';
import type { ReferenceDocx } from './reference.ts';
import { naskahStyles, pageGeometry, STYLE, textWidthOf } from './styles.ts';

export { readReferenceDocx, type ReferenceDocx } from './reference.ts';

/** Word's language tags for the manuscript languages (w:lang). */
const WORD_LANG: Record<string, string> = { id: 'id-ID', en: 'en-US' };

export interface DocxOptions {
  /** The fixed date stamped into docProps/core.xml and the zip (the build's reproducible date). */
  date: Date;
  /** Running title in the footer beside the page number. */
  footer?: string;
  /** The journal's reference document: its styles and page set-up replace naskah's. */
  reference?: ReferenceDocx;
  /** The template's page (template.yaml `page:`): size, margins, font, size and line spacing. */
  page?: PageLayout;
  /**
   * A thesis (a template that numbers by chapter, the skripsi): a title page and the
   * abstracts numbered i, ii … apart from the body, which counts from 1; chapters on a new
   * page, centred in capitals; captions on one centred line, a figure's below it.
   */
  thesis?: boolean;
}

export async function renderDocx(resolved: ResolvedDocument, options: DocxOptions): Promise<Uint8Array> {
  if (resolved.problems.length) throw NaskahError.fromDiagnostics(resolved.problems);
  const { doc } = resolved;
  const lang = WORD_LANG[doc.lang] ?? doc.lang;
  const thesis = options.thesis ?? false;
  const page = pageGeometry(options.page);
  const textWidth = options.reference?.textWidth ?? textWidthOf(page);
  const pictures = new Map<string, Picture>();
  for (const [key, fig] of Object.entries(doc.figures))
    pictures.set(key, await drawPicture(await chartToSvg(fig.spec), Math.floor((textWidth / 1440) * 96)));
  const w = new BlockWriter(pictures, textWidth, thesis);

  const front: ReturnType<BlockWriter['blocks']> = [];
  const titleRuns: ParagraphChild[] = [new TextRun(doc.title)];
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  if (doc.notice) {
    // The notice's first sentence in bold, as the HTML's notice box shows it.
    const split = /^([^.]+\.)\s*(.*)$/s.exec(doc.notice);
    footnotes[1] = {
      children: [
        new Paragraph({
          style: STYLE.footnote,
          children: split
            ? [new TextRun({ text: split[1]!, bold: true }), new TextRun(` ${split[2]}`)]
            : [new TextRun(doc.notice)],
        }),
      ],
    };
    titleRuns.push(w.footnoteReference(1));
  }
  front.push(new Paragraph({ style: STYLE.title, children: titleRuns }));

  const { authors, affiliations, corresponding } = titlePageAuthors(doc.authors);
  const authorRuns: ParagraphChild[] = [];
  authors.forEach((a, i) => {
    if (i > 0) authorRuns.push(new TextRun(', '));
    authorRuns.push(new TextRun(a.name));
    const marks = [a.affiliationIndex, a.corresponding ? '*' : undefined].filter((m) => m !== undefined);
    if (marks.length) authorRuns.push(new TextRun({ text: marks.join(','), superScript: true }));
  });
  front.push(new Paragraph({ style: STYLE.authors, children: authorRuns }));
  for (const { number, text } of affiliations)
    front.push(
      new Paragraph({
        style: STYLE.affiliation,
        children: [...(number ? [new TextRun({ text: String(number), superScript: true })] : []), new TextRun(text)],
      }),
    );
  if (corresponding)
    front.push(
      new Paragraph({
        style: STYLE.affiliation,
        children: [
          new TextRun({ text: '*', superScript: true }),
          new TextRun(`${doc.labels.correspondence}: ${corresponding.name}, ${corresponding.email}`),
        ],
      }),
    );

  resolved.abstracts.forEach(({ abstract: a, paragraphs }, i) => {
    front.push(
      new Paragraph({
        style: STYLE.abstractHeading,
        // A thesis gives each abstract a page of its own after the title page.
        pageBreakBefore: thesis || undefined,
        children: [new TextRun(a.heading)],
      }),
    );
    if (i > 0)
      front.push(
        new Paragraph({ style: STYLE.abstractHeading, children: [new TextRun({ text: a.title, italics: true })] }),
      );
    for (const p of paragraphs) front.push(...w.blocks(p, STYLE.abstract));
    if (a.keywords.length)
      front.push(
        new Paragraph({
          style: STYLE.keywords,
          children: [
            new TextRun({ text: `${a.keywordsLabel}:`, bold: true }),
            new TextRun(` ${a.keywords.join('; ')}`),
          ],
        }),
      );
  });

  const body: ReturnType<BlockWriter['blocks']> = thesis ? [] : front;
  body.push(...w.blocks(resolved.body, thesis ? STYLE.bodyText : undefined));

  if (resolved.declarations.length) {
    body.push(w.heading(1, doc.labels.declarations));
    for (const d of resolved.declarations)
      body.push(
        ...w.blocks(d.content, undefined, [new TextRun({ text: `${d.title}.`, bold: true }), new TextRun(' ')]),
      );
  }
  if (resolved.references.length) {
    body.push(w.heading(1, doc.labels.references));
    // The engine's formatted runs (italic titles and volumes), with the number of a numbered style.
    for (const r of resolved.references)
      body.push(
        new Paragraph({
          style: STYLE.bibliography,
          children: [
            ...(r.label ? [new TextRun(`${r.label} `)] : []),
            ...r.runs.map(
              (run) =>
                new TextRun({
                  text: run.text,
                  italics: run.italic,
                  bold: run.bold,
                  superScript: run.superscript,
                  subScript: run.subscript,
                  smallCaps: run.smallCaps,
                }),
            ),
          ],
        }),
      );
  }

  const footer = new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        children: [
          new TextRun({ text: options.footer ?? '', size: 16 }),
          new TextRun({ children: ['\t', PageNumber.CURRENT], size: 16 }),
        ],
      }),
    ],
  });

  const properties = {
    page: {
      size: { width: page.width, height: page.height },
      margin: page.margin,
    },
  };
  const sections: ISectionOptions[] = thesis
    ? [
        {
          // The title page unnumbered, the abstracts i, ii …
          properties: {
            ...properties,
            titlePage: true,
            page: { ...properties.page, pageNumbers: { start: 1, formatType: NumberFormat.LOWER_ROMAN } },
          },
          footers: { default: pageNumberFooter(), first: new Footer({ children: [] }) },
          children: front,
        },
        {
          properties: {
            ...properties,
            page: { ...properties.page, pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL } },
          },
          footers: { default: pageNumberFooter() },
          children: body,
        },
      ]
    : [{ properties, footers: { default: footer }, children: front }];

  const keywords = doc.abstracts.find((a) => a.lang === doc.lang)?.keywords ?? [];
  const word = new WordDocument({
    title: doc.title,
    creator: doc.authors.map((a) => a.name).join('; '),
    lastModifiedBy: doc.authors.map((a) => a.name).join('; '),
    keywords: keywords.join('; '),
    revision: 1,
    styles: naskahStyles(lang, page, thesis),
    numbering: { config: LIST_NUMBERING },
    footnotes,
    sections,
  });
  const zip = await Packer.toBuffer(word);
  return reproduciblePackage(new Uint8Array(zip), { date: options.date, lang, reference: options.reference });
}

/** A thesis' footer: the page number alone, centred, as faculty guidelines place it. */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT] })],
      }),
    ],
  });
}

const BULLETS = ['•', '◦', '▪'];
const LIST_NUMBERING = [
  {
    reference: 'bullet',
    levels: BULLETS.map((text, level) => ({
      level,
      format: LevelFormat.BULLET,
      text,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
    })),
  },
  {
    reference: 'ordered',
    levels: [0, 1, 2].map((level) => ({
      level,
      format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level]!,
      text: `%${level + 1}.`,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
    })),
  },
];
