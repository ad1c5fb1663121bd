/**
 * APA 7 reference entries and in-text citation forms from BibTeX, with the words of one
 * language from its locale (src/report/locale/references.ts). Entries are Markdown
 * (*italics*), rendered later.
 */
import type { BibliographyEntry } from './document.ts';
import { initials, latexToText, parseNames, type BibEntry, type PersonName } from './bibtex.ts';
import type { ReferenceWords } from './locale/references.ts';

function apaName(p: PersonName): string {
  if (p.literal || !p.given) return p.family;
  return `${p.family}, ${initials(p.given)}`;
}

function editorName(p: PersonName): string {
  if (p.literal || !p.given) return p.family;
  return `${initials(p.given)} ${p.family}`;
}

function authorList(names: PersonName[]): string {
  const parts = names.map(apaName);
  if (parts.length === 1) return parts[0]!;
  if (parts.length <= 20) return `${parts.slice(0, -1).join(', ')}, & ${parts[parts.length - 1]}`;
  return `${parts.slice(0, 19).join(', ')}, … ${parts[parts.length - 1]}`;
}

const endWithPeriod = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

/** Reference entries and citation forms with one language's words (`localeOf(lang).references`). */
export function formatBibliography(entries: BibEntry[], w: ReferenceWords): Record<string, BibliographyEntry> {
  const out: Record<string, BibliographyEntry> = {};
  for (const e of entries) {
    const f = (k: string) => (e.fields[k] ? latexToText(e.fields[k]!) : undefined);
    const authors = parseNames(e.fields.author ?? e.fields.editor ?? '');
    const year = f('year') ?? w.nd;
    const title = f('title') ?? '';
    const families = authors.map((a) => a.family);
    const citeAuthors =
      families.length === 0
        ? title
        : families.length === 1
          ? families[0]!
          : families.length === 2
            ? `${families[0]} & ${families[1]}`
            : `${families[0]} ${w.etal}`;
    const head = `${authors.length ? endWithPeriod(authorList(authors)) : ''} (${year}).`;
    const doi = f('doi') ? ` https://doi.org/${f('doi')}` : f('url') ? ` ${f('url')}` : '';
    const pages = f('pages');
    let body: string;
    switch (e.type) {
      case 'article': {
        const vol = f('volume') ? `, *${f('volume')}*` : '';
        const num = f('number') ? `(${f('number')})` : '';
        body = `${endWithPeriod(title)} *${f('journal') ?? ''}*${vol}${num}${pages ? `, ${pages}` : ''}.`;
        break;
      }
      case 'incollection':
      case 'inbook': {
        const eds = e.fields.editor ? parseNames(e.fields.editor) : [];
        const edPart = eds.length
          ? `${eds.map(editorName).join(eds.length > 2 ? ', ' : ' & ')} (${eds.length > 1 ? w.eds : w.ed}), `
          : '';
        body = `${endWithPeriod(title)} ${w.in} ${edPart}*${f('booktitle') ?? ''}*${pages ? ` (${w.pp} ${pages})` : ''}. ${f('publisher') ?? ''}.`;
        break;
      }
      case 'book': {
        const ed = f('edition') && f('edition') !== '1' ? ` (${w.edition(f('edition')!)})` : '';
        const publisher = f('publisher');
        const samePublisher =
          publisher && authors.length === 1 && authors[0]!.literal && authors[0]!.family === publisher;
        body = `*${title}*${ed}.${publisher && !samePublisher ? ` ${publisher}.` : ''}`;
        break;
      }
      default:
        body = `*${title}*.${f('publisher') ? ` ${f('publisher')}.` : f('howpublished') ? ` ${f('howpublished')}.` : ''}`;
    }
    out[e.key] = {
      key: e.key,
      sortKey: `${(families[0] ?? title).toLowerCase()} ${year} ${title.toLowerCase()}`,
      citeAuthors,
      narrativeAuthors: families.length === 2 ? `${families[0]} ${w.and} ${families[1]}` : citeAuthors,
      citeYear: year,
      reference: `${head} ${body}${doi}`.replace(/\s+/g, ' ').trim(),
    };
  }
  return out;
}
