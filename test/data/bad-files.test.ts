/**
 * A catalogue of bad data files: each gets one clear message (what, where, how to fix),
 * exit code 1, no stack trace, and leaves the previous build in out/ untouched.
 * Fixtures: test/fixtures/data (make-bad-files.py, pss-usia-text.sps with Debian's pspp).
 */
import { copyFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/io.ts';
import { copyStudy, REPO, tempDir } from '../helpers/tmp.ts';

const FIXTURES = join(REPO, 'test', 'fixtures', 'data');
const root = tempDir();
const out = join(root, 'out');
const studies = join(root, 'studies');

function snapshot(): Record<string, string> {
  const dir = join(out, 'asn-metro');
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'latin1')]),
  );
}

let before: Record<string, string>;
beforeAll(async () => {
  const study = copyStudy('asn-metro', studies);
  const r = await run(['build', study, '--out', out, '--format', 'json']);
  expect(r.code).toBe(0);
  before = snapshot();
}, 120_000);

/**
 * A copy of asn-metro whose data file is `name` with these bytes (or the fixture of that
 * name) and whose `data:` block gets `extra` lines.
 */
function variant(tag: string, name: string, bytes?: Uint8Array, extra = '', yamlEdit?: (y: string) => string): string {
  const into = join(studies, `.tmp-${tag}`);
  rmSync(into, { recursive: true, force: true });
  const dir = copyStudy('asn-metro', into);
  const target = join(dir, 'data', name);
  if (bytes) writeFileSync(target, bytes);
  else copyFileSync(join(FIXTURES, name), target);
  const yaml = join(dir, 'study.yaml');
  let text = readFileSync(yaml, 'utf8').replace('  file: data/pss.csv', `  file: data/${name}${extra}`);
  if (yamlEdit) text = yamlEdit(text);
  writeFileSync(yaml, text);
  return dir;
}

async function expectFailure(dir: string, ...fragments: (string | RegExp)[]): Promise<string> {
  const r = await run(['build', dir, '--out', out, '--format', 'json']);
  expect(r.code).toBe(1);
  for (const f of fragments) expect(r.stderr).toMatch(f);
  expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  expect(r.stderr).not.toMatch(/internal/i);
  expect(snapshot()).toEqual(before);
  return r.stderr;
}

