/**
 * Labelled values in prose: a statistic's name, an optional parenthesis (degrees of
 * freedom, `2-tailed`), a connector (`=`, `:`, `sebesar`, `adalah`, `of`…), an optional
 * relation (`<`, `≤`…) and a number: `t(95) = 8,624`, `nilai p sebesar 0,000`,
 * `Sig. (2-tailed) .000`, `χ²(2) = 3,84`, `OR 6,56`, `rata-rata 14,73`.
 *
 * Each role has its own label pattern; a generic pattern catches any other short symbol
 * with `=` (W, U, B, β…), which matters because a p-value after it belongs to it and not
 * to an earlier recognised statistic.
 */
import { levelInPercentLost } from './level-percent-lost.ts';
import { levelWithLostSign } from './lost-sign-level.ts';
import { isModelRowNumber } from './model-row-numbers.ts';
import type { Num, POp } from '../types.ts';
import { SIGNED_NUM, parseNum } from './numbers.ts';
import { valueBeforeGluedLevel } from './glued-ci-level.ts';

export type LabelRole =
  | 't'
  | 'F'
  | 'chi2'
  | 'r'
  | 'z'
  | 'wald'
  | 'kruskal'
  | 'q'
  | 'p'
  | 'df'
  | 'df1'
  | 'df2'
  | 'n'
  | 'mean'
  | 'meanDiff'
  | 'sd'
  | 'se'
  | 'min'
  | 'max'
  | 'ratio'
  | 'coef'
  | 'effect'
  | 'other';

export interface Labelled {
  role: LabelRole;
  label: string;
  paren: string | null;
  op: POp;
  num: Num;
  /** A second number, for `df = 2, 27`. */
  num2: Num | null;
  start: number;
  end: number;
}

interface LabelSpec {
  role: LabelRole;
  /** Regex source of the label itself. */
  label: string;
  /** Case-insensitive label. */
  ci?: boolean;
  /** A number may follow the label without `=` or a connector word (`Sig. .000`, `OR 6,56`). */
  bare?: boolean;
  /** Not read after "taraf", "tingkat", "level" (the significance level is not a p). */
  notAfterLevel?: boolean;
}

/** "2-tailed", "2- tailed", "1 tailed" printed after a p's label without a parenthesis. */
const UNBRACKETED_TAILS = String.raw`(?:\s*[12]\s*-?\s*(?:tailed|sided))?`;

const HITUNG = String.raw`(?:[-\s]?(?:hitung|count|value|obs))?`;

