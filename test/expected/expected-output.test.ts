/**
 * Expected-output fixtures (remark's fixture folders): every study in studies/ is built
 * and its results.json and the reader-visible text of each manuscript are compared with
 * test/expected/<study>/. A change in any number or sentence fails here until the
 * fixtures are regenerated on purpose: `UPDATE=1 npx vitest run test/expected`.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/io.ts';
import { htmlText } from '../helpers/text.ts';
import { REPO, tempDir } from '../helpers/tmp.ts';

const out = tempDir();
const studies = readdirSync(join(REPO, 'studies')).filter((d) => existsSync(join(REPO, 'studies', d, 'study.yaml'))).sort();

/** One sentence per line, so a fixture diff shows what changed. */
function readable(html: string): string {
  return htmlText(html).replace(/([.!?]) (?=[A-Z(ΑΒ“‘"])/g, '$1\n').trim() + '\n';
}

describe.each(studies)('%s', (study) => {
  it('matches its expected results.json and text', async () => {
    const r = await run(['build', join(REPO, 'studies', study), '--out', out, '--format', 'html,json', '--force']);
    expect(r.code, r.stderr).toBe(0);
    const dir = join(REPO, 'test', 'expected', study);
    const files: Record<string, string> = { 'results.json': readFileSync(join(out, study, 'results.json'), 'utf8') };
    for (const f of readdirSync(join(out, study)).filter((f) => f.endsWith('.html'))) files[f.replace('.html', '.txt')] = readable(readFileSync(join(out, study, f), 'utf8'));
    if (process.env.UPDATE === '1') {
      mkdirSync(dir, { recursive: true });
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    }
    for (const [name, text] of Object.entries(files)) {
      const path = join(dir, name);
      expect(existsSync(path), `${path} is missing: regenerate with UPDATE=1`).toBe(true);
      expect(text, `${study}/${name} differs from test/expected (regenerate on purpose with UPDATE=1)`).toBe(readFileSync(path, 'utf8'));
    }
  }, 120_000);
});
