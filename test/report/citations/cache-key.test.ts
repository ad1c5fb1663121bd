/**
 * cacheKeyWithItems (src/report/citations/cache.ts) gives the key cacheKey gives for the same
 * inputs, so the entries already on disk stay valid, and follows an item's content.
 */
import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../../src/report/bibtex.ts';
import { BUILTIN_BIBTEX } from '../../../src/report/builtin-references.ts';
import { cacheKey, cacheKeyWithItems } from '../../../src/report/citations/cache.ts';

describe('cacheKeyWithItems', () => {
  const items = parseBibtex(BUILTIN_BIBTEX, 'naskah built-in references');

  it('is the key cacheKey gives with the items as the last input, written once or again', () => {
    const inputs = ['a'.repeat(64), 'id-ID', null];
    const plain = cacheKey('citeproc', ...inputs, items);
    expect(items.length).toBeGreaterThan(10);
    expect(cacheKeyWithItems('citeproc', inputs, items)).toBe(plain);
    // Second time, from the JSON kept per item.
    expect(cacheKeyWithItems('citeproc', inputs, items)).toBe(plain);
    expect(cacheKeyWithItems('citeproc', [], items)).toBe(cacheKey('citeproc', items));
    expect(cacheKeyWithItems('citeproc', inputs, [])).toBe(cacheKey('citeproc', ...inputs, []));
  });

  it('differs when an item differs (a new object) or the inputs do', () => {
    const inputs = ['b'.repeat(64), 'en-US', null];
    const base = cacheKeyWithItems('citeproc', inputs, items);
    const changed = [{ ...items[0]!, title: 'Another title' }, ...items.slice(1)];
    expect(cacheKeyWithItems('citeproc', inputs, changed)).not.toBe(base);
    expect(cacheKeyWithItems('citeproc', ['c'.repeat(64), 'en-US', null], items)).not.toBe(base);
  });
});
