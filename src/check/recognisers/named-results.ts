/**
 * Results named by the comparison they test, so that one test reported in several places
 * (abstract, results, discussion, conclusion) can be recognised by its name when its values
 * differ: "hubungan antara pengetahuan dengan kepatuhan minum obat (p = 0,003)", "the
 * relationship between stigma and adherence, χ²(1) = 5.10, p = .024", "pengaruh penyuluhan
 * terhadap pengetahuan (p=0,001)", "the difference in anxiety between the two groups".
 *
 * The name is the set of content words from the relation word ("hubungan", "pengaruh",
 * "perbedaan", "korelasi", "relationship", "association", "difference", "effect", …) up to the
 * p, with function words left out; two results are the same test only when their names are
 * the same set (so "… pada kelompok intervensi" and "… pada kelompok kontrol" are two tests).
 * A sentence is read only when it names one comparison and cites one p; results from a
 * multivariable model, an adjusted or a subgroup analysis are not named (the same variables
 * legitimately give another p there), nor is anything in a text of several studies or
 * experiments ("Study 2", "Eksperimen 2"), which repeats its comparisons by name. Statistics of
 * different kinds or df under one name are several tests (checks/repeated-comparisons.ts).
 */
import type { Extraction, NamedResult } from '../types.ts';
import type { Span } from './segments.ts';

const RELATION =
  /\b(?:hubungan|pengaruh|perbedaan|korelasi|asosiasi|relationship|association|correlation|difference|effect|influence)\b/giu;
const OTHER_MODEL =
  /multivariat|multivariable|multivariate|regresi|regression|logisti[ck]|adjusted|disesuaikan|dikontrol|controlling|stratif|subgro|interaksi|interaction|moderat|mediat/iu;
const STOP = new Set(
  (
    'yang dan atau dengan antara terhadap pada di ke dari dalam oleh untuk sebagai bahwa ada tidak terdapat signifikan ' +
    'bermakna secara statistik nilai sebesar adalah yaitu uji hasil menunjukkan diperoleh didapatkan ini itu the of ' +
    'between and on in with for to a an was were is are there no not significant statistically test result results ' +
    'showed shows value found a by at as its their'
  ).split(' '),
);

function nameOf(clause: string): string[] {
  const words = clause
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 3 && !STOP.has(w));
  return [...new Set(words)].sort();
}

/** A text of several studies or experiments repeats its comparisons by name in each. */
const SEVERAL_STUDIES = /\b(?:Study|Experiment|Studi|Eksperimen|Percobaan|Penelitian)\s+(?:2|II|two|dua)\b/iu;

export function readNamedResults(text: string, sentences: Span[], extraction: Extraction): NamedResult[] {
  const out: NamedResult[] = [];
  if (SEVERAL_STUDIES.test(text)) return out;
  const ps = [...extraction.pValues].sort((a, b) => a.place.start - b.place.start);
  const tests = [...extraction.tests].sort((a, b) => a.place.start - b.place.start);
  let pi = 0;
  let ti = 0;
  for (const span of sentences) {
    while (pi < ps.length && ps[pi]!.place.start < span.start) pi++;
    while (ti < tests.length && tests[ti]!.place.start < span.start) ti++;
    const inSpan = [];
    for (let k = pi; k < ps.length && ps[k]!.place.start < span.end; k++) inSpan.push(ps[k]!);
    if (inSpan.length !== 1) continue;
    const sentence = text.slice(span.start, span.end);
    const rels = [...sentence.matchAll(RELATION)];
    if (rels.length !== 1 || OTHER_MODEL.test(sentence)) continue;
    const p = inSpan[0]!;
    const relAt = span.start + rels[0]!.index!;
    if (relAt > p.place.start) continue;
    // The name runs from the relation word to the p (or its statistic).
    let stat = null;
    for (let k = ti; k < tests.length && tests[k]!.place.start < p.place.start; k++)
      if (tests[k]!.place.start >= relAt) {
        stat = tests[k]!;
        break;
      }
    const nameEnd = stat ? stat.place.start : p.place.start;
    const name = nameOf(text.slice(relAt + rels[0]![0].length, nameEnd));
    if (name.length < 2) continue;
    out.push({
      key: `${rels[0]![0].toLowerCase()} ${name.join(' ')}`,
      p: p.p,
      test: stat ?? null,
      place: { start: relAt, end: p.p.end, quoteStart: span.start, quoteEnd: span.end },
    });
  }
  return out;
}
