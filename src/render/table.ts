/**
 * A TableModel → hast: an APA-style table (number and caption above, horizontal rules
 * only, notes below). Every text is a hast text node, so study-provided labels are
 * escaped by the serialiser.
 */
import type { Element, ElementContent } from 'hast';
import type { TableCell, TableModel } from '../report/document.ts';

const text = (value: string): ElementContent => ({ type: 'text', value });

function cell(tag: 'th' | 'td', c: TableCell): Element {
  const className: string[] = [];
  if (c.align) className.push(`align-${c.align}`);
  if (c.indent) className.push(`indent-${c.indent}`);
  if (c.strong) className.push('strong');
  const properties: Record<string, unknown> = {};
  if (className.length) properties.className = className;
  if (c.colspan && c.colspan > 1) properties.colSpan = c.colspan;
  if (c.rowspan && c.rowspan > 1) properties.rowSpan = c.rowspan;
  return { type: 'element', tagName: tag, properties: properties as Element['properties'], children: [text(c.text)] };
}

/**
 * Body rows above which a table may break across pages (its header row repeats on every
 * page): about what one A4 page holds, so a table that fits a page is kept whole with its
 * caption and note, and one that cannot fit starts at once instead of leaving the page
 * before it half empty.
 */
export const LONG_TABLE_ROWS = 35;

function isLong(table: TableModel): boolean {
  return table.rows.length > LONG_TABLE_ROWS;
}

export function tableToHast(table: TableModel, label: string, noteLabel: string): Element {
  const thead: Element = {
    type: 'element',
    tagName: 'thead',
    properties: {},
    children: table.head.map((row) => ({
      type: 'element',
      tagName: 'tr',
      properties: {},
      children: row.map((c) => cell('th', c)),
    })),
  };
  const tbody: Element = {
    type: 'element',
    tagName: 'tbody',
    properties: {},
    children: table.rows.map((row) => ({
      type: 'element',
      tagName: 'tr',
      properties: row.kind ? { className: [`row-${row.kind}`] } : {},
      children: row.cells.map((c) => cell('td', c)),
    })),
  };
  const caption: Element = {
    type: 'element',
    tagName: 'caption',
    properties: {},
    children: [
      { type: 'element', tagName: 'span', properties: { className: ['label'] }, children: [text(label)] },
      { type: 'element', tagName: 'span', properties: { className: ['title'] }, children: [text(table.caption)] },
    ],
  };
  const children: ElementContent[] = [
    { type: 'element', tagName: 'table', properties: {}, children: [caption, thead, tbody] },
  ];
  if (table.notes.length) {
    children.push({
      type: 'element',
      tagName: 'p',
      properties: { className: ['table-note'] },
      children: [
        { type: 'element', tagName: 'em', properties: {}, children: [text(`${noteLabel}.`)] },
        text(` ${table.notes.join(' ')}`),
      ],
    });
  }
  return {
    type: 'element',
    tagName: 'div',
    properties: {
      className: ['naskah-table', ...(table.size ? [table.size] : []), ...(isLong(table) ? ['long'] : [])],
      id: `table-${table.key}`,
    },
    children,
  };
}
