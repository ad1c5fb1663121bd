/**
 * Decisions drawn from a statistic against its critical value, with no p: "t hitung (5,376) >
 * t tabel (1,686) maka H1 diterima", "obtained t_(count)=6.39 and t_(table) = 1.67, because
 * t_(count) < t_(table) then H_0 is accepted", "F hitung 4,21 > F tabel 3,15 sehingga Ho
 * ditolak". The statistic and its critical value are named as computed ("hitung", "count",
 * "calculated", "obs") and tabled ("tabel", "table", "critical", "kritis"); the decision is on
 * H0 or H1 (Ha) in the same sentence. A finding in the next sentence that draws on it with a word
 * of consequence ("Thus … there is an influence", "Jadi terdapat pengaruh …") is read with it.
 */
import type { CriticalDecision, Num } from '../types.ts';
import type { Span } from './segments.ts';
import { parseNum } from './numbers.ts';
import { pairedLabelValues } from './paired-critical-labels.ts';

const STAT = String.raw`(t|F|r|χ2|χ²|X2|X²|chi[-\s]?square|chi[-\s]?kuadrat)`;
const COMPUTED = String.raw`(?:[_\s-]*\(?\s*(?:hitung|count|calculated|computed|obs(?:erved)?)\s*\)?)`;
const TABLED = String.raw`(?:[_\s-]*\(?\s*(?:tabel|table|critical|kritis|crit)\s*\)?)`;
const VALUE = String.raw`\s*(?:=|:|sebesar|adalah|of|is|was)?\s*\(?\s*(-?\s?\d+(?:[.,]\d+)?)\s*\)?`;
const COMPUTED_VALUE = new RegExp(String.raw`(?<![\p{L}])${STAT}${COMPUTED}${VALUE}`, 'giu');
const TABLED_VALUE = new RegExp(String.raw`(?<![\p{L}])${STAT}${TABLED}${VALUE}`, 'giu');
/** Both labels first, both values after: "F hitung F tabel 4,106 2,81" (./paired-critical-labels.ts). */
const PAIRED_LABELS = new RegExp(
  String.raw`(?<![\p{L}])${STAT}${COMPUTED}\s*(?:[<>≤≥]\s*)?${STAT}${TABLED}\s*(?:=|:)?\s*(-?\d+(?:[.,]\d+)?)(?:\s+|\s*[<>≤≥]\s*)(-?\d+(?:[.,]\d+)?)(?![\p{N}]|[.,]\d)`,
  'giu',
);
const TABLED_LABEL = new RegExp(String.raw`(?<![\p{L}])${STAT}${TABLED}`, 'iu');

/** Decisions on the hypotheses: [pattern, whether it says the result is significant]. */
export const DECISIONS: [RegExp, boolean][] = [
  [/\bH[_\s]?[o0₀]\s+(?:is\s+|was\s+)?(?:gagal\s+ditolak|tidak\s+ditolak|diterima|accepted|not\s+rejected)\b/iu, false],
  [/\bH[_\s]?[a1₁]\s+(?:is\s+|was\s+)?(?:ditolak|tidak\s+diterima|rejected|not\s+accepted)\b/iu, false],
  [/\bH[_\s]?[o0₀]\s+(?:is\s+|was\s+)?(?:ditolak|rejected)\b/iu, true],
  [/\bH[_\s]?[a1₁]\s+(?:is\s+|was\s+)?(?:diterima|accepted)\b/iu, true],
  // The verb first, as a worksheet's decision line prints it: "Keputusan : Tolak H0".
  [
    /(?<![\p{L}])(?:(?:gagal|tidak)\s+(?:menolak|tolak)\s+H[_\s]?[o0₀]|(?:terima|menerima)\s+H[_\s]?[o0₀]|(?<!(?:gagal|tidak)\s+)(?:tolak|menolak)\s+H[_\s]?[a1₁])(?![\p{L}\p{N}])/iu,
    false,
  ],
  [
    /(?<![\p{L}])(?:(?<!(?:gagal|tidak)\s+)(?:tolak|menolak)\s+H[_\s]?[o0₀]|(?:terima|menerima)\s+H[_\s]?[a1₁])(?![\p{L}\p{N}])/iu,
    true,
  ],
];
/** A finding in words: (no) influence, effect, difference, relation. */
const FINDING =
  /(?:(tidak|no)\s+|\b)(?:ada|terdapat|there\s+(?:is|was|are|were)(?:\s+an?)?)\s+(?:(?:significant|signifikan)\s+)?(?:pengaruh|perbedaan|hubungan|influence|effect|difference|relationship|correlation)/iu;
export const CONSEQUENCE =
  /^\s*(?:thus|therefore|hence|so|jadi|dengan\s+demikian|oleh\s+karena\s+itu|maka|sehingga|hal\s+ini\s+berarti)\b/iu;

const kindOf = (raw: string): CriticalDecision['kind'] => {
  const s = raw.toLowerCase();
  if (s === 't') return 't';
  if (s === 'f') return 'F';
  if (s === 'r') return 'r';
  return 'chi2';
};
const sameKind = (a: string, b: string) => kindOf(a) === kindOf(b);

function parseSigned(raw: string, start: number): Num | null {
  return parseNum(raw.replace(/\s/g, ''), start);
}

