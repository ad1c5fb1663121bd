/**
 * pllu-soekarno-hatta end to end: build HTML, PDF and results.json from the study folder and
 * check every published figure the data reproduce (TARGETS.md; crude ORs from
 * VERIFICATION.txt) in results.json at the printed precision and in the text of both
 * languages as the manuscript rounds it; and that no table is split from its caption or
 * note across PDF pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExampleStudy } from '../helpers/example-study.ts';
import { pdfText } from '../helpers/text.ts';
import { tempDir } from '../helpers/tmp.ts';

const out = tempDir();
const dir = join(out, 'pllu-soekarno-hatta');
let results: any;
const text: Record<string, string> = {};

beforeAll(async () => {
  const built = await buildExampleStudy('pllu-soekarno-hatta', out);
  results = built.results;
  Object.assign(text, built.text);
}, 180_000);

/**
 * TARGETS.md counts (n0 = sedang/berat, n1 = rendah) with the crude OR, Woolf 95% CI and
 * Wald p of VERIFICATION.txt; the first category of each factor is the reference.
 * Two upper limits are the exact Woolf values (see below): VERIFICATION.txt prints 24.51
 * and 67.48 because its glm() stopped at the default tolerance 1e-8 and took the standard
 * error from the previous iteration's weights; the exact limits are 24.5204 and 67.4910.
 */
const CRUDE = `
jenis_kelamin lelaki 112 13
jenis_kelamin perempuan 9 1 0.96 0.11 8.17 0.968
grup_umur 21-29 10 1
grup_umur 30-39 59 8 1.36 0.15 12.05 0.785
grup_umur 40-49 36 3 0.83 0.08 8.91 0.880
grup_umur 50-55 16 2 1.25 0.10 15.65 0.863
status_perkawinan belum_cerai 5 2
status_perkawinan kawin 116 12 0.26 0.05 1.48 0.129
jumlah_anak 3-4 28 5
jumlah_anak 1-2 78 6 0.43 0.12 1.52 0.191
jumlah_anak tidak_punya 15 3 1.12 0.23 5.34 0.887
pendidikan d4_s1 44 6
pendidikan d1_d3 77 8 0.76 0.25 2.34 0.635
merokok masih 27 3
merokok pernah_berhenti 29 7 2.17 0.51 9.27 0.294
merokok tidak_pernah 65 4 0.55 0.12 2.64 0.459
olahraga sedang_berat 23 2
olahraga ringan 67 9 1.54 0.31 7.68 0.595
olahraga tidak 31 3 1.11 0.17 7.21 0.911
jabatan operator 94 12
jabatan supervisor 27 2 0.58 0.12 2.75 0.493
unit_kerja acc 64 7
unit_kerja adc_app 57 7 1.12 0.37 3.40 0.837
masa_kerja 16-23 35 2
masa_kerja 11-15 37 3 1.42 0.22 9.01 0.711
masa_kerja 6-10 16 6 6.56 1.19 36.14 0.031
masa_kerja 0-5 33 3 1.59 0.25 10.13 0.623
pengalaman_bermasalah nearmiss_kecelakaan 63 6
pengalaman_bermasalah tidak_pernah 58 8 1.45 0.47 4.43 0.516
pelatihan_manajemen_stres tidak_pernah 87 12
pelatihan_manajemen_stres pernah 34 2 0.43 0.09 2.01 0.281
pekerjaan_tambahan ya 14 1
pekerjaan_tambahan tidak 107 13 1.70 0.21 14.01 0.622
penerangan tidak_terang 12 1
penerangan terang 109 13 1.43 0.17 11.92 0.740
kebisingan bising 58 6
kebisingan tidak_bising 63 8 1.23 0.40 3.75 0.719
suhu_ruangan terlalu_dingin 112 11
suhu_ruangan tidak_dingin 9 3 3.39 0.80 14.41 0.098
tempat_duduk tidak_nyaman 57 8
tempat_duduk nyaman 64 6 0.67 0.22 2.04 0.479
padat_sesak ya 23 1
padat_sesak tidak 98 13 3.05 0.38 24.52 0.294
tata_letak tidak_nyaman 59 5
tata_letak nyaman 62 9 1.71 0.54 5.41 0.359
keluhan_lain ada 74 5
keluhan_lain tidak_ada 47 9 2.83 0.89 8.97 0.077
ketaksaan_peran sedang_berat 48 1
ketaksaan_peran rendah 73 13 8.55 1.08 67.49 0.042
konflik_peran sedang_berat 77 3
konflik_peran rendah 44 11 6.42 1.70 24.24 0.006
pengembangan_karir sedang_berat 101 9
pengembangan_karir rendah 20 5 2.81 0.85 9.26 0.090
tanggung_jawab_personal sedang_berat 115 12
tanggung_jawab_personal rendah 6 2 3.19 0.58 17.61 0.182
peranan_rumah_tangga sedang_tinggi 93 11
peranan_rumah_tangga kurang 28 3 0.91 0.24 3.48 0.885
stresor_fisik_rumah sedang_tinggi 30 1
stresor_fisik_rumah kurang 91 13 4.29 0.54 34.15 0.169
ketegangan_rumah sedang_tinggi 31 3
ketegangan_rumah kurang 90 11 1.26 0.33 4.82 0.733
privasi jarang 82 8
privasi setiap_hari 39 6 1.58 0.51 4.86 0.427
`
  .trim()
  .split('\n')
  .map((line) => {
    const [variable, level, n0, n1, or, lo, hi, p] = line.split(' ');
    return {
      variable: variable!,
      level: level!,
      n0: Number(n0),
      n1: Number(n1),
      or: or ? Number(or) : null,
      lo: Number(lo),
      hi: Number(hi),
      p: Number(p),
    };
  });

