/**
 * The residual degrees of freedom of a regression whose coefficients table prints t and Sig. but
 * no df: SPSS prints them in the model's ANOVA table ("Regression 9845.713 2 4922.857 18.350 .000
 * Residual 4828.953 18 268.275 Total 14674.667 20"), and a coefficient's t has the residual df.
 * Some theses state the two df in words instead ("db regresi = 5 : db residual = 150").
 * The ANOVA is the model's only when its regression df is the number of predictors the
 * coefficients table lists (rows with a Beta, the constant has none); of several such tables the
 * nearest before the coefficients is taken (SPSS prints a model's ANOVA first), else the nearest
 * after, within REACH characters.
 */

const ANOVA =
  /(?<![\p{L}])(?:Regression|Regresi)\s+\d[\d.,]*\s+(\d{1,3})\s+\d[\d.,]*\s+\d[\d.,]*(?:\s+[.,]?\d[\d.,]*)?(?:\s*[a-z]\b)?\s+(?:Residual|Sisa|Galat)\s+\d[\d.,]*\s+(\d{1,6})(?![\d.,]*\d)/giu;
/** The same two df told in words: "db regresi = 5 : db residual = 150". */
const STATED =
  /(?<![\p{L}])(?:db|df|dk)\s+(?:regresi|regression)\s*[=:]\s*(\d{1,3})\s*[:;,]?\s*(?:dan\s+|and\s+)?(?:db|df|dk)\s+(?:residual|sisa|galat)\s*[=:]\s*(\d{1,6})(?![\d.,]*\d)/giu;
const REACH = 4000;

export interface AnovaDf {
  regression: number;
  residual: number;
  at: number;
}

/** Every regression ANOVA table's df (regression and residual) in the text. */
export function readRegressionAnovas(text: string): AnovaDf[] {
  return [...text.matchAll(ANOVA), ...text.matchAll(STATED)].map((m) => ({
    regression: Number(m[1]),
    residual: Number(m[2]),
    at: m.index!,
  }));
}

/** The residual df of the model whose coefficients table at `at` lists `predictors` predictors; null when no ANOVA tells. */
export function residualDfFor(anovas: AnovaDf[], at: number, predictors: number): number | null {
  // SPSS prints a model's ANOVA before its coefficients: the nearest before, else the nearest after.
  let before: AnovaDf | null = null;
  let after: AnovaDf | null = null;
  for (const a of anovas) {
    if (a.regression !== predictors || Math.abs(a.at - at) > REACH || a.residual < 1) continue;
    if (a.at <= at) {
      if (!before || a.at > before.at) before = a;
    } else if (!after || a.at < after.at) after = a;
  }
  return (before ?? after)?.residual ?? null;
}
