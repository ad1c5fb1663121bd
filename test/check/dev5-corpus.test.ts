/**
 * naskah check on the dev5 corpus: tables of published English research articles (PubMed
 * Central, BioMed Central, the CONSORT example table), annotated by hand before naskah was run
 * on them (test/check/external/dev5-en.yaml; its header gives the sources and the annotation
 * rules, test/check/external/dev5-recompute.ts the independent recomputation). It is
 * DEVELOPMENT material: its misses were studied to change src/check. Precision and recall of the
 * "inconsistent" flag per check are printed with every missed or extra verdict; nothing about
 * the scores is asserted, only the corpus size its header and docs/check.md state.
 */
import { describe, expect, it } from 'vitest';
import { load, score, sizeOf } from './corpus-score.ts';

describe('dev5 corpus of published English tables (development material; scores printed, never asserted)', () => {
  const items = load('dev5-en.yaml');

  it('the corpus is as large as stated (397 statistics, 9 inconsistent, 12 sources)', () => {
    for (const c of items) expect(c.url).toMatch(/^https?:\/\//);
    expect(sizeOf(items)).toEqual({ items: 12, sources: 12, annotated: 397, inconsistent: 9 });
  });

  it('precision and recall of "inconsistent" per check (printed)', () => {
    const { summary, lines } = score(items);
    console.log(`dev5 English corpus (development): ${summary}${lines.length ? `\n  ${lines.join('\n  ')}` : ''}`);
  });
});
