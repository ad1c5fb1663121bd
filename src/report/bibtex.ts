/**
 * A small BibTeX reader for the entries studies cite: `@type{key, field = {…} | "…" | 123}`,
 * with nested braces, `#`-free values, and the LaTeX accents and escapes that occur in
 * reference lists (`{\`e}`, `\&`, `--`). Errors carry the line of the broken entry.
 */
import { NaskahError } from '../errors.ts';

export interface BibEntry {
  type: string;
  key: string;
  fields: Record<string, string>;
  line: number;
}

const ACCENTS: Record<string, Record<string, string>> = {
  '`': { a: 'à', e: 'è', i: 'ì', o: 'ò', u: 'ù', A: 'À', E: 'È' },
  "'": { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', A: 'Á', E: 'É', c: 'ć', n: 'ń', s: 'ś', z: 'ź' },
  '^': { a: 'â', e: 'ê', i: 'î', o: 'ô', u: 'û' },
  '"': { a: 'ä', e: 'ë', i: 'ï', o: 'ö', u: 'ü', A: 'Ä', O: 'Ö', U: 'Ü' },
  '~': { a: 'ã', n: 'ñ', o: 'õ', N: 'Ñ' },
};

/** LaTeX in a field value → plain Unicode text. */
export function latexToText(s: string): string {
  return s
    .replace(/\{\\([`'^"~])\{?([A-Za-z])\}?\}/g, (_m, acc: string, ch: string) => ACCENTS[acc]?.[ch] ?? ch)
    .replace(/\\([`'^"~])\{?([A-Za-z])\}?/g, (_m, acc: string, ch: string) => ACCENTS[acc]?.[ch] ?? ch)
    .replace(/\\&/g, '&')
    .replace(/\\%/g, '%')
    .replace(/\\_/g, '_')
    .replace(/---/g, '—')
    .replace(/--/g, '–')
    .replace(/``([^`']*)''/g, '\u201c$1\u201d')
    .replace(/`([^`']*(?:'[a-z][^`']*)*)'/g, '\u2018$1\u2019')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const parsed = new Map<string, BibEntry[]>();

/** Parses a bibliography; the same text (e.g. the built-in references) is parsed once per process. */
export function parseBibtex(text: string, file: string): BibEntry[] {
  const key = `${file}\u0000${text}`;
  const hit = parsed.get(key);
  if (hit) return hit;
  const entries = parseBibtexText(text, file);
  parsed.set(key, entries);
  return entries;
}

function parseBibtexText(text: string, file: string): BibEntry[] {
  const entries: BibEntry[] = [];
  let i = 0;
  const lineAt = (pos: number) => text.slice(0, pos).split('\n').length;
  const fail = (pos: number, message: string): never => {
    throw new NaskahError('bibtex/syntax', message, {
      location: { file, line: lineAt(pos) },
      hint: 'Each entry looks like @article{key, author = {…}, title = {…}, year = {1983}}.',
    });
  };
  while (true) {
    const at = text.indexOf('@', i);
    if (at < 0) break;
    const m = /^@([A-Za-z]+)\s*\{\s*([^,\s]+)\s*,/.exec(text.slice(at));
    if (!m) {
      // `@` inside a comment line or a value outside entries: skip it.
      i = at + 1;
      continue;
    }
    const type = m[1]!.toLowerCase();
    if (type === 'comment' || type === 'preamble' || type === 'string') {
      i = at + 1;
      continue;
    }
    const key = m[2]!;
    let pos = at + m[0].length;
    const fields: Record<string, string> = {};
    while (true) {
      while (/[\s,]/.test(text[pos] ?? '')) pos++;
      if (text[pos] === '}') {
        pos++;
        break;
      }
      if (pos >= text.length) fail(at, `the entry "${key}" is not closed with "}"`);
      const fm = /^([A-Za-z][\w-]*)\s*=\s*/.exec(text.slice(pos));
      if (!fm) fail(pos, `expected "field = value" in the entry "${key}"`);
      const name = fm![1]!.toLowerCase();
      pos += fm![0].length;
      let value = '';
      if (text[pos] === '{') {
        let depth = 0;
        const start = pos;
        for (; pos < text.length; pos++) {
          if (text[pos] === '{') depth++;
          else if (text[pos] === '}') {
            depth--;
            if (depth === 0) break;
          }
        }
        if (depth !== 0) fail(start, `unbalanced braces in the field "${name}" of "${key}"`);
        value = text.slice(start + 1, pos);
        pos++;
      } else if (text[pos] === '"') {
        const end = text.indexOf('"', pos + 1);
        if (end < 0) fail(pos, `unterminated quote in the field "${name}" of "${key}"`);
        value = text.slice(pos + 1, end);
        pos = end + 1;
      } else {
        const vm = /^[^,}\s]+/.exec(text.slice(pos));
        value = vm ? vm[0] : '';
        pos += value.length;
      }
      fields[name] = value;
    }
    entries.push({ type, key, fields, line: lineAt(at) });
    i = pos;
  }
  return entries;
}

export interface PersonName {
  family: string;
  given: string;
  /** Corporate author written in braces: `{World Health Organization}`. */
  literal: boolean;
}

/** `Cohen, Sheldon and Kamarck, Tom` → names; a braced name is corporate. */
export function parseNames(field: string): PersonName[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  const tokens = field.split(/(\s+and\s+|[{}])/);
  for (const t of tokens) {
    if (t === '{') depth++;
    if (t === '}') depth--;
    if (/^\s+and\s+$/.test(t) && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += t;
  }
  parts.push(cur);
  return parts.map((p) => {
    const raw = p.trim();
    if (/^\{.*\}$/.test(raw) && !raw.slice(1, -1).includes('{'))
      return { family: latexToText(raw), given: '', literal: true };
    const text = latexToText(raw);
    if (text.includes(',')) {
      const [family = '', given = ''] = text.split(',', 2);
      return { family: family.trim(), given: given.trim(), literal: false };
    }
    const words = text.split(' ');
    if (words.length === 1) return { family: text, given: '', literal: false };
    return { family: words[words.length - 1]!, given: words.slice(0, -1).join(' '), literal: false };
  });
}

/** `Sheldon` → `S.`, `Marcel A. L. M.` → `M. A. L. M.`, `Jean-Paul` → `J.-P.`. */
export function initials(given: string): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((w) =>
      w
        .split('-')
        .map((part) => (part ? `${part[0]!.toUpperCase()}.` : ''))
        .join('-'),
    )
    .join(' ');
}
