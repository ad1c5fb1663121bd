/**
 * Values listed with their printed sum and mean (a replicate table's "Total" and "Rata-rata"
 * columns, a list of scores with its "Jumlah"): the sum must be the sum of the values and the
 * mean the sum over their number. Every printed number with decimals stands for its rounding
 * interval (a whole number is a count or a score, exact), so the
 * sum may be off by the values' half-units together, and the mean is held to the interval of
 * the values' sum over their number, or of the printed sum over it (a mean computed from a
 * printed sum that is itself wrong is the sum's error, reported there).
 */
import { EPS } from '../rounding.ts';
import type { ListedSumReport, Num } from '../types.ts';
import { makeFinding, type CheckContext, type CheckUnit, type Located } from './check.ts';

/** A whole number listed or summed is a count or a score, exact; a number with decimals is rounded. */
const halfOf = (n: Num) => (n.decimals === 0 ? 0 : n.half);

function sumOf(r: ListedSumReport): { value: number; half: number; digits: number } {
  return {
    value: r.values.reduce((s, v) => s + v.value, 0),
    half: r.values.reduce((s, v) => s + halfOf(v), 0),
    digits: Math.max(...r.values.map((v) => v.decimals)),
  };
}

function totalFinding(ctx: CheckContext, r: ListedSumReport): Located | null {
  if (!r.total) return null;
  const sum = sumOf(r);
  const ok = Math.abs(sum.value - r.total.value) <= sum.half + halfOf(r.total) + EPS;
  const shown = sum.value.toFixed(sum.digits);
  const reported = `${r.values.map((v) => v.raw).join(' + ')} → ${r.total.raw}`;
  return makeFinding(
    ctx,
    'totals',
    ok ? 'consistent' : 'inconsistent',
    { ...r.place, end: Math.max(r.place.end, r.total.end) },
    reported,
    ctx.m.listedSumRecomputed(sum.value, sum.digits),
    ok ? ctx.m.rowTotalConsistent() : ctx.m.rowTotalInconsistent(shown, r.total.raw),
  );
}

function meanFinding(ctx: CheckContext, r: ListedSumReport): Located | null {
  if (!r.mean) return null;
  const k = r.values.length;
  const sum = sumOf(r);
  const fromValues: [number, number] = [(sum.value - sum.half) / k, (sum.value + sum.half) / k];
  const fromTotal: [number, number] | null = r.total
    ? [(r.total.value - halfOf(r.total)) / k, (r.total.value + halfOf(r.total)) / k]
    : null;
  const mean: [number, number] = [r.mean.value - r.mean.half, r.mean.value + r.mean.half];
  const meets = (x: [number, number]) => x[0] <= mean[1] + EPS && x[1] >= mean[0] - EPS;
  const ok = meets(fromValues) || (fromTotal !== null && meets(fromTotal));
  const reported = `${r.values.map((v) => v.raw).join(', ')} → ${r.mean.raw}`;
  return makeFinding(
    ctx,
    'descriptives',
    ok ? 'consistent' : 'inconsistent',
    r.meanPlace ?? { ...r.place, end: Math.max(r.place.end, r.mean.end) },
    reported,
    ctx.m.listedMeanRecomputed(fromValues[0], fromValues[1]),
    ok ? ctx.m.listedMeanConsistent() : ctx.m.listedMeanInconsistent(r.mean.raw),
  );
}

export const listedSumsCheck: CheckUnit = {
  id: 'totals',
  run(ctx) {
    const out: Located[] = [];
    for (const r of ctx.extraction.listedSums ?? []) {
      const total = totalFinding(ctx, r);
      if (total) out.push(total);
      const mean = meanFinding(ctx, r);
      if (mean) out.push(mean);
    }
    return out;
  },
};
