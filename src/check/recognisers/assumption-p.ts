/**
 * A p an English sentence cites for an assumption test — "Scores were normally distributed
 * (Shapiro–Wilk p = .20), and the groups differed significantly" — is the test of normality's
 * (or of equal variances, sphericity, fit), not the p of the difference the sentence concludes:
 * read against it, "differed significantly" is a false alarm. Decisions about the assumption
 * itself are read by ./assumption-conclusions.ts.
 */
import type { PReport } from '../types.ts';

const ASSUMPTION_TEST =
  /(?:shapiro|wilk|kolmogorov|smirnov|lilliefors|anderson|darling|levene|bartlett|brown[-–\s]forsythe|box'?s\s*m|mauchly|hosmer|lemeshow|normality|homogeneity|sphericity|goodness[-\s]of[-\s]fit)[^.;()]{0,25}$/iu;

/** Whether the words right before `p` (within its clause) name an assumption test. */
export function citesAssumptionTest(text: string, p: PReport): boolean {
  return ASSUMPTION_TEST.test(text.slice(Math.max(0, p.start - 60), p.start));
}
