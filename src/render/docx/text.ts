/**
 * The reader's text of a .docx: one line per paragraph (a table row's cells joined by
 * tabs), footnotes after the body. For comparing two builds whose bytes differ
 * (`naskah verify`, `naskah diff`) and for tests; not a general Word reader.
 */
import { DOCX_XML_LIMIT } from '../../limits.ts';
import { listZip, readZip, unzippedSize } from './zip.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeEntities = (s: string) =>
  s.replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : (ENTITIES[e] ?? m),
  );

function partText(xml: string): string[] {
  const lines: string[] = [];
  // Table rows first become one line each; then every remaining paragraph is a line.
  const body = xml.replace(/<w:tr\b[\s\S]*?<\/w:tr>/g, (row) => {
    const cells = [...row.matchAll(/<w:tc\b[\s\S]*?<\/w:tc>/g)].map((c) => runsText(c[0]));
    return `<w:p><w:r><w:t>${cells.join('\t')}</w:t></w:r></w:p>`;
  });
  for (const p of body.matchAll(/<w:p\b[^>]*?(?:\/>|>[\s\S]*?<\/w:p>)/g)) lines.push(runsText(p[0]));
  return lines;
}

function runsText(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g))
    out += m[1] !== undefined ? decodeEntities(m[1]) : m[0] === '<w:tab/>' ? '\t' : '\n';
  return out;
}

/**
 * The text of a .docx, or undefined when the bytes are not one, or its text parts would
 * unpack to more than DOCX_XML_LIMIT (src/limits.ts): a .docx naskah wrote is far smaller.
 */
export function docxText(bytes: Uint8Array): string | undefined {
  const parts = listZip(bytes);
  if (!parts || unzippedSize(parts.filter((p) => p.name.endsWith('.xml'))) > DOCX_XML_LIMIT) return undefined;
  const zip = readZip(bytes);
  const document = zip?.get('word/document.xml');
  if (!zip || !document) return undefined;
  const text = (name: string) => {
    const b = zip.get(name);
    return b ? partText(Buffer.from(b).toString('utf8')) : [];
  };
  return [...text('word/document.xml'), ...text('word/footnotes.xml')].join('\n');
}
