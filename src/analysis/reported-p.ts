/**
 * Which p a rank test's result reports: the exact p when the statistic has one (small
 * samples without ties), else the asymptotic (normal-approximation) p. Every analysis
 * decision and every sentence, table cell and `:stat` reads p through here.
 */

/** A result that carries both an exact p (null when not computed) and an asymptotic p. */
export interface ExactOrAsymptoticP {
  pExact: number | null;
  pAsymptotic: number;
}

export function reportedP(r: ExactOrAsymptoticP): number {
  return r.pExact ?? r.pAsymptotic;
}

export function reportedPMethod(r: ExactOrAsymptoticP): 'exact' | 'asymptotic' {
  return r.pExact === null ? 'asymptotic' : 'exact';
}
