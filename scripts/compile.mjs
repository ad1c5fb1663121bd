// Bundles src/ into dist/main.cjs, and vega with vega-lite into dist/vega.cjs, with esbuild
// (most npm packages included), so the `naskah` command starts on plain Node without a
// TypeScript loader. Both are CommonJS, which bin/naskah.mjs runs through vm.Script with a
// V8 code cache (scripts/load-bundle.cjs); dist/stamp.json records their content hashes,
// which key that cache. Rebuilds only when a
// source changed since the bundle was made; tests run the sources directly through vitest
// and do not need this.
//
// The staleness check runs at every start of `naskah`, so it is kept cheap: compile()
// writes dist/stamp.json listing every file it was made from (src/, scripts/, package.json,
// package-lock.json) with its size and modification time, and every folder of src/ and
// scripts/ with its modification time (which changes when a file is added, removed or
// renamed in it). isStale() stats those paths and compares; it reads no folder and no
// source. Where src/ is absent (a packaged installation) the bundle is taken as it is.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const bundlePath = join(root, 'dist', 'main.cjs');
const vegaBundlePath = join(root, 'dist', 'vega.cjs');
const stampPath = join(root, 'dist', 'stamp.json');
/** Bump when the stamp's shape or what compile() does changes without a source change. */
const STAMP_FORMAT = 2;

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
  if (!statSync(bundlePath, { throwIfNoEntry: false }) || !statSync(vegaBundlePath, { throwIfNoEntry: false }))
    return true;
  // A packaged installation ships dist/ without its sources: nothing to compare with.
  if (!statSync(join(root, 'src'), { throwIfNoEntry: false })) return false;
  // Paths joined by hand: path.join's normalising of some 360 paths cost more than their stats.
  const base = `${root}/`;
  for (const [rel, mtime] of stamp.dirs) {
    const st = statSync(base + rel, { throwIfNoEntry: false });
    if (!st || st.mtimeMs !== mtime) return true;
  }
  for (const [rel, size, mtime] of stamp.files) {
    const st = statSync(base + rel, { throwIfNoEntry: false });
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

/**
 * The bundle's replacement for src/render/vega.ts: vega and vega-lite come from their own
 * bundle, dist/vega.cjs, through the same code cache as the main bundle.
 */
const VEGA_LOADER = `
const { join } = require('node:path');
export async function loadVega() {
  return require(join(__dirname, '..', 'scripts', 'load-bundle.cjs')).loadBundle(join(__dirname, 'vega.cjs'));
}
`;

/** What both bundles share: CommonJS for vm.Script (scripts/load-bundle.cjs), Node 20, minified. */
const COMMON = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Minified: V8 reads every byte of a bundle at each start, and less text loads faster.
  // dist/*.map maps stack traces back to src/; bin/naskah.mjs turns source maps on with --debug.
  minify: true,
  sourcemap: 'linked',
  logLevel: 'error',
  legalComments: 'none',
  write: false,
};

