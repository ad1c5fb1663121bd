/**
 * asn-metro end to end: build HTML, PDF and results.json from the study folder and check
 * the published figures (TARGETS.md) in results.json and in the text of both languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExampleStudy } from '../helpers/example-study.ts';
import { pdfText } from '../helpers/text.ts';
import { tempDir } from '../helpers/tmp.ts';

const out = tempDir();
const dir = join(out, 'asn-metro');
let results: any;
const text: Record<string, string> = {};

beforeAll(async () => {
  const built = await buildExampleStudy('asn-metro', out);
  results = built.results;
  Object.assign(text, built.text);
}, 180_000);

const close = (x: number, y: number, tol: number) => expect(Math.abs(x - y)).toBeLessThanOrEqual(tol);

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
  it('reproduces the descriptives (TARGETS.md, printed precision)', () => {
    const [pre, post] = results.analyses.deskriptif.result.variables.map((v: any) => v.overall);
    expect(pre.n).toBe(96);
    expect(pre.sum).toBe(1414);
    close(pre.mean, 14.7292, 5e-5);
    close(pre.sd, 4.58712, 5e-6);
    close(pre.se, 0.46817, 5e-6);
    expect(post.sum).toBe(1027);
    close(post.mean, 10.6979, 5e-5);
    close(post.sd, 4.4251, 5e-6);
    close(post.se, 0.45163, 5e-6);
  });
  it('reproduces the paired t-test', () => {
    const a = results.analyses.pre_post;
    expect(a.test).toBe('paired-t');
    expect(a.reason.code).toBe('normality-not-rejected');
    expect(a.checks[0].test).toBe('shapiro-wilk');
    close(a.result.t, 8.624, 5e-4);
    expect(a.result.df).toBe(95);
    close(a.result.meanDiff, 4.03125, 1e-12);
    expect(a.result.p).toBeLessThan(1e-12);
    close(a.result.p, 1.44e-13, 0.01e-13);
    expect(a.decision).toMatchObject({ significant: true, direction: 'decrease', asExpected: true });
  });
  it('reproduces sex and category counts', () => {
    const [sex, age] = results.analyses.karakteristik.result.variables;
    expect(sex.overall.categories.map((c: any) => [c.value, c.n])).toEqual([
      ['L', 32],
      ['P', 64],
    ]);
    expect(age.overall.categories.map((c: any) => c.n)).toEqual([26, 70]);
    const [pre, post] = results.analyses.kategori.result.variables;
    expect(pre.overall.categories.map((c: any) => c.n)).toEqual([35, 60, 1]);
    expect(post.overall.categories.map((c: any) => c.n)).toEqual([70, 26, 0]);
  });
});

describe.each([
  [
    'en',
    {
      pre: 'M = 14.73 (SD = 4.59)',
      post: 'M = 10.70 (SD = 4.43)',
      t: 't(95) = 8.62, p < .001',
      sex: '32 (33.3%) male and 64 (66.7%) female',
      preCat: '35 (36.5%) low, 60 (62.5%) moderate and 1 (1.0%) high',
      postCat: '70 (72.9%) low, 26 (27.1%) moderate and 0 (0.0%) high',
    },
  ],
  [
    'id',
    {
      pre: 'M = 14,73 (SD = 4,59)',
      post: 'M = 10,70 (SD = 4,43)',
      t: 't(95) = 8,62; p < 0,001',
      sex: '32 (33,3%) laki-laki dan 64 (66,7%) perempuan',
      preCat: '35 (36,5%) rendah, 60 (62,5%) sedang dan 1 (1,0%) berat',
      postCat: '70 (72,9%) rendah, 26 (27,1%) sedang dan 0 (0,0%) berat',
    },
  ],
])('%s manuscript', (lang, expected) => {
  it('reports the published figures in the HTML text', () => {
    const t = text[lang]!;
    for (const s of Object.values(expected)) expect(t).toContain(s);
    expect(t).not.toMatch(/p = [0,.]*000\b/);
    expect(t).not.toContain('NaN');
  });
  it('reports them in the PDF text', async () => {
    const { text: pdf, pages } = await pdfText(join(dir, `${lang}.pdf`));
    expect(pages).toBeGreaterThanOrEqual(2);
    const flat = pdf.replace(/\s+/g, ' ');
    expect(flat).toContain(expected.t);
    expect(flat).toContain(expected.pre);
  });
  it('is self-contained: no external resources, no scripts', () => {
    const html = readFileSync(join(dir, `${lang}.html`), 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
    expect(html).toContain('<svg');
  });
});
