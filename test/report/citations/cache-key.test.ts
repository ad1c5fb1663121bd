/**
 * cacheKeyWithItems (src/report/citations/cache.ts): the key of the inputs with each item as
 * the SHA-256 of its JSON, the same whether an item's digest is computed or remembered, and
 * different when any item's content is.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../../src/report/bibtex.ts';
import { BUILTIN_BIBTEX } from '../../../src/report/builtin-references.ts';
import { cacheKey, cacheKeyWithItems } from '../../../src/report/citations/cache.ts';

describe('cacheKeyWithItems', () => {
  const items = parseBibtex(BUILTIN_BIBTEX, 'naskah built-in references');

  it("is cacheKey's key with the items' digests as the last input, computed or remembered", () => {
    const inputs = ['a'.repeat(64), 'id-ID', null];
    const digests = items.map((i) => createHash('sha256').update(JSON.stringify(i)).digest('hex'));
    const plain = cacheKey('citeproc', ...inputs, digests);
    expect(items.length).toBeGreaterThan(10);
    expect(cacheKeyWithItems('citeproc', inputs, items)).toBe(plain);
    // Second time, from the digests kept per item.
    expect(cacheKeyWithItems('citeproc', inputs, items)).toBe(plain);
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
