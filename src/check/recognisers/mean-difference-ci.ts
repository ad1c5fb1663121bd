/**
 * A confidence interval of a difference between two means printed with both means, and no
 * printed difference: "day one (M = 1.65, SD = 0.64) … day 3 (M = 0.98, SD = 0.71), t(122) =
 * 10.59, p < .001, 95% CI [0.55, 0.80]", or an APA table row under "M SD M SD n … t" with a
 * "95% CI" column ("147.25 14.72 137.75 12.08 8 [3.02, 15.98] 3.47"). A t- or z-based interval
 * of M₁ − M₂ (paired, pooled or Welch) is centred on M₁ − M₂, so the difference of the printed
 * means (either way round: which one is subtracted is rarely said) must lie at the interval's
 * centre within rounding; the confidence-interval check reads it as a mean difference.
 *
 * Read only when the sentence (or row) holds exactly two means and one interval after them,
 * no printed difference or coefficient, and nothing that makes the interval other than
 * symmetric around the raw difference (bootstrap, adjusted or estimated marginal means, a
 * ratio, a log scale, a median, a rank test's Hodges–Lehmann interval). An interval that the sentence puts right after an effect size (`d = 0.95,
 * 95% CI [0.55, 0.80]`) may be the effect size's own: it is read as the difference's only when
 * the difference fits it, and then not as the effect size's; when neither fits, one
 * inconsistency is reported (the difference's). So is an interval right after the second mean
 * ("(M = 0.83, SD = 0.54), 95% CI [−0.51, −0.28]"), which could be that mean's own.
 */
import type { EstimateReport, Extraction, Num, Place } from '../types.ts';
import type { Span } from './segments.ts';
import type { Labelled } from './labels.ts';
import type { FoundCi } from './intervals.ts';
import { numInterval, overlaps } from '../rounding.ts';
import { parseNum, SIGNED_NUM } from './numbers.ts';
import { linesWithOffsets } from './lines.ts';

const NOT_RAW_DIFFERENCE =
  /bootstrap|\bBCa\b|adjusted|disesuaikan|estimated\s+marginal|marginal\s+means|\bEMM\b|median|\b(?:OR|RR|HR|IRR)\b|odds|ratio|rasio|\blog(?:-?transformed|arithm\w*)?\b|\bln\b|Mann|Whitney|Wilcoxon|Hodges|\brank|peringkat|\bU\s*=/iu;

const LABEL = 'M₁ − M₂';

/** The difference of two printed means, signed to sit nearest the interval's centre. */
export function difference(m1: Num, m2: Num, ci: { lower: Num; upper: Num }): Num {
  const centre = (ci.lower.value + ci.upper.value) / 2;
  const d = m1.value - m2.value;
  const flip = Math.abs(centre + d) < Math.abs(centre - d);
  const [a, b] = flip ? [m2, m1] : [m1, m2];
  const decimals = Math.max(a.decimals, b.decimals);
  return {
    value: a.value - b.value,
    decimals,
    half: a.half + b.half,
    raw: `${a.raw} − ${b.raw}`,
    start: Math.min(m1.start, m2.start),
    end: Math.max(m1.end, m2.end),
  };
}

