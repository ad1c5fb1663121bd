/**
 * Decimal marks and digit grouping in a column of numbers written as text (CSV).
 *
 * Indonesian spreadsheets write one thousand two hundred fifty as `1.250` and one and a
 * half as `1,5`; English ones write `1,250` and `1.5`. Read with the wrong convention,
 * `1.250` silently becomes 1.25. So a column is looked at as a whole before any cell is
 * converted: the file's decimal mark (`data.decimal`, `,` with the `;` separator) decides,
 * the other mark is read as digit grouping only when every cell that holds it is grouped
 * exactly (1–3 leading digits, then groups of three) and no other cell of four or more
 * digits goes ungrouped; a column where the other mark cannot be grouping (`52.5` beside
 * `39,5`), or where it could be either, is an error naming the cells, never a guess.
 */
import type { SourceLocation } from '../errors.ts';

export type DecimalMark = '.' | ',';

/** A column-level verdict: how to read its cells, or why they cannot be read safely. */
export type ColumnReading =
  | {
      ok: true /** Text of a cell → the number text parseNumber reads (grouping removed). */;
      normalise(s: string): string;
    }
  | { ok: false; code: string; message: string; hint: string; row: number };

interface Example {
  text: string;
  row: number;
}

const escapeRe = (c: string) => (c === '.' ? '\\.' : c);

/**
 * Looks at every non-empty cell of a column (`cells[r]`, trimmed text or null) written with
 * decimal mark `decimal`. `where(r)` says where a cell is, for the message. `reader` says
 * who reads: a study declares its decimal mark in study.yaml, `naskah stat` takes the one
 * that goes with the file's separator, so the way out the hint names differs.
 */
export function readDecimalColumn(
  cells: (r: number) => string | null,
  n: number,
  decimal: DecimalMark,
  where: (r: number) => SourceLocation,
  reader: 'study' | 'stat' = 'study',
): ColumnReading {
  const other: DecimalMark = decimal === ',' ? '.' : ',';
  const d = escapeRe(decimal);
  const o = escapeRe(other);
  const grouped = new RegExp(`^[+-]?[1-9]\\d{0,2}(?:${o}\\d{3})+(?:${d}\\d+)?$`);
  const ownDecimal = new RegExp(`^[+-]?\\d*${d}\\d+$`);
  const otherDecimal = new RegExp(`^[+-]?\\d*${o}\\d+$`);
  const longPlain = new RegExp(`^[+-]?\\d{4,}(?:${d}\\d*)?$`);
  let firstGrouped: Example | undefined;
  let firstOwn: Example | undefined;
  let firstOther: Example | undefined;
  let firstLong: Example | undefined;
  for (let r = 0; r < n; r++) {
    const s = cells(r);
    if (s === null || (!s.includes(other) && !s.includes(decimal) && s.length < 4)) continue;
    if (grouped.test(s)) firstGrouped ??= { text: s, row: r };
    else if (ownDecimal.test(s)) firstOwn ??= { text: s, row: r };
    else if (otherDecimal.test(s)) firstOther ??= { text: s, row: r };
    if (longPlain.test(s)) firstLong ??= { text: s, row: r };
  }
  const cell = (e: Example) => {
    const loc = where(e.row);
    return `"${e.text}" (row ${loc.row ?? e.row + 2}, column ${loc.csvColumn ?? '?'})`;
  };
  const declare =
    reader === 'study'
      ? `declare \`data: { decimal: "${other}" }\` in study.yaml if "${other}" is the file's decimal mark`
      : `save the file with ${other === '.' ? '"," between values' : '";" between values'} if "${other}" is its decimal mark (naskah stat reads "${other}" as the decimal mark of a file separated by ${other === '.' ? '","' : '";"'})`;
  if (firstOwn && firstOther) {
    return {
      ok: false,
      code: 'data/mixed-decimal-marks',
      message: `the column mixes decimal marks: ${cell(firstOwn)} uses "${decimal}" but ${cell(firstOther)} uses "${other}"`,
      hint: `Write every number of the file with the same decimal mark ("${decimal}" for this file), or ${declare}.`,
      row: firstOther.row,
    };
  }
  if (firstGrouped && (firstOther || firstLong)) {
    const odd = (firstOther ?? firstLong)!;
    return {
      ok: false,
      code: 'data/ambiguous-number',
      message: firstOther
        ? `${cell(firstGrouped)} could be ${groupedValue(firstGrouped.text, decimal, other)} (with "${other}" grouping thousands) or a decimal, since ${cell(firstOther)} uses "${other}" as a decimal mark`
        : `${cell(firstGrouped)} groups thousands with "${other}" but ${cell(odd)} does not, so "${other}" may be a decimal mark`,
      hint: `Remove the thousands grouping from the column (write 1250, not 1${other}250), or ${declare}.`,
      row: firstGrouped.row,
    };
  }
  if (firstGrouped) {
    const strip = new RegExp(o, 'g');
    return { ok: true, normalise: (s) => (grouped.test(s) ? s.replace(strip, '') : s) };
  }
  return { ok: true, normalise: (s) => s };
}

function groupedValue(text: string, decimal: DecimalMark, other: DecimalMark): string {
  return text.split(other).join('').replace(decimal, '.');
}
