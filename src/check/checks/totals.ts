/**
 * Check 3: totals of tables. A total row ("Jumlah", "Total") must be the sum of the rows
 * above it — of the rows since the previous total row (SPSS's Valid Total) or of all
 * rows of its section (SPSS's final Total, after Missing); the percentages of a table
 * must add up to its total row and to 100%; a Total column must be the sum of its row;
 * cumulative percentages must be the running sum. Percentages are rounded, so a sum of m
 * of them may be off by m·0.5·10^-k.
 */
import type { Num, Place } from '../types.ts';
import { EPS } from '../rounding.ts';
import {
  countColumnFor,
  countIn,
  isCountColumn,
  isPercentColumn,
  pctIn,
  rowPercentMode,
  sections,
  type Column,
  type LaidRow,
  type Layout,
} from '../recognisers/tables.ts';
import { makeFinding, type CheckContext, type CheckUnit, type Located } from './check.ts';
import { isRowShareMarginColumn } from '../recognisers/row-share-margins.ts';

function rowPlace(r: LaidRow): Place {
  return { start: r.row.start, end: r.row.end, quoteStart: r.row.start, quoteEnd: r.row.end };
}

function columnName(c: Column, fallback: string): string {
  return c.header.trim() || fallback;
}

function checkCountColumn(ctx: CheckContext, sec: LaidRow[], col: Column): Located[] {
  const out: Located[] = [];
  let since: number[] = [];
  const all: number[] = [];
  for (const r of sec) {
    const v = countIn(r.values[col.index]);
    if (r.kind === 'body') {
      if (v !== null) {
        since.push(v);
        all.push(v);
      }
      continue;
    }
    if (r.kind !== 'total' || v === null) continue;
    if (all.length === 0) continue;
    const sumSince = since.reduce((a, b) => a + b, 0);
    const sumAll = all.reduce((a, b) => a + b, 0);
    const ok = v === sumSince || v === sumAll;
    const sum = ok ? v : since.length && since.length < all.length ? sumSince : sumAll;
    const reported = `${columnName(col, 'n')}: ${r.row.label} = ${v}`;
    out.push(
      makeFinding(
        ctx,
        'totals',
        ok ? 'consistent' : 'inconsistent',
        rowPlace(r),
        reported,
        ctx.m.sumRecomputed(sum, 0),
        ok ? ctx.m.totalConsistent('count') : ctx.m.totalInconsistent('count', String(sum), String(v)),
      ),
    );
    since = [];
  }
  return out;
}

function withinRounding(sum: number, parts: Num[], total: Num): boolean {
  const slack = parts.reduce((s, p) => s + p.half, 0) + total.half;
  return Math.abs(sum - total.value) <= slack + EPS;
}

function checkPercentColumn(ctx: CheckContext, sec: LaidRow[], col: Column, simple: boolean): Located[] {
  const out: Located[] = [];
  const { m } = ctx;
  let since: Num[] = [];
  const all: Num[] = [];
  const totalRows = sec.filter((r) => r.kind === 'total' && pctIn(r.values[col.index]));
  const last = totalRows[totalRows.length - 1];
  // In a table with several count columns, a total row's percentage other than 100 may be a margin
  // (the share of that column in a cross table), which is not a sum of the rows above.
  if (!simple && last) {
    const v = pctIn(last.values[col.index])!;
    if (Math.abs(v.value - 100) > v.half + EPS) return out;
  }
  for (const r of sec) {
    const v = pctIn(r.values[col.index]);
    if (r.kind === 'body') {
      if (v) {
        since.push(v);
        all.push(v);
      }
      continue;
    }
    if (r.kind !== 'total' || !v || all.length === 0) continue;
    const sumSince = since.reduce((a, p) => a + p.value, 0);
    const sumAll = all.reduce((a, p) => a + p.value, 0);
    const okSum = withinRounding(sumSince, since, v) || withinRounding(sumAll, all, v);
    const decimals = Math.max(v.decimals, ...all.map((p) => p.decimals));
    const sum = withinRounding(sumSince, since, v) ? sumSince : sumAll;
    const reported = `${columnName(col, '%')}: ${r.row.label} = ${v.raw}`;
    const is100 = r !== last || Math.abs(v.value - 100) <= v.half + EPS;
    let explanation: string;
    if (!okSum) explanation = m.totalInconsistent('percent', m.num(sum, decimals), v.raw);
    else if (!is100) explanation = m.totalNot100(v.raw);
    else explanation = m.totalConsistent('percent', r === last);
    out.push(
      makeFinding(
        ctx,
        'totals',
        okSum && is100 ? 'consistent' : 'inconsistent',
        rowPlace(r),
        reported,
        m.sumRecomputed(sum, decimals),
        explanation,
      ),
    );
    since = [];
  }
  return out;
}

