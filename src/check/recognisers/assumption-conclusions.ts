/**
 * Conclusions of assumption tests drawn from their p: a normality test's "Sig. 0,200 > 0,05
 * sehingga data berdistribusi normal" and a homogeneity test's "nilai probabilitas 0,208 0,05,
 * sehingga varians data dinyatakan homogen". These tests' null hypothesis is the assumption, so
 * a significant p says the data are NOT normal or NOT homogeneous: "0,033 < 0,05 … tidak
 * berdistribusi normal" agrees, "0,200 > 0,05 … tidak berdistribusi normal" contradicts its
 * own numbers. In English: "(not) normally distributed", "(not) homogeneous".
 *
 * The p is the one p of the sentence before the decision (as the conclusion reader takes it:
 * "Sig. = 0,200", "probabilitas 0,208"), or the one probability compared with a level there
 * ("(0,033 < 0.05)"), or, for a sentence that compares the p with the level only by name ("Karena
 * Sig > α maka varians populasi homogen"), the value printed for it just before ("Sig =
 * 0,531"). Also read the same way: a decision on H0 or H1 after such a comparison by name
 * ("Karena Sig > ∝ maka 𝐻0 diterima"). A sentence that states a rule ("jika sig > 0,05 maka
 * data berdistribusi normal", "criteria") is not a conclusion.
 */
import type { ConclusionReport, Num } from '../types.ts';
import type { Span } from './segments.ts';
import { parseNum } from './numbers.ts';
import { P_VALUE, rawOf } from './conclusions.ts';
import { levelWithLostSign } from './lost-sign-level.ts';
import { pCitedAfter } from './trailing-assumption-p.ts';

/** Decisions about the assumption, with whether they say the test was significant. */
const DECISIONS: [RegExp, (m: RegExpExecArray) => boolean][] = [
  [/(?<![\p{L}])(?:(tidak|bukan)\s+)?(?:ber|ter)distribusi\s+normal(?![\p{L}])/iu, (m) => Boolean(m[1])],
  [/(?<![\p{L}])(?:(tidak)\s+)?homogen(?![\p{L}])/iu, (m) => Boolean(m[1])],
  [/(?<![\p{L}])heterogen(?![\p{L}])/iu, () => true],
  [/(?<![\p{L}])(?:(not)\s+)?normally\s+distributed(?![\p{L}])/iu, (m) => Boolean(m[1])],
  [/(?<![\p{L}])(?:(not)\s+)?homogen(?:e|o)ous(?![\p{L}])/iu, (m) => Boolean(m[1])],
];
/** H0/H1 decisions, with the mathematical italic H of formula text ("𝐻0"). */
const HYPOTHESIS: [RegExp, boolean][] = [
  [/(?:\bH|𝐻)\s?[o0₀]\s+(?:gagal\s+ditolak|tidak\s+ditolak|diterima)\b/iu, false],
  [/(?:\bH|𝐻)\s?[a1₁]\s+(?:ditolak|tidak\s+diterima)\b/iu, false],
  [/(?:\bH|𝐻)\s?[o0₀]\s+ditolak\b/iu, true],
  [/(?:\bH|𝐻)\s?[a1₁]\s+diterima\b/iu, true],
];
const DRAWN =
  /(?<![\p{L}])(?:sehingga|maka|berarti|artinya|jadi|karena|dengan\s+demikian|menunjukkan\s+bahwa|disimpulkan|so|thus|therefore|hence|which\s+means|meaning|indicating|concluded)(?![\p{L}])/iu;
const NAMES_TEST =
  /normalitas|homogenitas|kolmogorov|smirnov|shapiro|lilliefors|levene|normality|homogeneity|bartlett/iu;
/** A cheap first look: the words every decision read here contains. */
const MENTIONS = /normal|homogen|heterogen|[H𝐻]\s?[o0₀a1₁]\s/iu;
const RULE = /(?<![\p{L}])(?:jika|apabila|bila|kalau|if|kriteria|criteri(?:a|on)|ketentuan|syarat)(?![\p{L}])/iu;

/** A probability compared with a level as printed: "0,033 < 0.05", "(0.198 > 0.05)". */
const COMPARED =
  /(?<![\p{L}\p{N}.,\-–/])(0?[.,]\d+|1[.,]0+)\s*\)?\s*(?:<|>|≤|≥|<=|>=)\s*(?:(?:α|∝|alpha)\s*=?\s*)?(0?[.,]0\d*|0?[.,]1(?:0+)?)(?![\p{N}]|[.,]\d)/gu;
/** p compared with the level by name only: "Sig > α", "p < ∝", "nilai signifikansi lebih besar dari α". */
const BY_NAME =
  /(?<![\p{L}])(?:sig\.?|signifikansi|p(?:[-\s]?value)?|probabilitas)\s*(?:\(\s*2\s*-?\s*tailed\s*\)\s*)?(?:<|>|≤|≥|lebih\s+(?:kecil|besar)\s+dari(?:pada)?)\s*(?:α|∝|alpha)(?![\p{L}])/iu;
/** The value printed for that p shortly before: "Sig = 0,531". */
const PRINTED_P =
  /(?<![\p{L}])(?:sig\.?|signifikansi|p(?:[-\s]?value)?|probabilitas)\s*(?:=|:)\s*(\d*[.,]\d+)(?![\p{N}])/giu;
const PRINTED_LEVEL = /(?:α|∝|alpha)\s*=\s*(0?[.,]\d+)/iu;
/** How far before the sentence the value of a p compared by name may be printed. */
const PRINTED_REACH = 160;

