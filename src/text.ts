/** Small text helpers shared by the stages that build labels and sentences. */
/**
 * A label placed mid-sentence: first letter lower-cased, unless the first word is an
 * acronym or name written with several capitals (PSS-10, SDS, DASS-42, AN).
 */
export function midSentence(label: string): string {
  const first = label.split(/[\s:]/)[0] ?? '';
  if ((first.match(/[A-Z]/g) ?? []).length >= 2) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}
