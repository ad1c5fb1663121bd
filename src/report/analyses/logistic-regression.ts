/**
 * Multivariable logistic regression in words: the bivariate screening table (each
 * candidate's likelihood-ratio p and whether it was eligible and is in the final model),
 * the model table (B, SE, adjusted OR, 95% CI, p per term, fit statistics in the note),
 * and sentences on screening, selection, model fit, adjusted associations and the events
 * per coefficient. A model that could not be estimated is reported as such.
 */
import { ratioDigits } from '../locale/format.ts';
import type {
  LogisticFitted,
  LogisticRegressionAnalysis,
  LogisticRegressionSpec,
  LogisticSteps,
  ModelCoefficient,
} from '../../analysis/units/logistic-regression.ts';
import { isFailure } from '../../stats/types.ts';
import type { FigureModel, TableCell, TableModel, TableRow } from '../document.ts';
import { type OddsRatioEstimate, oddsRatioForest } from '../figures/forest.ts';
import { captionOf, md, wording, type ReportContext, type ReportUnit } from '../context.ts';
import * as messages from '../locale/logistic-regression.ts';
import * as orMessages from '../locale/odds-ratios.ts';
import type { TermText } from '../locale/logistic-regression.ts';

type Extra = LogisticSteps;
type Fitted = LogisticFitted;

const right = (text: string): TableCell => ({ text, align: 'right' });

/** The steps before the model, when the data got that far (not for a misstated analysis). */
function extra(a: LogisticRegressionAnalysis): Extra | undefined {
  return 'outcome' in a.result ? a.result : undefined;
}

function fitted(a: LogisticRegressionAnalysis): Fitted | undefined {
  return isFailure(a.result) ? undefined : a.result;
}

function caseWords(r: Extra, ctx: ReportContext): string {
  return wording(ctx, orMessages).caseOf(ctx.label(r.outcome), ctx.levelInText(r.outcome, r.caseLevel));
}

function threshold(r: Extra, ctx: ReportContext): string {
  return ctx.L.fmt.bounded(r.screening!.threshold, 2);
}

function termText(c: ModelCoefficient, ctx: ReportContext): TermText {
  const W = wording(ctx, messages);
  const contrast =
    c.level !== null && c.reference !== null
      ? W.contrast(md(ctx.levelInText(c.variable!, c.level)), md(ctx.levelInText(c.variable!, c.reference)))
      : c.per
        ? md(W.perUnit(ctx.t(ctx.study.variables[c.variable!]?.unit), c.per))
        : '';
  return { variable: md(ctx.label(c.variable!)), contrast, or: c.or, lo: c.orLower, hi: c.orUpper, p: c.p };
}

function screeningTable(r: Extra, spec: LogisticRegressionSpec, ctx: ReportContext): TableModel {
  const W = wording(ctx, messages);
  const f = ctx.L.fmt;
  const th = threshold(r, ctx);
  const head: TableCell[][] = [
    [
      { text: W.columns.factor },
      right(W.columns.df),
      right(W.columns.chi2),
      right(W.columns.p),
      { text: W.columns.eligible(th), align: 'center' },
      { text: W.columns.inModel, align: 'center' },
    ],
  ];
  const notTestable: string[] = [];
  const failed: string[] = [];
  const rows: TableRow[] = r.screening!.rows.map((s) => {
    const label = ctx.label(s.variable);
    if (s.p === null) (s.note === 'single level' ? notTestable : failed).push(label);
    return {
      cells: [
        { text: label },
        right(s.df ? f.int(s.df) : W.dash),
        right(s.chi2 === null ? W.dash : f.num(s.chi2)),
        right(s.p === null ? W.dash : f.pCell(s.p)),
        { text: s.p === null ? W.dash : s.enters ? W.yes : W.no, align: 'center' },
        { text: r.terms.includes(s.variable) ? W.yes : W.no, align: 'center' },
      ],
    };
  });
  const notes = [W.noteScreening(th)];
  if (notTestable.length) notes.push(W.noteNotTestable(notTestable));
  if (failed.length) notes.push(W.noteFailedTerm(failed));
  return { key: `${spec.id}.screening`, caption: W.captionScreening(th), head, rows, notes };
}

