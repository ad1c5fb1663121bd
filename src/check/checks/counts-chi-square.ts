/**
 * A printed χ² test whose block's printed counts give another χ² (recognisers/stat-df-p-rows.ts
 * reads both): "| 6.76 | 2 | 0.034 |" above the counts 608/209, 170/80, 303/130, whose Pearson's
 * χ²(2) is 5.24, p = 0.073. The printed χ² and p agree with each other, so the p check finds
 * nothing; the counts show that the test and the table cannot both be right. Flagged only when
 * the counts' p lies on the other side of α from the printed p, as a decision error: a χ² off its
 * counts on the same side (or within its rounding, read as rounded or cut, as tables often cut
 * it: 0.109 printed 0.10) is left alone, since the counts may carry a misprint of their own
 * that the share check reports.
 */
import { chiSquareUpperTail } from '../../stats/distributions.ts';
import { reportedSide } from '../rounding.ts';
import { makeFinding, type CheckUnit, type Located } from './check.ts';
import { pearsonChiSquare } from '../recognisers/pearson-chi-square.ts';

export const countsChiSquareCheck: CheckUnit = {
  id: 'p-value',
  run(ctx) {
    const out: Located[] = [];
    for (const { test, table } of ctx.extraction.countsChiSquares ?? []) {
      const df = test.df?.[0];
      const chi = pearsonChiSquare(table);
      if (chi === null || df === undefined || !test.p) continue;
      // The printed χ² stands for [v − h, v + 2h]: rounded, or cut after its last digit.
      const v = test.value;
      if (chi >= v.value - v.half - 1e-9 && chi <= v.value + 2 * v.half + 1e-9) continue;
      const p = chiSquareUpperTail(chi, df);
      const printed = reportedSide(test.p, ctx.alpha);
      const counts = p <= ctx.alpha ? 'significant' : 'not-significant';
      if (!printed || printed === counts) continue;
      out.push(
        makeFinding(
          ctx,
          'p-value',
          'decision-error',
          test.place,
          `χ²(${df}) = ${v.raw}; p ${test.p.op} ${test.p.num.raw}`,
          ctx.m.countsChiSquareRecomputed(table, chi, df, p),
          ctx.m.countsChiSquareDecisionError(ctx.alpha, counts),
        ),
      );
    }
    return out;
  },
};
