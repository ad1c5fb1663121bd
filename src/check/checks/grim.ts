/**
 * Check 6: GRIM (Brown & Heathers, 2017). The mean of n whole numbers is a whole number
 * divided by n (by n·k for a mean over k items), so with few cases not every printed mean
 * is possible: 3.47 cannot be the mean of 15 integers (52/15 = 3.4667, 53/15 = 3.5333).
 * The test has power only when n·k < 10^decimals. It is applied when the text shows the
 * data are whole numbers (a score, a count, an age, integer minimum and maximum, a stated
 * number of items); otherwise an impossible mean is reported as not checkable.
 */
import type { DescriptiveReport } from '../types.ts';
import { EPS } from '../rounding.ts';
import { makeFinding, type CheckContext, type CheckUnit, type Located } from './check.ts';

/** Is `mean` (printed with its rounding half-width) a possible mean of `n` integers? */
export function grimPossible(mean: number, half: number, n: number): boolean {
  const lo = Math.ceil((mean - half) * n - EPS * n - 1e-9);
  const hi = Math.floor((mean + half) * n + EPS * n + 1e-9);
  return lo <= hi;
}

function check(ctx: CheckContext, d: DescriptiveReport): Located | null {
  const { m } = ctx;
  if (d.kind !== 'mean' || d.n === null || d.n < 1 || d.mean.decimals === 0) return null;
  // A minimum or maximum with a fraction (.0575, 13.50) shows the data are not whole numbers.
  if ([d.min, d.max].some((x) => x && Math.abs(x.value - Math.round(x.value)) > 1e-9)) return null;
  const items = d.items ?? 1;
  const n = d.n * items;
  if (n >= 10 ** d.mean.decimals) return null;
  const possible = grimPossible(d.mean.value, d.mean.half, n);
  const below = Math.floor(d.mean.value * n + 1e-9) / n;
  const above = Math.ceil(d.mean.value * n - 1e-9) / n;
  const recomputed = m.grimRecomputed(n, 1 / n, below, above === below ? below + 1 / n : above, d.mean.decimals);
  const reported = `${d.label} = ${d.mean.raw}, n = ${d.n}${d.items ? `, ${m.items(d.items)}` : ''}`;
  const known = d.integerEvidence !== null && !(d.itemMeanUnknownCount && d.items === null);
  if (known) {
    const verdict = possible ? 'consistent' : 'inconsistent';
    const explanation = possible
      ? m.grimConsistent(d.n, d.items, d.integerEvidence!)
      : m.grimInconsistent(d.n, d.items, d.integerEvidence!);
    return makeFinding(ctx, 'grim', verdict, d.place, reported, recomputed, explanation);
  }
  if (possible) return null;
  const explanation = d.itemMeanUnknownCount ? m.grimItemsUnknown(d.n) : m.grimNotInteger(d.n);
  return makeFinding(ctx, 'grim', 'not-checkable', d.place, reported, recomputed, explanation);
}

export const grimCheck: CheckUnit = {
  id: 'grim',
  run(ctx) {
    const out: Located[] = [];
    for (const d of ctx.extraction.descriptives) {
      const f = check(ctx, d);
      if (f) out.push(f);
    }
    return out;
  },
};
