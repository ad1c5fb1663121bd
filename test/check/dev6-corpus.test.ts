/**
 * naskah check on the dev6 DEVELOPMENT corpus: real Indonesian text (regression output, item
 * validity tables, rank tests, critical-value decisions, health frequency tables) collected and
 * annotated by hand on branch h/dev6 and committed before naskah was first run on it
 * (test/check/external/dev6-id.yaml; its header gives the sources, the annotation rules and the
 * first scores). It is studied to change the code, so its figures are development figures,
 * never held-out ones. Precision and recall of the "inconsistent" flag (inconsistent or decision
 * error) are printed per check, and every missed or extra verdict is listed. Nothing about the
 * scores is asserted; the test only holds the corpus to the size its header states.
 */
import { describe, expect, it } from 'vitest';
import { load, score, sizeOf } from './corpus-score.ts';

describe('dev6 corpus, development material (scores printed, never asserted)', () => {
  const items = load('dev6-id.yaml');

  it('Indonesian: the corpus is as large as stated (180 statistics, 3 inconsistent, 16 sources)', () => {
    for (const c of items) expect(c.url).toMatch(/^https?:\/\//);
    expect(sizeOf(items)).toEqual({ items: 16, sources: 16, annotated: 180, inconsistent: 3 });
  });

  it('Indonesian: precision and recall of "inconsistent" per check (printed)', () => {
    const { summary, lines } = score(items);
    console.log(`dev6 Indonesian corpus (development): ${summary}${lines.length ? `\n  ${lines.join('\n  ')}` : ''}`);
  });
});
