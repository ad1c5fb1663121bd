/**
 * The answers to one statement given as shares with their Likert codes ("14,6% (SS), 62,5% (S),
 * 20,8% (TS), dan 4,2% (STS)") are one distribution: every respondent gives one answer, so the
 * shares add up to 100 within their rounding (each printed share may be off by half its last
 * unit). More is inconsistent whatever the sample; less is inconsistent only when the codes name
 * every answer of the scale (a list may leave an answer out). Shares averaged over several
 * statements still add up to 100, so no sample size is needed or assumed.
 */
import { EPS } from '../rounding.ts';
import { readLikertShareLists } from '../recognisers/likert-share-lists.ts';
import { makeFinding, type CheckUnit, type Located } from './check.ts';

export const likertShareListsCheck: CheckUnit = {
  id: 'percentages',
  run(ctx) {
    const out: Located[] = [];
    const text = ctx.source.text;
    for (const list of readLikertShareLists(text)) {
      const sum = list.shares.reduce((s, x) => s + x.value, 0);
      const slack = list.shares.reduce((s, x) => s + x.half, 0) + EPS;
      const over = sum > 100 + slack;
      const under = sum < 100 - slack;
      if (under && !list.complete) continue;
      const digits = Math.max(...list.shares.map((x) => x.decimals));
      const place = { start: list.start, end: list.end, quoteStart: list.start, quoteEnd: list.end };
      out.push(
        makeFinding(
          ctx,
          'percentages',
          over || under ? 'inconsistent' : 'consistent',
          place,
          text.slice(list.start, list.end),
          ctx.m.answerSharesSum(sum, digits),
          over || under ? ctx.m.answerSharesNotWhole(sum, digits) : ctx.m.answerSharesWhole(),
        ),
      );
    }
    return out;
  },
};
