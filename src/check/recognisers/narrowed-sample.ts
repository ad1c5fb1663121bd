/**
 * A sample narrowed in the sentence before its shares: "A total of 500 patients were screened and
 * 450 were included; 120 (26.7%) had diabetes". The stated total (500) is the screened, the
 * shares are of the 450 included: read against 500 the share is a false alarm. A count followed
 * by a verb of inclusion ("were included", "analysed", "consented", "completed", "responded",
 * "were eligible", "took part") before the first pair is a second candidate total; with two, the
 * caller's shares have no certain total.
 */
import type { CountPct } from '../types.ts';

const NARROWED =
  /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?![.,]?\d)\s+(?:[\p{L}-]+\s+){0,2}?(?:were\s+|was\s+)?(?:included|enrolled|analy[sz]ed|consented|completed|responded|returned|eligible|retained|remained|participated|took\s+part|agreed)\b/giu;

/** Counts of a narrowed sample the sentence states before its first pair. */
export function narrowedSamples(sentence: string, base: number, pairs: CountPct[]): number[] {
  const first = Math.min(...pairs.map((p) => p.countStart)) - base;
  const out: number[] = [];
  for (const m of sentence.slice(0, Math.max(0, first)).matchAll(NARROWED)) {
    const n = Number(m[1]!.replace(/,/g, ''));
    if (pairs.every((p) => p.count <= n)) out.push(n);
  }
  return out;
}
