/**
 * Counts with their percentages in prose: `26 (27,1%)`, `sebanyak 26 orang (27,1%)`,
 * `26 responden atau 27,1%`, `27,1% (n = 26)`, `(n = 26; 27,1%)`, `26/96 (27,1%)`,
 * `26 dari 96 responden (27,1%)`; and totals a sentence states: `N = 96`, `dari 96
 * responden`, `of 96 participants`. A number followed by a unit (`35 tahun (27%)`) or
 * after a comparison or range (`≥ 35`, `20–29`) is not a count.
 */
import type { CountPct, Lang, PercentGroup, ShareReport } from '../types.ts';
import type { Span } from './segments.ts';
import { parseCount, parseNum } from './numbers.ts';
import { columnShares } from './column-totals.ts';
import { subgroupShares } from './subgroup-shares.ts';
import { subgroupSharesId } from './subgroup-shares-id.ts';
import { shareThenFractionPairs } from './share-then-fraction.ts';
import { groupTotal } from './group-shares.ts';
import { namedGroupSizeFor, namedGroupSizes } from './named-group-sizes.ts';
import { narrowedSamples } from './narrowed-sample.ts';
import { totalBeforeCount } from './total-before-count.ts';
import { groupSizeBeforeCount } from './group-size-before-count.ts';
import { namedSubgroupShares, sizedGroupShares } from './named-subgroup-shares.ts';

const COUNT = String.raw`(\d{1,3}(?:[.,]\d{3})+|\d+)`;
const PCT = String.raw`(\d+(?:[.,]\d+)?)`;
const NOT_AFTER = String.raw`(?<![\p{L}\p{N}.,\-–<>≤≥\/+±]|[<>≤≥]\s|[-–]\s)`;
// Page text may lose the space between a count and its noun: "14peserta didik (60%)".
const WORDS = String.raw`(?:(?:\s+|(?<=\d)(?=\p{Ll}{3}))([\p{L}][\p{L}\-/]*(?:\s+[\p{L}][\p{L}\-/]*){0,2}))?`;

/** What a count before its total counts: "12 orang dari 30 siswa (40%)". */
const COUNTED = String.raw`(?:orang|responden|siswa|pasien|peserta(?:\s+didik)?|mahasiswa|ibu|balita|anak)`;
/** count [of total] [words] (pct%) | count [words] atau pct% | count [words] dengan persentase pct% */
const COUNT_FIRST = new RegExp(
  String.raw`${NOT_AFTER}${COUNT}(?:\s*\/\s*(\d+)|(?:\s+${COUNTED})?\s+(?:dari|of|out\s+of)\s+(\d+))?${WORDS}\s*(?:\(\s*${PCT}\s*%\s*\)|,?\s+(?:(?:atau|yaitu)(?:\s+sebesar)?|or|dengan\s+(?:persentase|presentase|prosentase)(?:\s+sebesar)?)\s+${PCT}\s*%)`,
  'gdu',
);
/**
 * count of these [words] (pct%): "completed 20,173 trials, with 8,347 of these trials resulting in
 * correct responses (41.37%)"; the total is the count the sentence named just before.
 */
const OF_THESE = new RegExp(
  String.raw`${NOT_AFTER}${COUNT}\s+(?:of\s+(?:these|them|those)|di\s?antaranya|dari\s+(?:jumlah\s+)?(?:tersebut|itu|mereka))(?:\s+[\p{L}][\p{L}\-]*){0,8}\s*\(\s*${PCT}\s*%\s*\)`,
  'gdu',
);
const ANTECEDENT = new RegExp(String.raw`${NOT_AFTER}${COUNT}\s+[\p{L}]`, 'gu');
/** pct% (n = count); a unit after the number (`85% (24 g)`) makes it a measure, not a count. */
const PCT_FIRST = new RegExp(
  String.raw`(?<![\p{N}.,])${PCT}\s*%\s*\(\s*(?:[nNf]\s*=\s*)?${COUNT}(?:\s+([\p{L}]+))?\s*\)`,
  'gdu',
);
/** (n = count; pct%) */
const N_EQUALS = new RegExp(String.raw`\(\s*[nN]\s*=\s*${COUNT}\s*[;,]\s*${PCT}\s*%\s*\)`, 'gdu');

