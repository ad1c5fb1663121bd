/**
 * A factorial ANOVA table (`Question type (A)`, `Question level (B)`, `AB`, …, `Error`) tests every
 * effect against its one error row, whose df is the F's second df. With more than one error row
 * (a repeated-measures table's `Error(time)` beside `Error`, or one per sphericity correction)
 * which effect goes with which cannot be told, and only the rows the table reader already trusted
 * get a second df.
 */
interface Labelled {
  row: { label: string };
}

/** Whether `row` lies above the table's one error (within, residual) row. */
export function aboveSoleErrorRow<R extends Labelled>(rows: readonly R[], row: R, errorRow: RegExp): boolean {
  const errors = rows.filter((r) => errorRow.test(r.row.label));
  if (errors.length !== 1) return false;
  return rows.indexOf(row) < rows.indexOf(errors[0]!);
}
