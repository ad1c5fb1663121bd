/**
 * "ρ" is two things in Indonesian page text: a p typed with the Greek letter ("nilai ρ 0,007",
 * "nilai ρ (0,006) < α") and Spearman's coefficient ("koefisien korelasi ρ = 0,878", "(ρ = 0,472,
 * p = 0,007)"). Read as a p, the coefficient made "adanya hubungan … (ρ = 0,472, p = 0,007)" a
 * finding against p = 0,472. A ρ is the coefficient when a correlation word names it just before
 * ("korelasi", "koefisien", "Spearman", "rho") or when its value is followed at once by a p of its
 * own.
 */

const NAMED_BEFORE = /(?:korelasi|koefisien|spearman|rho|correlation|coefficient)\s*\(?\s*$/iu;
const P_AFTER_VALUE =
  /^\s*=\s*[-−–]?\s*\d*[.,]\d+\s*[,;]\s*(?:dan\s+|and\s+)?(?:nilai\s+)?(?:p(?:[-_\s]?value)?|sig\.?|signifikansi)(?![\p{L}])/iu;

/**
 * The text with every ρ that is a coefficient replaced by "r" (one character for one, so offsets
 * into the text stay valid), for readers that take ρ for a p.
 */
export function maskRhoCoefficients(text: string): string {
  if (!text.includes('ρ')) return text;
  return text.replace(/ρ/gu, (rho, at: number) =>
    NAMED_BEFORE.test(text.slice(Math.max(0, at - 30), at)) || P_AFTER_VALUE.test(text.slice(at + 1, at + 60))
      ? 'r'
      : rho,
  );
}
