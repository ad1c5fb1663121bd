/**
 * citeproc's answers are cached on disk (src/report/citations/cache.ts): a second build of
 * the same study in a new process neither loads citation-js and citeproc nor builds an
 * engine, and writes the very bytes the first build wrote.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProcess } from '../../build/cli-process.ts';
import { copyStudy, tempDir } from '../../helpers/tmp.ts';

const root = tempDir();
const cache = join(root, 'citation-cache');
const study = copyStudy('asn-metro', join(root, 'studies'));
// Printed at exit by the child: how many modules of the citation libraries it loaded (their package.json files, read for the cache's key, aside).
const REPORT =
  "process.on('exit', () => console.log('LOADED ' + JSON.stringify(Object.keys(require('node:module')._cache).filter((f) => /(citeproc|@citation-js).*.js$/.test(f)).length)));";

async function build(out: string): Promise<{ loaded: number; html: Buffer }> {
  const r = await runProcess(['build', study, '--out', out, '--format', 'html', '--force'], {
    cwd: root,
    env: { ...process.env, NASKAH_CITATION_CACHE: cache, NODE_OPTIONS: `--require ${join(root, 'report.cjs')}` },
  });
  expect(r.code, r.stderr).toBe(0);
  const loaded = Number(/LOADED (\d+)/.exec(r.stdout)?.[1]);
  return { loaded, html: readFileSync(join(out, 'asn-metro', 'id.html')) };
}

describe('citation cache', () => {
  it('a second build reads the citations from the cache, loads no citation library, and writes the same bytes', async () => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(root, 'report.cjs'), REPORT);
    const first = await build(join(root, 'a'));
    expect(first.loaded).toBeGreaterThan(0);
    expect(readdirSync(cache).filter((f) => f.endsWith('.json')).length).toBeGreaterThan(0);
    const second = await build(join(root, 'b'));
    expect(second.loaded).toBe(0);
    expect(second.html.equals(first.html)).toBe(true);
    expect(second.html.toString('utf8')).toContain('(S. Cohen dkk., 1983)');
  }, 180_000);
});
