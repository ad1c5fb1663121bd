/**
 * Multiple linear regression in words: an APA coefficients table (B, SE, β, t, p, 95% CI
 * of B, tolerance, VIF), a model-summary table (R, R², adjusted R², SE of the estimate,
 * F with its df and p, Durbin–Watson), the residuals plotted against the fitted values, the
 * standardised coefficients with their intervals, and sentences on the model, the
 * predictors and each check.
 */
import {
  type LinearModel,
  type LinearRegressionAnalysis,
  type LinearRegressionSpec,
  MAX_VIF,
  type ModelTerm,
} from '../../analysis/units/linear-regression.ts';
import { isFailure } from '../../stats/types.ts';
import { midSentence as mid } from '../../text.ts';
import { captionOf, md, textOf, wording, type ReportContext, type ReportUnit } from '../context.ts';
import type { FigureModel, TableCell, TableModel, TableRow } from '../document.ts';
import * as messages from '../locale/linear-regression.ts';
import type { NormalityText, TermText } from '../locale/linear-regression.ts';

const plain = (s: string) => s.replace(/\\(.)/g, '$1');
const right = (text: string): TableCell => ({ text, align: 'right' });

function model(a: LinearRegressionAnalysis): LinearModel | undefined {
  return isFailure(a.result) ? undefined : a.result;
}

/** The outcome's words in sentences, Markdown-escaped. */
function outcomeOf(spec: LinearRegressionSpec, ctx: ReportContext): string {
  return md(textOf(spec.labels?.outcome, ctx, mid(ctx.label(spec.outcome))));
}

/** A coefficient's name: the predictor's label, or "label: level vs reference" for an indicator. */
function termName(c: ModelTerm, ctx: ReportContext): string {
  if (c.variable === null) return wording(ctx, messages).intercept;
  const label = ctx.label(c.variable);
  if (c.level === null || c.reference === null) return label;
  return wording(ctx, messages).term(
    label,
    ctx.levelLabel(c.variable, c.level),
    ctx.levelLabel(c.variable, c.reference),
  );
}

function termText(c: ModelTerm, m: LinearModel, ctx: ReportContext): TermText {
  return {
    name: md(termName(c, ctx)),
    b: c.b,
    lo: c.ciLower,
    hi: c.ciUpper,
    beta: c.beta,
    t: c.t,
    df: m.dfResidual,
    p: c.p,
  };
}

function slopes(m: LinearModel): ModelTerm[] {
  return m.coefficients.filter((c) => c.variable !== null);
}

/** Predictors (variables, not indicators) with at least one significant coefficient, in model order. */
function significantPredictors(m: LinearModel, alpha: number): string[] {
  return [...new Set(slopes(m).flatMap((c) => (c.p < alpha && c.variable !== null ? [c.variable] : [])))];
}

function coefficientsTable(m: LinearModel, spec: LinearRegressionSpec, ctx: ReportContext): TableModel {
  const W = wording(ctx, messages);
  const { L } = ctx;
  const f = L.fmt;
  const c = W.columns;
  const head: TableCell[][] = [
    [
      { text: c.predictor },
      right(c.b),
      right(c.se),
      right(c.beta),
      right(c.t),
      right(c.p),
      right(c.ci),
      right(c.tolerance),
      right(c.vif),
    ],
  ];
  const rows: TableRow[] = m.coefficients.map((k) => ({
    cells: [
      { text: termName(k, ctx) },
      right(f.num(k.b)),
      right(f.num(k.se)),
      right(k.beta === null ? '' : f.num(k.beta)),
      right(f.num(k.t)),
      right(f.pCell(k.p)),
      right(L.ciCell(k.ciLower, k.ciUpper)),
      right(k.tolerance === null ? '' : f.bounded(k.tolerance)),
      right(k.vif === null ? '' : f.num(k.vif)),
    ],
  }));
  const notes = [W.noteCoefficients(m.n, m.dfResidual)];
  if (m.references.length) notes.push(W.noteCategorical);
  return {
    key: spec.id,
    caption: captionOf(spec, ctx, L.cap(W.captionCoefficients(plain(outcomeOf(spec, ctx))))),
    head,
    rows,
    notes,
  };
}

function modelTable(m: LinearModel, spec: LinearRegressionSpec, ctx: ReportContext): TableModel {
  const W = wording(ctx, messages);
  const f = ctx.L.fmt;
  const c = W.columns;
  return {
    key: `${spec.id}-model`,
    caption: ctx.L.cap(W.captionModel(plain(outcomeOf(spec, ctx)))),
    head: [
      [
        right(c.n),
        right(c.r),
        right(c.r2),
        right(c.adjR2),
        right(c.sigma),
        right(c.f),
        right(c.df),
        right(c.p),
        right(c.dw),
      ],
    ],
    rows: [
      {
        cells: [
          right(f.int(m.n)),
          right(f.bounded(m.r)),
          right(f.bounded(m.r2)),
          right(f.bounded(m.adjR2)),
          right(f.num(m.sigma)),
          right(f.num(m.f)),
          right(`${f.int(m.dfModel)}, ${f.int(m.dfResidual)}`),
          right(f.pCell(m.fP)),
          right(f.num(m.durbinWatson)),
        ],
      },
    ],
    notes: [W.noteModel(m.dfModel, m.dfResidual)],
  };
}

