/**
 * Finding a build on disk: `naskah diff` and `naskah verify` accept either a results.json
 * file or a build folder (out/<id>/) holding one, with its manifest.json, HTML and Word files beside it.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Manifest } from '../build/build.ts';
import { NaskahError } from '../errors.ts';
import { RESULTS_LIMIT } from '../limits.ts';
import { messages as M } from './messages.ts';
import type { ResultsDoc } from '../build/reported.ts';

export interface BuildOnDisk {
  /** The path as given, for messages. */
  shown: string;
  /** The folder holding results.json (and, in a build folder, the other outputs). */
  dir: string;
  resultsPath: string;
  resultsText: string;
  results: ResultsDoc;
  manifest?: Manifest;
  /** `<lang>.html` files beside results.json: name → content. */
  html: Map<string, string>;
  /** `<lang>.docx` files beside results.json: name → bytes. */
  docx: Map<string, Uint8Array>;
}

/**
 * The bytes of a regular file, or undefined for anything else: a build folder's FIFO or
 * device (say, an output named in an edited manifest) would wait or read forever.
 */
export function readRegular(path: string): Buffer | undefined {
  try {
    return statSync(path).isFile() ? readFileSync(path) : undefined;
  } catch {
    return undefined;
  }
}

export function loadBuild(path: string, cwd: string, role: string): BuildOnDisk {
  const abs = resolve(cwd, path);
  let resultsPath: string;
  let isDir = false;
  try {
    const facts = statSync(abs);
    isDir = facts.isDirectory();
    // Only a regular file of a sensible size: a FIFO would wait forever, /dev/zero never ends.
    if (!isDir && !facts.isFile())
      throw new NaskahError('diff/not-a-file', M.buildNotRegular(role, path), { hint: M.buildNotRegularHint });
    if (!isDir && facts.size > RESULTS_LIMIT)
      throw new NaskahError('diff/too-large', M.resultsTooLarge(role, path, facts.size, RESULTS_LIMIT), {
        hint: M.resultsTooLargeHint,
      });
  } catch (err) {
    if (err instanceof NaskahError) throw err;
    throw new NaskahError('diff/not-found', `${role} "${path}" does not exist`, {
      hint: 'Give a results.json file or a build folder such as out/<study-id> (a rebuild keeps the previous one in out/.previous/<study-id>).',
    });
  }
  if (isDir) {
    resultsPath = join(abs, 'results.json');
    if (!existsSync(resultsPath)) {
      throw new NaskahError('diff/no-results', `${role} "${path}" is a folder without results.json`, {
        hint: 'Build with results.json (the default formats include json), or give the path of a results.json file.',
      });
    }
  } else resultsPath = abs;
  const resultsText = readFileSync(resultsPath, 'utf8');
  let results: ResultsDoc;
  try {
    results = JSON.parse(resultsText) as ResultsDoc;
  } catch (err) {
    throw new NaskahError('diff/invalid-results', `${role} "${path}" is not valid JSON: ${(err as Error).message}`, {
      hint: 'Give a results.json written by `naskah build`.',
    });
  }
  if (!results || typeof results !== 'object' || typeof results.analyses !== 'object' || results.analyses === null) {
    throw new NaskahError(
      'diff/invalid-results',
      `${role} "${path}" is not a naskah results.json (it has no "analyses")`,
      { hint: 'Give a results.json written by `naskah build`.' },
    );
  }
  const dir = dirname(resultsPath);
  let manifest: Manifest | undefined;
  const html = new Map<string, string>();
  const docx = new Map<string, Uint8Array>();
  // Only a results.json that sits in its build folder has a manifest and HTML beside it.
  if (basename(resultsPath) === 'results.json') {
    try {
      manifest = JSON.parse(readRegular(join(dir, 'manifest.json'))?.toString('utf8') ?? '') as Manifest;
    } catch {
      manifest = undefined;
    }
    for (const f of readdirSync(dir).sort()) {
      if (!/^[a-z]{2}\.(html|docx)$/.test(f)) continue;
      const bytes = readRegular(join(dir, f));
      if (!bytes) continue;
      if (f.endsWith('.html')) html.set(f, bytes.toString('utf8'));
      else docx.set(f, new Uint8Array(bytes));
    }
  }
  return { shown: path, dir, resultsPath, resultsText, results, manifest, html, docx };
}
