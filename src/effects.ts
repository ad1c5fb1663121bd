/**
 * The real world behind BuildEffects: the file system, one shared browser, the clock
 * for PDF dates. Tests use their own.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildEffects } from './build.ts';
import { browserPath, launchPrinter, type Printer } from './render/pdf.ts';
import { nodeStudyFiles } from './study/load.ts';

/**
 * Writes all of a study's outputs into a temporary folder beside out/<id>/ and swaps it
 * in with renames, so out/<id>/ always holds one complete build: the old one until the
 * new one is complete. A failed build leaves the previous files untouched.
 */
export function writeOutputsAtomically(outDir: string, id: string, files: Map<string, string | Uint8Array>): void {
  mkdirSync(outDir, { recursive: true });
  const suffix = `${process.pid}-${Date.now().toString(36)}`;
  const tmp = join(outDir, `.${id}.tmp-${suffix}`);
  const old = join(outDir, `.${id}.old-${suffix}`);
  const target = join(outDir, id);
  mkdirSync(tmp);
  try {
    for (const [name, content] of files) writeFileSync(join(tmp, name), content);
    const had = existsSync(target);
    if (had) renameSync(target, old);
    try {
      renameSync(tmp, target);
    } catch (err) {
      if (had) renameSync(old, target);
      throw err;
    }
    if (had) rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The PDF metadata date: SOURCE_DATE_EPOCH when set, else a fixed date, so PDFs are reproducible. */
export function reproducibleDate(env: Record<string, string | undefined> = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date(Date.UTC(2000, 0, 1));
}

export interface NodeEffects extends BuildEffects {
  /** Closes the browser if one was started. */
  close(): Promise<void>;
}

export function nodeEffects(opts: { cwd: string; env?: Record<string, string | undefined> }): NodeEffects {
  let printer: Promise<Printer> | undefined;
  const env = opts.env ?? process.env;
  return {
    files: {
      ...nodeStudyFiles,
      readText: nodeStudyFiles.readText,
    },
    printer() {
      printer ??= launchPrinter(browserPath(env));
      return printer;
    },
    writeOutputs: writeOutputsAtomically,
    pdfDate: () => reproducibleDate(env),
    cwd: opts.cwd,
    async close() {
      if (printer) await (await printer.catch(() => undefined))?.close();
      printer = undefined;
    },
  };
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
