/**
 * Tables of normality and homogeneity tests whose last column states the decision for its p, as
 * theses print them pasted flat: "Uji Normalitas … Sig. Keterangan Pretest 0,192 Normal Postest
 * 0,200 Normal Selisih 0,012 Tidak normal", "Levene … Sig. Keterangan 0,431 Homogen". The null
 * hypothesis of these tests is the assumption, so "Tidak normal" / "Tidak homogen" says the test
 * was significant, "Normal" / "Homogen" that it was not: each p cell with its label is a
 * conclusion drawn from that p (recognisers/assumption-conclusions.ts reads the same decision in
 * a sentence).
 *
 * Read only when the 1,500 characters before the cell name such a test (normality for "Normal",
 * homogeneity for "Homogen"), the label is a table cell (capitalised: "normal" in lower case is
 * prose), and the number before it is a probability (at most 1, with decimals). A level printed
 * between the p and its label ("0.776 0.05 Normal", a column of α) is taken as the level; a
 * statistic against its table value ("F hitung 0.653 F tabel 4.965 Homogen") is not a p and is
 * not read, nor a value after a minus sign or near "skewness" / "kurtosis" (a normality judged
 * from their ratios). SPSS's footnote mark after Sig. (",200*") is allowed.
 */
import type { ConclusionReport } from '../types.ts';
import { parseNum } from './numbers.ts';

const PASSAGE = 1500;
const NAMES_NORMALITY = /normalitas|kolmogorov|smirnov|shapiro|lilliefors|normality/iu;
const NAMES_HOMOGENEITY = /homogenitas|levene|bartlett|homogeneity/iu;
/** [whole, p, level, not, label]: "0,012 Tidak normal", "0.776 0.05 Normal", "0,431 Homogen". */
const CELL =
  /(?<![\p{L}\p{N}.,\-–−])(\d*[.,]\d+)\*{0,2}\s+(?:(0?[.,](?:05|01|10?)0?)\s+)?(?:(Tidak|TIDAK|Tak|Bukan)\s+)?(?:(?:Ber|ber|BER)distribusi\s+)?(Normal|normal|NORMAL|Homogen|homogen|HOMOGEN)(?![\p{L}])/gu;
const LEVELS = new Set([0.05, 0.01, 0.1]);
/** Normality judged from skewness or kurtosis (their ratios, not p) is another rule. */
const NOT_P = /skewness|kurtosis|kemiringan|keruncingan|rasio/iu;
/**
 * A statistic held against its table value (Lilliefors' "Lhitung Ltabel", "D hitung D tabel",
 * "F hitung"): both columns are below 1 and neither is a p, so the label is not a p's decision.
 */
const STATISTIC_COLUMNS =
  /hitung|(?<![\p{L}\p{N}])(?:L|Lo|L0|D|Dmaks|KD|F|Z|t|χ2|χ²|X2|x²|X²)[\s_]?(?:tabel|table|kritis)(?![\p{L}])/iu;
/**
 * SPSS's Tests of Normality prints Kolmogorov–Smirnov's and Shapiro–Wilk's Sig. in one row; the
 * remark may follow either test (authors choose by n), so the last p is not surely the one judged.
 */
const TWO_NORMALITY_TESTS =
  /(?:kolmogorov|lilliefors)[\s\S]{0,300}shapiro|shapiro[\s\S]{0,300}(?:kolmogorov|lilliefors)/iu;
/** A level other than 5% stated for the tests ("taraf signifikansi 1%", "α = 0,01", "tingkat kepercayaan 99%"). */
const OTHER_LEVEL =
  /(?:taraf|tingkat|level)\s+(?:signifikansi|signifikan|nyata|kesalahan|significance)?\s*(?:\(?\s*(?:α|alpha)\s*\)?\s*)?(?:=|sebesar|of)?\s*(?:0?[.,]01|0?[.,]10?|1\s?%|10\s?%)(?![\d])|(?:α|alpha)\s*=\s*(?:0?[.,]01|0?[.,]10?|1\s?%|10\s?%)(?![\d])|(?:taraf|tingkat|level)\s+(?:kepercayaan|keyakinan|confidence)\s+(?:sebesar\s+|of\s+)?(?:99|90)\s?%/iu;
/** A column of p ("Sig.", "Sig. (2-tailed)", "p-value"). */
const P_COLUMN = /\bSig\b|\bp[-\s]?value\b|\bnilai\s+p\b/giu;

/**
 * Does the table from the test's last naming up to the cell print two p columns (Levene's Sig.
 * and the t test's "Sig. (2-tailed)" in one row, Kolmogorov–Smirnov's and Shapiro–Wilk's)? The
 * remark then judges one of them, not surely the one printed last.
 */
function twoPColumns(before: string, names: RegExp): boolean {
  let last = -1;
  for (const m of before.matchAll(new RegExp(names.source, 'giu'))) last = m.index!;
  return last >= 0 && (before.slice(last).match(P_COLUMN)?.length ?? 0) >= 2;
}
/** How far after a cell a table's note stating the level is looked for. */
const NOTE = 300;
/** How far back a table's header is looked for: a caption and its columns, a few rows. */
const HEADER = 600;

export function readAssumptionLabels(text: string): ConclusionReport[] {
  if (!NAMES_NORMALITY.test(text) && !NAMES_HOMOGENEITY.test(text)) return [];
  const out: ConclusionReport[] = [];
  for (const m of text.matchAll(CELL)) {
    const at = m.index!;
    const label = m[4]!;
    const not = m[3];
    // A table cell is capitalised; "… 0,200 sehingga data normal" is prose.
    if (!/^\p{Lu}/u.test(not ?? label)) continue;
    const normality = /^normal$/iu.test(label);
    const before = text.slice(Math.max(0, at - PASSAGE), at);
    if (!(normality ? NAMES_NORMALITY : NAMES_HOMOGENEITY).test(before) || NOT_P.test(before.slice(-300))) continue;
    const header = before.slice(-HEADER);
    if (STATISTIC_COLUMNS.test(header) || (normality && TWO_NORMALITY_TESTS.test(header))) continue;
    if (twoPColumns(header, normality ? NAMES_NORMALITY : NAMES_HOMOGENEITY)) continue;
    // The level may be stated in the passage or in the table's note after the cell.
    if (!m[2] && OTHER_LEVEL.test(before + text.slice(at, at + m[0].length + NOTE))) continue;
    const p = parseNum(m[1]!, at);
    if (!p || p.decimals === 0 || p.value > 1) continue;
    // A lone level before the label ("Sig. 0,05 Normal") is the criterion, not a p.
    if (!m[2] && LEVELS.has(p.value)) continue;
    const alphaAt = m[2] ? at + m[0].indexOf(m[2], m[1]!.length) : -1;
    const alpha = m[2] ? parseNum(m[2], alphaAt) : null;
    const end = at + m[0].length;
    out.push({
      p,
      alpha,
      significant: Boolean(not),
      decision: m[0].slice(m[0].indexOf(not ?? label)),
      place: { start: at, end, quoteStart: at, quoteEnd: end },
    });
  }
  return out;
}
