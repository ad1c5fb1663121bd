/**
 * A regression coefficient restated after its table with another value: the coefficients table
 * gives X1 a B of .188 and the prose after it says "β1 sebesar 0,118" (or the equation "Ŷ = 3,428
 * + 0,118X1"). Each table's rows are compared with the equation's terms and the prose's
 * coefficients that follow it, up to the next coefficients table (recognisers/indexed-coefficients.ts).
 * A restatement is inconsistent when its rounding interval misses the row's B and it is no other
 * number of that row (the prose may cite Beta, t or p) nor another row's B (the numbering may be
 * read wrongly); only the first such restatement of each coefficient is reported, since the
 * equation often repeats the prose's slip. Signs are not compared (an equation prints "− 0,05X2"
 * for a B of -.05).
 */
import type { Num } from '../types.ts';
import { absInterval, overlaps } from '../rounding.ts';
import {
  readCoefficientTables,
  readEquationCoefficients,
  readProseCoefficients,
  type IndexedCoefficient,
} from '../recognisers/indexed-coefficients.ts';
import { makeFinding, type CheckContext, type CheckUnit, type Located } from './check.ts';

/** How far after its table a restatement may stand. */
const REACH = 2500;

const NEXT_TABLE = /\n\s*(?:Tabel|Table)\s+\d|\bCoefficients\b|\bStd\.?\s*Error\b/iu;

const agree = (a: Num, b: Num) => overlaps(absInterval(a), absInterval(b));

export const restatedCoefficientsCheck: CheckUnit = {
  id: 'repeated-values',
  run(ctx: CheckContext): Located[] {
    const text = ctx.source.text;
    const tables = readCoefficientTables(text);
    if (tables.length === 0) return [];
    const restated = [...readEquationCoefficients(text), ...readProseCoefficients(text)].sort(
      (a, b) => a.start - b.start,
    );
    const out: Located[] = [];
    tables.forEach((table, i) => {
      // Up to the next table too: prose after another table's caption or coefficients header
      // (one this reader cannot read, a simple regression's) speaks of that table.
      const next = NEXT_TABLE.exec(text.slice(table.end, table.end + REACH));
      const until = Math.min(table.end + (next ? next.index : REACH), tables[i + 1]?.start ?? text.length);
      const indices = table.rows.map((r) => r.index).join(',');
      // An equation that names other predictors than the table (a simple regression of one of
      // them, another model) restates another table's coefficients.
      const after = restated.filter(
        (r) =>
          r.start >= table.end &&
          r.start < until &&
          (r.source !== 'equation' ||
            ([...new Set(r.equationPredictors ?? [])].sort((a, b) => a - b).join(',') === indices &&
              // An equation whose constant is not the table's is another model's (another study's).
              !(r.equationConstant && table.constant && !agree(r.equationConstant, table.constant)))),
      );
      for (const row of table.rows) {
        const slip = after.find((r) => r.index === row.index && misfits(r, row, table.rows));
        if (!slip) continue;
        const predictor = `X${row.index}`;
        out.push(
          makeFinding(
            ctx,
            'repeated-values',
            'inconsistent',
            { start: slip.start, end: slip.end, quoteStart: slip.start, quoteEnd: slip.end },
            ctx.source.quote(slip.start, slip.end),
            ctx.m.restatedCoefficientRecomputed(predictor, row.value.raw),
            ctx.m.restatedCoefficient(slip.value.raw, predictor, row.value.raw),
          ),
        );
      }
    });
    return out;
  },
};

function misfits(r: IndexedCoefficient, row: IndexedCoefficient, rows: IndexedCoefficient[]): boolean {
  if (agree(r.value, row.value)) return false;
  if (row.row.some((n) => agree(r.value, n))) return false;
  return !rows.some((o) => agree(r.value, o.value));
}
