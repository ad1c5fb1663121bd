/**
 * The multicollinearity assumption decided in prose from VIF or tolerance against the threshold the
 * text compares them with: "nilai tolerance 0,645 > 0,10 dan VIF 1,550 < 10 sehingga tidak terjadi
 * multikolinearitas" agrees; "VIF 12,40 < 10 maka tidak terjadi multikolinearitas" contradicts its
 * own numbers. A VIF above its threshold, or a tolerance below its own, means multicollinearity.
 * Read in a sentence whose VIF (at least 1) or tolerance (0 to 1) is followed by a comparison with
 * a threshold (VIF 5 or 10, tolerance 0,1 or 0,2) and by one decision about multicollinearity
 * after them; a value equal to its threshold, and a rule ("jika VIF < 10 maka …"), are not read.
 * Judged by checks/critical-values.ts.
 */
import type { CriticalDecision } from '../types.ts';
import type { Span } from './segments.ts';
import { parseNum } from './numbers.ts';
import { agreedDecision, thresholdDecision } from './threshold-decisions.ts';

const VALUE = String.raw`(?:\s+(?:sebesar|adalah|yaitu|senilai|of|was|is))?\s*(?:[=:]\s*)?\(?\s*(\d+(?:[.,]\d+)?|[.,]\d+)\s*\)?`;
const COMPARE = String.raw`\s*(?:<|>|≤|≥|<=|>=|lebih\s+(?:besar|kecil)\s+dari(?:pada)?|kurang\s+dari|less\s+than|greater\s+than)\s*\(?\s*(\d+(?:[.,]\d+)?|[.,]\d+)`;
const STATEMENT = new RegExp(
  String.raw`(?<![\p{L}])(VIF|Variance\s+Inflation\s+Factor|tolerance|toleransi)(?:\s*\(\s*VIF\s*\))?${VALUE}${COMPARE}`,
  'giu',
);
/** [whole, "tidak"/"no"/"bebas" (absent), …]. */
const DECISION =
  /(?<![\p{L}])(?:(tidak|no|bebas(?:\s+dari)?)\s+)?(?:(?:terjadi|terdapat|ada|mengalami|terjadinya)\s+)?(?:gejala\s+|masalah\s+)?(?:multikolinear(?:itas|itas)?|multikolinieritas|multicollinearity)(?![\p{L}])/giu;
const RULE = /(?<![\p{L}])(?:jika|apabila|bila|kalau|if|kriteria|criteri(?:a|on)|ketentuan|syarat)(?![\p{L}])/iu;

export function readCollinearityStatements(text: string, spans: Span[]): CriticalDecision[] {
  const out: CriticalDecision[] = [];
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    if (!/multi[ck]olinea?i?rit|multicollinear/iu.test(sentence)) continue;
    const statements = [...sentence.matchAll(STATEMENT)];
    if (statements.length === 0 || statements.length > 2) continue;
    const lastEnd = Math.max(...statements.map((m) => m.index! + m[0].length));
    const d = agreedDecision(sentence, DECISION, RULE, lastEnd);
    if (!d) continue;
    for (const m of statements) {
      const vif = /vif|variance/iu.test(m[1]!);
      const valueAt = span.start + m.index! + m[0].indexOf(m[2]!, m[1]!.length);
      const thresholdAt = span.start + m.index! + m[0].lastIndexOf(m[3]!);
      const stat = parseNum(m[2]!, valueAt);
      const threshold = parseNum(m[3]!, thresholdAt);
      if (!stat || !threshold || stat.value === threshold.value) continue;
      if (
        vif
          ? !(stat.value >= 1 && [5, 10].includes(threshold.value))
          : !(stat.value > 0 && stat.value <= 1 && [0.1, 0.2].includes(threshold.value))
      )
        continue;
      out.push(thresholdDecision(vif ? 'vif' : 'tolerance', stat, threshold, d, span, m.index!));
    }
  }
  return out;
}