const SPECS: LabelSpec[] = [
  { role: 't', label: String.raw`(?:nilai\s+)?t${HITUNG}` },
  // APA plurals for several results given as one (`ts(42) > 2.59`, PDF text `t s(42)`, `F s(2,63)`).
  { role: 't', label: String.raw`t\s?s(?=\s*\()` },
  { role: 'F', label: String.raw`F\ss(?=\s*\()` },
  // "t hitung variabel motivasi sebesar 3,12": the variable named between the statistic and its value.
  {
    role: 't',
    label: String.raw`(?:nilai\s+)?t[-\s]?hitung\s+(?:untuk\s+|pada\s+)?variab[el]l?(?:\s+(?!(?:sebesar|adalah|yaitu)\s)[\p{L}][\p{L}\d\-]*){1,4}?(?=\s+(?:sebesar|adalah|yaitu)\s|\s*[=:])`,
    ci: true,
  },
  // BF(2, 56): the Brown–Forsythe F, referred to F with its (adjusted) df like Welch's.
  { role: 'F', label: String.raw`(?:nilai\s+)?F${HITUNG}|BF(?=\s*\()|Fs(?=\s*\()` },
  // X2 is as often a regression's second variable ("X2 = 0,740"): read as χ² only before "(", "hitung"
  // or a df of its own ("X 2 = 6,868, df = 3").
  {
    role: 'chi2',
    label: String.raw`(?:Pearson\s+|nilai\s+)?(?:[χΧ]\s?[_^]?\{?(?:2|²)\}?|[Xx]²|[Xx]\^\{?2\}?|[Xx]2(?=\s*\(|\s*hitung)|[Xx]\s?2(?=\s*=\s*\d[\d.,]*\s*[,;]\s*(?:df|db|dk)\s*=)|chi[_^]?\s?\{?(?:2|²)\}?|G\s?(?:2|²)|chi[-\s]?squared?|[Xx]-squared|chi[-\s]?kuadrat|kai[-\s]?kuadrat|khi[-\s]?kuadrat)(?:[-\s]?hitung)?`,
    ci: true,
  },
  { role: 'r', label: String.raw`r${HITUNG}|r\s?xy` },
  { role: 'z', label: String.raw`[Zz]${HITUNG}` },
  // "dengan nilai z -1,856": the Indonesian "nilai" (value) names the statistic without `=`.
  { role: 'z', label: String.raw`nilai\s+[Zz](?:[-\s]?hitung)?`, bare: true },
  { role: 'wald', label: String.raw`Wald` },
  // Kruskal–Wallis H is referred to χ² with its df.
  { role: 'kruskal', label: String.raw`H` },
  // Cochran's Q of meta-analysis (total, within, between groups, error), referred to χ² with its df:
  // `Qw`, `Q-within`, `QWithin`, `QT`, `QError`.
  { role: 'q', label: String.raw`Q(?:[-\s]?(?:[Ww]ithin|[Bb]etween|[Ee]rror|[Tt]otal|[Rr]esidual)|w|b|T|E)?` },
  {
    role: 'p',
    // "nilai sig. 2- tailed 0,000": the tails named without their parenthesis belong to the label,
    // or the 2 would be read as the p.
    label: String.raw`(?:(?:nilai|harga)\s+(?:p|ρ|sig\.?|signifikansi|probabilitas)|p[-_.\s]?value|ρ[-\s]?value|(?:Asymp\.?\s+|Exact\s+)?Sig\.?|signifikansi|probabilitas|probability)${UNBRACKETED_TAILS}`,
    ci: true,
    bare: true,
  },
  // A p named before what it is the p of, then `sebesar`/`was`: "signifikansi pretest dan posttest
  // kelompok kontrol sebesar 0,64", "the p-value of attitude was 0.110" (words only, at most six;
  // not the level: "taraf signifikansi yang digunakan sebesar 0,05").
  {
    role: 'p',
    label: String.raw`(?:nilai\s+)?(?:p[-\s]?value|signifikansi)(?:\s+(?!(?:sebesar|adalah|was|is)\s)[\p{L}][\p{L}\-]*){1,6}?(?=\s+(?:sebesar|adalah|was|is)\s)`,
    ci: true,
    notAfterLevel: true,
  },
  // `ps` for several p-values at once (`all ps < .05`).
  { role: 'p', label: String.raw`[pP]s?` },
  // …and as PDF text prints it: `p s < .02`, `p ’s > .56`, `p's`.
  { role: 'p', label: String.raw`p(?:\s?['’]\s?s|\ss)(?=\s*[<>=≤≥])` },
  // SPSS's Crosstabs and some theses capitalise it: "X² =10,408 Df = 1 p = 0,001".
  { role: 'df', label: String.raw`df|Df|DF|db|dk|d\.f\.|derajat\s+(?:bebas|kebebasan)|degrees\s+of\s+freedom` },
  { role: 'df1', label: String.raw`df1|df₁` },
  { role: 'df2', label: String.raw`df2|df₂` },
  { role: 'n', label: String.raw`[nN]` },
  {
    role: 'meanDiff',
    label: String.raw`M[\s_]?diff|MD|mean\s+difference|(?:selisih|beda|perbedaan)\s+(?:rata-rata|rerata|mean)`,
    ci: true,
    bare: true,
  },
  { role: 'mean', label: String.raw`M|[Xx][\u0304\u0305]|x̄` },
  {
    role: 'mean',
    label: String.raw`(?:skor\s+|nilai\s+)?(?:mean|rata-rata|rerata)(?:\s+(?:skor|umur|usia|nilai|score|age)(?:\s+(?:responden|total))?)?`,
    ci: true,
    bare: true,
  },
  { role: 'sd', label: String.raw`SD|SB|sd|s\.d\.|Std\.?\s*Dev(?:iation)?\.?` },
  {
    role: 'sd',
    label: String.raw`simpangan\s+baku|simpang\s+baku|standard?\s+deviasi|standard\s+deviation`,
    ci: true,
    bare: true,
  },
  { role: 'se', label: String.raw`SE|SEM|S\.E\.|SE\s?mean|Std\.?\s*Error(?:\s+Mean)?` },
  {
    role: 'se',
    label: String.raw`standard\s+error|galat\s+baku|kesalahan\s+baku|standar\s+error`,
    ci: true,
    bare: true,
  },
  {
    role: 'min',
    label: String.raw`min(?:imum|imal)?\.?|(?:nilai|skor)\s+(?:terendah|minimum|minimal)|terendah|lowest`,
    ci: true,
    bare: true,
  },
  {
    role: 'max',
    label: String.raw`max(?:imum|imal)?\.?|(?:nilai|skor)\s+(?:tertinggi|maksimum|maksimal)|tertinggi|maksimum|maksimal|highest`,
    ci: true,
    bare: true,
  },
  {
    role: 'ratio',
    label: String.raw`[aA]?OR|cOR|COR|POR|RR|PR|HR|IRR|Exp\s?\(B\)`,
    bare: true,
  },
  {
    role: 'ratio',
    label: String.raw`(?:adjusted\s+)?odds\s+ratio|rasio\s+odds|odds\s+rasio|risk\s+ratio|relative\s+risk|prevalence\s+ratio|hazard\s+ratio|risiko\s+relatif|rasio\s+prevalensi`,
    ci: true,
    bare: true,
  },
  { role: 'coef', label: String.raw`B|b|β|beta` },
  {
    role: 'effect',
    label: String.raw`d|g|η\s?p?\s?(?:2|²)|ω\s?(?:2|²)|ε\s?(?:2|²)|φ|V|Cram[eé]r'?s\s+V|Cohen'?s\s+d|Hedges'?\s+g|R\s?(?:2|²)|r\s?(?:2|²)|α|Cronbach'?s\s+alpha|alpha|Cronbach`,
  },
];

