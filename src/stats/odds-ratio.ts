/**
 * Odds ratio of a 2 × 2 table with the Woolf (Wald) interval (Woolf 1955):
 * a = exposed cases, b = exposed non-cases, c = unexposed cases, d = unexposed non-cases;
 * OR = ad/(bc), SE(ln OR) = √(1/a + 1/b + 1/c + 1/d), CI = exp(ln OR ∓ z₀.₉₇₅·SE),
 * z = ln OR/SE, p = 2Φ(−|z|) — the Wald test of glm(outcome ~ exposure, binomial).
 * Any zero cell makes OR, its CI, z and p undefined: they are null with note "zero cell"
 * (no 0.5 correction, as the oracle requires).
 *
 * Exposure and outcome may be 0/1 (the oracle: reference 0, case 1) or categorical with
 * a declared reference (unexposed) level, exposed level and case level. Rows whose
 * exposure is neither the reference nor the exposed level are `excluded` (not missing).
 */
import { isMissingLevel, observedLevels, sameLevel } from './levels.ts';
import { checkLengths } from './missing.ts';
import { normalTwoSided, Z_975 } from './distributions.ts';
import { failure, type GroupInput, type Level, type StatFailure } from './types.ts';

export interface OddsRatioResult {
  n: number;
  missing: number;
  /** Rows whose exposure level is neither the reference nor the exposed level. */
  excluded: number;
  exposedLevel: Level;
  referenceLevel: Level;
  caseLevel: Level;
  a: number;
  b: number;
  c: number;
  d: number;
  or: number | null;
  logOr: number | null;
  seLogOr: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  z: number | null;
  p: number | null;
  note?: string;
}

export interface OddsRatioOptions {
  /** Unexposed (reference) level of the exposure; default 0. */
  reference?: Level;
  /** Exposed level; default: the one other level of the exposure (error if there are more). */
  exposed?: Level;
  /** Outcome level that marks a case; default 1. The outcome must have no other level but one. */
  caseLevel?: Level;
}

/** OR and Woolf interval from the four counts (a, b exposed; c, d unexposed; a, c cases). */
export function oddsRatioFromCounts(
  a: number,
  b: number,
  c: number,
  d: number,
): Pick<OddsRatioResult, 'or' | 'logOr' | 'seLogOr' | 'ciLower' | 'ciUpper' | 'z' | 'p' | 'note'> {
  if (a === 0 || b === 0 || c === 0 || d === 0) {
    return { or: null, logOr: null, seLogOr: null, ciLower: null, ciUpper: null, z: null, p: null, note: 'zero cell' };
  }
  const logOr = Math.log(a) + Math.log(d) - Math.log(b) - Math.log(c);
  const se = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
  const z = logOr / se;
  return {
    or: (a * d) / (b * c),
    logOr,
    seLogOr: se,
    ciLower: Math.exp(logOr - Z_975 * se),
    ciUpper: Math.exp(logOr + Z_975 * se),
    z,
    p: normalTwoSided(z),
  };
}

export function oddsRatio(
  exposure: GroupInput,
  outcome: GroupInput,
  options: OddsRatioOptions = {},
): OddsRatioResult | StatFailure {
  checkLengths([exposure, outcome]);
  const reference = options.reference ?? 0;
  const caseLevel = options.caseLevel ?? 1;
  const exposureLevels = observedLevels(exposure);
  if (!exposureLevels.some((l) => sameLevel(l, reference))) {
    return failure(
      'group-levels',
      `the reference level "${String(reference)}" does not occur in the exposure (levels: ${exposureLevels.join(', ') || 'none'})`,
    );
  }
  let exposed = options.exposed;
  if (exposed === undefined) {
    const others = exposureLevels.filter((l) => !sameLevel(l, reference));
    if (others.length !== 1) {
      return failure(
        'group-levels',
        others.length === 0
          ? `the exposure has only the reference level "${String(reference)}"`
          : `the exposure has ${others.length} levels besides the reference (${others.join(', ')}); name the exposed level`,
      );
    }
    exposed = others[0]!;
  } else if (!exposureLevels.some((l) => sameLevel(l, exposed!))) {
    return failure(
      'group-levels',
      `the exposed level "${String(exposed)}" does not occur in the exposure (levels: ${exposureLevels.join(', ')})`,
    );
  }
  const outcomeLevels = observedLevels(outcome);
  const nonCase = outcomeLevels.filter((l) => !sameLevel(l, caseLevel));
  if (nonCase.length > 1) {
    return failure(
      'group-levels',
      `the outcome has ${outcomeLevels.length} levels (${outcomeLevels.join(', ')}); an odds ratio needs a case level "${String(caseLevel)}" and one other`,
    );
  }
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  let missing = 0;
  let excluded = 0;
  for (let i = 0; i < exposure.length; i++) {
    const e = exposure[i];
    const o = outcome[i];
    if (isMissingLevel(e) || isMissingLevel(o)) {
      missing++;
      continue;
    }
    const isExposed = sameLevel(e, exposed);
    if (!isExposed && !sameLevel(e, reference)) {
      excluded++;
      continue;
    }
    const isCase = sameLevel(o, caseLevel);
    if (isExposed) {
      if (isCase) a++;
      else b++;
    } else if (isCase) c++;
    else d++;
  }
  const n = a + b + c + d;
  if (n === 0)
    return failure('too-few-observations', 'no complete rows with the reference or exposed level', { n, missing });
  const stats = oddsRatioFromCounts(a, b, c, d);
  const out: OddsRatioResult = {
    n,
    missing,
    excluded,
    exposedLevel: exposureLevels.find((l) => sameLevel(l, exposed!)) ?? exposed,
    referenceLevel: exposureLevels.find((l) => sameLevel(l, reference)) ?? reference,
    caseLevel: outcomeLevels.find((l) => sameLevel(l, caseLevel)) ?? caseLevel,
    a,
    b,
    c,
    d,
    ...stats,
  };
  if (out.note === undefined) delete out.note;
  return out;
}
