/**
 * HTML: text without tags, scripts, styles or SVG (chart labels are not reported
 * results); block elements end lines and paragraphs end with a blank line; table rows
 * become tab-separated lines, with empty cells added for colspan and rowspan so columns
 * stay aligned; entities are decoded. Each text line remembers the source line it
 * starts on, which is what the report shows.
 */
import type { Extracted, Extractor } from './extractor.ts';
import { decodeText } from './text.ts';

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  minus: '\u2212',
  ndash: '–',
  mdash: '—',
  chi: 'χ',
  Chi: 'Χ',
  sup2: '²',
  sup3: '³',
  le: '≤',
  ge: '≥',
  plusmn: '±',
  times: '×',
  hellip: '…',
  middot: '·',
  alpha: 'α',
  beta: 'β',
  eta: 'η',
  omega: 'ω',
  phi: 'φ',
  rho: 'ρ',
  sigma: 'σ',
  mu: 'μ',
  chi2: 'χ²',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  deg: '°',
  frac12: '½',
  radic: '√',
  sum: '∑',
  asymp: '≈',
  ne: '≠',
  larr: '←',
  rarr: '→',
  shy: '\u00ad',
  copy: '©',
  reg: '®',
  eacute: 'é',
  Eacute: 'É',
  egrave: 'è',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  bull: '•',
  prime: '′',
  Prime: '″',
};

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z][a-zA-Z0-9]*);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? whole;
  });
}

const SKIP_CONTENT = new Set(['script', 'style', 'svg', 'head', 'template', 'noscript', 'math']);
const PARAGRAPH = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'table',
  'blockquote',
  'pre',
  'section',
  'article',
  'header',
  'footer',
  'figure',
  'main',
  'nav',
  'aside',
  'dl',
  'hr',
  'caption',
  'figcaption',
  'body',
  'html',
]);
const LINE = new Set(['br', 'li', 'tr', 'dt', 'dd', 'thead', 'tbody', 'tfoot', 'title']);

class Builder {
  private readonly parts: string[] = [];
  private line = '';
  private lineSrc = -1;
  readonly lines: number[] = [];
  private lastSrc = 1;
  private blankPending = 0;

  text(s: string, srcLine: number): void {
    if (!s) return;
    if (this.blankPending) this.flushBreaks();
    if (this.lineSrc < 0) this.lineSrc = srcLine;
    this.lastSrc = srcLine;
    this.line += s;
  }

  /** Ends the current line; `blank` asks for an empty line after it (a paragraph break). */
  lineBreak(blank: boolean): void {
    if (this.line.trim() === '' && this.parts.length === 0) {
      this.line = '';
      this.lineSrc = -1;
      return;
    }
    if (this.line !== '' || this.lineSrc >= 0) {
      this.parts.push(this.line.replace(/[ ]+$/, ''));
      this.lines.push(this.lineSrc >= 0 ? this.lineSrc : this.lastSrc);
      this.line = '';
      this.lineSrc = -1;
    }
    if (blank) this.blankPending = 1;
  }

  private flushBreaks(): void {
    if (this.parts.length && this.parts[this.parts.length - 1] !== '') {
      this.parts.push('');
      this.lines.push(this.lastSrc);
    }
    this.blankPending = 0;
  }

  get atLineStart(): boolean {
    return this.line === '' || this.line.endsWith('\t');
  }

  finish(): Extracted {
    this.lineBreak(false);
    while (this.parts.length && this.parts[this.parts.length - 1] === '') {
      this.parts.pop();
      this.lines.pop();
    }
    return { text: this.parts.join('\n'), lines: this.lines };
  }
}

export function htmlToText(html: string): Extracted {
  const lineStarts = [0];
  for (let i = 0; i < html.length; i++) if (html.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const srcLine = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const b = new Builder();
  let inCell = 0;
  let inPre = 0;
  // Table state: the next free column of the row, tabs written in it, and rowspans still covering columns.
  const tables: { col: number; tabs: number; spans: number[] }[] = [];
  const tagRe =
    /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!doctype[^>]*>|<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
  let pos = 0;
  const emitText = (from: number, to: number) => {
    const original = html.slice(from, to);
    if (!original) return;
    if (inPre) {
      original.split('\n').forEach((seg, i) => {
        if (i > 0) b.lineBreak(false);
        b.text(decodeEntities(seg), srcLine(from));
      });
      return;
    }
    let raw = original.replace(/\s+/g, ' ');
    if (b.atLineStart) raw = raw.replace(/^ /, '');
    if (raw) b.text(decodeEntities(raw), srcLine(from + (original.length - original.trimStart().length)));
  };
  const skipSpanned = (t: { col: number; spans: number[] }) => {
    while ((t.spans[t.col] ?? 0) > 0) {
      t.spans[t.col]!--;
      t.col++;
    }
  };
  const padTo = (t: { tabs: number }, col: number, at: number) => {
    for (; t.tabs < col; t.tabs++) b.text('\t', srcLine(at));
  };
  for (let m = tagRe.exec(html); m; m = tagRe.exec(html)) {
    emitText(pos, m.index);
    pos = m.index + m[0].length;
    const name = m[1]?.toLowerCase();
    if (!name) continue;
    const closing = m[0][1] === '/';
    const attrs = m[2] ?? '';
    if (!closing && SKIP_CONTENT.has(name) && !/\/\s*$/.test(attrs)) {
      const end = new RegExp(`</${name}\\s*>`, 'ig');
      end.lastIndex = pos;
      const e = end.exec(html);
      pos = e ? e.index + e[0].length : html.length;
      tagRe.lastIndex = pos;
      continue;
    }
    if (name === 'table') {
      if (!closing) tables.push({ col: 0, tabs: 0, spans: [] });
      else tables.pop();
      inCell = 0;
      b.lineBreak(true);
      continue;
    }
    const table = tables[tables.length - 1];
    if (name === 'tr' && table) {
      if (closing) {
        // Columns covered from above or by a colspan at the end of the row still count as cells.
        skipSpanned(table);
        padTo(table, table.col - 1, m.index);
      }
      inCell = 0;
      b.lineBreak(false);
      table.col = 0;
      table.tabs = 0;
      continue;
    }
    if ((name === 'td' || name === 'th') && table) {
      if (closing) {
        inCell = 0;
        continue;
      }
      inCell = 1;
      skipSpanned(table);
      padTo(table, table.col, m.index);
      const colspan = Math.max(1, Number(/colspan\s*=\s*["']?(\d+)/i.exec(attrs)?.[1] ?? 1));
      const rowspan = Math.max(1, Number(/rowspan\s*=\s*["']?(\d+)/i.exec(attrs)?.[1] ?? 1));
      if (rowspan > 1) for (let k = 0; k < colspan; k++) table.spans[table.col + k] = rowspan - 1;
      table.col += colspan;
      continue;
    }
    if (inCell) {
      if (name === 'br' || PARAGRAPH.has(name) || LINE.has(name)) b.text(' ', srcLine(m.index));
      continue;
    }
    if (name === 'pre') inPre = closing ? Math.max(0, inPre - 1) : inPre + 1;
    if (PARAGRAPH.has(name)) b.lineBreak(true);
    else if (LINE.has(name)) b.lineBreak(false);
  }
  emitText(pos, html.length);
  return b.finish();
}

export const htmlExtractor: Extractor = {
  name: 'HTML',
  extensions: ['.html', '.htm', '.xhtml'],
  async extract(data) {
    return htmlToText(decodeText(data));
  },
};
