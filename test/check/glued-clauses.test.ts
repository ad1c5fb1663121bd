/**
 * "(p=0.000)dan tidak ada hubungan …": page text that lost the space between a closing
 * parenthesis and "dan"/"and" still ends the clause there (recognisers/conclusions.ts). Read as
 * one clause, "tidak ada hubungan" took the p of the finding before it (0.000) and was flagged.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const conclusions = (text: string, lang: 'en' | 'id') =>
  checkText(text, { lang })
    .findings.filter((f) => f.check === 'conclusion')
    .map((f) => [f.verdict, text.slice(f.start, f.end)]);

describe('a clause break glued to a parenthesis', () => {
  it('Indonesian: "tidak ada hubungan" after "(p=0,000)dan" does not take that p', () => {
    const text =
      'Ada hubungan umur (p=0,002), pendidikan (p=0,000)dan tidak ada hubungan pekerjaan, status gizi (p=0,426) dengan stres kerja.';
    // "pendidikan (p=0,000)" shares "Ada hubungan" with umur (conclusion-lists.ts, since "ada hubungan"
    // may take its first name without "antara"); "tidak ada hubungan" takes neither p.
    expect(conclusions(text, 'id')).toEqual([
      ['consistent', 'Ada hubungan umur (p=0,002'],
      ['consistent', 'pendidikan (p=0,000)'],
    ]);
  });

  it('each clause with its own p is read on both sides of the glued "dan"', () => {
    const text = 'Ada hubungan pendidikan (p=0,000)dan tidak ada hubungan pekerjaan (p=0,426) dengan stres kerja.';
    expect(conclusions(text, 'id')).toEqual([
      ['consistent', 'Ada hubungan pendidikan (p=0,000'],
      ['consistent', 'tidak ada hubungan pekerjaan (p=0,426'],
    ]);
  });

  it('English: the same with a glued "and"', () => {
    const text = 'There was an association with education (p = .001)and there was no association with age (p = .43).';
    expect(conclusions(text, 'en')).toEqual([
      ['consistent', 'There was an association with education (p = .001'],
      ['consistent', 'there was no association with age (p = .43'],
    ]);
  });
});
