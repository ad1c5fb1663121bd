/**
 * Check 7: the same result reported twice with different values — a test in the
 * abstract, the text and a table with different p-values, an odds ratio whose interval
 * reappears with another ratio or p. A test is "the same" when the statistic, its df and
 * its value agree (the value printed to at least three significant digits, so that two
 * different tests are unlikely to coincide); a ratio when at least two of ratio, lower and
 * upper bound agree, each printed to three significant digits or more, unless both are table
 * rows (rows of tables are different results). Values agree when their rounding intervals
 * meet; where a one-tailed reading is allowed (as for the
 * p-value check), a p may also stand for the two-tailed p twice its size.
 */
import type { EstimateReport, Num, PReport, TestReport } from '../types.ts';
import { numInterval, absInterval, overlaps, pInterval, type Interval } from '../rounding.ts';
import { significantDigits } from '../recognisers/numbers.ts';
import { SYMMETRIC } from './p-from-statistic.ts';
import { makeFinding, type CheckContext, type CheckUnit, type Located } from './check.ts';

/**
 * Groups of items that are "the same" (transitively). Items are first bucketed by a key that
 * same items must share, and items printed identically (`sig`) are compared once, so the
 * pairwise comparison stays within small buckets even when a long text repeats a result
 * thousands of times.
 */
function groups<T>(items: T[], key: (t: T) => string, sig: (t: T) => string, same: (a: T, b: T) => boolean): T[][] {
  const buckets = new Map<string, Map<string, T[]>>();
  for (const it of items) {
    const k = key(it);
    let b = buckets.get(k);
    if (!b) buckets.set(k, (b = new Map()));
    const s = sig(it);
    const copies = b.get(s);
    if (copies) copies.push(it);
    else b.set(s, [it]);
  }
  const out: T[][] = [];
  for (const bySig of buckets.values()) {
    const reps = [...bySig.values()];
    if (reps.length === 1) {
      if (reps[0]!.length > 1) out.push(reps[0]!);
      continue;
    }
    const bucket = reps.map((r) => r[0]!);
    const parent = bucket.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) if (same(bucket[i]!, bucket[j]!)) parent[find(j)] = find(i);
    }
    const by = new Map<number, T[]>();
    bucket.forEach((_, i) => {
      const r = find(i);
      const g = by.get(r);
      if (g) for (const it of reps[i]!) g.push(it);
      else by.set(r, [...reps[i]!]);
    });
    for (const g of by.values()) if (g.length > 1) out.push(g);
  }
  return out;
}

function sameTest(a: TestReport, b: TestReport): boolean {
  if (a.place.start === b.place.start) return false;
  if (a.kind !== b.kind || !a.df || !b.df || a.df.length !== b.df.length) return false;
  if (a.df.some((d, i) => Math.abs(d - b.df![i]!) > 1e-9)) return false;
  return overlaps(absInterval(a.value), absInterval(b.value));
}

/**
 * The two-tailed p's a reported p can stand for: itself, and twice itself where the sentence or
 * the document allows a one-tailed reading of its t, z or r (as the p-value check does).
 */
function twoTailedReadings(t: TestReport): Interval[] {
  const [lo, hi] = pInterval(t.p!);
  const one = SYMMETRIC.has(t.kind) && (t.tails === 'one' || t.p!.oneTailedLabel);
  return one
    ? [
        [lo, hi],
        [Math.min(1, 2 * lo), Math.min(1, 2 * hi)],
      ]
    : [[lo, hi]];
}

/**
 * Whether no single two-tailed p fits every reported p of one test: the same test reported once
 * two-tailed and once one-tailed is one result, not two values of it.
 */
function pClash(tests: TestReport[]): boolean {
  let common: Interval[] = [[0, 1]];
  for (const t of tests) {
    const next: Interval[] = [];
    for (const a of common)
      for (const b of twoTailedReadings(t)) {
        const lo = Math.max(a[0], b[0]);
        const hi = Math.min(a[1], b[1]);
        if (lo <= hi + 1e-9) next.push([lo, Math.max(lo, hi)]);
      }
    if (!next.length) return true;
    // A test repeated many times must not double the candidates each time: equal ones are one.
    common = [...new Map(next.map((i) => [`${i[0]} ${i[1]}`, i])).values()];
  }
  return false;
}

function pText(p: PReport): string {
  return `p ${p.op} ${p.num.raw}`;
}

/** Whether any two of the intervals fail to meet (in one dimension: the largest start passes the smallest end). */
function anyApart(intervals: [number, number][]): boolean {
  let maxLo = -Infinity;
  let minHi = Infinity;
  for (const [lo, hi] of intervals) {
    if (lo > maxLo) maxLo = lo;
    if (hi < minHi) minHi = hi;
  }
  return maxLo > minHi + 1e-9;
}

/** At most a few distinct printed values, so a result repeated a thousand times is quoted once. */
function distinct(values: string[], max = 6): string[] {
  const u = [...new Set(values)];
  return u.length > max ? [...u.slice(0, max), '…'] : u;
}

const MAX_QUOTED = 6;

