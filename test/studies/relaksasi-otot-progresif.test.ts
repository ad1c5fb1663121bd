/**
 * relaksasi-otot-progresif end to end: build HTML, PDF and results.json from the study
 * folder and check every published figure the data reproduce (TARGETS.md, column
 * "variant") in results.json at the printed precision and in the text and tables of both
 * languages as the manuscript rounds them. The intervention group's category counts are
 * the ones the data give (6/8/1 and 7/5/3), not the printed 7/7/1 and 4/8/3.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/io.ts';
import { htmlText, pdfText } from '../helpers/text.ts';
import { REPO, tempDir } from '../helpers/tmp.ts';

const out = tempDir();
const dir = join(out, 'relaksasi-otot-progresif');
let results: any;
const html: Record<string, string> = {};
const text: Record<string, string> = {};

beforeAll(async () => {
  const r = await run(['build', join(REPO, 'studies', 'relaksasi-otot-progresif'), '--out', out]);
  expect(r.stderr).toContain('built relaksasi-otot-progresif');
  expect(r.code).toBe(0);
  results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'));
  for (const lang of ['id', 'en']) {
    html[lang] = readFileSync(join(dir, `${lang}.html`), 'utf8');
    text[lang] = htmlText(html[lang]!);
  }
}, 180_000);

/** |x − printed| within half a unit of the printed precision (e.g. .193 → 5e-4). */
const printed = (x: number, value: number, decimals: number) =>
  expect(Math.abs(x - value)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);

/** The rows of a rendered table (cell texts), by its block key. */
function tableRows(lang: string, key: string): string[][] {
  const h = html[lang]!;
  const start = h.indexOf(`id="table-${key}"`);
  expect(start, `table ${key}`).toBeGreaterThan(-1);
  const body = h.slice(start, h.indexOf('</table>', start));
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) =>
    [...m[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => htmlText(c[1]!).trim()),
  );
}

/** The row of a table whose cells start with `first` (after a row starting with `after`, when given). */
function rowOf(rows: string[][], first: string[], after?: string): string[] {
  const from = after ? rows.findIndex((r) => r[0] === after) : 0;
  expect(from, `heading ${after}`).toBeGreaterThan(-1);
  const row = rows.slice(from).find((r) => first.every((f, i) => r[i] === f));
  expect(row, `row ${first.join(' | ')}`).toBeDefined();
  return row!;
}

