/**
 * The author line of a title page: affiliations numbered once in order of first use, and
 * the marks beside each author — every author with an affiliation carries its number when
 * there are several affiliations, and the corresponding author an asterisk. HTML and DOCX
 * both print it from here.
 */
import type { Document } from '../report/document.ts';

type Author = Document['authors'][number];

export interface TitlePageAuthors {
  authors: (Author & { affiliationIndex?: number })[];
  /** Each affiliation once, in order of first use; numbered when there are several. */
  affiliations: { number: number | ''; text: string }[];
  /** The corresponding author with an email, for the correspondence line. */
  corresponding?: Author;
}

export function titlePageAuthors(authors: Author[]): TitlePageAuthors {
  const affiliations: string[] = [];
  for (const a of authors) if (a.affiliation && !affiliations.includes(a.affiliation)) affiliations.push(a.affiliation);
  // Numbers only once every affiliation is known: the first author's mark depends on the last one's.
  const numbered = affiliations.length > 1;
  return {
    authors: authors.map((a) =>
      numbered && a.affiliation ? { ...a, affiliationIndex: affiliations.indexOf(a.affiliation) + 1 } : { ...a },
    ),
    affiliations: affiliations.map((text, i) => ({ number: numbered ? i + 1 : '', text })),
    corresponding: authors.find((a) => a.corresponding && a.email),
  };
}
