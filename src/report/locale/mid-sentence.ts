/**
 * A label placed mid-sentence: first letter lower-cased, unless the first word is an
 * acronym or a name with several capitals (DASS-42, PSS-10), which stays as written.
 * Words after the first keep their case ("stress on the DASS-42 scale").
 */
export function mid(label: string): string {
  const first = label.split(/[\s:]/)[0] ?? '';
  if ((first.match(/[A-Z]/g) ?? []).length >= 2) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}
