/** Extractors: HTML, Markdown, plain text, PDF line rebuilding, Word. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeEntities, htmlToText } from '../../src/check/extractors/html.ts';
import { stripMarkdownLine } from '../../src/check/extractors/markdown.ts';
import { decodeText } from '../../src/check/extractors/text.ts';
import { linesFromItems, pdfToText } from '../../src/check/extractors/pdf.ts';
import { extractFile, EXTRACTORS } from '../../src/check/extractors/index.ts';

const fixtures = join(import.meta.dirname, 'fixtures');

describe('HTML', () => {
  it('decodes named and numeric entities', () => {
    expect(decodeEntities('&chi;&sup2;(2) = 3,84; p &lt; 0,001 &amp; Z = &minus;2,81 &#8211; &#x3c7; &unknown;')).toBe(
      'χ²(2) = 3,84; p < 0,001 & Z = −2,81 – χ &unknown;',
    );
  });

  it('strips tags, keeps inline text together and ends blocks with lines', () => {
    const { text, lines } = htmlToText(
      '<html><head><title>x</title><style>p{}</style></head>\n<body>\n<p>Stres turun, <em>t</em>(95) = 8,62;\n<em>p</em> &lt; 0,001.</p>\n<p>Kedua<br>baris</p>\n</body></html>',
    );
    expect(text).toBe('Stres turun, t(95) = 8,62; p < 0,001.\n\nKedua\nbaris');
    expect(lines).toEqual([3, 4, 5, 5]);
  });

  it('writes table rows as tab-separated lines, padding colspan and rowspan', () => {
    const { text } = htmlToText(
      '<table><tr><th rowspan="2">Kategori</th><th colspan="2">Sebelum</th><th>x</th></tr><tr><th>n</th><th>%</th><th>y</th></tr>' +
        '<tr><td colspan="4">Jenis kelamin</td></tr><tr><td>Laki-laki</td><td>32</td><td>33,3</td><td></td></tr></table>',
    );
    expect(text.split('\n')).toEqual([
      'Kategori\tSebelum\t\tx',
      '\tn\t%\ty',
      'Jenis kelamin\t\t\t',
      'Laki-laki\t32\t33,3\t',
    ]);
  });

  it('skips scripts, styles and SVG charts', () => {
    const { text } = htmlToText('<p>a</p><script>t(1) = 9</script><svg><text>p = .999</text></svg><p>b</p>');
    expect(text).toBe('a\n\nb');
  });
});

describe('Markdown', () => {
  it('removes inline markup but keeps the line', () => {
    expect(
      stripMarkdownLine('## Hasil *t*(95) = 8,62; _p_ < 0,001; **d** = 0,88 [lihat](#x) <sup>2</sup> `kode`'),
    ).toBe('Hasil t(95) = 8,62; p < 0,001; d = 0,88 lihat 2 kode');
    expect(stripMarkdownLine('skor pss_pre dan pss_post')).toBe('skor pss_pre dan pss_post');
    expect(stripMarkdownLine('| Rendah | 35 | 36,5 |')).toBe('| Rendah | 35 | 36,5 |');
  });
});

describe('text', () => {
  it('reads UTF-8 with a BOM, and Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeText(Buffer.from('\uFEFFχ² = 3,84', 'utf8'))).toBe('χ² = 3,84');
    expect(decodeText(Buffer.from([0x74, 0x20, 0x96, 0x20, 0x31]))).toBe('t – 1');
  });
});

describe('PDF', () => {
  const item = (str: string, x: number, y: number, width: number, size = 10) => ({ str, x, y, width, size });

  it('rebuilds lines by baseline, keeps superscripts on their line, and turns column gaps into tabs', () => {
    const lines = linesFromItems([
      item('χ', 10, 100, 5),
      item('2', 15, 103, 3),
      item('(2) = 3,84', 18.5, 100, 40),
      item('Rendah', 10, 80, 30),
      item(' ', 40, 80, 60),
      item('35', 100, 80, 10),
      item('36,5', 150, 80, 15),
      item('t', 10, 60, 3),
      item('(95)', 13.2, 60, 15),
      item('= 8,62', 29.5, 60, 25),
    ]);
    expect(lines).toEqual(['χ2(2) = 3,84', 'Rendah\t35\t36,5', 't(95) = 8,62']);
  });

  it('reads a PDF printed by Chromium, with pages and lines on the page', async () => {
    const { text, pages, lines } = await pdfToText(new Uint8Array(readFileSync(join(fixtures, 'article-en.pdf'))));
    const all = text.split('\n');
    const i = all.findIndex((l) => l.startsWith('Low'));
    expect(all[i]).toBe('Low\t35\t36.5');
    expect(pages![i]).toBe(2);
    expect(lines![i]).toBeGreaterThan(1);
    expect(all.some((l) => l.includes('χ2(2) = 3.84, p = .050.'))).toBe(true);
  });
});

describe('Word', () => {
  it('reads paragraphs and table rows', async () => {
    const { text } = await extractFile(join(fixtures, 'skripsi-id.docx'));
    const all = text.split('\n').map((l) =>
      l
        .split('\t')
        .map((c) => c.trim())
        .join('\t'),
    );
    expect(all).toContain('Hasil uji t berpasangan diperoleh t = 8,624; df = 95; p = 0,000.');
    expect(all).toContain('Jumlah\t96\t100,0');
  });
});

describe('registry', () => {
  it('has one extractor per file type, each extension once', () => {
    const exts = EXTRACTORS.flatMap((e) => e.extensions);
    expect(new Set(exts).size).toBe(exts.length);
    for (const e of ['.txt', '.md', '.html', '.pdf', '.docx']) expect(exts).toContain(e);
  });
});
