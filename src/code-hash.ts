/**
 * A fingerprint of naskah's own code, so that a build made by different code is never
 * mistaken for an up-to-date one: SHA-256 over the files of src/ (what the `naskah`
 * bundle is compiled from), package.json and package-lock.json (the exact dependency
 * versions, which shape output too: vega draws the charts, unified writes the HTML).
 * Where src/ is absent (an installed package), the bundle (dist/) stands in.
 * The templates are not part of it: the ones a study uses are among its inputs.
 *
 * The same whether naskah runs from the bundle (the CLI) or from the sources (tests,
 * benches). From the sources it is computed once per process (about 10 ms of reading and
 * hashing); the bundle carries the value scripts/compile.mjs computed from the sources it
 * was compiled from, and bin/naskah.mjs recompiles whenever a source is newer, so the CLI
 * reads no source file at all.
 */
import { codeHashOf } from './code-hash.mjs';
import { PACKAGE_ROOT } from './version.ts';

/** Set by scripts/compile.mjs in the bundle (esbuild `define`); absent when running the sources. */
declare const __NASKAH_CODE_HASH__: string | undefined;

let memo: string | undefined;

export function naskahCodeHash(root: string = PACKAGE_ROOT): string {
  if (root !== PACKAGE_ROOT) return codeHashOf(root);
  memo ??= typeof __NASKAH_CODE_HASH__ === 'string' ? __NASKAH_CODE_HASH__ : codeHashOf(root);
  return memo;
}
