/**
 * Sentences that draw a conclusion about a hypothesis from the p they cite: "p (0,024) <
 * 0,05 maka H0 diterima", "Sig. = 0,000 sehingga Ha diterima", "p = .24, so the null
 * hypothesis was rejected". Only a sentence with one p-value and one decision is read (with
 * two of either, which decision goes with which p is a guess).
 */
import { levelWithLostSign } from './lost-sign-level.ts';
import { isModelRowNumber } from './model-row-numbers.ts';
import type { ConclusionReport, Num, Place } from '../types.ts';
import type { Span } from './segments.ts';
import { parseNum } from './numbers.ts';
import { namesLevel, statesRule } from './decision-rules.ts';
import { maskRhoCoefficients } from './rho-coefficients.ts';
import { aimedBefore, deniedBefore } from './denied-findings.ts';
import { statedLevelId } from './stated-levels-id.ts';

const NUM = String.raw`(\d*[.,]\d+|\d+)`;
/**
 * The cited p: `p (0,024)`, `p = 0,024`, `nilai p sebesar 0,024`, `Asymp.sig. bernilai 0,038`, `Sig. 0,000`, `p-value of .24`,
 * `sig. (2-tailed)= 1,000`, and a p named before what it is the p of: `p-value pengetahuan dan
 * motivasi sebesar 0,110`.
 */
