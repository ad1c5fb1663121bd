/**
 * Which of a table's interval columns are ratios. A header that names an interval of another
 * estimate beside a ratio's — "BMI β (95% CI) | Obesity OR (95% CI)", "Difference (95% CI) | Risk
 * ratio (95% CI)" — has rows whose first interval is a coefficient's or a difference's, not a
 * ratio's: read as a ratio it is "not symmetric on the log scale", a false alarm. The header's
 * interval headings ("(95% CI)") are named by the estimate named last before each; a row is read
 * only when it has one interval per heading, and then only under the ratio headings. A header
 * that names no other estimate's interval leaves the row to the ratio reader as before.
 */

export type IntervalColumn = 'ratio' | 'other';

const CI_HEADING = /[([]?\s*\d{2}\s*%\s*(?:CI|C\.I\.?|confidence\s+intervals?)\s*[)\]]?/giu;
/** Ratio names: abbreviations in capitals only ("or" is a word). */
const RATIO_NAME =
  /\b(?:[acp]?OR|[CA]OR|a?RR|a?HR|IRR|a?PR)s?\b|\b(?:odds|hazard|ratios?|relative\s+risk|exp\s*\(\s*b\s*\))/gu;
const RATIO_NAME_I = /\b(?:odds|hazard|ratios?|relative\s+risk|exp\s*\(\s*b\s*\))/giu;
const OTHER_NAME = /β|\b(?:beta|B|b|coefficients?|differences?|MD|SMD|mean|median|slope)\b/giu;

/** The last place in `name` where `re` matches, or -1. */
function lastAt(name: string, re: RegExp): number {
  let at = -1;
  for (const m of name.matchAll(re)) at = m.index;
  return at;
}

/** The kinds of the interval columns a header line names, in order; null when none is another estimate's. */
export function intervalColumnKinds(headerLine: string): IntervalColumn[] | null {
  const kinds: IntervalColumn[] = [];
  let from = 0;
  for (const m of headerLine.matchAll(CI_HEADING)) {
    let name = headerLine.slice(from, m.index);
    const bar = name.lastIndexOf('|');
    if (bar >= 0) name = name.slice(bar + 1);
    const ratioAt = Math.max(lastAt(name, RATIO_NAME), lastAt(name, RATIO_NAME_I));
    kinds.push(lastAt(name, OTHER_NAME) > ratioAt ? 'other' : 'ratio');
    from = m.index + m[0].length;
  }
  return kinds.includes('other') ? kinds : null;
}