const NUMBER_WORDS: Record<string, number> = Object.fromEntries(
  [
    ['one', 'satu', 'seorang'],
    ['two', 'dua'],
    ['three', 'tiga'],
    ['four', 'empat'],
    ['five', 'lima'],
    ['six', 'enam'],
    ['seven', 'tujuh'],
    ['eight', 'delapan'],
    ['nine', 'sembilan'],
    ['ten', 'sepuluh'],
    ['eleven', 'sebelas'],
    ['twelve'],
  ].flatMap((words, i) => words.map((w) => [w, i + 1])),
);
/** A count written in words, of people, with its percentage: "three people (4.22%)", "dua orang (6,7%)". */
const WORD_COUNT_FIRST = new RegExp(
  String.raw`(?<![\p{L}])(${Object.keys(NUMBER_WORDS).join('|')})\s+(?:people|persons|participants|respondents|students|patients|subjects|children|mothers|women|men|orang|responden|siswa|pasien|ibu|anak)\s*\(\s*${PCT}\s*%\s*\)`,
  'gdiu',
);

const UNIT_WORDS =
  /^(tahun|thn|years?|yrs?|bulan|months?|hari|days?|minggu|weeks?|jam|hours?|menit|minutes?|detik|seconds?|kali|times|kg|g|cm|mm|m|km|ml|l|mg|mmhg|persen|percent|poin|points?|skor|score|item|items|butir|rupiah|rp|juta|ribu|tingkat|level|kelas|sks)$/i;

/** The label of a table's total row. */
const TOTAL_LABEL = /^(?:total|jumlah|jml)$/i;
/** A line break, then a capitalised word: the next row's label, not a noun of the count before it. */
const NEXT_ROW_LABEL = /^[ \t]*\n\s*\p{Lu}/u;

const STATED_TOTAL = [
  /\b[Nn]\s*=\s*(\d{1,3}(?:[.,]\d{3})+|\d+)(?![.,]?\d|\s*[;,]\s*\d+(?:[.,]\d+)?\s*%)/dgu,
  // "sebanyak 3 orang" (as many as 3 people) names a category's count, not the total: only words
  // that say "of all" or "in total" state one.
  /\b(?:dari|of|among|out\s+of|total(?:nya)?|seluruh|keseluruhan|melibatkan|involving|terhadap|jumlah\s+(?:total|seluruh|keseluruhan))\s+(?:the\s+|total\s+|sebanyak\s+|seluruh\s+)?(\d{1,3}(?:[.,]\d{3})+|\d+)\s+(?:orang\s+)?(?:responden|orang|subjek|subyek|partisipan|peserta|pasien|sampel|participants|respondents|subjects|patients|pegawai|karyawan|ASN|siswa|mahasiswa|students|employees|workers|pekerja|perawat|nurses|informan)\b/dgiu,
];

