/**
 * Check 2: percentages against their counts and the total. The total is the one printed
 * with the pair (`26/96`), the one the sentence states (`N = 96`, `dari 96 responden`),
 * or, when the percentages of a list add up to 100%, the sum of its counts (a list may run
 * over several sentences of a paragraph). In tables it is the total row (the first total
 * row for SPSS's Valid Percent, the last for Percent), the sum of the counts of a section
 * whose percentages add up to 100, or, in a cross table whose Total column reads 100%,
 * the row's total. A percentage printed with k decimals may be off by 0.5·10^-k.
 */
import type { CountPct, Num, PercentGroup, Place, ShareTotalSource } from '../types.ts';
import { EPS } from '../rounding.ts';
import {
  countColumnFor,
  countIn,
  isPercentColumn,
  pctIn,
  rowPercentMode,
  sections,
  type Column,
  type LaidRow,
  type Layout,
} from '../recognisers/tables.ts';
import { makeFinding, type CheckContext, type CheckUnit, type Located } from './check.ts';
import { partialListFindings } from './partial-lists.ts';

export function matches(count: number, total: number, pct: Num): boolean {
  return total > 0 && Math.abs((100 * count) / total - pct.value) <= pct.half + EPS;
}

/** The totals T for which 100·count/T rounds to the printed percentage. */
function totalRange(count: number, pct: Num): [number, number] {
  const hi = pct.value - pct.half;
  return [(100 * count) / (pct.value + pct.half), hi > 0 ? (100 * count) / hi : Infinity];
}

/** Is there any whole-number total (at least the count) that gives this percentage? */
export function anyTotalFits(count: number, pct: Num): boolean {
  if (count === 0) return pct.value - pct.half <= EPS;
  const [lo, hi] = totalRange(count, pct);
  return Math.floor(hi + EPS) >= Math.max(count, Math.ceil(lo - EPS));
}

/** Do these percentages add up to 100, allowing each its rounding? */
export function addsTo100(pcts: Num[]): boolean {
  if (pcts.length === 0) return false;
  const sum = pcts.reduce((s, p) => s + p.value, 0);
  const slack = pcts.reduce((s, p) => s + p.half, 0);
  return Math.abs(sum - 100) <= slack + EPS;
}

/** Where a share printed before its count ("27,1% (n = 26)") ends: after the count; else at the count's start. */
function countEnd(text: string, pair: CountPct): number {
  if (pair.pct.start > pair.countStart) return pair.countStart;
  // "37.6% (104/277)": the count's own total and the closing bracket belong to the pair.
  const fraction = /^\d+(?:[.,]\d{3})*\s*(?:\/|of|dari)\s*\d+(?:[.,]\d{3})*\s*\)/u.exec(
    text.slice(pair.countStart, pair.countStart + 32),
  );
  if (fraction && pair.ownTotal !== null) return pair.countStart + fraction[0].length;
  const digits = /^\d[\d.,]*/.exec(text.slice(pair.countStart, pair.countStart + 12));
  return pair.countStart + (digits ? digits[0].replace(/[.,]$/, '').length : 0);
}

function pairFinding(
  ctx: CheckContext,
  g: PercentGroup,
  pair: CountPct,
  total: number,
  source: ShareTotalSource,
): Located {
  const { m, source: src } = ctx;
  const endOfPct = src.text.indexOf('%', pair.pct.end);
  const start = pair.apart ? pair.pct.start : Math.min(pair.countStart, pair.pct.start);
  let end = Math.max(pair.countStart, endOfPct >= 0 && endOfPct - pair.pct.end < 4 ? endOfPct + 1 : pair.pct.end);
  const close = /^\s*\)/.exec(src.text.slice(end, end + 4));
  if (close && pair.pct.start > pair.countStart) end += close[0].length;
  if (pair.apart) end = pair.pct.end;
  else end = Math.max(end, countEnd(src.text, pair));
  const place: Place = { start, end, quoteStart: g.place.quoteStart, quoteEnd: g.place.quoteEnd };
  const ok = matches(pair.count, total, pair.pct);
  const recomputed = `${m.pctRecomputed(pair.count, total, (100 * pair.count) / total)} ${m.pctTotalSource(source, total)}`;
  const explanation = ok ? m.pctConsistent(pair.pct.decimals) : m.pctInconsistent(pair.pct.decimals);
  const located = makeFinding(
    ctx,
    'percentages',
    ok ? 'consistent' : 'inconsistent',
    place,
    pair.apart ? `${pair.count} (${pair.pct.raw}%)` : src.quote(start, end),
    recomputed,
    explanation,
  );
  const nearMiss =
    !ok && pair.pct.decimals >= 1 && Math.abs((100 * pair.count) / total - pair.pct.value) < 2 * pair.pct.half + EPS;
  return {
    ...located,
    share: { total, source, ...(source === 'column' ? { column: g } : {}), ...(nearMiss ? { nearMiss } : {}) },
  };
}

