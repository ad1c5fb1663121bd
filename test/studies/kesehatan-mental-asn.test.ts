/**
 * kesehatan-mental-asn end to end: a narrative practice article with no data and no
 * analyses builds into HTML, PDF and results.json, with the title, abstract and keywords
 * in both languages, the generated statement of the article type, and the reference list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/io.ts';
import { htmlText, pdfText } from '../helpers/text.ts';
import { REPO, tempDir } from '../helpers/tmp.ts';

const out = tempDir();
const dir = join(out, 'kesehatan-mental-asn');
let stderr = '';
const html: Record<string, string> = {};
const text: Record<string, string> = {};

const TITLE = {
  id: 'Kesehatan Mental Aparatur Sipil Negara – Dari Konsep Stres Kerja ke Langkah Praktis bagi Instansi Pemerintah',
  en: 'Mental Health of Indonesian Civil Servants – From Concepts of Work Stress to Practical Steps for Government Agencies',
};
const ABSTRACT = {
  id: [
    'Latar belakang. Aparatur sipil negara (ASN) menjalankan kebijakan publik',
    'Simpulan. Kesehatan mental ASN paling baik dijaga',
  ],
  en: [
    'Background. Indonesian civil servants (aparatur sipil negara, ASN) implement public policy',
    'Conclusion. The mental health of civil servants is best protected',
  ],
};
const KEYWORDS = {
  id: 'Kata kunci: kesehatan mental; stres kerja; aparatur sipil negara; burnout; intervensi tempat kerja',
  en: 'Keywords: mental health; work stress; civil servants; burnout; workplace interventions',
};
const CITED = [
  'cohen1983pss',
  'cooper1976sources',
  'jacobson1991rci',
  'karasek1979demands',
  'lazarus1984stress',
  'lovibond1995manual',
  'maslach1981burnout',
  'selye1956stress',
  'uu2014asn',
  'who2022mentalhealthwork',
];

beforeAll(async () => {
  const r = await run(['build', join(REPO, 'studies', 'kesehatan-mental-asn'), '--out', out]);
  stderr = r.stderr;
  expect(r.stderr).toContain('built kesehatan-mental-asn');
  expect(r.code).toBe(0);
  for (const lang of ['id', 'en']) {
    html[lang] = readFileSync(join(dir, `${lang}.html`), 'utf8');
    text[lang] = htmlText(html[lang]!);
  }
}, 120_000);

describe('a study without data', () => {
  it('builds every output with no warning', () => {
    expect(stderr).not.toContain('warning[');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.outputs.map((o: { path: string }) => o.path).sort()).toEqual([
      'en.html',
      'en.pdf',
      'id.html',
      'id.pdf',
      'results.json',
    ]);
    expect(
      manifest.inputs
        .map((i: { path: string }) => i.path)
        .filter((p: string) => !p.startsWith('templates/'))
        .sort(),
    ).toEqual(['manuscript/en.md', 'manuscript/id.md', 'references.bib', 'study.yaml']);
  });
  it('writes a results.json with no analyses', () => {
    const results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'));
    expect(results.study).toBe('kesehatan-mental-asn');
    expect(results.n).toBe(0);
    expect(results.analyses).toEqual({});
  });
  it('cites only works in the shared reference list, each copied into references.bib', () => {
    const bib = readFileSync(join(REPO, 'studies', 'kesehatan-mental-asn', 'references.bib'), 'utf8');
    const sharedPath = join(REPO, '..', 'shared', 'references.bib');
    const shared = existsSync(sharedPath) ? readFileSync(sharedPath, 'utf8') : bib;
    const keys = [...bib.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]).sort();
    expect(keys).toEqual(CITED);
    for (const line of bib.trim().split('\n')) expect(shared).toContain(line);
    for (const lang of ['id', 'en']) {
      const md = readFileSync(join(REPO, 'studies', 'kesehatan-mental-asn', 'manuscript', `${lang}.md`), 'utf8');
      const used = [...new Set([...md.matchAll(/@([a-z]+\d{4}[a-z0-9]*)/g)].map((m) => m[1]))].sort();
      expect(used).toEqual(CITED);
      expect(md).not.toMatch(/\d+(?:[.,]\d+)?\s?%/);
    }
  });
});

describe.each(['id', 'en'] as const)('%s manuscript', (lang) => {
  const other: 'id' | 'en' = lang === 'id' ? 'en' : 'id';
  it('has the title, abstract and keywords in both languages, in this language first', () => {
    const t = text[lang]!;
    for (const l of [lang, other] as const) {
      expect(t).toContain(TITLE[l]);
      for (const s of ABSTRACT[l]) expect(t).toContain(s);
      expect(t).toContain(KEYWORDS[l]);
    }
    expect(t.indexOf(ABSTRACT[lang][0]!)).toBeLessThan(t.indexOf(ABSTRACT[other][0]!));
    expect(html[lang]).toMatch(new RegExp(`<html[^>]*lang="${lang}"`));
  });
  it('states the article type, has no data sections and no notice', () => {
    const t = text[lang]!;
    expect(t).toContain(
      lang === 'en'
        ? 'This is a narrative practice article; it reports no statistical analysis. The article draws on'
        : 'Artikel ini merupakan artikel praktik naratif dan tidak melaporkan analisis statistik. Artikel ini bertumpu',
    );
    expect(t).not.toMatch(
      lang === 'en'
        ? /Illustrative data|Synthetic data|Data analysis|Participants/
        : /Data ilustratif|Data sintetis|Analisis data|Partisipan /,
    );
    expect(html[lang]).not.toMatch(/<table|<svg|<h2[^>]*>(Results|Hasil)</);
    expect(t).not.toContain('NaN');
    expect(t).not.toContain('undefined');
  });
  it('has the reference list with every cited work', () => {
    const t = text[lang]!;
    const refs = t.slice(t.indexOf(lang === 'en' ? 'References' : 'Daftar Pustaka'));
    for (const s of [
      'Cooper, C. L., & Marshall, J. (1976).',
      'Karasek, R. A. (1979).',
      'Lazarus, R. S., & Folkman, S. (1984).',
      'Maslach, C., & Jackson, S. E. (1981).',
      'Republik Indonesia. (2014).',
      'Selye, H. (1956).',
      'World Health Organization. (2022).',
      'Cohen, S., Kamarck, T., & Mermelstein, R. (1983).',
      'Lovibond, S. H., & Lovibond, P. F. (1995).',
      'Jacobson, N. S., & Truax, P. (1991).',
    ]) {
      expect(refs).toContain(s);
    }
    const list = /<section[^>]*class="[^"]*references[^"]*"[\s\S]*?<\/section>/.exec(html[lang]!)?.[0] ?? html[lang]!;
    expect((list.match(/<li>/g) ?? []).length).toBe(CITED.length);
  });
  it('has the title and abstract in the PDF text', async () => {
    const { text: pdf, pages } = await pdfText(join(dir, `${lang}.pdf`));
    expect(pages).toBeGreaterThanOrEqual(2);
    const flat = pdf.replace(/\s+/g, ' ');
    expect(flat).toContain(
      lang === 'en' ? 'Mental Health of Indonesian Civil Servants' : 'Kesehatan Mental Aparatur Sipil Negara',
    );
    expect(flat).toContain(lang === 'en' ? 'Keywords:' : 'Kata kunci:');
  });
});
