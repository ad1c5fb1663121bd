/**
 * Bad input: each problem gives one clear message (what, where, how to fix), exit code 1,
 * and leaves the previous build in out/ untouched.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/io.ts';
import { copyStudy, tempDir } from '../helpers/tmp.ts';

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
  const r = await run(['build', study, '--out', out, '--format', 'html,json']);
  expect(r.code).toBe(0);
  before = snapshot();
});

/** A fresh copy of asn-metro with one change applied. */
function variant(name: string, change: (dir: string) => void): string {
  const dir = join(studies, name);
  rmSync(dir, { recursive: true, force: true });
  const copy = copyStudy('asn-metro', join(studies, `.tmp-${name}`));
  change(copy);
  return copy;
}

function editCsv(dir: string, edit: (lines: string[]) => void): void {
  const file = join(dir, 'data', 'pss.csv');
  const lines = readFileSync(file, 'utf8').split('\n');
  edit(lines);
  writeFileSync(file, lines.join('\n'));
}

function setCell(lines: string[], row: number, column: string, value: string): void {
  const header = lines[0]!.split(',');
  const cells = lines[row - 1]!.split(',');
  cells[header.indexOf(column)] = value;
  lines[row - 1] = cells.join(',');
}

async function expectFailure(dir: string, ...fragments: (string | RegExp)[]): Promise<string> {
  const r = await run(['build', dir, '--out', out, '--format', 'html,json']);
  expect(r.code).toBe(1);
  for (const f of fragments) expect(r.stderr).toMatch(f);
  expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace for a user mistake
  expect(snapshot()).toEqual(before);
  return r.stderr;
}

describe('bad input leaves out/ untouched and says what, where and how to fix', () => {
  it('wrong study path', async () => {
    await expectFailure(join(studies, 'no-such-study'), 'error[study/not-found]', 'no study folder', /naskah new/);
  });

  it('invalid YAML', async () => {
    const dir = variant('yaml', (d) =>
      writeFileSync(join(d, 'study.yaml'), 'id: asn-metro\ntitle: [unclosed\nauthors: x\n'),
    );
    await expectFailure(dir, 'error[study/yaml-syntax]', /study\.yaml:\d+:\d+/);
  });

  it('misspelt key with a suggestion', async () => {
    const dir = variant('key', (d) => {
      const f = join(d, 'study.yaml');
      writeFileSync(f, readFileSync(f, 'utf8').replace('\nkeywords:', '\nkeyword:'));
    });
    const err = await expectFailure(
      dir,
      'error[study/unknown-key]',
      'unknown key "keyword"',
      'Did you mean "keywords"?',
    );
    expect(err).toMatch(/study\.yaml:\d+:1/);
  });

  it('misspelt variable name in an analysis, with line and column', async () => {
    const dir = variant('var', (d) => {
      const f = join(d, 'study.yaml');
      writeFileSync(f, readFileSync(f, 'utf8').replace('    before: pss_pre\n', '    before: pss_pra\n'));
    });
    await expectFailure(
      dir,
      'error[study/unknown-variable]',
      '"pss_pra"',
      'Did you mean "pss_pre"?',
      /study\.yaml:\d+:13 \(analyses\[5\]\.before\)/,
    );
  });

  it('missing data file', async () => {
    const dir = variant('nodata', (d) => rmSync(join(d, 'data', 'pss.csv')));
    await expectFailure(dir, 'error[study/data-not-found]', 'data/pss.csv', /Put the CSV at/);
  });

  it('unterminated quote', async () => {
    const dir = variant('quote', (d) => editCsv(d, (l) => setCell(l, 5, 'jenis_kelamin', '"P')));
    await expectFailure(dir, 'error[data/unterminated-quote]', /pss\.csv:5:\d+/, 'closing double quote');
  });

  it('ragged row', async () => {
    const dir = variant('ragged', (d) => editCsv(d, (l) => (l[9] = l[9]!.split(',').slice(0, 10).join(','))));
    await expectFailure(
      dir,
      'error[data/ragged-row]',
      'row 10 has 10 cells but the header has 23 columns',
      /pss\.csv:10/,
    );
  });

  it('an item answered 5 on the 0–4 scale', async () => {
    const dir = variant('range', (d) => editCsv(d, (l) => setCell(l, 12, 'pss_pre_3', '5')));
    await expectFailure(
      dir,
      'error[data/out-of-range]',
      '5 is outside the 0–4 answer scale of PSS-10',
      'row 12, column "pss_pre_3"',
    );
  });

  it('text in a numeric column', async () => {
    const dir = variant('text', (d) => editCsv(d, (l) => setCell(l, 7, 'usia', 'empat puluh')));
    await expectFailure(
      dir,
      'error[data/not-a-number]',
      '"empat puluh" in a numeric column is not a number',
      'row 7, column "usia"',
    );
  });

  it('duplicate id', async () => {
    const dir = variant('dup', (d) => editCsv(d, (l) => setCell(l, 20, 'id', '3')));
    await expectFailure(
      dir,
      'error[data/duplicate-id]',
      'the id "3" appears again (first in row 4)',
      'row 20, column "id"',
    );
  });

  it('a column the study names but the file lacks', async () => {
    const dir = variant('col', (d) => editCsv(d, (l) => (l[0] = l[0]!.replace('pss_post_7', 'pss_post7'))));
    await expectFailure(dir, 'error[data/missing-column]', 'the column "pss_post_7"', 'Did you mean "pss_post7"?');
  });

  it('no browser for PDF output', async () => {
    const dir = variant('browser', () => undefined);
    const r = await run(['build', dir, '--out', out], {
      env: { ...process.env, NASKAH_BROWSER: '/nonexistent/chromium' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error[render/no-browser]');
    expect(r.stderr).toContain('NASKAH_BROWSER is set to /nonexistent/chromium');
    expect(snapshot()).toEqual(before);
  });
});

describe('Indonesian spreadsheet exports', () => {
  it('reads ";" separated data with decimal commas and a byte-order mark', async () => {
    const dir = variant('semicolon', (d) => {
      const f = join(d, 'data', 'pss.csv');
      const text = readFileSync(f, 'utf8').replace(/,/g, ';');
      writeFileSync(f, `\ufeff${text.replace(/\n/g, '\r\n')}`);
    });
    const r = await run(['build', dir, '--out', join(root, 'out2'), '--format', 'json']);
    expect(r.code).toBe(0);
    const res = JSON.parse(readFileSync(join(root, 'out2', 'asn-metro', 'results.json'), 'utf8'));
    expect(res.analyses.pre_post.result.df).toBe(95);
  });
});
