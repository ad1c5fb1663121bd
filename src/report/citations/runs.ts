/**
 * Formatted text as runs: a list of text pieces, each with its character formatting. This
 * is what the citation engine hands to writers (HTML here, a Word writer later), so no
 * writer has to parse markup. citeproc's HTML output is the source: it uses a small, fixed
 * set of tags (i, b, sup, sub, small-caps and normal-style spans, the left-margin and
 * right-inline divs of numbered lists, links) and escapes everything else.
 */

export interface InlineRun {
  text: string;
  italic?: boolean;
  bold?: boolean;
  superscript?: boolean;
  subscript?: boolean;
  smallCaps?: boolean;
}

interface Style {
  italic: boolean;
  bold: boolean;
  superscript: boolean;
  subscript: boolean;
  smallCaps: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}

/** How one opening tag changes the style; undefined for tags that only group. */
function styleOf(tag: string, attrs: string, current: Style): Style {
  const s = { ...current };
  if (tag === 'i' || tag === 'em') s.italic = true;
  else if (tag === 'b' || tag === 'strong') s.bold = true;
  else if (tag === 'sup') s.superscript = true;
  else if (tag === 'sub') s.subscript = true;
  else if (tag === 'span') {
    const style = /style="([^"]*)"/.exec(attrs)?.[1] ?? '';
    if (/font-variant:\s*small-caps/.test(style)) s.smallCaps = true;
    if (/font-style:\s*normal/.test(style)) s.italic = false;
    if (/font-style:\s*italic/.test(style)) s.italic = true;
    if (/font-weight:\s*bold/.test(style)) s.bold = true;
    if (/font-weight:\s*normal/.test(style)) s.bold = false;
    if (/font-variant:\s*normal/.test(style)) s.smallCaps = false;
  }
  return s;
}

/**
 * Runs of recent HTML strings: every study of a batch cites naskah's own references and
 * formats the same few citations and entries, and citeproc's answers come from its cache as
 * the same strings. Callers get fresh copies (they may change a run). Bounded, oldest first out.
 */
const readRuns = new Map<string, readonly InlineRun[]>();
const READ_RUNS_MAX = 2048;

/** citeproc HTML (one citation or one bibliography entry) → runs, adjacent equal styles merged. */
export function htmlToRuns(html: string): InlineRun[] {
  let runs = readRuns.get(html);
  if (!runs) {
    runs = readHtmlRuns(html);
    if (readRuns.size >= READ_RUNS_MAX) readRuns.delete(readRuns.keys().next().value!);
    readRuns.set(html, runs);
  }
  return runs.map((r) => ({ ...r }));
}

function readHtmlRuns(html: string): InlineRun[] {
  const runs: InlineRun[] = [];
  const stack: Style[] = [{ italic: false, bold: false, superscript: false, subscript: false, smallCaps: false }];
  const push = (raw: string) => {
    const text = decodeEntities(raw);
    if (!text) return;
    const s = stack[stack.length - 1]!;
    const run: InlineRun = { text };
    if (s.italic) run.italic = true;
    if (s.bold) run.bold = true;
    if (s.superscript) run.superscript = true;
    if (s.subscript) run.subscript = true;
    if (s.smallCaps) run.smallCaps = true;
    const last = runs[runs.length - 1];
    if (last && sameStyle(last, run)) last.text += text;
    else runs.push(run);
  };
  const tagRe = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g;
  let last = 0;
  for (const m of html.matchAll(tagRe)) {
    push(html.slice(last, m.index));
    last = m.index + m[0].length;
    const [, closing, name, attrs] = m;
    const tag = name!.toLowerCase();
    if (tag === 'br') {
      push(' ');
      continue;
    }
    if (closing) {
      if (stack.length > 1) stack.pop();
    } else if (!attrs!.endsWith('/')) stack.push(styleOf(tag, attrs!, stack[stack.length - 1]!));
  }
  push(html.slice(last));
  return trimRuns(runs);
}

export function sameStyle(a: InlineRun, b: InlineRun): boolean {
  return (
    !!a.italic === !!b.italic &&
    !!a.bold === !!b.bold &&
    !!a.superscript === !!b.superscript &&
    !!a.subscript === !!b.subscript &&
    !!a.smallCaps === !!b.smallCaps
  );
}

/** Collapses the whitespace citeproc leaves between block elements and trims both ends. */
function trimRuns(runs: InlineRun[]): InlineRun[] {
  for (const r of runs) r.text = r.text.replace(/\s+/g, (ws) => (ws.includes('\u00a0') ? ws : ' '));
  while (runs.length && !runs[0]!.text.trim()) runs.shift();
  while (runs.length && !runs[runs.length - 1]!.text.trim()) runs.pop();
  if (runs.length) {
    runs[0]!.text = runs[0]!.text.replace(/^\s+/, '');
    runs[runs.length - 1]!.text = runs[runs.length - 1]!.text.replace(/\s+$/, '');
  }
  return runs;
}

export function runsToText(runs: InlineRun[]): string {
  return runs.map((r) => r.text).join('');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Runs → escaped HTML with <em>, <strong>, <sup>, <sub> (what the sanitised manuscript allows). */
export function runsToHtml(runs: InlineRun[]): string {
  return runs
    .map((r) => {
      let h = escapeHtml(r.text);
      if (r.italic) h = `<em>${h}</em>`;
      if (r.bold) h = `<strong>${h}</strong>`;
      if (r.superscript) h = `<sup>${h}</sup>`;
      if (r.subscript) h = `<sub>${h}</sub>`;
      return h;
    })
    .join('');
}
