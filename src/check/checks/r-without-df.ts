/**
 * An r printed without its degrees of freedom ("r = 0,10; p = 0,049") in a text that states how
 * many people it studied ("31 responden", "N = 31"). The p of a given |r| falls as the sample
 * grows, so the largest sample the text states bounds p from below: a p no sample up to that
 * size (df = N − 2) gives, read two-tailed or one-tailed, would need more people than the study
 * had, and is inconsistent (an r printed 0,00 with p = 0,649 and 31 people: two-tailed p is at
 * least 0,979, one-tailed 0,49 to 0,51). As everywhere else, the one-tailed reading counts only
 * when the text says the test was one-tailed (r = 0,30, p = 0,003 and 80 people: two-tailed p is
 * at least 0,0059; 0,003 fits only as its one-tailed p, inconsistent when unstated). The largest
 * stated number is taken so that a subgroup's size never raises the bound; a p above the bound
 * stays not checkable (a smaller subgroup could give it).
 * Only a text that states its whole sample of people ("N = 31", "sampel sebanyak 31 responden",
 * "penelitian dilakukan pada 31 penderita") is read: group counts alone may add up to more, and
 * a sample of firms or a text of panel or time-series observations ("sampel sebanyak 10
 * perusahaan", 5 years each) has more data points than units.
 */
import { EPS, absInterval, pInterval } from '../rounding.ts';
import type { TestReport } from '../types.ts';
import { makeFinding, type CheckContext, type Located } from './check.ts';
import { pOf, statText } from './p-from-statistic.ts';

const PEOPLE = String.raw`(?:orang|responden|respondents?|people|participants?|partisipan|peserta|subjek|subyek|subjects?|pasien|patients?|penderita|siswa|students?|mahasiswa|pegawai|karyawan|employees|perawat|nurses|lansia|ibu|mothers?|individuals?|individu)`;
const PEOPLE_COUNT = new RegExp(String.raw`(?<![\p{N}.,])(\d{1,6})\s+(?:orang\s+)?${PEOPLE}\b`, 'giu');
const MANY_OBSERVATIONS =
  /\b(?:observasi|observations?|perusahaan|emiten|companies|firms|data\s+panel|panel\s+data|time\s+series|runtun\s+waktu|deret\s+waktu)\b/iu;
/** Phrases that give the whole sample, not a group of it: "N = 31", "sampel sebanyak 31 responden", "penelitian dilakukan pada 31 penderita". */
const WHOLE_SAMPLE: readonly RegExp[] = [
  /(?<![\p{L}(]\s?)N\s*=\s*(\d{1,6})(?![\p{N}]|[.,]\d)/gu,
  new RegExp(
    String.raw`\b(?:sample|sampel)\s+(?:size\s+)?(?:(?:penelitian|ini|adalah|of|sebanyak|berjumlah|sejumlah|terdiri\s+(?:dari|atas))\s+){1,3}(\d{1,6})\s+(?:orang\s+)?${PEOPLE}\b`,
    'giu',
  ),
  new RegExp(
    String.raw`\b(?:penelitian|studi)\s+(?:ini\s+)?(?:dilakukan|dilaksanakan)\s+(?:pada|terhadap|kepada)\s+(\d{1,6})\s+(?:orang\s+)?${PEOPLE}\b`,
    'giu',
  ),
  /\b(?:subjek|subyek|responden|partisipan|peserta)\s+(?:penelitian\s+)?(?:ini\s+)?(?:berjumlah|sebanyak|sejumlah|terdiri\s+(?:dari|atas))\s+(\d{1,6})\b/giu,
];

/** "… 15 orang per kelompok", "… in each group": the size of a group, not of the sample. */
const PER_GROUP = /^[^.;]*?\b(?:per|tiap|setiap|masing|each)\b/iu;

/**
 * The largest number of people the text states, provided it also states its whole sample; null
 * otherwise. Counts of groups alone ("21 orang … 24 orang") do not bound the sample: their sum might.
 */
export function largestStatedSample(text: string): number | null {
  // A long text may print hundreds of such r's: the text is read once, not once per r.
  if (lastRead?.text === text) return lastRead.n;
  const n = readLargestStatedSample(text);
  lastRead = { text, n };
  return n;
}

let lastRead: { text: string; n: number | null } | null = null;

function readLargestStatedSample(text: string): number | null {
  // Observations of panel or time-series data outnumber the people (or firms) sampled.
  if (MANY_OBSERVATIONS.test(text)) return null;
  let whole: number | null = null;
  for (const re of WHOLE_SAMPLE)
    for (const m of text.matchAll(re)) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (!PER_GROUP.test(after)) whole = Math.max(whole ?? 0, Number(m[1]));
    }
  if (whole === null) return null;
  let n = whole;
  for (const m of text.matchAll(PEOPLE_COUNT)) n = Math.max(n, Number(m[1]));
  return n;
}

/**
 * The finding for an r without df whose p is below what the text's largest sample allows; null
 * when it is not such an r or the p fits (the caller then reports it as not checkable).
 */
export function checkRWithoutDf(
  ctx: CheckContext,
  t: TestReport,
  at: TestReport['place'],
  reported: string,
  zero: boolean,
): Located | null {
  const p = t.p;
  if (t.kind !== 'r' || t.op !== '=' || !p || p.ns || t.value.decimals === 0) return null;
  if (p.op !== '=' && p.op !== '<' && p.op !== '<=') return null;
  const [, rHi] = absInterval(t.value);
  if (rHi >= 1) return null;
  const n = largestStatedSample(ctx.source.text);
  if (n === null || n < 4) return null;
  const df = [n - 2];
  const least = pOf('r', rHi, df);
  // Any sample up to n gives a two-tailed p in [least, 1] and, read one-tailed (either
  // direction), one in [least/2, 1 − least/2]. As with an r whose df is printed, the one-tailed
  // reading is allowed only when the text says the test was one-tailed: a p between least/2
  // and least is the one-tailed p of a two-tailed report.
  const [lo, hi] = pInterval(p);
  const meets = (a: number, b: number) => lo <= b + EPS && hi >= a - EPS;
  const statedOne = t.tails === 'one' || p.oneTailedLabel;
  const oneTailedFits = meets(least / 2, 1 - least / 2);
  if (meets(least, 1) || (statedOne && oneTailedFits)) return null;
  const stat = statText(ctx, { ...t, df }, absInterval(t.value));
  const { m } = ctx;
  let explanation = oneTailedFits ? m.pRWithoutDfOnlyOneTailed(t.label, n) : m.pRWithoutDfBelowSample(t.label, n);
  if (zero) explanation += ` ${m.pZeroAlso()}`;
  const recomputed = m.pRecomputed(least, 1, 'two', stat);
  return makeFinding(ctx, 'p-value', 'inconsistent', at, reported, recomputed, explanation);
}
