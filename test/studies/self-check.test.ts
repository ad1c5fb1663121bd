/**
 * naskah's own manuscripts pass `naskah check`: every study in studies/, both languages,
 * as HTML, PDF and Word (.docx), with no inconsistency and no decision error.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check/index.ts';
import { run } from '../helpers/io.ts';
import { REPO, tempDir } from '../helpers/tmp.ts';

const out = tempDir();
const studies = readdirSync(join(REPO, 'studies'))
  .filter((d) => existsSync(join(REPO, 'studies', d, 'study.yaml')))
  .sort();

beforeAll(async () => {
  const r = await run([
    'build',
    ...studies.map((s) => join(REPO, 'studies', s)),
    '--out',
    out,
    '--format',
    'html,pdf,docx',
  ]);
  expect(r.code, r.stderr).toBe(0);
}, 300_000);

describe.each(studies)('%s', (study) => {
  it.each(['id.html', 'en.html', 'id.pdf', 'en.pdf', 'id.docx', 'en.docx'])('%s has no inconsistency', async (file) => {
    const report = await checkFile(join(out, study, file));
    const flagged = report.findings.filter((f) => f.verdict === 'inconsistent' || f.verdict === 'decision-error');
    expect(flagged.map((f) => `${f.check} line ${f.line}: ${f.quote} — ${f.explanation}`)).toEqual([]);
    expect(report.summary.reportingIssue).toBe(0);
    // The studies with significance tests give the checker plenty to recompute.
    if (['asn-metro', 'penguin-palmer', 'pllu-soekarno-hatta', 'relaksasi-otot-progresif'].includes(study))
      expect(report.summary.consistent).toBeGreaterThan(5);
  });
});
