/**
 * A fingerprint of naskah's own code, so that a build made by different code is never
 * mistaken for an up-to-date one: SHA-256 over the files of src/ (what the `naskah`
 * bundle is compiled from), package.json and package-lock.json (the exact dependency
 * versions, which shape output too: vega draws the charts, unified writes the HTML).
 * Where src/ is absent (an installed package), the bundle (dist/) stands in.
 * The templates are not part of it: the ones a study uses are among its inputs.
 *
 * Computed once per process (about 10 ms), and the same whether naskah runs from the
 * bundle (the CLI) or from the sources (tests, benches).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PACKAGE_ROOT } from '../version.ts';

let memo: string | undefined;

export function naskahCodeHash(root: string = PACKAGE_ROOT): string {
  if (root === PACKAGE_ROOT && memo) return memo;
  const hash = createHash('sha256');
  const add = (abs: string) => {
    // Path and content, each length-prefixed, so that no two file sets hash alike.
    const rel = relative(root, abs).split(sep).join('/');
    const content = readFileSync(abs);
    hash.update(`${rel.length}:${rel}${content.length}:`);
    hash.update(content);
  };
  const src = join(root, 'src');
  const dist = join(root, 'dist');
  if (existsSync(src)) for (const f of listFiles(src)) add(f);
  else if (existsSync(dist)) for (const f of listFiles(dist)) if (!f.endsWith('.map')) add(f);
  for (const f of ['package.json', 'package-lock.json']) if (existsSync(join(root, f))) add(join(root, f));
  const digest = hash.digest('hex');
  if (root === PACKAGE_ROOT) memo = digest;
  return digest;
}

/** Every file under dir, sorted by path (byte order), so the hash does not depend on readdir order. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  walk(dir);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
