import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from '../package.json' with { type: 'json' };

/** naskah's version, from package.json; recorded in every manifest. */
export const NASKAH_VERSION: string = pkg.version;

/**
 * The naskah package folder (templates/, studies/), found by walking up from this module
 * to package.json: the same from the sources (src/version.ts) and from the bundle (dist/).
 */
export const PACKAGE_ROOT: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('naskah: cannot find its package.json');
    dir = up;
  }
  return dir;
})();