describe('bad data files leave out/ untouched and say what, where and how to fix', () => {
  it('a truncated .sav', async () => {
    const bytes = readFileSync(join(FIXTURES, 'pss.sav')).subarray(0, 7800);
    const dir = variant('truncated', 'pss.sav', bytes);
    await expectFailure(dir, 'error[data/sav-truncated]', /pss\.sav ends in the middle of case \d+/, /copy it again/);
  });

  it('a .sav cut inside its dictionary', async () => {
    const bytes = readFileSync(join(FIXTURES, 'pss.sav')).subarray(0, 700);
    const dir = variant('truncated-dict', 'pss.sav', bytes);
    await expectFailure(dir, 'error[data/sav-truncated]', /ends in the middle of (a variable|missing|a value)/);
  });

  it('a password-protected .xlsx', async () => {
    const dir = variant('encrypted', 'pss-encrypted.xlsx');
    await expectFailure(
      dir,
      'error[data/unknown-format]',
      'it looks like a password-protected (encrypted) Excel workbook',
      /remove the password/,
    );
  });

  it('a .sav whose age is a string variable where a number is needed', async () => {
    const dir = variant('string-age', 'pss-usia-text.sav');
    await expectFailure(
      dir,
      'error[data/text-column]',
      /usia is a text \(string\) variable in data\/pss-usia-text\.sav \(e\.g\. "39"\), but variables\.usia needs numbers/,
      /change the variable to Numeric/,
    );
  });

  it('a sheet that does not exist', async () => {
    const dir = variant('sheet', 'pss.xlsx', undefined, '\n  sheet: Data Responden');
    await expectFailure(
      dir,
      'error[data/no-such-sheet]',
      'data/pss.xlsx has no sheet named "Data Responden"; its sheets are "data", "keterangan"',
    );
  });

  it('a sheet number out of range', async () => {
    const dir = variant('sheet-number', 'pss.xlsx', undefined, '\n  sheet: 3');
    await expectFailure(dir, 'error[data/no-such-sheet]', 'data.sheet is 3 but data/pss.xlsx has 2 sheets');
  });

  it('a header row out of range', async () => {
    const dir = variant('header', 'pss.xlsx', undefined, '\n  header: 500');
    await expectFailure(
      dir,
      'error[data/header-out-of-range]',
      'data.header is row 500, but the last row with anything in it on data is row 97',
      /data!A500/,
    );
  });

  it('an empty sheet', async () => {
    const dir = variant('empty', 'responden.xlsx', undefined, '\n  sheet: Kosong');
    await expectFailure(
      dir,
      'error[data/empty-sheet]',
      'the sheet Kosong of data/responden.xlsx is empty',
      /data\.sheet/,
    );
  });

  it('a text cell in a numeric column, named as Excel does', async () => {
    const dir = variant('cell', 'responden.xlsx', undefined, '\n  sheet: Data Responden\n  header: 3');
    await expectFailure(
      dir,
      'error[data/not-a-number]',
      `data/responden.xlsx, row 14, column "pss_pre_1" ('Data Responden'!D14): "tiga" in a numeric column is not a number`,
    );
  });

  it('a .dta of a format before Stata 13', async () => {
    const bytes = new Uint8Array(120);
    bytes.set([115, 2, 1, 0]);
    const dir = variant('dta-old', 'stres_kerja.dta', bytes);
    await expectFailure(
      dir,
      'error[data/dta-version]',
      'is a Stata file of format 115 (Stata 12); naskah reads formats 117–119 (Stata 13 and later)',
      /save it again/,
    );
  });

  it('a .dta of Stata 18 with alias variables (format 121)', async () => {
    const text = '<stata_dta><header><release>121</release><byteorder>LSF</byteorder><K>';
    const dir = variant('dta-new', 'stres_kerja.dta', new TextEncoder().encode(text));
    await expectFailure(dir, 'error[data/dta-version]', 'format 121', /saveold/);
  });

  it('a declared level that matches no value label', async () => {
    const dir = variant('level', 'pss.sav', undefined, '', (y) =>
      y.replace('P: { id: perempuan, en: female }', 'W: { id: Wanita, en: Female }'),
    );
    await expectFailure(
      dir,
      'error[data/level-not-in-file]',
      /the level "W" \(Wanita\) declared for jenis_kelamin in study\.yaml matches no value in data\/pss\.sav, where jenis_kelamin also has 2 = Perempuan/,
      /code: 2/,
    );
  });

  it('a PDF given as the data file', async () => {
    const dir = variant('pdf', 'pss.pdf', new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n'));
    await expectFailure(dir, 'error[data/unknown-format]', 'it looks like a PDF document');
  });
});

describe('level matching', () => {
  it('an explicit code picks the value whatever its label', async () => {
    const dir = variant('explicit', 'pss.sav', undefined, '', (y) =>
      y
        .replace('L: { id: laki-laki, en: male }', 'L: { code: 1, id: Pria, en: Male }')
        .replace('P: { id: perempuan, en: female }', 'P: { code: 2, id: Wanita, en: Female }'),
    );
    const o = join(root, 'out-explicit');
    const r = await run(['build', dir, '--out', o, '--format', 'html,json']);
    expect(r.code, r.stderr).toBe(0);
    const results = JSON.parse(readFileSync(join(o, 'asn-metro', 'results.json'), 'utf8'));
    expect(readFileSync(join(o, 'asn-metro', 'id.html'), 'utf8')).toMatch(/Wanita/);
    const csv = JSON.parse(readFileSync(join(out, 'asn-metro', 'results.json'), 'utf8'));
    const counts = (x: any) => JSON.stringify(x.analyses.karakteristik.result).match(/"n":\d+/g);
    expect(counts(results)).toEqual(counts(csv));
  });
});
