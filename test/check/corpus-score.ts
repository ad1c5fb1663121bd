/**
 * Scoring shared by the hand-annotated corpora of real text (test/check/external/*.yaml):
 * loading the annotations, matching naskah's findings to them, and precision and recall of the
 * "inconsistent" flag per check.
 *
 * The flag (verdict inconsistent or decision-error) is matched BY PLACE: each flagged
 * annotation has an entry in the item's `flags` list giving its check and the text of the
 * wrong statistic (`at`, an exact substring of `text`, with `nth` when it occurs more than
 * once). A flag naskah raises is a true positive only when an unmatched flag annotation of the
 * same check has a span overlapping the finding's place (its [start, end), narrowed to the
 * values it reports: see placeOf); otherwise it is a false positive, and every flag annotation
 * left unmatched is a false negative. Matching by count
 * within a quote (what this scorer did before) credited a wrong flag against a real error
 * elsewhere in the same quote. The other verdicts (consistent, not checkable, reporting issue)
 * are still matched by count within the quote, for the "annotated verdicts found" line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkText } from '../../src/check/index.ts';
import type { Lang } from '../../src/check/types.ts';

/** One flagged annotation's place: `at` is the text of the wrong statistic as `text` has it. */
export interface FlagPlace {
  check: string;
  at: string;
  /** 1-based: which occurrence of `at` in `text`, when it occurs more than once. */
  nth?: number;
}

export interface CorpusItem {
  id: string;
  lang: Lang;
  url: string;
  source: string;
  text: string;
  note?: string;
  expect: string[];
  flags?: FlagPlace[];
}

interface Annotation {
  check: string;
  verdict: string;
}

/** What the scorer needs of a finding (src/check's Finding has these and more). */
export interface FoundFlag {
  check: string;
  verdict: string;
  start: number;
  end: number;
  reported?: string;
  explanation?: string;
}

interface Span {
  check: string;
  start: number;
  end: number;
}

const FLAG = new Set(['inconsistent', 'decision-error']);
const isFlag = (verdict: string) => FLAG.has(verdict);

export type Scored = CorpusItem & { annotations: Annotation[] };

export function prepare(items: CorpusItem[]): Scored[] {
  return items.map((c) => ({
    ...c,
    annotations: c.expect.flatMap((e) => {
      const [check, verdict, times] = e.split(/\s+/);
      return Array.from({ length: times ? Number(times.slice(1)) : 1 }, () => ({ check: check!, verdict: verdict! }));
    }),
  }));
}

export function load(file: string): Scored[] {
  return prepare(parse(readFileSync(join(import.meta.dirname, 'external', file), 'utf8')) as CorpusItem[]);
}

/** Offsets of every occurrence of `at` in `text` (overlapping occurrences count). */
function occurrences(text: string, at: string): number[] {
  const found: number[] = [];
  if (at === '') return found;
  for (let i = text.indexOf(at); i >= 0; i = text.indexOf(at, i + 1)) found.push(i);
  return found;
}

/**
 * What is wrong with an item's `flags`, one message each (none: the flags are sound): they
 * must correspond one to one with the flagged entries of `expect` (the same multiset of checks,
 * spelled as in `expect`), and each `at` must occur in `text`, its `nth` occurrence when `nth`
 * is given; an `at` occurring more than once needs `nth`.
 */
export function flagProblems(c: CorpusItem): string[] {
  const problems: string[] = [];
  const flagged = prepare([c])[0]!
    .annotations.filter((a) => isFlag(a.verdict))
    .map((a) => a.check)
    .sort();
  if (c.flags === undefined) {
    return flagged.length ? [`${c.id}: no flags list for its ${flagged.length} flagged verdict(s)`] : [];
  }
  if (!Array.isArray(c.flags)) return [`${c.id}: flags must be a list`];
  const placed = c.flags.map((f) => String(f?.check)).sort();
  if (placed.join(',') !== flagged.join(',')) {
    problems.push(`${c.id}: flags name [${placed.join(', ')}] but expect flags [${flagged.join(', ')}]`);
  }
  for (const f of c.flags) {
    const extra = Object.keys(f ?? {}).filter((k) => !['check', 'at', 'nth'].includes(k));
    if (extra.length) problems.push(`${c.id}: flag with unknown key(s) ${extra.join(', ')}`);
    if (typeof f?.at !== 'string' || f.at === '') {
      problems.push(`${c.id}: ${f?.check} flag without an "at" text`);
      continue;
    }
    const n = occurrences(c.text, f.at).length;
    if (f.nth !== undefined && !(Number.isInteger(f.nth) && f.nth >= 1)) {
      problems.push(`${c.id}: ${f.check} flag "${f.at}": nth must be a whole number from 1, got ${f.nth}`);
    } else if (n === 0) problems.push(`${c.id}: ${f.check} flag "${f.at}" does not occur in the text`);
    else if (f.nth !== undefined && f.nth > n) {
      problems.push(`${c.id}: ${f.check} flag "${f.at}" occurs ${n} time(s), not ${f.nth}`);
    } else if (f.nth === undefined && n > 1) {
      problems.push(`${c.id}: ${f.check} flag "${f.at}" occurs ${n} times; say which with nth`);
    }
  }
  return problems;
}

