/**
 * An Indonesian decision on the hypotheses, H0 or Ha accepted or rejected, as the recognisers of
 * conclusions that cite no p in their own sentence read it (closing-decisions.ts,
 * anaphoric-p-conclusions.ts), and the words that mark an assumption test's decision, which says
 * nothing about the hypothesis.
 */

/** Decisions on H0 and Ha, with "di" written apart or joined: [pattern, significant]. */
const DECISIONS: [RegExp, boolean][] = [
  [/(?<![\p{L}])H[o0₀]\s+(?:gagal\s+di\s?tolak|tidak\s+di\s?tolak|di\s?terima)(?![\p{L}])/iu, false],
  [/(?<![\p{L}])H[a1₁]\s+(?:di\s?tolak|tidak\s+di\s?terima)(?![\p{L}])/iu, false],
  [/(?<![\p{L}])H[o0₀]\s+di\s?tolak(?![\p{L}])/iu, true],
  [/(?<![\p{L}])H[a1₁]\s+di\s?terima(?![\p{L}])/iu, true],
];

/** Names of assumption tests (normality, homogeneity, linearity, the classical regression tests). */
export const ASSUMPTION_TEST = /normal|homogen|heterogen|linear|multikolinear|autokorelasi|heteroskedastis/iu;

/**
 * The decision a sentence draws on the hypotheses at or after `from`: the first one printed,
 * when every decision there says the same; `null` when there is none or they disagree.
 */
export function hypothesisDecision(sentence: string, from = 0): { m: RegExpExecArray; significant: boolean } | null {
  const found = DECISIONS.map(([re, significant]) => ({ m: re.exec(sentence), significant })).filter(
    (d): d is { m: RegExpExecArray; significant: boolean } => d.m !== null && d.m.index >= from,
  );
  if (found.length === 0 || new Set(found.map((d) => d.significant)).size > 1) return null;
  return found.reduce((a, b) => (a.m.index <= b.m.index ? a : b));
}
