/**
 * The instrument library keeps scoring; its wording is in the locale. Every instrument of
 * the library has, in every language, a name, a description, answer anchors, a label for
 * each scale and each score category, and a norms note when it brings norms.
 */
import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from '../../src/instruments/library/index.ts';
import { LOCALES } from '../../src/report/locale/index.ts';
import { instrumentWords } from '../../src/report/locale/instruments.ts';

describe.each(Object.entries(LOCALES))('locale %s', (_lang, L) => {
  it.each([...INSTRUMENTS.keys()])('words every part of %s', (id) => {
    const inst = INSTRUMENTS.get(id)!;
    const words = instrumentWords(L.instruments, id);
    expect(words.name.length).toBeGreaterThan(3);
    expect(words.description.length).toBeGreaterThan(20);
    expect(words.anchors).toMatch(new RegExp(`^${inst.itemRange[0]} = .+ ${inst.itemRange[1]} = `));
    for (const scale of inst.scales) {
      expect(words.scales[scale.key], `scale "${scale.key}"`).toBeTruthy();
      for (const c of scale.categories) expect(words.categories[c.code], `category "${c.code}"`).toBeTruthy();
    }
    if (inst.norms) expect(words.normsNote).toBeTruthy();
  });

  it('has no wording for an instrument the library does not have', () => {
    expect(Object.keys(L.instruments).sort()).toEqual([...INSTRUMENTS.keys()].sort());
  });
});

it('names the instrument when its wording is missing', () => {
  expect(() => instrumentWords(LOCALES.en.instruments, 'no-such-scale')).toThrow(/"no-such-scale"/);
});
