/**
 * Decisions drawn from a Mann–Whitney U against its table value, with no p. A U test rejects H0
 * when U is at or BELOW its critical value, the other way round from t, F, r and χ²:
 * "U hitung = 9,5 < U tabel = 17 maka H0 ditolak" agrees, while "nilai U statistik uji lebih
 * kecil dari nilai U tabel … yaitu 50 > 17. Sehingga Keputusan H0 ditolak" contradicts its own
 * printed numbers. U and its table value are named as computed ("U hitung", "U statistik uji",
 * "U count") and tabled ("U tabel", "U table", "U kritis"), each with its value, or both named
 * and then compared by a printed sign ("yaitu 50 > 17", the computed one first). The decision on
 * H0 or H1 is in the same sentence, or in the next one when that begins with a word of
 * consequence ("Sehingga", "Maka", "Thus"). The passage must name the test (Mann–Whitney), so
 * that a t written as capital "U" is never read.
 */
import type { CriticalDecision, Num } from '../types.ts';
import type { Span } from './segments.ts';
import { parseNum } from './numbers.ts';
import { CONSEQUENCE, DECISIONS } from './critical-values.ts';

const NAMES_TEST = /mann[-\s–]*whitney/iu;
/** How far before the decision the test must be named. */
const PASSAGE = 1500;
const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const VALUE = String.raw`(?:\s*(?:=|:|sebesar|adalah|of|is|was))?\s*\(?\s*${NUMBER}`;
const COMPUTED = String.raw`(?<![\p{L}])U[_\s-]*\(?\s*(?:hitung|statistik(?:\s+uji)?|count|calculated|computed|obs(?:erved)?)\b\s*\)?`;
const TABLED = String.raw`(?<![\p{L}])U[_\s-]*\(?\s*(?:tabel|table|kritis|critical)\b\s*\)?(?:\s+mann[-\s–]*whitney)?`;
const COMPUTED_NAME = new RegExp(COMPUTED, 'iu');
const TABLED_NAME = new RegExp(TABLED, 'iu');
const COMPUTED_VALUE = new RegExp(COMPUTED + VALUE, 'iu');
const TABLED_VALUE = new RegExp(TABLED + VALUE, 'iu');
/** Both named, then compared: "yaitu 50 > 17". */
const COMPARED = new RegExp(String.raw`(?<![\d.,])${NUMBER}\s*[<>≤≥]\s*${NUMBER}(?!\d|[.,]\d)`, 'u');

function decisionIn(sentence: string): { m: RegExpExecArray; significant: boolean } | null {
  const found = DECISIONS.map(([re, significant]) => ({ m: re.exec(sentence), significant })).filter((d) => d.m);
  if (found.length === 0 || new Set(found.map((d) => d.significant)).size > 1) return null;
  return { m: found[0]!.m!, significant: found[0]!.significant };
}

function valuesIn(sentence: string, offset: number): { stat: Num; critical: Num; start: number; end: number } | null {
  const c = COMPUTED_VALUE.exec(sentence);
  const t = TABLED_VALUE.exec(sentence);
  if (c && t) {
    const stat = parseNum(c[1]!, offset + c.index + c[0].lastIndexOf(c[1]!));
    const critical = parseNum(t[1]!, offset + t.index + t[0].lastIndexOf(t[1]!));
    if (!stat || !critical) return null;
    return {
      stat,
      critical,
      start: offset + Math.min(c.index, t.index),
      end: Math.max(stat.end, critical.end),
    };
  }
  const cn = COMPUTED_NAME.exec(sentence);
  const tn = TABLED_NAME.exec(sentence);
  if (!cn || !tn || cn.index > tn.index) return null;
  const after = tn.index + tn[0].length;
  const cmp = COMPARED.exec(sentence.slice(after));
  if (!cmp) return null;
  const at = offset + after + cmp.index;
  const stat = parseNum(cmp[1]!, at);
  const critical = parseNum(cmp[2]!, at + cmp[0].lastIndexOf(cmp[2]!));
  if (!stat || !critical) return null;
  return { stat, critical, start: offset + cn.index, end: critical.end };
}

export function readRankCriticalDecisions(text: string, spans: Span[]): CriticalDecision[] {
  if (!NAMES_TEST.test(text)) return [];
  const out: CriticalDecision[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const sentence = text.slice(span.start, span.end);
    const values = valuesIn(sentence, span.start);
    if (!values || values.critical.value <= 0) continue;
    if (!NAMES_TEST.test(text.slice(Math.max(0, span.start - PASSAGE), span.end))) continue;
    let decision = decisionIn(sentence);
    let where = span;
    const next = spans[i + 1];
    if (!decision && next) {
      const following = text.slice(next.start, next.end);
      if (CONSEQUENCE.test(following)) {
        decision = decisionIn(following);
        where = next;
      }
    }
    if (!decision) continue;
    const decisionEnd = where.start + decision.m.index + decision.m[0].length;
    out.push({
      kind: 'U',
      stat: values.stat,
      critical: values.critical,
      significant: decision.significant,
      decision: decision.m[0],
      place: { start: values.start, end: decisionEnd, quoteStart: span.start, quoteEnd: where.end },
    });
  }
  return out;
}
