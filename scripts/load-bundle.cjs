// Runs a CommonJS bundle of dist/ (scripts/compile.mjs) through vm.Script with a V8 code
// cache, so that a start of `naskah` neither parses nor compiles the functions an earlier
// run of the same command already compiled: asn-metro html,json, about a quarter of the CPU.
//
// The cache of a bundle is dist/.v8-cache/<key>.bin, the key made of what the bundle is
// (the content hash compile() records in dist/stamp.json, and the file's size, modification
// time and inode, so a bundle written by other means is never paired with another bundle's
// cache), the V8 version and the command (each command compiles other functions). V8 itself
// accepts a cache only for a source of the same length, V8 version and flags; a cache it
// rejects is written again. Everything here is best-effort: a read-only dist/ or a cache
// that cannot be read costs the compilation, never the run.
//
// CommonJS with Node built-ins only, so that bin/naskah.mjs, the bundle itself (to load
// dist/vega.cjs) and a build thread (src/rebuild/workers.ts) can all require it.
'use strict';
const {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} = require('node:fs');
const { createRequire } = require('node:module');
const { basename, dirname, join } = require('node:path');
const vm = require('node:vm');

/** The label of the first bundle loaded (the command), used by the bundles it loads. */
let commandLabel;
/** Bundles loaded in this process, by path: each runs once, as require() would. */
const loaded = new Map();
/** Caches to write once the command has run (its functions are compiled by then). */
const pending = [];

/** The content hash compile() recorded for each bundle file of this dist/, read once. */
let stampHashes;
function bundleHash(file) {
  if (stampHashes === undefined) {
    try {
      stampHashes = JSON.parse(readFileSync(join(dirname(file), 'stamp.json'), 'utf8')).bundles ?? {};
    } catch {
      stampHashes = {};
    }
  }
  return stampHashes[basename(file)];
}

function cacheKey(file, st, label) {
  const hash = bundleHash(file);
  if (typeof hash !== 'string' || !/^[0-9a-f]+$/.test(hash)) return undefined;
  const safeLabel = String(label)
    .replace(/[^a-z0-9-]/gi, '_')
    .slice(0, 40);
  return `${basename(file, '.cjs')}-${hash}-${st.size}-${Math.trunc(st.mtimeMs)}-${st.ino}-v8-${process.versions.v8}-${safeLabel}`;
}

/**
 * Loads (once) the CommonJS bundle `file` and returns its exports. `label` names the cache
 * among those of the same bundle (the command being run; by default that of the first
 * bundle loaded, so dist/vega.cjs gets a cache per command too).
 */
function loadBundle(file, label) {
  commandLabel ??= label ?? 'main';
  label ??= commandLabel;
  const done = loaded.get(file);
  if (done) return done.exports;
  // The size, time and inode of the very file read (one descriptor): a bundle replaced
  // meanwhile by compile() cannot lend its identity to the source read here.
  const fd = openSync(file, 'r');
  let source;
  let st;
  try {
    st = fstatSync(fd);
    source = readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
  const key = process.env.NASKAH_V8_CACHE === '0' ? undefined : cacheKey(file, st, label);
  const cacheDir = join(dirname(file), '.v8-cache');
  const cacheFile = key && join(cacheDir, `${key}.bin`);
  let cachedData;
  if (cacheFile) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // Not written yet.
    }
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  // import() of the packages left out of the bundle, compiled here by Node's own loader
  // (scripts/compile.mjs: a function restored from a code cache cannot import()).
  const module = { exports: {}, filename: file, id: file, loaded: false, naskahImport: (s) => import(s) };
  loaded.set(file, module);
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  module.loaded = true;
  if (cacheFile && (cachedData === undefined || script.cachedDataRejected))
    pending.push({ script, cacheDir, cacheFile, prefix: `${basename(file, '.cjs')}-` });
  return module.exports;
}

/**
 * Writes the code caches of the bundles loaded without one (or with a rejected one), and
 * removes the caches of earlier bundles. Called once the command has run.
 */
function saveCodeCaches() {
  for (const { script, cacheDir, cacheFile, prefix } of pending.splice(0)) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
      // name-hash-size-mtime-inode: the bundle this cache belongs to.
      const current = basename(cacheFile).split('-').slice(0, 5).join('-');
      for (const name of readdirSync(cacheDir)) {
        // Another bundle's cache (an earlier build of the sources): never used again.
        if (name.startsWith(prefix) && !name.startsWith(`${current}-`) && !name.endsWith('.tmp'))
          rmSync(join(cacheDir, name), { force: true });
      }
    } catch {
      // A read-only or full dist/: the next run compiles again.
    }
  }
}

module.exports = { loadBundle, saveCodeCaches };
