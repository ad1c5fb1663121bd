/**
 * Table cells that page text runs together or qualifies (fresh8/fresh9 false alarms): counts run
 * into the ratio after them, shares a table says are weighted, and columns padded to decimals.
 * Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string, lang: 'en' | 'id' = 'en') =>
  checkText(text, { lang }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('counts run into the ratio after them (recognisers/counts-glued-ratios.ts)', () => {
  it('is not read, while a three-digit misprint with no fitting tail stays checked', () => {
    // Quintile 1, counts 56 and 104, AOR 2.15: √(1.30·3.57) = 2.154, so the tail 2.15 fits.
    // 215.0 against the same interval: neither 15.0 nor 5.0 is at 2.154, so it is a misprint.
    const text =
      'Table 3. Factors associated with stunting\nVariable Stunted Not stunted AOR (95% CI) P value\nWealth index\n Quintile 1561042.15 (1.30, 3.57)P = 0.003\n Quintile 274863.44 (2.10, 5.66)P < 0.0001\n Quintile 5321281.00\n Rural 215.0 (1.30, 3.57)P = 0.003\n';
    expect(findings(text)).toEqual([
      [
        'confidence-interval',
        'inconsistent',
        'OR = 215.0; CI 95% 1.30 – 3.57',
        'centre on the log scale √(lower·upper) = [2.149, 2.160]',
      ],
      [
        'confidence-interval',
        'consistent',
        'OR = 215.0; CI 95% 1.30 – 3.57; p = 0.003',
        'p from the interval (Wald) = 1.9 × 10^-97 to 0.0032',
      ],
    ]);
  });
});

describe('shares the text says are weighted (checks/weighted-shares.ts)', () => {
  const table =
    'Table 2. Hypertension by sex, N (%)\nSex No Yes Total\nMale 77 (49.5) 45 (42.5) 122 (47.0)\nFemale 88 (50.5) 71 (57.5) 159 (53.0)\nTotal 165 (100.0) 116 (100.0) 281 (100.0)\n';
  const notCheckable = (quote: string) => ['percentages', 'not-checkable', quote, '—'];

  it('reads counts against raw shares when nothing says the shares are weighted', () => {
    // 77/165 = 46.67%, printed 49.5: the weighted shares of the next case, read as raw.
    expect(findings(table).filter((f) => f[1] === 'inconsistent')).toHaveLength(6);
  });

  it('makes every share not checkable under a complex-samples footnote, and says why', () => {
    const report = checkText(`${table}\n*Complex samples chi-square test`, { lang: 'en' });
    expect(report.findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed])).toEqual(
      ['77 (49.5)', '45 (42.5)', '122 (47.0)', '88 (50.5)', '71 (57.5)', '159 (53.0)'].map(notCheckable),
    );
    expect(report.findings[0]!.explanation).toBe(
      'The text says its shares are weighted ("Complex samples"): a weighted percentage is not the count over the total, so it cannot be recomputed from the printed counts.',
    );
  });

  it('says so in Indonesian for "persentase tertimbang", and ignores a weighted kappa', () => {
    const text =
      'Tabel 1. Karakteristik responden (persentase tertimbang)\nLaki-laki 20 (45,0)\nPerempuan 30 (55,0)\nTotal 50 (100,0)\n';
    const report = checkText(text, { lang: 'id' });
    expect(report.findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed])).toEqual([
      notCheckable('20 (45,0)'),
      notCheckable('30 (55,0)'),
    ]);
    expect(report.findings[0]!.explanation).toBe(
      'Teks menyatakan bahwa persentasenya tertimbang ("persentase tertimbang"): persentase tertimbang bukan frekuensi dibagi total, sehingga tidak dapat dihitung ulang dari frekuensi yang dicantumkan.',
    );
    // 20/50 = 40.0%, printed 45,0: a weighted kappa says nothing about shares, so it stays flagged.
    expect(findings(text.replace('persentase tertimbang', 'weighted kappa 0,61'), 'id').map((f) => f[1])).toEqual([
      'inconsistent',
      'inconsistent',
    ]);
  });
});

describe('shares padded with a trailing 0 (recognisers/padded-decimals.ts)', () => {
  const table = (pharynx: string) =>
    `Table 1. Description of study group.\nDescription | Controls | Cases | |||\n(n = 791) | (n = 639) | ||||\nN (%) | N (%) | ||||\nGender | |||||\nMale | 510 (64.5) | 383 (59.9) | |||\nFemale | 281 (35.5) | 256 (40.1) | |||\nCancer Site | |||||\nOral cavity | 613 (96.0) | ||||\nPharynx | 26 (${pharynx}) |\nadjusted for age.`;
  const sex = [
    [
      'percentages',
      'consistent',
      '510 (64.5)',
      '510/791 = 64.48% of 791, the sum of the counts (the percentages add up to 100%)',
    ],
    [
      'percentages',
      'consistent',
      '383 (59.9)',
      '383/639 = 59.94% of 639, the sum of the counts (the percentages add up to 100%)',
    ],
    [
      'percentages',
      'consistent',
      '281 (35.5)',
      '281/791 = 35.52% of 791, the sum of the counts (the percentages add up to 100%)',
    ],
    [
      'percentages',
      'consistent',
      '256 (40.1)',
      '256/639 = 40.06% of 639, the sum of the counts (the percentages add up to 100%)',
    ],
  ];

  it('holds a block of three or more whole per cents printed as 94.0, 4.0 and 2.0 to whole per cents', () => {
    // 600/639 = 93.90%, 26/639 = 4.07%, 13/639 = 2.03%: 94, 4 and 2 as whole per cents.
    const three = table('4.0')
      .replace('613 (96.0)', '600 (94.0)')
      .replace('\nadjusted', '\nLarynx | 13 (2.0) |\nadjusted');
    const f = checkText(three, { lang: 'en' }).findings.filter((x) => x.check === 'percentages');
    expect(f.slice(4).map((x) => [x.verdict, x.reported])).toEqual([
      ['consistent', '600 (94.0)'],
      ['consistent', '26 (4.0)'],
      ['consistent', '13 (2.0)'],
    ]);
    expect(f[4]!.explanation).toBe('The percentage matches the count and the total (rounded to 0 decimals).');
  });

  it('reads two shares, 96.0 and 4.0, at the decimal printed: two shares adding up to 100 end in 0 together', () => {
    // 613/639 = 95.93% and 26/639 = 4.07%: at one decimal 95.9 and 4.1, not 96.0 and 4.0.
    expect(findings(table('4.0'))).toEqual([
      ...sex,
      [
        'percentages',
        'inconsistent',
        '613 (96.0)',
        '613/639 = 95.93% of 639, the sum of the counts (the percentages add up to 100%)',
      ],
      [
        'percentages',
        'inconsistent',
        '26 (4.0)',
        '26/639 = 4.07% of 639, the sum of the counts (the percentages add up to 100%)',
      ],
    ]);
  });

  it('reads a 0 as a real decimal when another share of the block ends otherwise', () => {
    // 96.0 beside 4.1 (100.1 in all): a block of one-decimal shares, and 95.93 is not 96.0.
    expect(findings(table('4.1'))).toEqual([
      ...sex,
      [
        'percentages',
        'inconsistent',
        '613 (96.0)',
        '613/639 = 95.93% of 639, the sum of the counts (the percentages add up to 100%)',
      ],
      [
        'percentages',
        'consistent',
        '26 (4.1)',
        '26/639 = 4.07% of 639, the sum of the counts (the percentages add up to 100%)',
      ],
    ]);
  });

  const flat = (a: string, b: string) =>
    `Tabel 5.6. Distribusi responden berdasarkan kebiasaan merokok Kebiasaan Merokok f Ada Tidak Ada 34 71 ${a} ${b} Jumlah 105 100 Berdasarkan tabel 5.6. di atas, lebih banyak lansia yang tidak merokok yaitu 71 orang ${b}, sedangkan yang merokok yaitu 34 orang ${a}.`;

  it('holds the prose repeating a padded column to the column’s decimals', () => {
    // 34/105 = 32.381% and 71/105 = 67.619%: 32,40 and 67,60 are 32,4 and 67,6 padded.
    expect(findings(flat('32,40', '67,60'), 'id')).toEqual([
      ['percentages', 'consistent', '34 (32,40%)', '34/105 = 32,38% dari total tabel 105'],
      ['percentages', 'consistent', '71 (67,60%)', '71/105 = 67,62% dari total tabel 105'],
      ['percentages', 'consistent', '71 orang 67,60', '71/105 = 67,62% dari total tabel 105'],
      ['percentages', 'consistent', '34 orang 32,40', '34/105 = 32,38% dari total tabel 105'],
    ]);
  });

  it('keeps two decimals in the prose when the column has real second decimals', () => {
    // 67,61 beside 32,38: two real decimals, and 71/105 = 67.62, not 67.61 (flagged once, in the
    // table: the prose restating the same error is not a second finding).
    expect(findings(flat('32,38', '67,61'), 'id')).toEqual([
      ['percentages', 'consistent', '34 (32,38%)', '34/105 = 32,38% dari total tabel 105'],
      ['percentages', 'inconsistent', '71 (67,61%)', '71/105 = 67,62% dari total tabel 105'],
      ['percentages', 'consistent', '34 orang 32,38', '34/105 = 32,38% dari total tabel 105'],
    ]);
  });
});

describe('a share followed by a measure in brackets (recognisers/percentages.ts)', () => {
  it('reads "85% (24 g)" as a share of a weight, not of a count of 24', () => {
    const text =
      'Table 1. Lowest % of core sampled different from the 100% treatment\nUnique OTUs | Eukaryotes | 67 | <0.001 | 85% (24 g) |\nMetazoans | 23 | <0.001 | 78% (22 g) | |';
    expect(findings(text)).toEqual([]);
  });

  it('still reads a count of people, and a count in millions, after the share', () => {
    // 24 + 5 = 29 patients: 24/29 = 82.76%, printed 85%; 5/29 = 17.24%, printed 15%.
    expect(
      findings('Of the patients, 85% (24 patients) were men and 15% (5 patients) women.').map((f) => f[1]),
    ).toEqual(['inconsistent', 'inconsistent']);
    expect(findings('Pada tahun 2035 jumlahnya meningkat menjadi 55% (592 juta).', 'id').map((f) => f[1])).toEqual([
      'not-checkable',
    ]);
  });
});

describe('a table kept column by column, one cell per column (recognisers/column-cell-p.ts)', () => {
  it('gives no p across the border to a ratio under another interval of its cell', () => {
    // 0.45 (0.27-0.76) excludes 1; the 0.83 after the border is the first row's (0.94's) p.
    // 1.08 (0.77-1.53) is its cell's only interval, and the next cell's one p, 0.634, is its own.
    const text =
      'Table 1. Characteristics of cases and controls\n| Variable | Cases | OR (95%CI) | P-value |\n  Age group\n  <40\n  40-55\n  55-70 |\n  39\n  60\n  101 |\n  1.00\n  0.94 (0.56-1.60)\n  0.45 (0.27-0.76) |\n  0.83\n  0.003 |\n\n  Gender\n  Female\n  Male |\n  176\n  104 |\n  1.00\n  1.08 (0.77-1.53) |\n  0.634 |\n';
    expect(findings(text)).toEqual([
      [
        'confidence-interval',
        'consistent',
        'OR = 0.94; CI 95% 0.56 – 1.60',
        'centre on the log scale √(lower·upper) = [0.9409, 0.9523]',
      ],
      [
        'confidence-interval',
        'consistent',
        'OR = 0.45; CI 95% 0.27 – 0.76',
        'centre on the log scale √(lower·upper) = [0.4473, 0.4587]',
      ],
      [
        'confidence-interval',
        'consistent',
        'OR = 1.08; CI 95% 0.77 – 1.53',
        'centre on the log scale √(lower·upper) = [1.080, 1.091]',
      ],
      [
        'confidence-interval',
        'consistent',
        'OR = 1.08; CI 95% 0.77 – 1.53; p = 0.634',
        'p from the interval (Wald) = 0.6151 to 0.6840',
      ],
    ]);
  });
});

describe('a group split into shares of other totals (recognisers/other-total-shares.ts)', () => {
  it('does not read column shares restated after a group as shares of the group', () => {
    // 2 + 16 = 18, the whole group, but 6,9 + 14,4 = 21,3: the shares are of the table's columns
    // (2/29 = 6,90, 16/111 = 14,41), not of the 18.
    expect(
      findings(
        'Dari 18 responden yang merokok, sebanyak 2 orang 6,9 tertular TB paru dan sebanyak 16 orang 14,4 tidak tertular.',
        'id',
      ),
    ).toEqual([]);
  });

  it('checks a split with a share no whole total gives, or one adding up to 100 within a misprint', () => {
    // 68,9 of 70: 70/101 = 69,31 and 70/102 = 68,63, so no total gives it; 70/74 = 94,59.
    expect(
      findings('Dari 74 kasus, sebanyak 70 orang 68,9 bersikap positif dan 4 orang 2,5 bersikap negatif.', 'id'),
    ).toEqual([
      ['percentages', 'inconsistent', '70 orang 68,9', '70/74 = 94,59% dari total 74 yang ditulis bersamanya'],
      ['percentages', 'inconsistent', '4 orang 2,5', '4/74 = 5,41% dari total 74 yang ditulis bersamanya'],
    ]);
    // 13/28 = 46,43, printed 46,1; no whole total gives 46,1 of 13 (28,17–28,23).
    expect(
      findings('Dari 28 responden, sebanyak 15 orang 53,6 keluarga kecil dan 13 orang 46,1 keluarga besar.', 'id'),
    ).toEqual([
      ['percentages', 'consistent', '15 orang 53,6', '15/28 = 53,57% dari total 28 yang ditulis bersamanya'],
      ['percentages', 'inconsistent', '13 orang 46,1', '13/28 = 46,43% dari total 28 yang ditulis bersamanya'],
    ]);
  });
});

describe('where a share printed before its count is quoted (checks/percentages.ts)', () => {
  const places = (text: string) =>
    checkText(text, { lang: 'en' }).findings.map((f) => [f.verdict, text.slice(f.start, f.end)]);

  it('spans the share and its count, not the share alone or nothing', () => {
    // 24 + 5 = 29: 24/29 = 82.76%, printed 85%. No whole total gives 85% of 24 (28.07–28.40).
    expect(places('Of the patients, 85% (24 patients) were men and 15% (5 patients) women.')).toEqual([
      ['inconsistent', '85% (24'],
      ['inconsistent', '15% (5'],
    ]);
    expect(places('Most of them, 85% (24 patients), were men.')).toEqual([['inconsistent', '85% (24']]);
  });
});
