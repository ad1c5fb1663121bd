/**
 * Gaps the layout matrix (test/check/layout-variants.test.ts) showed in tab-separated, pipe and
 * space-aligned tables, each with text written for the test. Each case lists every finding
 * naskah reports, exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/check/index.ts';

const findings = (text: string) =>
  checkText(text, { lang: 'id' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed]);

describe('tables whose count column has no role header (recognisers/tables.ts, sections)', () => {
  it('a frequency table is one section, not one section per row', () => {
    // Before: each row its own section, so the % column "summed" to 60,0 against 100,0.
    const text =
      'Tabel 3. Siswa per kelas\nKelas\tBanyaknya siswa\t%\nVII\t20\t40,0\nVIII\t30\t60,0\nJumlah\t50\t100,0';
    expect(findings(text)).toEqual([
      ['percentages', 'not-checkable', 'VII | 20 | 40,0', '—'],
      ['totals', 'consistent', '%: Jumlah = 100,0', 'jumlah baris = 100,0'],
    ]);
  });

  it('a table with two label columns (variable, category) is still split at each variable', () => {
    const text =
      'Tabel 1. Karakteristik responden\nKarakteristik\tKategori\tn\t%\nJenis kelamin\tLaki-laki\t12\t40,0\n\tPerempuan\t18\t60,0\nPendidikan\tSMA\t20\t66,7\n\tPT\t10\t33,3';
    expect(findings(text)).toEqual([
      [
        'percentages',
        'consistent',
        '12 (40,0%)',
        '12/30 = 40,00% dari 30, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
      [
        'percentages',
        'consistent',
        '18 (60,0%)',
        '18/30 = 60,00% dari 30, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
      [
        'percentages',
        'consistent',
        '20 (66,7%)',
        '20/30 = 66,67% dari 30, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
      [
        'percentages',
        'consistent',
        '10 (33,3%)',
        '10/30 = 33,33% dari 30, jumlah semua frekuensi (persentasenya berjumlah 100%)',
      ],
    ]);
  });
});

describe('a count column header that names its sample size (recognisers/tables.ts, roleOf)', () => {
  it('"Frekuensi (n = 40)" is a count column: its shares are checked against the total row', () => {
    // 18/40 = 45,0%, printed 46,0; the % column then adds up to 101,0.
    const text =
      'Tabel 2. Pendidikan responden\nPendidikan\tFrekuensi (n = 40)\tPersentase (%)\nSD\t10\t25,0\nSMP\t12\t30,0\nSMA\t18\t46,0\nJumlah\t40\t100,0';
    expect(findings(text)).toEqual([
      ['percentages', 'consistent', '10 (25,0%)', '10/40 = 25,00% dari total tabel 40'],
      ['percentages', 'consistent', '12 (30,0%)', '12/40 = 30,00% dari total tabel 40'],
      ['percentages', 'inconsistent', '18 (46,0%)', '18/40 = 45,00% dari total tabel 40'],
      ['totals', 'consistent', 'Frekuensi (n = 40): Jumlah = 40', 'jumlah baris = 40'],
      ['totals', 'inconsistent', 'Persentase (%): Jumlah = 100,0', 'jumlah baris = 101,0'],
    ]);
  });
});

describe('a header that ends in a row of units (recognisers/unit-header-rows.ts)', () => {
  it('category names that look like numbers ("< 30", "≥ 30") above "n % n %" are header, not a body row', () => {
    // Row shares: 6/21 = 28,57%, printed 30,0. Before: no share read, and a false "Total = 41 ≠ 21".
    const text =
      'Tabel 5. Umur dan keikutsertaan\nKeikutsertaan\tUmur\t\t\t\tTotal\t\n\t< 30\t\t≥ 30\t\t\t\n\tn\t%\tn\t%\tn\t%\nYa\t12\t60,0\t8\t40,0\t20\t100,0\nTidak\t6\t30,0\t15\t71,4\t21\t100,0\nTotal\t18\t43,9\t23\t56,1\t41\t100,0';
    expect(findings(text)).toEqual([
      [
        'percentages',
        'consistent',
        '12 (60,0%); 8 (40,0%); 20 (100,0%)',
        '12/20 = 60,00% dari total baris 20; 8/20 = 40,00% dari total baris 20; 20/20 = 100,00% dari total baris 20',
      ],
      ['totals', 'consistent', 'Ya: 12 + 8 → 20', 'jumlah baris = 20'],
      ['percentages', 'inconsistent', '6 (30,0%)', '6/21 = 28,57% dari total baris 21'],
      ['totals', 'consistent', 'Tidak: 6 + 15 → 21', 'jumlah baris = 21'],
      [
        'percentages',
        'consistent',
        '18 (43,9%); 23 (56,1%); 41 (100,0%)',
        '18/41 = 43,90% dari total baris 41; 23/41 = 56,10% dari total baris 41; 41/41 = 100,00% dari total baris 41',
      ],
      ['totals', 'consistent', 'Umur < 30 n: Total = 18', 'jumlah baris = 18'],
      ['totals', 'consistent', 'Umur ≥ 30 n: Total = 23', 'jumlah baris = 23'],
      ['totals', 'consistent', 'Total ≥ 30 n: Total = 41', 'jumlah baris = 41'],
      ['totals', 'consistent', 'Total: 18 + 23 → 41', 'jumlah baris = 41'],
    ]);
  });
});

describe('tables one cell per line with means ± SD and minus signs (recognisers/cell-lines.ts)', () => {
  it('"12.4 ± 3.1" and "−2.31" are a row\'s numbers, so the run is rejoined into rows', () => {
    // t(58) = 0.95 gives two-tailed p = 0.346 (R: 2 * pt(-0.95, 58)), printed 0.120.
    const text =
      'Table 2. Scores before and after the training\nMeasure\nPre\nPost\nt\ndf\np\nAnxiety\n12.4 ± 3.1\n14.0 ± 3.5\n−2.31\n58\n0.024\nStress\n20.2 ± 4.0\n21.0 ± 4.4\n−0.95\n58\n0.120';
    expect(checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed])).toEqual(
      [
        [
          'p-value',
          'consistent',
          'Anxiety | 12.4 ± 3.1 | 14.0 ± 3.5 | −2.31 | 58 | 0.024',
          'p = 0.0242 to 0.0248 (two-tailed) for |t(58)| ∈ [2.305, 2.315]',
        ],
        [
          'p-value',
          'inconsistent',
          'Stress | 20.2 ± 4.0 | 21.0 ± 4.4 | −0.95 | 58 | 0.120',
          'p = 0.3435 to 0.3486 (two-tailed) for |t(58)| ∈ [0.945, 0.955]',
        ],
      ],
    );
  });
});

describe('rows whose label wrapped onto its own line (recognisers/label-lines.ts)', () => {
  it('a label line above a line of numbers is one row, read as rows one per line', () => {
    // t(30) = 0.56 gives two-tailed p = 0.58 (R: 2 * pt(-0.56, 30)), printed 0.012.
    const text =
      'Table 4. Reading scores before and after the programme\nSkill Before After t df p\n1 Reading aloud\n12.1 ± 2.0 13.4 ± 2.2 2.20 30 0.035\n2 Spelling\n10.5 ± 1.9 10.9 ± 2.1 0.56 30 0.012';
    expect(checkText(text, { lang: 'en' }).findings.map((f) => [f.check, f.verdict, f.reported, f.recomputed])).toEqual(
      [
        ['p-value', 'consistent', '2.20 30 0.035', 'p = 0.0353 to 0.0360 (two-tailed) for |t(30)| ∈ [2.195, 2.205]'],
        [
          'p-value',
          'decision-error',
          '0.56 30 0.012',
          'p = 0.5763 to 0.5830 (two-tailed) for |t(30)| ∈ [0.555, 0.565]',
        ],
      ],
    );
  });

  it('one heading above one line of numbers is left as it is', () => {
    const text =
      'Table 4. Reading scores\nSkill Before After t df p\nReading aloud\n12.1 ± 2.0 13.4 ± 2.2 2.20 30 0.035';
    expect(checkText(text, { lang: 'en' }).findings).toEqual([]);
  });
});
