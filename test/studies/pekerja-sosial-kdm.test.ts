/**
 * pekerja-sosial-kdm end to end: a three-person before–after case series with ILLUSTRATIVE
 * PSS-10 scores. Checks every TARGETS.md figure (n, directions of change) and what the
 * reliable change analysis gives (totals, S_diff, RCIs) in results.json, and their
 * rounded forms in the HTML and PDF text of both languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExampleStudy } from '../helpers/example-study.ts';
import { pdfText } from '../helpers/text.ts';
import { tempDir } from '../helpers/tmp.ts';

const out = tempDir();
const dir = join(out, 'pekerja-sosial-kdm');
let results: any;
let stderr = '';
const text: Record<string, string> = {};

beforeAll(async () => {
  const built = await buildExampleStudy('pekerja-sosial-kdm', out);
  results = built.results;
  Object.assign(text, built.text);
  stderr = built.stderr;
}, 180_000);

const close = (x: number, y: number, tol: number) => expect(Math.abs(x - y)).toBeLessThanOrEqual(tol);

describe('results.json', () => {
  it('has every output file and no build warning', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.outputs.map((o: { path: string }) => o.path).sort()).toEqual([
      'en.html',
      'en.pdf',
      'id.html',
      'id.pdf',
      'results.json',
    ]);
    expect(stderr).not.toContain('warning[');
  });
  it('reproduces the published figures: n = 3, two decreases and one increase (TARGETS.md)', () => {
    expect(results.n).toBe(3);
    const r = results.analyses.perubahan.result;
    expect(r.n).toBe(3);
    expect(r.nDecrease).toBe(2);
    expect(r.nIncrease).toBe(1);
    expect(r.nNoChange).toBe(0);
    expect(r.participants.map((p: any) => [p.label, p.pre, p.post, p.direction])).toEqual([
      ['AN', 24, 16, 'decrease'],
      ['SR', 21, 15, 'decrease'],
      ['DM', 18, 22, 'increase'],
    ]);
  });
  it('computes the reliable change index from the PSS-10 norms (SD 6.35, α .78; Cohen & Williamson, 1988)', () => {
    const a = results.analyses.perubahan;
    expect(a.type).toBe('reliable-change');
    expect(a.test).toBe('reliable-change-index');
    expect(a.reason).toEqual({ code: 'norms-from-instrument', instrument: 'pss-10', source: 'cohen1988norms' });
    const r = a.result;
    expect(r.sd).toBe(6.35);
    expect(r.reliability).toBe(0.78);
    expect(r.criterion).toBe(1.96);
    close(r.sDiff, 4.2121, 5e-5);
    close(r.sDiff, 6.35 * Math.sqrt(1 - 0.78) * Math.SQRT2, 1e-12);
    const rci = r.participants.map((p: any) => p.rci);
    // TARGETS: −1.899, −1.425 (−6/4.2121 = −1.4245 to four decimals), +0.950.
    close(rci[0], -1.899, 5e-4);
    close(rci[1], -1.425, 1e-3);
    close(rci[2], 0.95, 5e-4);
    rci.forEach((x: number, i: number) => close(x, r.participants[i].change / r.sDiff, 1e-12));
    expect(r.participants.map((p: any) => p.reliable)).toEqual([false, false, false]);
    expect(r.noReliableChange).toBe(3);
    close(r.threshold, 1.96 * r.sDiff, 1e-12);
    expect(r.participants.map((p: any) => [p.categoryBefore, p.categoryAfter])).toEqual([
      ['sedang', 'sedang'],
      ['sedang', 'sedang'],
      ['sedang', 'sedang'],
    ]);
    expect(a.decision).toBeUndefined();
  });
});

describe.each([
  [
    'en',
    {
      notice: 'Illustrative data.',
      rci: ['RCI = −1.90', 'RCI = −1.42', 'RCI = +0.95'],
      changes: [
        'decreased from 24 (moderate) before the intervention to 16 (moderate) after the intervention, a change of −8 points',
        'decreased from 21 (moderate) to 15 (moderate), a change of −6 points',
        'increased from 18 (moderate) to 22 (moderate), a change of +4 points',
      ],
      sdiff: 'S_diff = 4.21',
      norms:
        'normative SD = 6.35 and reliability r_xx = .78 from a United States probability sample (Cohen & Williamson, 1988)',
      noTest: 'No significance test of the change across participants is reported: with n = 3',
      summary:
        'the scores decreased for 2 and increased for 1 of the 3 participants; none of the 3 changes exceeded the criterion of |RCI| > 1.96',
      abstract: 'described with the reliable change index, without significance tests',
      qualitative: [
        'AN began to communicate assertively with the children',
        'SR learned to use a priority scale in problem solving',
        'DM practised handling anxiety when facing superiors',
      ],
      illustrative: 'The scores in this manuscript are illustrative.',
      reference: 'Cohen, S., & Williamson, G. (1988). Perceived stress in a probability sample of the United States.',
    },
  ],
  [
    'id',
    {
      notice: 'Data ilustratif.',
      rci: ['RCI = −1,90', 'RCI = −1,42', 'RCI = +0,95'],
      changes: [
        'turun dari 24 (sedang) sebelum intervensi menjadi 16 (sedang) sesudah intervensi, perubahan sebesar −8 poin',
        'turun dari 21 (sedang) menjadi 15 (sedang), perubahan sebesar −6 poin',
        'naik dari 18 (sedang) menjadi 22 (sedang), perubahan sebesar +4 poin',
      ],
      sdiff: 'S_diff = 4,21',
      norms:
        'SD normatif = 6,35 dan reliabilitas r_xx = 0,78 dari sampel probabilitas Amerika Serikat (Cohen & Williamson, 1988)',
      noTest: 'Uji signifikansi atas perubahan seluruh partisipan tidak dilaporkan: dengan n = 3',
      summary:
        'skor turun pada 2 dan naik pada 1 dari 3 partisipan; tidak satu pun dari 3 perubahan melampaui kriteria |RCI| > 1,96',
      abstract: 'dideskripsikan dengan indeks perubahan reliabel, tanpa uji signifikansi',
      qualitative: [
        'AN mulai menerapkan komunikasi asertif dengan anak-anak',
        'SR belajar menggunakan skala prioritas dalam pemecahan masalah',
        'DM berlatih mengatasi kecemasan ketika menghadap atasan',
      ],
      illustrative: 'Skor dalam naskah ini bersifat ilustratif.',
      reference: 'Cohen, S., & Williamson, G. (1988). Perceived stress in a probability sample of the United States.',
    },
  ],
])('%s manuscript', (lang, e) => {
  it('says on the first page and in the text that the data are illustrative', () => {
    const t = text[lang]!;
    expect(t.indexOf(e.notice)).toBeGreaterThanOrEqual(0);
    expect(t.indexOf(e.notice)).toBeLessThan(t.indexOf(lang === 'en' ? 'Abstract' : 'Abstrak'));
    expect(t).toContain(e.illustrative);
  });
  it('reports each participant: totals, change, category and RCI', () => {
    const t = text[lang]!;
    for (const s of [...e.rci, ...e.changes, e.summary, e.abstract]) expect(t).toContain(s);
  });
  it('states the RCI formula, the norms with their source, and why no significance test is reported', () => {
    const t = text[lang]!;
    for (const s of [e.sdiff, e.norms, e.noTest, 'RCI = (x_']) expect(t).toContain(s);
    expect(t).toContain('(Jacobson & Truax, 1991)');
    expect(t).toContain(e.reference);
    expect(t).not.toMatch(/\bp [=<>] /);
    expect(t).not.toContain('NaN');
  });
  it('weaves in the qualitative observations', () => {
    for (const s of e.qualitative) expect(text[lang]).toContain(s);
  });
  it('has the table and one line per participant in the chart', () => {
    const html = readFileSync(join(dir, `${lang}.html`), 'utf8');
    expect(html).toContain('id="table-perubahan"');
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg).toBeTruthy();
    expect((svg.match(/class="mark-line role-mark/g) ?? []).length).toBe(3);
    for (const who of ['AN', 'SR', 'DM']) expect(svg).toContain(`>${who}<`);
  });
  it('reports the RCIs in the PDF text', async () => {
    const { text: pdf, pages } = await pdfText(join(dir, `${lang}.pdf`));
    expect(pages).toBeGreaterThanOrEqual(2);
    const flat = pdf.replace(/\s+/g, ' ');
    for (const s of e.rci) expect(flat).toContain(s);
    expect(flat).toContain(e.notice);
  });
  it('is self-contained: no external resources, no scripts', () => {
    const html = readFileSync(join(dir, `${lang}.html`), 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
  });
});
