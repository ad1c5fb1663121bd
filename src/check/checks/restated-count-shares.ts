/**
 * A table's cell retold in prose by its count with another share. A thesis prints a cross table
 * ("Iya 23 46,0 27 54,0 50 100") and then walks through it ("dari 50 responden ikut serta …
 * sebanyak 23 responden 46,4 dinyatakan tidak patuh"): the prose names the cell by its count, and
 * its share misses the count over the cell's total (23 of 50 is 46,0 %). A share printed with its
 * count is the percentages check's, wherever it stands (as a table's misprint the prose copies is,
 * ./restated-shares.ts); only a share retold without its count is compared with the table as a
 * repeated value (./restated-row-shares.ts). The sentence alone may give no total (its group
 * named in the sentence before, or its shares not adding up to 100), so the cell gives it.
 *
 * Read on the percentages findings, after they are judged: a table cell ("23 46,0", count and
 * share with no word between) whose share fits its total, then, within 3,000 characters after
 * it, a count of people and a share in a sentence ("23 responden 46,4", "23 orang (46,4%)").
 * The retelling is inconsistent only when exactly one cell there has its count, its share misses
 * that cell's count over its total, and it is no share printed in those cells nor the count's
 * share of any of their totals (a column's share told of a row's cell). A share the percentages
 * check already judged (consistent or not against some total) keeps that finding: it is said
 * once; one it found not checkable is judged against the cell instead.
 */
import { parseNum } from '../recognisers/numbers.ts';
import type { Num } from '../types.ts';
import { makeFinding, type CheckContext, type Located } from './check.ts';

/** How far after its table the prose may retell a cell. */
const REACH = 3000;
/** A table cell as the percentages check reports it: "23 46,0", "23 (46,0%)". */
const CELL = /^(\d{1,5})\s*\(?\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*%?\s*\)?$/u;
/** The count and total a share was recomputed from: "23/50 = 46,00% …". */
const COUNT_OF_TOTAL = /^(\d+)\/(\d+) = /u;
const PEOPLE = String.raw`(?:orang|responden|respondents?|people|participants?|partisipan|subjek|subyek|subjects?|pasien|patients?|siswa|students?|mahasiswa|ibu|mothers?|balita|anak|children)`;
/**
 * A count of people and its share in a sentence: "23 responden 46,4", "23 orang (46,4%)", "23
 * orang atau sebesar 46,4%". A count alone on its line is a page number (./lost-percent-signs.ts).
 */
const PROSE_COUNT_SHARE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,\-–/])(?!(?<=\n[ \t]*)\d{1,5}[ \t]*\r?\n)(\d{1,5})\s+(?:orang\s+)?${PEOPLE}\s+(?:\(\s*|(?:atau|or)\s+(?:sebesar\s+)?)?(\d{1,3}(?:[.,]\d{1,2})?)(?![\p{N}]|[.,]\d)(\s*(?:%|persen|percent))?(?!\s*(?:tahun|years?|bulan|months?|kg|cm|mmhg|poin|points?)\b)(?:\s*\))?`,
  'giu',
);

interface Cell {
  count: number;
  total: number;
  share: Num;
  end: number;
}

const fits = (count: number, total: number, share: Num) =>
  Math.abs((100 * count) / total - share.value) <= share.half + 1e-9;

function cellOf(text: string, l: Located): Cell | null {
  const f = l.finding;
  if (f.check !== 'percentages' || f.verdict !== 'consistent') return null;
  const cell = CELL.exec(f.reported);
  const basis = COUNT_OF_TOTAL.exec(f.recomputed);
  if (!cell || !basis || cell[1] !== basis[1]) return null;
  const share = parseNum(cell[2]!, f.start);
  const total = Number(basis[2]);
  if (!share || total === 0) return null;
  // The finding's place holds the cell itself, not a sentence around it.
  if (!/^\(?\s*\d/u.test(text.slice(f.start, f.end))) return null;
  return { count: Number(basis[1]), total, share, end: f.end };
}

export function withRestatedCountShares(ctx: CheckContext, located: Located[]): Located[] {
  const text = ctx.source.text;
  const cells = located.map((l) => cellOf(text, l)).filter((c): c is Cell => c !== null);
  if (cells.length === 0) return located;
  const added: Located[] = [];
  const given = new Set<Located>();
  for (const m of text.matchAll(PROSE_COUNT_SHARE)) {
    const at = m.index;
    // The share is the last number of the match (a % sign or bracket may follow it).
    const shareAt = at + m[0].lastIndexOf(m[2]!);
    const near = cells.filter((c) => c.end <= at && at - c.end <= REACH);
    const count = Number(m[1]);
    const same = near.filter((c) => c.count === count);
    const keys = new Set(same.map((c) => `${c.total} ${c.share.value}`));
    if (keys.size !== 1) continue;
    const cell = same[0]!;
    const share = parseNum(m[2]!, shareAt);
    // A whole number after a count of people is a share only with its % sign.
    if (!share || share.value > 100 || (share.decimals === 0 && !m[3])) continue;
    if (fits(count, cell.total, share)) continue;
    if (near.some((c) => Math.abs(c.share.value - share.value) < 1e-9 || fits(count, c.total, share))) continue;
    const covering = located.filter(
      (l) => l.finding.start <= shareAt && shareAt < l.finding.end && l.finding.check === 'percentages',
    );
    if (covering.some((l) => l.finding.verdict === 'consistent' || l.finding.verdict === 'inconsistent')) continue;
    for (const l of covering) given.add(l);
    const place = { start: at, end: shareAt + m[2]!.length, quoteStart: at, quoteEnd: at + m[0].length };
    added.push(
      makeFinding(
        ctx,
        'percentages',
        'inconsistent',
        place,
        m[0].replace(/\s+/gu, ' '),
        ctx.m.restatedCountShareRecomputed(count, cell.total, (100 * count) / cell.total),
        ctx.m.restatedCountShare(m[2]!, count, cell.share.raw),
      ),
    );
  }
  if (added.length === 0) return located;
  const kept = located.filter((l) => !given.has(l));
  return [...kept, ...added].sort((a, b) => a.at - b.at);
}
