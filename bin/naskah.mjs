#!/usr/bin/env node
// The `naskah` command. Runs dist/naskah.mjs, the bundle of src/ made by esbuild;
// rebuilds it first when the sources are newer (a checkout needs no separate build step).
// Started by `npm start` or `npm run naskah`, it first runs the set-up check in this same
// process (a second Node process for it cost more than the check itself).
import { ensureCompiled, bundlePath } from '../scripts/compile.mjs';
import { pathToFileURL } from 'node:url';

const npmScript = process.env.npm_lifecycle_event;
if ((npmScript === 'start' || npmScript === 'naskah') && process.env.npm_package_name === 'naskah') {
  const { setup } = await import('../scripts/setup.mjs');
  setup();
}

await ensureCompiled();
const { main } = await import(pathToFileURL(bundlePath).href);
process.exitCode = await main(process.argv.slice(2));
