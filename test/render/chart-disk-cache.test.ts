/**
 * What vega drew is kept on disk (src/render/chart.ts, src/disk-cache.ts): a new process
 * (here, a fresh copy of the module) reads a chart back instead of drawing it, the SVG is
 * the same bytes drawing gives, a changed spec gets its own entry, and a damaged entry is
 * drawn again.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers/tmp.ts';

const folder = tempDir();
process.env.NASKAH_CHART_CACHE = folder;

type Chart = typeof import('../../src/render/chart.ts');
/** chart.ts as a new process loads it: nothing in memory. */
async function fresh(): Promise<Chart> {
  vi.resetModules();
  return import('../../src/render/chart.ts');
}

const spec = (b: number) => ({
  data: {
    values: [
      { g: 'a', m: 1.5 },
      { g: 'b', m: b },
      { g: 'c<d', m: 2 },
    ],
  },
  mark: 'bar',
  encoding: {
    x: { field: 'g', type: 'nominal', title: 'Group' },
    y: { field: 'm', type: 'quantitative', title: 'Mean' },
  },
});
const entries = () => readdirSync(folder).filter((f) => f.endsWith('.json'));

describe('chart disk cache', () => {
  it('stores a drawing, reads it back in a new process, and gives the bytes drawing gives', async () => {
    const first = await fresh();
    const drawn = await first.chartToSvg(spec(3.25));
    expect(drawn).toBe(await first.drawInline(spec(3.25)));
    expect(drawn).toContain('aria-label');
    expect(entries()).toHaveLength(1);

    // Another process reads the entry: prove it by planting a different SVG under the same key.
    const [name] = entries();
    const file = join(folder, name!);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { svg: string };
    expect(stored.svg.startsWith('<svg')).toBe(true);
    writeFileSync(file, JSON.stringify({ svg: '<svg aria-label="planted <x>"></svg>' }));
    expect(await (await fresh()).chartToSvg(spec(3.25))).toBe('<svg aria-label="planted &lt;x&gt;"></svg>');

    // Put back, a new process gets the very bytes of the first drawing.
    writeFileSync(file, JSON.stringify(stored));
    expect(await (await fresh()).chartToSvg(spec(3.25))).toBe(drawn);
  });

  it('gives a changed spec its own entry, and draws a damaged entry again', async () => {
    const chart = await fresh();
    const before = new Set(entries());
    const other = await chart.chartToSvg(spec(4.5));
    expect(other).toBe(await chart.drawInline(spec(4.5)));
    const added = entries().filter((f) => !before.has(f));
    expect(added).toHaveLength(1);
    writeFileSync(join(folder, added[0]!), '{"svg": "<svg');
    expect(await (await fresh()).chartToSvg(spec(4.5))).toBe(other);
  });
});
