/**
 * Bahasa Indonesia or English, from function words and the decimal separator in
 * reported statistics. Only the language of the wording and the reading of thousands
 * separators in counts depend on it; the statistics are recognised in either language.
 */
import type { Lang } from './types.ts';

const ID_WORDS =
  /\b(yang|dan|dengan|pada|dari|adalah|ini|untuk|tidak|sebesar|terdapat|dalam|responden|nilai|hasil|penelitian|bahwa|sebanyak|atau)\b/gi;
const EN_WORDS = /\b(the|and|with|was|were|that|for|this|from|of|is|are|participants|results|study|between|which)\b/gi;

export function detectLanguage(text: string): Lang {
  // A sample is enough and keeps this linear in a fixed amount of text.
  const sample = text.length > 60000 ? text.slice(0, 30000) + text.slice(-30000) : text;
  const id = sample.match(ID_WORDS)?.length ?? 0;
  const en = sample.match(EN_WORDS)?.length ?? 0;
  if (id !== en) return id > en ? 'id' : 'en';
  const commas = sample.match(/\d,\d/g)?.length ?? 0;
  const points = sample.match(/\d\.\d/g)?.length ?? 0;
  return commas > points ? 'id' : 'en';
}