function sameRatio(a: EstimateReport, b: EstimateReport): boolean {
  if (a.place.start === b.place.start || !a.ci || !b.ci) return false;
  // Two rows of tables are two results (each variable's row, or one row's crude and adjusted
  // ratio): that two of their numbers agree is a coincidence of rounding, not a repetition.
  if (a.origin === 'table' && b.origin === 'table') return false;
  // Numbers of two significant digits coincide too often ("OR 2.1, 95% CI 1.3–3.4" for one
  // factor and "OR 2.1, 95% CI 1.3–3.6" for another): only numbers of three or more count.
  // Values whose rounding intervals only touch (1.14 and 1.13 meet at 1.135) are two printed
  // values, not one: two age groups' "1.14 (1.05 to 1.23)" and "1.13 (1.05 to 1.20)" share a
  // lower bound by chance.
  const same = (x: Num, y: Num) =>
    significantDigits(x) >= 3 && significantDigits(y) >= 3 && meetInside(numInterval(x), numInterval(y));
  const agree = [same(a.value, b.value), same(a.ci.lower, b.ci.lower), same(a.ci.upper, b.ci.upper)].filter(
    Boolean,
  ).length;
  return agree >= 2;
}

/** Whether two rounding intervals share more than a boundary point. */
function meetInside(a: Interval, b: Interval): boolean {
  return Math.min(a[1], b[1]) - Math.max(a[0], b[0]) > 1e-9;
}

export const repeatedValuesCheck: CheckUnit = {
  id: 'repeated-values',
  run(ctx: CheckContext) {
    const { m, source } = ctx;
    const out: Located[] = [];
    const tests = ctx.extraction.tests.filter((t) => significantDigits(t.value) >= 3 && t.df);
    // One test per statement (a table row may give one- and two-sided p for the same t).
    const seen = new Set<number>();
    const unique = tests.filter((t) => (seen.has(t.place.start) ? false : (seen.add(t.place.start), true)));
    const testSig = (t: TestReport) => `${t.value.raw} ${t.p ? pText(t.p) : ''}`;
    for (const g of groups(unique, (t) => `${t.kind} ${t.df!.join(' ')}`, testSig, sameTest)) {
      g.sort((a, b) => a.place.start - b.place.start);
      const lines = g.slice(1, 1 + MAX_QUOTED).map((t) => source.locate(t.place.start).line);
      const ps = g.filter((t) => t.p).map((t) => t.p!);
      const clash = pClash(g.filter((t) => t.p));
      const first = g[0]!;
      const shown = [...new Map(g.map((t) => [testSig(t), t])).values()].slice(0, MAX_QUOTED);
      const reported = shown.map((t) => source.quote(t.place.start, Math.max(t.place.end, t.p?.end ?? 0))).join(' | ');
      const recomputed = m.repeatedRecomputed(lines);
      const explanation = clash ? m.repeatedInconsistent('p', distinct(ps.map(pText))) : m.repeatedConsistent(g.length);
      out.push(
        makeFinding(
          ctx,
          'repeated-values',
          clash ? 'inconsistent' : 'consistent',
          first.place,
          reported,
          recomputed,
          explanation,
        ),
      );
    }
    const ratios = ctx.extraction.estimates.filter(
      (e) => e.family === 'ratio' && e.ci && significantDigits(e.value) >= 2,
    );
    const ratioSig = (e: EstimateReport) =>
      `${e.value.raw} ${e.ci!.lower.raw} ${e.ci!.upper.raw} ${e.p ? pText(e.p) : ''}`;
    for (const g of groups(ratios, (e) => e.label.toUpperCase(), ratioSig, sameRatio)) {
      g.sort((a, b) => a.place.start - b.place.start);
      const lines = g.slice(1, 1 + MAX_QUOTED).map((e) => source.locate(e.place.start).line);
      const problems: string[] = [];
      const values = (get: (e: EstimateReport) => string) => distinct(g.map(get));
      const pairClash = (f: (e: EstimateReport) => [number, number]) => anyApart(g.map(f));
      if (pairClash((e) => numInterval(e.value)))
        problems.push(
          m.repeatedInconsistent(
            g[0]!.label,
            values((e) => e.value.raw),
          ),
        );
      if (pairClash((e) => numInterval(e.ci!.lower)) || pairClash((e) => numInterval(e.ci!.upper))) {
        problems.push(
          m.repeatedInconsistent(
            m.ciName,
            values((e) => `${e.ci!.lower.raw}–${e.ci!.upper.raw}`),
          ),
        );
      }
      const ps = g.filter((e) => e.p).map((e) => e.p!);
      if (anyApart(ps.map(pInterval))) problems.push(m.repeatedInconsistent('p', distinct(ps.map(pText))));
      const shown = [...new Map(g.map((e) => [ratioSig(e), e])).values()].slice(0, MAX_QUOTED);
      const reported = shown.map((e) => source.quote(e.place.start, e.place.end)).join(' | ');
      const recomputed = m.repeatedRecomputed(lines);
      const explanation = problems.length ? problems.join(' ') : m.repeatedConsistent(g.length);
      out.push(
        makeFinding(
          ctx,
          'repeated-values',
          problems.length ? 'inconsistent' : 'consistent',
          g[0]!.place,
          reported,
          recomputed,
          explanation,
        ),
      );
    }
    return out;
  },
};
