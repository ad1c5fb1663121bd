// The fingerprint of naskah's code (src/code-hash.ts), in plain JavaScript with Node
// built-ins only, so that scripts/compile.mjs computes the same hash when it bundles src/
// and writes it into the bundle.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * SHA-256 over the files of <root>/src (or of <root>/dist without source maps where src/ is
 * absent), package.json and package-lock.json: each file's path and content, length-prefixed,
 * in byte order of their paths. Files and folders whose name starts with a dot are left out.
 */
export function codeHashOf(root) {
  const hash = createHash('sha256');
  const add = (abs) => {
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
  return hash.digest('hex');
}

/** Every file under dir, sorted by path (byte order), so the hash does not depend on readdir order. */
function listFiles(dir) {
  const out = [];
  const walk = (d) => {
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