/** Whether a difference lies at the centre of the interval, within the rounding of all four numbers. */
export function centredOn(diff: Num, ci: { lower: Num; upper: Num }): boolean {
  const lo = numInterval(ci.lower);
  const hi = numInterval(ci.upper);
  return overlaps([(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2], numInterval(diff));
}

function inside(est: Num, ci: { lower: Num; upper: Num }): boolean {
  const e = numInterval(est);
  return e[1] >= numInterval(ci.lower)[0] && e[0] <= numInterval(ci.upper)[1];
}

function add(
  extraction: Extraction,
  m1: Num,
  m2: Num,
  ci: FoundCi | (EstimateReport['ci'] & {}),
  place: Place,
  origin: EstimateReport['origin'],
): void {
  const diff = difference(m1, m2, ci);
  extraction.estimates.push({
    family: 'mean',
    label: LABEL,
    value: diff,
    ci: { level: ci.level, lower: ci.lower, upper: ci.upper, start: ci.start, end: ci.end },
    p: null,
    place,
    origin,
  });
}

/** Prose: two means and one interval in a sentence. */
export function readMeanDifferenceCis(
  text: string,
  sentences: Span[],
  labelled: Labelled[],
  intervals: FoundCi[],
  extraction: Extraction,
): void {
  let li = 0;
  let ci0 = 0;
  // The estimates by their interval's place, in the order of the estimates: the first of each
  // list is the one a search of all estimates would find (that search per sentence was quadratic).
  const byCi = new Map<number, EstimateReport[]>();
  const index = (e: EstimateReport) => {
    if (!e.ci) return;
    const list = byCi.get(e.ci.start);
    if (list) list.push(e);
    else byCi.set(e.ci.start, [e]);
  };
  for (const e of extraction.estimates) index(e);
  for (const span of sentences) {
    while (li < labelled.length && labelled[li]!.start < span.start) li++;
    while (ci0 < intervals.length && intervals[ci0]!.start < span.start) ci0++;
    const inSpan: Labelled[] = [];
    for (let k = li; k < labelled.length && labelled[k]!.start < span.end; k++) inSpan.push(labelled[k]!);
    const cis: FoundCi[] = [];
    for (let k = ci0; k < intervals.length && intervals[k]!.start < span.end; k++)
      if (!intervals[k]!.bare) cis.push(intervals[k]!);
    if (cis.length !== 1) continue;
    const means = inSpan.filter((l) => l.role === 'mean' && l.op === '=');
    if (means.length !== 2 || inSpan.some((l) => l.role === 'meanDiff' || l.role === 'coef')) continue;
    const ci = cis[0]!;
    if (ci.start < means[1]!.end) continue;
    if (NOT_RAW_DIFFERENCE.test(text.slice(span.start, span.end))) continue;
    // The interval already read as a mean's, a difference's or a ratio's is theirs.
    const held = byCi.get(ci.start)?.[0] ?? null;
    // (The second mean itself may hold it when nothing stands between them: either reading.)
    if (held && held.family !== 'other' && held.value.start !== means[1]!.num.start) continue;
    const diff = difference(means[0]!.num, means[1]!.num, ci);
    if (held) {
      const own = held;
      // An effect size or the second mean before the interval: whichever reading fits is the interval's.
      const ownFits = own.family === 'mean' ? centredOn(own.value, ci) : inside(own.value, ci);
      if (!centredOn(diff, ci) && ownFits) continue;
      extraction.estimates.splice(extraction.estimates.indexOf(own), 1);
      byCi.get(ci.start)!.shift();
    }
    const start = means[0]!.start;
    add(
      extraction,
      means[0]!.num,
      means[1]!.num,
      ci,
      { start, end: ci.end, quoteStart: span.start, quoteEnd: span.end },
      'text',
    );
    index(extraction.estimates.at(-1)!);
  }
}

const HEADER =
  /(?:^|\s)(?:M|Mean|Rerata|Rata-rata)\s+(?:SD|SB|SE)\s+(?:M|Mean|Rerata|Rata-rata)\s+(?:SD|SB|SE)(?=\s|$)/u;
const ROW_NUM = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(${SIGNED_NUM})(?:\*+)?(?![\p{L}\p{N}])`, 'gu');
const BRACKET = new RegExp(String.raw`\[\s*(${SIGNED_NUM})\s*[,;]\s*(${SIGNED_NUM})\s*\]`, 'du');

/**
 * Table rows that arrive as plain lines under a header "… M SD M SD n t" whose header lines name
 * a "95% CI" column: the numbers of a row, its bracketed interval aside, are the header's columns
 * in order, so the two means are the first and third statistic columns.
 */
export function readMeanDifferenceRows(text: string, extraction: Extraction): void {
  if (!/\bM\s+SD\s+M\s+SD\b|Mean\s+SD\s+Mean\s+SD|Rerata\s+SB\s+Rerata\s+SB/u.test(text)) return;
  const { lines, offsets } = linesWithOffsets(text);
  for (let i = 0; i < lines.length; i++) {
    const h = HEADER.exec(lines[i]!);
    if (!h) continue;
    // The level, from this line or the two above it.
    const above = lines.slice(Math.max(0, i - 2), i + 1).join(' ');
    const lv = /(\d{2}(?:[.,]\d+)?)\s*%\s*(?:CI|IK|KI)\b|\b(?:CI|IK|KI)\s*(\d{2})\s*%/u.exec(above);
    if (!lv || NOT_RAW_DIFFERENCE.test(above)) continue;
    const level = Number((lv[1] ?? lv[2])!.replace(',', '.'));
    // Statistic columns: the header's words from the first M on.
    const columns = lines[i]!.slice(h.index).trim().split(/\s+/);
    for (let r = i + 1; r < lines.length && r <= i + 40; r++) {
      const line = lines[r]!;
      if (line.trim() === '') continue;
      const b = BRACKET.exec(line);
      if (!b) break;
      const idx = b.indices!;
      const rest = line.slice(0, idx[0]![0]) + ' '.repeat(idx[0]![1] - idx[0]![0]) + line.slice(idx[0]![1]);
      const nums = [...rest.matchAll(ROW_NUM)];
      if (nums.length !== columns.length || !/\p{L}/u.test(line.slice(0, nums[0]!.index))) break;
      const base = offsets[r]!;
      const m1 = parseNum(nums[0]![1]!, base + nums[0]!.index!);
      const m2 = parseNum(nums[2]![1]!, base + nums[2]!.index!);
      const lower = parseNum(b[1]!, base + idx[1]![0]);
      const upper = parseNum(b[2]!, base + idx[2]![0]);
      if (!m1 || !m2 || !lower || !upper) continue;
      const ci = { level, lower, upper, start: base + idx[0]![0], end: base + idx[0]![1] };
      if (extraction.estimates.some((e) => e.ci?.start === ci.start)) continue;
      add(
        extraction,
        m1,
        m2,
        ci,
        { start: m1.start, end: ci.end, quoteStart: base, quoteEnd: base + line.length },
        'table',
      );
    }
  }
}