function checkTextGroups(ctx: CheckContext): Located[] {
  const out: Located[] = [];
  const groups = ctx.extraction.percentGroups;
  const done = new Set<PercentGroup>();
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi]!;
    if (done.has(g)) continue;
    done.add(g);
    if (g.fewerCasesThan !== undefined) {
      for (const l of fewerCasesFindings(ctx, g, g.fewerCasesThan)) out.push(l);
      continue;
    }
    const own = g.pairs.filter((p) => p.ownTotal !== null);
    for (const p of own) out.push(pairFinding(ctx, g, p, p.ownTotal!, 'own'));
    const rest = g.pairs.filter((p) => p.ownTotal === null);
    if (rest.length === 0) {
      for (const l of continueOwnTotal(ctx, groups, gi, done)) out.push(l);
      continue;
    }
    if (g.statedTotals.length === 1) {
      for (const p of rest) out.push(pairFinding(ctx, g, p, g.statedTotals[0]!, g.totalSource ?? 'stated'));
      continue;
    }
    // One list whose percentages add up to 100, or several in a row (one per group: "intervention
    // group 6 (40,0%) …; control group 6 (40,0%) …").
    const runs = splitPairsAt100(rest);
    if (runs) {
      for (const run of runs) {
        const partial = partialListFindings(ctx, g.place, run, matches);
        if (partial) {
          for (const l of partial) out.push(l);
          continue;
        }
        const total = run.reduce((s, p) => s + p.count, 0);
        for (const p of run) out.push(pairFinding(ctx, g, p, total, 'inferred'));
      }
      continue;
    }
    // A list of categories spread over the following sentences of the same paragraph.
    const run: { g: PercentGroup; pairs: CountPct[] }[] = [{ g, pairs: rest }];
    let sum = rest.reduce((s, p) => s + p.pct.value, 0);
    let merged = false;
    for (let k = gi + 1; k < groups.length; k++) {
      const next = groups[k]!;
      if (next.para !== g.para || next.statedTotals.length > 0 || next.pairs.some((p) => p.ownTotal !== null)) break;
      run.push({ g: next, pairs: next.pairs });
      sum += next.pairs.reduce((s, p) => s + p.pct.value, 0);
      const all = run.flatMap((r) => r.pairs.map((p) => p.pct));
      if (addsTo100(all)) {
        merged = true;
        break;
      }
      if (sum > 101) break;
    }
    if (merged) {
      const total = run.reduce((s, r) => s + r.pairs.reduce((t, p) => t + p.count, 0), 0);
      const partial = partialListFindings(
        ctx,
        g.place,
        run.flatMap((r) => r.pairs),
        matches,
      );
      for (const r of run) {
        done.add(r.g);
        if (!partial) for (const p of r.pairs) out.push(pairFinding(ctx, r.g, p, total, 'inferred'));
      }
      if (partial) for (const l of partial) out.push(l);
      continue;
    }
    // A sentence of nothing but pairs, in a paragraph that states one sample size: its shares are of that sample.
    const sample = g.paragraphSample;
    if (sample !== undefined && rest.every((p) => p.count <= sample)) {
      for (const p of rest) out.push(pairFinding(ctx, g, p, sample, 'stated'));
      continue;
    }
    // Without a total, a pair can still be impossible: no whole-number total gives that percentage of that count.
    const impossible = rest.filter((p) => !anyTotalFits(p.count, p.pct));
    for (const p of impossible) {
      const place: Place = {
        start: Math.min(p.countStart, p.pct.start),
        end: Math.max(p.pct.end, countEnd(ctx.source.text, p)),
        quoteStart: g.place.quoteStart,
        quoteEnd: g.place.quoteEnd,
      };
      const [lo, hi] = totalRange(p.count, p.pct);
      out.push(
        makeFinding(
          ctx,
          'percentages',
          'inconsistent',
          place,
          `${p.count} (${p.pct.raw}%)`,
          ctx.m.pctTotalRange(lo, hi),
          ctx.m.pctNoTotalFits(p.count, p.pct.raw),
        ),
      );
    }
    if (impossible.length === rest.length) continue;
    out.push(
      makeFinding(
        ctx,
        'percentages',
        'not-checkable',
        g.place,
        ctx.source.quote(g.place.start, g.place.end, 120),
        ctx.m.noneRecomputed,
        ctx.m.pctNoTotal(),
      ),
    );
  }
  return out;
}

