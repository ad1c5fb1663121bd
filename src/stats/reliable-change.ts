/**
 * Reliable Change Index (Jacobson & Truax 1991): SE = SD·√(1 − r_xx),
 * S_diff = √2·SE, RCI = (post − pre)/S_diff; a change is reliable when |RCI| > 1.96
 * (the two-sided 5% criterion). SD is the pretest (or normative) standard deviation and
 * r_xx the scale's reliability (e.g. Cronbach's alpha or test–retest r).
 */
import { isPresent, checkLengths } from './missing.ts';
import { failure, type NumericInput, type StatFailure } from './types.ts';

export interface ReliableChangeParticipant {
  /** Row index (0-based) in the input. */
  row: number;
  pre: number;
  post: number;
  change: number;
  rci: number;
  reliable: boolean;
  /** Sign of post − pre: the scale's meaning (improvement or not) is the report's to state. */
  direction: 'decrease' | 'increase' | 'none';
}

export interface ReliableChangeResult {
  n: number;
  missing: number;
  sd: number;
  reliability: number;
  criterion: number;
  se: number;
  sDiff: number;
  participants: ReliableChangeParticipant[];
  reliableDecrease: number;
  reliableIncrease: number;
  noReliableChange: number;
}

export function reliableChange(
  pre: NumericInput,
  post: NumericInput,
  options: { sd: number; reliability: number; criterion?: number },
): ReliableChangeResult | StatFailure {
  checkLengths([pre, post]);
  const { sd, reliability } = options;
  const criterion = options.criterion ?? 1.96;
  if (!(sd > 0) || !Number.isFinite(sd))
    return failure('invalid-argument', `the standard deviation must be a positive number (got ${sd})`);
  if (!(reliability >= 0 && reliability < 1))
    return failure('invalid-argument', `the reliability must be at least 0 and below 1 (got ${reliability})`);
  const se = sd * Math.sqrt(1 - reliability);
  const sDiff = Math.SQRT2 * se;
  const participants: ReliableChangeParticipant[] = [];
  let missing = 0;
  for (let i = 0; i < pre.length; i++) {
    const a = pre[i];
    const b = post[i];
    if (!isPresent(a) || !isPresent(b)) {
      missing++;
      continue;
    }
    const change = b - a;
    const rci = change / sDiff;
    participants.push({
      row: i,
      pre: a,
      post: b,
      change,
      rci,
      reliable: Math.abs(rci) > criterion,
      direction: change < 0 ? 'decrease' : change > 0 ? 'increase' : 'none',
    });
  }
  return {
    n: participants.length,
    missing,
    sd,
    reliability,
    criterion,
    se,
    sDiff,
    participants,
    reliableDecrease: participants.filter((p) => p.reliable && p.direction === 'decrease').length,
    reliableIncrease: participants.filter((p) => p.reliable && p.direction === 'increase').length,
    noReliableChange: participants.filter((p) => !p.reliable).length,
  };
}
