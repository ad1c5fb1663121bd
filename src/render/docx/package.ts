/**
 * The .docx the docx library packed → the .docx naskah writes: the same inputs give the
 * same bytes, and a journal's reference document restyles it.
 *
 * - docProps/core.xml: created and modified are the build's fixed date, not the clock.
 * - Drawing ids (wp:docPr) count from 1 in document order (the library counts on from
 *   one document to the next in a process); relationship ids the library draws at random
 *   (hyperlinks) become their rank in the part's relationships.
 * - The zip: [Content_Types].xml first, then every part by name, each stamped with the
 *   fixed date (zip.ts).
 * - With a reference: its styles.xml (plus naskah's styles it lacks), theme, font table,
 *   page size and margins.
 */
import type { ReferenceDocx } from './reference.ts';
import { readZip, writeZip } from './zip.ts';

export interface PackageOptions {
  date: Date;
  /** Word language tag of the manuscript (id-ID, en-US): the default run language of every style set. */
  lang: string;
  reference?: ReferenceDocx;
}

const utf8 = (b: Uint8Array) => Buffer.from(b).toString('utf8');
const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

export function reproduciblePackage(packed: Uint8Array, options: PackageOptions): Uint8Array {
  const parts = readZip(packed);
  if (!parts) throw new Error('the docx library produced no readable zip');
  const texts = new Map<string, string>();
  for (const [name, data] of parts) if (/\.(xml|rels)$/.test(name)) texts.set(name, utf8(data));

  const stamp = `${options.date.toISOString().slice(0, 19)}Z`;
  const core = texts.get('docProps/core.xml');
  if (core)
    texts.set(
      'docProps/core.xml',
      core.replace(
        /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
        (_m, open: string, _k, close: string) => `${open}${stamp}${close}`,
      ),
    );

  renumberRelationships(texts);
  for (const [name, xml] of texts) {
    let n = 0;
    if (xml.includes('<wp:docPr '))
      texts.set(
        name,
        xml.replace(/(<wp:docPr id=")\d+"/g, (_m, a: string) => `${a}${++n}"`),
      );
  }

  const styles = texts.get('word/styles.xml');
  if (styles)
    texts.set(
      'word/styles.xml',
      withLanguage(options.reference ? mergeStyles(options.reference.styles, styles) : styles, options.lang),
    );
  if (options.reference) {
    const ref = options.reference;
    const document = texts.get('word/document.xml');
    if (document)
      texts.set(
        'word/document.xml',
        document
          .replace(/<w:pgSz\b[^>]*\/>/g, (m) => ref.pageSize ?? m)
          .replace(/<w:pgMar\b[^>]*\/>/g, (m) => ref.pageMargins ?? m),
      );
    if (ref.theme && parts.has('word/theme/theme1.xml')) texts.set('word/theme/theme1.xml', utf8(ref.theme));
    if (ref.fontTable && parts.has('word/fontTable.xml')) texts.set('word/fontTable.xml', utf8(ref.fontTable));
  }

  for (const [name, xml] of texts) parts.set(name, bytes(xml));
  const names = [...parts.keys()].sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return writeZip(
    names.map((n) => [n, parts.get(n)!]),
    options.date,
  );
}

/**
 * Relationship ids that are not Word's usual `rId<n>` (the library draws hyperlinks' at
 * random) become `rIdN<rank>`, in the order of the relationships file, in that file and
 * in the part it belongs to.
 */
function renumberRelationships(texts: Map<string, string>) {
  for (const [name, rels] of texts) {
    const m = /^(.*)_rels\/([^/]+)\.rels$/.exec(name);
    if (!m) continue;
    const part = `${m[1]}${m[2]}`;
    const ids = [...rels.matchAll(/\bId="([^"]+)"/g)].map((x) => x[1]!).filter((id) => !/^rId\d+$/.test(id));
    if (!ids.length) continue;
    const rename = new Map(ids.map((id, i) => [id, `rIdN${i + 1}`]));
    const swap = (xml: string) =>
      xml.replace(/"([^"]+)"/g, (q, id: string) => (rename.has(id) ? `"${rename.get(id)}"` : q));
    texts.set(name, swap(rels));
    const xml = texts.get(part);
    if (xml) texts.set(part, swap(xml));
  }
}

const styleBlocks = (xml: string) =>
  [...xml.matchAll(/<w:style\b[^>]*?w:styleId="([^"]+)"[^>]*?(?:\/>|>[\s\S]*?<\/w:style>)/g)].map((m) => ({
    id: m[1]!,
    xml: m[0],
  }));

/** The reference's styles, and after them every naskah style whose id the reference does not define. */
function mergeStyles(reference: string, own: string): string {
  // A style's list numbering points into the reference's numbering.xml, which naskah's
  // package does not carry (its own lists' numbering has the same ids): a heading style
  // numbered in the template would show naskah's bullets. naskah numbers no heading.
  reference = reference.replace(/<w:numPr>[\s\S]*?<\/w:numPr>/g, '');
  const defined = new Set(styleBlocks(reference).map((s) => s.id));
  const missing = styleBlocks(own)
    .filter((s) => !defined.has(s.id))
    .map((s) => s.xml)
    .join('');
  const end = reference.lastIndexOf('</w:styles>');
  return end < 0 ? reference : reference.slice(0, end) + missing + reference.slice(end);
}

/** The document's language as the default run language: spelling and hyphenation follow the manuscript. */
function withLanguage(styles: string, lang: string): string {
  const tag = `<w:lang w:val="${lang}"/>`;
  const rPrDefault = /<w:rPrDefault>\s*<w:rPr>([\s\S]*?)<\/w:rPr>\s*<\/w:rPrDefault>/.exec(styles);
  if (rPrDefault) {
    const inner = rPrDefault[1]!;
    const langEl = /<w:lang\b[^>]*?(\/>|>\s*<\/w:lang>)/;
    const fixed = langEl.test(inner)
      ? inner.replace(langEl, (el) =>
          /\bw:val="/.test(el)
            ? el.replace(/\bw:val="[^"]*"/, `w:val="${lang}"`)
            : el.replace('<w:lang', `<w:lang w:val="${lang}"`),
        )
      : inner + tag;
    return styles.replace(rPrDefault[0], `<w:rPrDefault><w:rPr>${fixed}</w:rPr></w:rPrDefault>`);
  }
  if (/<w:docDefaults>/.test(styles))
    return styles.replace('<w:docDefaults>', `<w:docDefaults><w:rPrDefault><w:rPr>${tag}</w:rPr></w:rPrDefault>`);
  return styles.replace(
    /(<w:styles\b[^>]*>)/,
    `$1<w:docDefaults><w:rPrDefault><w:rPr>${tag}</w:rPr></w:rPrDefault></w:docDefaults>`,
  );
}
