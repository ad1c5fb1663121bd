/**
 * A share of a subgroup the pair names after it: "20 (66.7%) of the men and 7 (10.0%) of the 70
 * women smoked" — 7 is a tenth of the 70 women, and 20 two thirds of the men, not 20% and 7% of
 * the 100 respondents the sentence states (read so, both were flagged: wild11). A pair followed by
 * "of (the) N <noun>" takes N as its own total; one followed by "of the <group>" without a number
 * (men, women, boys, girls, males, females, cases, controls, smokers, …) is a share of a group
 * whose size it does not print, and is not read. ./subgroup-shares.ts reads "of these".
 */
import type { CountPct } from '../types.ts';

const GROUP = String.raw`(?:men|women|males|females|boys|girls|mothers|fathers|cases|controls|smokers|non-smokers|nonsmokers|users|non-users|patients\s+with\b[^,.;()]*|participants\s+with\b[^,.;()]*|children\s+with\b[^,.;()]*|those\s+with\b[^,.;()]*|respondents\s+with\b[^,.;()]*)`;
const SIZED = /^\s*\)?\s*(?:of|among)\s+(?:the\s+)?(\d{1,3}(?:,\d{3})+|\d+)\s+[\p{L}]/iu;
const UNSIZED = new RegExp(String.raw`^\s*\)?\s*(?:of|among)\s+the\s+${GROUP}`, 'iu');

/**
 * Gives each pair of `pairs` (offsets from `base` into `sentence`) followed by "of the N …" that
 * N as its own total; returns the pairs followed by "of the <group>" without a number, which the
 * caller leaves out.
 */
export function namedSubgroupShares(sentence: string, base: number, pairs: CountPct[]): Set<CountPct> {
  const unread = new Set<CountPct>();
  for (const p of pairs) {
    if (p.ownTotal !== null) continue;
    const after = sentence.slice(p.pct.end - base, p.pct.end - base + 60).replace(/^\s*%/, '');
    const sized = SIZED.exec(after);
    if (sized) {
      const n = Number(sized[1]!.replace(/,/g, ''));
      if (n >= p.count && n > 0) p.ownTotal = n;
      continue;
    }
    if (UNSIZED.test(after)) unread.add(p);
  }
  return unread;
}

/**
 * A pair followed by a group the sentence sized before it: "Among 350 participants (150 men and
 * 200 women), 30 (20.0%) men and 20 (10.0%) women smoked", "(150 laki-laki dan 200 perempuan) …
 * 30 orang (20,0%) pada laki-laki": each share is of its group (30/150, 20/200), not of the 350
 * (read so, both were flagged: wild11). The group is the one or two words right after the pair
 * (after "pada", "in", "among" or "of the"), sized where the sentence printed a number right
 * before the same words earlier. Sets that size as the pair's own total.
 */
const SAMPLE_NOUN =
  /^(?:responden|reponden|respondents?|participants?|partisipan|subjects?|subjek|subyek|patients?|pasien|students?|siswa|mahasiswa|orang|people|persons?|individuals?|sampel|samples?|cases?|kasus|peserta|total|all|semua|seluruh)$/iu;

export function sizedGroupShares(sentence: string, base: number, pairs: CountPct[]): void {
  for (const p of pairs) {
    if (p.ownTotal !== null) continue;
    const after = sentence.slice(p.pct.end - base).replace(/^\s*%?\s*\)?/, '');
    const words = /^\s*(?:(?:pada|in|among|of\s+the|for)\s+)?([\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*)?)/iu.exec(
      after,
    )?.[1];
    // The sample's own noun ("45 responden … 16 (35,6%) responden") names no subgroup.
    if (!words || SAMPLE_NOUN.test(words.split(/\s+/)[0]!)) continue;
    for (const w of [words, words.split(/\s+/)[0]!]) {
      const esc = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
      const sized = [
        ...sentence
          .slice(0, p.countStart - base)
          .matchAll(new RegExp(String.raw`(?<![\d.,])(\d+)\s+${esc}(?![\p{L}-])`, 'giu')),
      ];
      const size = sized.length === 1 ? Number(sized[0]![1]) : null;
      if (size !== null && size >= p.count && size > 0) {
        p.ownTotal = size;
        break;
      }
      if (sized.length > 0) break;
    }
  }
}
