/**
 * The corpus scorer itself (corpus-score.ts), on tiny in-memory corpora: a flag naskah raises
 * counts as found only at the place of a flag annotation of the same check; the flags list is
 * held to the expect entries and to the text; and the offsets naskah reports are offsets into
 * exactly the text the scorer passes it, even where checkText normalises that text.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';
import { type CorpusItem, type FoundFlag, flagProblems, matchFlags, placeOf, prepare, score } from './corpus-score.ts';

const TEXT = 'First, t(20) = 2.10, p = .40. Then t(30) = 1.00, p = .04. Later again t(30) = 1.00, p = .04.';
const item = (over: Partial<CorpusItem>): CorpusItem => ({
  id: 'q',
  lang: 'en',
  url: 'https://example.org/q',
  source: 'test',
  text: TEXT,
  expect: ['p-value inconsistent'],
  flags: [{ check: 'p-value', at: 't(20) = 2.10, p = .40' }],
  ...over,
});
/** A finding covering the nth occurrence of `s` in TEXT. */
const at = (s: string, check = 'p-value', verdict = 'inconsistent', nth = 1): FoundFlag => {
  let start = -1;
  for (let k = 0; k < nth; k++) start = TEXT.indexOf(s, start + 1);
  if (start < 0) throw new Error(`"${s}" not in the test text`);
  return { check, verdict, start, end: start + s.length };
};
const run = (c: CorpusItem, found: FoundFlag[]) => score(prepare([c]), () => found);

