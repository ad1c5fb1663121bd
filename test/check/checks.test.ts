/** Each check on small texts: verdicts, rounding allowances, and the exact wording of findings. */
import { describe, expect, it } from 'vitest';
import { checkText, exitCodeFor, formatReport, messagesFor } from '../../src/check/index.ts';
import type { CheckId, Finding } from '../../src/check/types.ts';
import { pOf, pRange } from '../../src/check/checks/p-from-statistic.ts';
import { grimPossible } from '../../src/check/checks/grim.ts';
import { anyTotalFits, addsTo100 } from '../../src/check/checks/percentages.ts';
import { parseNum } from '../../src/check/recognisers/numbers.ts';

const en = messagesFor('en');
const id = messagesFor('id');

function findings(text: string, lang: 'id' | 'en', check?: CheckId, alpha?: number): Finding[] {
  const r = checkText(text, { lang, alpha });
  return check ? r.findings.filter((f) => f.check === check) : r.findings;
}

describe('p-value', () => {
  it('computes p as R does (pt, pf, pchisq, pnorm; r through t)', () => {
    expect(pOf('t', 2.2, [28])).toBeCloseTo(0.03622548477883782, 12);
    expect(pOf('F', 4.1, [2, 27])).toBeCloseTo(0.027866656173847044, 12);
    expect(pOf('chi2', 3.84, [1])).toBeCloseTo(0.05004352124870519, 12);
    expect(pOf('r', 0.45, [28])).toBeCloseTo(0.01259107127519677, 12);
    expect(pOf('z', 2.81, null)).toBeCloseTo(0.004954149997571722, 12);
    const [lo, hi] = pRange('t', [1.975, 1.985], [95]);
    expect(lo).toBeLessThan(hi);
    expect(hi).toBeCloseTo(0.05117078125617698, 10);
  });

  it('reports a consistent p with what was recomputed', () => {
    const [f] = findings('Scores differed, t(28) = 2.20, p = .036.', 'en', 'p-value');
    expect(f).toEqual({
      check: 'p-value',
      verdict: 'consistent',
      line: 1,
      quote: 'Scores differed, t(28) = 2.20, p = .036.',
      start: 17,
      end: 39,
      reported: 't(28) = 2.20, p = .036',
      recomputed: 'p = 0.0358 to 0.0366 (two-tailed) for |t(28)| ∈ [2.195, 2.205]',
      explanation: 'The reported p matches the test statistic and its degrees of freedom.',
    });
  });

  it('allows for the rounding of the statistic', () => {
    // exact t = 1.98 gives .0506; t in [1.975, 1.985] reaches .0500
    expect(findings('t(95) = 1.98, p = .050.', 'en', 'p-value')[0]!.verdict).toBe('consistent');
    expect(findings('t(95) = 1.98, p = .053.', 'en', 'p-value')[0]!.verdict).toBe('inconsistent');
  });

  it('calls a p on the other side of alpha a decision error, and alpha is an option', () => {
    const [f] = findings('The difference was significant, t(28) = 1.20, p = .03.', 'en', 'p-value');
    expect(f!.verdict).toBe('decision-error');
    expect(f!.explanation).toBe(
      'The reported p does not match the test statistic, and the recomputed p is above α = 0.05: the conclusion about significance changes.',
    );
    // t(28) = 2.20 has p = .036: .008 is wrong on both sides of .05, but across α = .01
    expect(findings('t(28) = 2.20, p = .008.', 'en', 'p-value')[0]!.verdict).toBe('inconsistent');
    expect(findings('t(28) = 2.20, p = .008.', 'en', 'p-value', 0.01)[0]!.verdict).toBe('decision-error');
  });

  it('reads one-tailed p only when the text says so, as statcheck does', () => {
    const stated = findings('A one-tailed test gave t(40) = 1.80, p = .040.', 'en', 'p-value')[0]!;
    expect(stated.verdict).toBe('consistent');
    expect(stated.explanation).toBe(en.pConsistentOneTailedStated());
    // Two-tailed p = .079: .040 fits only as one-tailed, which the text never says.
    const only = findings('Stress was lower, t(40) = 1.80, p = .040.', 'en', 'p-value')[0]!;
    expect(only.verdict).toBe('decision-error');
    const near = findings('Stress was lower, t(28) = 2.20, p = .018.', 'en', 'p-value')[0]!;
    expect(near.verdict).toBe('inconsistent');
    expect(near.explanation).toBe(
      'The reported p does not match as a two-tailed p; it would match only as a one-tailed p (half the two-tailed p), but the text does not say the test was one-tailed or directional.',
    );
    // A methods statement that the tests were one-tailed covers the results.
    const methods = checkText('All tests were one-tailed. Stress was lower, t(28) = 2.20, p = .018.', { lang: 'en' });
    expect(methods.findings[0]!.verdict).toBe('consistent');
    // F and χ² have no one-tailed reading: χ²(2) = 3.84 has p = .147
    expect(findings('χ²(2) = 3.84, p = .073.', 'en', 'p-value')[0]!.verdict).toBe('inconsistent');
  });

  it('reports p = .000 as a reporting issue that does not count toward the exit code', () => {
    const r = checkText('Hasil uji t berpasangan diperoleh t = 8,624; df = 95; p = 0,000.', { lang: 'id' });
    expect(r.findings.map((f) => f.verdict)).toEqual(['reporting-issue']);
    expect(r.findings[0]!.explanation).toBe('p ditulis 0,000, padahal nilai p tidak pernah nol: laporkan p < 0,001.');
    expect(exitCodeFor(r)).toBe(0);
    // a p printed as .000 that is in fact large is inconsistent, and says both
    const [bad] = findings('t(20) = 1.10, p = .000.', 'en', 'p-value');
    expect(bad!.verdict).toBe('decision-error');
    expect(bad!.explanation.endsWith(en.pZeroAlso())).toBe(true);
  });

  it('says why a p cannot be checked', () => {
    const [f] = findings('The coefficient was significant (t = 2.31, p = .02).', 'en', 'p-value');
    expect(f!.verdict).toBe('not-checkable');
    expect(f!.explanation).toBe('The degrees of freedom of t are not reported, so p cannot be recomputed.');
    expect(findings('t(28) = 2.20, p = 1.5.', 'en', 'p-value')[0]!.explanation).toBe(
      'A p-value cannot be greater than 1.',
    );
  });

  it('gives a p to its own statistic, not to one before another symbol', () => {
    expect(findings('t(95) = 8,62; p < 0,001; W = 0,92; p = 0,190.', 'id', 'p-value').map((f) => f.verdict)).toEqual([
      'consistent',
    ]);
    expect(findings('U = 45,0; Z = −2,81; p = 0,005.', 'id', 'p-value').map((f) => f.verdict)).toEqual(['consistent']);
  });
});

