/**
 * Rows of a continuous variable in a table of counts and shares: "Age (years) | 35 (10) | 36 (9)"
 * under "n (%)" headers is a mean (SD), not 35 people who are 10%. Such a row's label is a
 * measurement's name with its unit in parentheses and no number ("Age (years)", "BMI (kg/m²)",
 * "Systolic BP (mmHg)", or after a comma, "HbA1c, mmol/mol"; a category such as "20–29 (years)"
 * or "≥ 60 years" has numbers), or
 * carries a footnote mark that the table's notes define as a mean or median ("Age† … † Mean
 * (SD)"). A label that itself says n or % is a row of shares whatever its unit.
 */

const UNIT_LABEL =
  /^\p{L}[^\d<>≤≥=]*\(\s*(?:years?|yrs?|months?|weeks?|days?|hours?|minutes?|kg|g|cm|mm|kg\/m\s?(?:2|²)|mmhg|mg\/dl|g\/dl|mmol\/l|µmol\/l|umol\/l|bpm|iu\/l|u\/l|ng\/ml|pg\/ml)\s*\)\s*[†‡§¶]?$/iu;
/**
 * The same with the unit after a comma, as journals print it ("HbA1c, mmol/mol", "BMI, kg/m2",
 * "Age, years"): under "n (%)" rows, "HbA1c, mmol/mol 53 (11)" was read as 53 people, 11% (wild11).
 */
const COMMA_UNIT_LABEL =
  /^(\p{L}[^<>≤≥=,]*),\s*(?:years?|yrs?|months?|weeks?|days?|hours?|minutes?|kg|g|cm|mm|kg\/m\s?(?:2|²)|mmhg|mg\/dl|g\/dl|g\/l|mmol\/l|mmol\/mol|µmol\/l|umol\/l|bpm|beats\/min|iu\/l|u\/l|ng\/ml|pg\/ml|ml\/min(?:\/1\.73\s?m\s?(?:2|²))?)\s*[†‡§¶]?$/iu;
const SAYS_SHARES = /\bn\b|%|\bno\.|number|percent/iu;
const MARK = /([†‡§¶])$/u;

/** Whether a row labelled `label` (in a table whose notes `notes` gives) is a continuous variable's. */
export function isContinuousRow(label: string, notes: () => string): boolean {
  const l = label.trim();
  if (SAYS_SHARES.test(l)) return false;
  if (UNIT_LABEL.test(l)) return true;
  // A digit inside the measurement's name ("HbA1c", "CD4") is no category's number ("≥ 60").
  const named = COMMA_UNIT_LABEL.exec(l)?.[1];
  if (named !== undefined && !/(?<!\p{L})\d/u.test(named)) return true;
  const mark = MARK.exec(l)?.[1];
  return mark !== undefined && new RegExp(`${mark}\\s*(?:data\\s+are\\s+)?(?:mean|median)`, 'iu').test(notes());
}
