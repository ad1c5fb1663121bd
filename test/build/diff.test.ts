/**
 * The comparison behind the change summary, `naskah diff` and `naskah verify`: numbers
 * compared as the manuscript prints them, and the conclusions that changed. Pure: no files.
 */
import { describe, expect, it } from 'vitest';
import { diffResults } from '../../src/build/diff.ts';
import { formatDiff, summaryLines } from '../../src/rebuild/format.ts';
import { reportedNumbers, showNumber, type ResultsDoc } from '../../src/build/reported.ts';

function doc(): ResultsDoc {
  return {
    study: 's',
    analyses: {
      freq: {
        type: 'frequencies',
        test: 'frequencies',
        checks: [],
        result: {
          variables: [
            {
              variable: 'sex',
              overall: {
                total: 96,
                valid: 96,
                missing: 0,
                categories: [
                  { value: 'L', n: 32, percent: 33.333333 },
                  { value: 'P', n: 64, percent: 66.666667 },
                ],
              },
            },
            {
              variable: 'pss.category',
              overall: {
                total: 96,
                valid: 96,
                missing: 0,
                categories: [
                  { value: 'low', n: 35, percent: 36.458 },
                  { value: 'high', n: 61, percent: 63.542 },
                ],
              },
            },
          ],
          by: null,
        },
      },
      pp: {
        type: 'paired-comparison',
        test: 'paired-t',
        checks: [
          { check: 'normality', test: 'shapiro-wilk', target: 'differences', passed: true, statistic: 0.98, p: 0.155 },
        ],
        reason: { code: 'normality-not-rejected', p: 0.155 },
        result: {
          n: 96,
          t: 8.6237,
          df: 95,
          p: 1.4e-13,
          meanDiff: 4.03125,
          cohensDz: 0.88015,
          correlation: 0.4839,
          ciLower: 3.1032,
          ciUpper: 4.9593,
        },
        summary: { before: { mean: 14.729166, sd: 4.5871 }, after: { mean: 10.697916, sd: 4.4251 } },
        decision: { significant: true, direction: 'decrease', p: 1.4e-13, expected: 'decrease', asExpected: true },
      },
    },
  };
}

describe('printed form of a reported number', () => {
  it('follows the manuscript: p to 3 decimals or < .001, counts whole, percentages to 1, bounded without leading zero', () => {
    expect(showNumber('p', 1.4e-13)).toBe('< .001');
    expect(showNumber('p', 0.0314)).toBe('.031');
    expect(showNumber('correlationP', 0.5)).toBe('.500');
    expect(showNumber('n', 96)).toBe('96');
    expect(showNumber('percent', 33.333333)).toBe('33.3');
    expect(showNumber('mean', 15)).toBe('15.00');
    expect(showNumber('mean', 14.729166)).toBe('14.73');
    expect(showNumber('t', -2.5)).toBe('\u22122.50');
    expect(showNumber('alpha', 0.831)).toBe('.83');
    expect(showNumber('df', 95)).toBe('95');
    expect(showNumber('df', 87.345)).toBe('87.35');
    expect(showNumber('correlationDf', 94)).toBe('94');
    expect(showNumber('skewness', 0.20694)).toBe('0.207');
    expect(showNumber('min', 5)).toBe('5');
    expect(showNumber('ciLower', null)).toBe('—');
  });

  it('names quantities by variable, category, check and field', () => {
    const keys = [...reportedNumbers(doc()).values()].map((r) => `${r.analysis}: ${r.quantity} = ${r.shown}`);
    expect(keys).toContain('freq: sex › L › n = 32');
    expect(keys).toContain('freq: pss.category › high › percent = 63.5');
    expect(keys).toContain('pp: shapiro-wilk (differences) › p = .155');
    expect(keys).toContain('pp: t = 8.62');
    expect(keys).toContain('pp: summary › after › mean = 10.70');
    // The decision repeats result.p; it is a conclusion, not another number.
    expect(keys.filter((k) => k.startsWith('pp: p ='))).toEqual(['pp: p = < .001']);
  });
});

