/**
 * Reported results in prose. Within one sentence, a p-value belongs to the nearest
 * statistic before it (`t(95) = 8,62; d = 0,88; p < 0,001`), unless another symbol with
 * a value stands between them (`W = 0,92; p = 0,190` is not about an earlier t); degrees
 * of freedom written apart (`t = 8,624; df = 95`) join the statistic that lacks them; a
 * confidence interval belongs to the estimate before it; SD, SE and n join the mean they
 * follow.
 */
import { dashJoinedDf } from './dash-df.ts';
import { dfValue } from './grouped-df.ts';
import { pLeadsRatio } from './p-before-ratio.ts';
import { pNumberContinues } from './p-number-continues.ts';
import { pRowsBelow } from './p-rows-below.ts';
import type {
  Lang,
  DescriptiveReport,
  EstimateReport,
  Extraction,
  Num,
  Place,
  PReport,
  StatKind,
  Tails,
  TestReport,
} from '../types.ts';
import type { Span } from './segments.ts';
import type { Labelled } from './labels.ts';
import type { FoundCi } from './intervals.ts';
import { groupOfMeanUnknown } from './group-size-headers.ts';
import { pRunsAfterStatistics } from './p-runs.ts';
import { minMaxBeforeEachMean, rangeBefore } from './min-max-before-mean.ts';

/** Sample-size formulas (Lemeshow, Slovin) use Z = 1,96, p = 0,5, d = 0,1: no reported results there. */
const FORMULA_CONTEXT = /rumus|formula|lemeshow|slovin|besar sampel|ukuran sampel|sample size|\bq\s*=/i;
/**
 * "tingkat kepercayaan 95%" opens a formula's terms, but also result sentences ("diperoleh nilai p =
 * 0,000 pada tingkat kepercayaan 95"): a formula only with another of its terms (Z, d, p = 0,5).
 */