/** Adjusted ORs of the published final model (TARGETS.md), with the printed precision the data reach. */
const ADJUSTED: [string, string, number][] = [
  ['tanggung_jawab_personal', 'rendah', 6.39],
  ['ketaksaan_peran', 'rendah', 10.6], // published 10.59; the synthetic data give 10.599 (TARGETS.md)
  ['pengembangan_karir', 'rendah', 2.74],
  ['suhu_ruangan', 'tidak_dingin', 9.22],
  ['status_perkawinan', 'kawin', 0.22],
];

const close = (x: number, y: number, digits: number) =>
  expect(Math.abs(x - y)).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-9);

/** Half away from zero, as the manuscript rounds. */
function fixed(x: number, digits: number, decimal: string): string {
  const f = 10 ** digits;
  const r = (Math.sign(x) * Math.round(Number((Math.abs(x) * f).toPrecision(15)))) / f;
  return r.toFixed(digits).replace('.', decimal);
}

function level(variable: string, code: string): any {
  const p = results.analyses.bivariat.result.predictors.find((x: any) => x.variable === variable);
  return p.levels.find((l: any) => l.level === code);
}

describe('results.json', () => {
  it('has every output file', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.outputs.map((o: { path: string }) => o.path).sort()).toEqual([
      'en.html',
      'en.pdf',
      'id.html',
      'id.pdf',
      'results.json',
    ]);
  });

  it('has N = 135 with 14 low and 121 moderate/high qualitative-workload stress', () => {
    const r = results.analyses.bivariat.result;
    expect(results.n).toBe(135);
    expect([r.n, r.cases, r.nonCases, r.caseLevel]).toEqual([135, 14, 121, '1']);
  });

  it('confirms the recorded stressor categories and the outcome against the scored SDS items', () => {
    const r = results.analyses.cek_kategori.result;
    expect(r.allAgree).toBe(true);
    expect(r.pairs).toHaveLength(7);
    for (const p of r.pairs) expect([p.n, p.agree, p.disagree]).toEqual([135, 135, 0]);
  });

  it('reproduces every count per outcome group (TARGETS.md)', () => {
    for (const t of CRUDE) {
      const l = level(t.variable, t.level);
      expect([t.variable, t.level, l.nonCases, l.cases], `${t.variable} ${t.level}`).toEqual([
        t.variable,
        t.level,
        t.n0,
        t.n1,
      ]);
    }
    const all = results.analyses.bivariat.result.predictors;
    expect(all).toHaveLength(29);
    for (const p of all)
      if (p.estimable)
        expect(
          p.levels.reduce((s: number, l: any) => s + l.cases, 0),
          p.variable,
        ).toBe(14);
  });

  it('reproduces the crude ORs, Woolf CIs and Wald p (VERIFICATION.txt) at the printed precision', () => {
    for (const t of CRUDE) {
      const l = level(t.variable, t.level);
      if (t.or === null) {
        expect(l.reference, `${t.variable} ${t.level}`).toBe(true);
        expect(l.or).toBeNull();
        continue;
      }
      close(l.or, t.or, 2);
      close(l.ciLower, t.lo, 2);
      close(l.ciUpper, t.hi, 2);
      close(l.p, t.p, 3);
    }
  });

  it('reproduces the published example: length of service 6–10 years, OR 6.56 (1.19–36.14), p = .031', () => {
    const l = level('masa_kerja', '6-10');
    close(l.or, 6.56, 2);
    expect(l.or).toBeCloseTo(6.5625, 10);
    close(l.ciLower, 1.19, 2);
    close(l.ciUpper, 36.14, 2);
    close(l.p, 0.031, 3);
  });

  it('reports quantitative workload (all low) as not estimable', () => {
    const p = results.analyses.bivariat.result.predictors.find((x: any) => x.variable === 'beban_kuantitatif');
    expect(p.estimable).toBe(false);
    expect(p.note).toBe('single level');
    expect(p.levels.map((l: any) => [l.level, l.n, l.or])).toEqual([['rendah', 135, null]]);
    expect(results.analyses.bivariat.warnings).toContainEqual(
      expect.objectContaining({ code: 'not-estimable', variable: 'beban_kuantitatif' }),
    );
  });

  it('reproduces the adjusted ORs of the published final model (TARGETS.md)', () => {
    const m = results.analyses.multivariat;
    expect(m.result.terms).toEqual([
      'tanggung_jawab_personal',
      'ketaksaan_peran',
      'pengembangan_karir',
      'suhu_ruangan',
      'status_perkawinan',
    ]);
    expect(m.result.n).toBe(135);
    expect(m.result.events).toBe(14);
    for (const [variable, lvl, or] of ADJUSTED) {
      const c = m.result.coefficients.find((x: any) => x.variable === variable);
      expect(c.level).toBe(lvl);
      close(c.or, or, 2);
    }
    // The synthetic joint distribution's own properties (VERIFICATION.txt): deviance and AIC.
    close(m.result.deviance, 72.667, 3);
    close(m.result.aic, 84.667, 3);
  });

  it('screens the candidates at p < .25 and records the low events per coefficient', () => {
    const m = results.analyses.multivariat;
    const rows = m.result.screening.rows;
    expect(rows).toHaveLength(29);
    for (const t of m.result.terms) expect(rows.find((r: any) => r.variable === t).enters, t).toBe(true);
    expect(rows.find((r: any) => r.variable === 'beban_kuantitatif')).toMatchObject({
      p: null,
      enters: false,
      note: 'single level',
    });
    expect(rows.filter((r: any) => r.enters).map((r: any) => r.variable)).toEqual([
      'status_perkawinan',
      'merokok',
      'masa_kerja',
      'pelatihan_manajemen_stres',
      'suhu_ruangan',
      'padat_sesak',
      'keluhan_lain',
      'ketaksaan_peran',
      'konflik_peran',
      'pengembangan_karir',
      'tanggung_jawab_personal',
      'stresor_fisik_rumah',
    ]);
    expect(m.result.eventsPerParameter).toBeCloseTo(2.8, 10);
    expect(m.checks[0]).toMatchObject({ check: 'events-per-parameter', passed: false });
  });
});

