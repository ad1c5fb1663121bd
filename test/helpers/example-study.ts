/** Builds one study of studies/ into a temporary folder and reads what a test asserts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { run } from './io.ts';
import { htmlText } from './text.ts';
import { REPO } from './tmp.ts';

export interface BuiltStudy {
  /** out/<id>/ of the build. */
  dir: string;
  results: any;
  /** Reader-visible text of <lang>.html. */
  text: Record<string, string>;
  stderr: string;
}

export async function buildExampleStudy(name: string, out: string): Promise<BuiltStudy> {
  const r = await run(['build', join(REPO, 'studies', name), '--out', out]);
  expect(r.stderr).toContain(`built ${name}`);
  expect(r.code).toBe(0);
  const dir = join(out, name);
  const text: Record<string, string> = {};
  for (const lang of ['id', 'en']) text[lang] = htmlText(readFileSync(join(dir, `${lang}.html`), 'utf8'));
  return { dir, results: JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')), text, stderr: r.stderr };
}
