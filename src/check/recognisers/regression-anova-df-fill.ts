/**
 * A regression's coefficient t's printed without df, beside the regression's own ANOVA table:
 * SPSS prints "Regression 9845.713 2 4922.857 18.350 .000 Residual 4828.953 18 …" and then the
 * Coefficients "Constant 106.272 27.684 3.839 .001 KEPUASAN_KERJA -1.123 .233 -.694 -4.826 .000
 * STRES_KERJA .590 .329 .258 1.795 .089". Each coefficient's t has the residual df (18).
 *
 * Taken only when the Coefficients table and exactly one regression ANOVA lie within PASSAGE
 * characters of each other, and the table has as many t's without df as the regression has
 * predictors plus the constant (its df + 1): the proof that the two tables are one model's.
 */
import type { Extraction, TestReport } from '../types.ts';

const PASSAGE = 3000;
const DEC = String.raw`(?<![\d.,])-?(?:\d+(?:[.,]\d+)?|[.,]\d+)`;
const REGRESSION_ANOVA = new RegExp(
  String.raw`Regression\s+${DEC}\s+(\d{1,3})\s+${DEC}\s+${DEC}\s+${DEC}(?:\s*[a-z](?![\p{L}]))?\s+Residual\s+${DEC}\s+(\d{1,5})(?![\d.,]\d)`,
  'giu',
);
const COEFFICIENTS =
  /Unstandardi[sz]ed\s+Coefficients\s+Standardi[sz]ed\s+Coefficients\s+t\s+Sig\.?|B\s+Std\.?\s*Error\s+Beta\s+t\s+Sig\.?/giu;
/** How far after its header a table's rows may run. */
const ROWS_REACH = 2500;

export function fillRegressionResidualDf(text: string, extraction: Extraction): void {
  const anovas = [...text.matchAll(REGRESSION_ANOVA)].map((m) => ({
    at: m.index!,
    end: m.index! + m[0].length,
    predictors: Number(m[1]),
    residual: Number(m[2]),
  }));
  if (anovas.length === 0) return;
  const headers = [...text.matchAll(COEFFICIENTS)].map((m) => ({ at: m.index!, end: m.index! + m[0].length }));
  headers.forEach((h, i) => {
    const near = anovas.filter((a) => Math.abs(a.at - h.at) <= PASSAGE);
    if (near.length !== 1) return;
    const anova = near[0]!;
    if (!(anova.predictors > 0 && anova.residual > 0)) return;
    // The table's rows: after its header, before the next table or the ANOVA.
    const limit = Math.min(
      h.end + ROWS_REACH,
      headers[i + 1]?.at ?? Number.POSITIVE_INFINITY,
      anova.at > h.end ? anova.at : Number.POSITIVE_INFINITY,
    );
    const ts: TestReport[] = extraction.tests.filter(
      (t) => t.kind === 't' && t.origin === 'table' && t.place.start >= h.end && t.place.end <= limit,
    );
    if (ts.length !== anova.predictors + 1 || ts.some((t) => t.df !== null && t.df.length > 0)) return;
    for (const t of ts) t.df = [anova.residual];
  });
}
