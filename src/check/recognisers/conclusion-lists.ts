/**
 * A list of findings that share one verb, each item with its own p in parentheses, as
 * conclusions and abstracts write them:
 * - the verb after the list: "variabel dukungan suami (p=0.001 dan φ=0.382), sikap (p=0.043),
 *   … dan motivasi (p=0.018) berhubungan dengan pemanfaatan ANC"; "age (p = .01), sex (p =
 *   .42) and income (p = .003) were significantly associated with adherence";
 * - the verb before it, joined by "antara", "yaitu", "adalah", "between", "namely", "were" or
 *   a colon: "Faktor yang berhubungan dengan kepatuhan yaitu umur (p=0,01) dan pendidikan
 *   (p=0,03)"; "ada hubungan" may take the first name at once: "ada hubungan pengetahuan
 *   (p=0.003), riwayat asi eksklusif (p=0.008) … dengan stunting".
 * Each item is read as a finding with its own p: the shared verb claims every item. A list is
 * read only when it has at least two items, every item's parentheses hold exactly one p (given
 * with `=` or `<`, so that its side of the level is known), the items are joined by commas,
 * "dan"/"and"/"serta", and nothing between them but the next item's name (no number, no verb
 * of its own: "serta tidak ada hubungan paritas" ends the list), and the verb stands right after
 * the last item or right before the first. A list that selects candidates for a multivariable
 * model (at p < 0,25, say) is not read.
 */
import type { ConclusionReport, Num } from '../types.ts';
import type { Span } from './segments.ts';
import { NUM, parseNum } from './numbers.ts';

