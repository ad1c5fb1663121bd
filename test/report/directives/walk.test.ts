/** The directive passes' tree walk follows unist-util-visit's protocol (the library it replaced). */
import { SKIP as VISIT_SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/report/directives/parse.ts';
import { SKIP, walk } from '../../../src/report/directives/walk.ts';

const TEXT = `# Hasil

Teks :stat[a] dan :value[b.c] di sini, *miring :ref[t]* lalu **tebal**.

::table[t]

::section[results]

- satu :stat[x]
- dua

> kutipan :figref[f]
`;

describe('walk', () => {
  it('visits the same nodes in the same order as unist-util-visit, with the same indexes', () => {
    const seen = (run: (f: (n: { type: string }, i?: number, p?: { type: string }) => void) => void) => {
      const out: string[] = [];
      run((n, i, p) => out.push(`${n.type}@${i ?? '-'} in ${p?.type ?? '-'}`));
      return out;
    };
    const a = parseMarkdown(TEXT);
    const b = parseMarkdown(TEXT);
    const ours = seen((f) => walk(a, (n, i, p) => void f(n, i, p)));
    const theirs = seen((f) => visit(b, (n, i, p) => void f(n, i, p)));
    expect(ours).toEqual(theirs);
    expect(ours.length).toBeGreaterThan(20);
  });

  it('replaces, removes and skips as unist-util-visit does', () => {
    // Every text directive becomes two text nodes (whose children are not walked); every
    // leaf directive is removed; emphasis is not entered. The trees and the visits must agree.
    const a = parseMarkdown(TEXT);
    const b = parseMarkdown(TEXT);
    const log: string[][] = [[], []];
    walk(a, (node, index, parent) => {
      log[0]!.push(node.type);
      if (node.type === 'emphasis') return SKIP;
      if (!parent || index === undefined) return undefined;
      if (node.type === 'textDirective') {
        parent.children.splice(index, 1, { type: 'text', value: `[${node.name}` }, { type: 'text', value: ']' });
        return [SKIP, index + 2];
      }
      if (node.type === 'leafDirective') {
        parent.children.splice(index, 1);
        return index;
      }
      return undefined;
    });
    visit(b, (node, index, parent) => {
      log[1]!.push(node.type);
      if (node.type === 'emphasis') return VISIT_SKIP;
      if (!parent || index === undefined) return undefined;
      if (node.type === 'textDirective') {
        parent.children.splice(index, 1, { type: 'text', value: `[${node.name}` }, { type: 'text', value: ']' });
        return [VISIT_SKIP, index + 2];
      }
      if (node.type === 'leafDirective') {
        parent.children.splice(index, 1);
        return index;
      }
      return undefined;
    });
    expect(a).toEqual(b);
    expect(log[0]).toEqual(log[1]);
    expect(JSON.stringify(a)).not.toContain('leafDirective');
    // The directive inside the emphasis was not reached.
    expect(JSON.stringify(a)).toContain('"name":"ref"');
  });

  it('with a type, calls the visitor on that type only', () => {
    const tree = parseMarkdown(TEXT);
    const names: string[] = [];
    walk(tree, 'textDirective', (node) => void names.push(node.name));
    expect(names).toEqual(['stat', 'value', 'ref', 'stat', 'figref']);
  });
});