export async function compile() {
  // Taken before bundling: a source saved while esbuild runs makes the next start rebuild.
  const state = sourceState();
  const { codeHashOf } = await import('../src/code-hash.mjs');
  const codeHash = codeHashOf(root);
  const esbuild = await import('esbuild');
  const { createHash } = await import('node:crypto');
  const outdir = join(root, 'dist');
  const vegaModule = join(root, 'src', 'render', 'vega.ts');
  const [main, vega] = await Promise.all([
    esbuild.build({
      ...COMMON,
      entryPoints: [join(root, 'src', 'cli', 'main.ts')],
      outfile: join(outdir, 'main.cjs'),
      // npm packages are bundled too: resolving and reading the ~700 small files of unified,
      // micromark, yaml, handlebars… cost more at start-up than the build's own work. Kept
      // out: native or very large packages, and those loaded only on demand (a browser,
      // PDF text, Word, figures, citations), which stay lazy imports.
      external: EXTERNAL,
      // The fingerprint of the sources this bundle is made from (src/code-hash.ts): the CLI
      // records it in every manifest without reading src/ again. import.meta.url is the
      // bundle's own URL (CommonJS has no import.meta).
      define: { __NASKAH_CODE_HASH__: JSON.stringify(codeHash), 'import.meta.url': '__naskahModuleUrl' },
      banner: {
        js: `var __naskahModuleUrl = require('node:url').pathToFileURL(__filename).href, ${IMPORT_BINDING} = module.naskahImport ?? ((s) => import(s));`,
      },
      plugins: [
        {
          name: 'naskah-vega-bundle',
          setup(build) {
            build.onLoad({ filter: /[\\/]render[\\/]vega\.ts$/ }, (args) =>
              args.path === vegaModule ? { contents: VEGA_LOADER, loader: 'js' } : undefined,
            );
          },
        },
      ],
    }),
    esbuild.build({
      ...COMMON,
      stdin: {
        contents: "export * as vega from 'vega';\nexport { compile } from 'vega-lite';\n",
        resolveDir: root,
        sourcefile: 'vega-entry.js',
        loader: 'js',
      },
      outfile: join(outdir, 'vega.cjs'),
      // vega-canvas' Node build awaits import('canvas') at its top level, which CommonJS
      // cannot do; naskah draws SVG only and installs no canvas, so its browser build (no
      // canvas without a DOM) answers the same.
      alias: { 'vega-canvas': join(root, 'node_modules', 'vega-canvas', 'build', 'vega-canvas.browser.js') },
    }),
  ]);
  mkdirSync(outdir, { recursive: true });
  const bundles = {};
  for (const file of [...main.outputFiles, ...vega.outputFiles]) {
    const contents = file.path.endsWith('.cjs') ? withExternalImports(file.contents) : file.contents;
    // Written whole and renamed into place: a naskah starting meanwhile reads the old or the new file.
    const tmp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(tmp, contents);
    renameSync(tmp, file.path);
    if (file.path.endsWith('.cjs'))
      bundles[basename(file.path)] = createHash('sha256').update(contents).digest('hex').slice(0, 32);
  }
  writeFileSync(stampPath, `${JSON.stringify({ format: STAMP_FORMAT, codeHash, bundles, ...state })}\n`);
  removeEarlierBundles();
}

/**
 * A function compiled from a V8 code cache loses the dynamic-import callback vm.Script was
 * given (Node 20: "A dynamic import callback was not specified"), so the bundle's import() of
 * the packages left out of it goes through `__nImp`, which scripts/load-bundle.cjs passes in
 * (an import() compiled by Node's own loader) and which is plain import() where Node loads
 * the bundle itself (--debug). Same length as `import(`, so the source map stays true.
 */
const IMPORT_BINDING = '__nImp';
function withExternalImports(contents) {
  const text = new TextDecoder().decode(contents);
  const external = (spec) => EXTERNAL.some((e) => (e.endsWith('/*') ? spec.startsWith(e.slice(0, -1)) : spec === e));
  const out = text.replace(/(?<![\w$.])import\((?=(["'])([^"'`]+)\1\))/g, (whole, _q, spec) =>
    external(spec) ? `${IMPORT_BINDING}(` : whole,
  );
  const left = /(?<![\w$.])import\((["'])([^"'`]+)\1\)/.exec(out);
  if (left) throw new Error(`naskah bundle: import(${left[1]}${left[2]}${left[1]}) is neither bundled nor external`);
  return out === text ? contents : new TextEncoder().encode(out);
}

/**
 * The ES-module bundle of earlier versions (dist/main.js and its chunks), now unused. The
 * code caches of earlier bundles are removed by scripts/load-bundle.cjs when it writes one.
 */
function removeEarlierBundles() {
  for (const old of ['main.js', 'main.js.map', 'chunks'])
    rmSync(join(root, 'dist', old), { recursive: true, force: true });
}

export async function ensureCompiled() {
  if (isStale()) await compile();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await compile();
