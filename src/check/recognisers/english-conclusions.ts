/**
 * English sentences that state a finding as significant or not and cite one p: "The relation
 * between these variables was significant, χ²(1, N = 84) = 8.9, p = .0029", "The proportion
 * … did not differ by marriage, χ²(1, N = 104) = 1.7, p > .05", "H0 is rejected because Sig.
 * = 0.000 < 0.05". The p is any p the statement readers found in the sentence (with its sign,
 * so `p > .05` is a p above the level). Read only when the sentence has exactly one p, its
 * decisions all say the same, and nothing in it makes the decision a rule or a contrast: a
 * criterion ("if p < .05, H0 is rejected"), a trend or marginal result, or two findings
 * set against each other ("although", "but", "whereas"), where which one the p belongs to is a
 * guess. Sentences another conclusion reader took are left to it.
 */
import type { ConclusionReport, Extraction, Num, PReport } from '../types.ts';
import { NUM, parseNum } from './numbers.ts';
import type { Span } from './segments.ts';
import { runsPastBreak } from './broken-sentences.ts';
import { partitionPoint } from '../sorted.ts';
import { statedLevel } from './stated-levels.ts';
import { citesAssumptionTest } from './assumption-p.ts';
import { conditionLabelNos } from './no-condition-labels.ts';
import { decidesOtherFindingAfterP } from './with-clause-decisions.ts';
import {
  BARE_NEGATED_AUXILIARY,
  continuation,
  statisticsGoOn,
  ELLIPTICAL_NOT_AFTER_CONTRAST,
  withoutLeadingContrast,
} from './contrast-leads.ts';

const SIGNIFICANT: RegExp[] = [
  /\bH[a1₁]\s+(?:is|was|has\s+been|were)\s+accepted\b/iu,
  /\bH[o0₀]\s+(?:is|was|has\s+been|were)\s+rejected\b/iu,
  /\breject(?:s|ed|ing)?\s+(?:the\s+)?(?:H[o0₀]\b|null\b)/iu,
  /\baccept(?:s|ed|ing)?\s+(?:the\s+)?(?:H[a1₁]\b|alternative\s+hypothesis)/iu,
  /\b(?:was|were|is|are|being)\s+(?:also\s+)?(?:statistically\s+)?significant\b/iu,
  /\bsignificantly\s+(?:higher|lower|greater|more|less|larger|smaller|longer|shorter|faster|slower|better|worse|different|associated|related|correlated|predicted|increased|decreased|improved|reduced)\b/iu,
  /\b(?:differed|increased|decreased|improved|declined|dropped|rose|changed)\s+significantly\b/iu,
  // "differed" alone claims a difference, as APA prose uses it ("ratings differed between conditions, F(8,122) = 2.31, p = .02").
  /\bdiffered\b/iu,
  /\b(?:effects?|differences?|associations?|relationships?|correlations?)\s+(?:was|were)\s+found\b/iu,
  /\b(?:an?|the)\s+(?:statistically\s+)?significant\s+(?:positive\s+|negative\s+|main\s+)?(?:effect|difference|relationship|relation|association|correlation|interaction|increase|decrease|improvement|reduction|predictor)\b/iu,
];
const NOT_SIGNIFICANT: RegExp[] = [
  /\bH[o0₀]\s+(?:is|was|has\s+been|were)\s+(?:accepted|retained|not\s+rejected)\b/iu,
  /\bH[a1₁]\s+(?:is|was|has\s+been|were)\s+(?:rejected|not\s+accepted)\b/iu,
  /\bfail(?:s|ed)?\s+to\s+reject\b/iu,
  /\b(?:retain(?:s|ed)?|accept(?:s|ed)?)\s+the\s+null\b/iu,
  /\bnot\s+(?:statistically\s+)?significant(?:ly)?\b/iu,
  /\bno\s+(?:statistically\s+)?significant\b/iu,
  /\bno\s+(?:[\p{L}-]+\s+){0,2}(?:differences?|effects?|associations?|relationships?|correlations?|change)\b/iu,
  /\b(?:non-?|in)significant(?:ly)?\b/iu,
  /\bdid\s+not\s+(?:significantly\s+)?(?:differ|change|predict|correlate)\b/iu,
];
/** A rule, a trend or a contrast: the sentence's decision is not simply the p's. */
const NOT_A_CONCLUSION =
  /\b(?:if|(?:when|whenever)(?=[^.;]{0,40}?(?:\bp\b|\bsig|[<>≤≥]))|whether|criteri(?:on|a)|rule|trend|marginal(?:ly)?|approach(?:ed|es|ing)?\s+(?:statistical\s+)?significan(?:ce|t)|borderline|although|though|but|whereas|while|however|except|unless)\b/iu;
