/**
 * Runs the naskah CLI from the sources in a separate Node process, with its own
 * environment (time zone, locale, SOURCE_DATE_EPOCH) and working folder.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from '../helpers/tmp.ts';

/** tsx's loader by path, so the child finds it from any working folder. */
const TSX = pathToFileURL(join(REPO, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

export function runProcess(
  argv: string[],
  opts: { cwd: string; env: Record<string, string | undefined>; onStderr?: (text: string) => void },
): Promise<{ code: number; stdout: string; stderr: string }> {
  const entry = `import(${JSON.stringify(join(REPO, 'src', 'cli', 'main.ts'))}).then(async (m) => { process.exitCode = await m.main(process.argv.slice(1)); });`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, '--input-type=module', '-e', entry, '--', ...argv], {
      cwd: opts.cwd,
      env: opts.env as NodeJS.ProcessEnv,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => {
      stderr += String(d);
      opts.onStderr?.(stderr);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