export function readPercentages(text: string, spans: Span[], lang: Lang): PercentGroup[] {
  const groups: PercentGroup[] = [];
  const sampleOf = sampleSizes(text, spans, true);
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    if (!sentence.includes('%')) continue;
    const all = pairsIn(sentence, span.start, lang);
    // "60 (50.0%) of these": a share of the count before it (./subgroup-shares.ts).
    const unread =
      lang === 'en' ? subgroupShares(sentence, span.start, all) : subgroupSharesId(sentence, span.start, all);
    // "7 (10.0%) of the 70 women", "20 (66.7%) of the men" (./named-subgroup-shares.ts).
    if (lang === 'en') for (const p of namedSubgroupShares(sentence, span.start, all)) unread.add(p);
    // "(150 men and 200 women), 30 (20.0%) men" (./named-subgroup-shares.ts).
    sizedGroupShares(sentence, span.start, all);
    const pairs = all.filter((p) => !unread.has(p));
    if (pairs.length === 0) continue;
    const columns = columnShares(sentence, span.start, pairs, lang);
    if (columns && 'rows' in columns) {
      for (const row of columns.rows) {
        const start = row[0]!.countStart;
        const end = row[row.length - 1]!.pct.end;
        const place = { start, end, quoteStart: span.start, quoteEnd: span.end };
        groups.push({ pairs: row, statedTotals: [], place, para: span.para ?? -1 });
      }
      continue;
    }
    if (columns) {
      for (const c of columns) {
        const start = Math.min(...c.pairs.map((p) => p.countStart));
        const end = Math.max(...c.pairs.map((p) => p.pct.end));
        const place = { start, end, quoteStart: span.start, quoteEnd: span.end };
        groups.push({ pairs: c.pairs, statedTotals: [c.total], totalSource: 'column', place, para: span.para ?? -1 });
      }
      continue;
    }
    const pairCounts = new Set(pairs.map((p) => p.countStart));
    const statedTotals: number[] = [];
    for (const re of STATED_TOTAL) {
      for (const m of sentence.matchAll(re)) {
        const numStart = span.start + m.indices![1]![0];
        if (pairCounts.has(numStart)) continue;
        const v = parseCount(m[1]!, lang);
        // A total smaller than one of its own counts is not the total of these counts.
        if (v !== null && v > 0 && pairs.every((p) => p.count <= v)) statedTotals.push(v);
      }
    }
    // "500 patients were screened and 450 were included; 120 (26.7%)": two candidate totals (./narrowed-sample.ts).
    if (lang === 'en' && statedTotals.length > 0)
      for (const n of narrowedSamples(sentence, span.start, pairs)) if (!statedTotals.includes(n)) statedTotals.push(n);
    // "45 (75.0%) in the intervention group and 30 (50.0%) in the control group": each of its
    // own group, not of the sentence's total (./group-shares.ts).
    const ofGroups = lang === 'en' ? groupTotal(sentence, span.start, pairs) : undefined;
    if (ofGroups !== undefined) statedTotals.splice(0, statedTotals.length, ...(ofGroups === null ? [] : [ofGroups]));
    // "dari 518 ibu hamil sebanyak 102 orang (19.69%)": a total the stated-total pattern missed, named right before its count.
    let after = 0;
    for (const p of [...pairs].sort((a, b) => a.countStart - b.countStart)) {
      // "(n=55), 22 orang (40%)": a share of the group sized right before it (./group-size-before-count.ts).
      const size =
        p.ownTotal === null ? groupSizeBeforeCount(sentence.slice(after, p.countStart - span.start), p.count) : null;
      if (size !== null) {
        p.ownTotal = size;
        after = p.pct.end - span.start;
        continue;
      }
      const own =
        p.ownTotal === null ? totalBeforeCount(sentence.slice(after, p.countStart - span.start), p.count, lang) : null;
      if (own !== null && !statedTotals.includes(own) && ofGroups === undefined) p.ownTotal = own;
      after = p.pct.end - span.start;
    }
    const group: PercentGroup = {
      pairs,
      statedTotals: [...new Set(statedTotals)],
      place: { start: span.start, end: span.end, quoteStart: span.start, quoteEnd: span.end },
      para: span.para ?? -1,
    };
    // A sentence of counts and shares and nothing else ("aktifitas fisik … sebanyak 14 responden
    // (37,8%), konsumsi buah dan sayur … 30 responden (83,3%)") is of the sample its paragraph states.
    const sample = sampleSizeFor(sampleOf, span.para);
    if (sample !== null && statedTotals.length === 0 && onlyPairNumbers(sentence, span.start, pairs))
      group.paragraphSample = sample;
    groups.push(group);
  }
  return groups;
}

/**
 * Numbers that name a category rather than count people: a range ("umur 20-59 tahun"), a
 * measurement with its unit ("160/100 mmHg"), a bound ("≥ 160"), a grade ("tingkat 2").
 */
const CATEGORY_NUMBER =
  /\d+(?:[.,]\d+)?\s*[-–]\s*\d+(?:[.,]\d+)?|[<>≤≥]\s*\d+(?:[.,]\d+)?(?:\s*\/\s*\d+)?|\d+(?:[.,]\d+)?(?:\s*\/\s*\d+)?\s*(?:tahun|thn|years?|bulan|months?|minggu|weeks?|hari|days?|mmHg|kg|g|mg|cm|ml)\b|\b(?:tingkat|derajat|stage|grade|kelas|tipe|type)\s+\d+\b/giu;

