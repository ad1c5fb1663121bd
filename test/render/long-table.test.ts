/**
 * Long tables in print: a table with more than LONG_TABLE_ROWS body rows is marked `long`
 * and may break across pages with its header row repeated; a short one is kept whole.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LONG_TABLE_ROWS, tableToHast } from '../../src/render/table.ts';
import type { TableModel } from '../../src/report/document.ts';
import { REPO } from '../helpers/tmp.ts';

const table = (rows: number): TableModel => ({
  key: 't',
  caption: 'Caption',
  head: [[{ text: 'Item' }, { text: 'n' }]],
  rows: Array.from({ length: rows }, (_, i) => ({ cells: [{ text: `row ${i + 1}` }, { text: String(i) }] })),
  notes: [],
});

describe('long tables', () => {
  it('marks a table longer than the limit, and only such a table', () => {
    expect(tableToHast(table(LONG_TABLE_ROWS + 1), 'Table 1', 'Note').properties.className).toEqual([
      'naskah-table',
      'long',
    ]);
    expect(tableToHast(table(LONG_TABLE_ROWS), 'Table 1', 'Note').properties.className).toEqual(['naskah-table']);
  });

  it.each(['article', 'skripsi'])('the %s template repeats the header row and lets only a long table break', (name) => {
    const css = readFileSync(join(REPO, 'templates', name, 'style.css'), 'utf8');
    expect(css).toContain('.naskah-table thead { display: table-header-group; }');
    expect(css).toMatch(/\.naskah-table \{[^}]*break-inside: avoid;/);
    expect(css).toContain('.naskah-table.long { break-inside: auto; page-break-inside: auto; }');
  });
});
