/**
 * A TableModel → an editable Word table in APA style: horizontal rules only (above the
 * table, under the header, under a spanner heading, above a total row, below the table),
 * the header rows repeated on every page the table runs onto, rows that do not break
 * across pages, numbers aligned as the HTML aligns them. The number and title go above
 * it as caption paragraphs, the notes below it in the note style.
 */
import {
  AlignmentType,
  BorderStyle,
  type IBorderOptions,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { TableCell as CellModel, TableModel } from '../../report/document.ts';
import { captionLine, captionNumber } from './caption.ts';
import { STYLE } from './styles.ts';

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
/** Border widths in eighths of a point: 1 pt outer rules, 0.75 pt under the header, 0.5 pt under spanners. */
const rule = (eighths: number): IBorderOptions => ({ style: BorderStyle.SINGLE, size: eighths, color: '000000' });

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

interface CellRules {
  top?: IBorderOptions;
  bottom?: IBorderOptions;
}

/** Cell margins left and right, in twips. */
const CELL_MARGIN = 85;

/**
 * Column widths in twips summing to the text width, in proportion to what each column
 * holds: its longest body text and the longest word of its heading (headings may wrap,
 * numbers and short labels should not). Word and LibreOffice then lay the table out alike.
 * A column of numbers is never narrower than its longest number set in `size` (half-points)
 * needs, as the HTML keeps numbers on one line: on a narrow page (the skripsi's 14 cm) the
 * columns of words give up the room.
 */
export function columnWidths(table: TableModel, textWidth: number, size = 20): number[] {
  const weights: number[] = [];
  /**
   * Characters a column needs on one line, by how much may wrap: the whole of every
   * right-aligned (number) cell; of the short ones only ("< 0,001", not "14,73 (4,59)");
   * the longest word of every cell (and of the heading).
   */
  const needs: number[][] = [[], [], []];
  const measure = (rows: CellModel[][], header: boolean) => {
    const taken: number[] = [];
    for (const row of rows) {
      let col = 0;
      for (const c of row) {
        while ((taken[col] ?? 0) > 0) col++;
        const span = c.colspan ?? 1;
        const length = header
          ? Math.max(...c.text.split(/\s+/).map((w) => w.length))
          : c.text.length + 2 * (c.indent ?? 0);
        if (span === 1) weights[col] = Math.max(weights[col] ?? 3, Math.min(length, 28));
        if (span === 1) {
          const word = Math.max(...c.text.split(/\s+/).map((w) => w.length));
          // A heading wraps between its words, never inside one ("Differen-ce").
          const number = !header && c.align === 'right';
          const tiers = [number ? c.text.length : word, number && c.text.length <= 8 ? c.text.length : word, word];
          tiers.forEach((n, t) => {
            needs[t]![col] = Math.max(needs[t]![col] ?? 0, n + (c.indent ?? 0) * 3);
          });
        }
        for (let k = 0; k < span; k++) {
          weights[col + k] ??= 3;
          if ((c.rowspan ?? 1) > 1) taken[col + k] = c.rowspan!;
        }
        col += span;
      }
      for (let k = 0; k < taken.length; k++) if ((taken[k] ?? 0) > 0) taken[k]!--;
    }
  };
  measure(table.head, true);
  measure(
    table.rows.filter((r) => r.kind !== 'group').map((r) => r.cells),
    false,
  );
  // Room for the cell margins on either side of each text.
  const padded = weights.map((w) => w + 2);
  const total = padded.reduce((a, b) => a + b, 0);
  let widths = padded.map((w) => (w / total) * textWidth);
  // An average character of a serif at `size` is about 0.55 em wide (digits 0.5 em).
  const least = needs
    .map((tier) => padded.map((_, i) => (tier[i] ?? 0) * size * 5.5 + 2 * CELL_MARGIN))
    .find((tier) => tier.reduce((a, b) => a + b, 0) <= textWidth);
  if (least) {
    // Columns below their least width get it; the others share what is left by weight, until none falls short.
    const fixed = new Set<number>();
    for (let round = 0; round < padded.length; round++) {
      const short = widths.findIndex((w, i) => !fixed.has(i) && w < least[i]!);
      if (short < 0) break;
      for (const [i, w] of widths.entries()) if (!fixed.has(i) && w < least[i]!) fixed.add(i);
      const left = textWidth - [...fixed].reduce((a, i) => a + least[i]!, 0);
      const free = padded.reduce((a, w, i) => (fixed.has(i) ? a : a + w), 0);
      widths = padded.map((w, i) => (fixed.has(i) ? least[i]! : (w / free) * left));
    }
  }
  const whole = widths.map((w) => Math.floor(w));
  whole[whole.length - 1]! += textWidth - whole.reduce((a, b) => a + b, 0);
  return whole;
}

function cell(c: CellModel, rules: CellRules, header: boolean): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        style: STYLE.tableText,
        alignment: ALIGN[c.align ?? 'left'],
        indent: c.indent ? { left: 280 * c.indent } : undefined,
        // Every row keeps with the next, so a table stays on one page with its note when it fits.
        keepNext: true,
        children: [new TextRun({ text: c.text, bold: c.strong || undefined })],
      }),
    ],
    columnSpan: c.colspan && c.colspan > 1 ? c.colspan : undefined,
    rowSpan: c.rowspan && c.rowspan > 1 ? c.rowspan : undefined,
    verticalAlign: header ? VerticalAlignTable.BOTTOM : VerticalAlignTable.TOP,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
    borders: { top: rules.top ?? NONE, bottom: rules.bottom ?? NONE, left: NONE, right: NONE },
  });
}