/**
 * Words that may negate a positive decision from afar ("None of the factors was significantly
 * associated", "No item was significantly related"): with one of them outside a negative
 * decision, a positive one is not read.
 */
const NEGATOR = /\b(?:no|not|none|neither|nor|never|nothing|without|every|each)\b/giu;

/** A level the sentence names: `α = .01`, `at the 0.01 level`. */
const LEVEL = new RegExp(
  String.raw`(?:(?:α|alpha)\s*(?:=|of)\s*(${NUM})|at\s+the\s+(${NUM})\s+(?:level|significance\s+level))`,
  'iu',
);

/** Levels in use: anything else after `α =` is more likely a misnamed p ("Sig value α = 0.198"). */
const LEVELS: ReadonlySet<number> = new Set([0.1, 0.05, 0.025, 0.01, 0.005, 0.001]);

/** The one p a sentence cites, from the p-values the statement readers found; null when not one. */
function onlyP(span: Span, pValues: Extraction['pValues']): PReport | null {
  // Found by binary search in the p-values sorted by place: a filter of all of them for each
  // sentence made a long text's check quadratic.
  const sorted = sortedPs(pValues);
  const lo = partitionPoint(sorted, (p) => p.start < span.start);
  const inside: PReport[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < span.end && inside.length < 2; i++)
    if (sorted[i]!.end <= span.end) inside.push(sorted[i]!);
  if (inside.length !== 1) return null;
  const p = inside[0]!;
  if (p.num.value > 1 || p.num.value < 0) return null;
  return p;
}

/**
 * Whether a span overlaps any of the places: the places sorted by start, with the largest end
 * so far, answer by binary search (testing all of them for each sentence made a long text's
 * check quadratic).
 */
function overlapIndex(items: { place: { start: number; end: number } }[]): (span: Span) => boolean {
  const sorted = items.map(({ place }) => place).sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const place of sorted) maxEnd.push(Math.max(place.end, maxEnd.at(-1) ?? Number.NEGATIVE_INFINITY));
  return (span) => {
    // The places that start before the span ends: the first `lo` of them.
    const lo = partitionPoint(sorted, (place) => place.start < span.end);
    return lo > 0 && maxEnd[lo - 1]! > span.start;
  };
}

const sortedCache = new WeakMap<Extraction['pValues'], PReport[]>();
function sortedPs(pValues: Extraction['pValues']): PReport[] {
  let sorted = sortedCache.get(pValues);
  if (!sorted || sorted.length !== pValues.length) {
    sorted = pValues.map(({ p }) => p).sort((a, b) => a.start - b.start);
    sortedCache.set(pValues, sorted);
  }
  return sorted;
}

/** Where a sentence sets findings against each other: each part is read on its own. */
export const CONTRAST_SPLIT = /(?:,\s*|\s+)(?:but|whereas|while)\s+|;\s+/gu;
/** A part that negates the one before by ellipsis: "…was significant for A, but not for B". */
const ELLIPTICAL_NOT = /^(?:not|no)\b/iu;

export interface Part {
  start: number;
  end: number;
}

