/**
 * A hand-computed test laid out as a worksheet, one step a line, its decision on a line of its
 * own after the statistic and the critical value:
 *
 *     e. X2 Hitung = 1,43
 *     f. X2 Tabel = 3,841
 *     Keputusan : Tolak H0
 *
 * The sentence reader (./critical-values.ts) needs the values and the decision in one sentence;
 * here each line is a sentence. A "Keputusan"/"Decision" line is read with the lines just before
 * it (at most REACH characters, and not past the decision line before it) as one span, by the
 * same reader, so the same conditions hold: one computed value and one tabled value of the same
 * statistic (a value restated is one), and one decision. A "Kesimpulan :" line right after
 * the decision that states a finding in words ("tidak ada hubungan antara …") is read as drawn
 * from the same values.
 */
import type { CriticalDecision } from '../types.ts';
import { readCriticalDecisions } from './critical-values.ts';

const DECISION_LINE = /(?<![\p{L}])(?:keputusan(?:\s+uji)?|decision)\s*:[^\n]*/giu;
const REACH = 400;
const RULE_WORD = /(?<![\p{L}])(?:jika|apabila|bila|kalau|if|when|kriteria|criteria)(?![\p{L}])/iu;
/** The conclusion line after the decision: "Kesimpulan : tidak ada hubungan antara …". */
const CONCLUSION_LINE =
  /^\s*(?:kesimpulan|conclusion)\s*:\s*(?:(tidak|no)\s+|)(?:ada|terdapat|there\s+(?:is|was))\s+(?:(?:an?\s+)?(?:significant|signifikan|bermakna)\s+)?(?:pengaruh|perbedaan|hubungan|influence|effect|difference|relationship|association)/iu;

export function readWorksheetDecisions(text: string, found: CriticalDecision[]): CriticalDecision[] {
  const out: CriticalDecision[] = [];
  let previousEnd = 0;
  for (const line of text.matchAll(DECISION_LINE)) {
    const at = line.index!;
    const end = at + line[0].length;
    const from = Math.max(previousEnd, at - REACH);
    previousEnd = end;
    // "Keputusan : Tolak H0 jika t hitung > t tabel" states the rule, not the decision.
    if (RULE_WORD.test(line[0])) continue;
    // A decision the sentence reader already read with its values is not read again.
    if (found.some((d) => d.place.start < end && at < d.place.end)) continue;
    const read = readCriticalDecisions(text, [{ start: from, end }]);
    // Only a decision on the decision line itself, drawn from values before it.
    const decisions = read.filter((d) => d.place.end > at && Math.max(d.stat.end, d.critical.end) <= at);
    out.push(...decisions);
    const conclusion = decisions.length === 1 ? CONCLUSION_LINE.exec(text.slice(end)) : null;
    if (conclusion) {
      const start = end + conclusion.index! + conclusion[0].search(/\S/);
      const findingStart = end + conclusion[0].search(/(?:tidak|no|ada|terdapat|there)\s/iu);
      out.push({
        ...decisions[0]!,
        significant: !conclusion[1],
        decision: text.slice(findingStart, end + conclusion[0].length),
        place: { start, end: end + conclusion[0].length, quoteStart: start, quoteEnd: end + conclusion[0].length },
      });
    }
  }
  return out;
}