/** Does the sentence print no number besides its pairs' counts and percentages (and numbers naming categories)? */
function onlyPairNumbers(sentence: string, base: number, pairs: CountPct[]): boolean {
  const own = new Set(pairs.flatMap((p) => [p.countStart, p.pct.start]));
  const blanked = sentence.replace(CATEGORY_NUMBER, (m) => ' '.repeat(m.length));
  for (const m of blanked.matchAll(/(?<![\p{N}.,])\d+(?:[.,]\d+)*/gu)) if (!own.has(base + m.index!)) return false;
  return true;
}

export function pairsIn(sentence: string, base: number, lang: Lang): CountPct[] {
  const pairs: CountPct[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && a < e);
  for (const m of sentence.matchAll(N_EQUALS)) {
    const idx = m.indices!;
    const count = parseCount(m[1]!, lang);
    const pct = parseNum(m[2]!, base + idx[2]![0]);
    if (count === null || !pct) continue;
    pairs.push({ count, countStart: base + idx[1]![0], pct, ownTotal: null });
    taken.push([m.index!, idx[0]![1]]);
  }
  for (const m of sentence.matchAll(OF_THESE)) {
    const idx = m.indices!;
    const before = [...sentence.slice(0, m.index!).matchAll(ANTECEDENT)].pop();
    if (!before || /\d/.test(sentence.slice(before.index! + before[1]!.length, m.index!))) continue;
    const total = parseCount(before[1]!, lang);
    const count = parseCount(m[1]!, lang);
    const pct = parseNum(m[2]!, base + idx[2]![0]);
    if (total === null || count === null || count > total || !pct) continue;
    pairs.push({ count, countStart: base + idx[1]![0], pct, ownTotal: total });
    taken.push([m.index!, idx[0]![1]]);
  }
  // "37.6 % (104/277)": the share, then its count over its total (./share-then-fraction.ts).
  for (const { pair, span } of shareThenFractionPairs(sentence, base, lang)) {
    if (!free(span[0], span[1])) continue;
    pairs.push(pair);
    taken.push(span);
  }
  for (const m of sentence.matchAll(PCT_FIRST)) {
    const idx = m.indices!;
    if (!free(m.index!, idx[0]![1])) continue;
    // "85% (24 g)": a share of a weight, not of a count ("55% (592 juta)" is still a count, in millions).
    if (m[3] && UNIT_WORDS.test(m[3]) && !/^(?:juta|ribu)$/i.test(m[3])) continue;
    const count = parseCount(m[2]!, lang);
    const pct = parseNum(m[1]!, base + idx[1]![0]);
    if (count === null || !pct) continue;
    pairs.push({ count, countStart: base + idx[2]![0], pct, ownTotal: null });
    taken.push([m.index!, idx[0]![1]]);
  }
  for (const m of sentence.matchAll(COUNT_FIRST)) {
    const idx = m.indices!;
    if (!free(m.index!, idx[0]![1])) continue;
    const words = m[4];
    if (words?.split(/\s+/).some((w) => UNIT_WORDS.test(w))) continue;
    // "… (100,0%) 61\nParsial (76,6%) 36": a count that ends its line and a capitalised label that
    // starts the next, in a table printing each share before its count; a total row's label
    // ("47 Total (82,4%) 89") starts the next row even where the line breaks were lost.
    if (
      words &&
      (NEXT_ROW_LABEL.test(sentence.slice(idx[1]![1], idx[4]![1])) ||
        words.split(/\s+/).some((w) => TOTAL_LABEL.test(w)))
    )
      continue;
    // "pada tahun 2019 (45%)": a year, not a count.
    if (
      /^(19|20)\d\d$/.test(m[1]!) &&
      /(tahun|year|in|pada|sejak|since)\s+$/i.test(sentence.slice(Math.max(0, m.index! - 8), m.index!))
    )
      continue;
    const count = parseCount(m[1]!, lang);
    const pctRaw = m[5] ?? m[6]!;
    const pctIdx = (idx[5] ?? idx[6])!;
    const pct = parseNum(pctRaw, base + pctIdx[0]);
    if (count === null || !pct) continue;
    const totalRaw = m[2] ?? m[3];
    pairs.push({ count, countStart: base + idx[1]![0], pct, ownTotal: totalRaw ? Number(totalRaw) : null });
    taken.push([m.index!, idx[0]![1]]);
  }
  for (const m of sentence.matchAll(WORD_COUNT_FIRST)) {
    const idx = m.indices!;
    if (!free(m.index!, idx[0]![1])) continue;
    const pct = parseNum(m[2]!, base + idx[2]![0]);
    if (!pct) continue;
    pairs.push({ count: NUMBER_WORDS[m[1]!.toLowerCase()]!, countStart: base + idx[1]![0], pct, ownTotal: null });
    taken.push([m.index!, idx[0]![1]]);
  }
  return pairs.sort((a, b) => a.countStart - b.countStart);
}

