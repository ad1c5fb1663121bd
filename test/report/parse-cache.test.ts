/**
 * Parsed Markdown is kept on disk (src/report/directives/parse.ts, src/disk-cache.ts): a new
 * process (here, a fresh copy of the module) reads a tree back instead of parsing, the tree is
 * the one the parser gives (as plain JSON data), a changed text gets its own entry, and a
 * damaged entry is parsed again.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers/tmp.ts';

const folder = tempDir();
process.env.NASKAH_MARKDOWN_CACHE = folder;

type Parse = typeof import('../../src/report/directives/parse.ts');
/** parse.ts as a new process loads it: nothing in memory. */
async function fresh(): Promise<Parse> {
  vi.resetModules();
  return import('../../src/report/directives/parse.ts');
}

const text = (n: string) => `## Hasil\n\nRerata skor adalah **${n}** (:cite[ref]).\n\n::figure{#fig-1}\n`;
/** What the parser itself gives, as the JSON data a stored entry holds. */
const parsedByHand = (md: string): unknown =>
  JSON.parse(JSON.stringify(unified().use(remarkParse).use(remarkDirective).parse(md)));
const entries = () => readdirSync(folder).filter((f) => f.endsWith('.json'));

describe('Markdown parse disk cache', () => {
  it('stores a tree, reads it back in a new process, and gives the tree parsing gives', async () => {
    const tree = (await fresh()).parseMarkdown(text('23,26'));
    expect(tree).toEqual(parsedByHand(text('23,26')));
    expect(entries()).toHaveLength(1);

    // Another process reads the entry: prove it by planting a different tree under the same key.
    const file = join(folder, entries()[0]!);
    const stored = readFileSync(file, 'utf8');
    writeFileSync(file, JSON.stringify({ type: 'root', children: [{ type: 'text', value: 'planted' }] }));
    expect((await fresh()).parseMarkdown(text('23,26'))).toEqual({
      type: 'root',
      children: [{ type: 'text', value: 'planted' }],
    });

    // Put back, a new process gets the parser's tree again.
    writeFileSync(file, stored);
    expect((await fresh()).parseMarkdown(text('23,26'))).toEqual(parsedByHand(text('23,26')));
  });

  it('gives a changed text its own entry, and parses a damaged entry again', async () => {
    const parse = await fresh();
    const before = new Set(entries());
    expect(parse.parseMarkdown(text('26,00'))).toEqual(parsedByHand(text('26,00')));
    const added = entries().filter((f) => !before.has(f));
    expect(added).toHaveLength(1);
    writeFileSync(join(folder, added[0]!), '{"type": "root", "chil');
    expect((await fresh()).parseMarkdown(text('26,00'))).toEqual(parsedByHand(text('26,00')));
  });

  it('hands out a copy: a plugin that rewrites its tree leaves the next caller untouched', async () => {
    const parse = await fresh();
    const first = parse.parseMarkdown(text('1,5'));
    first.children.length = 0;
    expect(parse.parseMarkdown(text('1,5'))).toEqual(parsedByHand(text('1,5')));
  });
});
