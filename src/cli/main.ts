/**
 * The CLI entry: finds the command, parses its options, runs it, and is the one place
 * that catches errors. A `NaskahError` (a user mistake) prints as a message with its
 * location and hint, exit code 1; anything else is a bug and shows its stack with --debug.
 */
import { formatHelp, parseArgs, type CliIO } from './command.ts';
import { COMMANDS } from './commands/index.ts';
import { NaskahError, escapeControl, formatDiagnostic, suggest } from '../errors.ts';
import { NASKAH_VERSION } from '../version.ts';

function processIO(): CliIO {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    isTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    env: process.env,
  };
}

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    'naskah — build a study folder (study.yaml + raw CSV data) into a bilingual research manuscript',
    '',
    'Usage: naskah <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Run `naskah <command> --help` for the options of a command.',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const debug = argv.includes('--debug');
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainHelp());
    return name ? 0 : 1;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`naskah ${NASKAH_VERSION}\n`);
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    const close = suggest(
      name,
      COMMANDS.map((c) => c.name),
    );
    io.stderr(
      `error[cli/unknown-command]: unknown command "${name}"${close ? ` (did you mean "${close}"?)` : ''}\n  Run \`naskah --help\` for the list of commands.\n`,
    );
    return 1;
  }
  let usageExit = 1;
  try {
    const command = await entry.load();
    usageExit = command.usageExitCode ?? 1;
    const args = parseArgs(rest, command);
    if (args.options.help) {
      io.stdout(formatHelp(command));
      return 0;
    }
    return await command.run(args, io);
  } catch (err) {
    if (err instanceof NaskahError) {
      io.stderr(`${formatDiagnostic(err.toDiagnostic())}\n`);
      for (const r of err.related.slice(0, 20)) io.stderr(`${formatDiagnostic(r)}\n`);
      if (err.related.length > 20) io.stderr(`… and ${err.related.length - 20} more\n`);
      if (debug && err.stack) io.stderr(`${err.stack}\n`);
      return err.code === 'cli/usage' ? usageExit : 1;
    }
    const e = err as Error;
    io.stderr(`internal error: ${escapeControl(e?.message ?? String(err))}\n`);
    io.stderr(
      debug
        ? `${e?.stack ?? ''}\n`
        : '  This is a bug in naskah. Run again with --debug to see the stack trace, and report it.\n',
    );
    return 70;
  }
}

/**
 * A batch's build thread runs the bundle too: it loads it and calls this, and the worker
 * side starts when src/rebuild/workers.ts is loaded in a build thread.
 */
export async function startBuildThread(): Promise<void> {
  await import('../rebuild/workers.ts');
}

/** True for the name of a command (bin/naskah.mjs keeps a code cache per command). */
export function isCommand(name: string): boolean {
  return COMMANDS.some((c) => c.name === name);
}
