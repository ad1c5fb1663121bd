/**
 * The suite behind every PRECISION corpus (wild2, wild3, …): real quotes split, before naskah
 * first ran on them, into a development part (the first two thirds, by order collected) and a
 * held-out part (the last third; or every third quote by position, where a corpus says so), with
 * every flag naskah raised (inconsistent or decision-error) judged by hand in a
 * `<name>-judged.yaml`.
 *
 * Precision = true / (true + false) is printed per language and part, never asserted (a
 * threshold would invite tuning the code to this text). Asserted: the corpus holds the size
 * stated; each judgement names a real place; naskah's verdict at each judged place is still
 * the recorded `now` (so a regression shows); and no flag goes unjudged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkText, type Finding } from '../../src/check/index.ts';

export type Part = 'dev' | 'held-out';

interface Item {
  id: string;
  lang: 'id' | 'en';
  part: Part;
  url: string;
  source: string;
  text: string;
}

interface Judged {
  item: string;
  part: Part;
  check: string;
  at: string;
  nth?: number;
  flagged: string;
  run: string;
  now: string;
  judgement: 'true-error' | 'false-alarm';
  why: string;
}

const load = <T>(file: string): T => parse(readFileSync(join(import.meta.dirname, 'external', file), 'utf8')) as T;

export interface PrecisionCorpus {
  file: string;
  label: 'Indonesian' | 'English';
  size: { items: number; dev: number; 'held-out': number };
  /**
   * How the held-out part was chosen: 'last-third' (the default: the last third in the order
   * collected) or 'every-third' (every third quote by position, the 3rd, 6th, 9th, …).
   */
  split?: 'last-third' | 'every-third';
}

const FLAG = new Set(['inconsistent', 'decision-error']);

/** Where a judgement's `at` stands in its item's text. */
function placeOf(text: string, j: Judged): { start: number; end: number } | null {
  let from = -1;
  for (let k = 0; k < (j.nth ?? 1); k++) {
    from = text.indexOf(j.at, from + 1);
    if (from < 0) return null;
  }
  return { start: from, end: from + j.at.length };
}

const overlaps = (f: Finding, p: { start: number; end: number }) => f.start < p.end && p.start < f.end;

/**
 * naskah's verdict of `check` at a place: the verdict first judged there when naskah still gives
 * it (a table row can carry an "inconsistent" and a "decision-error" finding at once), else a flag
 * when any finding there flags, else the first finding's, else "none".
 */
function verdictAt(findings: Finding[], check: string, place: { start: number; end: number }, flagged: string): string {
  const here = findings.filter((f) => f.check === check && overlaps(f, place));
  return (
    (here.find((f) => f.verdict === flagged) ?? here.find((f) => FLAG.has(f.verdict)) ?? here[0])?.verdict ?? 'none'
  );
}

const ratio = (t: number, n: number) => (n === 0 ? '— (no flag)' : (t / n).toFixed(2));

/**
 * `name` is the corpus's prefix (wild3 → wild3-judged.yaml); `measured` the parts naskah has
 * been run on and whose flags are judged.
 */
export function precisionSuite(name: string, corpora: PrecisionCorpus[], measured: Part[]): void {
  const judged = load<Judged[]>(`${name}-judged.yaml`);
  describe(`${name} precision corpus (flags judged by hand; precision printed, never asserted)`, () => {
    for (const { file, label, size, split = 'last-third' } of corpora) {
      const items = load<Item[]>(file);

      it(`${label}: the corpus is as large as stated (${size.items} quotes: ${size.dev} development, ${size['held-out']} held out)`, () => {
        expect(items.length).toBe(size.items);
        expect(items.filter((c) => c.part === 'dev').length).toBe(size.dev);
        expect(items.filter((c) => c.part === 'held-out').length).toBe(size['held-out']);
        expect(new Set(items.map((c) => c.id)).size).toBe(items.length);
        expect(new Set(items.map((c) => c.url)).size).toBe(items.length);
        for (const c of items) {
          expect(c.url).toMatch(/^https?:\/\//);
          expect(c.lang).toBe(label === 'Indonesian' ? 'id' : 'en');
        }
        if (split === 'every-third') {
          expect(items.map((c) => c.part)).toEqual(items.map((_, i) => ((i + 1) % 3 === 0 ? 'held-out' : 'dev')));
        } else {
          // The development part is the first two thirds in the order collected.
          const firstHeldOut = items.findIndex((c) => c.part === 'held-out');
          expect(items.slice(firstHeldOut).every((c) => c.part === 'held-out')).toBe(true);
        }
      });

      for (const part of measured) {
        const run = items
          .filter((c) => c.part === part)
          .map((c) => ({ c, findings: checkText(c.text, { lang: c.lang }).findings }));
        const mine = judged.filter((j) => run.some(({ c }) => c.id === j.item));

        it(`${label}, ${part}: every judgement names a place in its quote, and naskah's verdict there is still the recorded one`, () => {
          const problems: string[] = [];
          for (const j of mine) {
            const { c, findings } = run.find((r) => r.c.id === j.item)!;
            const place = placeOf(c.text, j);
            if (j.part !== c.part) problems.push(`${j.item}: judged as ${j.part}, the corpus says ${c.part}`);
            if (!place) {
              problems.push(`${j.item}: "${j.at}" (nth ${j.nth ?? 1}) is not in the quote`);
              continue;
            }
            const now = verdictAt(findings, j.check, place, j.flagged);
            if (now !== j.now) problems.push(`${j.item}: ${j.check} at «${j.at}» is now ${now}, recorded ${j.now}`);
          }
          expect(problems).toEqual([]);
        });

        it(`${label}, ${part}: no flag goes unjudged`, () => {
          const unjudged: string[] = [];
          for (const { c, findings } of run) {
            for (const f of findings.filter((x) => FLAG.has(x.verdict))) {
              const ok = mine.some((j) => {
                const place = j.item === c.id && j.check === f.check && FLAG.has(j.now) ? placeOf(c.text, j) : null;
                return place !== null && overlaps(f, place);
              });
              if (!ok) unjudged.push(`${c.id}: ${f.check} ${f.verdict} at «${c.text.slice(f.start, f.end)}»`);
            }
          }
          expect(unjudged).toEqual([]);
        });

        it(`${label}, ${part}: precision of the flags (printed)`, () => {
          const first = mine.filter((j) => FLAG.has(j.flagged));
          const now = mine.filter((j) => FLAG.has(j.now));
          const t0 = first.filter((j) => j.judgement === 'true-error').length;
          const t = now.filter((j) => j.judgement === 'true-error').length;
          const lines = now.map(
            (j) => `${j.judgement === 'true-error' ? 'TRUE' : 'FALSE'} ${j.item}: ${j.check} at «${j.at}»`,
          );
          console.log(
            `${name} ${label} ${part}: first run ${ratio(t0, first.length)} (${t0}/${first.length}); now ${ratio(t, now.length)} (${t}/${now.length})${lines.length ? `\n  ${lines.join('\n  ')}` : ''}`,
          );
        });
      }
    }
  });
}
