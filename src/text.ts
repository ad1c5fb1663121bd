/** Small text helpers shared by the stages that build labels and sentences. */
/**
 * A variable's label placed mid-sentence: first letter lower-cased, since a label is
 * written as a heading ("Age group" → "by age group"). A label is left as written when
 * its first word is an acronym or name with several capitals (PSS-10, SDS, DASS-42, AN)
 * or when every word of four letters or more is capitalised: a name of several words
 * ("Jawa Barat", "Puskesmas Kedaton", "Body Mass Index") keeps its capitals. Level labels are never
 * passed here: they are names the study wrote and print exactly as written.
 */
export function midSentence(label: string): string {
  const words = label.split(/\s+/);
  const first = words[0]?.split(':')[0] ?? '';
  if ((first.match(/\p{Lu}/gu) ?? []).length >= 2) return label;
  const long = words.filter((w) => /^\p{L}{4}/u.test(w));
  if (long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w))) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}