/** The conclusion of one sentence or part of it; `afterPositive` when the part before decided "significant". */
export function readPart(
  text: string,
  part: Part,
  span: Span,
  extraction: Extraction,
  afterPositive: boolean,
  before: boolean | null = null,
): { report: ConclusionReport | null; positive: boolean | null } {
  const none = { report: null, positive: null };
  // An opening "However," sets the part against the one before, not against itself (./contrast-leads.ts).
  const sentence = withoutLeadingContrast(text.slice(part.start, part.end));
  if (NOT_A_CONCLUSION.test(sentence)) return none;
  const yes = SIGNIFICANT.map((re) => re.exec(sentence)).filter((m) => m !== null);
  const no = NOT_SIGNIFICANT.map((re) => re.exec(sentence)).filter((m) => m !== null);
  // "was not significant" also holds "significant": a negation covering the positive match is one decision.
  const positive = yes.filter((m) => !no.some((n) => n.index <= m.index && n.index + n[0].length >= m.index));
  if (positive.length === 0 && no.length === 0 && afterPositive) {
    const ellipsis =
      ELLIPTICAL_NOT.exec(sentence) ??
      ELLIPTICAL_NOT_AFTER_CONTRAST.exec(sentence) ??
      BARE_NEGATED_AUXILIARY.exec(sentence);
    if (ellipsis) no.push(ellipsis);
  }
  // "…; and between A and C, t = …, p = .03": the decision of the part before goes on (./contrast-leads.ts).
  const continued = positive.length === 0 && no.length === 0 && before !== null ? continuation(sentence) : null;
  if (continued) (before ? positive : no).push(continued);
  if (positive.length > 0 === no.length > 0) return none;
  // "the sugar and no sugar conditions" names a condition (./no-condition-labels.ts).
  const labels = conditionLabelNos(sentence);
  const negated = [...sentence.matchAll(NEGATOR)].some(
    (n) => !labels.has(n.index!) && !no.some((d) => d.index <= n.index! && d.index + d[0].length > n.index!),
  );
  if (positive.length > 0 && negated) return none;
  const significant = positive.length > 0;
  const p = onlyP(part, extraction.pValues);
  if (!p) return { report: null, positive: significant };

  const decision = (significant ? positive : no).sort((a, b) => a.index - b.index)[0]!;
  const level = LEVEL.exec(text.slice(span.start, span.end));
  const a: Num | null = level
    ? parseNum(level[1] ?? level[2]!, span.start + level.index)
    : statedLevel(text.slice(span.start, span.end), span.start, p);
  const decisionStart = part.start + decision.index;
  const decisionEnd = decisionStart + decision[0].length;
  // "(Shapiro–Wilk p = .20), and the groups differed significantly": a decision after an
  // assumption test's p is not about it (./assumption-p.ts).
  if (decisionStart > p.end && citesAssumptionTest(text, p)) return { report: null, positive: significant };
  // "a correlation (r = .38, p < .01), with no significant gender differences": another finding (./with-clause-decisions.ts).
  if (decidesOtherFindingAfterP(text, part.start, p, decisionStart)) return { report: null, positive: significant };
  return {
    positive: significant,
    report: {
      p: p.num,
      op: p.op,
      alpha: a && LEVELS.has(a.value) ? a : null,
      significant,
      decision: decision[0],
      place: {
        start: Math.min(decisionStart, p.start),
        end: Math.max(decisionEnd, p.end),
        quoteStart: span.start,
        quoteEnd: span.end,
      },
    },
  };
}

/** A sentence cut at its contrast words, never inside a parenthesis ("(t(22) = 1.02; p = 0.32)" is one result). */
export function contrastParts(text: string, span: Span): Part[] {
  const sentence = text.slice(span.start, span.end);
  const parts: Part[] = [];
  let from = 0;
  for (const m of sentence.matchAll(CONTRAST_SPLIT)) {
    const before = sentence.slice(0, m.index);
    if ((before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0)) continue;
    // "M1 = 13.79, SD1 = 7.01; M2 = 15.70, …": one result's statistics (./contrast-leads.ts).
    if (m[0].startsWith(';') && statisticsGoOn(sentence.slice(m.index + m[0].length))) continue;
    parts.push({ start: span.start + from, end: span.start + m.index });
    from = m.index + m[0].length;
  }
  parts.push({ start: span.start + from, end: span.end });
  return parts;
}

export function readEnglishConclusions(text: string, spans: Span[], extraction: Extraction): ConclusionReport[] {
  const out: ConclusionReport[] = [];
  const taken = overlapIndex(extraction.conclusions);
  for (const span of spans) {
    if (taken(span)) continue;
    if (runsPastBreak(text, span)) continue;
    const parts = contrastParts(text, span);
    let afterPositive = false;
    let before: boolean | null = null;
    for (const part of parts) {
      const { report, positive } = readPart(text, part, span, extraction, afterPositive, before);
      if (report) out.push(report);
      afterPositive = positive === true;
      before = positive;
    }
  }
  return out;
}
