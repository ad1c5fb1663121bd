/**
 * The citation engine of one manuscript: naskah's built-in references (the instrument
 * manuals and statistical methods its generated text cites) and the study's own
 * references.bib, in the study's citation style (APA 7 unless `citationStyle:` says
 * otherwise), with the terms of the manuscript's language ("dkk.", "hlm.", "diakses").
 * Formatting is citeproc's (src/report/citations/); this module only assembles the inputs.
 */
import type { Lang, Study } from '../study/types.ts';
import { parseBibtex } from './bibtex.ts';
import { BUILTIN_BIBTEX } from './builtin-references.ts';
import { localeOf } from './locale/index.ts';
import { type CitationEngine, type CitationStyleSource, createCitationEngine, isStyleName } from './citations/index.ts';

export function studyCitations(study: Study, lang: Lang): CitationEngine {
  const entries = [
    ...parseBibtex(BUILTIN_BIBTEX, 'naskah built-in references'),
    // Later entries win: the study's own entry for a key replaces naskah's.
    ...(study.bibliography ? parseBibtex(study.bibliography.text, study.bibliography.file) : []),
  ];
  const s = study.citationStyle;
  const style: CitationStyleSource | undefined =
    s === undefined ? undefined : 'xml' in s ? s : isStyleName(s.name) ? { name: s.name } : undefined;
  const words = localeOf(lang).references;
  return createCitationEngine({
    entries,
    style,
    lang,
    locale: words.csl,
    ...(words.cslLocale ? { localeXml: words.cslLocale } : {}),
  });
}
