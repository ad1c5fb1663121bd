/**
 * Rows of a table of counts and shares whose label names a measurement, not a category of people:
 * "Heart rate 82 (12.1)", "Systolic blood pressure 138 (18.4)", "Tekanan darah sistolik 138
 * (18,4)". Where the table does not say which rows are means (SD), such a row reads as a count and
 * its share, and against the table's n it was a false alarm (wild11). A label that names a
 * category ("High blood pressure", "BMI ≥30", "Age 65 or over", "Hipertensi") or says n or % is no
 * measurement's. Like ./whole-number-spread-rows.ts, such a row is only doubtful: its shares are
 * read where they fit the total they are held to, and not where they do not.
 */
import type { PairToken, PublishedRow } from './published-rows.ts';

const MEASURE =
  /^(?:(?:mean|average|rata-rata|rerata)\s+)?(?:(?:systolic|diastolic|sistolik|diastolik)\s+)?(?:heart\s+rate|pulse(?:\s+rate)?|respiratory\s+rate|(?:systolic|diastolic)?\s*blood\s+pressure|(?:systolic|diastolic)\s+bp|weight|body\s+weight|height|body\s+mass\s+index|bmi|waist(?:\s+circumference)?|temperature|(?:fasting\s+)?(?:blood\s+|plasma\s+)?glucose|(?:total\s+)?cholesterol|hdl(?:-c|\s+cholesterol)?|ldl(?:-c|\s+cholesterol)?|triglycerides?|creatinine|egfr|h(?:a)?emoglobin|hba1c|albumin|bilirubin|platelets?(?:\s+count)?|crp|c-reactive\s+protein|length\s+of\s+(?:hospital\s+)?stay|duration(?:\s+of\s+[\p{L}\s]+)?|age|umur|usia|berat\s+badan|tinggi\s+badan|lingkar\s+(?:pinggang|perut|lengan)|tekanan\s+darah(?:\s+(?:sistolik|diastolik))?|denyut\s+nadi|suhu(?:\s+tubuh)?|kadar\s+[\p{L}\s]+|lama\s+rawat(?:\s+inap)?|(?:[\p{L}-]+\s+){0,3}(?:score|skor|index|indeks))(?:\s*[,(]\s*[^\d<>≤≥=()]*\)?)?\s*[†‡§¶*]?$/iu;
const CATEGORY =
  /\d|[<>≤≥]|\b(?:high|low|elevated|normal|abnormal|raised|tinggi|rendah|normal|over|under|above|below|lebih|kurang)\b|\bn\b|%/iu;

/** The rows of `table` (each with the pairs it may be read for) whose label names a measurement. */
export function measureNamedRows(table: PublishedRow[], pairsOf: Map<PublishedRow, PairToken[]>): PublishedRow[] {
  return table.filter((r) => {
    // "Age 65 or over 60 (31.0)": a number before the pair is the category's ("65"), not a measure's row.
    if (!pairsOf.get(r)?.length || r.tokens[0]?.kind !== 'pair') return false;
    const label = r.label.replace(/[|:]+\s*$/u, '').trim();
    return MEASURE.test(label) && !CATEGORY.test(label.replace(/\b(?:hba1c|egfr)\b/giu, ''));
  });
}