describe('percentages', () => {
  it('checks each count against the stated total', () => {
    const fs = findings('Of the 96 participants, 26 (27%) were young and 64 (73%) were old.', 'en', 'percentages');
    expect(fs.map((f) => [f.reported, f.verdict, f.recomputed])).toEqual([
      ['26 (27%)', 'consistent', '26/96 = 27.08% of the stated total 96'],
      ['64 (73%)', 'inconsistent', '64/96 = 66.67% of the stated total 96'],
    ]);
    expect(fs[1]!.explanation).toBe(
      'The percentage does not match the count and the total, even allowing for rounding to 0 decimals.',
    );
  });

  it('infers the total when the percentages add up to 100', () => {
    expect(addsTo100([parseNum('33,3')!, parseNum('66,7')!])).toBe(true);
    expect(addsTo100([parseNum('33,3')!, parseNum('60,7')!])).toBe(false);
    const fs = findings('Responden laki-laki 32 orang (33,3%) dan perempuan 64 orang (66,7%).', 'id', 'percentages');
    expect(fs.map((f) => f.verdict)).toEqual(['consistent', 'consistent']);
    expect(fs[0]!.recomputed).toBe('32/96 = 33,33% dari 96, jumlah semua frekuensi (persentasenya berjumlah 100%)');
  });

  it('finds a percentage that no total can give', () => {
    expect(anyTotalFits(64, parseNum('60,7')!)).toBe(false);
    expect(anyTotalFits(64, parseNum('66,7')!)).toBe(true);
    expect(anyTotalFits(0, parseNum('0,0')!)).toBe(true);
  });

  it('checks table rows against the total row, or against the sum when the total row is the error', () => {
    const fs = findings('Kategori\tf\t%\nRendah\t70\t72,9\nSedang\t26\t27,1\nJumlah\t31\t100,0\n', 'id');
    expect(fs.map((f) => `${f.check} ${f.verdict}`)).toEqual([
      'percentages consistent',
      'percentages consistent',
      'totals inconsistent',
      'totals consistent',
    ]);
    expect(fs[2]!.explanation).toBe('Jumlah baris adalah 96, tetapi baris total menyebut 31.');
  });
});

