/**
 * naskah check on real published text: results statcheck's authors extracted by hand from
 * eight articles (test/check/external/real-en.json, see build-real-en.ts for the source and
 * the annotation). Each is checked as printed, PDF-conversion damage included; precision
 * and recall of the "inconsistent" flag (inconsistent or decision error) are printed per
 * check for the development and the held-out articles separately.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

interface RealCase {
  id: string;
  paper: string;
  source: string;
  raw: string;
  split: 'development' | 'held-out';
  truth: { error: boolean; decisionError: boolean } | null;
}

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, 'external', 'real-en.json'), 'utf8')) as {
  cases: RealCase[];
};
const cases = fixture.cases.filter((c) => c.truth !== null);

interface Score {
  n: number;
  read: number;
  tp: number;
  fp: number;
  fn: number;
  lines: string[];
}

function score(part: RealCase[]): Score {
  const s: Score = { n: 0, read: 0, tp: 0, fp: 0, fn: 0, lines: [] };
  for (const c of part) {
    s.n++;
    const sentence = `The result was ${c.raw}.`;
    const f = checkText(sentence, { lang: 'en' }).findings.find(
      (x) => x.check === 'p-value' && x.verdict !== 'not-checkable',
    );
    if (f) s.read++;
    const flagged = f?.verdict === 'inconsistent' || f?.verdict === 'decision-error';
    const truth = c.truth!.error;
    if (flagged && truth) s.tp++;
    else if (flagged && !truth) {
      s.fp++;
      s.lines.push(`false alarm ${c.id} ${JSON.stringify(c.raw)}: ${f!.explanation}`);
    } else if (!flagged && truth) {
      s.fn++;
      s.lines.push(`missed ${c.id} ${JSON.stringify(c.raw)}: ${f ? f.verdict : 'not read'}`);
    }
  }
  return s;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

describe('real published text, English (hand-extracted results of eight articles)', () => {
  for (const split of ['development', 'held-out'] as const) {
    // The held-out articles' text is more damaged by PDF conversion (`p p .05` for `p = .05`,
    // `?3.16` for −3.16): their recall is below target and is reported, not asserted (docs/check.md).
    it(`${split}: precision of "inconsistent" ≥ 0.9${split === 'development' ? ' and recall ≥ 0.8' : ''} for p-values`, () => {
      const s = score(cases.filter((c) => c.split === split));
      const precision = ratio(s.tp, s.tp + s.fp);
      const recall = ratio(s.tp, s.tp + s.fn);
      console.log(
        `real English text, ${split}: ${s.n} results, ${s.read} read (${((100 * s.read) / s.n).toFixed(0)}%); ` +
          `p-value: precision ${precision.toFixed(2)} (${s.tp}/${s.tp + s.fp}), recall ${recall.toFixed(2)} (${s.tp}/${s.tp + s.fn})` +
          (s.lines.length ? `\n  ${s.lines.join('\n  ')}` : ''),
      );
      expect(precision).toBeGreaterThanOrEqual(0.9);
      if (split === 'development') expect(recall).toBeGreaterThanOrEqual(0.8);
    });
  }
});