describe.each([
  ['en', '.', ', ', 'reference', (p: number) => fixed(p, 3, '.').replace(/^0/, '')],
  ['id', ',', '; ', 'rujukan', (p: number) => fixed(p, 3, ',')],
] as const)('%s manuscript', (lang, decimal, sep, refWord, pCell) => {
  const pct = (x: number, n: number) => fixed((100 * x) / n, 1, decimal);

  it('shows every count, crude OR, CI and p in the tables as the manuscript rounds them', () => {
    const t = text[lang]!;
    for (const c of CRUDE) {
      const n = c.n0 + c.n1;
      const counts = `${c.n1} (${pct(c.n1, n)}) ${c.n0} (${pct(c.n0, n)})`;
      const tail =
        c.or === null
          ? `1${decimal}00 (${refWord})`
          : `${fixed(c.or, 2, decimal)} [${fixed(c.lo, 2, decimal)}${sep}${fixed(c.hi, 2, decimal)}] ${pCell(c.p)}`;
      expect(t, `${c.variable} ${c.level}`).toContain(`${counts} ${tail}`);
    }
  });

  it('reports the published example OR in the text and the adjusted ORs of the final model', () => {
    const t = text[lang]!;
    const ci = lang === 'en' ? '95% CI [1.19, 36.14]' : 'IK 95% [1,19; 36,14]';
    const p = lang === 'en' ? 'p = .031' : 'p = 0,031';
    expect(t).toContain(
      `OR = ${fixed(6.56, 2, decimal)}${lang === 'en' ? ', ' : '; '}${ci}${lang === 'en' ? ', ' : '; '}${p}`,
    );
    for (const [, , or] of ADJUSTED) expect(t).toContain(`OR = ${fixed(or, 2, decimal)}`);
    expect(t).toContain(lang === 'en' ? '10.60' : '10,60');
    expect(t).toContain(lang === 'en' ? '1.00 (reference)' : '1,00 (rujukan)');
    expect(t).not.toMatch(/p = [0,.]*000\b/);
    expect(t).not.toContain('NaN');
    expect(t).not.toContain('undefined');
  });

  it('states the data check, the not-estimable factor and the events per coefficient', () => {
    const t = text[lang]!;
    if (lang === 'en') {
      expect(t).toContain('they agreed for all 135 participants in each of the 7 comparisons');
      expect(t).toContain('Quantitative workload could not be analysed because all participants were in one category');
      expect(t).toContain('the model has 2.8 events per coefficient');
    } else {
      expect(t).toContain('keduanya sama untuk seluruh 135 responden pada masing-masing dari 7 perbandingan');
      expect(t).toContain(
        'Beban kerja kuantitatif tidak dapat dianalisis karena semua responden berada pada satu kategori',
      );
      expect(t).toContain('model ini memiliki 2,8 kejadian per koefisien');
    }
  });

  it('reports them in the PDF text, and keeps every table with its caption and note on one page', async () => {
    const { text: pdf, pages } = await pdfText(join(dir, `${lang}.pdf`));
    expect(pages).toBeGreaterThanOrEqual(5);
    const flat = pdf.replace(/\s+/g, ' ');
    expect(flat).toContain(lang === 'en' ? '1.00 (reference)' : '1,00 (rujukan)');
    expect(flat).toContain(lang === 'en' ? '6.56' : '6,56');
    const perPage = await pageTexts(join(dir, `${lang}.pdf`));
    const label = lang === 'en' ? 'Table' : 'Tabel';
    const note = lang === 'en' ? 'Note.' : 'Catatan.';
    for (let k = 2; k <= 8; k++) {
      // The page with the table's number above its caption (a line of its own) also has its note.
      const page = perPage.findIndex((t) => new RegExp(`(^|\\n)${label} ${k}\\s*\\n`).test(t));
      expect(page, `${label} ${k}`).toBeGreaterThanOrEqual(0);
      const after = perPage[page]!.split(new RegExp(`(^|\\n)${label} ${k}\\s*\\n`)).pop()!;
      expect(after, `${label} ${k} note on the same page`).toContain(note);
    }
  });
});

async function pageTexts(path: string): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(readFileSync(path)),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
  }
  await doc.destroy();
  return pages;
}