describe('totals', () => {
  it('checks percentages against the total row and 100', () => {
    const fs = findings('Status\tn\t%\nA\t30\t22.2\nB\t36\t26.7\nC\t69\t51.1\nTotal\t135\t98.0\n', 'en', 'totals');
    expect(fs.map((f) => f.verdict)).toEqual(['consistent', 'inconsistent']);
    expect(fs[1]!.explanation).toBe(
      'The percentages add up to 100.0, but the total row says 98.0 (more than rounding can explain).',
    );
  });

  it('checks cumulative percentages', () => {
    const fs = findings(
      '\t\tFrequency\tPercent\tValid Percent\tCumulative Percent\nValid\tLow\t35\t36.5\t36.5\t36.5\n\tModerate\t60\t62.5\t62.5\t97.0\n\tHigh\t1\t1.0\t1.0\t100.0\n\tTotal\t96\t100.0\t100.0\t\n',
      'en',
      'totals',
    );
    const cum = fs.find((f) => f.reported.startsWith('Cumulative'))!;
    expect(cum.verdict).toBe('inconsistent');
    expect(cum.explanation).toBe('The cumulative percentage in row "Moderate" should be 99.0, not 97.0.');
  });
});

describe('standard error', () => {
  it('checks SE against SD/√n', () => {
    const [f] = findings('Stress (M = 14.73, SD = 4.59, SE = 0.59, n = 96).', 'en', 'standard-error');
    expect(f).toMatchObject({
      verdict: 'inconsistent',
      reported: 'SD = 4.59, SE = 0.59, n = 96',
      recomputed: 'SD/√n = [0.4680, 0.4690]',
    });
    expect(findings('Stress (M = 14.73, SD = 4.59, SE = 0.47, n = 96).', 'en', 'standard-error')[0]!.verdict).toBe(
      'consistent',
    );
  });
});

describe('confidence interval', () => {
  it('flags a ratio outside or off-centre of its interval', () => {
    const [asym] = findings('Noise (OR = 2.50, 95% CI [1.20, 8.90]).', 'en', 'confidence-interval');
    expect(asym).toMatchObject({
      verdict: 'inconsistent',
      recomputed: 'centre on the log scale √(lower·upper) = [3.260, 3.276]',
    });
    expect(asym!.explanation).toBe(
      'The interval is not symmetric around OR on the log scale, as a Wald interval of a ratio is.',
    );
    const [outside] = findings('OR = 0,45 (IK 95%: 0,52–3,10).', 'id', 'confidence-interval');
    expect(outside!.explanation.startsWith('OR berada di luar interval kepercayaannya sendiri.')).toBe(true);
  });

  it('checks p against the interval', () => {
    const fs = findings('Shift work (OR = 2.10, 95% CI [1.05, 4.20], p = .09).', 'en', 'confidence-interval');
    expect(fs.map((f) => f.verdict)).toEqual(['consistent', 'decision-error']);
    expect(fs[1]!.recomputed).toBe('p from the interval (Wald) = 0.0344 to 0.0375');
  });
});

describe('GRIM', () => {
  it('knows which means n integers can have', () => {
    expect(grimPossible(26.0, 0.005, 15)).toBe(true);
    expect(grimPossible(26.1, 0.005, 15)).toBe(false);
    expect(grimPossible(3.44, 0.005, 60)).toBe(false);
    expect(grimPossible(3.45, 0.005, 60)).toBe(true);
  });

  it('judges only when the data are known to be whole numbers', () => {
    expect(findings('Mean total score M = 26.10 (SD = 4.87, n = 15).', 'en', 'grim')[0]!.verdict).toBe('inconsistent');
    const unknown = findings('Mean reaction time was M = 5.48 (n = 15).', 'en', 'grim')[0]!;
    expect(unknown.verdict).toBe('not-checkable');
    expect(unknown.explanation).toBe(
      'This mean would be impossible for integer data with n = 15, but the text does not say the data are whole numbers (scores, counts).',
    );
    expect(findings('Mean reaction time was M = 5.47 (n = 15).', 'en', 'grim')).toEqual([]);
  });
});

describe('repeated values', () => {
  it('finds one test reported twice with different p', () => {
    const fs = findings(
      'Abstract. Training reduced stress, t(95) = 8.62, p = .002.\n\nResults. Stress decreased, t(95) = 8.62, p < .001.',
      'en',
      'repeated-values',
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ verdict: 'inconsistent', line: 1, recomputed: 'also reported at line 3' });
    expect(fs[0]!.explanation).toBe('The same result is reported with different values of p: p = .002 vs p < .001.');
  });
});

