/**
 * A column's p under group rows of n and mean (SD), the test named on the p's row
 * (recognisers/summary-test-columns.ts), recomputed over the rounding box of every printed mean
 * and SD. A t test: Student's pooled t or Welch's, as in ./summary-p.ts (Welch's df span
 * min(n₁, n₂) − 1 to n₁ + n₂ − 2). A one-way ANOVA: F = (SSB/(k − 1)) / (SSW/(N − k)) with
 * SSB = Σ nᵢ(Mᵢ − M̄)² and SSW = Σ (nᵢ − 1)sᵢ²; F is smallest at the smallest SSB and the
 * largest SDs, largest at the largest SSB and the smallest SDs. SSB is convex in the means, so
 * its maximum over the box is at a corner; its minimum is min over c of Σ nᵢ·dist(c, [loᵢ, hiᵢ])²
 * (for fixed means the best c is their weighted mean), a convex function of one variable.
 * Consistent when the printed p meets the range; inconsistent (a decision error when the sides
 * of α differ) when no value inside the box gives it; not checkable when the reader could not
 * tell which rows are the groups.
 */
import { fUpperTail, tTwoSided } from '../../stats/distributions.ts';
import type { SummaryTestColumnReport } from '../types.ts';
import { numInterval, pInterval, type Interval } from '../rounding.ts';
import { pFits } from './p-from-statistic.ts';
import { differenceOf, positive, tRanges } from './two-group-t.ts';
import { makeFinding, type CheckUnit, type Located } from './check.ts';

/** Corners of the means' box are enumerated for the largest SSB: cap the groups. */
const MAX_GROUPS = 12;

function ssb(means: number[], ns: number[]): number {
  const total = ns.reduce((a, b) => a + b, 0);
  const grand = means.reduce((a, m, i) => a + m * ns[i]!, 0) / total;
  return means.reduce((a, m, i) => a + ns[i]! * (m - grand) ** 2, 0);
}

function ssbRange(boxes: Interval[], ns: number[]): Interval {
  let hi = 0;
  for (let mask = 0; mask < 1 << boxes.length; mask++)
    hi = Math.max(
      hi,
      ssb(
        boxes.map((b, i) => ((mask >> i) & 1 ? b[1] : b[0])),
        ns,
      ),
    );
  const at = (c: number) => boxes.reduce((a, b, i) => a + ns[i]! * Math.max(0, b[0] - c, c - b[1]) ** 2, 0);
  let lo = Math.min(...boxes.map((b) => b[0]));
  let up = Math.max(...boxes.map((b) => b[1]));
  for (let k = 0; k < 200; k++) {
    const a = lo + (up - lo) / 3;
    const b = up - (up - lo) / 3;
    if (at(a) <= at(b)) up = b;
    else lo = a;
  }
  return [at((lo + up) / 2), hi];
}

export function summaryTestPRanges(r: SummaryTestColumnReport): Interval[] | null {
  const sds = r.groups.map((g) => positive(g.sd));
  if (sds.some((s) => !s)) return null;
  const ns = r.groups.map((g) => g.n);
  if (r.test === 't') {
    const [g1, g2] = r.groups as [(typeof r.groups)[0], (typeof r.groups)[0]];
    const [pooled, welch] = tRanges(differenceOf(g1.mean, g2.mean), sds[0]!, sds[1]!, g1.n, g2.n);
    const df = g1.n + g2.n - 2;
    return [
      [tTwoSided(pooled[1], df), tTwoSided(pooled[0], df)],
      [tTwoSided(welch[1], df), tTwoSided(welch[0], Math.min(g1.n, g2.n) - 1)],
    ];
  }
  if (r.groups.length > MAX_GROUPS) return null;
  const k = r.groups.length;
  const total = ns.reduce((a, b) => a + b, 0);
  const [bLo, bHi] = ssbRange(
    r.groups.map((g) => numInterval(g.mean)),
    ns,
  );
  const ssw = (side: 0 | 1) => sds.reduce((a, s, i) => a + (ns[i]! - 1) * s![side] ** 2, 0);
  const f = (b: number, w: number) => b / (k - 1) / (w / (total - k));
  return [[fUpperTail(f(bHi, ssw(0)), k - 1, total - k), fUpperTail(f(bLo, ssw(1)), k - 1, total - k)]];
}

export const summaryTestColumnsCheck: CheckUnit = {
  id: 'p-value',
  run(ctx) {
    const out: Located[] = [];
    for (const r of ctx.extraction.summaryTestColumns ?? []) {
      const op = r.p.op === '=' ? '=' : r.p.op;
      if (r.notCheckable) {
        const sizes = r.groups.map((g) => g.n).join(', ');
        out.push(
          makeFinding(
            ctx,
            'p-value',
            'not-checkable',
            r.place,
            `p ${op} ${r.p.num.raw}`,
            `n = ${sizes}`,
            ctx.m.summaryTestNotCheckable(r.notCheckable),
          ),
        );
        continue;
      }
      const ranges = summaryTestPRanges(r);
      if (!ranges) continue;
      const fits = ranges.some((range) => pFits(range, r.p));
      const range: Interval = [Math.min(...ranges.map((x) => x[0])), Math.max(...ranges.map((x) => x[1]))];
      const reported = pInterval(r.p);
      const decisionError =
        !fits &&
        ((reported[1] <= ctx.alpha && range[0] > ctx.alpha) || (reported[0] > ctx.alpha && range[1] <= ctx.alpha));
      const verdict = fits ? 'consistent' : decisionError ? 'decision-error' : 'inconsistent';
      const cells = r.groups.map((g) => `${g.mean.raw} (${g.sd.raw}), n = ${g.n}`).join('; ');
      out.push(
        makeFinding(
          ctx,
          'p-value',
          verdict,
          r.place,
          `${cells}; p ${op} ${r.p.num.raw}`,
          ctx.m.summaryTestRecomputed(
            r.test,
            range[0],
            range[1],
            r.groups.map((g) => g.n),
          ),
          fits ? ctx.m.summaryTestConsistent(r.test) : ctx.m.summaryTestInconsistent(r.test),
        ),
      );
    }
    return out;
  },
};
