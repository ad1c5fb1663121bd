/**
 * The real world behind BuildEffects: the file system, one shared browser, the clock
 * for PDF dates. Tests use their own.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { BuildEffects } from './build.ts';
import type { Printer } from '../render/pdf.ts';
import { nodeStudyFiles } from '../study/load.ts';
import { naskahCodeHash } from '../code-hash.ts';
import { outputMessages as M } from './messages.ts';
import { checkOutputTarget, lockOutput, recoverOutput, swapOutputs } from './output.ts';

/**
 * The PDF metadata date (/CreationDate, /ModDate): SOURCE_DATE_EPOCH when it is set (the
 * reproducible-builds convention: seconds since 1970-01-01 UTC), otherwise the fixed date
 * 2000-01-01T00:00:00Z. Nothing in a study's inputs carries a trustworthy date (file
 * times change with every copy or checkout), and a date computed from the inputs' hash
 * would look like a real date while meaning nothing; a constant is honest and keeps two
 * builds of the same inputs byte-identical. The manifest ties the PDF to its inputs.
 */
export function reproducibleDate(env: Record<string, string | undefined> = process.env): Date {
  const raw = env.SOURCE_DATE_EPOCH?.trim();
  const epoch = raw && /^\d+$/.test(raw) ? Number(raw) : NaN;
  return Number.isSafeInteger(epoch) ? new Date(epoch * 1000) : new Date(FIXED_PDF_DATE);
}

/** The PDF date when SOURCE_DATE_EPOCH is unset. */
const FIXED_PDF_DATE = Date.UTC(2000, 0, 1);

/** A file of the build in <outDir>/<id>/, or undefined. */
export function readOutput(outDir: string, id: string, name: string): Uint8Array | undefined {
  try {
    return readFileSync(join(outDir, id, name));
  } catch {
    return undefined;
  }
}

/**
 * Keeps the files a rebuild replaced (the previous results.json and manifest.json) in
 * <outDir>/.previous/<id>/, so `naskah diff <outDir>/.previous/<id> <outDir>/<id>` shows
 * what the rebuild changed. Returns that folder, relative to cwd when inside it.
 */
export function keepPrevious(outDir: string, id: string, files: Map<string, string | Uint8Array>, cwd: string): string {
  const dir = join(outDir, '.previous');
  swapOutputs(dir, id, files);
  const rel = relative(cwd, join(dir, id));
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : join(dir, id);
}

export interface NodeEffects extends BuildEffects {
  /** Closes the browser if one was started. */
  close(): Promise<void>;
}

export function nodeEffects(opts: {
  cwd: string;
  env?: Record<string, string | undefined>;
  pages?: number;
  /** Where notices go (waiting for another build's lock, a restored build); default stderr. */
  notice?: (line: string) => void;
}): NodeEffects {
  const notice = opts.notice ?? ((line: string) => void process.stderr.write(`${line}\n`));
  let printer: Promise<Printer> | undefined;
  const env = opts.env ?? process.env;
  return {
    files: {
      ...nodeStudyFiles,
      readText: nodeStudyFiles.readText,
    },
    printer() {
      // The PDF code (and node:child_process) is loaded only by a build that prints.
      printer ??= import('../render/pdf.ts').then((pdf) =>
        pdf.launchPrinter(pdf.browserPath(env), { pages: opts.pages }),
      );
      return printer;
    },
    async claimOutput(given) {
      const rel = relative(opts.cwd, given.outDir);
      const claim = {
        ...given,
        shown: given.shown ?? (rel === '' ? '.' : !rel.startsWith('..') && !isAbsolute(rel) ? rel : given.outDir),
      };
      checkOutputTarget(claim);
      const release = await lockOutput(claim.outDir, claim.id, (pid) => notice(M.waiting(claim.id, pid)));
      try {
        const restored = recoverOutput(claim.outDir, claim.id);
        if (restored) notice(M.recovered(claim.id, restored));
        checkOutputTarget(claim);
      } catch (err) {
        release();
        throw err;
      }
      return release;
    },
    writeOutputs: swapOutputs,
    readOutput,
    keepPrevious: (outDir, id, files) => keepPrevious(outDir, id, files, opts.cwd),
    pdfDate: () => reproducibleDate(env),
    browserVersion: async () => {
      const pdf = await import('../render/pdf.ts');
      return pdf.browserVersion(pdf.browserPath(env));
    },
    readBytes(path) {
      try {
        return readFileSync(path);
      } catch {
        return undefined;
      }
    },
    codeHash: () => naskahCodeHash(),
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