/** Axis numbers in the manuscript's format (decimal comma in Bahasa Indonesia). */
function chartLocale(ctx: ReportContext): {
  config?: { locale: { number: NonNullable<ReportContext['L']['chartNumbers']> } };
} {
  return ctx.L.chartNumbers ? { config: { locale: { number: ctx.L.chartNumbers } } } : {};
}

function residualFigure(m: LinearModel, spec: LinearRegressionSpec, ctx: ReportContext): FigureModel | undefined {
  const plot = m.residualPlot;
  if (!plot || spec.figure === false) return undefined;
  const W = wording(ctx, messages);
  const outcome = plain(outcomeOf(spec, ctx));
  const values = plot.points.map((p) => ({ fitted: p.fitted, residual: p.residual }));
  const range = (xs: number[]): [number, number] => [Math.min(...xs), Math.max(...xs)];
  return {
    key: `${spec.id}-residuals`,
    caption: ctx.L.cap(
      plot.sampled ? W.captionResidualsSample(outcome, plot.shown, plot.n) : W.captionResiduals(outcome),
    ),
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 420,
      height: 280,
      ...chartLocale(ctx),
      layer: [
        {
          data: { values },
          mark: { type: 'point', shape: 'circle', size: 22, filled: false, strokeWidth: 1, opacity: 0.8 },
          encoding: {
            x: { field: 'fitted', type: 'quantitative', title: W.axisFitted(outcome), scale: { zero: false } },
            y: { field: 'residual', type: 'quantitative', title: W.axisResidual },
            color: { value: '#1a1a1a' },
          },
        },
        {
          data: { values: [{ zero: 0 }] },
          mark: { type: 'rule', strokeDash: [4, 3], color: '#777' },
          encoding: { y: { field: 'zero', type: 'quantitative' } },
        },
      ],
    },
    alt: W.altResiduals(plot.shown, outcome, range(values.map((v) => v.fitted)), range(values.map((v) => v.residual))),
  };
}

/**
 * The standardised coefficients with 95% CIs: β and its interval are B and the interval of B
 * times sd(x)/sd(y), so the CI of β is the CI of B on the standardised scale.
 */
function forestFigure(m: LinearModel, spec: LinearRegressionSpec, ctx: ReportContext): FigureModel | undefined {
  if (spec.figure === false) return undefined;
  const W = wording(ctx, messages);
  const rows = slopes(m).flatMap((c) => {
    if (c.beta === null || c.b === 0) return [];
    const scale = c.beta / c.b;
    const [lo, hi] = [c.ciLower * scale, c.ciUpper * scale].sort((x, y) => x - y);
    return [{ term: termName(c, ctx), beta: c.beta, lo: lo!, hi: hi! }];
  });
  if (!rows.length) return undefined;
  // Indicator names are long ("Work unit: Inpatient vs ICU"): the axis shows them whole (0: no limit).
  const y = { field: 'term', type: 'nominal', sort: rows.map((r) => r.term), title: null, axis: { labelLimit: 0 } };
  return {
    key: `${spec.id}-coefficients`,
    caption: ctx.L.cap(W.captionForest(plain(outcomeOf(spec, ctx)))),
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 360,
      height: Math.max(60, 26 * rows.length),
      ...chartLocale(ctx),
      data: { values: rows },
      layer: [
        {
          data: { values: [{ zero: 0 }] },
          mark: { type: 'rule', strokeDash: [4, 3], color: '#777' },
          encoding: { x: { field: 'zero', type: 'quantitative' } },
        },
        {
          mark: { type: 'rule', strokeWidth: 1.2, color: '#1a1a1a' },
          encoding: { y, x: { field: 'lo', type: 'quantitative', title: W.axisBeta }, x2: { field: 'hi' } },
        },
        {
          mark: { type: 'point', shape: 'square', size: 36, filled: true, color: '#1a1a1a', opacity: 1 },
          encoding: { y, x: { field: 'beta', type: 'quantitative' } },
        },
      ],
    },
    alt: W.altForest(rows.map((r) => W.altForestPart(r.term, r.beta, r.lo, r.hi))),
  };
}

