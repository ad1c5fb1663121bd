/**
 * Reliability decided in prose from a reliability coefficient against the threshold the text
 * compares it with: "Cronbach's Alpha 0,58 > 0,60 sehingga instrumen reliabel" (0,58 is below
 * 0,60: the decision contradicts the printed numbers), "nilai alpha sebesar 0,812 lebih besar dari
 * 0,70, maka kuesioner dinyatakan reliabel", "r11 = 0,45 < 0,60 sehingga tidak reliabel".
 * "Reliabel" claims the coefficient is above the threshold. Read only in a sentence with one
 * coefficient (between 0 and 1, with decimals) followed by a comparison with one threshold of
 * 0,5–0,9, and one reliability decision (or the same one said twice) after them; a coefficient
 * equal to its threshold, and a sentence stating a rule ("jika alpha > 0,60 maka reliabel"), are
 * not read. Judged by checks/critical-values.ts.
 */
import type { CriticalDecision } from '../types.ts';
import type { Span } from './segments.ts';
import { parseNum } from './numbers.ts';
import { agreedDecision, thresholdDecision } from './threshold-decisions.ts';

const COEFFICIENT = String.raw`(?:Cronbach'?s?\s+Alpha|Alpha\s+Cronbach|(?:nilai|koefisien)\s+(?:alpha|α|reliabilitas)|Cronbach'?s?\s+α|r\s?11|r_\{?11\}?)`;
const VALUE = String.raw`(?:\s*\([^()]{0,20}\))?(?:\s+(?:sebesar|adalah|yaitu|senilai))?\s*(?:[=:]\s*)?\(?\s*(\d*[.,]\d+)\s*\)?`;
const COMPARE = String.raw`\s*(?:,\s*)?(?:(?:yang|dan|ini)\s+)?(?:(>|≥|>=|lebih\s+besar\s+(?:dari(?:pada)?|daripada)|greater\s+than|above)|(<|≤|<=|lebih\s+kecil\s+(?:dari(?:pada)?|daripada)|kurang\s+dari|less\s+than|below))\s*(?:(?:nilai\s+)?(?:batas|kritis|standar|ketentuan|r\s*tabel)\s*)?\(?\s*(\d*[.,]\d+)`;
const STATEMENT = new RegExp(String.raw`(?<![\p{L}])${COEFFICIENT}${VALUE}${COMPARE}`, 'giu');
const DECISION = /(?<![\p{L}])(?:(tidak|not)\s+)?(?:reliabel|reliable|andal)(?![\p{L}])/giu;
const RULE = /(?<![\p{L}])(?:jika|apabila|bila|kalau|if|kriteria|criteri(?:a|on)|ketentuan)(?![\p{L}])/iu;

export function readReliabilityStatements(text: string, spans: Span[]): CriticalDecision[] {
  const out: CriticalDecision[] = [];
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    if (!/reliab|andal/iu.test(sentence)) continue;
    const found = [...sentence.matchAll(STATEMENT)];
    if (found.length !== 1) continue;
    const m = found[0]!;
    const at = (raw: string, from: number) => span.start + m.index! + m[0].indexOf(raw, from);
    const stat = parseNum(m[1]!, at(m[1]!, 0));
    const threshold = parseNum(m[4]!, at(m[4]!, m[0].length - m[4]!.length - 1));
    if (!stat || !threshold) continue;
    if (!(stat.value > 0 && stat.value < 1) || !(threshold.value >= 0.5 && threshold.value <= 0.9)) continue;
    if (stat.value === threshold.value) continue;
    const end = m.index! + m[0].length;
    const d = agreedDecision(sentence, DECISION, RULE, end);
    if (!d) continue;
    out.push(thresholdDecision('reliability', stat, threshold, d, span, m.index!));
  }
  return out;
}