/** One p inside an item's parentheses: `p=0.043`, `p-value = .01`, `sig. 0,000` is not read (no sign). */
const P_IN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:p(?:[-\s]?value)?|sig\.?|ρ)\s*(=|<|≤)\s*(${NUM})(?![\p{N}])`,
  'giu',
);
const PAREN = /\(([^()]{1,120})\)/g;
/** Between two items: a separator, then only the next item's name (letters, no digits). */
const BETWEEN =
  /^\s*(?:,\s*(?:(?:dan|and|serta|or|atau)\s+)?|\s+(?:dan|and|serta)\s+|;\s*)[\p{L}][\p{L}'’\-/ ]{0,60}$/u;
/**
 * A gap that states a decision of its own ("… serta tidak ada hubungan paritas (p = 0,341)"):
 * the items after it are that decision's, not the shared verb's, so the list ends before it.
 */
const OWN_DECISION =
  /(?<![\p{L}])(?:tidak|tak|bukan|no|not|ada|terdapat|berhubungan|berpengaruh|berkorelasi|hubungan|pengaruh|signifikan|bermakna|significant(?:ly)?|associated|related)(?![\p{L}])/iu;
/** The first item's name, right after the verb's link word (a colon allowed). */
const NAME_BEFORE = /^\s*:?\s*[\p{L}][\p{L}'’\-/ ]{0,60}$/u;

/**
 * A list that selects candidates for a model at a looser level ("kandidat multivariat, p < 0,25")
 * decides at that level, not at α: it is not read.
 */
const SCREENING =
  /kandidat|candidate|multivariat|multivariable|multivariate|seleksi|screening|[<≤]\s*0?[.,][1-4]\d?(?!\d)/iu;

/** The shared verb after the list; group 1 (or "no"/"not" in the text) negates it. */
const VERB_AFTER =
  /^\s*,?\s*(?:(?:semuanya|seluruhnya|all|both)\s+)?(?:(?:(tidak|not)\s+)?(?:secara\s+signifikan\s+|significantly\s+)?(?:berhubungan|berpengaruh|berkorelasi|berasosiasi|bermakna)\b|(?:(tidak)\s+)?(?:memiliki|mempunyai|ada|terdapat)\s+(?:hubungan|pengaruh|korelasi|asosiasi)\b|(?:were|was|are|is)\s+(?:all\s+)?(?:(not)\s+)?(?:significantly\s+|statistically\s+significantly\s+)?(?:associated|related|correlated)\s+with\b|(?:were|was|are|is)\s+(?:all\s+)?(?:(not)\s+)?(?:statistically\s+)?significant\b|(?:did\s+(not)\s+)?(?:significantly\s+)?predict(?:ed)?\b)/iu;

/** The shared verb before the list, with its link word: "berhubungan dengan kepatuhan yaitu". */
const VERB_BEFORE =
  /(?:(?:(tidak)\s+)?(?:ada|terdapat)\s+(?:hubungan|pengaruh|korelasi|asosiasi)(?:\s+yang\s+(?:signifikan|bermakna))?(?:\s+antara)?|(?:yang\s+)?(?:(tidak)\s+)?(?:berhubungan|berpengaruh|berkorelasi)(?:\s+(?:secara\s+)?(?:signifikan|bermakna))?(?:\s+[\p{L}]+){0,8}?\s+(?:adalah|yaitu|ialah|antara\s+lain)|there\s+(?:was|were|is|are)\s+(no\s+)?(?:a\s+)?(?:statistically\s+)?significant\s+(?:relationship|association|correlation|difference)s?\s+between|(?:factors?|variables?)\s+(?:that\s+were\s+)?(?:(not)\s+)?(?:significantly\s+)?(?:associated|related|correlated)\s+with(?:\s+[\p{L}]+){0,8}?\s+(?:were|was|are|is|include[ds]?|namely))/giu;

interface Item {
  nameStart: number;
  end: number;
  p: Num;
}

export function readConclusionLists(text: string, spans: Span[]): ConclusionReport[] {
  const out: ConclusionReport[] = [];
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    if (!/\(/.test(sentence) || SCREENING.test(sentence)) continue;
    // Parentheses with exactly one p, in order.
    const parens: { open: number; close: number; p: Num | null }[] = [];
    for (const m of sentence.matchAll(PAREN)) {
      const ps = [...m[1]!.matchAll(P_IN)];
      let p: Num | null = null;
      if (ps.length === 1) {
        const pm = ps[0]!;
        const at = span.start + m.index! + 1 + pm.index! + pm[0].lastIndexOf(pm[2]!);
        p = parseNum(pm[2]!, at);
        if (p && p.value > 1) p = null;
      }
      parens.push({ open: m.index!, close: m.index! + m[0].length, p });
    }
    // Runs of consecutive p-parentheses joined only by separators and names.
    let i = 0;
    while (i < parens.length) {
      if (!parens[i]!.p) {
        i++;
        continue;
      }
      let j = i;
      while (
        j + 1 < parens.length &&
        parens[j + 1]!.p &&
        BETWEEN.test(sentence.slice(parens[j]!.close, parens[j + 1]!.open)) &&
        !OWN_DECISION.test(sentence.slice(parens[j]!.close, parens[j + 1]!.open))
      )
        j++;
      if (j > i) readList(sentence, span, parens.slice(i, j + 1), out);
      i = j + 1;
    }
  }
  return out;
}

function readList(
  sentence: string,
  span: Span,
  run: { open: number; close: number; p: Num | null }[],
  out: ConclusionReport[],
): void {
  const last = run[run.length - 1]!;
  const after = VERB_AFTER.exec(sentence.slice(last.close));
  let significant: boolean;
  let verbStart: number;
  let verbEnd: number;
  let nameStart: number;
  const before = sentence.slice(0, run[0]!.open);
  if (after) {
    significant = !after.slice(1).some(Boolean);
    verbStart = last.close + (after[0].length - after[0].trimStart().length);
    verbEnd = last.close + after[0].length;
    // The first item's name: back to the last comma, colon or verb-free word run (up to 60 characters).
    const name = /(?:[\p{L}][\p{L}'’\-/]*\s+){0,3}[\p{L}][\p{L}'’\-/]*\s*$/u.exec(before);
    nameStart = name ? name.index : run[0]!.open;
    // … after a word that introduces the finding ("bahwa", "that").
    const intro = /^(?:.*\s)?(?:bahwa|that|yaitu|namely)\s+/iu.exec(before.slice(nameStart));
    if (intro) nameStart += intro[0].length;
  } else {
    // The verb before: its last occurrence before the first item, followed only by the first name.
    let found: RegExpMatchArray | null = null;
    for (const m of before.matchAll(VERB_BEFORE)) found = m;
    if (!found || !NAME_BEFORE.test(before.slice(found.index! + found[0].length))) return;
    const rest = before.slice(found.index! + found[0].length);
    nameStart = found.index! + found[0].length + rest.search(/\p{L}/u);
    significant = !found.slice(1).some(Boolean);
    verbStart = found.index! + (found[0].length - found[0].trimStart().length);
    verbEnd = found.index! + found[0].length;
  }
  const decision = sentence.slice(verbStart, verbEnd).trim();
  const items: Item[] = [];
  let from = nameStart!;
  for (const r of run) {
    items.push({ nameStart: from, end: r.close, p: r.p! });
    const next = run[run.indexOf(r) + 1];
    if (next) {
      const gap = sentence.slice(r.close, next.open);
      const name = /[\p{L}][\p{L}'’\-/ ]*$/u.exec(
        gap.replace(/^[\s,;]*(?:(?:dan|and|serta|or|atau)\s+)?/iu, (m) => ' '.repeat(m.length)),
      );
      from = name ? r.close + name.index : next.open;
    }
  }
  for (const it of items) {
    const start = span.start + it.nameStart;
    const end = span.start + it.end;
    out.push({
      p: it.p,
      alpha: null,
      significant,
      decision,
      place: { start, end, quoteStart: span.start, quoteEnd: span.end },
    });
  }
}
