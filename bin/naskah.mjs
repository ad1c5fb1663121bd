#!/usr/bin/env node
// The `naskah` command. Runs dist/main.cjs, the bundle of src/ made by esbuild, through a
// V8 code cache (scripts/load-bundle.cjs); rebuilds it first when a source changed (a
// checkout needs no separate build step; the check compares dist/stamp.json with a stat of
// each source, scripts/compile.mjs).
// Started by `npm start` or `npm run naskah`, it first runs the set-up check in this same
// process (a second Node process for it cost more than the check itself).
// NASKAH_SETUP_TIMING=1 prints the check's own time and CPU to stderr (for the bench).
import { createRequire } from 'node:module';
import { ensureCompiled, bundlePath } from '../scripts/compile.mjs';

const npmScript = process.env.npm_lifecycle_event;
if ((npmScript === 'start' || npmScript === 'naskah') && process.env.npm_package_name === 'naskah') {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const { setup } = await import('../scripts/setup.mjs');
  setup();
  if (process.env.NASKAH_SETUP_TIMING === '1') {
    const cpu = process.cpuUsage(cpu0);
    process.stderr.write(
      `naskah setup check: ${(performance.now() - t0).toFixed(1)} ms, CPU ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms\n`,
    );
  }
}

await ensureCompiled();
const require = createRequire(import.meta.url);
const argv = process.argv.slice(2);
const debug = argv.includes('--debug');
// Each command compiles other functions of the bundle: a code cache per command.
const label = /^[a-z]+$/.test(argv[0] ?? '') ? argv[0] : 'other';
let bundle;
if (debug) {
  // The bundle is minified: with --debug, stack traces name the sources (dist/*.map), which
  // Node's own loader maps (no code cache then).
  process.setSourceMapsEnabled(true);
  bundle = require(bundlePath);
} else bundle = require('../scripts/load-bundle.cjs').loadBundle(bundlePath, label);
process.exitCode = await bundle.main(argv);
// A mistyped command gets no cache of its own.
if (!debug && (label === 'other' || bundle.isCommand(label))) require('../scripts/load-bundle.cjs').saveCodeCaches();
// The command has finished (a batch closes its threads and browser, watch mode returns when
// it stops): leaving now spares V8's end-of-run garbage collection and the closing of
// handles nothing waits for, about 15 ms of a one-study build. Not while output is still
// queued for a slow pipe (on Linux, writes to pipes and files are synchronous anyway).
if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
