/**
 * SPSS's Correlations table pasted as text, as Indonesian theses print it for item validity and
 * for correlations between variables: per variable a row of Pearson correlations, a row of their
 * p and a row of N ("X11 Pearson Correlation 1 .404** .452** .719** Sig. (2-tailed) .000 .000
 * .000 N 206 206 206 206"). The diagonal's correlation is 1 and its Sig. cell is empty, so the
 * Sig. row has one value fewer than the correlation row when it holds the 1.
 *
 * Each correlation is read as r with df = N − 2 and its p, when the three rows line up: as many
 * p as correlations (the diagonal's 1 set aside) and one N, or one N per correlation. A
 * symmetric matrix prints each pair twice; a row holding the diagonal gives only the pairs after
 * it (those before it were read in the rows above). Footnote marks (** and *, a letter) are
 * dropped.
 */
import type { Extraction, PReport, TestReport } from '../types.ts';
import { parseNum } from './numbers.ts';

const VALUE = String.raw`-?\d*[.,]\d+(?:\*{1,3}|[a-z])?|1(?![\d.,])`;
const BLOCK = new RegExp(
  String.raw`Pearson\s+Correlation\s+((?:(?:${VALUE})\s+){1,40}?)(Sig\.?\s*\(?\s*([12])[-\s]?tailed\s*\)?)\s+((?:-?\d*[.,]\d+[a-z]?\s+){1,40}?)N\s+((?:\d+\s+|\d+$){1,40})`,
  'gu',
);

interface Cell {
  raw: string;
  start: number;
}

function cells(raw: string, offset: number, pattern: RegExp): Cell[] {
  const out: Cell[] = [];
  for (const m of raw.matchAll(pattern)) out.push({ raw: m[1]!, start: offset + m.index! });
  return out;
}

export function readSpssCorrelationMatrix(text: string, extraction: Extraction): void {
  if (!/Pearson\s+Correlation/u.test(text)) return;
  const taken = new Set(extraction.tests.map((t) => t.value.start));
  const dropped = new Set<number>();
  for (const m of text.matchAll(BLOCK)) {
    const at = m.index!;
    const rAt = at + m[0].indexOf(m[1]!);
    const pAt = at + m[0].indexOf(m[4]!, m[0].indexOf(m[2]!) + m[2]!.length);
    const nAt = at + m[0].lastIndexOf(m[5]!);
    const rs = cells(m[1]!, rAt, /(-?\d*[.,]\d+|1(?![\d.,]))(?:\*{1,3}|[a-z])?/gu);
    const ps = cells(m[4]!, pAt, /(-?\d*[.,]\d+)[a-z]?/gu);
    const ns = cells(m[5]!, nAt, /(\d+)/gu);
    const diagonal = rs.findIndex((c) => c.raw === '1');
    const ones = rs.filter((c) => c.raw === '1').length;
    if (ones > 1 || (ones === 1 ? rs.length - 1 : rs.length) !== ps.length) continue;
    if (ns.length !== 1 && ns.length !== rs.length) continue;
    const twoTailed = m[3] === '2';
    let k = 0;
    rs.forEach((c, i) => {
      if (i === diagonal) return;
      const pCell = ps[k++]!;
      // Pairs before the diagonal repeat the rows above (their p too: not a bare p of its own).
      if (diagonal >= 0 && i < diagonal) {
        dropped.add(pCell.start);
        return;
      }
      const r = parseNum(c.raw, c.start);
      const p = parseNum(pCell.raw, pCell.start);
      const n = Number(ns[ns.length === 1 ? 0 : i]!.raw);
      if (!r || !p || Math.abs(r.value) >= 1 || p.value > 1 || n < 3 || taken.has(r.start)) return;
      const pReport: PReport = { op: '=', num: p, oneTailedLabel: !twoTailed, start: p.start, end: p.end };
      const test: TestReport = {
        kind: 'r',
        label: 'r',
        op: '=',
        value: r,
        df: [n - 2],
        p: pReport,
        tails: twoTailed ? 'two' : 'one',
        place: { start: r.start, end: p.end, quoteStart: at, quoteEnd: at + m[0].trimEnd().length },
        origin: 'table',
      };
      extraction.tests.push(test);
      dropped.add(p.start);
    });
  }
  if (dropped.size > 0) extraction.pValues = extraction.pValues.filter((v) => !dropped.has(v.p.num.start));
}
