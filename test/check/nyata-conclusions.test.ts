/**
 * "Nyata" is how Indonesian agricultural and animal-science reports say "significant"
 * ("pengaruh nyata (P<0,05)", "pengaruh tidak nyata (P>0,05)"): a finding so worded is read with
 * the p it cites, as "pengaruh (tidak) signifikan" is (recognisers/conclusions.ts, RELATION).
 * Each case lists every finding naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('findings worded with "nyata" (significant)', () => {
  it('"pengaruh tidak nyata" citing P < 0,05 contradicts its p', () => {
    expect(findings('Penambahan tepung daun memberikan pengaruh tidak nyata (P<0,05) terhadap bobot telur.')).toEqual([
      ['conclusion', 'inconsistent', 'pengaruh tidak nyata (P<0,05', 'p < 0,05 ≤ α = 0,05: signifikan'],
    ]);
  });

  it('"pengaruh tidak nyata" citing P > 0,05 and "pengaruh nyata" citing P < 0,05 agree with their p', () => {
    expect(findings('Penambahan tepung daun memberikan pengaruh tidak nyata (P>0,05) terhadap bobot telur.')).toEqual([
      ['conclusion', 'consistent', 'pengaruh tidak nyata (P>0,05', 'p > 0,05 > α = 0,05: tidak signifikan'],
    ]);
    expect(findings('Lama penyimpanan memberikan pengaruh yang nyata (P<0,01) terhadap kadar air.')).toEqual([
      ['conclusion', 'consistent', 'pengaruh yang nyata (P<0,01', 'p < 0,01 ≤ α = 0,05: signifikan'],
    ]);
  });

  it('"nyata" without a p is not a finding to check', () => {
    expect(findings('Perbaikan pakan memberikan pengaruh nyata bagi peternak di desa tersebut.')).toEqual([]);
  });
});