function modelTable(r: Fitted, spec: LogisticRegressionSpec, ctx: ReportContext): TableModel {
  const W = wording(ctx, messages);
  const { L } = ctx;
  const f = L.fmt;
  const head: TableCell[][] = [
    [
      { text: W.columns.factor },
      { text: W.columns.category },
      right(W.columns.b),
      right(W.columns.se),
      right(W.columns.or),
      right(W.columns.ci),
      right(W.columns.p),
    ],
  ];
  const rows: TableRow[] = [];
  let last: string | null = null;
  // One number of decimals for the OR and CI columns, more when a value would print as 1.00.
  const d = ratioDigits(r.coefficients.filter((c) => c.variable !== null).flatMap((c) => [c.or, c.orLower, c.orUpper]));
  for (const c of r.coefficients) {
    if (c.variable === null) continue;
    const category =
      c.level !== null && c.reference !== null
        ? W.contrast(ctx.levelLabel(c.variable, c.level), ctx.levelLabel(c.variable, c.reference))
        : W.perUnit(ctx.t(ctx.study.variables[c.variable]?.unit), c.per);
    rows.push({
      cells: [
        { text: c.variable === last ? '' : ctx.label(c.variable) },
        { text: L.cap(category) },
        right(f.num(c.estimate, 3)),
        right(f.num(c.se, 3)),
        right(f.num(c.or, d)),
        right(L.ciCell(c.orLower, c.orUpper, d)),
        right(f.pCell(c.p)),
      ],
    });
    last = c.variable;
  }
  const icpt = r.coefficients.find((c) => c.variable === null);
  if (icpt)
    rows.push({
      kind: 'total',
      cells: [
        { text: W.intercept },
        { text: '' },
        right(f.num(icpt.estimate, 3)),
        right(f.num(icpt.se, 3)),
        right(''),
        right(''),
        right(f.pCell(icpt.p)),
      ],
    });
  const words = caseWords(r, ctx);
  const notes = [W.noteModel(words, r.n, r.events, r.deviance, W.statModel(r.lrChi2, r.lrDf, r.lrP, r.nagelkerkeR2))];
  return { key: spec.id, caption: captionOf(spec, ctx, W.captionModel(words)), head, rows, notes };
}

/**
 * Forest plot of the adjusted odds ratios of the model's terms (one row per indicator or
 * numeric predictor, labelled as in the model table), on a logarithmic axis.
 */
function forest(m: Fitted, spec: LogisticRegressionSpec, ctx: ReportContext): FigureModel | undefined {
  if (spec.figure === false) return undefined;
  const W = wording(ctx, messages);
  const ratios = m.coefficients.flatMap((c): OddsRatioEstimate[] =>
    c.variable === null || !Number.isFinite(c.orLower) || !Number.isFinite(c.orUpper) || c.orLower <= 0
      ? []
      : [
          {
            label:
              c.level !== null && c.reference !== null
                ? `${ctx.label(c.variable)}: ${W.contrast(ctx.levelInText(c.variable, c.level), ctx.levelInText(c.variable, c.reference))}`
                : ctx.label(c.variable),
            or: c.or,
            lo: c.orLower,
            hi: c.orUpper,
            p: c.p,
          },
        ],
  );
  const words = caseWords(m, ctx);
  return oddsRatioForest(
    spec.id,
    [{ ratios }],
    {
      axis: W.figureAxis,
      estimates: W.figureEstimates,
      caption: W.figureCaption(words, ctx.L.fmt.bounded(ctx.results.alpha)),
      alt: (n) => W.figureAlt(words, n),
    },
    ctx,
  );
}