describe('report', () => {
  it('orders findings by position, counts verdicts, and sets the exit code', () => {
    const r = checkText(
      'Abstract. Training reduced stress, t(95) = 8.62, p = .002.\n\nResults. Stress decreased, t(95) = 8.62, p < .001.',
      { lang: 'en', file: 'a.txt' },
    );
    expect(r.summary).toEqual({ consistent: 1, inconsistent: 2, decisionError: 0, notCheckable: 0, reportingIssue: 0 });
    expect(exitCodeFor(r)).toBe(1);
    expect(formatReport(r, en)).toBe(
      [
        'naskah check: a.txt (English, α = 0.05)',
        '',
        'line 1 · p-value · INCONSISTENT',
        '  “Training reduced stress, t(95) = 8.62, p = .002.”',
        '  reported: t(95) = 8.62, p = .002',
        '  recomputed: p = 1.4 × 10^-13 to 1.5 × 10^-13 (two-tailed) for |t(95)| ∈ [8.615, 8.625]',
        '  The reported p does not match the test statistic and its degrees of freedom.',
        '',
        'line 1 · repeated value · INCONSISTENT',
        '  “Training reduced stress, t(95) = 8.62, p = .002.”',
        '  reported: t(95) = 8.62, p = .002 | t(95) = 8.62, p < .001',
        '  recomputed: also reported at line 3',
        '  The same result is reported with different values of p: p = .002 vs p < .001.',
        '',
        'line 3 · p-value · consistent: t(95) = 8.62, p < .001',
        '',
        'Summary: 1 consistent, 2 inconsistent, 0 decision errors, 0 not checkable, 0 reporting issues.',
        '',
      ].join('\n'),
    );
  });

  it('words the summary in Indonesian', () => {
    expect(id.summary({ consistent: 3, inconsistent: 1, decisionError: 0, notCheckable: 2, reportingIssue: 1 })).toBe(
      'Ringkasan: 3 konsisten, 1 tidak konsisten, 0 kesalahan keputusan, 2 tidak dapat diperiksa, 1 masalah pelaporan.',
    );
  });

  it('reports pages for paged text', () => {
    const r = checkText('Judul\nt(95) = 8,62; p = 0,002.', { lang: 'id', pages: [1, 2], lines: [1, 1] });
    expect(r.findings[0]).toMatchObject({ line: 1, page: 2 });
  });

  it('refuses an alpha outside (0, 1)', () => {
    expect(() => checkText('t(95) = 8.62, p < .001', { alpha: 5 })).toThrow(/alpha must be between 0 and 1/);
  });
});

describe('descriptives: a maximum below the minimum printed just before it', () => {
  it('is inconsistent, worded in both languages', () => {
    const [fi] = findings(
      'Variabel 1 sebanyak 30 orang dengan rata-rata 7.4000, standard deviasi 1.32873 dengan nilai minimum 6.9038 dan nilai maksimum 1.8962.',
      'id',
      'descriptives',
    );
    expect(fi).toMatchObject({
      verdict: 'inconsistent',
      reported: 'M = 7.4000, minimum–maksimum 6.9038–1.8962, SD = 1.32873',
      explanation:
        'Nilai maksimum lebih kecil daripada nilai minimum yang tertulis tepat sebelumnya: tidak ada data yang dapat menghasilkannya.',
    });
    const [fe] = findings(
      'The mean was 7.40 (SD = 1.33), with a minimum of 6.90 and a maximum of 1.90.',
      'en',
      'descriptives',
    );
    expect(fe).toMatchObject({
      verdict: 'inconsistent',
      explanation: 'The maximum is below the minimum printed just before it: no data can have them.',
    });
  });

  it('leaves a minimum and maximum printed apart alone (they may be of different data)', () => {
    const text =
      'Rata-rata skor 7,4 dengan nilai minimum 6,9 pada kelompok kontrol, sedangkan kelompok perlakuan yang jauh lebih kecil mencapai nilai maksimum 1,9.';
    expect(findings(text, 'id', 'descriptives').filter((f) => f.verdict === 'inconsistent')).toEqual([]);
  });

  it('reads "standard deviasi" as an SD: an SD impossible for the range is found', () => {
    const [f] = findings(
      'Variabel 2 sebanyak 30 orang dengan rata-rata 6.3667, standard deviasi 1.12903 dengan nilai minimum 5.9451 dan nilai maksimum 6.7883.',
      'id',
      'descriptives',
    );
    expect(f).toMatchObject({ verdict: 'inconsistent', explanation: id.descSdTooLarge() });
  });
});
