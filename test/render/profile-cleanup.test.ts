/**
 * An interrupted PDF build leaves no Chromium profile behind: the build runs with its own
 * TMPDIR, is stopped with SIGTERM or SIGINT once its browser profile exists, and the
 * folder must then hold no naskah-chromium-* profile.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/render/browser.mjs';
import { run } from '../helpers/io.ts';
import { REPO, tempDir } from '../helpers/tmp.ts';

const profiles = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('naskah-chromium-'));

describe.skipIf(!findBrowser(process.env))('an interrupted PDF build', () => {
  let root: string;
  let study: string;
  beforeAll(async () => {
    root = tempDir('naskah-profile-');
    study = join(root, 'nar');
    expect((await run(['new', study, '--design', 'narrative'], { cwd: root })).code).toBe(0);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('removes its Chromium profile on %s', async (signal) => {
    const tmp = join(root, `tmp-${signal}`);
    mkdirSync(tmp);
    const tsx = pathToFileURL(join(REPO, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    const entry = `import(${JSON.stringify(join(REPO, 'src', 'cli', 'main.ts'))}).then(async (m) => { process.exitCode = await m.main(process.argv.slice(1)); });`;
    const child = spawn(
      process.execPath,
      [
        '--import',
        tsx,
        '--input-type=module',
        '-e',
        entry,
        '--',
        'build',
        study,
        '--out',
        join(root, `out-${signal}`),
        '--format',
        'pdf',
      ],
      { cwd: root, env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore' },
    );
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    const t0 = Date.now();
    while (!profiles(tmp).length && Date.now() - t0 < 120_000) await new Promise((r) => setTimeout(r, 50));
    expect(profiles(tmp).length).toBe(1);
    await new Promise((r) => setTimeout(r, 500)); // the browser is starting or printing
    child.kill(signal);
    await exited;
    expect(profiles(tmp)).toEqual([]);
  }, 180_000);
});