export const logisticRegressionReport: ReportUnit<LogisticRegressionAnalysis, LogisticRegressionSpec> = {
  type: 'logistic-regression',
  tables(a, spec, ctx) {
    const r = extra(a);
    if (!r) return [];
    const out: TableModel[] = [];
    if (r.screening) out.push(screeningTable(r, spec, ctx));
    const m = fitted(a);
    if (m) out.push(modelTable(m, spec, ctx));
    return out;
  },
  figures(a, spec, ctx) {
    const m = fitted(a);
    const f = m ? forest(m, spec, ctx) : undefined;
    return f ? [f] : [];
  },
  stat(a, _spec, ctx) {
    const m = fitted(a);
    return m ? wording(ctx, messages).statModel(m.lrChi2, m.lrDf, m.lrP, m.nagelkerkeR2) : undefined;
  },
  methods(a, spec, ctx) {
    const W = wording(ctx, messages);
    const r = extra(a);
    if (!r) return undefined;
    const s: string[] = [];
    if (r.screening) s.push(W.methodsScreening(threshold(r, ctx)));
    if (spec.terms) s.push(W.methodsFixed(spec.terms.map((t) => md(ctx.label(t)))));
    else if (r.selection === 'forward') s.push(W.methodsForward(ctx.L.fmt.bounded(spec.entry ?? 0.05, 2)));
    else if (r.screening) s.push(W.methodsAll);
    s.push(W.methodsModel(md(caseWords(r, ctx))));
    const epv = a.checks.find((c) => c.check === 'events-per-parameter');
    if (epv && !epv.passed && r.parameters)
      s.push(W.methodsEpv(Math.min(r.events, r.nonEvents), r.parameters, r.eventsPerParameter!));
    return s.join(' ');
  },
  results(a, spec, ctx) {
    const W = wording(ctx, messages);
    const r = extra(a);
    if (!r) return W.failed((isFailure(a.result) ? W.errors[a.result.error.code] : undefined) ?? W.errors.separation!);
    const out: string[] = [];
    if (r.screening) {
      const th = threshold(r, ctx);
      const lead = [
        W.screeningResult(
          `:ref[${spec.id}.screening]`,
          r.screening.rows.filter((x) => x.enters).length,
          r.screening.rows.length,
          th,
        ),
      ];
      const outside = spec.terms?.filter((t) => !r.screening!.rows.find((x) => x.variable === t)?.enters) ?? [];
      if (outside.length)
        lead.push(
          W.notScreened(
            outside.map((t) => md(ctx.label(t))),
            th,
          ),
        );
      out.push(lead.join(' '), `::table[${spec.id}.screening]`);
    }
    const sentences: string[] = [];
    if (r.steps) sentences.push(W.forwardResult(r.steps.map((s) => md(ctx.label(s.variable)))));
    if (isFailure(a.result)) {
      const err = a.result.error;
      sentences.push(W.failed(W.errors[err.code] ?? md(ctx.L.statError(err))));
      out.push(sentences.join(' '));
      return out.join('\n\n');
    }
    const m = a.result;
    const words = md(caseWords(m, ctx));
    const stat = W.statModel(m.lrChi2, m.lrDf, m.lrP, m.nagelkerkeR2);
    const terms = [...new Set(m.coefficients.filter((c) => c.variable !== null).map((c) => c.variable!))];
    sentences.push(
      W.modelResult(
        `:ref[${spec.id}]`,
        terms.map((t) => md(ctx.label(t))),
        stat,
        m.lrP < ctx.results.alpha,
      ),
    );
    const coefs = m.coefficients.filter((c) => c.variable !== null);
    const sig = coefs.filter((c) => c.p < ctx.results.alpha).map((c) => termText(c, ctx));
    const non = coefs.filter((c) => c.p >= ctx.results.alpha).map((c) => termText(c, ctx));
    sentences.push(sig.length ? W.adjustedSignificant(words, sig) : W.adjustedNone(words));
    if (sig.length && non.length) sentences.push(W.adjustedOthers(non));
    const figure = forest(m, spec, ctx);
    if (figure) sentences.push(W.figureShows(`:figref[${spec.id}]`));
    out.push(sentences.join(' '), `::table[${spec.id}]`);
    if (figure) out.push(`::figure[${spec.id}]`);
    return out.join('\n\n');
  },
  abstract(a, _spec, ctx) {
    const m = fitted(a);
    if (!m) return undefined;
    const sig = m.coefficients
      .filter((c) => c.variable !== null && c.p < ctx.results.alpha)
      .map((c) => termText(c, ctx));
    return wording(ctx, messages).abstract(md(caseWords(m, ctx)), sig);
  },
  conclusion(a, _spec, ctx) {
    const m = fitted(a);
    if (!m) return undefined;
    const sig = [
      ...new Set(m.coefficients.filter((c) => c.variable !== null && c.p < ctx.results.alpha).map((c) => c.variable!)),
    ].map((v) => md(ctx.label(v)));
    return wording(ctx, messages).conclusion(md(caseWords(m, ctx)), sig);
  },
};