function checkRowTotals(ctx: CheckContext, layout: Layout): Located[] {
  const out: Located[] = [];
  const totalCol = layout.columns.find((c) => c.isTotal && (c.role === 'count' || c.role === 'countPct'));
  if (!totalCol) return out;
  const parts = layout.columns.filter((c) => c.index < totalCol.index && c.role === totalCol.role && !c.isTotal);
  if (parts.length < 2) return out;
  for (const r of layout.rows) {
    if (r.kind === 'group') continue;
    const total = countIn(r.values[totalCol.index]);
    const vals = parts.map((c) => countIn(r.values[c.index]));
    if (total === null || vals.some((v) => v === null)) continue;
    const sum = vals.reduce((a, b) => a! + b!, 0)!;
    const ok = sum === total;
    const reported = `${r.row.label}: ${vals.join(' + ')} → ${total}`;
    out.push(
      makeFinding(
        ctx,
        'totals',
        ok ? 'consistent' : 'inconsistent',
        rowPlace(r),
        reported,
        ctx.m.sumRecomputed(sum, 0),
        ok ? ctx.m.rowTotalConsistent() : ctx.m.rowTotalInconsistent(String(sum), String(total)),
      ),
    );
  }
  return out;
}

function checkCumulative(ctx: CheckContext, layout: Layout, sec: LaidRow[], col: Column): Located[] {
  const { m } = ctx;
  const body = sec.filter((r) => r.kind === 'body' && pctIn(r.values[col.index]));
  if (body.length < 2) return [];
  const basis =
    layout.columns.find((c) => c.role === 'validPercent') ?? layout.columns.find((c) => c.role === 'percent');
  const countCol = basis ? countColumnFor(layout, basis) : null;
  const validTotalRow = sec.find((r) => r.kind === 'total');
  const denom = countCol && validTotalRow ? countIn(validTotalRow.values[countCol.index]) : null;
  let running = 0;
  let runningCount = 0;
  let runningSlack = 0;
  for (let i = 0; i < body.length; i++) {
    const r = body[i]!;
    const cum = pctIn(r.values[col.index])!;
    let expected: number;
    let slack: number;
    const count = countCol ? countIn(r.values[countCol.index]) : null;
    if (denom && count !== null) {
      runningCount += count;
      expected = (100 * runningCount) / denom;
      slack = cum.half;
    } else {
      const p = basis ? pctIn(r.values[basis.index]) : null;
      if (!p) return [];
      running += p.value;
      runningSlack += p.half;
      expected = running;
      slack = runningSlack + cum.half;
    }
    if (Math.abs(expected - cum.value) > slack + EPS) {
      return [
        makeFinding(
          ctx,
          'totals',
          'inconsistent',
          rowPlace(r),
          `${columnName(col, 'cum. %')}: ${r.row.label} = ${cum.raw}`,
          m.num(expected, 2),
          m.cumInconsistent(r.row.label, m.num(expected, cum.decimals), cum.raw),
        ),
      ];
    }
  }
  const lastRow = body[body.length - 1]!;
  const first = body[0]!;
  const place: Place = {
    start: first.row.start,
    end: lastRow.row.end,
    quoteStart: lastRow.row.start,
    quoteEnd: lastRow.row.end,
  };
  return [
    makeFinding(
      ctx,
      'totals',
      'consistent',
      place,
      `${columnName(col, 'cum. %')}: ${pctIn(lastRow.values[col.index])!.raw}`,
      m.num(denom ? (100 * runningCount) / denom : running, 2),
      m.cumConsistent(),
    ),
  ];
}

export const totalsCheck: CheckUnit = {
  id: 'totals',
  run(ctx) {
    const out: Located[] = [];
    for (const layout of ctx.layouts) {
      const rowMode = rowPercentMode(layout) !== null;
      const simple = layout.columns.filter((c) => c.role === 'count' || c.role === 'countPct').length <= 1;
      const secs = sections(layout);
      // A column of row shares whose total row prints its margin (../recognisers/row-share-margins.ts).
      const margins = new Set(layout.columns.filter((c) => isPercentColumn(c) && isRowShareMarginColumn(secs, c)));
      for (const sec of secs) {
        for (const col of layout.columns) {
          if (isCountColumn(col)) out.push(...checkCountColumn(ctx, sec, col));
          if (isPercentColumn(col) && !rowMode && !margins.has(col))
            out.push(...checkPercentColumn(ctx, sec, col, simple));
          if (col.role === 'cumPercent') out.push(...checkCumulative(ctx, layout, sec, col));
        }
      }
      out.push(...checkRowTotals(ctx, layout));
    }
    return out;
  },
};
