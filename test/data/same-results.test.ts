/**
 * The same data in any format give the same results: asn-metro built from pss.csv,
 * pss.sav (SPSS, bytecode-compressed, sex as labelled codes 1/2) and pss.xlsx (Excel), and
 * pllu-soekarno-hatta from stres_kerja.dta (Stata 118, every category an integer code in
 * alphabetical order with value labels), whose declared level order must still decide the
 * reference categories. The study variants are written into temporary folders.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/io.ts';
import { copyStudy, REPO, tempDir } from '../helpers/tmp.ts';

const root = tempDir();
const FIXTURES = join(REPO, 'test', 'fixtures', 'data');

/** A copy of a study whose data.file is the fixture `file`; returns its results.json. */
async function buildWith(study: string, file: string, tag: string): Promise<any> {
  const into = join(root, tag);
  const dir = copyStudy(study, into);
  if (file) {
    copyFileSync(join(FIXTURES, file), join(dir, 'data', file));
    const yaml = join(dir, 'study.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^( {2}file: )data\/\S+$/m, `$1data/${file}`));
  }
  const out = join(into, 'out');
  const r = await run(['build', dir, '--out', out, '--format', 'json']);
  expect(r.stderr).toContain(`built ${study}`);
  expect(r.code).toBe(0);
  return JSON.parse(readFileSync(join(out, study, 'results.json'), 'utf8'));
}

/** results.json without the input hashes (the one part that names the file). */
function statistics(results: any): unknown {
  const { inputs, ...rest } = results;
  expect(Object.keys(inputs)).toContain('study.yaml');
  return rest;
}

describe('asn-metro from CSV, SPSS and Excel', () => {
  const results: Record<string, any> = {};
  beforeAll(async () => {
    results.csv = await buildWith('asn-metro', '', 'csv');
    results.sav = await buildWith('asn-metro', 'pss.sav', 'sav');
    results.xlsx = await buildWith('asn-metro', 'pss.xlsx', 'xlsx');
  }, 180_000);

  it('the .sav gives every statistic of the CSV', () => {
    expect(Object.keys(results.sav.inputs)).toContain('data/pss.sav');
    expect(statistics(results.sav)).toEqual(statistics(results.csv));
  });

  it('the .xlsx gives every statistic of the CSV', () => {
    expect(Object.keys(results.xlsx.inputs)).toContain('data/pss.xlsx');
    expect(statistics(results.xlsx)).toEqual(statistics(results.csv));
  });

  it('reproduces the published paired t from the .sav (TARGETS.md: t = 8.624, df = 95)', () => {
    const t = results.sav.analyses.pre_post.result;
    expect(t.df).toBe(95);
    expect(Math.abs(t.t - 8.624)).toBeLessThan(0.0005);
  });
});

/** TARGETS.md of pllu-soekarno-hatta: per-category counts n0 (sedang/berat) / n1 (rendah); first = reference. */
const COUNTS = `
jenis_kelamin lelaki 112/13; perempuan 9/1
grup_umur 21-29 10/1; 30-39 59/8; 40-49 36/3; 50-55 16/2
status_perkawinan belum_cerai 5/2; kawin 116/12
jumlah_anak 3-4 28/5; 1-2 78/6; tidak_punya 15/3
pendidikan d4_s1 44/6; d1_d3 77/8
merokok masih 27/3; pernah_berhenti 29/7; tidak_pernah 65/4
olahraga sedang_berat 23/2; ringan 67/9; tidak 31/3
jabatan operator 94/12; supervisor 27/2
unit_kerja acc 64/7; adc_app 57/7
masa_kerja 16-23 35/2; 11-15 37/3; 6-10 16/6; 0-5 33/3
pengalaman_bermasalah nearmiss_kecelakaan 63/6; tidak_pernah 58/8
pelatihan_manajemen_stres tidak_pernah 87/12; pernah 34/2
pekerjaan_tambahan ya 14/1; tidak 107/13
penerangan tidak_terang 12/1; terang 109/13
kebisingan bising 58/6; tidak_bising 63/8
suhu_ruangan terlalu_dingin 112/11; tidak_dingin 9/3
tempat_duduk tidak_nyaman 57/8; nyaman 64/6
padat_sesak ya 23/1; tidak 98/13
tata_letak tidak_nyaman 59/5; nyaman 62/9
keluhan_lain ada 74/5; tidak_ada 47/9
ketaksaan_peran sedang_berat 48/1; rendah 73/13
konflik_peran sedang_berat 77/3; rendah 44/11
pengembangan_karir sedang_berat 101/9; rendah 20/5
tanggung_jawab_personal sedang_berat 115/12; rendah 6/2
peranan_rumah_tangga sedang_tinggi 93/11; kurang 28/3
stresor_fisik_rumah sedang_tinggi 30/1; kurang 91/13
ketegangan_rumah sedang_tinggi 31/3; kurang 90/11
privasi jarang 82/8; setiap_hari 39/6`
  .trim()
  .split('\n')
  .map((line) => {
    const [variable, ...rest] = line.split(' ');
    const levels = rest
      .join(' ')
      .split('; ')
      .map((c) => {
        const [level, counts] = c.split(' ');
        const [n0, n1] = counts!.split('/').map(Number);
        return { level: level!, n0: n0!, n1: n1! };
      });
    return { variable: variable!, levels };
  });

/** TARGETS.md: the published final model's adjusted ORs, at the precision the data reach. */
const ADJUSTED: [string, string, number][] = [
  ['tanggung_jawab_personal', 'rendah', 6.39],
  ['ketaksaan_peran', 'rendah', 10.6],
  ['pengembangan_karir', 'rendah', 2.74],
  ['suhu_ruangan', 'tidak_dingin', 9.22],
  ['status_perkawinan', 'kawin', 0.22],
];

describe('pllu-soekarno-hatta from Stata', () => {
  let dta: any;
  let csv: any;
  beforeAll(async () => {
    dta = await buildWith('pllu-soekarno-hatta', 'stres_kerja.dta', 'dta');
    csv = await buildWith('pllu-soekarno-hatta', '', 'dta-csv');
  }, 180_000);

  it('has N = 135 with 14 low and 121 moderate/high qualitative-workload stress', () => {
    const r = dta.analyses.bivariat.result;
    expect([dta.n, r.n, r.cases, r.nonCases]).toEqual([135, 135, 14, 121]);
  });

  it('reproduces every count per outcome group, in the declared level order (TARGETS.md)', () => {
    const predictors = dta.analyses.bivariat.result.predictors;
    for (const t of COUNTS) {
      const p = predictors.find((x: any) => x.variable === t.variable);
      expect(
        p.levels.map((l: any) => [l.level, l.nonCases, l.cases]),
        t.variable,
      ).toEqual(t.levels.map((l) => [l.level, l.n0, l.n1]));
      expect(p.levels[0].reference, `${t.variable} reference`).toBe(true);
    }
  });

  it('reproduces the published example: masa_kerja 6-10, OR 6.56 (1.19–36.14), p = .031', () => {
    const p = dta.analyses.bivariat.result.predictors.find((x: any) => x.variable === 'masa_kerja');
    const l = p.levels.find((x: any) => x.level === '6-10');
    expect(l.or).toBeCloseTo(6.56, 2);
    expect(l.ciLower).toBeCloseTo(1.19, 2);
    expect(l.ciUpper).toBeCloseTo(36.14, 2);
    expect(l.p).toBeCloseTo(0.031, 3);
  });

  it('reproduces the adjusted ORs of the final model (TARGETS.md)', () => {
    const m = dta.analyses.multivariat.result;
    expect([m.n, m.events]).toEqual([135, 14]);
    for (const [variable, level, or] of ADJUSTED) {
      const c = m.coefficients.find((x: any) => x.variable === variable);
      expect(c.level, variable).toBe(level);
      expect(Math.abs(c.or - or), variable).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });

  it('gives every statistic of the CSV', () => {
    expect(statistics(dta)).toEqual(statistics(csv));
  });
});
