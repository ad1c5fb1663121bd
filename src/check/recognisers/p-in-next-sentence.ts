/**
 * An Indonesian finding whose p the next sentence gives, introduced as its evidence: "Hasil uji chi
 * square menunjukkan ada hubungan yang signifikan antara pengetahuan dengan kejadian DBD. Dengan
 * nilai p = 0,014 …", "… tidak ada hubungan yang signifikan antara pengetahuan ibu dengan status
 * gizi balita. Hal ini dibuktikan dengan harga korelasi sebesar 0,028 dengan signifikansi 0,806."
 *
 * Read only when the finding's sentence has one decision and no p of its own, and the next
 * sentence, in the same paragraph, opens with "Dengan (nilai) p", "Hal ini dibuktikan /
 * ditunjukkan dengan", "Hal tersebut terlihat dari" and cites one p in its first clause, with no
 * finding of its own; neither sentence states a rule.
 */
import type { ConclusionReport } from '../types.ts';
import type { Span } from './segments.ts';
import { parseNum } from './numbers.ts';
import { statesRule } from './decision-rules.ts';
import { CLAUSE_BREAK, DECISIONS, RELATION, SCREENING, citedPs, rawOf } from './conclusions.ts';
import { decisionIn } from './compared-conclusions.ts';
import { maskRhoCoefficients } from './rho-coefficients.ts';

const EVIDENCE =
  /^\s*(?:(?:(?:hal\s+(?:ini|tersebut)|ini)\s+)?(?:di|ter)(?:buktikan|tunjukkan|lihat)\s+(?:dengan|dari|oleh|pada)(?![\p{L}])|dengan\s+(?:nilai\s+)?(?:p(?:[-_\s]?value)?|sig\.?|signifikansi|probabilitas)(?![\p{L}]))/iu;

export function readPInNextSentence(text: string, spans: Span[]): ConclusionReport[] {
  const out: ConclusionReport[] = [];
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1]!;
    if (a.para !== b.para) continue;
    const next = maskRhoCoefficients(text.slice(b.start, b.end));
    if (!EVIDENCE.test(next)) continue;
    const sentence = maskRhoCoefficients(text.slice(a.start, a.end));
    if (citedPs(sentence).length > 0 || /[<>≤≥]\s*0?[.,]\d/u.test(sentence)) continue;
    if (SCREENING.test(sentence) || SCREENING.test(next)) continue;
    const decision = decisionIn(sentence, 0);
    if (!decision || statesRule(sentence.slice(0, decision.index)) || statesRule(next)) continue;
    // The first clause of the next sentence cites the p; a finding there is that sentence's own.
    const cut = [...next.matchAll(CLAUSE_BREAK)][0];
    const clause = next.slice(0, cut ? cut.index : next.length);
    if (RELATION.test(next) || DECISIONS.some(([re]) => re.test(next))) continue;
    const ps = citedPs(clause);
    if (ps.length !== 1) continue;
    const pm = ps[0]!;
    const raw = rawOf(pm);
    const p = parseNum(raw, b.start + pm.index! + pm[0].lastIndexOf(raw));
    if (!p || p.value > 1) continue;
    out.push({
      p,
      alpha: null,
      significant: decision.significant,
      decision: decision.text,
      place: {
        start: a.start + decision.index,
        end: b.start + pm.index! + pm[0].length,
        quoteStart: a.start,
        quoteEnd: b.end,
      },
    });
  }
  return out;
}
