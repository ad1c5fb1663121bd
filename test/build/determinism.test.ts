/**
 * Deterministic output: two builds of the same inputs give byte-identical results.json and
 * HTML, whatever the machine's time zone, locale, working folder or the study's location;
 * no timestamps or absolute paths in them. PDFs: the metadata date is SOURCE_DATE_EPOCH
 * when set and 2000-01-01 otherwise, and two builds give the same bytes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reproducibleDate } from '../../src/build/effects.ts';
import { fixPdfDates, renumberStructureIds } from '../../src/render/pdf.ts';
import { run } from '../helpers/io.ts';
import { copyStudy, tempDir } from '../helpers/tmp.ts';
import { runProcess } from './cli-process.ts';

const root = tempDir();
const read = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f !== 'manifest.json')
      .sort()
      .map((f) => [f, readFileSync(join(dir, f))]),
  );

describe('results.json and HTML', () => {
  let jakarta: Record<string, Buffer>;
  let utc: Record<string, Buffer>;
  beforeAll(async () => {
    // Two copies of the study at different places, built by two processes in different
    // time zones and locales, from different working folders.
    const a = copyStudy('asn-metro', join(root, 'one', 'studies'));
    const b = copyStudy('asn-metro', join(root, 'elsewhere', 'deeper', 'studies'));
    const [ra, rb] = await Promise.all([
      runProcess(['build', a, '--out', join(root, 'out-a'), '--format', 'html,json'], {
        cwd: join(root, 'one'),
        env: { ...process.env, TZ: 'Asia/Jakarta', LANG: 'id_ID.UTF-8', LC_ALL: 'id_ID.UTF-8' },
      }),
      runProcess(['build', b, '--out', join(root, 'out-b'), '--format', 'html,json'], {
        cwd: root,
        env: { ...process.env, TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
      }),
    ]);
    expect(ra.stderr).toContain('built asn-metro');
    expect(rb.stderr).toContain('built asn-metro');
    jakarta = read(join(root, 'out-a', 'asn-metro'));
    utc = read(join(root, 'out-b', 'asn-metro'));
  }, 180_000);

  it('are byte-identical across time zones, locales and locations', () => {
    expect(Object.keys(jakarta)).toEqual(['en.html', 'id.html', 'results.json']);
    for (const f of Object.keys(jakarta)) expect(jakarta[f]!.equals(utc[f]!), f).toBe(true);
  });

  it('hold no timestamps and no absolute paths', () => {
    for (const [f, content] of Object.entries(jakarta)) {
      const text = content.toString('utf8');
      expect(text, f).not.toContain(root);
      expect(text, f).not.toMatch(/\/(tmp|home|Users|work)\//);
      expect(text, f).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
      expect(text, f).not.toMatch(new RegExp(`\\b${new Date().getUTCFullYear()}-\\d{2}-\\d{2}\\b`));
    }
  });

  it('a second build in the same process gives the same bytes (caches change nothing)', async () => {
    const again = copyStudy('asn-metro', join(root, 'third', 'studies'));
    const builds: Record<string, Buffer>[] = [];
    for (let i = 0; i < 2; i++) {
      const r = await run(['build', again, '--out', join(root, `out-c${i}`), '--format', 'html,json']);
      expect(r.code).toBe(0);
      builds.push(read(join(root, `out-c${i}`, 'asn-metro')));
    }
    for (const f of Object.keys(jakarta))
      expect(builds[1]![f]!.equals(builds[0]![f]!), `${f}: second build`).toBe(true);
    // The same bytes as the separate processes, when all ran the same naskah code (other
    // work on the sources during the test run would legitimately change the output).
    const code = (dir: string) => JSON.parse(readFileSync(join(root, dir, 'asn-metro', 'manifest.json'), 'utf8')).code;
    if (code('out-c0') === code('out-a'))
      for (const f of Object.keys(jakarta))
        expect(builds[0]![f]!.equals(jakarta[f]!), `${f}: in-process vs separate process`).toBe(true);
  });

  it('the manifest records inputs, naskah version and code, Node, options and outputs', () => {
    const m = JSON.parse(readFileSync(join(root, 'out-a', 'asn-metro', 'manifest.json'), 'utf8'));
    expect(m.naskah).toMatch(/^\d+\.\d+\.\d+/);
    expect(m.code).toMatch(/^[0-9a-f]{64}$/);
    expect(m.node).toBe(process.version);
    expect(m.options).toEqual({ langs: ['id', 'en'], formats: ['html', 'json'] });
    expect(m.inputs.map((i: { path: string }) => i.path)).toEqual([
      'study.yaml',
      'data/pss.csv',
      'manuscript/id.md',
      'manuscript/en.md',
      'references.bib',
      'templates/article/layout.hbs',
      'templates/article/style.css',
    ]);
    for (const i of m.inputs) expect(i.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(m.outputs.map((o: { path: string }) => o.path)).toEqual(['results.json', 'id.html', 'en.html']);
  });
});

describe('PDF', () => {
  const pdfInfo = (pdf: Buffer) => /\/CreationDate \((D:[^)]*)\)/.exec(pdf.toString('latin1'))?.[1];

  it('takes its date from SOURCE_DATE_EPOCH, else 2000-01-01', () => {
    expect(reproducibleDate({ SOURCE_DATE_EPOCH: '1700000000' }).toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(reproducibleDate({}).toISOString()).toBe('2000-01-01T00:00:00.000Z');
    expect(reproducibleDate({ SOURCE_DATE_EPOCH: 'yesterday' }).toISOString()).toBe('2000-01-01T00:00:00.000Z');
    const fake = Buffer.from(
      "%PDF-1.4\n1 0 obj <</CreationDate (D:20261122223344+07'00') /ModDate (D:20261122223344+07'00')>>\n",
      'latin1',
    );
    const fixed = Buffer.from(fixPdfDates(fake, new Date(Date.UTC(2000, 0, 1))));
    expect(fixed.length).toBe(fake.length);
    expect(fixed.toString('latin1')).toContain("/CreationDate (D:20000101000000+00'00')");
  });

  it('names structure elements by rank, not by the DOM node numbers of a reused page', () => {
    const pdf = (ids: number[]) =>
      Buffer.from(
        ids.map((n) => `<</S /P /ID (node${String(n).padStart(8, '0')})>>`).join('\n') +
          `\n/IDTree <</Names [${ids.map((n) => `(node${String(n).padStart(8, '0')}) 1 0 R`).join(' ')}]>>`,
        'latin1',
      );
    const first = Buffer.from(renumberStructureIds(pdf([67, 68, 70, 101])));
    const reused = Buffer.from(renumberStructureIds(pdf([564, 565, 567, 598])));
    expect(first.equals(reused)).toBe(true);
    expect(first.length).toBe(pdf([67, 68, 70, 101]).length);
    expect(first.toString('latin1')).toContain(
      '(node00000001) 1 0 R (node00000002) 1 0 R (node00000003) 1 0 R (node00000004) 1 0 R',
    );
  });

  it('two builds give byte-identical PDFs, dated from SOURCE_DATE_EPOCH', async () => {
    const study = copyStudy('asn-metro', join(root, 'pdf', 'studies'));
    const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };
    const a = await run(['build', study, '--out', join(root, 'pdf-a'), '--lang', 'en', '--format', 'pdf'], { env });
    const b = await run(['build', study, '--out', join(root, 'pdf-b'), '--lang', 'en', '--format', 'pdf'], { env });
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const pa = readFileSync(join(root, 'pdf-a', 'asn-metro', 'en.pdf'));
    const pb = readFileSync(join(root, 'pdf-b', 'asn-metro', 'en.pdf'));
    expect(pdfInfo(pa)).toBe("D:20231114221320+00'00'");
    expect(pa.equals(pb)).toBe(true);
    const m = JSON.parse(readFileSync(join(root, 'pdf-a', 'asn-metro', 'manifest.json'), 'utf8'));
    expect(m.options.pdfDate).toBe('2023-11-14T22:13:20.000Z');
  }, 120_000);
});
