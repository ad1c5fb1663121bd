/**
 * The build through its effects seam, with no disk: the study's files come from a Map and
 * the outputs go to memory (BuildEffects in src/build/build.ts). Fast, so the pipeline's
 * whole path — load, read, score, analyze, compose, render, manifest, incremental skip and
 * the change summary — is tested without a temporary folder or a browser.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BuildEffects, buildStudy } from '../../src/build/build.ts';
import { docxText } from '../../src/render/docx/text.ts';
import { htmlText } from '../helpers/text.ts';
import { REPO } from '../helpers/tmp.ts';

/** A folder that is nowhere on disk: any write there would show up. */
const ROOT = '/naskah-in-memory';
const STUDY = `${ROOT}/studies/asn-metro`;
const OUT = `${ROOT}/out`;

/** Every file of a folder of the repository, keyed by its path under `at`. */
function filesOf(dir: string, at: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) for (const [k, v] of filesOf(join(dir, e.name), `${at}/${e.name}`)) out.set(k, v);
    else out.set(`${at}/${e.name}`, readFileSync(join(dir, e.name), 'utf8'));
  }
  return out;
}

interface MemoryEffects extends BuildEffects {
  /** Output sets by folder (`<outDir>/<id>`), as writeOutputs and keepPrevious received them. */
  written: Map<string, Map<string, string | Uint8Array>>;
  reads: string[];
}

function memoryEffects(files: Map<string, string>): MemoryEffects {
  const written = new Map<string, Map<string, string | Uint8Array>>();
  const reads: string[] = [];
  return {
    written,
    reads,
    files: {
      readText(path) {
        reads.push(path);
        return files.get(path);
      },
      isDirectory: (path) => [...files.keys()].some((f) => f.startsWith(`${path}/`)),
    },
    printer: () => Promise.reject(new Error('this test builds no PDF')),
    writeOutputs: (outDir, id, out) => void written.set(`${outDir}/${id}`, new Map(out)),
    readOutput(outDir, id, name) {
      const content = written.get(`${outDir}/${id}`)?.get(name);
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    keepPrevious(outDir, id, out) {
      written.set(`${outDir}/.previous/${id}`, new Map(out));
      return `${outDir}/.previous/${id}`;
    },
    pdfDate: () => new Date(0),
    codeHash: () => 'in-memory-test',
    cwd: ROOT,
  };
}

const options = { outDir: OUT, formats: ['html' as const, 'json' as const] };

describe('a build with in-memory effects', () => {
  const files = filesOf(join(REPO, 'studies', 'asn-metro'), STUDY);

  it('builds asn-metro from a Map and writes only to memory', async () => {
    const effects = memoryEffects(files);
    const r = await buildStudy(STUDY, options, effects);
    expect(existsSync(ROOT)).toBe(false);
    expect(r.skipped).toBe(false);
    expect(effects.reads).toContain(`${STUDY}/data/pss.csv`);
    const out = effects.written.get(`${OUT}/asn-metro`)!;
    expect([...out.keys()].sort()).toEqual(['en.html', 'id.html', 'manifest.json', 'results.json']);

    // TARGETS.md of asn-metro: N 96, PSS pre M 14.7292 SD 4.58712, post M 10.6979, t(95) = 8.624.
    const paired = r.results.analyses.pre_post!;
    if (paired.type !== 'paired-comparison' || paired.test !== 'paired-t' || !('df' in paired.result))
      throw new Error(`pre_post should be a paired t test, got ${paired.test}`);
    expect(paired.result.df).toBe(95);
    expect(Math.abs(paired.result.t - 8.624)).toBeLessThan(5e-4);
    expect(Math.abs(paired.result.meanDiff - 4.03125)).toBeLessThan(1e-12);
    const results = JSON.parse(out.get('results.json') as string);
    const [pre, post] = results.analyses.deskriptif.result.variables.map((v: { overall: unknown }) => v.overall);
    expect(pre).toMatchObject({ n: 96, sum: 1414 });
    expect(Math.abs(pre.sd - 4.58712)).toBeLessThan(5e-6);
    expect(post).toMatchObject({ n: 96, sum: 1027 });
    expect(Math.abs(post.mean - 10.6979)).toBeLessThan(5e-5);

    // The same bytes as the command-line build that made the expected-output fixture.
    expect(out.get('results.json')).toBe(
      readFileSync(join(REPO, 'test', 'expected', 'asn-metro', 'results.json'), 'utf8'),
    );
    expect(htmlText(out.get('en.html') as string)).toContain('t(95) = 8.62, p < .001');
    expect(htmlText(out.get('id.html') as string)).toContain('t(95) = 8,62; p < 0,001');
  });

  it('writes Word files to memory when docx is asked for', async () => {
    const effects = memoryEffects(files);
    await buildStudy(STUDY, { outDir: OUT, formats: ['docx'] }, effects);
    const out = effects.written.get(`${OUT}/asn-metro`)!;
    expect([...out.keys()].sort()).toEqual(['en.docx', 'id.docx', 'manifest.json']);
    const docx = out.get('en.docx') as Uint8Array;
    expect(Buffer.from(docx.subarray(0, 4)).toString('latin1')).toBe('PK\x03\x04');
    expect(docxText(docx)).toContain('t(95) = 8.62, p < .001');
    expect(existsSync(ROOT)).toBe(false);
  });

  it('skips a study whose inputs and outputs are unchanged, reading the previous build from memory', async () => {
    const effects = memoryEffects(files);
    await buildStudy(STUDY, options, effects);
    const again = await buildStudy(STUDY, options, effects);
    expect(again.skipped).toBe(true);
    expect(again.results.n).toBe(96);
  });

  it('after a change in the data, reports what changed and keeps the previous results', async () => {
    const effects = memoryEffects(files);
    await buildStudy(STUDY, options, effects);
    // Participant 1's first posttest answer 2 → 4 (item 1 is not reverse-scored): Σpost 1027 → 1029.
    const csv = files.get(`${STUDY}/data/pss.csv`)!;
    const changed = new Map(files).set(
      `${STUDY}/data/pss.csv`,
      csv.replace('\n1,L,39,1,2,1,3,3,2,2,3,2,1,2,', '\n1,L,39,1,2,1,3,3,2,2,3,2,1,4,'),
    );
    expect(changed.get(`${STUDY}/data/pss.csv`)).not.toBe(csv);
    const effects2 = memoryEffects(changed);
    for (const [k, v] of effects.written) effects2.written.set(k, v);
    const r = await buildStudy(STUDY, options, effects2);
    const results = JSON.parse(r.resultsJson);
    const post = results.analyses.deskriptif.result.variables[1].overall;
    expect(post.sum).toBe(1029);
    expect(post.mean).toBeCloseTo(1029 / 96, 12);
    expect(r.changes?.changed).toBe(true);
    expect(r.changes?.numbers.some((c) => c.analysis === 'deskriptif' && /mean/.test(c.quantity))).toBe(true);
    expect(r.previous).toBe(`${OUT}/.previous/asn-metro`);
    expect(effects2.written.get(`${OUT}/.previous/asn-metro`)?.get('results.json')).toBe(
      effects.written.get(`${OUT}/asn-metro`)?.get('results.json'),
    );
    expect(existsSync(ROOT)).toBe(false);
  });
});