// ---- Published figures (TARGETS.md, variant column) ----
const AGE = {
  intervensi: { 27: 1, 28: 1, 29: 1, 30: 4, 31: 1, 32: 3, 33: 2, 35: 2 } as Record<number, number>,
  kontrol: { 26: 2, 27: 1, 28: 2, 31: 1, 33: 2, 34: 3, 35: 4 } as Record<number, number>,
};
const SENTENCE = {
  intervensi: { 4: 3, 5: 4, 6: 3, 7: 3, 8: 1, 12: 1 } as Record<number, number>,
  kontrol: { 4: 3, 5: 2, 6: 2, 7: 2, 8: 1, 9: 2, 10: 1, 12: 1, 15: 1 } as Record<number, number>,
};
/** `sd2`: the SD at the manuscript's two decimals (3.845 is printed to three; the data's 3.8446 shows as 3.84). */
type Desc = {
  n: number;
  min: number;
  max: number;
  sum: number;
  mean: number;
  sd: number;
  sd2: number;
  median: number;
  iqr: number;
  skew: number;
  kurt: number;
  w: number;
  p: number;
};
const DESC: Record<string, Record<string, Desc>> = {
  dass_pre: {
    intervensi: {
      n: 15,
      min: 20,
      max: 34,
      sum: 390,
      mean: 26.0,
      sd: 4.87,
      sd2: 4.87,
      median: 26,
      iqr: 10,
      skew: 0.193,
      kurt: -1.291,
      w: 0.92,
      p: 0.19,
    },
    kontrol: {
      n: 15,
      min: 19,
      max: 35,
      sum: 420,
      mean: 28.0,
      sd: 5.127,
      sd2: 5.13,
      median: 30,
      iqr: 8,
      skew: -0.393,
      kurt: -1.125,
      w: 0.92,
      p: 0.195,
    },
  },
  dass_post: {
    intervensi: {
      n: 15,
      min: 13,
      max: 22,
      sum: 237,
      mean: 15.8,
      sd: 2.783,
      sd2: 2.78,
      median: 15,
      iqr: 3,
      skew: 1.202,
      kurt: 0.407,
      w: 0.832,
      p: 0.01,
    },
    kontrol: {
      n: 15,
      min: 22,
      max: 35,
      sum: 436,
      mean: 29.07,
      sd: 3.845,
      sd2: 3.84,
      median: 29,
      iqr: 7,
      skew: -0.093,
      kurt: -0.653,
      w: 0.955,
      p: 0.598,
    },
  },
};
/** Category counts normal, ringan, sedang, berat, sangat_berat (intervention: what the data give). */
const CATEGORIES: Record<string, Record<string, number[]>> = {
  'dass_pre.category': { intervensi: [0, 0, 6, 8, 1], kontrol: [0, 0, 6, 7, 2] },
  'dass_post.category': { intervensi: [7, 5, 3, 0, 0], kontrol: [0, 0, 3, 9, 3] },
};
const PAIRED = {
  intervensi: { meanDiff: 10.2, sdDiff: 4.843, r: 0.295, t: 8.157, df: 14 },
  kontrol: { meanDiff: -1.067, sdDiff: 3.369, r: 0.754, t: -1.226, df: 14, p: 0.24 },
};

const groupOf = (a: any, level: string) => a.find((g: any) => g.level === level);
const counts = (f: any) => Object.fromEntries(f.categories.filter((c: any) => c.n > 0).map((c: any) => [c.value, c.n]));

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

  it('reproduces the characteristics per group', () => {
    const [sex, marital, age, sentence] = results.analyses.karakteristik.result.variables;
    for (const level of ['intervensi', 'kontrol'] as const) {
      expect(counts(groupOf(sex.groups, level).result)).toEqual({ 'laki-laki': 15 });
      expect(counts(groupOf(marital.groups, level).result)).toEqual({ menikah: 15 });
      expect(counts(groupOf(age.groups, level).result)).toEqual(AGE[level]);
      expect(counts(groupOf(sentence.groups, level).result)).toEqual(SENTENCE[level]);
    }
  });

  it('reproduces the descriptives of the stress total (sum exact, others at the printed decimals)', () => {
    for (const v of results.analyses.deskriptif.result.variables) {
      for (const level of ['intervensi', 'kontrol']) {
        const r = groupOf(v.groups, level).result;
        const e = DESC[v.variable]![level]!;
        expect([r.n, r.min, r.max, r.sum, r.median, r.iqr]).toEqual([e.n, e.min, e.max, e.sum, e.median, e.iqr]);
        printed(r.mean, e.mean, 2);
        printed(r.sd, e.sd, 3);
        printed(r.skewness, e.skew, 3);
        printed(r.kurtosis, e.kurt, 3);
      }
    }
  });

  it('reproduces Shapiro–Wilk W and p per group and time', () => {
    for (const v of results.analyses.normalitas.result.variables) {
      for (const level of ['intervensi', 'kontrol']) {
        const sw = groupOf(v.groups, level).shapiroWilk;
        const e = DESC[v.variable]![level]!;
        expect(sw.n).toBe(15);
        printed(sw.w, e.w, 3);
        printed(sw.p, e.p, 3);
      }
    }
  });

  it('gives the category counts the data give', () => {
    for (const v of results.analyses.kategori.result.variables) {
      for (const level of ['intervensi', 'kontrol']) {
        expect(groupOf(v.groups, level).result.categories.map((c: any) => c.n)).toEqual(CATEGORIES[v.variable]![level]);
      }
    }
  });

  it('reproduces the paired t-tests within each group', () => {
    const a = results.analyses.pre_post;
    for (const level of ['intervensi', 'kontrol'] as const) {
      const g = groupOf(a.groups, level);
      const e = PAIRED[level];
      expect(g.test).toBe('paired-t');
      printed(g.result.meanDiff, e.meanDiff, 3);
      printed(g.result.sdDiff, e.sdDiff, 3);
      printed(g.result.correlation, e.r, 3);
      printed(g.result.t, e.t, 3);
      expect(g.result.df).toBe(e.df);
    }
    printed(groupOf(a.groups, 'kontrol').result.p, 0.24, 3);
    expect(groupOf(a.groups, 'intervensi').decision).toMatchObject({ significant: true, direction: 'decrease' });
    expect(groupOf(a.groups, 'kontrol').decision.significant).toBe(false);
  });

  it('reproduces the posttest comparison: Student, Welch and Levene, with Mann–Whitney as sensitivity', () => {
    const a = results.analyses.posttest;
    expect(a.test).toBe('independent-t');
    expect(a.reason).toMatchObject({ code: 'fixed-by-study', variant: 'student' });
    printed(a.result.student.t, -10.826, 3);
    expect(a.result.student.df).toBe(28);
    printed(a.result.welch.df, 25.509, 3);
    printed(a.result.levene.f, 0.928, 3);
    printed(a.result.levene.p, 0.344, 3);
    expect(a.sensitivity.test).toBe('mann-whitney');
    expect(a.sensitivity.reason.groups).toEqual(['intervensi']);
    expect(a.decision).toMatchObject({ significant: true, asExpected: true });
  });

  it('compares the change scores (after − before) with the test the checks choose', () => {
    const a = results.analyses.perubahan;
    expect(a.summary.outcome).toBe('change');
    expect(a.test).toBe('independent-t');
    printed(groupOf(a.summary.groups, 'intervensi').value.mean, -10.2, 3);
    printed(groupOf(a.summary.groups, 'kontrol').value.mean, 1.067, 3);
  });
});

