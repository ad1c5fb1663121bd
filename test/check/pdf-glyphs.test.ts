/**
 * Signs that PDF text layers print as other glyphs (seen in the development part of the real
 * English corpus): repaired only where a statistic stands, keeping the text's length.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';
import { repairPdfGlyphs } from '../../src/check/recognisers/pdf-glyphs.ts';

describe('signs printed as other glyphs', () => {
  it.each([
    ['F(1, 127) p 6.36, p ! .05', 'F(1, 127) = 6.36, p < .05'],
    ['t(60) p 1.98, p p .05', 't(60) = 1.98, p = .05'],
    ['x2 (1, N p 6,721) p 7.90, p ! .01', 'x2 (1, N = 6,721) = 7.90, p < .01'],
    ['t(67) p \u00013.03, p ! .01', 't(67) = -3.03, p < .01'],
    ['F(2, 726)=7.20, pb.001', 'F(2, 726)=7.20, p<.001'],
    ['Fs(1, 248)b1.16, psN.28', 'Fs(1, 248)<1.16, ps>.28'],
    ['?2(19, N = 488) = 57.45, p < .001', 'χ2(19, N = 488) = 57.45, p < .001'],
    ['??2(10) = 11.22, ns', ' χ2(10) = 11.22, ns'],
    ['B2(1, N = 226) = 6.90, p <.01', 'χ2(1, N = 226) = 6.90, p <.01'],
    ['z = ?3.16, p < .001', 'z = -3.16, p < .001'],
    ['t(196) <bc> 38.73, p < . 001', 't(196) =    38.73, p <  .001'],
  ])('%s', (damaged, repaired) => {
    expect(repairPdfGlyphs(damaged)).toBe(repaired);
    expect(repairPdfGlyphs(damaged).length).toBe(damaged.length);
  });

  it('leaves ordinary prose alone', () => {
    for (const prose of [
      'Is this a question? 2 of them said yes.',
      'The B2 vitamin group (n = 40) was larger.',
      'See Smith (2001) p. 45 and table 2b.',
      'Wow! 3 participants dropped out.',
    ])
      expect(repairPdfGlyphs(prose)).toBe(prose);
  });

  it('checks the repaired result: `p p .05` for F(1, 61) = 9.29 is an error, in both languages', () => {
    for (const [text, lang] of [
      ['The effect was F(1, 61) p 9.29, p p .05.', 'en'],
      ['Pengaruhnya F(1, 61) p 9.29, p p .05.', 'id'],
    ] as const) {
      const f = checkText(text, { lang }).findings.find((x) => x.check === 'p-value');
      expect(f?.verdict).toBe('inconsistent');
    }
    const ok = checkText('The effect was F(1, 61) p 9.29, p ! .01.', { lang: 'en' }).findings;
    expect(ok.find((x) => x.check === 'p-value')?.verdict).toBe('consistent');
  });
});
