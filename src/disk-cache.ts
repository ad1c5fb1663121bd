/**
 * A folder of cached answers on disk, shared by the caches that spare a build a library's
 * work when its inputs did not change (citations: src/report/citations/cache.ts; charts:
 * src/render/chart.ts). Each entry is one JSON file named by its key (a SHA-256 in hex,
 * computed by the cache from every input and from the versions of the code whose output it
 * holds), written to a temporary file and renamed into place, so a reader never sees half
 * an entry. A folder that cannot be made or written (a read-only installation) only means
 * nothing is stored; an entry that cannot be read or parsed is a miss.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';

const require = createRequire(import.meta.url);
/** This thread's id; node:worker_threads is loaded by the first write, not by every start. */
const threadId = () => (require('node:worker_threads') as typeof import('node:worker_threads')).threadId;

/**
 * The folder for the cache `name`: the one the environment variable `envVar` names, else
 * node_modules/.cache/<name> in the node_modules that holds `anchorPackage`; null when neither exists.
 */
export function cacheFolder(name: string, envVar: string, anchorPackage: string): string | null {
  const chosen = process.env[envVar];
  if (chosen) return chosen;
  try {
    // The package's main file, cut after its node_modules (not every package exports its package.json).
    const main = require.resolve(anchorPackage);
    const at = main.lastIndexOf(`${sep}node_modules${sep}`);
    return at < 0 ? null : join(main.slice(0, at), 'node_modules', '.cache', name);
  } catch {
    return null;
  }
}

/** The entry `key` of `folder`, parsed, or undefined when there is none or it is unreadable. */
export function readCached(folder: string | null, key: string): unknown {
  if (!folder) return undefined;
  try {
    return JSON.parse(readFileSync(join(folder, `${key.slice(0, 40)}.json`), 'utf8'));
  } catch {
    return undefined;
  }
}

let serial = 0;

/** Stores `value` as the entry `key` of `folder` (when the folder can be written). */
export function writeCached(folder: string | null, key: string, value: unknown): void {
  if (!folder) return;
  const file = join(folder, `${key.slice(0, 40)}.json`);
  try {
    mkdirSync(folder, { recursive: true });
    // Unique per process and thread: build threads and test workers share one pid.
    const tmp = `${file}.${process.pid}-${threadId()}-${serial++}.tmp`;
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, file);
  } catch {
    // A read-only installation: nothing is stored.
  }
}
