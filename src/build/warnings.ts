/**
 * The build output's words for the warnings analyses record (codes with parameters in
 * results.json): what happened and what the researcher can do. English, as all CLI
 * messages; the manuscript's own wording of the same limitations is in src/report/locale/.
 */
import type { Reason } from '../analysis/unit.ts';

type WarningText = (id: string, w: Reason) => { message: string; hint?: string };

const s = (x: unknown) => String(x);

const WARNING_TEXT: Record<string, WarningText> = {
  'small-n-test': (id, w) => ({
    message: `analysis "${id}" asks for a significance test with only n = ${s(w.n)} pairs; its p-value cannot support a conclusion`,
    hint: `With fewer than ${s(w.minimum)} pairs describe each participant instead (type: reliable-change); the methods text states this limitation.`,
  }),
  'not-estimable': (id, w) => ({
    message: `analysis "${id}": no odds ratio can be estimated for "${s(w.variable)}"${w.note ? ` (${s(w.note)})` : ''}`,
    hint: 'A factor needs at least two observed levels with cases and non-cases in each; the table shows it as not estimable.',
  }),
  'zero-cell': (id, w) => ({
    message: `analysis "${id}": "${s(w.variable)}" level "${s(w.level)}" has a zero cell, so its odds ratio is undefined`,
    hint: 'The table shows "—" with a note; consider merging sparse categories in study.yaml (levels) if that suits the research question.',
  }),
  'low-events-per-parameter': (id, w) => ({
    message: `analysis "${id}": only ${(w.ratio as number).toFixed(1)} events per model coefficient (${s(w.events)} events, ${s(w.parameters)} coefficients; ${s(w.minimum)} or more is the usual minimum)`,
    hint: 'The adjusted estimates may be unstable and their intervals wide; the methods text says so. Fewer terms would help.',
  }),
  'model-failed': (id, w) => ({
    message: `analysis "${id}": the logistic regression could not be estimated (${s(w.error)})`,
    hint:
      w.error === 'separation'
        ? 'A predictor separates the outcome completely; remove it or merge its categories.'
        : 'Check the terms for collinearity or very sparse categories.',
  }),
  'term-not-screened': (id, w) => ({
    message: `analysis "${id}": the fixed term "${s(w.variable)}" did not pass the bivariate screening but is kept because study.yaml names it`,
  }),
  'term-single-level': (id, w) => ({
    message: `analysis "${id}": the term "${s(w.variable)}" has a single observed level and was left out of the model`,
  }),
  'categories-disagree': (id, w) => ({
    message: `analysis "${id}": ${s(w.disagree)} row(s) of "${s(w.recorded)}" disagree with the categories scored as "${s(w.computed)}"`,
    hint: `Check the data rows ${((w.rows as number[]) ?? []).slice(0, 10).join(', ')}: the recorded category and the item answers cannot both be right.`,
  }),
  'fisher-unavailable': (id) => ({
    message: `analysis "${id}": Fisher's exact test was too large to compute for this table; the chi-square test is reported`,
  }),
  'unequal-cell-variances': (id, w) => ({
    message: `analysis "${id}": Levene's test rejects equal variances across the cells (p = ${typeof w.p === 'number' ? w.p.toFixed(3) : '—'}); the F tests are reported with a caution`,
    hint: 'Balanced cells keep the F tests fairly robust; a transformation of the outcome may equalise the variances.',
  }),
  'heterogeneous-slopes': (id, w) => ({
    message: `analysis "${id}": the regression slopes differ between the groups (p = ${typeof w.p === 'number' ? w.p.toFixed(3) : '—'}); the adjusted comparison is reported with a caution`,
    hint: 'With unequal slopes the group difference depends on the covariate value; consider reporting the groups separately.',
  }),
  'non-normal-residuals': (id, w) => ({
    message: `analysis "${id}": the ${w.test === 'lilliefors' ? 'Lilliefors' : 'Shapiro–Wilk'} test rejects normality of the regression residuals (p = ${typeof w.p === 'number' ? w.p.toFixed(3) : '—'}, n = ${s(w.n)}); the t and F tests are reported with a caution`,
    hint: 'Look at the residual plot: a skewed outcome may need a transformation; with many cases the tests are fairly robust.',
  }),
  'autocorrelated-residuals': (id, w) => ({
    message: `analysis "${id}": the Durbin–Watson statistic of the regression is ${typeof w.durbinWatson === 'number' ? w.durbinWatson.toFixed(2) : '—'}, outside 1–3, so its residuals look serially correlated`,
    hint: 'Durbin–Watson uses the row order of the data file; it matters when rows are ordered in time or by cluster.',
  }),
  'collinear-predictors': (id, w) => ({
    message: `analysis "${id}": ${((w.terms as string[]) ?? []).map((t) => `"${t}"`).join(', ')} ${((w.terms as string[]) ?? []).length === 1 ? 'has' : 'have'} a VIF of ${s(w.minimum)} or more (largest ${typeof w.maxVif === 'number' ? w.maxVif.toFixed(1) : '—'}); their coefficients are imprecise`,
    hint: 'Remove or combine predictors that measure the same thing (e.g. age and years of service).',
  }),
  'contrary-to-hypothesis': (id, w) => ({
    message: `analysis "${id}": the effect is significant in the direction opposite to the hypothesis (expected ${s(w.expected)}, observed ${s(w.observed)}); the conclusion says "contrary to the hypothesis"`,
    hint: 'Check `hypothesis:` in study.yaml: for two groups `direction: increase` means the FIRST level of `group` is expected higher; `hypothesis: { higher: <level> }` names the group instead.',
  }),
  'descriptives-failed': (id, w) => ({
    message: `analysis "${id}": no descriptive statistics for "${s(w.variable)}" (no non-missing values)`,
  }),
};

export function warningText(id: string, w: Reason): { message: string; hint?: string } {
  return WARNING_TEXT[w.code]?.(id, w) ?? { message: `analysis "${id}": ${w.code}` };
}
