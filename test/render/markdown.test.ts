/**
 * The HTML serialiser of resolved trees: naskah's nodes become the APA table, the figure
 * with its SVG, and plain text for references and citations; the tree it reads is left as
 * it was, for the next serialiser.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolvedToHtml } from '../../src/render/markdown.ts';
import { resolveDocument } from '../../src/report/directives/index.ts';
import type { Document } from '../../src/report/document.ts';
import { asnMetroDocument } from '../report/directives/helpers.ts';

let doc: Document;
beforeAll(() => {
  doc = asnMetroDocument('en');
});

function resolved(markdown: string) {
  const r = resolveDocument({
    ...doc,
    body: [{ file: 'manuscript/en.md', markdown }],
    abstracts: [],
    declarations: [],
  });
  expect(r.problems).toEqual([]);
  return r.body;
}

describe('resolvedToHtml', () => {
  it('writes cross-references and citations as text, tables and figures as their blocks', () => {
    const tree = resolved(
      'See :ref[kategori] and :figref[pre_post] [@cohen1983pss].\n\n::table[kategori]\n\n::figure[pre_post]',
    );
    const html = resolvedToHtml(tree, { pre_post: '<svg id="chart"></svg>' });
    expect(html).toContain('<p>See Table 1 and Figure 1 (Cohen et al., 1983).</p>');
    expect(html).toContain(
      `<div class="naskah-table" id="table-kategori"><table><caption><span class="label">Table 1</span><span class="title">${doc.tables.kategori!.caption}</span></caption>`,
    );
    expect(html).toContain(
      `<figure class="naskah-figure" id="figure-pre_post"><svg id="chart" role="img" aria-labelledby="figure-pre_post-title" aria-describedby="figure-pre_post-desc"><title id="figure-pre_post-title">Figure 1 ${doc.figures.pre_post!.caption}</title><desc id="figure-pre_post-desc">${doc.figures.pre_post!.alt}</desc></svg><figcaption><span class="label">Figure 1</span> ${doc.figures.pre_post!.caption}</figcaption></figure>`,
    );
    expect(html).not.toContain('data-naskah-block');
  });

  it('leaves the resolved tree unchanged', () => {
    const tree = resolved('Stress (:stat[pre_post]) [@cohen1983pss].\n\n::table[pre_post]');
    const before = JSON.stringify(tree);
    resolvedToHtml(tree);
    expect(JSON.stringify(tree)).toBe(before);
  });

  it('sanitises authored links and escapes text', () => {
    const html = resolvedToHtml(resolved('A [link](javascript:alert(1)) and 1 < 2 & "q".'));
    expect(html).toBe('<p>A <a>link</a> and 1 &#x3C; 2 &#x26; "q".</p>');
  });
});
