/**
 * The category data check in words: one methods sentence (all categories agree, or where
 * they do not). It has no table; a disagreement is also stated in the results.
 */
import type {
  AgreementPair,
  CategoryAgreementAnalysis,
  CategoryAgreementSpec,
} from '../../analysis/units/category-agreement.ts';
import { md, wording, type ReportContext, type ReportUnit } from '../context.ts';
import * as messages from '../locale/category-agreement.ts';

function sentence(pairs: AgreementPair[], ctx: ReportContext): string {
  const W = wording(ctx, messages);
  const bad = pairs.filter((p) => p.disagree > 0);
  if (!bad.length) return W.allAgree(Math.min(...pairs.map((p) => p.n)), pairs.length);
  return W.disagree(bad.map((p) => W.item(md(ctx.label(p.recorded)), p.disagree, p.rows)));
}

export const categoryAgreementReport: ReportUnit<CategoryAgreementAnalysis, CategoryAgreementSpec> = {
  type: 'category-agreement',
  methods: (a, _spec, ctx) => sentence(a.result.pairs, ctx),
  results: (a, _spec, ctx) => (a.result.allAgree ? '' : sentence(a.result.pairs, ctx)),
};