/** Each share of a row analysed with fewer cases than its group's size: not checkable (recognisers/share-count-rows.ts). */
function fewerCasesFindings(ctx: CheckContext, g: PercentGroup, size: number): Located[] {
  return g.pairs.map((p) => {
    // A pair printed together (`33 (29.7)`) is quoted as printed, from its count to its bracket.
    const start = p.apart ? p.pct.start : Math.min(p.countStart, p.pct.start);
    const close = /^\s*%?\s*\)/.exec(ctx.source.text.slice(p.pct.end, p.pct.end + 4));
    const end = p.apart || !close ? p.pct.end : p.pct.end + close[0].length;
    return makeFinding(
      ctx,
      'percentages',
      'not-checkable',
      { start, end, quoteStart: g.place.quoteStart, quoteEnd: g.place.quoteEnd },
      p.apart ? `${p.count} (${p.pct.raw}%)` : ctx.source.quote(start, end),
      ctx.m.noneRecomputed,
      ctx.m.pctFewerCases(size),
    );
  });
}

/**
 * The categories after a share of a total printed with it, in the next sentences of its paragraph:
 * "8,347 of these trials … (41.37%). There were 11,369 (56.36%) incorrect responses and 457 (2.27%)
 * timeouts." They are of the same total when all the percentages add up to 100 and the counts to
 * that total.
 */
function continueOwnTotal(ctx: CheckContext, groups: PercentGroup[], gi: number, done: Set<PercentGroup>): Located[] {
  const g = groups[gi]!;
  const totals = new Set(g.pairs.map((p) => p.ownTotal));
  if (totals.size !== 1) return [];
  const total = g.pairs[0]!.ownTotal!;
  const run: PercentGroup[] = [];
  const pcts = g.pairs.map((p) => p.pct);
  let counts = g.pairs.reduce((s, p) => s + p.count, 0);
  for (let k = gi + 1; k < groups.length; k++) {
    const next = groups[k]!;
    if (next.para !== g.para || next.statedTotals.length > 0 || next.pairs.some((p) => p.ownTotal !== null)) break;
    run.push(next);
    pcts.push(...next.pairs.map((p) => p.pct));
    counts += next.pairs.reduce((s, p) => s + p.count, 0);
    if (addsTo100(pcts)) break;
    if (counts > total) return [];
  }
  if (run.length === 0 || !addsTo100(pcts) || counts !== total) return [];
  const out: Located[] = [];
  for (const r of run) {
    done.add(r);
    for (const p of r.pairs) out.push(pairFinding(ctx, r, p, total, 'inferred'));
  }
  return out;
}

function rowPlace(r: LaidRow): Place {
  return { start: r.row.start, end: r.row.end, quoteStart: r.row.start, quoteEnd: r.row.end };
}

function checkRowCells(
  ctx: CheckContext,
  r: LaidRow,
  cells: { pct: Num; count: number; total: number; source: ShareTotalSource }[],
): Located | null {
  if (cells.length === 0) return null;
  const { m } = ctx;
  const bad = cells.filter((c) => !matches(c.count, c.total, c.pct));
  const shown = bad.length ? bad : cells;
  const recomputed = shown
    .map(
      (c) => `${m.pctRecomputed(c.count, c.total, (100 * c.count) / c.total)} ${m.pctTotalSource(c.source, c.total)}`,
    )
    .join('; ');
  const reported = shown.map((c) => `${c.count} (${c.pct.raw}%)`).join('; ');
  if (bad.length === 0)
    return {
      ...makeFinding(
        ctx,
        'percentages',
        'consistent',
        rowPlace(r),
        reported,
        recomputed,
        m.pctRowConsistent(cells.length),
      ),
      share: { total: cells[0]!.total, source: cells[0]!.source },
    };
  const badText = bad.map((c) => `${c.pct.raw}% ≠ ${m.num((100 * c.count) / c.total, 2)}%`);
  return {
    ...makeFinding(
      ctx,
      'percentages',
      'inconsistent',
      rowPlace(r),
      reported,
      recomputed,
      m.pctRowInconsistent(badText),
    ),
    share: { total: bad[0]!.total, source: bad[0]!.source },
  };
}

