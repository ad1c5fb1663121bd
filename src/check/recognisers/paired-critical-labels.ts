/**
 * A statistic and its critical value named first and given after, as page text leaves a
 * comparison whose sign was lost: "ternyata F hitung F tabel 4,106 2,81 dengan demikian H0
 * ditolak". The two values are the two labels' in their order: the first is the computed
 * statistic's, the second the critical value's. Read by the label reader alone, "F tabel 4,106"
 * would take the statistic for the critical value.
 */

/** A regex match shaped as the critical-value reader's: [whole, statistic name, value]. */
export type LabelMatch = RegExpMatchArray & { index: number };

function labelMatch(whole: string, stat: string, value: string, index: number): LabelMatch {
  const m = [whole, stat, value] as unknown as LabelMatch;
  m.index = index;
  return m;
}

/**
 * The computed and tabled values of each "<stat> hitung <stat> tabel <value> <value>" in a
 * sentence. `pattern` (global) captures: 1 the computed statistic's name, 2 the tabled one's,
 * 3 the first value, 4 the second; the tabled label's offset in the match is found by `tabledAt`.
 */
export function pairedLabelValues(
  sentence: string,
  pattern: RegExp,
  tabledAt: (whole: string) => number,
): { computed: LabelMatch; tabled: LabelMatch }[] {
  const out: { computed: LabelMatch; tabled: LabelMatch }[] = [];
  for (const m of sentence.matchAll(pattern)) {
    const whole = m[0];
    const first = m[3]!;
    const second = m[4]!;
    const secondAt = whole.lastIndexOf(second);
    const firstEnd = whole.lastIndexOf(first, secondAt - 1) + first.length;
    const tabled = tabledAt(whole);
    out.push({
      computed: labelMatch(whole.slice(0, firstEnd), m[1]!, first, m.index!),
      tabled: labelMatch(whole.slice(tabled), m[2]!, second, m.index! + tabled),
    });
  }
  return out;
}
