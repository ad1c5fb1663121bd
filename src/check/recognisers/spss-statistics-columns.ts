/**
 * SPSS statistics tables that arrive as text one row label after another, each followed by its
 * value for every group: the "Descriptives" of a one-way ANOVA ("N 36 32 68 Mean 23.5556 23.9688
 * 23.7500 Std. Deviation 2.31078 1.90897 2.12571 Std. Error .38513 .33746 .25778 95 Confidence
 * Interval for Mean Lower Bound … Upper Bound … Minimum … Maximum …") and "Paired Samples
 * Statistics" pasted one cell per line ("Mean 4.9600 7.2900 N 10 10 Std. Deviation 1.14911
 * 1.19392 Std. Error Mean .36338 .37755"). A block is a run of such labels (N, Mean, Std.
 * Deviation, Std. Error, Lower Bound, Upper Bound, Minimum, Maximum), each once, each followed by
 * the same number k (1–6) of numbers and nothing else; it needs N (whole numbers), Mean and Std.
 * Deviation or Std. Error. Column j is then one group: its mean with n, SD, SE, minimum and
 * maximum for the descriptives and standard-error checks, and its interval (width from SE and
 * n − 1 df) for the confidence-interval check. A mean some other reader took from the block (with
 * the first group's minimum and maximum) gives way to these.
 */
import type { DescriptiveReport, Extraction, Num } from '../types.ts';
import { parseNum } from './numbers.ts';
import { partitionPoint } from '../sorted.ts';

type Role = 'n' | 'mean' | 'sd' | 'se' | 'lower' | 'upper' | 'min' | 'max';

const LABELS: [Role, string][] = [
  ['sd', String.raw`Std\.?\s*Deviation`],
  ['se', String.raw`Std\.?\s*Error(?:\s+Mean)?`],
  ['lower', String.raw`(?:95\s*%?\s*Confidence\s+Interval\s+for\s+Mean\s+)?Lower\s+Bound`],
  ['upper', String.raw`Upper\s+Bound`],
  ['min', String.raw`Minimum`],
  ['max', String.raw`Maximum`],
  ['mean', String.raw`Mean(?!\s+(?:Square|Difference|Rank))`],
  ['n', String.raw`N`],
];
const LABEL = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(?:${LABELS.map(([role, re]) => `(?<${role}>${re})`).join('|')})(?![\p{L}])`,
  'gu',
);
/** The numbers right after a label, up to the first thing that is not one. */
const LEADING = /^(?:\s+-?\d*[.,]?\d+(?![\p{L}\d.,]))+/u;

interface Cell {
  role: Role;
  nums: Num[];
  start: number;
  end: number;
}

function cellsOf(text: string): Cell[][] {
  const blocks: Cell[][] = [];
  let block: Cell[] = [];
  const close = () => {
    if (block.length) blocks.push(block);
    block = [];
  };
  const labels = [...text.matchAll(LABEL)];
  for (const [i, m] of labels.entries()) {
    const role = (Object.entries(m.groups!).find(([, v]) => v !== undefined)?.[0] ?? 'n') as Role;
    const from = m.index! + m[0].length;
    const leading = LEADING.exec(text.slice(from, from + 200));
    // A label with no numbers after it, or not right after the previous cell, ends the block.
    if (block.length && !/^\s*$/u.test(text.slice(block[block.length - 1]!.end, m.index!))) close();
    if (!leading) {
      close();
      continue;
    }
    // The next label may begin with a number ("95 Confidence Interval for Mean Lower Bound").
    const next = labels[i + 1]?.index ?? Number.POSITIVE_INFINITY;
    const numbers = [...leading[0].matchAll(/-?\d*[.,]?\d+/gu)].filter((n) => from + n.index! < next);
    if (numbers.length > 6) {
      close();
      continue;
    }
    const nums = numbers.map((n) => parseNum(n[0], from + n.index!)).filter((n): n is Num => n !== null);
    if (nums.length === 0) {
      close();
      continue;
    }
    block.push({ role, nums, start: m.index!, end: nums[nums.length - 1]!.end });
  }
  close();
  return blocks;
}

export function readSpssStatisticsColumns(text: string, extraction: Extraction): void {
  // Each block's means give way to its own (below); the means read before are dropped at the end,
  // once, not by a filter of all descriptives for each block (that was quadratic).
  const blocks: { start: number; end: number; means: DescriptiveReport[] }[] = [];
  for (const block of cellsOf(text)) {
    const by = new Map<Role, Num[]>();
    let ok = true;
    for (const c of block) {
      if (by.has(c.role)) ok = false;
      by.set(c.role, c.nums);
    }
    const k = block[0]!.nums.length;
    if (!ok || !block.every((c) => c.nums.length === k)) continue;
    const ns = by.get('n');
    const means = by.get('mean');
    if (!ns || !means || !(by.has('sd') || by.has('se'))) continue;
    if (!ns.every((n) => n.decimals === 0 && n.value >= 2)) continue;
    const start = block[0]!.start;
    const end = block[block.length - 1]!.nums[k - 1]!.end;
    // The first group's mean, read before with the block's first minimum and maximum, gives way.
    const read = { start, end, means: [] as DescriptiveReport[] };
    blocks.push(read);
    for (let j = 0; j < k; j++) {
      const at = (r: Role) => by.get(r)?.[j] ?? null;
      const mean = means[j]!;
      const n = ns[j]!.value;
      const sd = at('sd');
      const se = at('se');
      const min = at('min');
      const max = at('max');
      const place = { start: mean.start, end: mean.end, quoteStart: start, quoteEnd: end };
      const report: DescriptiveReport = {
        kind: 'mean',
        label: 'Mean',
        mean,
        sd,
        se,
        n,
        min,
        max,
        items: null,
        integerEvidence:
          min && max && min.decimals === 0 && max.decimals === 0 && mean.decimals > 0
            ? `min ${min.raw}, max ${max.raw}`
            : null,
        itemMeanUnknownCount: false,
        place,
        origin: 'table',
      };
      read.means.push(report);
      const lower = at('lower');
      const upper = at('upper');
      if (lower && upper && lower.value < upper.value)
        extraction.estimates.push({
          family: 'mean',
          label: 'Mean',
          value: mean,
          ci: { level: 95, lower, upper, start: lower.start, end: upper.end },
          p: null,
          ...(se ? { se, df: n - 1 } : {}),
          place,
          origin: 'table',
        });
    }
  }
  extraction.descriptives = givingWay(extraction.descriptives, blocks);
}

/**
 * The descriptives read before, less those within a block, then each block's means: what
 * filtering the descriptives at each block in turn and adding its means gives. Blocks in text
 * order, each after the last, cannot drop an earlier block's means (which lie within it), so the
 * earlier descriptives are tested once by binary search; otherwise they are filtered block by block.
 */
function givingWay(
  before: DescriptiveReport[],
  blocks: { start: number; end: number; means: DescriptiveReport[] }[],
): DescriptiveReport[] {
  if (blocks.length === 0) return before;
  if (!blocks.every((b, i) => i === 0 || b.start > blocks[i - 1]!.end)) {
    let out = before;
    for (const b of blocks) {
      out = out.filter((d) => d.mean.start < b.start || d.mean.start > b.end);
      out.push(...b.means);
    }
    return out;
  }
  const within = (at: number) => {
    const lo = partitionPoint(blocks, (b) => b.start <= at);
    return lo > 0 && at <= blocks[lo - 1]!.end;
  };
  const out = before.filter((d) => !within(d.mean.start));
  for (const b of blocks) out.push(...b.means);
  return out;
}
