/**
 * Two groups' means told in prose and printed in a table with another value for one of them:
 * "Rata-rata nilai kelas eksperimen adalah 78,87 dan rata-rata kelas kontrol adalah 70.57" and a
 * table "Komponen Posttest Eksperimen Kontrol Jumlah siswa 30 20 Rata-Rata 78,87 70,52" within
 * REACH characters of each other. The table is a header naming both groups (its columns in that
 * order) and, within the next 200 characters, a row of means (Rata-rata, Rerata, Mean) with one
 * number per group. The pair is one result told twice only when the other group's mean agrees at
 * its rounding (a pretest and a posttest table name the same groups, but their means differ
 * both); then a mean that misses its restatement at their rounding is inconsistent, reported at
 * the later of the two.
 */
import type { Num } from '../types.ts';
import { numInterval, overlaps } from '../rounding.ts';
import { parseNum } from '../recognisers/numbers.ts';
import { makeFinding, type CheckContext, type CheckUnit, type Located } from './check.ts';

const REACH = 3000;
const GROUPS = ['eksperimen', 'kontrol'] as const;
type Group = (typeof GROUPS)[number];

const NUM = String.raw`(\d{1,4}[.,]\d{1,3})(?![\p{N}]|[.,]\d)`;
/** "rata-rata (nilai) kelas kontrol adalah 70.57", "rerata kelompok eksperimen sebesar 78,87". */
const PROSE = new RegExp(
  String.raw`(?<![\p{L}])(?:rata-?rata|rerata)\s+(?:[\p{L}]+\s+){0,2}?(?:kelas|kelompok)\s+(eksperimen|kontrol)\s+(?:adalah|sebesar|yaitu|ialah|=|:)\s*${NUM}`,
  'giu',
);
/** A table's header naming both groups, then its row of means. */
const TABLE = new RegExp(
  String.raw`(?<![\p{L}])(Eksperimen|Kontrol)\s+(Eksperimen|Kontrol)(?![\p{L}])([^]{0,200}?)(?<![\p{L}])(?:Rata-?rata|Rerata|Mean)\s+${NUM}\s+${NUM}`,
  'giu',
);

interface GroupMean {
  group: Group;
  value: Num;
  start: number;
  end: number;
}

const agree = (a: Num, b: Num) => overlaps(numInterval(a), numInterval(b));

function proseMeans(text: string): GroupMean[][] {
  // Both groups' means within one passage: pairs of statements no more than 300 characters apart.
  const all = [...text.matchAll(PROSE)].map((m) => {
    const raw = m[2]!;
    const at = m.index! + m[0].length - raw.length;
    return { group: m[1]!.toLowerCase() as Group, value: parseNum(raw, at)!, start: m.index!, end: at + raw.length };
  });
  const pairs: GroupMean[][] = [];
  for (let i = 0; i + 1 < all.length; i++)
    if (all[i]!.group !== all[i + 1]!.group && all[i + 1]!.start - all[i]!.end < 300)
      pairs.push([all[i]!, all[i + 1]!]);
  return pairs;
}

function tableMeans(text: string): GroupMean[][] {
  const out: GroupMean[][] = [];
  for (const m of text.matchAll(TABLE)) {
    const groups = [m[1]!.toLowerCase(), m[2]!.toLowerCase()] as Group[];
    if (groups[0] === groups[1]) continue;
    const rawA = m[4]!;
    const rawB = m[5]!;
    const end = m.index! + m[0].length;
    const atB = end - rawB.length;
    const atA = text.lastIndexOf(rawA, atB - 1);
    out.push([
      { group: groups[0]!, value: parseNum(rawA, atA)!, start: atA, end: atA + rawA.length },
      { group: groups[1]!, value: parseNum(rawB, atB)!, start: atB, end },
    ]);
  }
  return out;
}

export const restatedGroupMeansCheck: CheckUnit = {
  id: 'repeated-values',
  run(ctx: CheckContext): Located[] {
    const text = ctx.source.text;
    if (!/kontrol/iu.test(text) || !/eksperimen/iu.test(text)) return [];
    const tables = tableMeans(text);
    if (tables.length === 0) return [];
    const out: Located[] = [];
    for (const prose of proseMeans(text)) {
      for (const table of tables) {
        if (Math.abs(table[0]!.start - prose[0]!.start) > REACH) continue;
        const pairs = GROUPS.map(
          (g) => [prose.find((p) => p.group === g)!, table.find((t) => t.group === g)!] as const,
        );
        const agreeing = pairs.filter(([p, t]) => agree(p.value, t.value));
        if (agreeing.length !== 1) continue;
        const [a, b] = pairs.find(([p, t]) => !agree(p.value, t.value))!;
        const [first, later] = a.start < b.start ? [a, b] : [b, a];
        out.push(
          makeFinding(
            ctx,
            'repeated-values',
            'inconsistent',
            { start: later.start, end: later.end, quoteStart: later.start, quoteEnd: later.end },
            later.value.raw,
            ctx.m.restatedGroupMeanRecomputed(later.group, first.value.raw),
            ctx.m.restatedGroupMean(later.value.raw, later.group, first.value.raw),
          ),
        );
      }
    }
    return out;
  },
};
