/**
 * The browser version recorded in a manifest with PDFs is asked of the browser once per
 * executable file, not at every build: a stand-in "browser" (a shell script that prints a
 * version and counts how often it was run) is asked once for two calls, and asked again
 * when its file is replaced, as an upgrade replaces it.
 */
import { chmodSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserVersion } from '../../src/render/pdf.ts';
import { tempDir } from '../helpers/tmp.ts';

function fakeBrowser(path: string, version: string, log: string): void {
  const tmp = `${path}.new`;
  writeFileSync(tmp, `#!/bin/sh\necho run >> '${log}'\necho '${version}'\n`);
  chmodSync(tmp, 0o755);
  renameSync(tmp, path);
}

const runs = (log: string) => readFileSync(log, 'utf8').split('\n').filter(Boolean).length;

describe.skipIf(process.platform === 'win32')('browserVersion', () => {
  it('asks the browser once, and again when its file is replaced', () => {
    const dir = tempDir('naskah-browser-version-');
    const exe = join(dir, 'chromium');
    const log = join(dir, 'runs.log');
    fakeBrowser(exe, 'Chromium 1.2.3', log);
    expect(browserVersion(exe)).toBe('Chromium 1.2.3');
    expect(browserVersion(exe)).toBe('Chromium 1.2.3');
    expect(runs(log)).toBe(1);
    fakeBrowser(exe, 'Chromium 1.2.4', log);
    expect(browserVersion(exe)).toBe('Chromium 1.2.4');
    expect(runs(log)).toBe(2);
  });

  it('is undefined for a browser that is not there or does not answer', () => {
    const dir = tempDir('naskah-browser-version-');
    expect(browserVersion(join(dir, 'none'))).toBeUndefined();
    const broken = join(dir, 'broken');
    writeFileSync(broken, '#!/bin/sh\nexit 3\n');
    chmodSync(broken, 0o755);
    expect(browserVersion(broken)).toBeUndefined();
  });
});
