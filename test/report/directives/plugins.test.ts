/**
 * Each directive plugin on its own cases, through resolution only (no HTML): what a
 * directive becomes, and what a mistake reports (rule, place, hint). The results and
 * bibliography are those of studies/asn-metro (pre_post: paired t, meanDiff = 4.03125).
 */
import type { Root, RootContent } from 'mdast';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveDocument } from '../../../src/report/directives/index.ts';
import type { NaskahCitation, NaskahXref } from '../../../src/report/directives/nodes.ts';
import type { Document } from '../../../src/report/document.ts';
import { asnMetroDocument, plainText } from './helpers.ts';

let doc: Document;
beforeAll(() => {
  doc = asnMetroDocument('en');
});

/** Resolves `markdown` as the body of manuscript/en.md (with extra generated sections, if given). */
function resolve(markdown: string, sections: Record<string, string> = {}, file: string | null = 'manuscript/en.md') {
  const r = resolveDocument({
    ...doc,
    body: [{ file: file ?? undefined, markdown }],
    sections: { ...doc.sections, ...sections },
    abstracts: [],
    declarations: [],
  });
  return { ...r, text: plainText(r.body) };
}

function nodesOf<T extends RootContent['type']>(tree: Root, type: T): Extract<RootContent, { type: T }>[] {
  const out: RootContent[] = [];
  const walk = (n: Root | RootContent) => {
    if (n.type === type) out.push(n as RootContent);
    if ('children' in n) for (const c of n.children) walk(c);
  };
  walk(tree);
  return out as Extract<RootContent, { type: T }>[];
}

describe(':stat and :value', () => {
  it('become the APA statistic and the formatted number, as text', () => {
    const r = resolve('Stress fell (:stat[pre_post]) by :value[pre_post.meanDiff]{digits=3} points.');
    expect(r.problems).toEqual([]);
    expect(r.text).toBe('Stress fell (t(95) = 8.62, p < .001, d = 0.88) by 4.031 points.');
  });

  it('report an unknown analysis, a bad path and bad digits where they stand', () => {
    const r = resolve('A :stat[pre_pots] and\nB :value[pre_post.mean] and :value[pre_post.meanDiff]{digits=two}.');
    expect(r.problems.map((p) => [p.code, p.location?.line, p.location?.column])).toEqual([
      ['manuscript/unknown-analysis', 1, 3],
      ['manuscript/unknown-value', 2, 3],
      ['manuscript/bad-attribute', 2, 29],
    ]);
    expect(r.problems[0]!.hint).toBe('Did you mean "pre_post"? Analyses with statistics in this study: pre_post.');
    expect(r.problems[2]!.message).toBe(
      ':value[pre_post.meanDiff]{digits=two}: digits must be a whole number from 0 to 10',
    );
    expect(r.problems[2]!.hint).toBe(
      'Write e.g. {digits=2} for two decimals, or leave digits out for the usual rounding.',
    );
  });
});

describe('::table, ::figure, :ref and :figref', () => {
  it('number blocks in order of first appearance; a reference may come first', () => {
    const r = resolve(
      'See :ref[kategori], :ref[pre_post] and :figref[pre_post].\n\n::table[kategori]\n\n::table[pre_post]\n\n::figure[pre_post]\n\n::table[kategori]',
    );
    expect(r.problems).toEqual([]);
    expect(r.text.split('\n\n')[0]).toBe('See Table 1, Table 2 and Figure 1.');
    expect(r.tableNumbers).toEqual({ kategori: '1', pre_post: '2' });
    expect(r.figureNumbers).toEqual({ pre_post: '1' });
    const tables = nodesOf(r.body, 'naskahTable');
    // A repeated table keeps its number.
    expect(tables.map((t) => [t.key, t.number, t.label])).toEqual([
      ['kategori', '1', 'Table 1'],
      ['pre_post', '2', 'Table 2'],
      ['kategori', '1', 'Table 1'],
    ]);
    expect(tables[0]!.table).toBe(doc.tables.kategori);
    expect(tables[0]!.noteLabel).toBe('Note');
    expect(nodesOf(r.body, 'naskahFigure')[0]!.figure).toBe(doc.figures.pre_post);
    expect(nodesOf(r.body, 'naskahXref').map((x: NaskahXref) => [x.kind, x.key, x.number])).toEqual([
      ['table', 'kategori', '1'],
      ['table', 'pre_post', '2'],
      ['figure', 'pre_post', '1'],
    ]);
  });

  it(':ref names the figure of an analysis whose table is not shown', () => {
    const r = resolve('As :ref[pre_post] shows.\n\n::figure[pre_post]');
    expect(r.text.split('\n\n')[0]).toBe('As Figure 1 shows.');
  });

  it('report unknown blocks and references to blocks the text does not show', () => {
    const r = resolve('::table[kategory]\n\nSee :ref[kategori] and :figref[karakteristik].\n\n::figure[nope]');
    expect(r.problems.map((p) => [p.code, p.location?.line, p.location?.column, p.message])).toEqual([
      ['manuscript/unknown-table', 1, 1, '::table[kategory] refers to no table'],
      ['manuscript/unknown-ref', 3, 5, ':ref[kategori] refers to no table or figure in this manuscript'],
      ['manuscript/unknown-ref', 3, 24, ':figref[karakteristik] refers to no figure in this manuscript'],
      ['manuscript/unknown-figure', 5, 1, '::figure[nope] refers to no figure'],
    ]);
    expect(r.problems[0]!.hint).toMatch(/^Did you mean "kategori"\? Tables in this study: karakteristik, /);
    expect(r.problems[1]!.hint).toBe(
      'The study has a table "kategori", but this text does not show it: add ::table[kategori] or the ::section that shows it.',
    );
    // Nothing unresolved is left behind.
    expect(nodesOf(r.body, 'leafDirective')).toEqual([]);
    expect(nodesOf(r.body, 'textDirective')).toEqual([]);
  });
});

