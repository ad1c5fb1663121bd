/**
 * What a batch keeps of one study's build, in the main thread or a build thread
 * (src/rebuild/workers.ts): small and cloneable between threads. Its own module so that a
 * batch without build threads loads nothing of worker_threads.
 */
import { buildStudy, type BuildEffects, type BuildOptions, type BuildResult } from '../build/build.ts';
import { NaskahError, type Diagnostic } from '../errors.ts';

/** What a batch needs to know about one study's build: small and cloneable between threads. */
export type BuildOutcome =
  | {
      ok: true;
      result: Pick<BuildResult, 'id' | 'outputs' | 'warnings' | 'skipped' | 'changes' | 'previous' | 'htmlMs'>;
    }
  | {
      ok: false;
      diagnostics: Diagnostic[];
      internal: boolean;
      message?: string;
      stack?: string;
      threadStopped?: boolean;
    };

/** Builds one study and reduces the result (or the error) to an outcome. */
export async function buildOutcome(dir: string, options: BuildOptions, effects: BuildEffects): Promise<BuildOutcome> {
  try {
    const r = await buildStudy(dir, options, effects);
    return {
      ok: true,
      result: {
        id: r.id,
        outputs: r.outputs,
        warnings: r.warnings,
        skipped: r.skipped,
        changes: r.changes,
        previous: r.previous,
        htmlMs: r.htmlMs,
      },
    };
  } catch (err) {
    if (err instanceof NaskahError)
      return { ok: false, diagnostics: [err.toDiagnostic(), ...err.related], internal: false };
    const e = err as Error;
    return { ok: false, diagnostics: [], internal: true, message: e?.message ?? String(err), stack: e?.stack };
  }
}

/** The outcome of a study whose build thread died under it: the batch builds it again elsewhere. */
export function threadStopped(err: Error): BuildOutcome {
  return {
    ok: false,
    diagnostics: [],
    internal: true,
    message: `build thread stopped: ${err.message}`,
    stack: err.stack,
    threadStopped: true,
  };
}
