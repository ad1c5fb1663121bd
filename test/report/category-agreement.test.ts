/**
 * category-agreement report unit: computed categories against recorded ones (coded 0/1,
 * compared through `map`), all agreeing; and a second recorded variable that disagrees on
 * the third participant (spreadsheet row 4, the header being row 1), in both languages.
 */
import { describe, expect, it } from 'vitest';
import { categoryAgreementUnit } from '../../src/analysis/units/category-agreement.ts';
import { categoryAgreementReport as unit } from '../../src/report/analyses/category-agreement.ts';
import { prepare, studyYaml } from './helpers.ts';

const YAML = studyYaml(
  `  kat_hitung: { type: categorical, label: { id: Kategori dihitung, en: Computed category }, levels: { rendah: Rendah, tinggi: Tinggi } }
  kat_catat: { type: categorical, label: { id: Kategori tercatat, en: Recorded category }, levels: { "0": "0", "1": "1" } }
  kat2: { type: categorical, label: { id: Kategori kedua, en: Second category }, levels: { rendah: Rendah, tinggi: Tinggi } }`,
  `  - { id: ok, type: category-agreement, pairs: [{ computed: kat_hitung, recorded: kat_catat, map: { rendah: "0", tinggi: "1" } }] }
  - { id: bad, type: category-agreement, pairs: [{ computed: kat_hitung, recorded: kat_catat, map: { rendah: "0", tinggi: "1" } }, { computed: kat_hitung, recorded: kat2 }] }`,
);
const CSV =
  'kat_hitung,kat_catat,kat2\nrendah,0,rendah\ntinggi,1,tinggi\nrendah,0,tinggi\ntinggi,1,tinggi\nrendah,0,rendah\n';
const prep = (id: string) => prepare(categoryAgreementUnit, YAML, CSV, id);

describe('all categories agree', () => {
  const { a, spec, ctx } = prep('ok');

  it('says so in the methods and adds nothing to the results', () => {
    expect(unit.methods!(a, spec, ctx('en'))).toBe(
      'As a data check, the categories computed from the item responses were compared with the categories recorded in the data file; they agreed for all 5 participants in each of the 1 comparisons.',
    );
    expect(unit.methods!(a, spec, ctx('id'))).toBe(
      'Sebagai pemeriksaan data, kategori yang dihitung dari jawaban butir dibandingkan dengan kategori yang tercatat dalam berkas data; keduanya sama untuk seluruh 5 responden pada masing-masing dari 1 perbandingan.',
    );
    expect(unit.results(a, spec, ctx('en'))).toBe('');
  });
});

describe('a recorded category disagrees', () => {
  const { a, spec, ctx } = prep('bad');

  it('names the variable, the count and the spreadsheet rows, in the methods and the results', () => {
    const en =
      'As a data check, the categories computed from the item responses were compared with the categories recorded in the data file; they disagreed for second category (1 participant; data rows 4). These rows need to be checked before the results are interpreted.';
    expect(unit.methods!(a, spec, ctx('en'))).toBe(en);
    expect(unit.results(a, spec, ctx('en'))).toBe(en);
    expect(unit.results(a, spec, ctx('id'))).toBe(
      'Sebagai pemeriksaan data, kategori yang dihitung dari jawaban butir dibandingkan dengan kategori yang tercatat dalam berkas data; keduanya berbeda pada kategori kedua (1 responden; baris data 4). Baris-baris tersebut perlu diperiksa sebelum hasil ditafsirkan.',
    );
  });
});