function checkTable(ctx: CheckContext, layout: Layout, read: Set<number>): Located[] {
  const out: Located[] = [];
  const pctCols = layout.columns.filter(isPercentColumn);
  if (pctCols.length === 0) return out;
  // A table whose shares the row reader (recognisers/row-shares.ts) already read with their totals.
  const cells = layout.rows.flatMap((r) => pctCols.map((pc) => pctIn(r.values[pc.index])).filter((p) => p !== null));
  if (cells.length > 0 && cells.filter((p) => read.has(p.start)).length >= 0.8 * cells.length) return out;
  const rowMode = rowPercentMode(layout);
  const simple = layout.columns.filter((c) => c.role === 'count' || c.role === 'countPct').length <= 1;
  if (rowMode) {
    for (const r of layout.rows) {
      if (r.kind === 'group') continue;
      const parts = pctCols.map((pc) => {
        const cc = countColumnFor(layout, pc);
        return { pct: pctIn(r.values[pc.index]), count: cc ? countIn(r.values[cc.index]) : null };
      });
      const usable = parts.filter((p): p is { pct: Num; count: number } => p.pct !== null && p.count !== null);
      const total =
        rowMode.kind === 'total-column'
          ? countIn(r.values[rowMode.count.index])
          : usable.length === parts.length
            ? usable.reduce((s, p) => s + p.count, 0)
            : null;
      if (total === null || total === 0) continue;
      const source = rowMode.kind === 'total-column' ? ('row' as const) : ('rowSum' as const);
      const f = checkRowCells(
        ctx,
        r,
        usable.map((p) => ({ ...p, total, source })),
      );
      if (f) out.push(f);
    }
    return out;
  }
  for (const sec of sections(layout)) {
    const totals = sec.filter((r) => r.kind === 'total');
    const body = sec.filter((r) => r.kind === 'body');
    if (!body.some((r) => pctCols.some((pc) => pctIn(r.values[pc.index])))) continue;
    // Without a total row, the rows are split where their percentages reach 100 (several variables stacked).
    const parts = totals.length ? [body] : splitAt100(body, pctCols[0]!);
    if (!parts) {
      const first = body[0]!;
      out.push(
        makeFinding(
          ctx,
          'percentages',
          'not-checkable',
          rowPlace(first),
          ctx.source.quote(first.row.start, first.row.end, 120),
          ctx.m.noneRecomputed,
          ctx.m.pctNoTotal(),
        ),
      );
      continue;
    }
    for (const part of parts) {
      const denominators = new Map<Column, { total: number; source: ShareTotalSource } | null>();
      for (const pc of pctCols) {
        const cc = countColumnFor(layout, pc);
        if (!cc) continue;
        const withPct = part.filter((r) => pctIn(r.values[pc.index]) && countIn(r.values[cc.index]) !== null);
        const totalRow = pc.role === 'validPercent' ? totals[0] : totals[totals.length - 1];
        const t = totalRow ? countIn(totalRow.values[cc.index]) : null;
        if (totalRow && t !== null && t > 0) {
          // Percentages of the column total read 100 on the total row; others (a cross table's row percentages) are not checked here.
          const tp = pctIn(totalRow.values[pc.index]);
          if (!simple && tp && Math.abs(tp.value - 100) > tp.half + EPS) continue;
          // A total row that is not the sum of the rows is the totals check's finding; when the percentages
          // follow the sum instead, they are judged against the sum.
          const sum = withPct.reduce((s, r) => s + countIn(r.values[cc.index])!, 0);
          const fitsSum =
            sum !== t &&
            withPct.length > 0 &&
            withPct.every((r) => matches(countIn(r.values[cc.index])!, sum, pctIn(r.values[pc.index])!));
          denominators.set(pc, fitsSum ? { total: sum, source: 'inferred' } : { total: t, source: 'table' });
          continue;
        }
        if (totals.length === 0 && withPct.length && addsTo100(withPct.map((r) => pctIn(r.values[pc.index])!))) {
          denominators.set(pc, {
            total: withPct.reduce((s, r) => s + countIn(r.values[cc.index])!, 0),
            source: 'inferred',
          });
        }
      }
      if (denominators.size === 0) {
        const first = part[0]!;
        out.push(
          makeFinding(
            ctx,
            'percentages',
            'not-checkable',
            rowPlace(first),
            ctx.source.quote(first.row.start, first.row.end, 120),
            ctx.m.noneRecomputed,
            ctx.m.pctNoTotal(),
          ),
        );
        continue;
      }
      for (const r of part) {
        const cells = [];
        for (const pc of pctCols) {
          const d = denominators.get(pc);
          const cc = countColumnFor(layout, pc);
          const pct = pctIn(r.values[pc.index]);
          const count = cc ? countIn(r.values[cc.index]) : null;
          if (d && pct && count !== null) cells.push({ pct, count, total: d.total, source: d.source });
        }
        const f = checkRowCells(ctx, r, cells);
        if (f) out.push(f);
      }
    }
  }
  return out;
}

