/**
 * One test named in several places with different values (recognisers/named-results.ts,
 * checks/repeated-comparisons.ts): the same comparison by the same name, abstract vs results,
 * with p-values (or statistics of one kind and df) that cannot be the same printed value. Both
 * languages, and the cases where two results with similar names are different tests.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

function repeated(text: string, lang: 'id' | 'en') {
  return checkText(text, { lang })
    .findings.filter((f) => f.check === 'repeated-values')
    .map((f) => [f.verdict, f.line, f.recomputed, f.explanation]);
}

describe('one comparison named in several places', () => {
  it('flags the same named comparison with two p-values (Indonesian, abstract vs results)', () => {
    const text = [
      'Abstrak. Ada hubungan antara pengetahuan dengan kepatuhan minum obat (p=0,003).',
      '',
      'Hasil uji chi-square menunjukkan hubungan antara pengetahuan dengan kepatuhan minum obat, p = 0,030.',
    ].join('\n');
    expect(repeated(text, 'id')).toEqual([
      ['inconsistent', 1, 'juga dilaporkan pada baris 3', expect.stringContaining('p = 0,003')],
    ]);
  });

  it('flags the same named comparison with two statistics of one kind and df (English)', () => {
    const text = [
      'We found an association between stigma and adherence, χ²(1) = 5.10, p = .024.',
      'In the results, the association between stigma and adherence was χ²(1) = 6.10, p = .024.',
    ].join('\n');
    expect(repeated(text, 'en').map(([v, l, r]) => [v, l, r])).toEqual([
      ['inconsistent', 1, 'also reported at line 2'],
    ]);
  });

  it('is consistent when the named places agree', () => {
    const text = [
      'Ada hubungan antara pengetahuan dengan kepatuhan minum obat (p=0,003).',
      'Uji chi-square: hubungan antara pengetahuan dengan kepatuhan minum obat, p = 0,003.',
    ].join('\n');
    expect(repeated(text, 'id').map(([v]) => v)).toEqual(['consistent']);
  });

  it('does not take different groups, other models or other names for the same test', () => {
    // The same variables in two groups are two tests.
    expect(
      repeated(
        [
          'Terdapat perbedaan pengetahuan sebelum dan sesudah penyuluhan pada kelompok intervensi (p=0,001).',
          'Tidak terdapat perbedaan pengetahuan sebelum dan sesudah penyuluhan pada kelompok kontrol (p=0,320).',
        ].join('\n'),
        'id',
      ),
    ).toEqual([]);
    // A multivariable model gives the same pair another p.
    expect(
      repeated(
        [
          'Ada hubungan antara pengetahuan dengan kepatuhan minum obat (p=0,003).',
          'Pada analisis multivariat, hubungan antara pengetahuan dengan kepatuhan minum obat p = 0,080.',
        ].join('\n'),
        'id',
      ),
    ).toEqual([]);
    // Two studies report the same comparison by name, each its own test.
    expect(
      repeated(
        [
          'In Study 1, the effect of priming on reaction times was significant, F(1, 40) = 5.20, p = .028.',
          'In Study 2, the effect of priming on reaction times was not significant, F(1, 40) = 1.20, p = .280.',
        ].join('\n'),
        'en',
      ),
    ).toEqual([]);
    // Other df under one name: another sample, so another test.
    expect(
      repeated(
        [
          'The effect of priming on reaction times was significant, F(1, 40) = 5.20, p = .028.',
          'Among older adults, the effect of priming on reaction times was F(1, 18) = 1.20, p = .288.',
        ].join('\n'),
        'en',
      ),
    ).toEqual([]);
    // A sentence naming two comparisons or citing two p-values is not named.
    expect(
      repeated(
        [
          'The association between stigma and adherence (p = .024) and the association between age and adherence (p = .30) were tested.',
          'The association between stigma and adherence was significant, p = .040.',
        ].join('\n'),
        'en',
      ),
    ).toEqual([]);
  });
});
