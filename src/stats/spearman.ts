/**
 * Spearman's rank correlation: Pearson r of the average ranks (ties averaged), with the
 * t approximation on n − 2 df as SPSS (R: cor.test(x, y, method = "spearman",
 * exact = FALSE)).
 */
import { correlationT, type CorrelationTest } from './pearson.ts';
import { completePairs } from './missing.ts';
import { averageRanks } from './ranks.ts';
import { pearsonR } from './summary.ts';
import { failure, joinNotes, type NumericInput, type StatFailure } from './types.ts';

export interface SpearmanResult extends CorrelationTest {
  rho: number;
}

export function spearman(x: NumericInput, y: NumericInput): SpearmanResult | StatFailure {
  const pairs = completePairs(x, y);
  const n = pairs.x.length;
  if (n < 3)
    return failure('too-few-observations', `a correlation test needs at least 3 complete pairs; there are ${n}`, {
      n,
      missing: pairs.missing,
    });
  const rho = pearsonR(averageRanks(pairs.x).ranks, averageRanks(pairs.y).ranks);
  if (Number.isNaN(rho))
    return failure('zero-variance', 'x or y has the same value in every complete pair, so rho is undefined', {
      n,
      missing: pairs.missing,
    });
  const notes: string[] = [];
  const { t, p } = correlationT(rho, n, notes);
  const out: SpearmanResult = { n, missing: pairs.missing, rho, t, df: n - 2, p };
  const note = joinNotes(notes);
  if (note) out.note = note;
  return out;
}
