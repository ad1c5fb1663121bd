/**
 * SPSS Item-Total Statistics tables with a validity label per item, read as decisions of the
 * corrected item-total r against the r tabel the text states (recognisers/item-total-validity.ts,
 * checks/critical-values.ts). Texts written for these tests; each case lists every finding.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('Item-Total Statistics validity labels against the stated r tabel', () => {
  it('Keterangan after Alpha if Item Deleted: the third number is r; .298 < 0,361 called valid is inconsistent', () => {
    const text = [
      'Nilai r tabel untuk n = 30 pada taraf 5% adalah 0,361.',
      'Item-Total Statistics',
      'Scale Mean if Item Deleted Scale Variance if Item Deleted Corrected Item-Total Correlation Cronbachs Alpha if Item Deleted Keterangan',
      'P1 41.2000 88.166 .612 .951 valid',
      'P2 41.5333 90.257 .298 .955 valid',
      'P3 41.3667 86.102 .733 .948 valid',
    ].join('\n');
    expect(findings(text)).toEqual([
      ['conclusion', 'consistent', '.612 .951 valid', '|.612| > 0,361 (nilai kritis): signifikan'],
      ['conclusion', 'inconsistent', '.298 .955 valid', '|.298| ≤ 0,361 (nilai kritis): tidak signifikan'],
      ['conclusion', 'consistent', '.733 .948 valid', '|.733| > 0,361 (nilai kritis): signifikan'],
    ]);
  });

  it('one cell a line, the label right after r and before Squared Multiple Correlation and Alpha', () => {
    const text = [
      'Item-Total Statistics',
      'Scale Mean if Item Deleted',
      'Scale Variance if Item Deleted',
      'Corrected Item-Total Correlation',
      'Keterangan',
      'Squared Multiple Correlation',
      "Cronbach's Alpha if Item Deleted",
      '',
      'Butir 1',
      '',
      '44.10',
      '',
      '19.817',
      '',
      '.512',
      '',
      'Valid',
      '',
      '.601',
      '',
      '.790',
      '',
      'Butir 2',
      '',
      '44.57',
      '',
      '21.426',
      '',
      '.204',
      '',
      'Tidak Valid',
      '',
      '.388',
      '',
      '.815',
      '',
      'Syarat: r hitung > r tabel (r tabel untuk 30 responden = 0,361) maka butir valid.',
      'Reliabilitas: Cronbach Alpha > r tabel (0,6) maka reliabel.',
    ].join('\n');
    expect(findings(text)).toEqual([
      ['conclusion', 'consistent', '.512 Valid', '|.512| > 0,361 (nilai kritis): signifikan'],
      ['conclusion', 'consistent', '.204 Tidak Valid', '|.204| ≤ 0,361 (nilai kritis): tidak signifikan'],
    ]);
  });

  it('no r tabel stated near the table: nothing is read', () => {
    const text = [
      'Item-Total Statistics',
      'Scale Mean if Item Deleted Scale Variance if Item Deleted Corrected Item-Total Correlation Cronbachs Alpha if Item Deleted Keterangan',
      'P1 41.2000 88.166 .612 .951 valid',
      'P2 41.5333 90.257 .298 .955 valid',
    ].join('\n');
    expect(findings(text)).toEqual([]);
  });

  it('two different r tabel values near the table: which one judged the items is unknown, nothing is read', () => {
    const text = [
      'Untuk uji coba (n = 30) r tabel = 0,361; untuk sampel penelitian (n = 100) r tabel = 0,197.',
      'Item-Total Statistics',
      'Scale Mean if Item Deleted Scale Variance if Item Deleted Corrected Item-Total Correlation Cronbachs Alpha if Item Deleted Keterangan',
      'P1 41.2000 88.166 .612 .951 valid',
      'P2 41.5333 90.257 .298 .955 valid',
    ].join('\n');
    expect(findings(text)).toEqual([]);
  });

  it('α 0,05 named with r tabel is not taken for the critical r', () => {
    const text = [
      'r tabel pada taraf signifikansi 0,05 dengan n = 30 adalah 0,361.',
      'Item-Total Statistics',
      'Scale Mean if Item Deleted Scale Variance if Item Deleted Corrected Item-Total Correlation Cronbachs Alpha if Item Deleted Keterangan',
      'X1.1 41.2000 88.166 .340 .951 Tidak Valid',
    ].join('\n');
    expect(findings(text)).toEqual([
      ['conclusion', 'consistent', '.340 .951 Tidak Valid', '|.340| ≤ 0,361 (nilai kritis): tidak signifikan'],
    ]);
  });
});
