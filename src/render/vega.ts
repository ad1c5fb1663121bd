/**
 * vega and vega-lite, as the chart renderer uses them. From the sources they are imported
 * from node_modules on first use; the `naskah` bundle replaces this module with one that
 * loads dist/vega.cjs, their own bundle (scripts/compile.mjs), so that a build whose charts
 * are all in the chart cache neither reads nor compiles them.
 */
import type * as Vega from 'vega';
import type { compile as vegaLiteCompile } from 'vega-lite';

export interface VegaLibraries {
  vega: typeof Vega;
  compile: typeof vegaLiteCompile;
}

export async function loadVega(): Promise<VegaLibraries> {
  const [vega, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  return { vega, compile };
}