interface Cited {
  p: Num;
  alpha: Num | null;
  start: number;
}

function level(raw: string | undefined): Num | null {
  const a = raw ? parseNum(raw, 0) : null;
  return a && a.value > 0 && a.value < 0.2 ? a : null;
}

/** The one p the sentence cites before `upTo`, by value or by comparison. */
function citedIn(sentence: string, at: number, upTo: number): Cited | null {
  const head = sentence.slice(0, upTo);
  const found = new Map<number, Cited>();
  for (const m of head.matchAll(P_VALUE)) {
    const raw = rawOf(m);
    const p = parseNum(raw, at + m.index! + m[0].lastIndexOf(raw));
    // "nilai sig 0,05 maka … homogen": the level with its sign lost, not a p (lost-sign-level.ts).
    if (p && m[3] !== undefined && levelWithLostSign(' ', p.value, p.decimals)) continue;
    if (p && p.value <= 1 && p.decimals > 0) found.set(p.start, { p, alpha: null, start: at + m.index! });
  }
  for (const m of head.matchAll(COMPARED)) {
    const p = parseNum(m[1]!, at + m.index! + m[0].indexOf(m[1]!));
    if (!p) continue;
    found.set(p.start, { p, alpha: level(m[2]), start: p.start });
  }
  // A p cited by value and compared with the level ("Sig. = 0,200 > 0,05") is one p, with its level.
  const all = [...found.values()];
  return all.length === 1 ? all[0]! : null;
}

/** Does the text cite no number but a p label and the level with its sign lost ("karena p 0,05")? */
function comparesLostSign(head: string): boolean {
  const ps = [...head.matchAll(P_VALUE)];
  if (ps.length !== 1 || ps[0]![3] === undefined) return false;
  const p = parseNum(ps[0]![3], 0);
  if (!p || !levelWithLostSign(' ', p.value, p.decimals)) return false;
  return !/\d[.,]\d/.test(head.slice(0, ps[0]!.index!) + head.slice(ps[0]!.index! + ps[0]![0].length));
}

/** The value printed for a p the sentence compares with the level by name only. */
function printedBefore(text: string, sentenceStart: number): Cited | null {
  const from = Math.max(0, sentenceStart - PRINTED_REACH);
  const before = text.slice(from, sentenceStart);
  const ps = [...before.matchAll(PRINTED_P)];
  if (ps.length === 0) return null;
  const m = ps[ps.length - 1]!;
  const p = parseNum(m[1]!, from + m.index! + m[0].lastIndexOf(m[1]!));
  if (!p || p.value > 1) return null;
  const a = PRINTED_LEVEL.exec(before.slice(m.index! + m[0].length));
  return { p, alpha: level(a?.[1]), start: from + m.index! };
}

export function readAssumptionConclusions(text: string, spans: Span[]): ConclusionReport[] {
  const out: ConclusionReport[] = [];
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    if (!MENTIONS.test(sentence)) continue;
    const decisions: { m: RegExpExecArray; significant: boolean; hypothesis: boolean }[] = [];
    for (const [re, significant] of DECISIONS) {
      const m = re.exec(sentence);
      if (m) decisions.push({ m, significant: significant(m), hypothesis: false });
    }
    const byName = BY_NAME.exec(sentence);
    if (byName)
      for (const [re, significant] of HYPOTHESIS) {
        const m = re.exec(sentence);
        if (m && m.index > byName.index) decisions.push({ m, significant, hypothesis: true });
      }
    if (decisions.length === 0) continue;
    // One decision (said once or twice the same way): opposite ones are not read.
    if (new Set(decisions.map((d) => d.significant)).size > 1) continue;
    const first = decisions.reduce((a, b) => (a.m.index <= b.m.index ? a : b));
    if (RULE.test(sentence.slice(0, first.m.index))) continue;
    // The decision must be drawn from the test ("sehingga", "maka", "so") or name it: "p = 0,001
    // pada data yang berdistribusi normal" is another test's p.
    if (!DRAWN.test(sentence.slice(0, first.m.index)) && !NAMES_TEST.test(sentence)) continue;
    let cited = decisions.some((d) => d.hypothesis) ? null : citedIn(sentence, span.start, first.m.index);
    if (!cited && byName && byName.index < first.m.index && !/\d[.,]\d/.test(sentence.slice(0, first.m.index)))
      cited = printedBefore(text, span.start);
    // "p=0,006 p 0,05. Oleh karena p 0,05 maka … tidak homogen": a level whose sign was lost
    // compares the p printed just before with it, as "p < α" does by name.
    if (!cited && !decisions.some((d) => d.hypothesis) && comparesLostSign(sentence.slice(0, first.m.index)))
      cited = printedBefore(text, span.start);
    // "… were normally distributed (Shapiro–Wilk, p = 0.21)": the test and its p after the decision.
    if (!cited && !decisions.some((d) => d.hypothesis))
      cited = pCitedAfter(sentence, span.start, first.m.index + first.m[0].length);
    if (!cited) continue;
    const end = Math.max(span.start + first.m.index + first.m[0].length, cited.p.end);
    out.push({
      p: cited.p,
      alpha: cited.alpha,
      significant: first.significant,
      decision: first.m[0],
      place: {
        start: Math.min(cited.start, cited.p.start, span.start + first.m.index),
        end,
        quoteStart: Math.min(span.start, cited.start),
        quoteEnd: span.end,
      },
    });
  }
  return out;
}
