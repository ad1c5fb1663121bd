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
  LevelFormat,
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
import { BlockWriter } from './blocks.ts';
import { drawPicture, type Picture } from './figure.ts';
import { reproduciblePackage } from './package.ts';
import type { ReferenceDocx } from './reference.ts';
import { naskahStyles, PAGE, STYLE, TEXT_WIDTH } from './styles.ts';

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
}

export async function renderDocx(resolved: ResolvedDocument, options: DocxOptions): Promise<Uint8Array> {
  if (resolved.problems.length) throw NaskahError.fromDiagnostics(resolved.problems);
  const { doc } = resolved;
  const lang = WORD_LANG[doc.lang] ?? doc.lang;
  const textWidth = options.reference?.textWidth ?? TEXT_WIDTH;
  const pictures = new Map<string, Picture>();
  for (const [key, fig] of Object.entries(doc.figures))
    pictures.set(key, await drawPicture(await chartToSvg(fig.spec), Math.floor((textWidth / 1440) * 96)));
  const w = new BlockWriter(pictures, textWidth);

  const children: ReturnType<BlockWriter['blocks']> = [];
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
  children.push(new Paragraph({ style: STYLE.title, children: titleRuns }));

  const { authors, affiliations, corresponding } = titlePageAuthors(doc.authors);
  const authorRuns: ParagraphChild[] = [];
  authors.forEach((a, i) => {
    if (i > 0) authorRuns.push(new TextRun(', '));
    authorRuns.push(new TextRun(a.name));
    const marks = [a.affiliationIndex, a.corresponding ? '*' : undefined].filter((m) => m !== undefined);
    if (marks.length) authorRuns.push(new TextRun({ text: marks.join(','), superScript: true }));
  });
  children.push(new Paragraph({ style: STYLE.authors, children: authorRuns }));
  for (const { number, text } of affiliations)
    children.push(
      new Paragraph({
        style: STYLE.affiliation,
        children: [...(number ? [new TextRun({ text: String(number), superScript: true })] : []), new TextRun(text)],
      }),
    );
  if (corresponding)
    children.push(
      new Paragraph({
        style: STYLE.affiliation,
        children: [
          new TextRun({ text: '*', superScript: true }),
          new TextRun(`${doc.labels.correspondence}: ${corresponding.name}, ${corresponding.email}`),
        ],
      }),
    );

  resolved.abstracts.forEach(({ abstract: a, paragraphs }, i) => {
    children.push(new Paragraph({ style: STYLE.abstractHeading, children: [new TextRun(a.heading)] }));
    if (i > 0)
      children.push(
        new Paragraph({ style: STYLE.abstractHeading, children: [new TextRun({ text: a.title, italics: true })] }),
      );
    for (const p of paragraphs) children.push(...w.blocks(p, STYLE.abstract));
    if (a.keywords.length)
      children.push(
        new Paragraph({
          style: STYLE.keywords,
          children: [
            new TextRun({ text: `${a.keywordsLabel}:`, bold: true }),
            new TextRun(` ${a.keywords.join('; ')}`),
          ],
        }),
      );
  });

  children.push(...w.blocks(resolved.body));

  if (resolved.declarations.length) {
    children.push(w.heading(1, doc.labels.declarations));
    for (const d of resolved.declarations)
      children.push(
        ...w.blocks(d.content, undefined, [new TextRun({ text: `${d.title}.`, bold: true }), new TextRun(' ')]),
      );
  }
  if (resolved.references.length) {
    children.push(w.heading(1, doc.labels.references));
    // The engine's formatted runs (italic titles and volumes), with the number of a numbered style.
    for (const r of resolved.references)
      children.push(
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

  const keywords = doc.abstracts.find((a) => a.lang === doc.lang)?.keywords ?? [];
  const word = new WordDocument({
    title: doc.title,
    creator: doc.authors.map((a) => a.name).join('; '),
    lastModifiedBy: doc.authors.map((a) => a.name).join('; '),
    keywords: keywords.join('; '),
    revision: 1,
    styles: naskahStyles(lang),
    numbering: { config: LIST_NUMBERING },
    footnotes,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
  const zip = await Packer.toBuffer(word);
  return reproduciblePackage(new Uint8Array(zip), { date: options.date, lang, reference: options.reference });
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
