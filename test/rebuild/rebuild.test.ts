/**
 * Regenerating after a data fix, end to end through the CLI: an unchanged study is
 * skipped, a data fix prints what changed (exactly the numbers that changed, and the
 * conclusion), `naskah diff` lists the same numbers, and `naskah verify` proves (or
 * disproves, naming the numbers) that a study folder produced a build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/io.ts';
import { copyStudy, tempDir } from '../helpers/tmp.ts';

const root = tempDir();
const out = join(root, 'out');
const build = join(out, 'asn-metro');
const previous = join(out, '.previous', 'asn-metro');
let study: string;

function setCell(id: string, column: string, value: string): string {
  const file = join(study, 'data', 'pss.csv');
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = lines[0]!.split(',');
  const row = lines.findIndex((l) => l.split(',')[0] === id);
  const cells = lines[row]!.split(',');
  const old = cells[header.indexOf(column)]!;
  cells[header.indexOf(column)] = value;
  lines[row] = cells.join(',');
  writeFileSync(file, lines.join('\n'));
  return old;
}

const buildArgs = () => ['build', study, '--out', out, '--format', 'html,json'];
const pct = (n: number) => ((n / 96) * 100).toFixed(1);

/**
 * Participant 1 is 39; entered as 30 they move from "≥ 35 years" (level 2) to "< 35 years"
 * (level 1): counts 26 → 27 and 70 → 69, their percentages of 96 (percent, valid percent)
 * and level 1's cumulative percent. Nothing else in the study depends on age.
 */
const AGE_CHANGES = [
  ['usia.group › 1 › n', '26', '27'],
  ['usia.group › 1 › percent', pct(26), pct(27)],
  ['usia.group › 1 › validPercent', pct(26), pct(27)],
  ['usia.group › 1 › cumulativePercent', pct(26), pct(27)],
  ['usia.group › 2 › n', '70', '69'],
  ['usia.group › 2 › percent', pct(70), pct(69)],
  ['usia.group › 2 › validPercent', pct(70), pct(69)],
].map(([q, a, b]) => ['karakteristik', q!, a!, b!]);

beforeAll(async () => {
  study = copyStudy('asn-metro', join(root, 'studies'));
  const r = await run(buildArgs());
  expect(r.code).toBe(0);
  expect(r.stderr).toContain('built asn-metro');
  expect(r.stderr).not.toContain('changed');
});

describe('incremental builds', () => {
  it('skips a study whose inputs, options and naskah are unchanged, and says so', async () => {
    const before = readFileSync(join(build, 'en.html'));
    const r = await run(buildArgs());
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `asn-metro is up to date in ${build}/ (same inputs, template, options and naskah): skipped; --force rebuilds`,
    );
    expect(r.stderr).not.toContain('built asn-metro');
    expect(readFileSync(join(build, 'en.html'))).toEqual(before);
  });

  it('rebuilds with --force, and nothing reported changed', async () => {
    const r = await run([...buildArgs(), '--force']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('built asn-metro');
    expect(r.stderr).toContain('asn-metro: no reported number and no conclusion changed since the previous build');
  });

  it('rebuilds when the options change (another language set)', async () => {
    const r = await run([...buildArgs(), '--lang', 'en']);
    expect(r.stderr).toContain('built asn-metro');
    expect(r.stderr).toContain('no reported number and no conclusion changed');
    const again = await run(buildArgs());
    expect(again.stderr).toContain('built asn-metro');
  });

  it('rebuilds when an output was altered or naskah differs from the one in the manifest', async () => {
    writeFileSync(join(build, 'en.html'), `${readFileSync(join(build, 'en.html'), 'utf8')}<!-- edited -->`);
    expect((await run(buildArgs())).stderr).toContain('built asn-metro');
    const manifestPath = join(build, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    expect(manifest.code).toMatch(/^[0-9a-f]{64}$/);
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, code: '0'.repeat(64) }));
    expect((await run(buildArgs())).stderr).toContain('built asn-metro');
    expect((await run(buildArgs())).stderr).toContain('skipped');
  });
});

