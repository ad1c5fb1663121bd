/**
 * `naskah import` drafts a study folder from each of the example data files that
 * validates and builds in both languages: variables typed and labelled from the file,
 * instruments recognised by their items, a copy of the data, a README.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/io.ts';
import { REPO, tempDir } from '../helpers/tmp.ts';

const FIXTURES = join(REPO, 'test', 'fixtures', 'data');
const root = tempDir();

async function importAndBuild(file: string, name: string, ...options: string[]) {
  const dir = join(root, name);
  const imported = await run(['import', join(FIXTURES, file), dir, ...options]);
  expect(imported.stderr).toBe('');
  expect(imported.code).toBe(0);
  const yaml = readFileSync(join(dir, 'study.yaml'), 'utf8');
  expect(readFileSync(join(dir, 'data', file))).toEqual(readFileSync(join(FIXTURES, file)));
  expect(existsSync(join(dir, 'README.md'))).toBe(true);
  const out = join(root, 'out');
  const built = await run(['build', dir, '--out', out, '--format', 'html,json']);
  expect(built.stderr).toContain(`built ${name}`);
  expect(built.code).toBe(0);
  const results = JSON.parse(readFileSync(join(out, name, 'results.json'), 'utf8'));
  const html = Object.fromEntries(['id', 'en'].map((l) => [l, readFileSync(join(out, name, `${l}.html`), 'utf8')]));
  return { yaml, results, html, stdout: imported.stdout };
}

describe('naskah import', () => {
  it('drafts asn-metro from pss.sav: labelled sex, age, two PSS-10 with the published means', async () => {
    const d = await importAndBuild('pss.sav', 'pss-sav');
    expect(d.stdout).toMatch(/instruments: pss_pre \(pss-10\), pss_post \(pss-10\)/);
    expect(d.yaml).toContain('  id: id\n');
    expect(d.yaml).toContain('"1": { id: Laki-laki, en: Laki-laki } # translate');
    expect(d.yaml).toContain('label: { id: Usia (tahun), en: Usia (tahun) } # translate');
    expect(d.yaml).toContain('items: "pss_pre_{1..10}"');
    expect(d.yaml).toContain('label: { id: PSS sebelum, en: PSS sebelum } # translate');
    expect(JSON.stringify(d.results.analyses.deskriptif)).toContain('"pss_pre"');
    expect(JSON.stringify(d.results.analyses.deskriptif)).toContain('"mean":14.729166666666666');
    expect(JSON.stringify(d.results.analyses.karakteristik)).toMatch(/"value":"1","n":32/);
    expect(d.html.id).toMatch(/Laki-laki/);
    expect(d.html.en).toMatch(/Perceived Stress Scale/);
  });

  it('drafts from pss.xlsx: sex as text levels L and P', async () => {
    const d = await importAndBuild('pss.xlsx', 'pss-xlsx');
    expect(d.yaml).toContain('"L": L');
    expect(d.yaml).toContain('usia:\n    type: integer');
    expect(JSON.stringify(d.results.analyses.deskriptif)).toContain('"mean":10.697916666666666');
  });

  it('drafts pllu-soekarno-hatta from stres_kerja.dta: value labels as levels, the Stress Diagnostic Survey', async () => {
    const d = await importAndBuild('stres_kerja.dta', 'stres-kerja');
    expect(d.stdout).toMatch(/instruments: sdk \(stress-diagnostic-survey\)/);
    expect(d.yaml).toContain('"4": { id: "6-10", en: "6-10" } # translate');
    expect(d.yaml).toMatch(/sbkl_rendah:\n {4}type: categorical/);
    expect(JSON.stringify(d.results.analyses.karakteristik)).toMatch(/"value":"4","n":22/);
  });

  it('takes a sheet and a header row, and drafts around a column that is not all numbers', async () => {
    const d = await importAndBuild('responden.xlsx', 'responden', '--sheet', 'Data Responden', '--header', '3');
    expect(d.yaml).toContain('  sheet: "Data Responden"\n  header: 3\n');
    expect(d.stdout).toMatch(/instruments: pss_post \(pss-10\)\./);
  });

  it('never overwrites a folder and names an unreadable file', async () => {
    const dir = join(root, 'full');
    mkdirSync(dir);
    writeFileSync(join(dir, 'x.txt'), 'x');
    const r = await run(['import', join(FIXTURES, 'pss.sav'), dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error\[import\/folder-not-empty\]/);
    const bad = await run(['import', join(FIXTURES, 'pss-encrypted.xlsx'), join(root, 'enc')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/password-protected \(encrypted\) Excel workbook/);
    expect(existsSync(join(root, 'enc'))).toBe(false);
  });
});
