/**
 * naskah's own Word styles: the look of a .docx when the study names no reference
 * document. Paragraphs use Word's standard style ids (Normal, Title, Heading1–3, Caption,
 * FootnoteText, Bibliography …) so that a journal's reference .docx, whose styles.xml
 * replaces these, restyles the whole manuscript (reference.ts).
 */
import { type IStylesOptions, LineRuleType } from 'docx';
import type { PageLayout } from '../template.ts';

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
  /** A thesis' body paragraph: first line indented (Word's "Body Text"). */
  bodyText: 'BodyText',
};

/** The page in twips, from a template's `page:` (template.yaml) or naskah's article page. */
export interface PageGeometry {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  font: string;
  /** Body size in half-points. */
  size: number;
  /** Body line spacing in 240ths of a line (Word's "auto" rule). */
  line: number;
}

/** Millimetres → twips. */
const mm = (n: number) => Math.round((n / 25.4) * 1440);

export function pageGeometry(page?: PageLayout): PageGeometry {
  if (!page)
    return {
      width: PAGE.width,
      height: PAGE.height,
      margin: { top: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin },
      font: FONT,
      size: pt(12),
      line: 276,
    };
  return {
    // template.yaml knows A4 only.
    width: PAGE.width,
    height: PAGE.height,
    margin: {
      top: mm(page.margins.top),
      right: mm(page.margins.right),
      bottom: mm(page.margins.bottom),
      left: mm(page.margins.left),
    },
    font: page.font,
    size: Math.round(page.fontSize * 2),
    line: Math.round(page.lineSpacing * 240),
  };
}

export const textWidthOf = (g: PageGeometry) => g.width - g.margin.left - g.margin.right;

/**
 * `page`: the page's font, size and line spacing (naskah's article page unless a template
 * gives one); `thesis`: a skripsi's styles (thesisStyles).
 */
export function naskahStyles(lang: string, page: PageGeometry = pageGeometry(), thesis = false): IStylesOptions {
  if (thesis) return thesisStyles(lang, page);
  const font = page.font;
  return {
    default: {
      document: {
        run: { font, size: page.size, language: { value: lang } },
        // Justified, as the HTML layout sets its paragraphs.
        paragraph: { alignment: 'both', spacing: { after: tw(6), line: page.line, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font, size: pt(16), bold: true, color: '000000' },
        paragraph: { alignment: 'center', spacing: { before: 0, after: tw(12) } },
      },
      heading1: {
        run: { font, size: pt(13), bold: true, color: '000000' },
        paragraph: { alignment: 'left', spacing: { before: tw(16), after: tw(6) }, keepNext: true, keepLines: true },
      },
      heading2: {
        run: { font, size: pt(12), bold: true, color: '000000' },
        paragraph: { alignment: 'left', spacing: { before: tw(12), after: tw(4) }, keepNext: true, keepLines: true },
      },
      heading3: {
        run: { font, size: pt(12), bold: true, italics: true, color: '000000' },
        paragraph: { alignment: 'left', spacing: { before: tw(10), after: tw(4) }, keepNext: true, keepLines: true },
      },
      // APA: the table or figure number in bold on its own line, the title in italics below it.
      caption: {
        run: { font, size: pt(12), bold: true, italics: false, color: '000000' },
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

const para = (id: string, name: string, options: Record<string, unknown>) => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  ...options,
});

/**
 * The skripsi as the HTML template lays it out (templates/skripsi/style.css) and most
 * faculty guidelines ask: the body in the page's font, size and line spacing (12 pt, 1.5
 * lines), justified, first lines indented 1.25 cm and no space between paragraphs; the
 * title, chapter and abstract headings centred in capitals; captions centred; tables,
 * notes, abstracts and the reference list single-spaced or nearly.
 */
function thesisStyles(lang: string, page: PageGeometry): IStylesOptions {
  const font = page.font;
  const single = { line: 240, lineRule: LineRuleType.AUTO };
  const tight = { line: 276, lineRule: LineRuleType.AUTO };
  const heading = { font, size: page.size, bold: true, color: '000000' };
  return {
    default: {
      document: {
        run: { font, size: page.size, language: { value: lang } },
        paragraph: {
          alignment: 'both',
          spacing: { before: 0, after: 0, line: page.line, lineRule: LineRuleType.AUTO },
        },
      },
      title: {
        run: { ...heading, size: pt(14), allCaps: true },
        paragraph: { alignment: 'center', spacing: { before: 0, after: tw(24) } },
      },
      heading1: {
        run: { ...heading, allCaps: true },
        paragraph: { alignment: 'center', spacing: { before: 0, after: tw(18) }, keepNext: true, keepLines: true },
      },
      heading2: {
        run: heading,
        paragraph: { alignment: 'left', spacing: { before: tw(12), after: 0 }, keepNext: true, keepLines: true },
      },
      heading3: {
        run: { ...heading, italics: true },
        paragraph: { alignment: 'left', spacing: { before: tw(12), after: 0 }, keepNext: true, keepLines: true },
      },
      caption: {
        run: { font, size: page.size, bold: false, italics: false, color: '000000' },
        paragraph: {
          alignment: 'center',
          spacing: { before: tw(12), after: tw(6), line: 312, lineRule: LineRuleType.AUTO },
          keepNext: true,
          keepLines: true,
        },
      },
    },
    paragraphStyles: [
      para(STYLE.bodyText, 'Body Text', { paragraph: { indent: { firstLine: 709 } } }),
      para(STYLE.tableTitle, 'Table Title', { basedOn: STYLE.caption, paragraph: { spacing: { before: 0 } } }),
      para(STYLE.tableText, 'Table Text', {
        run: { size: pt(11) },
        paragraph: { alignment: 'left', spacing: { before: tw(1), after: tw(1), ...single } },
      }),
      para(STYLE.tableNote, 'Table Note', {
        run: { size: pt(10) },
        paragraph: { alignment: 'left', spacing: { before: tw(3), after: tw(12), ...tight } },
      }),
      para(STYLE.figure, 'Figure', {
        // Single: Word's "auto" spacing would set a 1.5-line gap above the picture.
        paragraph: { alignment: 'center', spacing: { before: tw(12), after: 0, ...single }, keepNext: true },
      }),
      para(STYLE.authors, 'Author', { paragraph: { alignment: 'center', spacing: { after: tw(6) } } }),
      para(STYLE.affiliation, 'Affiliation', { paragraph: { alignment: 'center' } }),
      para(STYLE.abstractHeading, 'Abstract Title', {
        run: { bold: true, allCaps: true },
        paragraph: { alignment: 'center', spacing: { after: tw(12) }, keepNext: true },
      }),
      para(STYLE.abstract, 'Abstract', { paragraph: { spacing: { after: tw(6), ...tight } } }),
      para(STYLE.keywords, 'Keywords', {
        basedOn: STYLE.abstract,
        paragraph: { alignment: 'left', spacing: { before: tw(12) } },
      }),
      para(STYLE.bibliography, 'Bibliography', {
        paragraph: { alignment: 'left', indent: { left: 709, hanging: 709 }, spacing: { after: tw(12), ...tight } },
      }),
      para(STYLE.quote, 'Quote', { paragraph: { indent: { left: 720, right: 720 }, spacing: tight } }),
    ],
  };
}

/** A4, 2.5 cm margins (1418 twips ≈ 2.5 cm), in twips. */
export const PAGE = { width: 11906, height: 16838, margin: 1418 };
/** Text width in twips: tables span it, the footer's page number sits at its end. */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
