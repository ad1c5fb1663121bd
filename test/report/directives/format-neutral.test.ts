/**
 * Resolution is format-neutral: the resolved tree of a real manuscript holds no raw HTML
 * and no directives, only mdast and naskah's documented nodes, and a serialiser that knows
 * nothing of HTML (the plain-text one in helpers.ts) prints the manuscript's sentences
 * with their numbers and citations resolved.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type ResolvedDocument, resolveDocument } from '../../../src/report/directives/index.ts';
import type { Document } from '../../../src/report/document.ts';
import { asnMetroDocument, plainText } from './helpers.ts';

/** Every node of a tree, and every string anywhere in it (node fields and the table and figure models). */
function walk(value: unknown, nodes: { type: string }[], strings: string[]): void {
  if (typeof value === 'string') strings.push(value);
  else if (Array.isArray(value)) for (const v of value) walk(v, nodes, strings);
  else if (value && typeof value === 'object') {
    if ('type' in value && typeof value.type === 'string') nodes.push(value as { type: string });
    for (const v of Object.values(value)) walk(v, nodes, strings);
  }
}

let doc: Document;
let resolved: ResolvedDocument;
beforeAll(() => {
  doc = asnMetroDocument('en');
  // Authored raw HTML, which no output format may carry.
  const authored = doc.body[0]!;
  doc = {
    ...doc,
    body: [
      {
        file: authored.file,
        markdown: `${authored.markdown}\n\n<script>alert(1)</script>\n\nSee <b>this</b> and <a href="x">that</a>.\n`,
      },
    ],
  };
  resolved = resolveDocument(doc);
});

describe('the resolved tree', () => {
  it('resolves without problems', () => {
    expect(resolved.problems).toEqual([]);
  });

  it('holds no raw HTML and no directives, anywhere', () => {
    const nodes: { type: string }[] = [];
    const strings: string[] = [];
    walk([resolved.body, ...resolved.abstracts.flatMap((a) => a.paragraphs)], nodes, strings);
    const types = new Set(nodes.map((n) => n.type));
    expect(types.has('html')).toBe(false);
    for (const t of ['textDirective', 'leafDirective', 'containerDirective']) expect(types.has(t)).toBe(false);
    expect(strings.filter((s) => /<\/?[a-z][a-z0-9]*[\s/>]/i.test(s))).toEqual([]);
    // The reference list is text runs from the citation engine, with no markup in them either.
    expect(resolved.references.length).toBeGreaterThan(0);
    const runs = resolved.references.flatMap((r) => r.runs.map((x) => x.text));
    expect(runs.filter((s) => /<\/?[a-z][a-z0-9]*[\s/>]/i.test(s))).toEqual([]);
    // The resolved nodes are there, and no serialiser's hints (hName, hProperties) ride on them.
    for (const t of ['naskahTable', 'naskahFigure', 'naskahXref', 'naskahCitation']) expect(types.has(t)).toBe(true);
    expect(strings.join(' ')).not.toMatch(/dataNaskahBlock/);
    const hinted = nodes.filter((n) => {
      const data = (n as { data?: Record<string, unknown> }).data;
      return data !== undefined && ('hName' in data || 'hProperties' in data || 'hChildren' in data);
    });
    expect(hinted).toEqual([]);
  });

  it('prints, as plain text, the sentences of the manuscript with their statistics, numbers and citations', () => {
    const text = plainText(resolved.body);
    // Values as published for this study (test/expected/asn-metro/en.txt; oracle: paired t on PSS-10, n = 96).
    expect(text).toContain(
      "Participants' perceived stress was lower after the training than before it\n(t(95) = 8.62, p < .001, d = 0.88).",
    );
    expect(text).toContain('The mean difference of 4.03 points on the 0–40');
    expect(text).toContain('(Table 3)');
    expect(text).toContain('exceeding the resources\na person has to meet them (Lazarus & Folkman, 1984).');
    expect(text).toContain('See this and that.');
    expect(text).not.toContain('alert(1)');
    expect(resolved.tableNumbers).toMatchObject({ kategori: '3', pre_post: '4' });
    expect(resolved.cited).toContain('lazarus1984stress');
  });
});
