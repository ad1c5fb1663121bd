/**
 * Degrees of freedom stated in words beside the critical t they look up, as theses write them:
 * "Derajat kebebasan … Db= 32-1 = 31 Dengan Db = 31, maka nilai t tabel … adalah 2,042",
 * "dk = n − 2 = 40 – 2 = 38, maka diperoleh nilai t tabel=1,686", "derajat bebas = n-k = 43-4 = 39
 * … maka t tabel yang digunakan … = 2,021". A statement "db/dk/df/derajat (ke)bebas(an) =
 * [formula =] N" counts only when the sentence that states it names the critical t (t tabel,
 * t-tabel, ttabel, t table, t kritis); the value is the number after the last "=". Such a df is
 * used as the notations of critical-df.ts are (a t without df in the same passage takes it when
 * every notation there agrees).
 */

/** A df stated with its formula: the last "= N" of "Db = 32 - 1 = 31" or "dk = n − 2 = 40 – 2 = 38". */
const DF_STATED =
  /(?<![\p{L}])(?:db|dk|df|derajat\s+(?:bebas|kebebasan))\s*=\s*(?:[\p{L}\d\s()+\-−–¿]{1,25}?=\s*){0,2}(\d{1,4})(?![\d]|[.,]\d)/giu;
/** A numbered section heading on a line of its own: "4.3 Uji Hipotesis", "B. Pembahasan". */
const HEADING = /\n[ \t]*(?:\d+(?:\.\d+)+\.?|[A-H]\.)[ \t]+\p{Lu}/u;
/** The critical t named in the same sentence. */
const CRITICAL_T = /(?<![\p{L}])t[\s_-]*(?:tabel|table|kritis)(?![\p{L}])/iu;

/**
 * Each stated df with its paragraph (`from`–`to`): a df stated in words serves only the tests
 * of its own paragraph, since a thesis states one for each table it discusses.
 */
export function dfStatedWithCriticalT(text: string): { at: number; df: number[]; from: number; to: number }[] {
  const out: { at: number; df: number[]; from: number; to: number }[] = [];
  for (const m of text.matchAll(DF_STATED)) {
    const df = Number(m[1]);
    if (!(df > 0)) continue;
    // The sentence around the statement: from the last full stop or line break before it to the next after it.
    const before = text.slice(Math.max(0, m.index! - 200), m.index!);
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 200);
    const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
    const stops = [after.search(/\.\s|\n/u)].filter((i) => i >= 0);
    const sentence = before.slice(from + 1) + m[0] + after.slice(0, stops.length ? stops[0] : after.length);
    if (!CRITICAL_T.test(sentence)) continue;
    const breakBefore = text.lastIndexOf('\n\n', m.index!);
    // A numbered heading ("4.3 Uji Hipotesis Kedua") starts another passage too: page text
    // seldom keeps the blank lines between paragraphs.
    const heading = HEADING.exec(text.slice(m.index!));
    const blank = text.indexOf('\n\n', m.index!);
    const breakAfter = heading && (blank < 0 || m.index! + heading.index < blank) ? m.index! + heading.index : blank;
    out.push({
      at: m.index!,
      df: [df],
      from: breakBefore < 0 ? 0 : breakBefore,
      to: breakAfter < 0 ? text.length : breakAfter,
    });
  }
  return out;
}
