/**
 * SPSS numbers the models of its ANOVA and coefficient tables, and page text runs that number
 * into the header before it: "Mean Square F Sig. 1 Regression 9845.713 2 4922.857 18.350 .000".
 * The "1" after "Sig." is model 1, not a p of 1: SPSS prints a p with three decimals. A whole
 * number with no sign after a p label, followed by the first row of such a table (Regression,
 * Regresi, (Constant), (Konstanta), Between Groups), is that model number.
 */

const FIRST_ROW =
  /^\s+(?:Regression|Regresi|\(\s*Constant\s*\)|\(\s*Konstanta\s*\)|Constant|Konstanta|Between\s+Groups)(?![\p{L}])/iu;

/** Whether the labelled number (whole, no sign written) is a table's model number. */
export function isModelRowNumber(text: string, numberEnd: number, decimals: number, signWritten: boolean): boolean {
  if (decimals > 0 || signWritten) return false;
  return FIRST_ROW.test(text.slice(numberEnd, numberEnd + 40));
}