describe('citations', () => {
  it('resolve the parenthetical, year-only, prefixed and narrative forms', () => {
    const r = resolve(
      'Stress [@cohen1983pss], again [-@cohen1983pss], scale [PSS-10; @cohen1983pss; @jacobson1991rci]; @jacobson1991rci showed it; mail a@b.id.',
    );
    expect(r.problems).toEqual([]);
    expect(r.text).toBe(
      'Stress (Cohen et al., 1983), again (1983), scale (PSS-10; Cohen et al., 1983; Jacobson & Truax, 1991); Jacobson and Truax (1991) showed it; mail a@b.id.',
    );
    const cites = nodesOf(r.body, 'naskahCitation');
    expect(cites.map((c: NaskahCitation) => [c.form, c.prefix, c.items.map((i) => [i.key, i.suppressAuthor])])).toEqual(
      [
        ['parenthetical', undefined, [['cohen1983pss', false]]],
        ['parenthetical', undefined, [['cohen1983pss', true]]],
        [
          'parenthetical',
          'PSS-10',
          [
            ['cohen1983pss', false],
            ['jacobson1991rci', false],
          ],
        ],
        ['narrative', undefined, [['jacobson1991rci', false]]],
      ],
    );
    expect(r.cited).toEqual(['cohen1983pss', 'jacobson1991rci']);
    expect(r.references.map((e) => e.key)).toEqual(['cohen1983pss', 'jacobson1991rci']);
  });

  it('report every unknown key at the key, on whichever line of the paragraph it stands', () => {
    const r = resolve('First line [@cohen1983pss].\nSecond line [@cohen1983pas; @jacobsen1991rci] and @nobody2020x.');
    expect(r.problems.map((p) => [p.code, p.location?.line, p.location?.column])).toEqual([
      ['manuscript/unknown-citation', 2, 14],
      ['manuscript/unknown-citation', 2, 29],
      ['manuscript/unknown-citation', 2, 51],
    ]);
    expect(r.problems[0]!.message).toBe("the citation @cohen1983pas is not in the study's references.bib");
    expect(r.problems[0]!.hint).toMatch(/^Did you mean "cohen1983pss"\? Entries in this study: /);
  });

  it('leave text inside directive labels alone', () => {
    const r = resolve(':stat[pre_post] and `@cohen1983pss` in code.');
    expect(r.text).toBe('t(95) = 8.62, p < .001, d = 0.88 and @cohen1983pss in code.');
    expect(r.cited).toEqual([]);
  });
});

describe('::section', () => {
  it('splices the generated section, whose directives and citations resolve too', () => {
    const r = resolve('Intro.\n\n::section[extra]', {
      extra: '## Extra\n\nAs :ref[pre_post] shows [@cohen1983pss].\n\n::table[pre_post]',
    });
    expect(r.problems).toEqual([]);
    expect(r.text).toBe(
      `Intro.\n\nExtra\n\nAs Table 1 shows (Cohen et al., 1983).\n\nTable 1 ${doc.tables.pre_post!.caption}`,
    );
  });

  it('places a problem in generated text at the ::section that included it', () => {
    const r = resolve('Intro.\n\n  ::section[extra]', {
      extra: 'Text [@nobody2020x].\n\n::section[inner]',
      inner: ':stat[none]',
    });
    expect(r.problems.map((p) => [p.code, p.location])).toEqual([
      ['manuscript/unknown-citation', { file: 'manuscript/en.md', line: 3, column: 3 }],
      ['manuscript/unknown-analysis', { file: 'manuscript/en.md', line: 3, column: 3 }],
    ]);
  });

  it('reports an unknown section with the known ones, and a loop once', () => {
    const r = resolve('::section[resluts]\n\n::section[loop]', { loop: '::section[loop]' });
    expect(r.problems.map((p) => [p.code, p.location?.line, p.message])).toEqual([
      ['manuscript/unknown-section', 1, 'unknown generated section "resluts"'],
      ['manuscript/section-loop', 3, 'sections include each other ("loop")'],
    ]);
    expect(r.problems[0]!.hint).toBe('Known sections: methods, results, conclusion, loop.');
  });

  it('names generated text as such, without a line a reader could not open', () => {
    const r = resolve('Generated :stat[none].', {}, null);
    expect(r.problems.map((p) => p.location)).toEqual([{ file: '(generated en text)' }]);
  });
});

describe('anything else', () => {
  it('reports unknown directives, inline and block, and drops raw HTML', () => {
    const r = resolve('A :foo[x] here.\n\n::bar[y]\n\n<div>raw</div>\n\nKept <b>text</b>.');
    expect(r.problems.map((p) => [p.code, p.message, p.location?.line])).toEqual([
      ['manuscript/unknown-directive', 'unknown directive :foo', 1],
      ['manuscript/unknown-directive', 'unknown directive ::bar', 3],
    ]);
    expect(r.problems[0]!.hint).toMatch(/^Inline directives: :stat\[id\]/);
    expect(r.problems[1]!.hint).toMatch(/^Block directives: ::table\[id\]/);
    expect(nodesOf(r.body, 'html')).toEqual([]);
    expect(r.text).toBe('A  here.\n\nKept text.');
  });
});