/** Splits pairs, in order, into runs whose percentages add up to 100; null when they do not divide so. */
function splitPairsAt100(pairs: CountPct[]): CountPct[][] | null {
  const runs: CountPct[][] = [];
  let cur: CountPct[] = [];
  for (const p of pairs) {
    if (cur.length === 0 && p.pct.value === 0 && runs.length) {
      runs[runs.length - 1]!.push(p);
      continue;
    }
    cur.push(p);
    if (addsTo100(cur.map((x) => x.pct))) {
      runs.push(cur);
      cur = [];
    }
  }
  return cur.length === 0 && runs.length ? runs : null;
}

/** Splits rows into runs whose percentages in `col` add up to 100; null when the rows do not divide so. */
function splitAt100(rows: LaidRow[], col: Column): LaidRow[][] | null {
  const parts: LaidRow[][] = [];
  let cur: LaidRow[] = [];
  for (const r of rows) {
    const p = pctIn(r.values[col.index]);
    if (!p) continue;
    // A 0% row after a run that reached 100 belongs to that run (it changes no sum).
    if (cur.length === 0 && p.value === 0 && parts.length) {
      parts[parts.length - 1]!.push(r);
      continue;
    }
    cur.push(r);
    if (addsTo100(cur.map((x) => pctIn(x.values[col.index])!))) {
      parts.push(cur);
      cur = [];
    }
  }
  if (cur.length) return null;
  return parts.length ? parts : null;
}

/**
 * A percentage without its count, of a stated n: some whole number k of n must give it. A printed
 * trailing zero may be padding (53,60 for 53,6), so the value is also allowed one decimal fewer.
 */
function checkShares(ctx: CheckContext): Located[] {
  return ctx.extraction.shares.map((s) => {
    const { pct, n } = s;
    const padded = pct.decimals > 0 && pct.raw.endsWith('0') ? pct.half * 10 : pct.half;
    const lo = Math.max(0, Math.ceil(((pct.value - padded) * n) / 100 - EPS));
    const hi = Math.min(n, Math.floor(((pct.value + padded) * n) / 100 + EPS));
    const fits: [number, number][] = [];
    for (let k = lo; k <= hi && fits.length < 3; k++) fits.push([k, (100 * k) / n]);
    const ok = fits.length > 0;
    const near = Math.floor((pct.value * n) / 100);
    const shown: [number, number][] = ok
      ? fits
      : [near, near + 1].filter((k) => k >= 0 && k <= n).map((k): [number, number] => [k, (100 * k) / n]);
    return makeFinding(
      ctx,
      'percentages',
      ok ? 'consistent' : 'inconsistent',
      s.place,
      ctx.source.quote(s.place.start, s.place.end),
      ctx.m.pctShareRecomputed(shown, n, s.where),
      ok ? ctx.m.pctShareConsistent(n, pct.decimals) : ctx.m.pctShareInconsistent(n, pct.decimals),
    );
  });
}

export const percentagesCheck: CheckUnit = {
  id: 'percentages',
  run(ctx) {
    const read = new Set(ctx.extraction.percentGroups.flatMap((g) => g.pairs.map((p) => p.pct.start)));
    return [...checkTextGroups(ctx), ...checkShares(ctx), ...ctx.layouts.flatMap((l) => checkTable(ctx, l, read))];
  },
};
