/**
 * The test suite of one hand-annotated corpus of real text (test/check/external/*.yaml): per
 * language, the corpus holds the size its header states, every flagged annotation has its
 * place in the text (`flags`, see corpus-score.ts), and its precision and recall of
 * "inconsistent" per check, matched by place, are printed, never asserted (a threshold would
 * invite tuning the code to the text).
 */
import { describe, expect, it } from 'vitest';
import { flagProblems, load, score, sizeOf } from './corpus-score.ts';

export interface CorpusPart {
  file: string;
  label: 'Indonesian' | 'English';
  size: { items: number; sources: number; annotated: number; inconsistent: number };
}

/**
 * `measureOnlyWith`: a held-out corpus not yet measured prints its scores only when the
 * environment variable NASKAH_MEASURE names it, so that a routine test run cannot measure it by
 * accident (the structural tests always run).
 */
export function corpusSuite(
  title: string,
  parts: CorpusPart[],
  printedAs: (label: string) => string,
  measureOnlyWith?: string,
): void {
  describe(title, () => {
    for (const { file, label, size } of parts) {
      const items = load(file);

      it(`${label}: the corpus is as large as stated (${size.annotated} statistics, ${size.inconsistent} inconsistent, ${size.sources} sources)`, () => {
        for (const c of items) expect(c.url).toMatch(/^https?:\/\//);
        expect(sizeOf(items)).toEqual(size);
      });

      it(`${label}: every flagged verdict has its place (flags one to one with expect, each "at" in the text)`, () => {
        expect(items.flatMap(flagProblems)).toEqual([]);
      });

      const unmeasured = measureOnlyWith !== undefined && process.env.NASKAH_MEASURE !== measureOnlyWith;
      it.skipIf(unmeasured)(`${label}: precision and recall of "inconsistent" per check (printed)`, () => {
        const { summary, lines } = score(items);
        console.log(`${printedAs(label)}: ${summary}${lines.length ? `\n  ${lines.join('\n  ')}` : ''}`);
      });
    }
  });
}
