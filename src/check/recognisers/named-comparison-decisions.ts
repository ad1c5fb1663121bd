/**
 * A decision from a critical value whose comparison is named in words and its numbers given after
 * it, the way abstracts and theses summarise a test: "kualitas produk berpengaruh signifikan …
 * diperoleh t hitung > t tabel atau (6,978 > 2,003)", "t hitung lebih besar dari t tabel
 * (2,217>1,70), sehingga … ada hubungan yang signifikan", "F hitung > F tabel (12,4 > 3,15) maka
 * H0 ditolak", also with the signs lost ("χ² hitung χ² tabel 186,33 3,841, artinya Ha
 * diterima"). The first number is the statistic, the second its critical value, whatever sign
 * the text prints between them (the check judges the numbers).
 *
 * The decision is in the same sentence: on H0 or H1, or a finding in words — an effect, relation
 * or difference that there is ("berpengaruh signifikan", "ada hubungan", "terdapat perbedaan")
 * or is not ("tidak berpengaruh signifikan", "tidak ada hubungan"). A sentence with decisions
 * both ways, or a rule ("jika …") before the comparison, is not read; nor is a sentence another
 * reader has taken.
 */
import type { CriticalDecision } from '../types.ts';
import type { Span } from './segments.ts';
import { parseNum } from './numbers.ts';
import { DECISIONS } from './critical-values.ts';

const STAT_NAMES = String.raw`t|F|r|rs|r\s?s|rho|χ\s?2|χ\s?²|X2|X²|chi[-\s]?square|chi[-\s]?kuadrat`;
const STAT = String.raw`(${STAT_NAMES})`;
const OP = String.raw`(?:>|<|≥|≤|>=|<=|lebih\s+besar\s+(?:dari(?:pada)?|daripada)|lebih\s+kecil\s+(?:dari(?:pada)?|daripada))`;
const NUMBER = String.raw`(-?\d+(?:[.,]\d+)?)`;
const NAMED_COMPARISON = new RegExp(
  String.raw`(?<![\p{L}])${STAT}[\s_-]*(?:hitung|hit)\s*(?:${OP})?\s*(?:nilai\s+)?(?:${STAT_NAMES})[\s_-]*(?:tabel|table|kritis)\s*(?:\(\s*[^()]{0,20}\)\s*)?(?:,?\s*(?:atau|yaitu|yakni|sebesar))?\s*[(:]?\s*${NUMBER}(?![\d])(?:\s*${OP}\s*|\s+)${NUMBER}(?![\d]|[.,]\d)\s*\)?`,
  'giu',
);
/** A finding in words: [pattern, whether it claims a significant result]. */
const FINDINGS: [RegExp, boolean][] = [
  [
    /\btidak\s+(?:berpengaruh|ada\s+(?:pengaruh|hubungan|perbedaan)|terdapat\s+(?:pengaruh|hubungan|perbedaan))/iu,
    false,
  ],
  [/(?<!tidak\s)\bberpengaruh\s+(?:positif\s+(?:dan\s+)?)?signifikan/iu, true],
  [/(?<!tidak\s)\b(?:ada|terdapat)\s+(?:pengaruh|hubungan|perbedaan)/iu, true],
];
const RULE_WORD = /\b(?:jika|apabila|bila|kalau|kriteria)\b/iu;

const kindOf = (raw: string): CriticalDecision['kind'] => {
  const s = raw.toLowerCase().replace(/\s/gu, '');
  if (s === 't') return 't';
  if (s === 'f') return 'F';
  if (s === 'r' || s === 'rs' || s === 'rho') return 'r';
  return 'chi2';
};

export function readNamedComparisonDecisions(
  text: string,
  spans: Span[],
  taken: readonly CriticalDecision[],
): CriticalDecision[] {
  const out: CriticalDecision[] = [];
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    const comparisons = [...sentence.matchAll(NAMED_COMPARISON)];
    if (comparisons.length !== 1) continue;
    if (taken.some((d) => d.place.start < span.end && d.place.end > span.start)) continue;
    const c = comparisons[0]!;
    if (RULE_WORD.test(sentence.slice(0, c.index!))) continue;
    const decisions = [
      ...DECISIONS.map(([re, significant]) => ({ m: re.exec(sentence), significant })),
      ...FINDINGS.map(([re, significant]) => ({ m: re.exec(sentence), significant })),
    ].filter((d) => d.m !== null);
    // A finding found by both its negative and positive pattern ("tidak ada hubungan" holds "ada hubungan") is the negative.
    const negatives = decisions.filter((d) => !d.significant);
    const kept = decisions.filter((d) => !(d.significant && negatives.some((n) => overlaps(n.m!, d.m!))));
    if (kept.length === 0 || new Set(kept.map((d) => d.significant)).size !== 1) continue;
    const statRaw = c[2]!;
    const criticalRaw = c[3]!;
    const statAt = span.start + c.index! + c[0].lastIndexOf(statRaw, c[0].lastIndexOf(criticalRaw) - 1);
    const criticalAt = span.start + c.index! + c[0].lastIndexOf(criticalRaw);
    const stat = parseNum(statRaw, statAt);
    const critical = parseNum(criticalRaw, criticalAt);
    if (!stat || !critical || !(critical.value > 0)) continue;
    const d = kept[0]!;
    const decisionStart = span.start + d.m!.index!;
    const decisionEnd = decisionStart + d.m![0].length;
    const start = Math.min(span.start + c.index!, decisionStart);
    out.push({
      kind: kindOf(c[1]!),
      stat,
      critical,
      significant: d.significant,
      decision: d.m![0],
      place: { start, end: Math.max(decisionEnd, critical.end), quoteStart: span.start, quoteEnd: span.end },
    });
  }
  return out;
}

function overlaps(a: RegExpExecArray, b: RegExpExecArray): boolean {
  return a.index < b.index + b[0].length && b.index < a.index + a[0].length;
}