describe('diffResults', () => {
  it('finds nothing between equal documents, and nothing for a change below the printed precision', () => {
    const a = doc();
    expect(diffResults(a, doc()).changed).toBe(false);
    const b = doc();
    (b.analyses.pp!.result as Record<string, number>).t = 8.6241; // still prints 8.62
    const d = diffResults(a, b);
    expect(d.changed).toBe(false);
    expect(d.belowPrecision).toBe(1);
  });

  it('lists exactly the numbers whose printed form changed', () => {
    const b = doc();
    const r = b.analyses.pp!.result as Record<string, number>;
    r.t = 8.51;
    r.cohensDz = 0.8804; // prints 0.88 either way
    (b.analyses.pp!.summary as { after: { mean: number } }).after.mean = 10.71;
    const d = diffResults(doc(), b);
    expect(d.numbers.map((c) => [c.analysis, c.quantity, c.old, c.new])).toEqual([
      ['pp', 't', '8.62', '8.51'],
      ['pp', 'summary › after › mean', '10.70', '10.71'],
    ]);
    expect(d.conclusions).toEqual([]);
  });

  it('names every changed conclusion: significance, direction, test, assumption check, threshold counts', () => {
    const b = doc();
    const pp = b.analyses.pp!;
    pp.test = 'wilcoxon-signed-rank';
    pp.reason = { code: 'normality-rejected' };
    pp.checks![0] = { ...pp.checks![0]!, passed: false, p: 0.012 };
    pp.decision = { significant: false, direction: 'increase', p: 0.062, expected: 'decrease', asExpected: false };
    (pp.result as Record<string, number>).p = 0.062;
    const cats = (
      b.analyses.freq!.result as { variables: { overall: { categories: { n: number; percent: number }[] } }[] }
    ).variables[1]!.overall.categories;
    cats[0]!.n = 34;
    cats[1]!.n = 62;
    const d = diffResults(doc(), b);
    expect(d.conclusions.map((c) => `${c.analysis} ${c.kind}: ${c.message}`)).toEqual([
      'freq threshold: pss.category: a count crossed a category threshold (low: 35 → 34, high: 61 → 62)',
      'pp test: test chosen changed: paired-t → wilcoxon-signed-rank (normality-rejected)',
      'pp check: normality (shapiro-wilk of differences): assumption now rejected (p = .155 → p = .012)',
      'pp significance: no longer significant (p < .001 → p = .062)',
      'pp direction: direction of the effect changed: decrease → increase',
    ]);
  });

  it('does not call a change of a category that no threshold made (sex) a threshold crossing', () => {
    const b = doc();
    const cats = (b.analyses.freq!.result as { variables: { overall: { categories: { n: number }[] } }[] })
      .variables[0]!.overall.categories;
    cats[0]!.n = 33;
    cats[1]!.n = 63;
    const d = diffResults(doc(), b);
    expect(d.numbers.map((c) => c.quantity)).toEqual(['sex › L › n', 'sex › P › n']);
    expect(d.conclusions).toEqual([]);
  });

  it('names participants whose change became reliable or whose category moved (reliable change)', () => {
    const rc = (reliable: boolean, after: string): ResultsDoc => ({
      analyses: {
        rc: {
          type: 'reliable-change',
          test: 'reliable-change-index',
          result: {
            participants: [
              { label: 'AN', pre: 24, post: 16, rci: -1.9, reliable, direction: 'decrease', categoryAfter: after },
              {
                label: 'BS',
                pre: 20,
                post: 19,
                rci: -0.2,
                reliable: false,
                direction: 'decrease',
                categoryAfter: 'sedang',
              },
            ],
          },
        },
      },
    });
    const d = diffResults(rc(false, 'sedang'), rc(true, 'rendah'));
    expect(d.conclusions.map((c) => `${c.analysis} ${c.kind}: ${c.message}`)).toEqual([
      'rc threshold: AN › reliable: no → yes',
      'rc threshold: AN › categoryAfter: sedang → rendah',
    ]);
    expect(d.numbers).toEqual([]);
  });

  it('reports analyses that appear, disappear, fail or recover', () => {
    const b = doc();
    delete b.analyses.freq;
    b.analyses.extra = { type: 'descriptives', test: 'descriptives', result: { n: 3 } };
    b.analyses.pp!.result = { error: { code: 'too-few', message: 'fewer than 3 pairs' } };
    const kinds = diffResults(doc(), b).conclusions.map((c) => `${c.analysis} ${c.kind}`);
    expect(kinds).toEqual(['pp failure', 'extra added', 'freq removed']);
    expect(diffResults(b, doc()).conclusions.map((c) => `${c.analysis} ${c.kind}`)).toEqual([
      'freq added',
      'pp failure',
      'extra removed',
    ]);
  });
});

describe('readable forms', () => {
  it('diff: one aligned line per number, then the conclusions', () => {
    const b = doc();
    (b.analyses.pp!.result as Record<string, number>).t = 8.51;
    b.analyses.pp!.decision!.significant = false;
    const text = formatDiff(diffResults(doc(), b), 's');
    expect(text).toBe(
      's: 1 reported number changed, 1 conclusion changed\n\n' +
        'Reported numbers (as the English manuscript prints them):\n' +
        '  pp  t  8.62 → 8.51\n\n' +
        'Conclusions:\n' +
        '  pp: no longer significant (p < .001 → p < .001)\n',
    );
    expect(formatDiff(diffResults(doc(), doc()), 's')).toBe('s: no reported number and no conclusion changed\n');
  });

  it('build summary: counts per analysis, every conclusion, the first numbers', () => {
    const b = doc();
    (b.analyses.pp!.result as Record<string, number>).t = 8.51;
    expect(summaryLines(diffResults(doc(), b), 's')).toEqual([
      's: 1 reported number changed since the previous build (pp 1); no conclusion changed',
      '  numbers (old → new, as printed):',
      '    pp  t  8.62 → 8.51',
    ]);
  });
});
