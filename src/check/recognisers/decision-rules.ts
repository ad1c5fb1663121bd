/**
 * Text that states how a decision will be made, not a decision made: "Jika p-value < 0,05 H0
 * ditolak berarti … berpengaruh", "apabila sig > α maka tidak ada hubungan", and the level the
 * test is run at, "tingkat signifikansi α sebesar 0,05", which names a number like a p but is
 * the threshold. A finding read from either would judge a rule or a level as a result.
 */

/** A word that opens a rule (a condition and what follows from it). */
const RULE_WORD = /(?<![\p{L}])(?:jika|apabila|bila|kalau|if|kriteria|criteri(?:a|on)|ketentuan|syarat)(?![\p{L}])/iu;

/** "Jika umur 25 – 35 tahun dibandingkan dengan …", "bila dibandingkan": a comparison, not a condition. */
const COMPARING = /^(?:\s+\S+){0,6}?\s+dibanding(?:kan)?(?![\p{L}])/iu;
const RULE_WORDS = new RegExp(RULE_WORD.source, 'giu');

/** Does the text before a relation (from its clause's start) state it as a rule? */
export const statesRule = (before: string): boolean =>
  RULE_WORD.test(before) &&
  [...before.matchAll(RULE_WORDS)].some((m) => !COMPARING.test(before.slice(m.index! + m[0].length)));

/**
 * Is a matched "p" the level instead: "signifikansi α sebesar 0,05", "taraf signifikansi 0,05",
 * "tingkat signifikansi sebesar 5%"? `before` is the text right before the match.
 */
export const namesLevel = (match: string, before: string): boolean =>
  /(?<![\p{L}])(?:α|alpha)(?![\p{L}])/iu.test(match) || /(?<![\p{L}])(?:tingkat|taraf)\s*$/iu.test(before);
