/**
 * Questionnaire answer tables whose layout was lost: each question's lettered options, then the
 * counts of the options that were chosen, then one percentage per option ("4 Keamanan pasien dan
 * pengunjung a. Tidak Puas b. Puas c. Sangat Puas 18 45 13 23,7 59,2 17,1 5 Penerangan lampu … a.
 * Tidak Puas b. Puas c. Sangat Puas 38 38 50,0 50,0 0,0"). An option nobody chose has no count and
 * a percentage of 0, so the counts are as many as the non-zero percentages, in order.
 *
 * The total is the sum of a question's counts when that sum is the evidence: its percentages add
 * up to 100 (within a point), or at least three questions of the paragraph have counts adding up
 * to the same number (every respondent answered every question). A question whose percentages
 * do not add up is still read against that shared number ("45 31 59,2 49,8 0,0": 31/76 = 40,79).
 */
import type { CountPct, PercentGroup } from '../types.ts';
import { parseNum } from './numbers.ts';
import { totalRowAfter } from './option-table-totals.ts';

/** Two to five lettered options ("a. Tidak Puas b. Puas c. Sangat Puas"), then the numbers. */
const OPTIONS =
  /(?<![\p{L}\p{N}])a\.\s+[^\d\n.]{1,40}?\s+b\.\s+[^\d\n.]{1,40}?(?:\s+c\.\s+[^\d\n.]{1,40}?)?(?:\s+d\.\s+[^\d\n.]{1,40}?)?(?:\s+e\.\s+[^\d\n.]{1,40}?)?((?:\s+\d{1,5}(?![\d.,]))+)((?:\s+\d{1,3}[.,]\d{1,2}(?![\d]))+)/gu;

interface Question {
  counts: { value: number; start: number }[];
  pcts: NonNullable<ReturnType<typeof parseNum>>[];
  para: number;
  start: number;
  end: number;
}

function optionsOf(m: RegExpMatchArray): number {
  return 2 + ['c', 'd', 'e'].filter((l) => new RegExp(String.raw`\s${l}\.\s`, 'u').test(m[0])).length;
}

export function readOptionTables(text: string): PercentGroup[] {
  const questions: Question[] = [];
  for (const m of text.matchAll(OPTIONS)) {
    const k = optionsOf(m);
    const countsAt = m.index! + m[0].indexOf(m[1]!);
    const pctsAt = m.index! + m[0].length - m[2]!.length;
    const counts = [...m[1]!.matchAll(/\d+/gu)].map((c) => ({ value: Number(c[0]), start: countsAt + c.index! }));
    const pcts = [...m[2]!.matchAll(/\d+[.,]\d+/gu)]
      .slice(0, k)
      .map((p) => parseNum(p[0], pctsAt + p.index!))
      .filter((p): p is NonNullable<typeof p> => p !== null);
    if (pcts.length !== k || counts.length === 0 || counts.length > k) continue;
    if (pcts.some((p) => p.value > 100) || pcts.filter((p) => p.value > 0).length !== counts.length) continue;
    const para = text.slice(0, m.index!).split(/\n\s*\n/u).length;
    questions.push({ counts, pcts, para, start: m.index!, end: pcts[pcts.length - 1]!.end });
  }
  const groups: PercentGroup[] = [];
  for (const q of questions) {
    // One column group of a cross table: the total row closing its numbers states its N (option-table-totals.ts).
    const total = totalRowAfter(text, q.end) ?? q.counts.reduce((s, c) => s + c.value, 0);
    const pctSum = q.pcts.reduce((s, p) => s + p.value, 0);
    const shared = questions.filter((o) => o.para === q.para && o.counts.reduce((s, c) => s + c.value, 0) === total);
    if (Math.abs(pctSum - 100) > 1 && shared.length < 3) continue;
    const chosen = q.pcts.filter((p) => p.value > 0);
    const pairs: CountPct[] = q.counts.map((c, i) => ({
      count: c.value,
      countStart: c.start,
      pct: chosen[i]!,
      ownTotal: null,
      apart: true,
    }));
    groups.push({
      pairs,
      statedTotals: [total],
      totalSource: 'table',
      place: { start: q.counts[0]!.start, end: q.end, quoteStart: q.start, quoteEnd: q.end },
      para: -1,
    });
  }
  return groups;
}
