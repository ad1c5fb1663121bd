/**
 * Checked and compiled layouts are kept on disk (src/render/template.ts): a new process
 * (here, a fresh copy of the module) runs the stored compiled form instead of parsing,
 * checking and compiling again, and renders the same bytes; a template that fails its
 * checks is never stored, and a damaged entry is compiled again.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers/tmp.ts';

const folder = tempDir();
process.env.NASKAH_TEMPLATE_CACHE = folder;
const root = tempDir();

type TemplateModule = typeof import('../../src/render/template.ts');
/** template.ts as a new process loads it: nothing in memory. */
async function fresh(): Promise<TemplateModule> {
  vi.resetModules();
  return import('../../src/render/template.ts');
}

const LAYOUT = `<!DOCTYPE html>
<html lang="{{lang}}"><head><meta charset="utf-8"><title>{{title}}</title><style>{{{css}}}</style></head>
<body>{{> banner}}<h1>{{title}}</h1>{{{body}}}</body></html>
`;
const DATA = { lang: 'en', title: 'A & B <c>', body: '<p>body</p>', css: 'p{}' };

function study(name: string, layout: string, banner = '<div class="banner">{{title}}</div>'): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'jurnal', 'partials'), { recursive: true });
  writeFileSync(join(dir, 'jurnal', 'layout.hbs'), layout);
  writeFileSync(join(dir, 'jurnal', 'style.css'), 'body{}');
  writeFileSync(join(dir, 'jurnal', 'partials', 'banner.hbs'), banner);
  return dir;
}
const entries = () => readdirSync(folder).filter((f) => f.endsWith('.json'));

describe('template disk cache', () => {
  it('stores the compiled layout and partials, runs them in a new process, and renders the same bytes', async () => {
    const dir = study('a', LAYOUT);
    const first = (await fresh()).loadTemplate('jurnal', { dir }).layout(DATA);
    expect(first).toContain('<div class="banner">A &amp; B &lt;c&gt;</div>');
    expect(entries()).toHaveLength(1);
    const file = join(folder, entries()[0]!);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { layout: string; partials: Record<string, string> };
    expect(Object.keys(stored.partials)).toEqual(['banner']);

    // A new process runs what is stored: prove it with a stored partial of other text.
    const other = (await fresh()).loadTemplate('jurnal', { dir: study('b', LAYOUT, '<i>{{title}}</i>') }).layout(DATA);
    const planted = JSON.parse(readFileSync(join(folder, entries().find((f) => join(folder, f) !== file)!), 'utf8'));
    writeFileSync(file, JSON.stringify({ ...stored, partials: planted.partials }));
    expect((await fresh()).loadTemplate('jurnal', { dir }).layout(DATA)).toBe(other);

    writeFileSync(file, JSON.stringify(stored));
    expect((await fresh()).loadTemplate('jurnal', { dir }).layout(DATA)).toBe(first);
    // A damaged entry is compiled again, to the same bytes.
    writeFileSync(file, '{"layout": 1}');
    expect((await fresh()).loadTemplate('jurnal', { dir }).layout(DATA)).toBe(first);
  });

  it('stores nothing for a layout that fails its checks', async () => {
    const before = entries().length;
    const dir = study('bad', LAYOUT.replace('{{{body}}}', '{{{title}}}'));
    const load = async () => (await fresh()).loadTemplate('jurnal', { dir });
    await expect(load()).rejects.toThrow(/title/);
    await expect(load()).rejects.toThrow(/title/);
    expect(entries().length).toBe(before);
  });
});