export const P_VALUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:nilai\s+)?(?:p(?:[-_.\s]?value)?|ρ|sig\.?|signifikansi|probabilitas)(?:\s*\(\s*${NUM}\s*\)|(?:\s*\(\s*[12]\s*-\s*tailed\s*\))?\s*(?:=|:|sebesar|adalah|bernilai|senilai|yaitu|yakni|of|was|is)\s*${NUM}|\s+${NUM}|(?:\s+(?!(?:sebesar|adalah|was|is)\s)[\p{L}][\p{L}\-]*){1,6}?\s+(?:sebesar|adalah|was|is)\s+${NUM})(?![\p{N}])`,
  'giu',
);
/** The first number the P_VALUE pattern captured. */
export const rawOf = (m: RegExpMatchArray): string => m[1] ?? m[2] ?? m[3] ?? m[4]!;
/**
 * The p's a text cites. "nilai p 0,05" is the level with its sign lost (lost-sign-level.ts), not a
 * second p: "nilai p sebesar 0,349 atau p 0,05 yang artinya Ho diterima" cites one p.
 */
export function citedPs(text: string): RegExpMatchArray[] {
  return [...text.matchAll(P_VALUE)].filter((m) => {
    const level = m[3] === undefined ? null : parseNum(m[3], 0);
    // "Sig. 1 Regression …": SPSS's model number after the header (model-row-numbers.ts).
    if (level && isModelRowNumber(text, m.index! + m[0].length, level.decimals, false)) return false;
    return !(level && levelWithLostSign(' ', level.value, level.decimals));
  });
}
/**
 * A clause that draws its decision from the p just before it, in the clause or sentence before:
 * "P value = 10,868 < 0,05, which means … there is a correlation", "… = 1,000 > 0,05. Jadi
 * kesimpulannya terdapat hubungan yang signifikan".
 */
export const CONSEQUENCE =
  /^\s*(?:(?:yang\s+)?(?:berarti|artinya|bermakna|maka|sehingga|jadi|dengan\s+demikian|oleh\s+karena\s+itu|(?:hal\s+)?ini\s+(?:berarti|menunjukkan)|(?:hal|hasil)\s+(?:ini|tersebut)\s+(?:berarti|menunjukkan|membuktikan)|(?:nilai\s+(?:p|sig\.?|signifikansi|probabilitas)|hasil)\s+(?:tersebut|ini)\s+(?:berarti|menunjukkan)|(?:dapat\s+)?disimpulkan|menandakan|kesimpulannya|dinyatakan|dikatakan)|(?:which|this|that)\s+means|meaning|so|thus|therefore|hence)\b/iu;
/** What the p is compared with, right after it: `< 0,05`, `lebih kecil dari α = 0,05`. */
const ALPHA_AFTER = new RegExp(
  String.raw`^\s*(?:\)\s*)?(?:<|>|≤|≥|<=|>=|lebih\s+(?:kecil|besar)\s+dari(?:pada)?|kurang\s+dari|less\s+than|greater\s+than|smaller\s+than)\s*(?:(?:α|alpha|taraf\s+signifikansi)\s*(?:\(\s*)?=?\s*)?${NUM}`,
  'iu',
);

/** A research hypothesis by its number: H2…H9, "Hipotesis 2", "hipotesis kedua (H2)". */
const NUMBERED_HYPOTHESIS = String.raw`(?:\bH[2-9₂-₉]|\bhipotesis\s+(?:ke[-\s]?)?(?:[1-9]|pertama|kedua|ketiga|keempat|kelima|keenam|alternatif|penelitian)(?:\s*\(\s*H[a1-9₁-₉]\s*\))?)`;
/** Decisions: [pattern, whether it says the result is significant]. Negations first. */
export const DECISIONS: [RegExp, boolean][] = [
  [/\bH[o0₀]\s+(?:gagal\s+ditolak|tidak\s+ditolak|diterima)\b/iu, false],
  [/\bH[a1₁]\s+(?:ditolak|tidak\s+diterima)\b/iu, false],
  [/\bH[o0₀]\s+ditolak\b/iu, true],
  [/\bH[a1₁]\s+diterima\b/iu, true],
  // Numbered research hypotheses: "H2 diterima", "Hipotesis 2 ditolak", "hipotesis pertama (H1) diterima".
  [new RegExp(String.raw`${NUMBERED_HYPOTHESIS}\s+(?:ditolak|tidak\s+diterima)\b`, 'iu'), false],
  [new RegExp(String.raw`${NUMBERED_HYPOTHESIS}\s+diterima\b`, 'iu'), true],
  [
    /\b(?:fail(?:ed|s)?\s+to\s+reject|(?:retain(?:ed)?|accept(?:ed)?)\s+the\s+null|null\s+hypothesis\s+(?:was|is)\s+(?:retained|accepted|not\s+rejected))\b/iu,
    false,
  ],
  [/\b(?:reject(?:ed)?\s+the\s+null|null\s+hypothesis\s+(?:was|is)\s+rejected)\b/iu, true],
];

/**
 * (`tidak` may be glued to the word before it, as in "bahwatidak ada hubungan".)
 * A finding stated in words: "(tidak) ada hubungan antara umur dengan stres kerja (p=0,390)",
 * "there was no significant difference", "kenaikan yang (tidak) signifikan p=0,083", "p= 0,047,
 * dinyatakan signifikan", "hasilnya tidak bermakna". Read per clause (a list of findings in one sentence
 * gives each its own p), and only when the clause names one p.
 */
export const RELATION =
  /(?:(tidak|bukan)\s+|\b)(?:(?:ada(?:nya)?|terdapat(?:nya)?)\s+(?:hubungan|pengaruh|perbedaan|korelasi|asosiasi)|(?:memiliki|mempunyai)\s+(?:hubungan|pengaruh|perbedaan)|berhubungan|berpengaruh|berkorelasi|terbukti\s+sebagai\s+faktor\s+risiko|merupakan\s+faktor\s+risiko)|\bthere\s+(?:was|is|were)\s+(no\s+)?(?:an?\s+)?(?:significant\s+|statistically\s+significant\s+)?(?:relationship|association|difference|correlation|effect)|\b(?:kenaikan|penurunan|peningkatan|perbedaan|perubahan|hubungan|pengaruh|korelasi|asosiasi|dinyatakan|dikatakan|hasil)(?:nya)?\s+(?:yang\s+)?(?:(tidak|kurang)\s+)?(?:signifikan|bermakna|nyata)\b/iu;
/** A qualifier right after the relation that says it is not significant. */
export const NOT_SIGNIFICANT_AFTER =
  /^[^.;]{0,40}?(?<![\p{L}])(?:tidak|kurang)\s+(?:signifikan|bermakna|nyata)|^[^.;]{0,40}?\bnot\s+(?:statistically\s+)?significant/iu;
/** A sentence that selects candidates for a multivariable model (at p < 0,25, say), not a finding at α. */
export const SCREENING = /kandidat|candidate|multivariat|multivariable|multivariate|seleksi|screening/iu;
/**
 * A clause that only gives the p of the finding before it: "dengan nilai p = 0,31", "with p = .31",
 * "dimana diperoleh nilai p = 0,012", "yang ditunjukkan dengan nilai p = 0,004".
 */
const P_AFTER_RELATION =
  /^\s*(?:(?:(?:di\s?mana|yang|hal\s+ini)\s+)?(?:(?:di|ter)(?:peroleh|dapat(?:kan)?|tunjukkan|buktikan|lihat)(?:\s+(?:dengan|oleh|dari))?(?:\s+hasil)?|dengan)|di\s?mana|with)\s+(?:(?:nilai|a)\s+)?(?:p|sig|signifikansi|probabilitas)(?![\p{L}])/iu;
// "(p=0.000)dan tidak ada hubungan": page text may lose the space between a parenthesis and "dan".
export const CLAUSE_BREAK =
  /[;,]\s+|(?:\s+|(?<=\)))(?:dan|and|sedangkan|whereas|while)\s+(?=(?:tidak\s+)?(?:ada|terdapat|there)\b)/giu;

/**
 * A clause with no decision, whose one p the next clause may draw its decision from (read only
 * then: most sentences are not followed by such a decision).
 */
interface Carried {
  clause: string;
  at: number;
  para: number | undefined;
}

/**
 * The p a clause cites, with the level it is compared with. A p above 1 is read only when the
 * text compares it with a level ("P value = 10,868 < 0,05"): the author took it for a p, and
 * so does the check.
 */
function citedP(clause: string, at: number): { p: Num; alpha: Num | null; index: number; end: number } | null {
  // "dengan taraf signifikansi 0,05 (p=0,000)": the level named beside the p is not a second p.
  const ps = citedPs(clause).filter((m) => !namesLevel(m[0], clause.slice(0, m.index!)));
  if (ps.length !== 1) return null;
  const pm = ps[0]!;
  const raw = rawOf(pm);
  const p = parseNum(raw, at + pm.index! + pm[0].lastIndexOf(raw));
  if (!p) return null;
  // "tingkat signifikansi α sebesar 0,05" is the level the test is run at (decision-rules.ts).
  if (namesLevel(pm[0], clause.slice(0, pm.index!))) return null;
  const after = ALPHA_AFTER.exec(clause.slice(pm.index! + pm[0].length));
  const a = after ? parseNum(after[1]!, 0) : null;
  const alpha = a && a.value > 0 && a.value < 0.2 ? a : null;
  if (p.value > 1 && !alpha) return null;
  return { p, alpha, index: pm.index!, end: pm.index! + pm[0].length };
}

/**
 * Is `at` inside a bracket of statistics before its one p ("(r = 0,215; p = 0,052)", "(OR = 6,56;
 * IK 95% [1,19; 36,14]; p = 0,031)")? A bracket listing several p's ("(ayah p = 0,484, ibu p =
 * 0,170)") is a list of results, cut as before.
 */
function insideBrackets(sentence: string, at: number): boolean {
  let open = -1;
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = sentence[i];
    if (c === '(' || c === '[') {
      if (depth === 0) open = i;
      depth++;
    } else if ((c === ')' || c === ']') && depth > 0) depth--;
  }
  if (depth === 0) return false;
  let close = at;
  for (let d = depth; close < sentence.length && d > 0; close++) {
    const c = sentence[close];
    if (c === '(' || c === '[') d++;
    else if (c === ')' || c === ']') d--;
  }
  // Only a break before the bracket's one p keeps the p from its finding ("(p = 0,341, OR = 1,336)" is cut as before).
  const ps = citedPs(sentence.slice(open, close));
  return ps.length === 1 && open + ps[0]!.index! > at;
}

function readClauses(text: string, span: Span, out: ConclusionReport[], carried: Carried | null): Carried | null {
  const sentence = maskRhoCoefficients(text.slice(span.start, span.end));
  const hasRelation = RELATION.test(sentence);
  let from = 0;
  if (!hasRelation) {
    // Only the last clause of a sentence without a decision can hand a p on.
    const last = sentence.slice(
      Math.max(0, ...[...sentence.matchAll(CLAUSE_BREAK)].map((m) => m.index! + m[0].length)),
    );
    if (!/\d/.test(last)) return null;
    return { clause: last, at: span.start + sentence.length - last.length, para: span.para };
  }
  // A break inside brackets ("(r = 0,215; p = 0,052)") separates a statistic from its p, not clauses.
  const cuts = [...sentence.matchAll(CLAUSE_BREAK)]
    .filter((m) => !insideBrackets(sentence, m.index!))
    .map((m) => [m.index!, m.index! + m[0].length] as const);
  cuts.push([sentence.length, sentence.length]);
  let carry = carried;
  for (const [k, [cutStart, cutEnd]] of cuts.entries()) {
    const clause = sentence.slice(from, cutStart);
    const base = from;
    from = cutEnd;
    const at = span.start + base;
    const rel = RELATION.exec(clause);
    if (!rel) {
      // A clause with no decision may hand its p on to the next.
      carry = { clause, at, para: span.para };
      continue;
    }
    let cited = citedP(clause, at);
    // "pendidikan (p=0,041) berhubungan …" ends a list sharing the verb: the list reader reads it.
    if (cited && cited.end <= rel.index! && /^[\s)]*$/u.test(clause.slice(cited.end, rel.index!))) cited = null;
    let found: { p: Num; alpha: Num | null; start: number; end: number } | null = null;
    if (cited) {
      found = {
        p: cited.p,
        alpha: cited.alpha,
        start: at + Math.min(rel.index!, cited.index),
        end: at + Math.max(rel.index! + rel[0].length, cited.end),
      };
    } else if (
      carry &&
      carry.para === span.para &&
      CONSEQUENCE.test(clause.replace(/^[\s.]+/, '')) &&
      !citedPs(clause).length
    ) {
      const before = citedP(carry.clause, carry.at);
      if (before)
        found = {
          p: before.p,
          alpha: before.alpha,
          start: carry.at + before.index,
          end: at + rel.index! + rel[0].length,
        };
    }
    // "… tidak berhubungan dengan OA lutut, dengan nilai p = 0,31": the p in the clause right after.
    const next = cuts[k + 1];
    if (!found && !cited && next && !citedPs(clause).length) {
      const following = sentence.slice(cutEnd, next[0]);
      const after = P_AFTER_RELATION.test(following) ? citedP(following, span.start + cutEnd) : null;
      if (after)
        found = {
          p: after.p,
          alpha: after.alpha,
          start: at + rel.index!,
          end: span.start + cutEnd + after.end,
        };
    }
    carry = null;
    if (!found) continue;
    // "Jika p-value < 0,05 … berarti berpengaruh" states a rule, not a finding (decision-rules.ts).
    if (statesRule(sentence.slice(0, base + rel.index!))) continue;
    // "berhubungan … (p = 0,180) sehingga menjadi kandidat multivariat" selects at a looser level.
    if (!/^(?:(?:tidak|bukan)\s+)?(?:ada|terdapat)|^there/iu.test(rel[0]) && SCREENING.test(sentence)) continue;
    // "berpengaruh tidak signifikan", "ada hubungan yang tidak bermakna": a relation denied by its qualifier.
    const deniedAfter = NOT_SIGNIFICANT_AFTER.test(clause.slice(rel.index! + rel[0].length));
    if (deniedAfter && (rel[1] || rel[2] || rel[3])) continue;
    // "untuk mengetahui adanya hubungan": an aim, not a finding (denied-findings.ts).
    if (aimedBefore(clause.slice(0, rel.index!))) continue;
    // "tidak menunjukkan hubungan yang signifikan": denied by the verb before it (denied-findings.ts).
    const denied = deniedBefore(clause.slice(0, rel.index!));
    if (denied && (rel[1] || rel[2] || rel[3] || deniedAfter)) continue;
    out.push({
      p: found.p,
      // "… berpengaruh nyata … pada taraf nyata α = 0,15": the level the sentence states elsewhere.
      alpha: found.alpha ?? statedLevelId(sentence, span.start),
      significant: !(rel[1] || rel[2] || rel[3] || deniedAfter || denied),
      decision: rel[0],
      place: { start: found.start, end: found.end, quoteStart: Math.min(span.start, found.start), quoteEnd: span.end },
    });
  }
  return hasRelation ? null : carry;
}

export function readConclusions(text: string, spans: Span[]): ConclusionReport[] {
  const out: ConclusionReport[] = [];
  let carried: Carried | null = null;
  for (const span of spans) {
    const sentence = maskRhoCoefficients(text.slice(span.start, span.end));
    if (
      !/\bH[o0₀a1-9₁-₉]\b|null\s+hypothesis|\bthe\s+null\b|\bhipotesis\s+(?:ke[-\s]?)?(?:[1-9]|pertama|kedua|ketiga|keempat|kelima|keenam|alternatif|penelitian)\b/iu.test(
        sentence,
      )
    ) {
      carried = readClauses(text, span, out, carried);
      continue;
    }
    carried = null;
    const decisions = DECISIONS.map(([re, significant]) => ({ m: re.exec(sentence), significant })).filter((d) => d.m);
    // "H0 ditolak dan Ha diterima" is one decision said twice; opposite ones are not read.
    if (decisions.length === 0 || new Set(decisions.map((d) => d.significant)).size > 1) continue;
    const ps = citedPs(sentence);
    if (ps.length !== 1) continue;
    const pm = ps[0]!;
    const raw = rawOf(pm);
    const rawAt = span.start + pm.index! + pm[0].lastIndexOf(raw);
    const p = parseNum(raw, rawAt);
    if (!p || p.value > 1) continue;
    // "If the asymp.sig > 0.05, the null hypothesis is not rejected" states the rule, not a result;
    // "nilai sig 0,05 maka H0 diterima" is the level with its sign lost (lost-sign-level.ts).
    if (statesRule(sentence.slice(0, pm.index!))) continue;
    if (pm[3] !== undefined && levelWithLostSign(' ', p.value, p.decimals)) continue;
    const after = ALPHA_AFTER.exec(sentence.slice(pm.index! + pm[0].length));
    let alpha: Num | null = null;
    if (after) {
      const a = parseNum(after[1]!, 0);
      if (a && a.value > 0 && a.value < 0.2) alpha = a;
    }
    alpha ??= statedLevelId(sentence, span.start);
    const decision = decisions[0]!;
    const place: Place = {
      start: span.start + pm.index!,
      end: span.start + decision.m!.index! + decision.m![0].length,
      quoteStart: span.start,
      quoteEnd: span.end,
    };
    if (place.end < place.start) place.end = span.start + pm.index! + pm[0].length;
    out.push({ p, alpha, significant: decision.significant, decision: decision.m![0], place });
  }
  return out;
}
