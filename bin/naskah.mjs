#!/usr/bin/env node
// The `naskah` command. Runs dist/naskah.mjs, the bundle of src/ made by esbuild;
// rebuilds it first when the sources are newer (a checkout needs no separate build step).
import { ensureCompiled, bundlePath } from '../scripts/compile.mjs';
import { pathToFileURL } from 'node:url';

await ensureCompiled();
const { main } = await import(pathToFileURL(bundlePath).href);
process.exitCode = await main(process.argv.slice(2));
