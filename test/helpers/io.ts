/** A captured CLI io for tests: what a command printed, and the exit code. */
import type { CliIO } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(
  argv: string[],
  opts: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
    cwd: opts.cwd ?? process.cwd(),
    env: opts.env ?? process.env,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
