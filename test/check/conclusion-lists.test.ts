/**
 * A list of findings sharing one verb, each item with its own p in parentheses
 * (src/check/recognisers/conclusion-lists.ts): every item is read as a finding with its own p.
 * Both languages, the verb after and before the list, and texts where it must not fire.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

function conclusions(text: string, lang: 'id' | 'en') {
  return checkText(text, { lang })
    .findings.filter((f) => f.check === 'conclusion')
    .map((f) => [f.reported, f.verdict]);
}

describe('a list of findings sharing one verb', () => {
  it('reads each item of a list before "berhubungan" with its own p', () => {
    expect(
      conclusions(
        'Hasil menunjukkan bahwa umur (p=0,002), paritas (p=0,310 dan φ=0,120), dan pendidikan (p=0,041) berhubungan dengan kepatuhan minum obat.',
        'id',
      ),
    ).toEqual([
      ['umur (p=0,002)', 'consistent'],
      ['paritas (p=0,310 dan φ=0,120)', 'inconsistent'],
      ['pendidikan (p=0,041)', 'consistent'],
    ]);
  });

  it('reads a negated shared verb ("tidak berhubungan", "were not associated")', () => {
    expect(
      conclusions('Pekerjaan (p=0,520) dan penghasilan (p=0,030) tidak berhubungan dengan kepatuhan.', 'id'),
    ).toEqual([
      ['Pekerjaan (p=0,520)', 'consistent'],
      ['penghasilan (p=0,030)', 'inconsistent'],
    ]);
    expect(
      conclusions('Age (p = .62), sex (p = .048) and income (p = .35) were not associated with adherence.', 'en'),
    ).toEqual([
      ['Age (p = .62)', 'consistent'],
      ['sex (p = .048)', 'inconsistent'],
      ['income (p = .35)', 'consistent'],
    ]);
  });

  it('reads an English list before "were significantly associated with", p given as a bound', () => {
    expect(
      conclusions(
        'Smoking (p < .001), obesity (p = .27) and inactivity (p = .004) were significantly associated with hypertension.',
        'en',
      ),
    ).toEqual([
      ['Smoking (p < .001)', 'consistent'],
      ['obesity (p = .27)', 'inconsistent'],
      ['inactivity (p = .004)', 'consistent'],
    ]);
  });

  it('reads the verb before the list ("yang berhubungan … yaitu", "ada hubungan antara")', () => {
    expect(
      conclusions(
        'Faktor yang berhubungan dengan kejadian anemia yaitu umur (p=0,012) dan jarak kehamilan (p=0,094).',
        'id',
      ),
    ).toEqual([
      ['umur (p=0,012)', 'consistent'],
      ['jarak kehamilan (p=0,094)', 'inconsistent'],
    ]);
    expect(
      conclusions(
        'Factors associated with relapse were: age (p = .03), stigma (p = .01) and distance (p = .44).',
        'en',
      ),
    ).toEqual([
      ['age (p = .03)', 'consistent'],
      ['stigma (p = .01)', 'consistent'],
      ['distance (p = .44)', 'inconsistent'],
    ]);
  });

  it('reads a negated verb before the list ("tidak ada hubungan antara …")', () => {
    expect(
      conclusions(
        'Tidak ada hubungan antara umur (p=0,390), pendidikan (p=0,031) dan pekerjaan (p=0,720) dengan stres kerja.',
        'id',
      ).map(([, v]) => v),
    ).toEqual(['consistent', 'inconsistent', 'consistent']);
  });

  it('does not read a list without a shared finding, nor one whose items have verbs or numbers between them', () => {
    // No finding verb: the p-values are only listed.
    expect(
      conclusions(
        'Nilai p untuk umur (p=0,002), paritas (p=0,310) dan pendidikan (p=0,041) disajikan pada Tabel 3.',
        'id',
      ),
    ).toEqual([]);
    // A number between items breaks the list: which p goes with the verb is not clear.
    expect(conclusions('Umur (p=0,002), 45 responden paritas (p=0,310) berhubungan dengan kepatuhan.', 'id')).toEqual(
      [],
    );
    // A p given as a lower bound has no known side of the level: the list is not read through it.
    expect(conclusions('Age (p > .05) and sex (p > .10) were associated with adherence.', 'en')).toEqual([]);
    // Candidates for a multivariable model are selected at a looser level than α.
    expect(
      conclusions(
        'Variabel yang berhubungan dengan kepatuhan yaitu umur (p=0,002) dan paritas (p=0,210) menjadi kandidat multivariat (p<0,25).',
        'id',
      ),
    ).toEqual([]);
    // One item is not a list (the clause reading of conclusions.ts handles single findings).
    expect(conclusions('Paritas (p=0,310) berhubungan dengan kepatuhan.', 'id')).toEqual([]);
  });

  it('reads an item once when a clause of the sentence already reads it', () => {
    // "ada hubungan" in the last clause is read by the clause reading; the list adds the others.
    const found = conclusions('Umur (p=0,002) dan paritas (p=0,310) ada hubungan dengan kepatuhan.', 'id');
    expect(found.map(([, v]) => v).sort()).toEqual(['consistent', 'inconsistent']);
  });
});