/** The flag annotations' spans in `text`; throws on a flag whose place cannot be found. */
export function flagSpans(c: CorpusItem): Span[] {
  const problems = flagProblems(c);
  if (problems.length) throw new Error(problems.join('\n'));
  return (c.flags ?? []).map((f) => {
    const start = occurrences(c.text, f.at)[(f.nth ?? 1) - 1]!;
    return { check: f.check, start, end: start + f.at.length };
  });
}

// A share recomputed from its count and total is annotated "percentages" whether it sits in
// prose or in a table; naskah reports table shares under "totals". Inconsistent and decision
// error are one flag. Both rules were fixed before naskah was run on the first fresh corpus.
const sameCheck = (annotated: string, found: string) =>
  annotated === found || (annotated === 'percentages' && found === 'totals');
const sameVerdict = (annotated: string, found: string) => annotated === found || (isFlag(annotated) && isFlag(found));
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Flags found matched to flag annotations by place: finding i may take annotation j when their
 * checks agree and their spans overlap. A maximum matching (augmenting paths), so that a
 * finding overlapping two annotations never takes the one another finding needed. Returns, for
 * each finding, the index of its annotation or -1.
 */
export function matchFlags(found: FoundFlag[], annotated: Span[]): number[] {
  const taker = annotated.map(() => -1);
  const fits = (i: number, j: number) =>
    sameCheck(annotated[j]!.check, found[i]!.check) && overlaps(found[i]!, annotated[j]!);
  const augment = (i: number, seen: boolean[]): boolean => {
    for (let j = 0; j < annotated.length; j++) {
      if (seen[j] || !fits(i, j)) continue;
      seen[j] = true;
      if (taker[j] === -1 || augment(taker[j]!, seen)) {
        taker[j] = i;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < found.length; i++)
    augment(
      i,
      annotated.map(() => false),
    );
  const of = found.map(() => -1);
  taker.forEach((i, j) => {
    if (i >= 0) of[i] = j;
  });
  return of;
}

const NUMBER = /\d+(?:[.,]\d+)*|[.,]\d+/g;
const canonical = (n: string) => (/^[.,]/.test(n) ? `0${n}` : n).replace(/,/g, '.');

/**
 * The place of a finding: the shortest stretch of its [start, end) that holds every value of
 * its `reported` text found there (numbers compared as written, a decimal comma read as a
 * point), or the whole [start, end) when none is. naskah gives a table finding the offsets of
 * its whole row, so without this a proportion misread as an odds ratio would overlap the
 * annotated odds ratio beside it and be credited as found.
 */
export function placeOf(text: string, f: FoundFlag): { start: number; end: number } {
  // A conclusion's place runs from its p to its decision, and either may be what is wrong (the
  // annotation may mark "adanya korelasi yang signifikan" alone): it is not narrowed.
  if (f.check === 'conclusion') return { start: f.start, end: f.end };
  const tokens = [...text.slice(f.start, f.end).matchAll(NUMBER)].map((m) => ({
    value: canonical(m[0]),
    start: f.start + m.index,
    end: f.start + m.index + m[0].length,
  }));
  const inSpan = new Map<string, number>();
  for (const t of tokens) inSpan.set(t.value, (inSpan.get(t.value) ?? 0) + 1);
  const wanted = new Map<string, number>();
  for (const m of (f.reported ?? '').matchAll(NUMBER)) {
    const v = canonical(m[0]);
    if ((wanted.get(v) ?? 0) < (inSpan.get(v) ?? 0)) wanted.set(v, (wanted.get(v) ?? 0) + 1);
  }
  const need = [...wanted.values()].reduce((a, b) => a + b, 0);
  if (need === 0) return { start: f.start, end: f.end };
  // The shortest window of tokens holding the wanted values (as a multiset).
  const have = new Map<string, number>();
  let held = 0;
  let best: { start: number; end: number } | null = null;
  for (let lo = 0, hi = 0; hi < tokens.length; hi++) {
    const v = tokens[hi]!.value;
    have.set(v, (have.get(v) ?? 0) + 1);
    if (have.get(v)! <= (wanted.get(v) ?? 0)) held++;
    while (held === need) {
      const w = { start: tokens[lo]!.start, end: tokens[hi]!.end };
      if (!best || w.end - w.start < best.end - best.start) best = w;
      const u = tokens[lo++]!.value;
      have.set(u, have.get(u)! - 1);
      if (have.get(u)! < (wanted.get(u) ?? 0)) held--;
    }
  }
  return best!;
}

const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);
const fmt = (a: number, b: number) => `${b === 0 ? '—' : ratio(a, b).toFixed(2)} (${a}/${b})`;
const shown = (text: string, start: number, end: number) => `«${text.slice(start, end).replace(/\s+/g, ' ')}»`;

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** naskah's findings on an item's text: offsets into exactly that text (checked in corpus-score.test.ts). */
const naskah = (c: CorpusItem): FoundFlag[] => checkText(c.text, { lang: c.lang }).findings;

export function score(items: Scored[], findingsOf: (c: CorpusItem) => FoundFlag[] = naskah) {
  const per = new Map<string, Tally>();
  const tally = (check: string) => per.get(check) ?? per.set(check, { tp: 0, fp: 0, fn: 0 }).get(check)!;
  const lines: string[] = [];
  let matched = 0;
  let annotated = 0;
  for (const c of items) {
    const findings = findingsOf(c);
    for (const f of findings) {
      if (f.start < 0 || f.end > c.text.length || f.start > f.end) {
        throw new Error(`${c.id}: a ${f.check} finding at [${f.start}, ${f.end}) lies outside the text`);
      }
    }
    // Flags: by place.
    const spans = flagSpans(c);
    const flagsFound = findings.filter((f) => isFlag(f.verdict)).map((f) => ({ ...f, ...placeOf(c.text, f) }));
    const of = matchFlags(flagsFound, spans);
    const taken = new Set(of.filter((j) => j >= 0));
    annotated += spans.length;
    matched += taken.size;
    flagsFound.forEach((f, i) => {
      if (of[i]! >= 0) tally(spans[of[i]!]!.check).tp++;
      else {
        tally(f.check).fp++;
        lines.push(`${c.id}: FP ${f.check} ${f.verdict} at ${shown(c.text, f.start, f.end)}: ${f.explanation ?? ''}`);
      }
    });
    spans.forEach((s, j) => {
      if (taken.has(j)) return;
      tally(s.check).fn++;
      lines.push(`${c.id}: FN ${s.check} at ${shown(c.text, s.start, s.end)}`);
    });
    // Other verdicts: by count within the quote.
    const remaining = c.annotations.filter((a) => !isFlag(a.verdict));
    annotated += remaining.length;
    for (const f of findings) {
      if (isFlag(f.verdict)) continue;
      const i = remaining.findIndex((e) => sameCheck(e.check, f.check) && sameVerdict(e.verdict, f.verdict));
      if (i >= 0) {
        matched++;
        remaining.splice(i, 1);
      } else lines.push(`${c.id}: extra ${f.check} ${f.verdict} (${f.reported ?? ''}): ${f.explanation ?? ''}`);
    }
    for (const e of remaining) lines.push(`${c.id}: missed ${e.check} ${e.verdict}`);
  }
  const all = [...per.values()].reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  const checks = [...per.entries()]
    .filter(([, s]) => s.tp + s.fp + s.fn > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, s]) => `  ${k}: precision ${fmt(s.tp, s.tp + s.fp)}, recall ${fmt(s.tp, s.tp + s.fn)}`);
  return {
    summary:
      `${matched}/${annotated} annotated verdicts found; "inconsistent" over all checks, matched by place: ` +
      `precision ${fmt(all.tp, all.tp + all.fp)}, recall ${fmt(all.tp, all.tp + all.fn)}\n${checks.join('\n')}`,
    lines,
    all,
    per,
  };
}

export const sizeOf = (items: Scored[]) => ({
  items: items.length,
  sources: new Set(items.map((c) => c.url)).size,
  annotated: items.reduce((n, c) => n + c.annotations.length, 0),
  inconsistent: items.reduce((n, c) => n + c.annotations.filter((a) => isFlag(a.verdict)).length, 0),
});