const CONNECTOR = String.raw`(?:(?:=|:)\s*|(?:sebesar|adalah|yaitu|yakni|senilai|bernilai|of|was|is|equal\s+to|sama\s+dengan)\s+(?:=\s*)?)`;
const OP = String.raw`(<=|>=|≤|≥|<|>|=)`;
/** A parenthesis of at most 40 characters; PDF text may break a line inside it (`F(1,\n36)`). */
const PAREN = String.raw`(?:\s*\(([^()]{0,40})\))?`;
const BOUNDARY_BEFORE = String.raw`(?<![\p{L}\p{N}_.'’])`;
const BOUNDARY_AFTER = String.raw`(?![\p{L}\p{N}_])`;
/** What may not stand right before a label (the same characters as BOUNDARY_BEFORE excludes). */
const BEFORE_LABEL = /[\p{L}\p{N}_.'’]/u;
const DF_SECOND = String.raw`(?:\s*(?:,\s|;\s?|\s(?:dan|and|&)\s|\/)\s*(\d+(?:[.,]\d+)?)(?![.,]?\d))?`;

interface CompiledSpec {
  spec: LabelSpec;
  /** The whole labelled value, read (sticky) where the combined scan found its label. */
  re: RegExp;
  /** The rest of the value without capture groups, as a lookahead for the combined scan. */
  tail: string;
}

const OP_NC = String.raw`(?:<=|>=|≤|≥|<|>|=)`;

function glueOf(spec: LabelSpec, op: string): string {
  return spec.bare
    ? String.raw`\s*(?:${CONNECTOR})?${op}?\s*`
    : String.raw`\s*(?=[=:<>≤≥]|(?:sebesar|adalah|yaitu|yakni|senilai|bernilai|of|was|is|equal\s+to|sama\s+dengan)\s)(?:${CONNECTOR})?${op}?\s*`;
}

function compile(spec: LabelSpec): CompiledSpec {
  const second = spec.role === 'df' ? DF_SECOND : '';
  const src = `${BOUNDARY_BEFORE}(${spec.label})${BOUNDARY_AFTER}${PAREN}${glueOf(spec, OP)}(${SIGNED_NUM})(?!\\.\\d)${second}`;
  const tail = String.raw`${BOUNDARY_AFTER}(?=(?:\s*\([^()]{0,40}\))?${glueOf(spec, OP_NC)}${SIGNED_NUM})`;
  return { spec, re: new RegExp(src, `dyu${spec.ci ? 'i' : ''}`), tail };
}

const COMPILED = SPECS.map(compile);

/**
 * One pass over the text per letter case finds every label followed by a value (each
 * alternative carries its own lookahead, so a label whose value does not follow gives way
 * to a longer one, as `SE` to `SE mean`); the spec's own regex then reads the parts there.
 * Twenty-odd separate passes, each trying a lookbehind at every character, were the
 * slowest part of checking a thesis.
 */
function combined(ci: boolean): { re: RegExp; specs: CompiledSpec[] } {
  const specs = COMPILED.filter((c) => Boolean(c.spec.ci) === ci);
  // Each alternative is one capture group; the spec labels themselves use only non-capturing groups.
  const alts = specs.map((c) => `(${c.spec.label})${c.tail}`);
  // No lookbehind in front: a pattern that starts with the labels' own first characters lets the
  // regex engine skip ahead quickly; the boundary before the label is tested on each hit instead.
  return { re: new RegExp(`(?:${alts.join('|')})`, `gu${ci ? 'i' : ''}`), specs };
}

const SCANS = [combined(false), combined(true)];

const ROLE_PRIORITY: Partial<Record<LabelRole, number>> = { p: 3, meanDiff: 2, se: 2, chi2: 2 };

function opOf(raw: string | undefined): POp {
  switch (raw) {
    case '<':
      return '<';
    case '>':
      return '>';
    case '<=':
    case '≤':
      return '<=';
    case '>=':
    case '≥':
      return '>=';
    default:
      return '=';
  }
}

/** Every labelled value in the text, in order, overlaps resolved (longest label wins). */
export function scanLabelled(text: string): Labelled[] {
  const found: Labelled[] = [];
  for (const { re, specs } of SCANS) {
    re.lastIndex = 0;
    for (let hit = re.exec(text); hit; hit = re.exec(text)) {
      if (hit.index > 0 && BEFORE_LABEL.test(text[hit.index - 1]!)) {
        re.lastIndex = hit.index + 1;
        continue;
      }
      let k = 1;
      while (hit[k] === undefined) k++;
      const { spec, re: full } = specs[k - 1]!;
      if (
        spec.notAfterLevel &&
        /(?:taraf|tingkat|level|derajat)\s+$/i.test(text.slice(Math.max(0, hit.index - 10), hit.index))
      ) {
        re.lastIndex = hit.index + 1;
        continue;
      }
      full.lastIndex = hit.index!;
      const m = full.exec(text);
      if (!m) continue;
      const idx = m.indices!;
      let numIdx = idx[4]!;
      // "OR=5.035,95%CI": the value and the interval's level glued (glued-ci-level.ts).
      const unglued = valueBeforeGluedLevel(m[4]!, text.slice(numIdx[1]));
      if (unglued) numIdx = [numIdx[0], numIdx[0] + unglued.length];
      const num = parseNum(unglued ?? m[4]!, numIdx[0]);
      if (!num) continue;
      // "nilai p 0,05": the level, its comparison sign lost (lost-sign-level.ts).
      const glueStart = (idx[2] ?? idx[1]!)[1];
      if (spec.role === 'p' && levelWithLostSign(text.slice(glueStart, numIdx[0]), num.value, num.decimals)) continue;
      // "Sig. 1 Regression …": SPSS's model number after the header, not a p (model-row-numbers.ts).
      if (spec.role === 'p' && isModelRowNumber(text, num.end, num.decimals, Boolean(m[3]?.trim()))) continue;
      // "taraf signifikansi 5": the level in percent, its % sign lost (level-percent-lost.ts).
      const labelStart = idx[1]![0];
      if (
        spec.role === 'p' &&
        levelInPercentLost(text.slice(Math.max(0, labelStart - 12), labelStart), num.value, num.decimals)
      )
        continue;
      let num2: Num | null = null;
      if (m[5] !== undefined && idx[5]) num2 = parseNum(m[5], idx[5][0]);
      found.push({
        role: spec.role,
        label: m[1]!.replace(/\s+/g, ' '),
        paren: m[2] ?? null,
        op: opOf(m[3]),
        num,
        num2,
        start: m.index!,
        end: (idx[5] ?? numIdx)[1],
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Labelled[] = [];
  for (const l of found) {
    const prev = kept[kept.length - 1];
    if (prev && l.start < prev.end) {
      const lenPrev = prev.num.start - prev.start;
      const lenCur = l.num.start - l.start;
      const better =
        lenCur > lenPrev || (lenCur === lenPrev && (ROLE_PRIORITY[l.role] ?? 0) > (ROLE_PRIORITY[prev.role] ?? 0));
      if (better) kept[kept.length - 1] = l;
      continue;
    }
    kept.push(l);
  }
  return kept;
}

const RELATION = /[=<>≤≥]\s*[-–]?\s*[.,]?\d/g;
const LABEL_CHAR = /[\p{L}\p{N}²']/u;

/**
 * Other symbols with a value (W = 0,92, U = 45, B = 0,35), which bound which statistic a
 * later p belongs to: found from each relation sign backwards (an optional parenthesis,
 * then a symbol of at most five characters that starts with a letter).
 */
export function scanGenericLabels(text: string): { label: string; start: number; end: number }[] {
  const out: { label: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(RELATION)) {
    let j = m.index! - 1;
    while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
    if (text[j] === ')') {
      const open = text.lastIndexOf('(', j);
      if (open < 0 || j - open > 21 || text.slice(open, j).includes('\n')) continue;
      j = open - 1;
      while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
    }
    const end = j + 1;
    while (j >= 0 && end - j <= 5 && LABEL_CHAR.test(text[j]!)) j--;
    const start = j + 1;
    if (start >= end || !/\p{L}/u.test(text[start]!)) continue;
    if (j >= 0 && BEFORE_LABEL.test(text[j]!)) continue;
    out.push({ label: text.slice(start, end), start, end: m.index! + m[0].length });
  }
  return out;
}