function normalityOf(a: LinearRegressionAnalysis): NormalityText | undefined {
  const c = a.checks.find((x) => x.check === 'normality');
  if (!c || typeof c.statistic !== 'number' || typeof c.p !== 'number') return undefined;
  if (c.test !== 'shapiro-wilk' && c.test !== 'lilliefors') return undefined;
  return { test: c.test, statistic: c.statistic, p: c.p };
}

export const linearRegressionReport: ReportUnit<LinearRegressionAnalysis, LinearRegressionSpec> = {
  type: 'linear-regression',
  tables(a, spec, ctx) {
    const m = model(a);
    return m ? [coefficientsTable(m, spec, ctx), modelTable(m, spec, ctx)] : [];
  },
  figures(a, spec, ctx) {
    const m = model(a);
    if (!m) return [];
    return [residualFigure(m, spec, ctx), forestFigure(m, spec, ctx)].filter((f) => f !== undefined);
  },
  stat(a, _spec, ctx) {
    const m = model(a);
    return m ? wording(ctx, messages).statModel(m.f, m.dfModel, m.dfResidual, m.fP, m.r2) : undefined;
  },
  methods(a, spec, ctx) {
    const m = model(a);
    const categorical = m
      ? m.references.length > 0
      : spec.predictors.some((p) => ctx.study.variables[p]?.type === 'categorical');
    const normality = a.checks.find((c) => c.check === 'normality' && c.statistic !== null)?.test;
    return wording(ctx, messages).method(
      outcomeOf(spec, ctx),
      spec.predictors.map((p) => md(ctx.label(p))),
      categorical,
      normality === 'shapiro-wilk' || normality === 'lilliefors' ? normality : null,
    );
  },
  results(a, spec, ctx) {
    const W = wording(ctx, messages);
    const m = model(a);
    if (!m) return isFailure(a.result) ? ctx.L.testFailed(W.testName, ctx.L.statError(a.result.error)) : '';
    const alpha = ctx.results.alpha;
    const outcome = outcomeOf(spec, ctx);
    const sentences: string[] = [
      W.model(
        outcome,
        m.fP < alpha,
        W.statModel(m.f, m.dfModel, m.dfResidual, m.fP, m.r2),
        m.adjR2,
        `:ref[${spec.id}]`,
      ),
    ];
    const terms = slopes(m);
    const sig = terms.filter((c) => c.p < alpha);
    const non = terms.filter((c) => c.p >= alpha);
    if (sig.length) {
      sentences.push(
        W.significant(
          outcome,
          sig.map((c) => termText(c, m, ctx)),
        ),
      );
      if (non.length) sentences.push(W.others(non.map((c) => md(termName(c, ctx)))));
    } else sentences.push(W.none(outcome));
    const normality = normalityOf(a);
    if (normality) sentences.push(W.normality(normality.p >= alpha, normality));
    const dw = a.checks.find((c) => c.check === 'independence');
    sentences.push(W.durbinWatson(dw?.passed ?? true, m.durbinWatson));
    const withVif = terms.filter((c) => c.vif !== null);
    const collinear = withVif.filter((c) => c.vif! >= MAX_VIF);
    if (collinear.length) sentences.push(W.collinear(collinear.map((c) => md(termName(c, ctx)))));
    else if (withVif.length > 1)
      sentences.push(
        W.collinearity(Math.max(...withVif.map((c) => c.vif!)), Math.min(...withVif.map((c) => c.tolerance ?? 1))),
      );
    const residuals = residualFigure(m, spec, ctx);
    const forest = forestFigure(m, spec, ctx);
    const blocks = [`::table[${spec.id}]`, `::table[${spec.id}-model]`];
    if (residuals) {
      sentences.push(
        W.figures(`:ref[${spec.id}-model]`, `:figref[${residuals.key}]`, forest ? `:figref[${forest.key}]` : null),
      );
      blocks.push(`::figure[${residuals.key}]`);
      if (forest) blocks.push(`::figure[${forest.key}]`);
    } else sentences.push(W.modelRef(`:ref[${spec.id}-model]`));
    return [sentences.join(' '), ...blocks].join('\n\n');
  },
  abstract(a, spec, ctx) {
    const m = model(a);
    if (!m) return undefined;
    const W = wording(ctx, messages);
    const alpha = ctx.results.alpha;
    return W.abstract(
      outcomeOf(spec, ctx),
      m.fP < alpha,
      W.statModel(m.f, m.dfModel, m.dfResidual, m.fP, m.r2),
      significantPredictors(m, alpha).map((v) => md(ctx.label(v))),
    );
  },
  conclusion(a, spec, ctx) {
    const m = model(a);
    if (!m) return undefined;
    const alpha = ctx.results.alpha;
    return wording(ctx, messages).conclusion(
      outcomeOf(spec, ctx),
      m.fP < alpha,
      significantPredictors(m, alpha).map((v) => md(ctx.label(v))),
    );
  },
};
