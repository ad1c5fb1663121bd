/**
 * The `naskah` command's bundle and its V8 code cache never run stale code: in a copy of the
 * package, a source edit that keeps the file's length (the case V8's own check of a code
 * cache, which compares source lengths, cannot see) rebuilds dist/main.cjs, and the next
 * start runs the new code with a cache of its own; the earlier bundle's cache is removed. A
 * cache V8 rejects is written again, and the run is still right.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, realpathSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, tempDir } from '../helpers/tmp.ts';

const pkg = join(tempDir('naskah-bundle-'), 'naskah');
for (const part of ['src', 'scripts', 'bin', 'package.json', 'package-lock.json'])
  cpSync(join(REPO, part), join(pkg, part), { recursive: true });
symlinkSync(realpathSync(join(REPO, 'node_modules')), join(pkg, 'node_modules'));

const env = { ...process.env };
delete env.NASKAH_V8_CACHE;
const naskah = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(pkg, 'bin', 'naskah.mjs'), ...args], { encoding: 'utf8', env });
  expect(r.stderr).toBe('');
  return r.stdout;
};
const cacheDir = join(pkg, 'dist', '.v8-cache');
const caches = () => readdirSync(cacheDir).sort();
const bundleHash = () => JSON.parse(readFileSync(join(pkg, 'dist', 'stamp.json'), 'utf8')).bundles['main.cjs'];
const helpCaches = () => caches().filter((n) => n.startsWith('main-') && n.endsWith('-other.bin'));

describe('dist/main.cjs and its code cache', () => {
  it('a source edit of the same length rebuilds the bundle and gets a new cache', () => {
    const first = naskah('--help');
    expect(first).toContain('Usage: naskah <command> [options]');
    const hash = bundleHash();
    expect(helpCaches()).toHaveLength(1);
    expect(helpCaches()[0]).toContain(`main-${hash}-`);

    // A second start uses that cache and leaves it as it is.
    const cacheFile = join(cacheDir, helpCaches()[0]!);
    const written = statSync(cacheFile).mtimeMs;
    expect(naskah('--help')).toBe(first);
    expect(statSync(cacheFile).mtimeMs).toBe(written);

    // 'Usage' → 'USAGE': src/cli/main.ts keeps its length, the bundle too.
    const mainTs = join(pkg, 'src', 'cli', 'main.ts');
    const before = readFileSync(mainTs, 'utf8');
    const after = before.replace("'Usage: naskah <command> [options]'", "'USAGE: naskah <command> [options]'");
    expect(after).not.toBe(before);
    expect(after.length).toBe(before.length);
    writeFileSync(mainTs, after);

    const edited = naskah('--help');
    expect(edited).toContain('USAGE: naskah <command> [options]');
    expect(edited).not.toContain('Usage: naskah');
    expect(bundleHash()).not.toBe(hash);
    expect(helpCaches()).toHaveLength(1);
    expect(helpCaches()[0]).toContain(`main-${bundleHash()}-`);
    expect(caches().some((n) => n.includes(hash))).toBe(false);
    expect(naskah('--help')).toBe(edited);
  });

  it('a cache V8 rejects is written again', () => {
    const cacheFile = join(cacheDir, helpCaches()[0]!);
    writeFileSync(cacheFile, 'not a code cache');
    expect(naskah('--help')).toContain('USAGE: naskah <command> [options]');
    expect(readFileSync(cacheFile).length).toBeGreaterThan(1000);
    expect(naskah('--help')).toContain('USAGE: naskah <command> [options]');
  });
});
