// Bundles src/ into dist/main.js (+ a chunk per command) with esbuild (most npm packages included), so the
// `naskah` command starts on plain Node without a TypeScript loader. Rebuilds only when a
// file under src/ (or package.json) is newer than the bundle; tests run the sources
// directly through vitest and do not need this.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const bundlePath = join(root, 'dist', 'main.js');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

export function isStale() {
  let built;
  try {
    built = statSync(bundlePath).mtimeMs;
  } catch {
    return true;
  }
  const sources = Math.max(
    newestMtime(join(root, 'src')),
    newestMtime(join(root, 'scripts')),
    statSync(join(root, 'package.json')).mtimeMs,
  );
  return sources > built;
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
  const esbuild = await import('esbuild');
  await esbuild.build({
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
    // Bundled CommonJS packages call require(); ESM output has none of its own.
    banner: {
      js: "import { createRequire as __naskahRequire } from 'node:module'; const require = __naskahRequire(import.meta.url);",
    },
    sourcemap: 'linked',
    logLevel: 'error',
    legalComments: 'none',
  });
}

export async function ensureCompiled() {
  if (isStale()) await compile();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await compile();