/** Matches of one value stated more than once, as the last of them; others as they are. */
function restatedOnce(ms: RegExpMatchArray[]): RegExpMatchArray[] {
  if (ms.length < 2) return ms;
  const values = new Set(ms.map((m) => parseSigned(m[2]!, 0)?.value));
  return values.size === 1 ? [ms[ms.length - 1]!] : ms;
}

/** A rule with no numbers ("Jika t hitung > t tabel maka H0 ditolak … Jika … maka H0 diterima")
 *  run into the sentence of the result gives decisions both ways: then only a decision after the
 *  result's numbers, with no "jika" (if) between them, is the result's. */
const RULE_WORD = /\b(?:jika|apabila|bila|kalau|if|kriteria)\b/iu;
function decisionsAfterRule<D extends { m: RegExpExecArray | null; significant: boolean }>(
  sentence: string,
  decisions: D[],
  valuesAt: number,
): D[] {
  if (new Set(decisions.map((d) => d.significant)).size < 2) return decisions;
  const after: D[] = [];
  for (const [re, significant] of DECISIONS) {
    const tail = sentence.slice(valuesAt);
    const m = re.exec(tail);
    if (!m || RULE_WORD.test(tail.slice(0, m.index))) continue;
    after.push({ ...decisions[0]!, m: Object.assign(m, { index: m.index + valuesAt }), significant });
  }
  return after;
}

/** Wilcoxon's signed-rank test (and the sign test) rejects H0 when its T is at most the table's:
 *  a capital T beside such a test named in the sentence or just before it is not Student's t. */
const RANK_TEST = /wilcoxon|signed[\s-]rank|peringkat\s+bertanda|rangking\s+bertanda|uji\s+tanda|sign\s+test/iu;
const RANK_TEST_REACH = 800;
function isWilcoxonT(text: string, at: number, computed: RegExpMatchArray[]): boolean {
  if (!computed.some((c) => c[1] === 'T')) return false;
  const end = at + (computed[0]!.index ?? 0);
  return RANK_TEST.test(text.slice(Math.max(0, at - RANK_TEST_REACH), end + 200));
}

export function readCriticalDecisions(text: string, spans: Span[]): CriticalDecision[] {
  const out: CriticalDecision[] = [];
  let previous: CriticalDecision | null = null;
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    // A value restated in the same sentence ("t hitung sebesar 9,674 … t hitung 9,674 t tabel
    // 1,660") is one value: the last statement, nearest the decision, is read.
    const paired = pairedLabelValues(sentence, PAIRED_LABELS, (whole) => {
      // The tabled label after the computed one: the first label match past the statistic's name.
      const rest = whole.slice(1);
      return 1 + rest.search(TABLED_LABEL);
    });
    const pairedTabledAt = new Set(paired.map((p) => p.tabled.index));
    const computed = restatedOnce([...sentence.matchAll(COMPUTED_VALUE), ...paired.map((p) => p.computed)]);
    const tabled = restatedOnce([
      ...[...sentence.matchAll(TABLED_VALUE)].filter((m) => !pairedTabledAt.has(m.index!)),
      ...paired.map((p) => p.tabled),
    ]);
    const decisions = decisionsAfterRule(
      sentence,
      DECISIONS.map(([re, significant]) => ({ m: re.exec(sentence), significant })).filter((d) => d.m),
      Math.max(computed[0]?.index ?? 0, tabled[0]?.index ?? 0),
    );
    // One statistic, one critical value of the same kind, one decision (or the same one said twice).
    if (
      !isWilcoxonT(text, span.start, computed) &&
      computed.length === 1 &&
      tabled.length === 1 &&
      sameKind(computed[0]![1]!, tabled[0]![1]!) &&
      decisions.length > 0 &&
      new Set(decisions.map((d) => d.significant)).size === 1
    ) {
      const c = computed[0]!;
      const t = tabled[0]!;
      const stat = parseSigned(c[2]!, span.start + c.index! + c[0].lastIndexOf(c[2]!));
      const critical = parseSigned(t[2]!, span.start + t.index! + t[0].lastIndexOf(t[2]!));
      const d = decisions[0]!;
      if (stat && critical && critical.value > 0) {
        const decisionEnd = span.start + d.m!.index! + d.m![0].length;
        const found: CriticalDecision = {
          kind: kindOf(c[1]!),
          stat,
          critical,
          significant: d.significant,
          decision: d.m![0],
          place: {
            start: span.start + Math.min(c.index!, t.index!),
            end: Math.max(decisionEnd, stat.end, critical.end),
            quoteStart: span.start,
            quoteEnd: span.end,
          },
        };
        out.push(found);
        previous = found;
        continue;
      }
    }
    // "Thus … there is an influence": a finding drawn from the decision just before it.
    const finding = FINDING.exec(sentence);
    if (previous && finding && CONSEQUENCE.test(sentence) && computed.length === 0 && decisions.length === 0) {
      const start = span.start + finding.index!;
      out.push({
        ...previous,
        significant: !finding[1],
        decision: finding[0],
        place: { start, end: start + finding[0].length, quoteStart: span.start, quoteEnd: span.end },
      });
    }
    previous = null;
  }
  return out;
}