const LEVEL_CONTEXT = /tingkat kepercayaan|confidence level/i;
const FORMULA_TERMS = /\bZ\s*(?:\(|=|1\s*-|α)|\bd\s*=|\bp\s*=\s*0?[.,]50?(?![\d])|proporsi|presisi|precision|margin/i;
const formulaContext = (sentence: string): boolean =>
  FORMULA_CONTEXT.test(sentence) || (LEVEL_CONTEXT.test(sentence) && FORMULA_TERMS.test(sentence));
export const ONE_TAILED =
  /one[-\s]?(?:tailed|sided)|(?<!non-?|bi|un)directional|satu[-\s](?:arah|sisi|ekor|pihak)|1[-\s](?:tailed|sided|arah)|uji\s+pihak\s+(?:kanan|kiri)/i;
/** A statement, outside a table label such as `Sig. (1-tailed)`, that the tests were one-tailed. */
export const DOCUMENT_ONE_TAILED =
  /\b(?:one[-\s]?(?:tailed|sided)|(?<!non-?|bi|un)directional)\s+(?:tests?|hypothes[ie]s|predictions?|p[-\s]?values?)|(?:tests?|p[-\s]?values?)\s+(?:were|was|are|is)\s+one[-\s]?(?:tailed|sided)|\b(?:uji|pengujian)\s+(?:satu\s+(?:arah|sisi|pihak|ekor)|pihak\s+(?:kanan|kiri))/i;
const TWO_TAILED = /two[-\s]?(?:tailed|sided)|dua[-\s](?:arah|sisi|ekor|pihak)|2[-\s](?:tailed|sided|arah)/i;
const INTEGER_WORDS =
  /\b(skor|score|scores|PSS|PSS-10|DASS|DASS-\d+|umur|usia|age|frekuensi|frequency|jumlah\s+skor|total\s+score|skor\s+total)\b/i;
const ITEM_COUNT = /(\d+)[-\s]?(?:butir|items?|pernyataan|pertanyaan|soal)\b/i;
/** A sample size written in words: `pada 15 responden`, `of 40 participants`, `(n 15)`. */
const N_IN_WORDS =
  /\b(?:pada|dari|terhadap|among|of|from|with)\s+(\d{1,6})\s+(?:orang\s+)?(?:responden|subjek|subyek|partisipan|peserta|pasien|sampel|siswa|mahasiswa|pegawai|karyawan|perawat|participants|respondents|subjects|patients|students|employees|nurses|workers)\b/iu;
const ITEM_MEAN_WORDS = /\b(likert|items?|butir|per\s+item|rata-rata\s+item)\b/i;

export interface SentenceInput {
  text: string;
  /** Sentences, and table cells that read like prose. */
  spans: Span[];
  labelled: Labelled[];
  generic: { label: string; start: number; end: number }[];
  intervals: FoundCi[];
  lang: Lang;
  alpha: number;
  /** The document states once that its tests were one-tailed (methods). */
  documentOneTailed: boolean;
}

type Taker =
  | { kind: 'test'; at: number; test: TestReport }
  | { kind: 'ratio'; at: number; est: EstimateReport }
  | { kind: 'barrier'; at: number };

const TRANSPARENT_GENERIC = new Set([
  'tabel',
  'table',
  'kritis',
  'crit',
  'd',
  'g',
  'SD',
  'SB',
  'SE',
  'M',
  'n',
  'N',
  'df',
  'db',
  'dk',
  'CI',
  'IK',
  'α',
  'q',
  'k',
  'r2',
  'R2',
  'R²',
  'η2',
  'η²',
  'ω2',
  'V',
  'φ',
  'MD',
  // APA puts the error mean square between F and its p: `F(2, 70) = 4.48, MSE = 6.61, p < .02`.
  'MSE',
  'MSe',
]);

export const TEST_ROLES: Partial<Record<Labelled['role'], StatKind>> = {
  t: 't',
  F: 'F',
  chi2: 'chi2',
  r: 'r',
  z: 'z',
  wald: 'chi2',
  kruskal: 'chi2',
  q: 'chi2',
};

function oneTailedParen(paren: string | null): boolean {
  return paren !== null && ONE_TAILED.test(paren);
}

export function toPReport(l: Labelled): PReport {
  return { op: l.op, num: l.num, oneTailedLabel: oneTailedParen(l.paren), start: l.start, end: l.end };
}

/**
 * Degrees of freedom from a statistic's parenthesis; undefined when the parenthesis is not
 * df (a critical-value subscript, `t(2,28)` in English text, `Qb(2, N = 187)`).
 */
export function dfFromParen(
  kind: StatKind,
  role: Labelled['role'],
  paren: string | null,
  lang: Lang,
): number[] | null | undefined {
  if (paren === null) return null;
  const p = paren.trim().replace(/^(?:df|db|dk)\s*=\s*/i, '');
  if (kind === 'z') return p === '' ? null : undefined;
  // A decimal comma only in Indonesian text: in English `t(2,28)` is two numbers, not df 2.28.
  const dec = (raw: string): number | null => {
    const r = raw.trim();
    if (r === 'l') return 1; // `F(l, 76)`: a letter l printed for the digit 1
    if (/^\d+(?:\.\d+)?$/.test(r)) return Number(r);
    if (lang === 'id' && /^\d+,\d+$/.test(r)) return Number(r.replace(',', '.'));
    return null;
  };
  if (kind === 'F') {
    // `F(2; 28)`, `F(2,1; 28,1)`: the semicolon separates; `F(2, 28)`, `F(2.1, 28.1)`, `F(2,28)`;
    // some tables join the two whole-number df by a dash, `F (2–42)` (dash-df.ts).
    const parts = p.includes(';')
      ? p.split(';')
      : /^(?:\d+(?:\.\d+)?|l)\s*,\s*\d+(?:\.\d+)?$/.test(p)
        ? p.split(',')
        : dashJoinedDf(p);
    if (!parts || parts.length !== 2) return undefined;
    const a = dec(parts[0]!);
    const b = dec(parts[1]!);
    return a !== null && b !== null ? [a, b] : undefined;
  }
  if (kind === 'chi2') {
    // χ² may carry its sample size (`χ²(1, N = 11,455)`, or after a semicolon without its name,
    // `χ²(2;616)`); Cochran's Q may not.
    const m = role === 'q' ? /^(\d+)$/.exec(p) : /^(\d+)\s*(?:[,;]\s*[Nn]\s*=\s*[\d.,]+|;\s*\d+)?$/.exec(p);
    if (m) return [Number(m[1])];
    // …or name both, the sample size first: `χ²(N = 1240, df = 1)`.
    const nFirst = role === 'q' ? null : /^[Nn]\s*=\s*[\d.,]+\s*[,;]\s*(?:df|db|dk)\s*=\s*(\d+)$/i.exec(p);
    return nFirst ? [Number(nFirst[1])] : undefined;
  }
  const d = dec(p);
  return d !== null && p !== 'l' ? [d] : undefined;
}

/** What stands between a p and the statistic it belongs to when the p comes first. */
const P_THEN_STATISTIC = /^\s*(?:[<>≤≥]\s*0?[.,]\d+\s*)?,?\s*(?:dengan|with|and|dan)\s+(?:(?:a|an|the)\s+)?$/iu;

/** Text that closes one parenthesis and opens another. */
const NEXT_PARENTHESIS = /\)[^()]*\(/;

/** `ns` (or `n.s.`) written in place of a p-value. */
const NS = /(?<![\p{L}\p{N}])(?:ns|NS|n\.s\.?)(?![\p{L}\p{N}])/gu;

/** Walks sentence by sentence and adds what it finds to `out`. */
export function readStatements(input: SentenceInput, out: Extraction): void {
  const { spans } = input;
  let li = 0;
  let gi = 0;
  let ci = 0;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (const span of sorted) {
    while (li < input.labelled.length && input.labelled[li]!.start < span.start) li++;
    while (gi < input.generic.length && input.generic[gi]!.start < span.start) gi++;
    while (ci < input.intervals.length && input.intervals[ci]!.start < span.start) ci++;
    const labelled: Labelled[] = [];
    for (let k = li; k < input.labelled.length && input.labelled[k]!.start < span.end; k++) {
      if (input.labelled[k]!.end <= span.end) labelled.push(input.labelled[k]!);
    }
    const generic = [];
    for (let k = gi; k < input.generic.length && input.generic[k]!.start < span.end; k++)
      generic.push(input.generic[k]!);
    const cis = [];
    for (let k = ci; k < input.intervals.length && input.intervals[k]!.start < span.end; k++) {
      if (input.intervals[k]!.end <= span.end) cis.push(input.intervals[k]!);
    }
    if (labelled.length === 0) continue;
    readSentence(input, span, labelled, generic, cis, out);
  }
}

function readSentence(
  input: SentenceInput,
  span: Span,
  labelled: Labelled[],
  generic: { label: string; start: number; end: number }[],
  cis: FoundCi[],
  out: Extraction,
): void {
  const { text } = input;
  const sentence = text.slice(span.start, span.end);
  if (formulaContext(sentence)) return;
  const tails: Tails = ONE_TAILED.test(sentence)
    ? 'one'
    : TWO_TAILED.test(sentence)
      ? 'two'
      : input.documentOneTailed
        ? 'one'
        : 'unstated';
  const place = (start: number, end: number): Place => ({ start, end, quoteStart: span.start, quoteEnd: span.end });

  const takers: Taker[] = [];
  const tests: TestReport[] = [];
  const estimates: { est: EstimateReport; at: number; end: number; role: Labelled['role'] }[] = [];
  for (const l of labelled) {
    const kind = TEST_ROLES[l.role];
    if (kind) {
      const df = dfFromParen(kind, l.role, l.paren, input.lang);
      if (df === undefined) {
        takers.push({ kind: 'barrier', at: l.start });
        continue;
      }
      const test: TestReport = {
        kind,
        label: l.label,
        op: l.op === '=' ? '=' : l.op === '<' || l.op === '<=' ? '<' : '>',
        value: l.num,
        df,
        p: null,
        tails,
        place: place(l.start, l.end),
        origin: 'text',
      };
      tests.push(test);
      takers.push({ kind: 'test', at: l.start, test });
      if (l.role === 'r') {
        estimates.push({ est: estimate('other', l, place), at: l.start, end: l.end, role: l.role });
      }
      continue;
    }
    if (l.role === 'ratio' && l.op === '=' && l.num.value > 0) {
      const est = estimate('ratio', l, place);
      estimates.push({ est, at: l.start, end: l.end, role: l.role });
      takers.push({ kind: 'ratio', at: l.start, est });
      continue;
    }
    if (l.role === 'coef') {
      takers.push({ kind: 'barrier', at: l.start });
      if (l.op === '=') estimates.push({ est: estimate('mean', l, place), at: l.start, end: l.end, role: l.role });
      continue;
    }
    if ((l.role === 'mean' || l.role === 'meanDiff') && l.op === '=') {
      estimates.push({ est: estimate('mean', l, place), at: l.start, end: l.end, role: l.role });
    } else if (l.role === 'effect' && l.op === '=') {
      estimates.push({ est: estimate('other', l, place), at: l.start, end: l.end, role: l.role });
    }
  }
  for (const g of generic) {
    if (TRANSPARENT_GENERIC.has(g.label)) continue;
    if (labelled.some((l) => g.start < l.end && l.start < g.end)) continue;
    if (cis.some((c) => g.start < c.end && c.start < g.end)) continue;
    takers.push({ kind: 'barrier', at: g.start });
  }
  takers.sort((a, b) => a.at - b.at);

  // Degrees of freedom written apart from their statistic.
  const dfItems = labelled.filter((l) => l.role === 'df' || l.role === 'df1' || l.role === 'df2');
  const pending1: number[] = [];
  for (const d of dfItems) {
    // "df = 1,198" in English is 1198 (./grouped-df.ts).
    const values = [dfValue(d.num, input.lang), ...(d.num2 ? [dfValue(d.num2, input.lang)] : [])];
    // No test has fewer than one degree of freedom: "degrees of freedom (N – 2)\n= .67" is a
    // template's row running into the next cell, not a df.
    if (values.some((v) => v < 1)) continue;
    const before = [...tests].reverse().find((t) => t.df === null && t.place.start < d.start);
    const target = before ?? tests.find((t) => t.df === null && t.place.start > d.start);
    if (!target) continue;
    if (target.kind === 'F') {
      if (values.length === 2) target.df = values;
      else if (d.role === 'df2' && pending1.length) target.df = [pending1.pop()!, values[0]!];
      else pending1.push(values[0]!);
    } else {
      target.df = [values[0]!];
    }
  }
  // A correlation with its n and no df: df = n − 2.
  const ns = labelled.filter((l) => l.role === 'n' && l.op === '=');
  for (const t of tests) {
    if (
      t.kind === 'r' &&
      t.df === null &&
      ns.length === 1 &&
      Number.isInteger(ns[0]!.num.value) &&
      ns[0]!.num.value > 2
    ) {
      t.df = [ns[0]!.num.value - 2];
    }
  }

  // p-values: to the nearest statistic before them, if nothing else stands between.
  // "probabilitas 95%" is a probability, not a p-value.
  const ps = labelled.filter(
    (l) => l.role === 'p' && !/^\s*%/.test(text.slice(l.end, l.end + 3)) && !pNumberContinues(text, l.end),
  );
  const belowTests = pRowsBelow(
    text,
    takers.filter((t) => t.kind === 'test').map((t) => ({ start: t.at, taker: t })),
    // Every p holds its column, even one left unread.
    labelled.filter((l) => l.role === 'p'),
  );
  const runs = pRunsAfterStatistics(takers, ps);
  for (const pl of ps) {
    const p = toPReport(pl);
    let owner: Taker | undefined;
    for (const t of takers) if (t.at < pl.start) owner = t;
    // A row of p's under a row of statistics: by column (./p-rows-below.ts).
    if (belowTests.has(pl)) owner = belowTests.get(pl)?.taker;
    // A run of p's after a run of statistics: in order (./p-runs.ts).
    else if (runs.has(pl)) owner = runs.get(pl) ?? undefined;
    let attached = false;
    // A ratio does not take the p of the next parenthesis: "(P=0,000, OR=36,000: CI …), ada hubungan …
    // (P=0,018, OR= 4,983 …)" — there each ratio's p is printed before it in its own parenthesis.
    if (owner?.kind === 'ratio' && NEXT_PARENTHESIS.test(text.slice(owner.at, pl.start))) owner = undefined;
    // Nor, when its own p was printed right before it ("p = 0.000; OR = 0.050 (CI …), … p = 0.003;
    // OR = 0.126"), the p printed right before the next ratio.
    const next = takers.find((t) => t.at >= pl.end);
    if (
      owner?.kind === 'ratio' &&
      next?.kind === 'ratio' &&
      pLeadsRatio(text, pl.end, next.at) &&
      ps.some((q) => q !== pl && pLeadsRatio(text, q.end, owner!.at))
    )
      owner = undefined;
    if (owner?.kind === 'test' && owner.test.p === null) {
      owner.test.p = p;
      attached = true;
    } else if (owner?.kind === 'ratio' && owner.est.p === null) {
      owner.est.p = p;
      attached = true;
    } else {
      // A p named first and its statistic after it, joined by "with": "signifikansi … sebesar 0,64
      // dengan nilai z -1,856", "p = .03 with t(28) = 2.20".
      const k = takers.findIndex((t) => t.at >= pl.end);
      const next = takers[k];
      const after = takers[k + 1]?.at ?? span.end;
      if (
        next?.kind === 'test' &&
        next.test.p === null &&
        P_THEN_STATISTIC.test(text.slice(pl.end, next.at)) &&
        // …and only when the statistic has no p of its own after it.
        !ps.some((q) => q.start > next.at && q.start < after)
      ) {
        next.test.p = p;
        attached = true;
      }
    }
    out.pValues.push({ p, place: place(pl.start, pl.end), attached });
  }

  // `ns` in place of a p: to a statistic right before it that has no p yet.
  for (const m of sentence.matchAll(NS)) {
    const at = span.start + m.index!;
    let owner: Taker | undefined;
    for (const t of takers) if (t.at < at) owner = t;
    if (owner?.kind !== 'test' || owner.test.p !== null) continue;
    const num: Num = { value: input.alpha, decimals: 0, half: 0, raw: m[0], start: at, end: at + m[0].length };
    owner.test.p = { op: '>', num, oneTailedLabel: false, ns: true, start: at, end: num.end };
  }

  // Confidence intervals: to the estimate just before them.
  for (const c of cis) {
    let target: (typeof estimates)[number] | undefined;
    for (const e of estimates) if (e.end <= c.start) target = e;
    if (!target || target.est.ci) continue;
    const between = labelled.filter((l) => l.start >= target!.end && l.end <= c.start);
    if (between.some((l) => TEST_ROLES[l.role] && l.role !== 'r')) continue;
    if (c.bare && (target.role !== 'ratio' || c.start - target.end > 3)) continue;
    // "Mean age was 45.2 … ; the difference between the means was 0.4 (95% CI −1.2 to 2.0)": a
    // difference named between a mean and the interval owns the interval.
    if (
      target.est.family === 'mean' &&
      target.role === 'mean' &&
      /\bdifference\b/iu.test(text.slice(target.end, c.start))
    )
      continue;
    target.est.ci = { level: c.level, lower: c.lower, upper: c.upper, start: c.start, end: c.end };
    target.est.place = place(target.est.place.start, c.end);
    if (target.est.family === 'mean' && ps.length === 1 && cis.length === 1) target.est.p = toPReport(ps[0]!);
  }

  out.tests.push(...tests);
  for (const e of estimates) if (e.est.family === 'ratio' || e.est.ci) out.estimates.push(e.est);

  readDescriptives(sentence, labelled, place, out);
}

function estimate(
  family: EstimateReport['family'],
  l: Labelled,
  place: (s: number, e: number) => Place,
): EstimateReport {
  return { family, label: l.label, value: l.num, ci: null, p: null, place: place(l.start, l.end), origin: 'text' };
}

function readDescriptives(
  sentence: string,
  labelled: Labelled[],
  place: (s: number, e: number) => Place,
  out: Extraction,
): void {
  const means = labelled.filter((l) => l.role === 'mean' && l.op === '=');
  const base = place(0, 0).quoteStart;
  if (means.length === 0) return;
  const itemMatch = ITEM_COUNT.exec(sentence);
  const integerWord = INTEGER_WORDS.exec(sentence);
  // Tested once per sentence, not once per mean: SPSS output pasted flat can be one sentence of
  // thousands of means, and testing it for each of them made the check quadratic.
  const nWords = N_IN_WORDS.exec(sentence);
  const itemMeanWords = ITEM_MEAN_WORDS.test(sentence);
  // "minimum … maximum … mean …" for each variable in turn (./min-max-before-mean.ts).
  const rangesFirst = minMaxBeforeEachMean(sentence, base, means, labelled);
  means.forEach((m, i) => {
    const lo = i > 0 ? means[i - 1]!.end : -1;
    const hi = i + 1 < means.length ? means[i + 1]!.start : Infinity;
    const around = labelled.filter((l) => l.start > lo && l.start < hi && l !== m);
    const after = (role: Labelled['role']) =>
      around.find((l) => l.role === role && l.start > m.start && l.op === '=')?.num ?? null;
    const sd = after('sd');
    const se = after('se');
    // A minimum or maximum after the mean is its own (SPSS: Mean … Minimum, Maximum, then the
    // next group's Mean). Ones before it are taken only for the first mean, and only when nothing
    // numeric stands between them and it ("minimum 20, maksimum 80, rata-rata 55,3"): SPSS's
    // "Minimum 2 Maximum 39 Range 37 … Kurtosis -,238 ,397 Ada insentif Mean 71,03" are the group
    // before's.
    const ownBefore = (() => {
      const before = around.filter((l) => (l.role === 'min' || l.role === 'max') && l.start < m.start);
      const last = before[before.length - 1];
      return i === 0 && last !== undefined && !/\d/.test(sentence.slice(last.end - base, m.start - base));
    })();
    const near = (role: Labelled['role']) =>
      around.find((l) => l.role === role && l.op === '=' && l.start > m.start)?.num ??
      (ownBefore ? (around.find((l) => l.role === role && l.op === '=')?.num ?? null) : null);
    const previousMeanEnd = i > 0 ? means[i - 1]!.end : -1;
    const min = rangesFirst ? rangeBefore('min', m, previousMeanEnd, labelled) : near('min');
    const max = rangesFirst ? rangeBefore('max', m, previousMeanEnd, labelled) : near('max');
    const nItems = around.filter(
      (l) => l.role === 'n' && l.op === '=' && Number.isInteger(l.num.value) && l.num.decimals === 0,
    );
    // The n closest to the mean, before or after it; else one written in words (`pada 15 responden`).
    // None after a header of several group sizes (group-size-headers.ts).
    const unknownGroup = groupOfMeanUnknown(
      nItems.filter((l) => l.start < m.start).map((l) => l.num.value),
      nItems.filter((l) => l.start > m.start).length,
    );
    nItems.sort((a, b) => Math.abs(a.start - m.start) - Math.abs(b.start - m.start));
    const n = unknownGroup ? null : (nItems[0]?.num.value ?? (nWords ? Number(nWords[1]) : null));
    const items = itemMatch ? Number(itemMatch[1]) : null;
    const report: DescriptiveReport = {
      kind: 'mean',
      label: m.label,
      mean: m.num,
      sd,
      se,
      n,
      min,
      max,
      items,
      integerEvidence: itemMatch ? itemMatch[0] : integerWord ? integerWord[1]! : null,
      itemMeanUnknownCount: items === null && itemMeanWords,
      place: place(m.start, Math.max(m.end, sd?.end ?? 0, se?.end ?? 0)),
      origin: 'text',
    };
    out.descriptives.push(report);
  });
}
