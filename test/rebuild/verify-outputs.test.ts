/**
 * `naskah verify` covers every output its manifest lists: a PDF with one byte flipped, a
 * PDF deleted and an edited manifest.json all fail, naming the file.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/render/browser.mjs';
import { run } from '../helpers/io.ts';
import { tempDir } from '../helpers/tmp.ts';

const env = { ...process.env, TZ: 'UTC', SOURCE_DATE_EPOCH: '0' };

describe.skipIf(!findBrowser(process.env))('verify with PDFs', () => {
  let root: string;
  let study: string;
  let build: string;
  beforeAll(async () => {
    root = tempDir('naskah-verify-out-');
    study = join(root, 'nar');
    expect((await run(['new', study, '--design', 'narrative'], { cwd: root })).code).toBe(0);
    expect((await run(['build', study, '--out', join(root, 'out')], { cwd: root, env })).code).toBe(0);
    build = join(root, 'out', 'nar');
  }, 180_000);

  /** A copy of the build with one change, verified. */
  async function verifyVariant(name: string, change: (dir: string) => void) {
    const dir = join(root, name, 'nar');
    cpSync(build, dir, { recursive: true });
    change(dir);
    return run(['verify', study, '--against', dir], { cwd: root, env });
  }

  it('passes on the untouched build, PDFs included', async () => {
    const r = await verifyVariant('same', () => undefined);
    expect(r.stdout).toContain('en.pdf: identical');
    expect(r.stdout).toContain('id.pdf: identical');
    expect(r.stdout).toContain('manifest.json: identical');
    expect(r.stdout).toContain(
      'verified: the study folder reproduces results.json, the HTML and the PDFs byte for byte',
    );
    expect(r.code).toBe(0);
  }, 180_000);

  it('fails on a flipped byte in en.pdf', async () => {
    const r = await verifyVariant('flipped', (dir) => {
      const pdf = readFileSync(join(dir, 'en.pdf'));
      const at = Math.floor(pdf.length / 2);
      pdf[at] = pdf[at]! ^ 0x01;
      writeFileSync(join(dir, 'en.pdf'), pdf);
    });
    expect(r.stdout).toMatch(/en\.pdf: changed since it was built/);
    expect(r.stdout).toContain('NOT verified');
    expect(r.code).toBe(1);
  }, 180_000);

  it('fails on a deleted id.pdf', async () => {
    const r = await verifyVariant('deleted', (dir) => rmSync(join(dir, 'id.pdf')));
    expect(r.stdout).toContain('id.pdf: missing from the build (the manifest lists it)');
    expect(r.code).toBe(1);
  }, 180_000);

  it('fails on an edited manifest', async () => {
    const r = await verifyVariant('edited', (dir) => {
      const text = readFileSync(join(dir, 'manifest.json'), 'utf8');
      writeFileSync(join(dir, 'manifest.json'), text.replace('"study.yaml"', '"study.yml"'));
    });
    expect(r.stdout).toContain('manifest.json: differs');
    expect(r.code).toBe(1);
  }, 180_000);
});
