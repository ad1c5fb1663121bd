/**
 * Item validity decided in prose from the item's correlation with the total against the critical
 * r: "r hitung butir 1 sebesar 0,312 > r tabel 0,361 maka butir 1 valid", "nilai r hitung
 * (0,412) lebih besar dari r tabel (0,361) sehingga item tersebut tidak valid". "Valid" claims r
 * hitung exceeds r tabel, "tidak valid" that it does not; the decision is judged by the
 * critical-value check as the rows of a validity table are (recognisers/validity-tables.ts).
 * Read only in a sentence with one r hitung, one r tabel (both correlations: below 1, with
 * decimals) and one validity decision (or the same one said twice), after both values or before
 * them with its reason ("tidak valid karena r hitung 0,250 < r tabel 0,361"); a
 * sentence stating a rule ("jika r hitung > r tabel maka valid") is not a decision.
 */
import type { CriticalDecision, Num } from '../types.ts';
import type { Span } from './segments.ts';
import { parseNum } from './numbers.ts';

const ITEM = String.raw`(?:\s+(?:butir|item|soal|pernyataan|nomor|no\.?)\s*(?:ke[-\s]?)?\d{1,3})?`;
const VALUE = String.raw`(?:\s+(?:sebesar|adalah|yaitu|senilai))?\s*(?:[=:]\s*)?\(?\s*(-?\s?\d*[.,]\d+)(?![\d])`;
const COMPUTED = new RegExp(String.raw`(?<![\p{L}])r[\s_-]*(?:hitung|count|xy)${ITEM}${VALUE}`, 'giu');
const TABLED = new RegExp(String.raw`(?<![\p{L}])r[\s_-]*(?:tabel|table|kritis)(?:\s*\([^()]{0,25}\))?${VALUE}`, 'giu');
const DECISION = /(?<![\p{L}])(?:(tidak|not)\s+)?(?:valid|sahih)(?![\p{L}])/giu;
const BECAUSE = /^[^.;]{0,40}?(?<![\p{L}])(?:karena|sebab|because|since)(?![\p{L}])[^.;]{0,40}$/iu;
const RULE = /(?<![\p{L}])(?:jika|apabila|bila|kalau|if|kriteria|criteri(?:a|on)|ketentuan)(?![\p{L}])/iu;

function num(m: RegExpMatchArray, at: number): Num | null {
  const raw = m[1]!;
  return parseNum(raw.replace(/\s/g, ''), at + m.index! + m[0].lastIndexOf(raw));
}

export function readValidityStatements(text: string, spans: Span[]): CriticalDecision[] {
  const out: CriticalDecision[] = [];
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    if (!/valid|sahih/iu.test(sentence)) continue;
    const computed = [...sentence.matchAll(COMPUTED)];
    const tabled = [...sentence.matchAll(TABLED)];
    if (computed.length !== 1 || tabled.length !== 1) continue;
    const stat = num(computed[0]!, span.start);
    const critical = num(tabled[0]!, span.start);
    if (!stat || !critical || Math.abs(stat.value) >= 1 || !(critical.value > 0 && critical.value < 1)) continue;
    const valuesEnd = Math.max(stat.end, critical.end) - span.start;
    const valuesStart = Math.min(stat.start, critical.start) - span.start;
    let decisions = [...sentence.matchAll(DECISION)].filter((d) => d.index! >= valuesEnd);
    // "Butir 3 tidak valid karena r hitung 0,250 < r tabel 0,361": the reason after the decision.
    if (decisions.length === 0)
      decisions = [...sentence.matchAll(DECISION)].filter((d) =>
        BECAUSE.test(sentence.slice(d.index! + d[0].length, valuesStart)),
      );
    if (decisions.length === 0 || new Set(decisions.map((d) => Boolean(d[1]))).size > 1) continue;
    if (RULE.test(sentence.slice(0, decisions[0]!.index!))) continue;
    const d = decisions[0]!;
    out.push({
      kind: 'r',
      stat,
      critical,
      significant: !d[1],
      decision: d[0],
      place: {
        start: Math.min(stat.start, critical.start, span.start + d.index!),
        end: Math.max(span.start + d.index! + d[0].length, stat.end, critical.end),
        quoteStart: span.start,
        quoteEnd: span.end,
      },
    });
  }
  return out;
}
