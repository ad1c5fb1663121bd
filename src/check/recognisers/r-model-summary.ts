/**
 * The last line of R's summary of a linear model: "F-statistic: 12.5 on 2 and 97 DF,  p-value:
 * 1.4e-05" (or "p-value: < 2.2e-16"). The statement reader reads "F(2, 97) = 12.5", not R's
 * "on 2 and 97 DF"; this is the model's overall F test with both df, and its p.
 */
import type { Extraction, POp } from '../types.ts';
import { SIGNED_NUM, parseNum } from './numbers.ts';

const SUMMARY = new RegExp(
  String.raw`F-statistic:\s*(${SIGNED_NUM})\s+on\s+(\d+)\s+and\s+(\d+)\s+DF,\s+p-value:\s*(<|=)?\s*(${SIGNED_NUM})`,
  'dgu',
);

export function readRModelSummaries(text: string, extraction: Extraction): void {
  for (const m of text.matchAll(SUMMARY)) {
    const at = (k: number) => m.indices![k]![0];
    const value = parseNum(m[1]!, at(1));
    const num = parseNum(m[5]!, at(5));
    if (!value || !num) continue;
    if (extraction.tests.some((t) => t.value.start === value.start)) continue;
    const op: POp = m[4] === '<' ? '<' : '=';
    const start = m.index!;
    const end = start + m[0].length;
    const lineStart = text.lastIndexOf('\n', start) + 1;
    const p = { op, num, oneTailedLabel: false, start: m[4] ? at(4) : at(5), end: num.end };
    const place = { start, end, quoteStart: lineStart, quoteEnd: end };
    extraction.tests.push({
      kind: 'F',
      label: 'F',
      op: '=',
      value,
      df: [Number(m[2]), Number(m[3])],
      p,
      tails: 'unstated',
      place,
      origin: 'text',
    });
  }
}
