/**
 * naskah's own Word styles: the look of a .docx when the study names no reference
 * document. Paragraphs use Word's standard style ids (Normal, Title, Heading1–3, Caption,
 * FootnoteText, Bibliography …) so that a journal's reference .docx, whose styles.xml
 * replaces these, restyles the whole manuscript (reference.ts).
 */
import { type IStylesOptions, LineRuleType } from 'docx';

/** 12 pt serif, 1.15 line spacing, A4 with 2.5 cm margins: what Indonesian journals most often ask. */
const FONT = 'Times New Roman';
const pt = (n: number) => n * 2;
/** Twips (1/20 pt). */
const tw = (points: number) => points * 20;

export const STYLE = {
  title: 'Title',
  heading: ['Heading1', 'Heading2', 'Heading3'] as const,
  caption: 'Caption',
  tableTitle: 'TableTitle',
  tableNote: 'TableNote',
  tableText: 'TableText',
  figure: 'Figure',
  authors: 'Author',
  affiliation: 'Affiliation',
  abstractHeading: 'AbstractHeading',
  abstract: 'Abstract',
  keywords: 'Keywords',
  bibliography: 'Bibliography',
  footnote: 'FootnoteText',
  footer: 'Footer',
  quote: 'Quote',
};

export function naskahStyles(lang: string): IStylesOptions {
  const para = (id: string, name: string, options: Record<string, unknown>) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    ...options,
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: pt(12), language: { value: lang } },
        // Justified, as the HTML layout sets its paragraphs.
        paragraph: { alignment: 'both', spacing: { after: tw(6), line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: FONT, size: pt(16), bold: true, color: '000000' },
        paragraph: { alignment: 'center', spacing: { before: 0, after: tw(12) } },
      },
      heading1: {
        run: { font: FONT, size: pt(13), bold: true, color: '000000' },
        paragraph: { alignment: 'left', spacing: { before: tw(16), after: tw(6) }, keepNext: true, keepLines: true },
      },
      heading2: {
        run: { font: FONT, size: pt(12), bold: true, color: '000000' },
        paragraph: { alignment: 'left', spacing: { before: tw(12), after: tw(4) }, keepNext: true, keepLines: true },
      },
      heading3: {
        run: { font: FONT, size: pt(12), bold: true, italics: true, color: '000000' },
        paragraph: { alignment: 'left', spacing: { before: tw(10), after: tw(4) }, keepNext: true, keepLines: true },
      },
      // APA: the table or figure number in bold on its own line, the title in italics below it.
      caption: {
        run: { font: FONT, size: pt(12), bold: true, italics: false, color: '000000' },
        paragraph: { alignment: 'left', spacing: { before: tw(12), after: 0 }, keepNext: true, keepLines: true },
      },
    },
    paragraphStyles: [
      para(STYLE.tableTitle, 'Table Title', {
        basedOn: STYLE.caption,
        run: { bold: false, italics: true },
        paragraph: { spacing: { before: 0, after: tw(6) }, keepNext: true },
      }),
      para(STYLE.tableText, 'Table Text', {
        run: { size: pt(10) },
        paragraph: { spacing: { before: tw(1), after: tw(1), line: 240, lineRule: LineRuleType.AUTO } },
      }),
      para(STYLE.tableNote, 'Table Note', {
        run: { size: pt(10) },
        paragraph: {
          alignment: 'left',
          spacing: { before: tw(4), after: tw(12), line: 240, lineRule: LineRuleType.AUTO },
        },
      }),
      para(STYLE.figure, 'Figure', {
        paragraph: { alignment: 'center', spacing: { before: tw(6), after: tw(4) }, keepNext: true },
      }),
      para(STYLE.authors, 'Author', { paragraph: { alignment: 'center', spacing: { after: tw(4) } } }),
      para(STYLE.affiliation, 'Affiliation', {
        run: { size: pt(10) },
        paragraph: { alignment: 'center', spacing: { after: tw(2) } },
      }),
      para(STYLE.abstractHeading, 'Abstract Title', {
        run: { bold: true },
        paragraph: { alignment: 'center', spacing: { before: tw(12), after: tw(4) }, keepNext: true },
      }),
      para(STYLE.abstract, 'Abstract', {
        run: { size: pt(11) },
        paragraph: { alignment: 'both', indent: { left: 567, right: 567 }, spacing: { after: tw(4) } },
      }),
      para(STYLE.keywords, 'Keywords', {
        basedOn: STYLE.abstract,
        // Left: a justified line of short keywords spreads them far apart.
        paragraph: { alignment: 'left', spacing: { after: tw(12) } },
      }),
      para(STYLE.bibliography, 'Bibliography', {
        // Left-aligned: a justified entry would stretch the spaces around a long DOI.
        paragraph: { alignment: 'left', indent: { left: 720, hanging: 720 }, spacing: { after: tw(6) } },
      }),
      para(STYLE.quote, 'Quote', { paragraph: { indent: { left: 720, right: 720 } } }),
    ],
  };
}

/** A4, 2.5 cm margins (1418 twips ≈ 2.5 cm), in twips. */
export const PAGE = { width: 11906, height: 16838, margin: 1418 };
/** Text width in twips: tables span it, the footer's page number sits at its end. */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