const L = {
  en: {
    age: 'Age (years)',
    sentence: 'Length of sentence (years)',
    pre: 'Stress before the intervention',
    post: 'Stress after the intervention',
    groups: ['Intervention', 'Control'],
    before: 'Before the intervention',
    after: 'After the intervention',
    cats: ['Normal', 'Mild', 'Moderate', 'Severe', 'Extremely severe'],
    num: (x: number, d: number) => x.toFixed(d).replace('-', '−'),
    bounded: (x: number, d: number) => x.toFixed(d).replace(/^0\./, '.'),
    text: [
      'All 30 participants had the same sex: male.',
      'All 30 participants had the same marital status: married.',
      'Before the intervention: intervention group 6 (40.0%) moderate, 8 (53.3%) severe and 1 (6.7%) extremely severe; control group 6 (40.0%) moderate, 7 (46.7%) severe and 2 (13.3%) extremely severe.',
      'After the intervention: intervention group 7 (46.7%) normal, 5 (33.3%) mild and 3 (20.0%) moderate; control group 3 (20.0%) moderate, 9 (60.0%) severe and 3 (20.0%) extremely severe.',
      'The Shapiro–Wilk test rejected normality of stress after the intervention in the intervention group (W = 0.83, p = .010)',
      't(14) = 8.16, p < .001',
      't(14) = −1.23, p = .240',
      'intervention group (r(13) = .30, p = .285) and control group (r(13) = .75, p = .001)',
      'Levene’s test did not reject equal variances, F(1, 28) = 0.93, p = .344.',
      't(28) = −10.83, p < .001, d = −3.95',
      'Welch’s version, which does not assume equal variances, gives t(25.51) = −10.83, p < .001.',
      'The Mann–Whitney U test (sensitivity analysis) leads to the same conclusion',
      'In the control group, the stress score after the intervention did not differ significantly from before the intervention',
    ],
    pdf: ['t(28) = −10.83, p < .001', 'M = 15.80', 'Tests of normality'],
  },
  id: {
    age: 'Umur (tahun)',
    sentence: 'Lama masa tahanan (tahun)',
    pre: 'Stres sebelum intervensi',
    post: 'Stres sesudah intervensi',
    groups: ['Intervensi', 'Kontrol'],
    before: 'Sebelum intervensi',
    after: 'Sesudah intervensi',
    cats: ['Normal', 'Ringan', 'Sedang', 'Berat', 'Sangat berat'],
    num: (x: number, d: number) => x.toFixed(d).replace('-', '−').replace('.', ','),
    bounded: (x: number, d: number) => x.toFixed(d).replace('.', ','),
    text: [
      'Seluruh 30 partisipan memiliki jenis kelamin yang sama, yaitu laki-laki.',
      'Seluruh 30 partisipan memiliki status perkawinan yang sama, yaitu menikah.',
      'Sebelum intervensi: kelompok intervensi 6 (40,0%) sedang, 8 (53,3%) berat dan 1 (6,7%) sangat berat; kelompok kontrol 6 (40,0%) sedang, 7 (46,7%) berat dan 2 (13,3%) sangat berat.',
      'Sesudah intervensi: kelompok intervensi 7 (46,7%) normal, 5 (33,3%) ringan dan 3 (20,0%) sedang; kelompok kontrol 3 (20,0%) sedang, 9 (60,0%) berat dan 3 (20,0%) sangat berat.',
      'Uji Shapiro–Wilk menolak normalitas stres sesudah intervensi pada kelompok intervensi (W = 0,83; p = 0,010)',
      't(14) = 8,16; p < 0,001',
      't(14) = −1,23; p = 0,240',
      'kelompok intervensi (r(13) = 0,30; p = 0,285) dan kelompok kontrol (r(13) = 0,75; p = 0,001)',
      'uji Levene tidak menolak kesamaan varians (F(1; 28) = 0,93; p = 0,344)',
      't(28) = −10,83; p < 0,001; d = −3,95',
      'Versi Welch, yang tidak mengasumsikan kesamaan varians, menghasilkan t(25,51) = −10,83; p < 0,001.',
      'Uji Mann–Whitney U (analisis sensitivitas) menghasilkan simpulan yang sama',
      'Pada kelompok kontrol, skor stres sesudah intervensi tidak berbeda secara signifikan dengan sebelum intervensi',
    ],
    pdf: ['t(28) = −10,83; p < 0,001', 'M = 15,80', 'Uji normalitas'],
  },
};