/** `thesis`: the number and title on one centred line (the skripsi); else APA's two lines. */
export function tableBlocks(
  table: TableModel,
  label: string,
  number: string,
  noteLabel: string,
  textWidth: number,
  thesis = false,
): (Paragraph | Table)[] {
  // The thesis' table text is 11 pt, the article's 10 pt (styles.ts).
  const widths = columnWidths(table, textWidth, thesis ? 22 : 20);
  const headRows = table.head.map(
    (row, r) =>
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: row.map((c) =>
          cell(
            c,
            {
              top: r === 0 ? rule(8) : undefined,
              // The last header row closes the header; a spanner heading gets a rule of its own.
              bottom:
                r + (c.rowspan ?? 1) >= table.head.length ? rule(6) : c.colspan && c.colspan > 1 ? rule(4) : undefined,
            },
            true,
          ),
        ),
      }),
  );
  const last = table.rows.length - 1;
  const bodyRows = table.rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        children: row.cells.map((c) =>
          cell(
            c,
            {
              top: row.kind === 'total' ? rule(6) : undefined,
              bottom: r + (c.rowspan ?? 1) - 1 >= last ? rule(8) : undefined,
            },
            false,
          ),
        ),
      }),
  );
  const caption = thesis
    ? [new Paragraph({ style: STYLE.caption, children: captionLine(label, number, table.caption) })]
    : [
        new Paragraph({ style: STYLE.caption, children: captionNumber(label, number) }),
        new Paragraph({ style: STYLE.tableTitle, children: [new TextRun(table.caption)] }),
      ];
  const blocks: (Paragraph | Table)[] = [
    ...caption,
    new Table({
      rows: [...headRows, ...bodyRows],
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: {
        top: NONE,
        bottom: NONE,
        left: NONE,
        right: NONE,
        insideHorizontal: NONE,
        insideVertical: NONE,
      },
    }),
  ];
  if (table.notes.length)
    blocks.push(
      new Paragraph({
        style: STYLE.tableNote,
        children: [new TextRun({ text: `${noteLabel}.`, italics: true }), new TextRun(` ${table.notes.join(' ')}`)],
      }),
    );
  else blocks.push(new Paragraph({ style: STYLE.tableNote, children: [] }));
  return blocks;
}