describe('corpus scorer: the flag is matched by place', () => {
  it('a flag overlapping the annotated place is a true positive', () => {
    const { all, lines } = run(item({}), [at('2.10, p = .40')]);
    expect(all).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(lines).toEqual([]);
  });

  it('a flag of the same check elsewhere in the quote is a false positive, and the annotation a false negative', () => {
    const { all, lines } = run(item({}), [at('t(30) = 1.00, p = .04')]);
    expect(all).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(lines).toEqual([
      'q: FP p-value inconsistent at «t(30) = 1.00, p = .04»: ',
      'q: FN p-value at «t(20) = 2.10, p = .40»',
    ]);
  });

  it('a span ending where the annotation starts does not overlap it', () => {
    const start = TEXT.indexOf('t(20)');
    const { all } = run(item({}), [{ check: 'p-value', verdict: 'inconsistent', start: 0, end: start }]);
    expect(all).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('nth picks the occurrence: the second "t(30) …" is annotated, a flag on the first is not it', () => {
    const c = item({ flags: [{ check: 'p-value', at: 't(30) = 1.00, p = .04', nth: 2 }] });
    expect(flagProblems(c)).toEqual([]);
    expect(run(c, [at('t(30) = 1.00, p = .04', 'p-value', 'inconsistent', 1)]).all).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(run(c, [at('t(30) = 1.00, p = .04', 'p-value', 'decision-error', 2)]).all).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('two flags of one check in one quote: each finding takes the annotation at its own place', () => {
    const c = item({
      expect: ['p-value inconsistent x2'],
      flags: [
        { check: 'p-value', at: 't(20) = 2.10, p = .40' },
        { check: 'p-value', at: 't(30) = 1.00, p = .04', nth: 1 },
      ],
    });
    // Two flags on the first place and none on the second: one true, one false positive, one missed.
    expect(run(c, [at('2.10'), at('p = .40')]).all).toEqual({ tp: 1, fp: 1, fn: 1 });
    // A finding spanning both places must not take the one the other finding needs.
    const both: FoundFlag = { check: 'p-value', verdict: 'inconsistent', start: 0, end: TEXT.indexOf('Later') };
    expect(matchFlags([both, at('2.10')], [at('t(20) = 2.10, p = .40'), at('t(30) = 1.00, p = .04')])).toEqual([1, 0]);
    expect(run(c, [both, at('2.10')]).all).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('the check must agree (annotated percentages matches found totals, not the other way round)', () => {
    const c = item({ expect: ['percentages inconsistent'], flags: [{ check: 'percentages', at: '2.10' }] });
    expect(run(c, [at('2.10', 'totals')]).all).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(run(c, [at('2.10', 'p-value')]).all).toEqual({ tp: 0, fp: 1, fn: 1 });
    const t = item({ expect: ['totals inconsistent'], flags: [{ check: 'totals', at: '2.10' }] });
    expect(run(t, [at('2.10', 'percentages')]).all).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('other verdicts are still matched by count within the quote', () => {
    const c = item({ expect: ['p-value inconsistent', 'p-value consistent x2'] });
    const found = [at('2.10'), at('t(30)', 'p-value', 'consistent'), at('t(30)', 'p-value', 'consistent', 2)];
    expect(run(c, found).summary).toMatch(/^3\/3 annotated verdicts found/);
  });
});

describe("corpus scorer: a finding's place within its row", () => {
  // naskah gives a table finding the offsets of its whole row; its place is narrowed to the
  // values it reports, so a proportion read as an odds ratio is not credited for the odds ratio
  // beside it (as happened in fresh3-en's PLOS ONE table).
  const ROW = '35–50 years | 4.4 (3.6, 5.1) | 1.28 (0.76, 2.18) | 1.33 (0.78, 2.26) | 0.23 | |';
  const row = item({
    text: ROW,
    expect: ['confidence-interval inconsistent'],
    flags: [{ check: 'confidence-interval', at: '1.33 (0.78, 2.26) | 0.23' }],
  });
  const found = (reported: string): FoundFlag => ({
    check: 'confidence-interval',
    verdict: 'inconsistent',
    start: 0,
    end: ROW.length,
    reported,
  });

  it('a flag reporting another statistic of the row is a false positive', () => {
    expect(placeOf(ROW, found('OR = 4.4; CI 95% 3.6 – 5.1'))).toEqual({ start: 14, end: 27 });
    const { all, lines } = run(row, [found('OR = 4.4; CI 95% 3.6 – 5.1')]);
    expect(all).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(lines[0]).toBe('q: FP confidence-interval inconsistent at «4.4 (3.6, 5.1»: ');
  });

  it('a flag reporting the annotated statistic is a true positive', () => {
    expect(run(row, [found('OR = 1.33; CI 95% 0.78 – 2.26; p = 0.23')]).all).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('values are compared as written, a decimal comma read as a point; with none found the whole span is the place', () => {
    const text = 'Tabel 2 OR 2,72 1,13 – 6,05 0,013 dan 1,89 0,63 – 5,62 0,25';
    const f = (reported: string): FoundFlag => ({ ...found(reported), end: text.length });
    expect(
      text.slice(
        placeOf(text, f('OR = 2,72; CI 95% 1,13 – 6,05; p = .013')).start,
        placeOf(text, f('OR = 2,72; CI 95% 1,13 – 6,05; p = .013')).end,
      ),
    ).toBe('2,72 1,13 – 6,05 0,013');
    expect(placeOf(text, f('the interval is not symmetric'))).toEqual({ start: 0, end: text.length });
  });

  it("a conclusion's place is its whole span, decision and p: an annotation on either matches", () => {
    const text = 'Hal ini menunjukkan adanya korelasi yang signifikan antara X dan Y. p sebesar 0.649 menunjukkan';
    const start = text.indexOf('korelasi');
    const end = text.indexOf('0.649') + 5;
    const conclusion: FoundFlag = {
      check: 'conclusion',
      verdict: 'inconsistent',
      start,
      end,
      reported: text.slice(start, end),
    };
    expect(placeOf(text, conclusion)).toEqual({ start, end });
  });
});

describe('corpus scorer: the flags list', () => {
  it('a corpus item without flags (or with too few) fails', () => {
    expect(flagProblems(item({ flags: undefined }))).toEqual(['q: no flags list for its 1 flagged verdict(s)']);
    expect(flagProblems(item({ expect: ['p-value inconsistent x2'] }))).toEqual([
      'q: flags name [p-value] but expect flags [p-value, p-value]',
    ]);
    expect(() => run(item({ flags: undefined }), [])).toThrow(/no flags list/);
  });

  it('an item with nothing flagged needs no flags list', () => {
    expect(flagProblems(item({ expect: ['p-value consistent'], flags: undefined }))).toEqual([]);
  });

  it('the checks must be those of the flagged expect entries, spelled as there', () => {
    expect(flagProblems(item({ flags: [{ check: 'percentages', at: '2.10' }] }))).toEqual([
      'q: flags name [percentages] but expect flags [p-value]',
    ]);
  });

  it('each at must occur in the text, its nth occurrence must exist, and a repeated at needs nth', () => {
    expect(flagProblems(item({ flags: [{ check: 'p-value', at: 't(20) = 2.1, p = .40' }] }))).toEqual([
      'q: p-value flag "t(20) = 2.1, p = .40" does not occur in the text',
    ]);
    expect(flagProblems(item({ flags: [{ check: 'p-value', at: 't(30) = 1.00', nth: 3 }] }))).toEqual([
      'q: p-value flag "t(30) = 1.00" occurs 2 time(s), not 3',
    ]);
    expect(flagProblems(item({ flags: [{ check: 'p-value', at: 't(30) = 1.00' }] }))).toEqual([
      'q: p-value flag "t(30) = 1.00" occurs 2 times; say which with nth',
    ]);
  });
});

describe("corpus scorer: naskah's offsets are offsets into the text as given", () => {
  // checkText normalises the text (minus sign, no-break spaces), repairs PDF glyphs and rejoins
  // tables of one cell per line; each keeps the length, so a finding's [start, end) cuts the
  // reported values out of the very string the scorer passed.
  it('through normalised characters, a PDF glyph and a table of one cell per line', () => {
    const cases: [string, 'en' | 'id', string][] = [
      [
        'The groups differed,\u00a0t(28)\u00a0=\u00a0\u22122.20, p = .40. Then r(50) = .10, p = .49.',
        'en',
        't(28)\u00a0=\u00a0\u22122.20, p = .40',
      ],
      ['It was weak, ?2(1, N = 80) = 0.09, p > .90, as expected.', 'en', '?2(1, N = 80) = 0.09, p > .90'],
      [
        'Tabel 1 Responden\nKategori\nn\n%\nBaik\n12\n40,0\nCukup\n10\n30,0\nKurang\n8\n30,0\nJumlah\n30\n100',
        'id',
        'Cukup\n10\n30,0',
      ],
    ];
    for (const [text, lang, wrong] of cases) {
      const flags = checkText(text, { lang }).findings.filter((f) => f.verdict !== 'consistent');
      expect(flags.map((f) => text.slice(f.start, f.end))).toContain(wrong);
      const c = item({ text, lang, expect: ['p-value inconsistent'], flags: [{ check: 'p-value', at: wrong }] });
      if (lang === 'id')
        Object.assign(c, { expect: ['percentages inconsistent'], flags: [{ check: 'percentages', at: wrong }] });
      const { per } = score(prepare([c]));
      expect(per.get(lang === 'id' ? 'percentages' : 'p-value')!.tp).toBe(1);
    }
  });
});