const PEOPLE = String.raw`(?:orang|responden|respondents?|people|participants?|partisipan|subjek|subyek|subjects?|pasien|patients?|siswa|students?|mahasiswa|ibu|mothers?|sampel|samples?)`;
/** A sample size: "sampel sebanyak 56 orang", "the samples in this study were 36 respondents", "questionnaires to 86 respondents". */
const SAMPLE_SIZE = new RegExp(
  String.raw`\b(?:(?:sampel\w*|sampl(?:e|es|ing)|responden|respondents|subjek|subjects|participants|partisipan)\b[^.%\d]{0,60}?\b(?:sebanyak|berjumlah|sejumlah|adalah|sebesar|were|was|of|totall?ing)\s+|\b(?:to|kepada|terhadap|among)\s+|\bsampel\s+(?:penelitian\s+)?)(\d{1,5})(?![.,]\d)\s+(?:orang\s+)?${PEOPLE}\b`,
  'giu',
);
/** The group a sentence is about, named before its percentages: "82 responden yang berpendidikan rendah, sebesar 37,8% …". */
const GROUP_SIZE = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(\d{1,5})\s+(?:orang\s+)?${PEOPLE}\b`, 'u');
const PEOPLE_RE = new RegExp(String.raw`\b${PEOPLE}\b`, 'iu');
const PEOPLE_AFTER_NUMBER = new RegExp(String.raw`\d\s+(?:orang\s+)?${PEOPLE}\b`, 'iu');
/** A bare percentage: not followed by a count or a total. */
/** A number, or a range of them, with its unit: a measure, not a count. */
const MEASURE =
  /(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s+(?:tahun|thn|bulan|minggu|hari|jam|menit|years?|months?|weeks?|days?|hours?|minutes?)(?![\p{L}])/giu;
/**
 * A section number ("5.3.1.2 Umur", glued to the sentence before its heading): parts of one or two
 * digits, so neither a count grouped in thousands ("1.234.567") nor a decimal.
 */
const SECTION_NUMBER = /(?<![\p{N}.,])\d{1,2}(?:\.\d{1,2}){2,}(?![\p{N}]|[.,]\d)/gu;
const BARE_PCT = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:[.,]\d+)?)\s*%(?!\s*\(?\s*(?:[nN]\s*=|\d))/gu;
/** Percentages that are not shares of the sample: levels, intervals, changes, accuracies. */
const NOT_A_SHARE =
  /\b(?:CI|IK|interval|kepercayaan|confidence|α|alpha|signifikan\w*|significan\w*|meningkat|menurun|peningkatan|penurunan|increase\w*|decrease\w*|naik|turun|sensitiv\w*|spesifisit\w*|specificit\w*|reliab\w*|akurasi|accuracy|prevalen\w*|rata-rata|mean|average|varian\w*|variance|R2|R²|kontribusi|sumbangan|determinasi|determination|dijelaskan|explain\w*|contribut\w*|pengaruh|effect|dari\s+total|of\s+(?:the\s+)?total|population|populasi)\b|[α±]/iu;

/**
 * The sample sizes each paragraph states ("sampel sebanyak 56 orang"); with `withoutPercent`, only
 * from sentences that print no percentage (a sentence of counts and shares names categories).
 */
export function sampleSizes(text: string, spans: Span[], withoutPercent = false): Map<number, Set<number>> {
  const sampleOf = new Map<number, Set<number>>();
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    if (!PEOPLE_AFTER_NUMBER.test(sentence) || (withoutPercent && sentence.includes('%'))) continue;
    for (const m of sentence.matchAll(SAMPLE_SIZE)) {
      const para = span.para ?? -1;
      const set = sampleOf.get(para) ?? sampleOf.set(para, new Set()).get(para)!;
      set.add(Number(m[1]));
    }
  }
  return sampleOf;
}

/**
 * The one sample size stated in a paragraph or, when the paragraph states none, in the paragraph
 * just before it (an abstract's methods, then its results); null when there is none or several.
 */
export function sampleSizeFor(sampleOf: Map<number, Set<number>>, para: number | undefined): number | null {
  if (para === undefined || para < 0) return null;
  const sizes = sampleOf.get(para) ?? (para > 0 ? sampleOf.get(para - 1) : undefined);
  return sizes?.size === 1 ? [...sizes][0]! : null;
}

/**
 * Percentages printed without their count, with the n they are a share of when the text states
 * it without ambiguity: the one group size named before them in their sentence (and no other
 * number there), or, in a sentence about people with no other number, the one sample size
 * stated in the paragraph (or in the paragraph before, when its own states none).
 */
export function readShares(
  text: string,
  spans: Span[],
  lang: Lang,
  taken: ReadonlySet<number> = new Set(),
): ShareReport[] {
  const out: ShareReport[] = [];
  const sampleOf = sampleSizes(text, spans);
  const named = namedGroupSizes(text);
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    if (!sentence.includes('%') || !PEOPLE_RE.test(sentence) || NOT_A_SHARE.test(sentence)) continue;
    const all = [...sentence.matchAll(BARE_PCT)];
    if (all.length === 0) continue;
    const rest = sentence.replace(BARE_PCT, (m) => ' '.repeat(m.length));
    // An age or a duration ("usia 24-60 bulan"), a section number and a number in a name ("post-intervensi1") count no one.
    const counting = rest
      .replace(MEASURE, (m) => ' '.repeat(m.length))
      .replace(SECTION_NUMBER, (m) => ' '.repeat(m.length))
      .replace(/(?<=\p{L})\d+/gu, (m) => ' '.repeat(m.length));
    const others = [...counting.matchAll(/\d+(?:[.,]\d+)*/g)];
    let n: number | null = null;
    let where: ShareReport['where'] = 'sentence';
    if (others.length === 1) {
      const g = GROUP_SIZE.exec(rest);
      // Words between the group and its percentages ("82 responden yang berpendidikan rendah, sebesar
      // 37,8%"); "6 orang 20,0%" is a count with its own percentage, a table row, not a group.
      if (
        g &&
        g.index === others[0]!.index &&
        g.index < all[0]!.index! &&
        /[\p{L},]{3,}|,/u.test(rest.slice(g.index + g[0].length, all[0]!.index!))
      )
        n = Number(g[1]);
    } else if (others.length === 0) {
      const n0 = namedGroupSizeFor(sentence, span.start, named) ?? sampleSizeFor(sampleOf, span.para);
      if (n0 !== null) {
        n = n0;
        where = 'paragraph';
      }
    }
    if (n === null || n < 2) continue;
    const pairStarts = new Set(pairsIn(sentence, span.start, lang).map((p) => p.pct.start));
    for (const m of all) {
      if (pairStarts.has(span.start + m.index!) || taken.has(span.start + m.index!)) continue;
      const pct = parseNum(m[1]!, span.start + m.index!);
      if (!pct || pct.value > 100) continue;
      const end = span.start + m.index! + m[0].length;
      out.push({ pct, n, where, place: { start: pct.start, end, quoteStart: span.start, quoteEnd: span.end } });
    }
  }
  return out;
}
