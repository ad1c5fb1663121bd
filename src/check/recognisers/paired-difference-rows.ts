/**
 * Tables of pre–post changes that print, per outcome, the mean difference, its 95% CI, the SD of
 * the differences and p, for one stated n, without the t: "Perceived stress (PSS-14) 25.7 7.7
 * 21.8 7.1 4.0 1.1–6.8 6.4 0.62 .008" under "… Mean diff. 95% CI of diff. SD diff. d p" and a
 * caption "(n = 22)". The paired t is the difference over SD/√n with n − 1 df
 * (checks/paired-difference-p.ts).
 *
 * Read only when the layout is certain: the header names the mean difference and the SD of the
 * differences, and after the mean difference nothing but a CI, that SD, an effect size and p, in
 * some order with p last; the caption and header state one n (every "n = …" alike); a row is the
 * numbers of those columns at its end. A caption or notes naming a design whose p is not the
 * paired t's (independent groups, Welch, Wilcoxon, Mann–Whitney, adjusted, ANCOVA, one-tailed)
 * leave the table unread.
 */
import type { Num, Place, PReport } from '../types.ts';
import { linesWithOffsets } from './lines.ts';
import { parseNum } from './numbers.ts';

export interface PairedDifferenceRow {
  diff: Num;
  /** The difference's 95% CI as printed, when the table has one. */
  ci: { lo: Num; hi: Num; place: Place } | null;
  sd: Num;
  n: number;
  p: PReport;
  place: Place;
}

const MEAN_DIFF = /\bmean\s+diff(?:erence)?\.?/iu;
/** The columns that may follow the mean difference, each with what a row prints under it. */
const COLUMNS: { kind: 'ci' | 'sd' | 'd' | 'p'; name: RegExp }[] = [
  { kind: 'ci', name: /^\s*95\s*%\s*CI(?:\s+(?:of\s+(?:the\s+)?)?diff(?:erence)?\.?)?/iu },
  { kind: 'sd', name: /^\s*SD\s+(?:of\s+(?:the\s+)?)?diff(?:erence)?s?\.?/iu },
  { kind: 'd', name: /^\s*(?:cohen['’]?s\s+)?d(?=\s|$)|^\s*effect\s+size/iu },
  { kind: 'p', name: /^\s*p(?:[\s-]*value)?(?=\s|$)/iu },
];
const NUM = String.raw`[-−–]?\d*\.?\d+`;
const CELL: Record<'ci' | 'sd' | 'd' | 'p', string> = {
  ci: String.raw`(?<lo>${NUM})\s*(?:–|-|to)\s*(?<hi>${NUM})`,
  sd: `(?<sd>${NUM})`,
  d: NUM,
  p: String.raw`(?<op>[<>]?)\s*(?<p>\d*\.\d+)`,
};
const N_STATED = /\b[nN]\s*=\s*(\d{1,5})\b/gu;
const NOT_PAIRED =
  /\b(?:independent|between[-\s]groups?|welch|wilcoxon|mann|whitney|adjusted|ancova|covariate|one[-\s]tailed|one[-\s]sided)\b/iu;
const CAPTION_LINES = 6;
const NOTE_LINES = 4;
const MAX_ROWS = 60;
const MAX_ROW_CHARS = 300;

const num = (raw: string, at: number): Num | null => parseNum(raw.replace(/^[−–]/u, '-'), at);

/** The columns after the mean difference, in order, or null when the header names any other. */
function columnsAfter(tail: string): ('ci' | 'sd' | 'd' | 'p')[] | null {
  const kinds: ('ci' | 'sd' | 'd' | 'p')[] = [];
  let rest = tail;
  while (rest.trim() !== '') {
    const col = COLUMNS.find((c) => c.name.test(rest));
    if (!col) return null;
    kinds.push(col.kind);
    rest = rest.replace(col.name, '');
  }
  return kinds.includes('sd') && kinds.at(-1) === 'p' && new Set(kinds).size === kinds.length ? kinds : null;
}

export function readPairedDifferenceRows(text: string): PairedDifferenceRow[] {
  if (!MEAN_DIFF.test(text)) return [];
  const { lines, offsets } = linesWithOffsets(text);
  const out: PairedDifferenceRow[] = [];
  for (let h = 0; h < lines.length; h++) {
    const header = lines[h]!;
    const md = MEAN_DIFF.exec(header);
    if (!md || header.length > MAX_ROW_CHARS) continue;
    const kinds = columnsAfter(header.slice(md.index + md[0].length));
    if (!kinds) continue;
    const above = lines.slice(Math.max(0, h - CAPTION_LINES), h + 1).join('\n');
    const ns = new Set([...above.matchAll(N_STATED)].map((m) => Number(m[1])));
    if (ns.size !== 1) continue;
    const n = [...ns][0]!;
    if (n < 3) continue;
    const rowEnd = new RegExp(
      String.raw`(?:^|\s)(?<diff>${NUM})\s+${kinds.map((k) => CELL[k]).join(String.raw`\s+`)}\s*$`,
      'du',
    );
    const found: PairedDifferenceRow[] = [];
    let last = h;
    for (let i = h + 1; i < lines.length && i <= h + MAX_ROWS; i++) {
      const line = lines[i]!;
      if (line.length > MAX_ROW_CHARS || /^\s*(?:table|tabel)\s+\d/iu.test(line)) break;
      const m = rowEnd.exec(line);
      if (!m) continue;
      last = i;
      const g = m.groups!;
      const at = (name: string) => offsets[i]! + m.indices!.groups![name]![0];
      const diff = num(g.diff!, at('diff'));
      const sd = num(g.sd!, at('sd'));
      const pNum = num(g.p!, at('p'));
      if (!diff || !sd || !pNum || sd.value <= 0 || pNum.value > 1) continue;
      const lo = g.lo === undefined ? null : num(g.lo, at('lo'));
      const hi = g.hi === undefined ? null : num(g.hi, at('hi'));
      const quote = { quoteStart: offsets[i]!, quoteEnd: offsets[i]! + line.length };
      const ci = lo && hi ? { lo, hi, place: { start: lo.start, end: hi.end, ...quote } } : null;
      const op = g.op === '<' ? '<' : g.op === '>' ? '>' : '=';
      const p: PReport = { op, num: pNum, oneTailedLabel: false, start: pNum.start, end: pNum.end };
      found.push({ diff, ci, sd, n, p, place: { start: diff.start, end: pNum.end, ...quote } });
    }
    const notes = lines
      .slice(last + 1)
      .filter((l) => l.trim() !== '')
      .slice(0, NOTE_LINES)
      .join('\n');
    if (NOT_PAIRED.test(above) || NOT_PAIRED.test(notes)) continue;
    out.push(...found);
    h = last;
  }
  return out;
}
