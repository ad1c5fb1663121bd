/**
 * docs/study.schema.json and docs/study-yaml.md are generated from the schema the
 * validator uses; this test fails when they drift. Regenerate on purpose with
 * `UPDATE=1 npx vitest run test/build/schema-docs.test.ts`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { studyJsonSchema, studySchemaMarkdown } from '../../src/build/json-schema.ts';
import { REPO } from '../helpers/tmp.ts';

const cases: [string, () => string][] = [
  ['docs/study.schema.json', () => `${JSON.stringify(studyJsonSchema(), null, 2)}\n`],
  ['docs/study-yaml.md', studySchemaMarkdown],
];

it.each(cases)('%s is up to date', (file, generate) => {
  const path = join(REPO, file);
  const want = generate();
  if (process.env.UPDATE === '1') writeFileSync(path, want);
  expect(existsSync(path), `${file} is missing: run with UPDATE=1`).toBe(true);
  expect(readFileSync(path, 'utf8')).toBe(want);
});
