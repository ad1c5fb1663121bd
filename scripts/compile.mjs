// Bundles src/ into dist/main.js (+ a chunk per command) with esbuild (most npm packages included), so the
// `naskah` command starts on plain Node without a TypeScript loader. Rebuilds only when a
// source changed since the bundle was made; tests run the sources directly through vitest
// and do not need this.
//
// The staleness check runs at every start of `naskah`, so it is kept cheap: compile()
// writes dist/stamp.json listing every file it was made from (src/, scripts/, package.json,
// package-lock.json) with its size and modification time, and every folder of src/ and
// scripts/ with its modification time (which changes when a file is added, removed or
// renamed in it). isStale() stats those paths and compares; it reads no folder and no
// source. Where src/ is absent (a packaged installation) the bundle is taken as it is.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const bundlePath = join(root, 'dist', 'main.js');
const stampPath = join(root, 'dist', 'stamp.json');
/** Bump when the stamp's shape or what compile() does changes without a source change. */
const STAMP_FORMAT = 1;

/** Every folder and file compile() depends on, relative to root, with what isStale() compares. */
function sourceState() {
  const dirs = [];
  const files = [];
  const walk = (rel) => {
    dirs.push([rel, statSync(join(root, rel)).mtimeMs]);
    for (const entry of readdirSync(join(root, rel), { withFileTypes: true })) {
      const p = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(p);
      else {
        const st = statSync(join(root, p));
        files.push([p, st.size, st.mtimeMs]);
      }
    }
  };
  walk('src');
  walk('scripts');
  for (const f of ['package.json', 'package-lock.json']) {
    const st = statSync(join(root, f), { throwIfNoEntry: false });
    if (st) files.push([f, st.size, st.mtimeMs]);
  }
  return { dirs, files };
}

export function isStale() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampPath, 'utf8'));
  } catch {
    // No bundle yet, or one made before stamps: build it (without src/ there is nothing to build from).
    return (
      statSync(join(root, 'src'), { throwIfNoEntry: false }) !== undefined ||
      !statSync(bundlePath, { throwIfNoEntry: false })
    );
  }
  if (stamp.format !== STAMP_FORMAT || !Array.isArray(stamp.dirs) || !Array.isArray(stamp.files)) return true;
  if (!statSync(bundlePath, { throwIfNoEntry: false })) return true;
  // A packaged installation ships dist/ without its sources: nothing to compare with.
  if (!statSync(join(root, 'src'), { throwIfNoEntry: false })) return false;
  for (const [rel, mtime] of stamp.dirs) {
    const st = statSync(join(root, rel), { throwIfNoEntry: false });
    if (!st || st.mtimeMs !== mtime) return true;
  }
  for (const [rel, size, mtime] of stamp.files) {
    const st = statSync(join(root, rel), { throwIfNoEntry: false });
    if (!st || st.size !== size || st.mtimeMs !== mtime) return true;
  }
  // package-lock.json appearing where there was none.
  return (
    !stamp.files.some(([rel]) => rel === 'package-lock.json') &&
    statSync(join(root, 'package-lock.json'), { throwIfNoEntry: false }) !== undefined
  );
}

const EXTERNAL = [
  'ajv',
  'ajv/*',
  'puppeteer-core',
  'pdfjs-dist',
  'pdfjs-dist/*',
  'mammoth',
  'docx',
  '@resvg/resvg-js',
  '@citation-js/*',
  'esbuild',
  'typescript',
  'tsx',
];

export async function compile() {
  // Taken before bundling: a source saved while esbuild runs makes the next start rebuild.
  const state = sourceState();
  const { codeHashOf } = await import('../src/code-hash.mjs');
  const codeHash = codeHashOf(root);
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    metafile: true,
    entryPoints: [join(root, 'src', 'cli', 'main.ts')],
    outdir: join(root, 'dist'),
    // Commands are imported on demand; splitting keeps each in its own chunk.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.js' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // npm packages are bundled too: resolving and reading the ~700 small files of unified,
    // micromark, yaml, handlebars… cost more at start-up than the build's own work. Kept
    // out: native or very large packages, and those loaded only on demand (a browser,
    // PDF text, Word, figures, citations), which stay lazy imports.
    external: EXTERNAL,
    // The fingerprint of the sources this bundle is made from (src/code-hash.ts): the CLI
    // records it in every manifest without reading src/ again.
    define: { __NASKAH_CODE_HASH__: JSON.stringify(codeHash) },
    // Bundled CommonJS packages call require(); ESM output has none of its own.
    banner: {
      js: "import { createRequire as __naskahRequire } from 'node:module'; const require = __naskahRequire(import.meta.url);",
    },
    // Minified: V8 parses every loaded chunk at start-up, and less text parses faster
    // (asn-metro html,json: about 8% less CPU, 7 MB less memory). dist/*.map maps stack
    // traces back to src/; bin/naskah.mjs turns source maps on with --debug.
    minify: true,
    sourcemap: 'linked',
    logLevel: 'error',
    legalComments: 'none',
  });
  writeFileSync(stampPath, `${JSON.stringify({ format: STAMP_FORMAT, codeHash, ...state })}\n`);
  removeOldChunks(new Set(Object.keys(result.metafile.outputs).map((o) => resolve(root, o))));
}

/**
 * Chunks of earlier bundles pile up in dist/chunks (their names carry a content hash). Those
 * not part of this bundle are removed once a day old: a process still running an earlier
 * bundle (watch mode) may yet import one of its own chunks on demand.
 */
function removeOldChunks(current) {
  const dir = join(root, 'dist', 'chunks');
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (current.has(file) || current.has(file.replace(/\.map$/, ''))) continue;
    try {
      if (statSync(file).mtimeMs < dayAgo) rmSync(file);
    } catch {
      // gone already, or not ours to remove
    }
  }
}

export async function ensureCompiled() {
  if (isStale()) await compile();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await compile();