describe('after a data fix', () => {
  let summary: string;
  beforeAll(async () => {
    expect(setCell('1', 'usia', '30')).toBe('39');
    const r = await run(buildArgs());
    expect(r.code).toBe(0);
    summary = r.stderr;
  });

  it('the build prints how many reported numbers changed, every changed conclusion, and the numbers', () => {
    const lines = summary.split('\n');
    const head = lines.findIndex((l) => l.startsWith('asn-metro: '));
    expect(lines[head]).toBe(
      'asn-metro: 7 reported numbers changed since the previous build (karakteristik 7); 1 conclusion changed:',
    );
    expect(lines[head + 1]).toBe(
      `  karakteristik: usia.group: a count crossed a category threshold (1: 26 → 27, 2: 70 → 69)`,
    );
    expect(lines[head + 2]).toBe('  numbers (old → new, as printed):');
    const numbers = lines.slice(head + 3, head + 3 + AGE_CHANGES.length).map((l) => l.trim().split(/\s{2,}|\s→\s/));
    expect(numbers).toEqual(AGE_CHANGES);
    expect(lines[head + 3 + AGE_CHANGES.length]).toBe(`  details: naskah diff ${previous} ${build}`);
  });

  it('naskah diff names exactly the same numbers (exit code 1)', async () => {
    const r = await run(['diff', previous, build]);
    expect(r.code).toBe(1);
    const rows = r.stdout
      .split('\n')
      .filter((l) => l.startsWith('  karakteristik  '))
      .map((l) => l.trim().split(/\s{2,}|\s→\s/));
    expect(rows).toEqual(AGE_CHANGES);
    expect(r.stdout).toContain('asn-metro: 7 reported numbers changed, 1 conclusion changed');
    expect(r.stdout).toContain(
      '  karakteristik: usia.group: a count crossed a category threshold (1: 26 → 27, 2: 70 → 69)',
    );

    const json = await run(['diff', join(previous, 'results.json'), join(build, 'results.json'), '--json']);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout);
    expect(
      parsed.numbers.map((c: { analysis: string; quantity: string; old: string; new: string }) => [
        c.analysis,
        c.quantity,
        c.old,
        c.new,
      ]),
    ).toEqual(AGE_CHANGES);
    expect(parsed.conclusions).toMatchObject([{ analysis: 'karakteristik', kind: 'threshold' }]);
  });

  it('naskah diff of a build with itself: nothing changed (exit code 0); unreadable input: exit code 2', async () => {
    const same = await run(['diff', build, build]);
    expect(same.code).toBe(0);
    expect(same.stdout).toBe('asn-metro: no reported number and no conclusion changed\n');
    const missing = await run(['diff', join(root, 'nope'), build]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('error[diff/not-found]');
  });

  it('a change to a score lists its statistics and nothing unrelated', async () => {
    setCell('1', 'pss_post_1', String(Number(setCell('1', 'pss_post_1', '0')) + 1));
    const r = await run(buildArgs());
    const d = JSON.parse((await run(['diff', previous, build, '--json'])).stdout);
    const rows: string[] = d.numbers.map(
      (c: { analysis: string; quantity: string; old: string; new: string }) =>
        `${c.analysis} ${c.quantity} ${c.old} → ${c.new}`,
    );
    expect(r.stderr).toContain(`asn-metro: ${rows.length} reported numbers changed since the previous build`);
    // Participant 1's item 1 after the training went up by one: the post-test sum by one.
    expect(rows).toContain('deskriptif pss_post › sum 1027 → 1028');
    expect(rows).toContain('deskriptif pss_post › mean 10.70 → 10.71');
    expect(rows.some((r) => r.startsWith('pre_post t '))).toBe(true);
    expect(rows.some((r) => /pss_pre|karakteristik|reliabilitas_pre/.test(r))).toBe(false);
  });
});

describe('naskah verify', () => {
  it('passes on an untouched build', async () => {
    const r = await run(['verify', study, '--against', build]);
    expect(r.stdout).toContain('results.json: identical');
    expect(r.stdout).toContain('en.html: identical');
    expect(r.stdout).toContain('id.html: identical');
    expect(r.stdout).toContain('inputs: the same 7 files as recorded in the manifest');
    expect(r.stdout).toContain('verified: the study folder reproduces results.json and the HTML byte for byte');
    expect(r.code).toBe(0);
    expect((await run(['verify', study, '--against', join(build, 'results.json')])).code).toBe(0);
  });

  it('fails after a data change, naming the numbers and the input', async () => {
    setCell('1', 'usia', '39');
    const r = await run(['verify', study, '--against', build, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.identical).toBe(false);
    expect(report.inputsDiffer).toEqual(['data/pss.csv']);
    // Verifying the build with age 30 against data with age 39 again: the reverse moves.
    expect(
      report.changes.numbers.map((c: { analysis: string; quantity: string; old: string; new: string }) => [
        c.analysis,
        c.quantity,
        c.old,
        c.new,
      ]),
    ).toEqual(AGE_CHANGES.map(([a, q, o, n]) => [a, q, n, o]));
    const text = await run(['verify', study, '--against', build]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('results.json: differs');
    expect(text.stdout).toContain('inputs that differ from the manifest: data/pss.csv');
    expect(text.stdout).toMatch(/karakteristik +usia\.group › 1 › n +27 → 26/);
    expect(text.stdout).toContain('NOT verified: the rebuild differs');
  });

  it('exit code 2 when the build to verify does not exist', async () => {
    const r = await run(['verify', study, '--against', join(root, 'nope')]);
    expect(r.code).toBe(2);
  });
});