describe.each(['en', 'id'] as const)('%s manuscript', (lang) => {
  const W = L[lang];
  const pct = (n: number) => W.num((100 * n) / 15, 1);

  it('shows the characteristics per group in Table 1', () => {
    const rows = tableRows(lang, 'karakteristik');
    for (const [heading, data] of [
      [W.age, AGE],
      [W.sentence, SENTENCE],
    ] as const) {
      const values = [...new Set([...Object.keys(data.intervensi), ...Object.keys(data.kontrol)].map(Number))];
      for (const v of values) {
        const a = data.intervensi[v] ?? 0;
        const b = data.kontrol[v] ?? 0;
        expect(rowOf(rows, [String(v)], heading)).toEqual([
          String(v),
          String(a),
          pct(a),
          String(b),
          pct(b),
          String(a + b),
          W.num((100 * (a + b)) / 30, 1),
        ]);
      }
    }
  });

  it('shows the descriptives with skewness and kurtosis in Table 2', () => {
    const rows = tableRows(lang, 'deskriptif');
    for (const [v, label] of [
      ['dass_pre', W.pre],
      ['dass_post', W.post],
    ] as const) {
      W.groups.forEach((g, i) => {
        const e = DESC[v]![i === 0 ? 'intervensi' : 'kontrol']!;
        const row = rowOf(rows, [g], label);
        expect(row.slice(1)).toEqual([
          String(e.n),
          W.num(e.mean, 2),
          W.num(e.sd2, 2),
          W.num(e.median, 2),
          W.num(e.iqr, 2),
          String(e.min),
          String(e.max),
          W.num(e.skew, 3),
          W.num(e.kurt, 3),
        ]);
      });
    }
  });

  it('shows the stress categories the data give in Table 3 and in the text', () => {
    const rows = tableRows(lang, 'kategori');
    for (const [v, heading] of [
      ['dass_pre.category', W.before],
      ['dass_post.category', W.after],
    ] as const) {
      W.cats.forEach((cat, k) => {
        const a = CATEGORIES[v]!.intervensi![k]!;
        const b = CATEGORIES[v]!.kontrol![k]!;
        expect(rowOf(rows, [cat], heading).slice(1, 5)).toEqual([String(a), pct(a), String(b), pct(b)]);
      });
    }
    const t = text[lang]!;
    // Not the printed 7/7/1 before and 4/8/3 after for the intervention group.
    expect(t).not.toContain(
      lang === 'en'
        ? 'intervention group 7 (46.7%) moderate, 7 (46.7%) severe'
        : 'kelompok intervensi 7 (46,7%) sedang, 7 (46,7%) berat',
    );
    expect(t).not.toContain(
      lang === 'en'
        ? 'intervention group 4 (26.7%) normal, 8 (53.3%) mild'
        : 'kelompok intervensi 4 (26,7%) normal, 8 (53,3%) ringan',
    );
  });

  it('shows Shapiro–Wilk and the computed Lilliefors p in Table 4', () => {
    const rows = tableRows(lang, 'normalitas');
    for (const [v, label] of [
      ['dass_pre', W.pre],
      ['dass_post', W.post],
    ] as const) {
      W.groups.forEach((g, i) => {
        const e = DESC[v]![i === 0 ? 'intervensi' : 'kontrol']!;
        const row = rowOf(rows, [i === 0 ? label : '', g], i === 0 ? undefined : label);
        expect(row.slice(5)).toEqual([W.num(e.w, 3), '15', W.bounded(e.p, 3)]);
      });
    }
  });

  it('shows the paired tests in Table 6', () => {
    const rows = tableRows(lang, 'pre_post');
    const [a, b] = [rowOf(rows, [W.groups[0]!]), rowOf(rows, [W.groups[1]!])];
    expect([a[3], a[5], a[6]]).toEqual([`${W.num(10.2, 2)} (${W.num(4.843, 2)})`, W.num(8.157, 2), '14']);
    expect([b[3], b[5], b[6], b[7]]).toEqual([
      `${W.num(-1.067, 2)} (${W.num(3.369, 2)})`,
      W.num(-1.226, 2),
      '14',
      W.bounded(0.24, 3),
    ]);
  });

  it('shows Levene, Student and Welch as published, and Mann–Whitney, in Table 7', () => {
    const rows = tableRows(lang, 'posttest');
    expect(rows.slice(1).map((r) => r.slice(1, 3))).toEqual([
      [`F = ${W.num(0.928, 2)}`, lang === 'en' ? '1, 28' : '1; 28'],
      [`t = ${W.num(-10.826, 2)}`, '28'],
      [`t = ${W.num(-10.826, 2)}`, W.num(25.509, 2)],
      [expect.stringMatching(/^U = .*Z = −/), '—'],
    ]);
    expect(rows[1]![3]).toBe(W.bounded(0.344, 3));
  });

  it('reports the figures in the text', () => {
    const t = text[lang]!;
    for (const s of W.text) expect(t).toContain(s);
    expect(t).not.toMatch(/p = [0,.]*000\b/);
    expect(t).not.toMatch(/NaN|undefined|\[object/);
  });

  it('reports them in the PDF and keeps the chart', async () => {
    const { text: pdf, pages } = await pdfText(join(dir, `${lang}.pdf`));
    const flat = pdf.replace(/\s+/g, ' ');
    for (const s of W.pdf) expect(flat).toContain(s);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(html[lang]).toContain('<svg');
    expect(html[lang]).not.toMatch(/<script/i);
  });
});
