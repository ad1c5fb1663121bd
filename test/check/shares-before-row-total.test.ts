/**
 * Cross tables whose rows print "count (share)" cells, then the row's total
 * (recognisers/shares-before-row-total.ts). Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('row shares printed before their row total', () => {
  it('reads a web table stored one cell per line, each share against its row total', () => {
    const text = [
      'Table 4: Knowledge by residence.',
      'Residence |',
      'Good |',
      'Poor |',
      'Total |',
      'Urban |',
      '45(60.0) |',
      '30(40.0) |',
      '75 |',
      'Rural |',
      '18(36.0) |',
      '32(65.0) |',
      '50 |',
      'Peri-urban |',
      '12(48.0) |',
      '13(52.0) |',
      '25 |',
    ].join('\n');
    // 32/50 = 64.0, printed 65.0; every other share is exact (45/75 = 60, 18/50 = 36, 12/25 = 48).
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '45(60.0)', '45/75 = 60.00% of the row total 75'],
      ['percentages', 'consistent', '30(40.0)', '30/75 = 40.00% of the row total 75'],
      ['percentages', 'consistent', '18(36.0)', '18/50 = 36.00% of the row total 50'],
      ['percentages', 'inconsistent', '32(65.0)', '32/50 = 64.00% of the row total 50'],
      ['percentages', 'consistent', '12(48.0)', '12/25 = 48.00% of the row total 25'],
      ['percentages', 'consistent', '13(52.0)', '13/25 = 52.00% of the row total 25'],
    ]);
  });

  it('reads the same rows printed one to a line', () => {
    const text = [
      'Residence Good Poor Total',
      'Urban 45 (60.0) 30 (40.0) 75',
      'Rural 18 (36.0) 32 (65.0) 50',
      'Peri-urban 12 (48.0) 13 (52.0) 25',
    ].join('\n');
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '45 (60.0)', '45/75 = 60.00% of the row total 75'],
      ['percentages', 'consistent', '30 (40.0)', '30/75 = 40.00% of the row total 75'],
      ['percentages', 'consistent', '18 (36.0)', '18/50 = 36.00% of the row total 50'],
      ['percentages', 'inconsistent', '32 (65.0)', '32/50 = 64.00% of the row total 50'],
      ['percentages', 'consistent', '12 (48.0)', '12/25 = 48.00% of the row total 25'],
      ['percentages', 'consistent', '13 (52.0)', '13/25 = 52.00% of the row total 25'],
    ]);
  });

  it('does not read column shares beside a row total as shares of the row', () => {
    // Counts add up to each row's total, but the shares are of the columns (45 + 20 + 10 = 75 Good).
    const text = [
      'Residence Good Poor Total',
      'Urban 45 (60.0) 30 (40.0) 75',
      'Rural 20 (26.7) 25 (33.3) 45',
      'Peri-urban 10 (13.3) 20 (26.7) 30',
    ].join('\n');
    expect(findings(text)).toEqual([]);
  });

  it('leaves out a row whose shares do not add up to 100 (they are of more people than its counts)', () => {
    // North: 58.4 + 39.0 = 97.4, the shares of 77 with 2 of unknown status, not of the printed 75.
    const text = [
      'Table 3. Uptake by district (row %; unknown status not shown)',
      'District Vaccinated Not vaccinated Total',
      'North 45 (58.4) 30 (39.0) 75',
      'South 18 (36.0) 32 (64.0) 50',
      'East 12 (48.0) 13 (52.0) 25',
    ].join('\n');
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '18 (36.0)', '18/50 = 36.00% of the row total 50'],
      ['percentages', 'consistent', '32 (64.0)', '32/50 = 64.00% of the row total 50'],
      ['percentages', 'consistent', '12 (48.0)', '12/25 = 48.00% of the row total 25'],
      ['percentages', 'consistent', '13 (52.0)', '13/25 = 52.00% of the row total 25'],
    ]);
  });
});
