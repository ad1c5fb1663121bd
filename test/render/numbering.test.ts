/** The numbering schemes the templates choose (src/report/numbering.ts), fed headings and blocks in reading order. */
import { describe, expect, it } from 'vitest';
import { en, id } from '../../src/report/locale/chapters.ts';
import { createNumberer, roman } from '../../src/report/numbering.ts';

describe('sequential (article)', () => {
  it('numbers tables and figures 1, 2, 3 each and leaves headings alone', () => {
    const n = createNumberer({ kind: 'sequential' });
    expect(n.heading(2, 'results')).toEqual({ depth: 2 });
    expect([n.block('table'), n.block('table'), n.block('figure'), n.block('table')]).toEqual(['1', '2', '1', '3']);
  });
});

describe('chapter (skripsi)', () => {
  const scheme = { kind: 'chapter' as const, chapters: { methods: 3, results: 4, conclusion: 5 } };

  it('walks a skripsi: BAB I authored, BAB III–V generated, discussion inside BAB IV', () => {
    const n = createNumberer(scheme, id);
    const seen: unknown[] = [];
    seen.push(n.heading(2)); // ## Pendahuluan
    seen.push(n.heading(3)); // ### Latar belakang
    seen.push(n.heading(2, 'methods'));
    seen.push(n.heading(3, 'methods'), n.heading(3, 'methods'));
    seen.push(n.heading(2, 'results'));
    const blocks = [n.block('table'), n.block('table'), n.block('figure')];
    seen.push(n.heading(2)); // ## Pembahasan (authored, inside BAB IV)
    seen.push(n.heading(3)); // ### Keterbatasan
    seen.push(n.heading(2, 'conclusion'));
    seen.push(n.heading(2)); // ## Saran
    const table5 = n.block('table');
    expect(seen).toEqual([
      { depth: 2, chapterLabel: 'BAB I' },
      { depth: 3, number: '1.1' },
      { depth: 2, chapterLabel: 'BAB III', text: 'Metode Penelitian' },
      { depth: 3, number: '3.1' },
      { depth: 3, number: '3.2' },
      { depth: 2, chapterLabel: 'BAB IV', text: 'Hasil dan Pembahasan' },
      { depth: 3, number: '4.1' },
      { depth: 4, number: '4.1.1' },
      { depth: 2, chapterLabel: 'BAB V', text: 'Simpulan dan Saran' },
      { depth: 3, number: '5.1' },
    ]);
    expect(blocks).toEqual(['4.1', '4.2', '4.1']);
    expect(table5).toBe('5.1');
  });

  it('in English: CHAPTER IV Results and Discussion', () => {
    const n = createNumberer(scheme, en);
    expect(n.heading(2, 'results')).toEqual({ depth: 2, chapterLabel: 'CHAPTER IV', text: 'Results and Discussion' });
  });

  it('numbers blocks before any chapter plainly', () => {
    expect(createNumberer(scheme, id).block('figure')).toBe('1');
  });

  it('writes Roman numerals', () => {
    expect([1, 3, 4, 5, 9, 14, 40, 1990].map(roman)).toEqual(['I', 'III', 'IV', 'V', 'IX', 'XIV', 'XL', 'MCMXC']);
  });
});
